// Entity resolution over invented German articles: within an article, across articles, people
// who share a surname, alternative labels, evidence offsets and deterministic keys.
#include <catch.hpp>

#include <algorithm>
#include <set>

#include "pipeline_fixture.h"
#include "resolution/name_key.h"
#include "text/utf8.h"

using newskg::extraction::ArticleFacts;
using newskg::recognition::EntityType;
using newskg::testing::FlatKb;
using newskg::resolution::Resolve;
using newskg::testing::Analyze;
using newskg::testing::Dump;
using newskg::testing::EntityLabeled;
using newskg::testing::Flatten;

namespace {

std::vector<std::size_t> PersonsWithSurnameKey(const FlatKb& kb, const std::string& key_suffix) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < kb.entities.size(); ++i) {
    const auto& e = kb.entities[i];
    if (e.type == EntityType::Person && e.key.size() >= key_suffix.size() &&
        e.key.compare(e.key.size() - key_suffix.size(), key_suffix.size(), key_suffix) == 0) {
      out.push_back(i);
    }
  }
  return out;
}

bool Contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

}  // namespace

TEST_CASE("resolution: a full name and a titled surname in one article are one person", "[resolution]") {
  std::vector<ArticleFacts> articles;
  articles.push_back(Analyze(
      "Kremlsprecher Dmitri S. Peskow wies die Berichte am Montag zurück. Herr Peskow sagte, "
      "es gebe keine Pläne dafür.",
      "a.txt"));
  FlatKb kb = Flatten(Resolve(articles));
  INFO(Dump(articles[0]) << "entities:\n" << Dump(kb));
  auto peskow = PersonsWithSurnameKey(kb, "peskov");
  REQUIRE(peskow.size() == 1);
  const auto& e = kb.entities[peskow[0]];
  CHECK(e.label == "Dmitri S. Peskow");
  CHECK(Contains(e.alt_labels, "Peskow"));
  CHECK_FALSE(Contains(e.alt_labels, e.label));
  CHECK(std::is_sorted(e.alt_labels.begin(), e.alt_labels.end()));
  REQUIRE(kb.articles.size() == 1);
  CHECK(kb.articles[0].id == "a.txt");
  CHECK(std::count(kb.articles[0].mentions.begin(), kb.articles[0].mentions.end(), peskow[0]) == 1);
}

TEST_CASE("resolution: a middle initial does not split a person across articles", "[resolution]") {
  std::vector<ArticleFacts> articles;
  articles.push_back(Analyze("Wladimir Putin empfing am Abend den Gast aus Indien.", "a.txt"));
  articles.push_back(Analyze("Präsident Wladimir W. Putin sprach am Morgen vor der Duma.", "b.txt"));
  FlatKb kb = Flatten(Resolve(articles));
  INFO(Dump(kb));
  auto putin = PersonsWithSurnameKey(kb, "putin");
  REQUIRE(putin.size() == 1);
  const auto& e = kb.entities[putin[0]];
  CHECK(e.label == "Wladimir Putin");
  CHECK(Contains(e.alt_labels, "Wladimir W. Putin"));
  REQUIRE(kb.articles.size() == 2);
  for (const auto& rec : kb.articles) {
    CHECK(std::count(rec.mentions.begin(), rec.mentions.end(), putin[0]) == 1);
  }
}

TEST_CASE("resolution: transliteration variants across articles are one person", "[resolution]") {
  std::vector<ArticleFacts> articles;
  articles.push_back(Analyze("Der ukrainische Präsident Wolodymyr Selenskyj reiste nach Brüssel.", "a.txt"));
  articles.push_back(Analyze("Präsident Volodymyr Zelensky sprach vor dem Parlament.", "b.txt"));
  FlatKb kb = Flatten(Resolve(articles));
  INFO(Dump(kb));
  auto zelensky = PersonsWithSurnameKey(kb, newskg::resolution::NameKey("Selenskyj"));
  REQUIRE(zelensky.size() == 1);
  const auto& e = kb.entities[zelensky[0]];
  std::set<std::string> names(e.alt_labels.begin(), e.alt_labels.end());
  names.insert(e.label);
  CHECK(names.count("Wolodymyr Selenskyj") == 1);
  CHECK(names.count("Volodymyr Zelensky") == 1);
}

TEST_CASE("resolution: two people who share a surname stay two", "[resolution]") {
  std::vector<ArticleFacts> articles;
  articles.push_back(Analyze(
      "Donald Trump und Melania Trump besuchten am Sonntag eine Gedenkfeier in Washington.", "a.txt"));
  FlatKb kb = Flatten(Resolve(articles));
  INFO(Dump(articles[0]) << "entities:\n" << Dump(kb));
  auto donald = EntityLabeled(kb, "Donald Trump");
  auto melania = EntityLabeled(kb, "Melania Trump");
  REQUIRE(donald);
  REQUIRE(melania);
  CHECK(*donald != *melania);
  CHECK(kb.entities[*donald].key != kb.entities[*melania].key);
}

TEST_CASE("resolution: given names one key apart in one article are two people", "[resolution]") {
  std::vector<ArticleFacts> articles;
  articles.push_back(Analyze(
      "Schulleiterin Kerstin Brandt empfing am Montag den Elternsprecher Karsten Brandt. Mit ihm ist sie nicht "
      "verwandt. Brandt sagte, die Schule brauche mehr Lehrer. Am Dienstag traf Brandt Bürgermeister Max Ott.",
      "a.txt"));
  FlatKb kb = Flatten(Resolve(articles));
  INFO(Dump(articles[0]) << "entities:\n" << Dump(kb));
  auto kerstin = EntityLabeled(kb, "Kerstin Brandt");
  auto karsten = EntityLabeled(kb, "Karsten Brandt");
  auto ott = EntityLabeled(kb, "Max Ott");
  REQUIRE(kerstin);
  REQUIRE(karsten);
  REQUIRE(ott);
  CHECK(*kerstin != *karsten);
  // The surname alone, which nothing tells whose it is, is taken for whom the article named first
  // (her meeting), but labels neither of them.
  REQUIRE(kb.meetings.size() == 1);
  CHECK(kb.meetings[0].attendees == std::vector<std::size_t>{std::min(*kerstin, *ott), std::max(*kerstin, *ott)});
  CHECK_FALSE(Contains(kb.entities[*kerstin].alt_labels, "Brandt"));
  CHECK_FALSE(Contains(kb.entities[*karsten].alt_labels, "Brandt"));
}

TEST_CASE("resolution: surnames of one key written differently after one given name are two people",
          "[resolution]") {
  std::vector<ArticleFacts> articles;
  articles.push_back(Analyze(
      "Kapitän Jonas Hellwig lobte die Mannschaft. Trainer Jonas Helwig, der mit ihm nicht verwandt ist, "
      "wechselt im Sommer. Am Dienstag traf Helwig Bürgermeister Max Ott. Der Kapitän Aleksandar Vučić "
      "blieb. Vucic sagte, er sei zufrieden. Aleksandar Vucic will bleiben.",
      "a.txt"));
  FlatKb kb = Flatten(Resolve(articles));
  INFO(Dump(articles[0]) << "entities:\n" << Dump(kb));
  auto hellwig = EntityLabeled(kb, "Jonas Hellwig");
  auto helwig = EntityLabeled(kb, "Jonas Helwig");
  auto ott = EntityLabeled(kb, "Max Ott");
  REQUIRE(hellwig);
  REQUIRE(helwig);
  REQUIRE(ott);
  CHECK(*hellwig != *helwig);
  // The surname alone written so is the one written so.
  CHECK(Contains(kb.entities[*helwig].alt_labels, "Helwig"));
  REQUIRE(kb.meetings.size() == 1);
  CHECK(kb.meetings[0].attendees == std::vector<std::size_t>{std::min(*helwig, *ott), std::max(*helwig, *ott)});
  // A name written with and without its accents is one person.
  CHECK(PersonsWithSurnameKey(kb, "vukik").size() == 1);
}

TEST_CASE("resolution: a surname alone that also opens a firm's name labels neither", "[resolution]") {
  std::vector<ArticleFacts> articles;
  articles.push_back(Analyze("Firmenchef Max Brenner legte am Montag die Bilanz der Brenner Maschinenbau GmbH vor. "
                             "Bei Brenner arbeiten 300 Menschen.",
                             "a.txt"));
  // A title tells the person.
  articles.push_back(Analyze("Seniorchefin Eva Kolb übergibt die Kolb Bau GmbH. Frau Kolb sagte, sie gehe gern.",
                             "b.txt"));
  FlatKb kb = Flatten(Resolve(articles));
  INFO(Dump(articles[0]) << Dump(articles[1]) << "entities:\n" << Dump(kb));
  auto max = EntityLabeled(kb, "Max Brenner");
  auto eva = EntityLabeled(kb, "Eva Kolb");
  REQUIRE(max);
  REQUIRE(eva);
  CHECK_FALSE(Contains(kb.entities[*max].alt_labels, "Brenner"));
  CHECK(EntityLabeled(kb, "Brenner Maschinenbau GmbH"));
  CHECK(Contains(kb.entities[*eva].alt_labels, "Kolb"));
}

TEST_CASE("resolution: a surname alone told with a gender is the one of that gender named before", "[resolution]") {
  std::vector<ArticleFacts> articles;
  articles.push_back(Analyze(
      "Im Team rudert auch Lea Falkner, die Tochter des Trainers. Trainer Ole Falkner sah vom Ufer aus zu. "
      "Falkner war erst am Montag aus Prag gekommen, wo er die Konkurrenz beobachtet hatte. \"Wir sind bereit\", "
      "sagte Falkner. Er sei mit der Mannschaft zufrieden, stellte Falkner klar.",
      "a.txt"));
  // Told with a gender only after the man and the woman are named: the first one named keeps it.
  articles.push_back(Analyze(
      "Vorsitzende Jana Seidel leitete die Sitzung. Seidel sagte, der Steg sei zu kurz, weil er bei Sturm "
      "nicht zu erreichen sei. Im Saal saß auch Kapitän Tom Seidel, der mit ihr nicht verwandt ist.",
      "b.txt"));
  INFO(Dump(articles[0]) << Dump(articles[1]));
  FlatKb kb = Flatten(Resolve(articles));
  INFO(Dump(kb));
  const auto lea = EntityLabeled(kb, "Lea Falkner");
  const auto ole = EntityLabeled(kb, "Ole Falkner");
  REQUIRE(lea);
  REQUIRE(ole);
  CHECK(Contains(kb.entities[*ole].alt_labels, "Falkner"));
  CHECK_FALSE(Contains(kb.entities[*lea].alt_labels, "Falkner"));
  const auto jana = EntityLabeled(kb, "Jana Seidel");
  const auto tom = EntityLabeled(kb, "Tom Seidel");
  REQUIRE(jana);
  REQUIRE(tom);
  CHECK(Contains(kb.entities[*jana].alt_labels, "Seidel"));
  CHECK_FALSE(Contains(kb.entities[*tom].alt_labels, "Seidel"));
}

TEST_CASE("resolution: a surname alone is not one introduced only as another's relative", "[resolution]") {
  std::vector<ArticleFacts> articles;
  articles.push_back(Analyze("Im Chor singt auch Lea Falkner, die Tochter der Dirigentin Eva Falkner. Falkner sagte, "
                             "der Chor sei bereit.",
                             "a.txt"));
  INFO(Dump(articles[0]));
  FlatKb kb = Flatten(Resolve(articles));
  INFO(Dump(kb));
  const auto lea = EntityLabeled(kb, "Lea Falkner");
  const auto eva = EntityLabeled(kb, "Eva Falkner");
  REQUIRE(lea);
  REQUIRE(eva);
  CHECK(Contains(kb.entities[*eva].alt_labels, "Falkner"));
  CHECK_FALSE(Contains(kb.entities[*lea].alt_labels, "Falkner"));
}

TEST_CASE("resolution: a father's name after \"bin\" alone is the father, with \"bin\" the son", "[resolution]") {
  std::vector<ArticleFacts> articles;
  articles.push_back(Analyze("Kronprinz Karim bin Faisal empfing die Gäste. Sein Vater, König Faisal, war nicht "
                             "anwesend. Später sagte bin Faisal, man sei zufrieden.",
                             "a.txt"));
  articles.push_back(Analyze("König Faisal eröffnete am Montag eine Schule.", "b.txt"));
  INFO(Dump(articles[0]));
  FlatKb kb = Flatten(Resolve(articles));
  INFO(Dump(kb));
  const auto son = EntityLabeled(kb, "Karim bin Faisal");
  const auto father = EntityLabeled(kb, "Faisal");
  REQUIRE(son);
  REQUIRE(father);
  CHECK(*son != *father);
  CHECK(Contains(kb.entities[*son].alt_labels, "bin Faisal"));
  CHECK_FALSE(Contains(kb.entities[*son].alt_labels, "Faisal"));
}

TEST_CASE("resolution: a firm or team named by its town and a word of its own goes by that word", "[resolution]") {
  std::vector<ArticleFacts> articles;
  articles.push_back(newskg::testing::AnalyzeTagged("Die Kessler AG verhandelt mit dem Maschinenbauer Ningbo "
                                                    "Hengda, der in Ningbo sitzt. Hengda-Chef Max Ott gehörte zur "
                                                    "Delegation.",
                                                    "a.txt"));
  INFO(Dump(articles[0]));
  FlatKb kb = Flatten(Resolve(articles));
  INFO(Dump(kb));
  const auto firm = EntityLabeled(kb, "Ningbo Hengda");
  REQUIRE(firm);
  CHECK(Contains(kb.entities[*firm].alt_labels, "Hengda"));
  CHECK_FALSE(EntityLabeled(kb, "Hengda"));
}

TEST_CASE("resolution: a surname alone with an office is the full name with that office", "[resolution]") {
  std::vector<ArticleFacts> articles;
  articles.push_back(Analyze("Dort sprach Museumsleiter Paul Kessler mit den Gästen. An der Sitzung nahm auch "
                             "Gemeinderätin Anna Kessler teil. Im März ist ein Gespräch vorgesehen, an dem "
                             "Gemeinderätin Kessler teilnehmen soll.",
                             "a.txt"));
  INFO(Dump(articles[0]));
  FlatKb kb = Flatten(Resolve(articles));
  INFO(Dump(kb));
  const auto anna = EntityLabeled(kb, "Anna Kessler");
  const auto paul = EntityLabeled(kb, "Paul Kessler");
  REQUIRE(anna);
  REQUIRE(paul);
  CHECK(Contains(kb.entities[*anna].alt_labels, "Kessler"));
  CHECK_FALSE(Contains(kb.entities[*paul].alt_labels, "Kessler"));
}

TEST_CASE("resolution: a surname alone does not join when two people share it", "[resolution]") {
  std::vector<ArticleFacts> articles;
  articles.push_back(Analyze("Donald Trump und Melania Trump besuchten eine Gedenkfeier.", "a.txt"));
  articles.push_back(Analyze("Herr Trump äußerte sich am Abend nicht.", "b.txt"));
  FlatKb kb = Flatten(Resolve(articles));
  INFO(Dump(kb));
  auto donald = EntityLabeled(kb, "Donald Trump");
  auto melania = EntityLabeled(kb, "Melania Trump");
  REQUIRE(donald);
  REQUIRE(melania);
  REQUIRE(kb.articles.size() == 2);
  const auto& b = kb.articles[1].mentions;
  CHECK(std::count(b.begin(), b.end(), *donald) == 0);
  CHECK(std::count(b.begin(), b.end(), *melania) == 0);
}

TEST_CASE("resolution: a surname alone in a second article joins the unique full name", "[resolution]") {
  std::vector<ArticleFacts> articles;
  articles.push_back(Analyze("Bundeskanzler Friedrich Merz reiste am Montag nach Paris.", "a.txt"));
  articles.push_back(Analyze("Kanzler Merz kündigte am Dienstag neue Hilfen an.", "b.txt"));
  FlatKb kb = Flatten(Resolve(articles));
  INFO(Dump(kb));
  auto merz = PersonsWithSurnameKey(kb, "mers");
  REQUIRE(merz.size() == 1);
  CHECK(kb.entities[merz[0]].label == "Friedrich Merz");
  CHECK(Contains(kb.entities[merz[0]].alt_labels, "Merz"));
  REQUIRE(kb.articles.size() == 2);
  for (const auto& rec : kb.articles) {
    CHECK(std::count(rec.mentions.begin(), rec.mentions.end(), merz[0]) == 1);
  }
}

TEST_CASE("resolution: different first names with one surname are never merged", "[resolution]") {
  std::vector<ArticleFacts> articles;
  articles.push_back(Analyze("Olaf Scholz sprach am Morgen im Bundestag.", "a.txt"));
  articles.push_back(Analyze("Martina Scholz leitet seit Jahren die Stadtwerke.", "b.txt"));
  FlatKb kb = Flatten(Resolve(articles));
  INFO(Dump(kb));
  auto olaf = EntityLabeled(kb, "Olaf Scholz");
  auto martina = EntityLabeled(kb, "Martina Scholz");
  REQUIRE(olaf);
  REQUIRE(martina);
  CHECK(*olaf != *martina);
}

TEST_CASE("resolution: a short first name joins the longer one, a woman's name in -a does not", "[resolution]") {
  std::vector<ArticleFacts> articles;
  articles.push_back(Analyze("Trainer Alex Brenner lobte am Samstag die Mannschaft.", "a.txt"));
  articles.push_back(Analyze("Alexander Brenner verlängerte am Montag seinen Vertrag.", "b.txt"));
  articles.push_back(Analyze("Betriebsrätin Andrea Kessler forderte am Dienstag mehr Personal.", "c.txt"));
  articles.push_back(Analyze("Firmensprecher Andreas Kessler widersprach am Mittwoch.", "d.txt"));
  articles.push_back(Analyze("Die Sängerin Marta Lindqvist gab am Freitag ein Konzert.", "e.txt"));
  articles.push_back(Analyze("Martha Lindqvist sang am Samstag in Bremen.", "f.txt"));
  FlatKb kb = Flatten(Resolve(articles));
  INFO(Dump(kb));
  CHECK(PersonsWithSurnameKey(kb, "brener").size() == 1);
  auto andrea = EntityLabeled(kb, "Andrea Kessler");
  auto andreas = EntityLabeled(kb, "Andreas Kessler");
  REQUIRE(andrea);
  REQUIRE(andreas);
  CHECK(*andrea != *andreas);
  CHECK(PersonsWithSurnameKey(kb, "lindkvist").size() == 1);
}

TEST_CASE("resolution: a short and a longer first name named in one article are two people", "[resolution]") {
  std::vector<ArticleFacts> articles;
  articles.push_back(Analyze("Förster Hubertus Lindner pflanzte am Montag Eichen. Sein Großvater Hubert Lindner "
                             "hatte den Wald einst gekauft.",
                             "a.txt"));
  articles.push_back(Analyze("Revierleiter Hubertus Lindner warnte am Dienstag vor Trockenheit.", "b.txt"));
  FlatKb kb = Flatten(Resolve(articles));
  INFO(Dump(kb));
  auto grandson = EntityLabeled(kb, "Hubertus Lindner");
  auto grandfather = EntityLabeled(kb, "Hubert Lindner");
  REQUIRE(grandson);
  REQUIRE(grandfather);
  CHECK(*grandson != *grandfather);
}

TEST_CASE("resolution: a region's association by its adjective and by its name after the noun is one",
          "[resolution]") {
  std::vector<ArticleFacts> articles;
  articles.push_back(Analyze("Der Vorsitzende des Rheingauer Obstbauverbands, Max Ott, lehnte am Montag ab.", "a.txt"));
  articles.push_back(Analyze("Der Obstbauverband Rheingau forderte am Dienstag mehr Geld.", "b.txt"));
  FlatKb kb = Flatten(Resolve(articles));
  INFO(Dump(kb));
  std::size_t associations = 0;
  for (const auto& e : kb.entities) associations += e.label.find("Obstbauverband") != std::string::npos;
  CHECK(associations == 1);
}

TEST_CASE("resolution: a federal office without its 'Bundes-' is the one the article names in full", "[resolution]") {
  std::vector<ArticleFacts> articles;
  articles.push_back(Analyze("Eine Sprecherin des Bundespräsidialamts bestätigte am Montag den Termin. Das "
                             "Präsidialamt nannte keine Einzelheiten.",
                             "a.txt"));
  FlatKb kb = Flatten(Resolve(articles));
  INFO(Dump(kb));
  auto office = EntityLabeled(kb, "Bundespräsidialamt");
  REQUIRE(office);
  CHECK_FALSE(EntityLabeled(kb, "Präsidialamt"));
}

TEST_CASE("resolution: the first half of a double first name is another person, the name spelt out is not", "[resolution]") {
  std::vector<ArticleFacts> articles;
  articles.push_back(Analyze("Reeder Jens-Ole Brandtner kaufte am Montag zwei Schiffe.", "a.txt"));
  articles.push_back(Analyze("Landwirt Jens Brandtner klagte am Dienstag über die Preise.", "b.txt"));
  articles.push_back(Analyze("Stadtrat Karl-Heinz Oberwieser trat am Montag zurück.", "c.txt"));
  articles.push_back(Analyze("Der Rücktritt von Karl Heinz Oberwieser überraschte die Partei.", "d.txt"));
  FlatKb kb = Flatten(Resolve(articles));
  INFO(Dump(kb));
  CHECK(PersonsWithSurnameKey(kb, "obervieser").size() == 1);
  auto double_name = EntityLabeled(kb, "Jens-Ole Brandtner");
  auto half = EntityLabeled(kb, "Jens Brandtner");
  REQUIRE(double_name);
  REQUIRE(half);
  CHECK(*double_name != *half);
}

TEST_CASE("resolution: the article's own venue is the institution it names in full there, and lends it no name",
          "[resolution]") {
  std::vector<ArticleFacts> articles;
  articles.push_back(Analyze("Die Bayerische Staatskanzlei lud am Montag ein. In der Staatskanzlei sprach Anna "
                             "Kessler mit Paul Brandau.",
                             "a.txt"));
  articles.push_back(Analyze("In der Staatskanzlei sprach Lena Graf am Dienstag mit Max Ott.", "b.txt"));
  FlatKb kb = Flatten(Resolve(articles));
  INFO(Dump(kb));
  auto bavarian = EntityLabeled(kb, "Bayerische Staatskanzlei");
  REQUIRE(bavarian);
  CHECK_FALSE(Contains(kb.entities[*bavarian].alt_labels, "Staatskanzlei"));
  // Article a names one chancellery; b's is another.
  REQUIRE(kb.articles.size() == 2);
  std::size_t chancelleries_of_a = 0;
  for (std::size_t e : kb.articles[0].mentions) {
    if (kb.entities[e].label.find("Staatskanzlei") != std::string::npos) ++chancelleries_of_a;
  }
  CHECK(chancelleries_of_a == 1);
  CHECK(EntityLabeled(kb, "Staatskanzlei"));
}

TEST_CASE("resolution: the article's own council is the one named with its place there (with the tagger)", "[resolution]") {
  std::vector<ArticleFacts> articles;
  articles.push_back(newskg::testing::AnalyzeTagged("Der Ortsbeirat Lindenau tagte am Montag. Im Ortsbeirat sprach Anna Kessler mit Paul "
                             "Brandau.",
                             "a.txt"));
  FlatKb kb = Flatten(Resolve(articles));
  INFO(Dump(kb));
  REQUIRE(kb.articles.size() == 1);
  std::size_t councils = 0;
  for (std::size_t e : kb.articles[0].mentions) {
    if (kb.entities[e].label.find("Ortsbeirat") != std::string::npos) ++councils;
  }
  CHECK(councils == 1);
  CHECK(EntityLabeled(kb, "Ortsbeirat Lindenau"));
}

TEST_CASE("resolution: a town named in full once is the one its first word names in the article", "[resolution]") {
  // With the tagger, which reads the short form as a town of its own.
  auto article = newskg::testing::MakeArticle("Die Messe in Mülheim an der Ruhr öffnet am Montag. In Mülheim werden "
                                              "4.000 Gäste erwartet.",
                                              "a.txt");
  auto mentions = newskg::testing::RecognizeFull(article);
  std::vector<ArticleFacts> articles;
  articles.push_back(newskg::extraction::Extract(std::move(article), std::move(mentions),
                                                 newskg::testing::TestLexicons()));
  FlatKb kb = Flatten(Resolve(articles));
  INFO(Dump(kb));
  REQUIRE(EntityLabeled(kb, "Mülheim an der Ruhr"));
  CHECK_FALSE(EntityLabeled(kb, "Mülheim"));
}

TEST_CASE("resolution: an airport goes by its site's name, unless the article names that town", "[resolution]") {
  std::vector<ArticleFacts> articles;
  articles.push_back(Analyze("Die Maschine landete am Sonntag auf dem Flughafen Seewiesen.", "a.txt"));
  articles.push_back(Analyze("Der Militärflugplatz Memmingen soll wachsen. In Memmingen protestierten "
                             "am Montag Anwohner.",
                             "b.txt"));
  FlatKb kb = Flatten(Resolve(articles));
  INFO(Dump(kb));
  auto airport = EntityLabeled(kb, "Flughafen Seewiesen");
  REQUIRE(airport);
  CHECK(Contains(kb.entities[*airport].alt_labels, "Seewiesen"));
  auto airfield = EntityLabeled(kb, "Militärflugplatz Memmingen");
  auto town = EntityLabeled(kb, "Memmingen");
  REQUIRE(airfield);
  REQUIRE(town);
  CHECK(*airfield != *town);
  CHECK_FALSE(Contains(kb.entities[*airfield].alt_labels, "Memmingen"));
}

TEST_CASE("resolution: a civic body goes by its words alone, unless the article writes them alone elsewhere",
          "[resolution]") {
  std::vector<ArticleFacts> articles;
  articles.push_back(Analyze("Die Bürgerinitiative Grüner Hang sammelte am Montag Unterschriften.", "a.txt"));
  articles.push_back(Analyze("Der Salzstock Lindenau ist umstritten. Die Bürgerinitiative Salzstock Lindenau "
                             "protestierte.",
                             "b.txt"));
  FlatKb kb = Flatten(Resolve(articles));
  INFO(Dump(kb));
  auto hang = EntityLabeled(kb, "Bürgerinitiative Grüner Hang");
  auto lindenau = EntityLabeled(kb, "Bürgerinitiative Salzstock Lindenau");
  REQUIRE(hang);
  REQUIRE(lindenau);
  CHECK(Contains(kb.entities[*hang].alt_labels, "Grüner Hang"));
  CHECK_FALSE(Contains(kb.entities[*lindenau].alt_labels, "Salzstock Lindenau"));
}

TEST_CASE("resolution: inflected and abbreviated names of a state are one place", "[resolution]") {
  std::vector<ArticleFacts> articles;
  articles.push_back(Analyze("Die Beziehungen zu den Vereinigten Staaten sind angespannt.", "a.txt"));
  articles.push_back(Analyze("Die USA verhängten am Freitag neue Zölle.", "b.txt"));
  FlatKb kb = Flatten(Resolve(articles));
  INFO(Dump(kb));
  auto usa = EntityLabeled(kb, "Vereinigte Staaten");
  REQUIRE(usa);
  const auto& e = kb.entities[*usa];
  CHECK(e.type == EntityType::Place);
  CHECK(e.is_country);
  CHECK(Contains(e.alt_labels, "Vereinigten Staaten"));
  CHECK(Contains(e.alt_labels, "USA"));
  for (const auto& rec : kb.articles) {
    CHECK(std::count(rec.mentions.begin(), rec.mentions.end(), *usa) == 1);
  }
}

TEST_CASE("resolution: roles and meetings point at resolved entities", "[resolution]") {
  std::vector<ArticleFacts> articles;
  articles.push_back(Analyze(
      "Kremlsprecher Dmitri Wolkow bestätigte die Gespräche. Wolkow traf sich am Montag in "
      "Genf mit Mark Danner.",
      "a.txt"));
  FlatKb kb = Flatten(Resolve(articles));
  INFO(Dump(articles[0]) << "entities:\n" << Dump(kb));
  auto wolkow = EntityLabeled(kb, "Dmitri Wolkow");
  auto danner = EntityLabeled(kb, "Mark Danner");
  auto kreml = EntityLabeled(kb, "Kreml");
  auto genf = EntityLabeled(kb, "Genf");
  REQUIRE(wolkow);
  REQUIRE(danner);
  REQUIRE(kreml);
  REQUIRE(genf);
  REQUIRE(kb.roles.size() == 1);
  CHECK(kb.roles[0].person == *wolkow);
  CHECK(kb.roles[0].of == kreml);
  REQUIRE(kb.meetings.size() == 1);
  CHECK(kb.meetings[0].attendees == std::vector<std::size_t>{std::min(*wolkow, *danner), std::max(*wolkow, *danner)});
  CHECK(kb.meetings[0].location == genf);
  CHECK(kb.meetings[0].time_text == "am Montag");
}

TEST_CASE("resolution: evidence offsets count characters, not bytes", "[resolution]") {
  const std::string first = "Über Nacht änderte sich die Lage völlig.";  // 3 two-byte letters
  const std::string second = "Olaf Beispiel, der Sprecher des Bundestages, bestätigte den Termin.";
  std::vector<ArticleFacts> articles;
  articles.push_back(Analyze(first + " " + second, "a.txt"));
  FlatKb kb = Flatten(Resolve(articles));
  INFO(Dump(articles[0]) << "entities:\n" << Dump(kb));
  REQUIRE(kb.roles.size() == 1);
  const auto& ev = kb.roles[0].evidence;
  CHECK(ev.article == 0);
  CHECK(ev.sentence == second);
  std::size_t byte_begin = first.size() + 1;
  CHECK(ev.char_begin == byte_begin - 3);
  CHECK(ev.char_begin == newskg::text::CodePointCount(first) + 1);
  CHECK(ev.char_end - ev.char_begin == newskg::text::CodePointCount(second));
  CHECK(ev.char_end < byte_begin + second.size());  // "ä" in the sentence shifts the end too
}

TEST_CASE("resolution: entity keys are deterministic and independent of article order", "[resolution]") {
  auto a = Analyze("Kremlsprecher Dmitri S. Peskow traf sich am Montag in Moskau mit Mark Danner.", "a.txt");
  auto b = Analyze("Wladimir Putin und Donald Trump telefonierten am Dienstag miteinander.", "b.txt");
  FlatKb forward = Flatten(Resolve(std::vector<ArticleFacts>{a, b}));
  FlatKb again = Flatten(Resolve(std::vector<ArticleFacts>{a, b}));
  FlatKb backward = Flatten(Resolve(std::vector<ArticleFacts>{b, a}));
  INFO(Dump(forward));

  auto keys = [](const FlatKb& kb) {
    std::vector<std::string> out;
    for (const auto& e : kb.entities) out.push_back(std::string(newskg::recognition::ToString(e.type)) + "/" + e.key);
    return out;
  };
  CHECK(Dump(forward) == Dump(again));
  CHECK(keys(forward) == keys(backward));
  auto k = keys(forward);
  CHECK(std::set<std::string>(k.begin(), k.end()).size() == k.size());
  for (const auto& e : forward.entities) {
    INFO(e.key);
    CHECK_FALSE(e.key.empty());
    REQUIRE(e.key.size() > 2);
    CHECK(e.key[1] == '/');
    for (char c : e.key.substr(2)) {
      bool safe = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
      CHECK(safe);
    }
  }
  auto peskow = EntityLabeled(forward, "Dmitri S. Peskow");
  REQUIRE(peskow);
  CHECK(forward.entities[*peskow].key == "p/dmtri-peskov");
}

TEST_CASE("resolution: an acronym introduced in brackets is its name's, also in other articles", "[resolution]") {
  std::vector<ArticleFacts> articles;
  articles.push_back(Analyze("Die Bundesagentur für Arbeit (BAFA) tagte am Montag in Ulm. Die BAFA fordert Geld.",
                             "a.txt"));
  articles.push_back(Analyze("BAFA-Präsidentin Lena Graf kritisierte am Dienstag die Regierung.", "b.txt"));
  FlatKb kb = Flatten(Resolve(articles));
  INFO(Dump(kb));
  std::size_t found = 0;
  for (const auto& e : kb.entities) {
    if (e.label == "BAFA" || Contains(e.alt_labels, "BAFA")) {
      ++found;
      CHECK((e.label == "Bundesagentur für Arbeit" || Contains(e.alt_labels, "Bundesagentur für Arbeit")));
    }
  }
  CHECK(found == 1);
}

TEST_CASE("resolution: an acronym in brackets joins no other spelling its key folds alike", "[resolution]") {
  std::vector<ArticleFacts> articles;
  articles.push_back(Analyze("Ulm (epd) - Die Kirche tagte am Montag in Ulm.", "a.txt"));
  articles.push_back(Analyze("Es ging nach Angaben des Eidgenössischen Justiz- und Polizeidepartements (EJPD) um "
                             "Geld. Das EJPD schwieg.",
                             "b.txt"));
  FlatKb kb = Flatten(Resolve(articles));
  INFO(Dump(kb));
  for (const auto& e : kb.entities) {
    const bool department = e.label == "EJPD" || Contains(e.alt_labels, "EJPD");
    const bool agency = e.label == "epd" || Contains(e.alt_labels, "epd") || e.label == "Evangelischer Pressedienst";
    CHECK_FALSE((department && agency));
  }
}

TEST_CASE("resolution: an acronym alone spelling the initials of the one organization named is its", "[resolution]") {
  std::vector<ArticleFacts> articles;
  articles.push_back(newskg::testing::AnalyzeTagged(
      "Der Deutsche Kessel-Verband tagte am Montag in Ulm. Später forderte der DKV mehr Geld.", "a.txt"));
  FlatKb kb = Flatten(Resolve(articles));
  INFO(Dump(kb));
  std::size_t found = 0;
  for (const auto& e : kb.entities) {
    if (e.label == "DKV" || Contains(e.alt_labels, "DKV")) {
      ++found;
      CHECK((e.label == "Deutscher Kessel-Verband" || Contains(e.alt_labels, "Deutscher Kessel-Verband")));
    }
  }
  CHECK(found == 1);
}

TEST_CASE("resolution: a company named after a town the article names is not the town", "[resolution]") {
  std::vector<ArticleFacts> articles;
  articles.push_back(Analyze("Die Ulm GmbH baut am Montag eine Halle. Bürgermeisterin Lena Graf empfing in Ulm die "
                             "Bauherren.",
                             "a.txt"));
  FlatKb kb = Flatten(Resolve(articles));
  INFO(Dump(kb));
  bool town = false, company = false;
  for (const auto& e : kb.entities) {
    town = town || (e.label == "Ulm" && !Contains(e.alt_labels, "Ulm GmbH"));
    company = company || e.label == "Ulm GmbH";
  }
  CHECK(town);
  CHECK(company);
}

TEST_CASE("resolution: a ruler's name alone is the one with the regnal number", "[resolution]") {
  std::vector<ArticleFacts> articles;
  articles.push_back(Analyze("Papst Gregor XVII. hat am Montag Max Ott empfangen. Papst Gregor lobte die Begegnung.",
                             "a.txt"));
  FlatKb kb = Flatten(Resolve(articles));
  INFO(Dump(kb));
  std::size_t found = 0;
  for (const auto& e : kb.entities) {
    if (e.label == "Gregor XVII." || e.label == "Gregor" || Contains(e.alt_labels, "Gregor")) ++found;
  }
  CHECK(found == 1);
}

TEST_CASE("resolution: a word inside a long name is the name the person goes by", "[resolution]") {
  std::vector<ArticleFacts> articles;
  articles.push_back(Analyze("Präsident Carlos Alberto Mendes da Rocha reiste ab. Mendes lobte den Besuch. Ministerin "
                             "Anna Lena Graf blieb, Lena Graf lobte ihn.",
                             "a.txt"));
  FlatKb kb = Flatten(Resolve(articles));
  INFO(Dump(kb));
  std::size_t long_name = 0, short_name = 0;
  for (const auto& e : kb.entities) {
    if (e.label == "Carlos Alberto Mendes da Rocha") ++long_name;
    if (e.label == "Mendes") ++short_name;
  }
  CHECK(long_name == 1);
  CHECK(short_name == 0);
}

TEST_CASE("resolution: an acronym alone may spell a public body's 'für' ('BfK')", "[resolution]") {
  std::vector<ArticleFacts> articles;
  articles.push_back(newskg::testing::AnalyzeTagged(
      "Das Bundesamt für Kesselwesen prüft die Anlage in Ulm. Später teilte das BfK mit, es fehle Geld.", "a.txt"));
  FlatKb kb = Flatten(Resolve(articles));
  INFO(Dump(kb));
  std::size_t found = 0;
  for (const auto& e : kb.entities) {
    if (e.label == "BfK" || Contains(e.alt_labels, "BfK")) {
      ++found;
      CHECK((e.label == "Bundesamt für Kesselwesen" || Contains(e.alt_labels, "Bundesamt für Kesselwesen")));
    }
  }
  CHECK(found == 1);
}

TEST_CASE("resolution: a mixed-case acronym in brackets is its name's too", "[resolution]") {
  std::vector<ArticleFacts> articles;
  articles.push_back(Analyze("Der Vorsitzende der Gewerkschaft der Fluglotsen (GdF), Max Ott, warnte. Die GdF "
                             "droht mit Streik.", "a.txt"));
  FlatKb kb = Flatten(Resolve(articles));
  INFO(Dump(kb));
  std::size_t found = 0;
  for (const auto& e : kb.entities) {
    if (e.label == "GdF" || Contains(e.alt_labels, "GdF")) {
      ++found;
      CHECK((e.label == "Gewerkschaft der Fluglotsen" || Contains(e.alt_labels, "Gewerkschaft der Fluglotsen")));
    }
  }
  CHECK(found == 1);
}

TEST_CASE("resolution: 'der Landtag' of two articles is two nodes, a named one is one", "[resolution]") {
  std::vector<ArticleFacts> articles;
  articles.push_back(Analyze("Lena Graf sprach am Montag im Landtag und in der Thüringer Staatskanzlei.", "a.txt"));
  articles.push_back(Analyze("Max Ott sprach am Dienstag im Landtag und in der Thüringer Staatskanzlei.", "b.txt"));
  FlatKb kb = Flatten(Resolve(articles));
  INFO("entities:\n" << Dump(kb));
  std::set<std::string> parliaments, chancelleries;
  for (const auto& e : kb.entities) {
    if (e.label == "Landtag") parliaments.insert(e.key);
    if (e.label == "Thüringer Staatskanzlei") chancelleries.insert(e.key);
  }
  CHECK(parliaments.size() == 2);
  CHECK(chancelleries.size() == 1);
}

TEST_CASE("resolution: 'Al Thani' alone is the person with that family name, labelled by the full name",
          "[resolution]") {
  std::vector<ArticleFacts> articles;
  articles.push_back(Analyze("Der Emir Karim bin Hamad Al Masri traf Lena Graf. Al Masri sagte danach, man sei "
                             "sich einig.",
                             "a.txt"));
  FlatKb kb = Flatten(Resolve(articles));
  INFO(Dump(articles[0]) << "entities:\n" << Dump(kb));
  std::size_t persons = 0;
  for (const auto& e : kb.entities) persons += e.type == EntityType::Person ? 1 : 0;
  CHECK(persons == 2);
  CHECK(EntityLabeled(kb, "Karim bin Hamad Al Masri"));
}

TEST_CASE("resolution: an Iberian double surname alone is the person, labelled by the full name", "[resolution]") {
  std::vector<ArticleFacts> articles;
  articles.push_back(Analyze("Präsident Osvaldo Pinto e Sousa traf Lena Graf. Pinto e Sousa sagte danach, man sei "
                             "sich einig. Pinto e Sousa reist morgen weiter.",
                             "a.txt"));
  FlatKb kb = Flatten(Resolve(articles));
  INFO(Dump(articles[0]) << "entities:\n" << Dump(kb));
  std::size_t persons = 0;
  for (const auto& e : kb.entities) persons += e.type == EntityType::Person ? 1 : 0;
  CHECK(persons == 2);
  CHECK(EntityLabeled(kb, "Osvaldo Pinto e Sousa"));
}

TEST_CASE("resolution: 'IG' and 'IG X' are the article's one Interessengemeinschaft", "[resolution]") {
  std::vector<ArticleFacts> articles;
  articles.push_back(newskg::testing::AnalyzeTagged("Die Interessengemeinschaft Kesselgasse kritisiert den Plan. Die "
                                                    "IG Kesselgasse will klagen. Die IG hat 300 Mitglieder.",
                                                    "a.txt"));
  FlatKb kb = Flatten(Resolve(articles));
  INFO(Dump(articles[0]) << "entities:\n" << Dump(kb));
  std::size_t organizations = 0;
  for (const auto& e : kb.entities) organizations += e.type == EntityType::Organization ? 1 : 0;
  CHECK(organizations == 1);
}

TEST_CASE("resolution: a role's implied state is an entity of the article, not one it mentions", "[resolution]") {
  std::vector<ArticleFacts> articles;
  articles.push_back(Analyze("date 2025-06-12\nLissabon (dpa) - Anna Kessler traf am Donnerstag Ministerpräsident Paul Brandau.",
                             "a.txt"));
  INFO(Dump(articles[0]));
  FlatKb kb = Flatten(Resolve(articles));
  INFO(Dump(kb));
  const auto portugal = EntityLabeled(kb, "Portugal");
  REQUIRE(portugal);
  CHECK(kb.entities[*portugal].is_country);
  bool owned = false;
  for (const auto& role : kb.roles) {
    owned = owned || (kb.entities[role.person].label == "Paul Brandau" && role.of == portugal);
  }
  CHECK(owned);
  REQUIRE(kb.articles.size() == 1);
  CHECK(std::count(kb.articles[0].mentions.begin(), kb.articles[0].mentions.end(), *portugal) == 0);
}

TEST_CASE("resolution: a role's implied federal body is an organization, no country", "[resolution]") {
  std::vector<ArticleFacts> articles;
  articles.push_back(Analyze("date 2025-06-12\nBerlin (dpa) - Bundestagspräsidentin Eva Lind empfing am Montag Paul Brandau.",
                             "a.txt"));
  INFO(Dump(articles[0]));
  FlatKb kb = Flatten(Resolve(articles));
  INFO(Dump(kb));
  const auto bundestag = EntityLabeled(kb, "Bundestag");
  REQUIRE(bundestag);
  CHECK(kb.entities[*bundestag].type == EntityType::Organization);
  CHECK_FALSE(kb.entities[*bundestag].is_country);
  bool owned = false;
  for (const auto& role : kb.roles) {
    owned = owned || (kb.entities[role.person].label == "Eva Lind" && role.of == bundestag);
  }
  CHECK(owned);
}

TEST_CASE("resolution: a place only in a compound's prefix is no entity the article mentions, unless a fact uses it",
          "[resolution]") {
  std::vector<ArticleFacts> articles;
  articles.push_back(Analyze("Die Kessler AG investiert 1,2 Milliarden US-Dollar in Ulm. In einem ZDF-Interview "
                             "lobte Anna Kessler den Plan.",
                             "a.txt"));
  INFO(Dump(articles[0]));
  FlatKb kb = Flatten(Resolve(articles));
  INFO(Dump(kb));
  REQUIRE(kb.articles.size() == 1);
  const auto& mentioned = kb.articles[0].mentions;
  const auto states = EntityLabeled(kb, "Vereinigte Staaten");
  CHECK((!states || std::count(mentioned.begin(), mentioned.end(), *states) == 0));
  // An organization's prefix names it: news often names a broadcaster only so.
  const auto zdf = EntityLabeled(kb, "ZDF");
  REQUIRE(zdf);
  CHECK(std::count(mentioned.begin(), mentioned.end(), *zdf) == 1);
}

TEST_CASE("resolution: the first word of a two-word name alone is that person", "[resolution]") {
  std::vector<ArticleFacts> articles;
  // With the tagger, which reads "Wang" alone as a person the rules cannot know.
  auto article = newskg::testing::MakeArticle(
      "Anna Kessler traf am Montag Handelsminister Wang Wentao in Peking. Wang sprach von Fortschritten.", "a.txt");
  auto mentions = newskg::testing::RecognizeFull(article);
  articles.push_back(newskg::extraction::Extract(std::move(article), std::move(mentions),
                                                 newskg::testing::TestLexicons()));
  FlatKb kb = Flatten(Resolve(articles));
  INFO(Dump(kb));
  std::size_t persons = 0;
  for (const auto& e : kb.entities) persons += e.type == EntityType::Person;
  CHECK(persons == 2);
  CHECK(EntityLabeled(kb, "Wang Wentao"));
}

TEST_CASE("resolution: a surname with its particles, said more often, does not label the person", "[resolution]") {
  std::vector<ArticleFacts> articles;
  articles.push_back(Analyze("Bundespräsident Paul Van der Brelie kam am Montag nach Ulm. Van der Brelie sagte, er sei "
                             "froh. Am Abend sprach Van der Brelie im Rathaus.",
                             "a.txt"));
  FlatKb kb = Flatten(Resolve(articles));
  INFO(Dump(articles[0]) << "entities:\n" << Dump(kb));
  REQUIRE(EntityLabeled(kb, "Paul Van der Brelie"));
  CHECK_FALSE(EntityLabeled(kb, "Van der Brelie"));
}

TEST_CASE("resolution: an organization's name opening a longer one's is its short form, a known one not",
          "[resolution]") {
  std::vector<ArticleFacts> articles;
  articles.push_back(Analyze("Der Autobauer Kessbach verhandelt in Ulm. Für die Kessbach Automobile AG geht es um viel. "
                             "Auch Siemens prüft, ob die Siemens Energy AG liefert.",
                             "a.txt"));
  FlatKb kb = Flatten(Resolve(articles));
  INFO(Dump(articles[0]) << "entities:\n" << Dump(kb));
  const auto full = EntityLabeled(kb, "Kessbach Automobile AG");
  REQUIRE(full);
  CHECK(Contains(kb.entities[*full].alt_labels, "Kessbach"));
  CHECK(!EntityLabeled(kb, "Kessbach"));
  // A company the lexicon knows is not the short form of its subsidiary.
  CHECK(EntityLabeled(kb, "Siemens"));
  CHECK(EntityLabeled(kb, "Siemens Energy AG"));
}

TEST_CASE("resolution: a compound that ends an organization's longer name is its short form before a branch's",
          "[resolution]") {
  std::vector<ArticleFacts> articles;
  articles.push_back(Analyze("Die Karl Ott-Stiftung lädt ein. Die Ott-Stiftung fördert Kirchen. In Ulm eröffnet die "
                             "Ott-Stiftung für Denkmalpflege ein Büro.",
                             "a.txt"));
  FlatKb kb = Flatten(Resolve(articles));
  INFO(Dump(articles[0]) << "entities:\n" << Dump(kb));
  const auto full = EntityLabeled(kb, "Karl Ott-Stiftung");
  REQUIRE(full);
  CHECK(Contains(kb.entities[*full].alt_labels, "Ott-Stiftung"));
  const auto branch = EntityLabeled(kb, "Ott-Stiftung für Denkmalpflege");
  REQUIRE(branch);
  CHECK_FALSE(Contains(kb.entities[*branch].alt_labels, "Ott-Stiftung"));
}

TEST_CASE("resolution: a ministry's compound name on its remit is the ministry named in full", "[resolution]") {
  std::vector<ArticleFacts> articles;
  articles.push_back(Analyze("Das Bundesministerium für Verkehr und Häfen prüft. Das Bundesverkehrsministerium sagte "
                             "Hilfe zu. Das Verkehrsministerium in Ulm schwieg.",
                             "a.txt"));
  FlatKb kb = Flatten(Resolve(articles));
  INFO(Dump(articles[0]) << "entities:\n" << Dump(kb));
  REQUIRE(EntityLabeled(kb, "Bundesministerium für Verkehr und Häfen"));
  CHECK_FALSE(EntityLabeled(kb, "Bundesverkehrsministerium"));
  // A ministry without "Bundes-" may be a Land's.
  CHECK(EntityLabeled(kb, "Verkehrsministerium"));
}

TEST_CASE("resolution: a Norwegian AS or a German mbH does not tell a company apart", "[resolution]") {
  std::vector<ArticleFacts> articles;
  articles.push_back(Analyze("Die Werftengruppe Fjordbygg Maritime AS übernimmt die Werft.", "a.txt"));
  articles.push_back(Analyze("Die Gruppe Fjordbygg Maritime kauft zu. Die Kesselbacher Wohnbau mbH baut.", "b.txt"));
  articles.push_back(Analyze("Die Kesselbacher Wohnbau GmbH baut.", "c.txt"));
  FlatKb kb = Flatten(Resolve(articles));
  INFO(Dump(articles[0]) << Dump(articles[1]) << "entities:\n" << Dump(kb));
  std::size_t fjordbygg = 0, wohnbau = 0;
  for (const auto& e : kb.entities) {
    if (e.label.starts_with("Fjordbygg")) ++fjordbygg;
    if (e.label.starts_with("Kesselbacher Wohnbau")) ++wohnbau;
  }
  CHECK(fjordbygg == 1);
  CHECK(wohnbau == 1);
}

TEST_CASE("resolution: a cooperative's eG and a 'GmbH & Co. KG' do not tell a company apart", "[resolution]") {
  std::vector<ArticleFacts> articles;
  articles.push_back(Analyze("Die Kesselbacher Holzbau GmbH & Co. KG baut. Die Molkerei Lindtal eG wächst.", "a.txt"));
  articles.push_back(Analyze("Die Kesselbacher Holzbau GmbH baut. Die Molkerei Lindtal wächst.", "b.txt"));
  FlatKb kb = Flatten(Resolve(articles));
  INFO(Dump(articles[0]) << Dump(articles[1]) << "entities:\n" << Dump(kb));
  std::size_t kessler = 0, lindtal = 0;
  for (const auto& e : kb.entities) {
    if (e.label.starts_with("Kesselbacher Holzbau")) ++kessler;
    if (e.label.starts_with("Molkerei Lindtal")) ++lindtal;
  }
  CHECK(kessler == 1);
  CHECK(lindtal == 1);
}

TEST_CASE("resolution: a surname alone is the person named with 'Jr.', not a namesake named after him",
          "[resolution]") {
  std::vector<ArticleFacts> articles;
  articles.push_back(newskg::testing::AnalyzeTagged(
      "Der peruanische Präsident Rodrigo Alvarez Jr. besuchte am Montag Hamburg. Seine Schwester, die "
      "Senatorin Clara Alvarez, kritisierte die Reise. Alvarez sagte, er werbe um Investitionen.",
      "a.txt"));
  FlatKb kb = Flatten(Resolve(articles));
  INFO(Dump(kb));
  auto rodrigo = EntityLabeled(kb, "Rodrigo Alvarez Jr.");
  auto clara = EntityLabeled(kb, "Clara Alvarez");
  REQUIRE(rodrigo);
  REQUIRE(clara);
  CHECK(Contains(kb.entities[*rodrigo].alt_labels, "Alvarez"));
  CHECK_FALSE(Contains(kb.entities[*clara].alt_labels, "Alvarez"));
}

TEST_CASE("resolution: a two-word name that ends one longer name of the article is that person", "[resolution]") {
  // With the tagger, which reads the double surname alone as one name.
  std::vector<ArticleFacts> articles;
  articles.push_back(newskg::testing::AnalyzeTagged(
      "Kreislandwirt Hubert Schulze Kettler warnte am Montag vor Auflagen. Präsident Schulze Kettler sagte, die Höfe "
      "litten.",
      "a.txt"));
  articles.push_back(newskg::testing::AnalyzeTagged(
      "Landwirt Anton Schulte Brinkmann und seine Frau Maria Schulte Brinkmann klagten. Landwirt Schulte Brinkmann "
      "sagte, es reiche.",
      "b.txt"));
  FlatKb kb = Flatten(Resolve(articles));
  INFO(Dump(articles[0]) << Dump(articles[1]) << Dump(kb));
  auto hubert = EntityLabeled(kb, "Hubert Schulze Kettler");
  REQUIRE(hubert);
  CHECK(Contains(kb.entities[*hubert].alt_labels, "Schulze Kettler"));
  // Two people end with it: neither.
  auto anton = EntityLabeled(kb, "Anton Schulte Brinkmann");
  REQUIRE(anton);
  CHECK_FALSE(Contains(kb.entities[*anton].alt_labels, "Schulte Brinkmann"));
}
