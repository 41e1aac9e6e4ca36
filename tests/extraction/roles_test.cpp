// Role extraction on invented German news sentences: compound prefixes, nationality adjectives,
// genitive possessors, appositions, coordination, label modifiers and roles without a name.
#include <catch.hpp>

#include "pipeline_fixture.h"
#include "text/utf8.h"

using newskg::extraction::ArticleFacts;
using newskg::extraction::RoleFact;
using newskg::testing::Analyze;
using newskg::testing::Dump;
using newskg::testing::RolesOf;

namespace {

// The canonical name of what the role is of, or "" when none.
std::string OfName(const ArticleFacts& facts, const RoleFact& role) {
  return role.of ? facts.mentions[*role.of].canonical : "";
}

// Each of `holders` holds exactly one role in `facts`.
void CheckOneRoleEach(const ArticleFacts& facts, std::initializer_list<const char*> holders) {
  for (const char* holder : holders) {
    INFO(holder);
    CHECK(RolesOf(facts, holder).size() == 1);
  }
}

}  // namespace

TEST_CASE("roles: a compound prefix names whose spokesman it is", "[extraction][roles]") {
  auto facts = Analyze("Kremlsprecher Dmitri Wolkow wies die Vorwürfe am Freitag zurück.");
  INFO(Dump(facts));
  auto roles = RolesOf(facts, "Dmitri Wolkow");
  REQUIRE(roles.size() == 1);
  CHECK(newskg::text::FoldForMatch(roles[0]->label).find("sprecher") != std::string::npos);
  CHECK(OfName(facts, *roles[0]) == "Kreml");
  CHECK(roles[0]->sentence == 0);
}

TEST_CASE("roles: a name in 's' with the genitive's apostrophe names whose spokesman it is", "[extraction][roles]") {
  auto facts = Analyze("Minister Hans Voss sprach am Montag. Voss' Sprecherin Eva Lind ergänzte, alles sei gut. "
                       "Ministerin Anna Gremmels sprach auch. Gremmels’ Sprecher Paul Brandau schwieg.");
  INFO(Dump(facts));
  for (const auto& [holder, owner] : {std::pair{"Eva Lind", "Voss"}, std::pair{"Paul Brandau", "Gremmels"}}) {
    INFO(holder);
    auto roles = RolesOf(facts, holder);
    REQUIRE(roles.size() == 1);
    CHECK(OfName(facts, *roles[0]).ends_with(owner));
  }
}

TEST_CASE("roles: a party's council member sits for the town, not the party", "[extraction][roles]") {
  auto facts = Analyze("Linz (APA) - Die Stadt baut ein Bad. SPÖ-Stadträtin Eva Lind nannte das zu teuer.");
  INFO(Dump(facts));
  auto roles = RolesOf(facts, "Eva Lind");
  REQUIRE(roles.size() == 1);
  CHECK(roles[0]->label == "Stadträtin");
  CHECK(OfName(facts, *roles[0]) == "Linz");
  // A party's other offices stay the party's.
  auto chief = Analyze("Linz (APA) - Die Stadt baut ein Bad. SPÖ-Chefin Eva Lind nannte das zu teuer.");
  INFO(Dump(chief));
  REQUIRE(RolesOf(chief, "Eva Lind").size() == 1);
  CHECK(OfName(chief, *RolesOf(chief, "Eva Lind")[0]) == "SPÖ");
}

TEST_CASE("roles: an apposition after a passive's participle is the agent's", "[extraction][roles]") {
  auto facts = Analyze("Erste Station war der Stand der Brandt AG. Max Roth, Vorstandschef des Maschinenbauers, "
                       "führte Anna Muster vorbei. Nur zwei Gänge weiter wurde Muster von Olaf Beispiel empfangen, "
                       "dem Chef des indischen Herstellers Kessel Motion Systems.");
  INFO(Dump(facts));
  auto roles = RolesOf(facts, "Olaf Beispiel");
  REQUIRE(roles.size() == 1);
  CHECK(OfName(facts, *roles[0]).starts_with("Kessel"));
  CHECK(RolesOf(facts, "Anna Muster").empty());
  CHECK(RolesOf(facts, "Max Roth").size() == 1);
}

TEST_CASE("roles: an apposition after the participle is the partner's after 'mit'", "[extraction][roles]") {
  auto facts = Analyze("Vereinspräsident Max Roth sprach. Im April hatte sich Roth mit Olaf Beispiel getroffen, dem "
                       "Präsidenten des konkurrierenden Ringer-Bundes Kesselbach.");
  INFO(Dump(facts));
  auto roles = RolesOf(facts, "Olaf Beispiel");
  REQUIRE(roles.size() == 1);
  CHECK(roles[0]->label == "Präsident");
  CHECK(RolesOf(facts, "Max Roth").size() == 1);
}

TEST_CASE("roles: the office named after 'als' is the subject's, not a part played or what one is taken for",
          "[extraction][roles]") {
  auto facts = Analyze("Lena Graf ist als Baudirektorin für die Straße zuständig. Der Bau kostet viel, Max Roth als "
                       "Kämmerer warnt. Jan Ott, der lange als Kronprinz galt, schwieg. Eva Lind war als Zeugin geladen.");
  INFO(Dump(facts));
  REQUIRE(RolesOf(facts, "Lena Graf").size() == 1);
  CHECK(RolesOf(facts, "Lena Graf")[0]->label == "Baudirektorin");
  REQUIRE(RolesOf(facts, "Max Roth").size() == 1);
  CHECK(RolesOf(facts, "Max Roth")[0]->label == "Kämmerer");
  CHECK(RolesOf(facts, "Jan Ott").empty());
  CHECK(RolesOf(facts, "Eva Lind").empty());
}

TEST_CASE("roles: whose office it is stands before two offices joined ('Italiens Innen- und Sportminister')",
          "[extraction][roles]") {
  auto facts = Analyze("Anna Kessler traf in Ulm Italiens Innen- und Sportminister Paul Brandau.");
  INFO(Dump(facts));
  auto roles = RolesOf(facts, "Paul Brandau");
  REQUIRE(roles.size() == 1);
  CHECK(OfName(facts, *roles[0]) == "Italien");
}

TEST_CASE("roles: a fire chief's, a forester's, a provost's and a synod's offices are read", "[extraction][roles]") {
  auto facts = Analyze("Dompropst Paul Brandau dankte Kreisbrandmeister Jonas Weller. Revierförster Max Ott und "
                       "Präses Anna Kessler kamen auch.");
  INFO(Dump(facts));
  CheckOneRoleEach(facts, {"Paul Brandau", "Jonas Weller", "Max Ott", "Anna Kessler"});
}

TEST_CASE("roles: more crafts', a club treasurer's and a scientist's titles are read", "[extraction][roles]") {
  auto facts = Analyze("Steinmetz Paul Brandau traf Hutmacherin Lena Graf. Kassier Max Ott und Seismologin Anna "
                       "Kessler kamen mit Referent Jonas Weller.");
  INFO(Dump(facts));
  CheckOneRoleEach(facts, {"Paul Brandau", "Lena Graf", "Max Ott", "Anna Kessler", "Jonas Weller"});
}

TEST_CASE("roles: a vet's, a doctor's, a ceramicist's and a glassblower's titles are read, with 'Dr.' between",
          "[extraction][roles]") {
  auto facts = Analyze("Kreisveterinärin Dr. Lena Graf traf Allgemeinmediziner Paul Brandau. Keramikerin Anna Kessler "
                       "kam mit Glasbläser Max Ott.");
  INFO(Dump(facts));
  CheckOneRoleEach(facts, {"Lena Graf", "Paul Brandau", "Anna Kessler", "Max Ott"});
}

TEST_CASE("roles: a curator's, an engraver's, a weaver's, a pioneer's, a pool attendant's, a city architect's titles",
          "[extraction][roles]") {
  auto facts = Analyze("Kuratorin Lena Graf traf Graveur Paul Brandau. Weberin Anna Kessler kam mit dem Skipionier Max "
                       "Ott. Badmeister Jonas Weller sprach mit Stadtbaumeisterin Eva Lind.");
  INFO(Dump(facts));
  CheckOneRoleEach(facts, {"Lena Graf", "Paul Brandau", "Anna Kessler", "Max Ott", "Jonas Weller", "Eva Lind"});
}

TEST_CASE("roles: 'seine Amtskollegen X (Finnland), Y (Schweden)' lists holders, each of the state after them",
          "[extraction][roles]") {
  auto facts = Analyze("Paul Brandau empfing seine Amtskollegen Max Ott (Finnland), Jonas Weller (Schweden) und "
                       "Lena Graf (Norwegen).");
  INFO(Dump(facts));
  for (const auto& [holder, state] : {std::pair<const char*, const char*>{"Max Ott", "Finnland"},
                                      {"Jonas Weller", "Schweden"}, {"Lena Graf", "Norwegen"}}) {
    INFO(holder);
    const auto roles = RolesOf(facts, holder);
    REQUIRE(roles.size() == 1);
    CHECK(OfName(facts, *roles[0]) == state);
  }
}

TEST_CASE("roles: clergy's, crafts' and a national player's titles are read", "[extraction][roles]") {
  auto facts = Analyze("Abt Paul Brandau empfing Pastorin Lena Graf. Winzerin Anna Kessler und Goldschmied Max Ott "
                       "kamen mit Nationalspieler Jonas Weller.");
  INFO(Dump(facts));
  CheckOneRoleEach(facts, {"Paul Brandau", "Lena Graf", "Anna Kessler", "Max Ott", "Jonas Weller"});
}

TEST_CASE("roles: a weak noun's singular names one holder", "[extraction][roles]") {
  auto facts = Analyze("Ich saß mit Ministerpräsident Olaf Beispiel und Max Muster zusammen.");
  INFO(Dump(facts));
  CHECK(RolesOf(facts, "Olaf Beispiel").size() == 1);
  CHECK(RolesOf(facts, "Max Muster").empty());
}

TEST_CASE("roles: the town an owner comes from is not the owner", "[extraction][roles]") {
  auto facts = Analyze("Die Kessel Maschinenbau AG stellt aus. Olaf Beispiel, Vorstandschef des Maschinenbauers "
                       "aus Ulm, führte die Gäste.");
  INFO(Dump(facts));
  auto roles = RolesOf(facts, "Olaf Beispiel");
  REQUIRE(roles.size() == 1);
  CHECK(OfName(facts, *roles[0]) == "Kessel Maschinenbau AG");
}

TEST_CASE("roles: a town's adjective before a free profession is no owner, before an office it is",
          "[extraction][roles]") {
  auto facts = Analyze("Den Entwurf zeichnete der Münchner Landschaftsarchitekt Max Roth. Die Ulmer Bürgermeisterin "
                       "Anna Muster lobte ihn.");
  INFO(Dump(facts));
  auto architect = RolesOf(facts, "Max Roth");
  REQUIRE(architect.size() == 1);
  CHECK_FALSE(architect[0]->of);
  auto mayor = RolesOf(facts, "Anna Muster");
  REQUIRE(mayor.size() == 1);
  CHECK(OfName(facts, *mayor[0]) == "Ulm");
}

TEST_CASE("roles: crafts' and a chess grandmaster's titles are read and a place's adjective owns none",
          "[extraction][roles]") {
  auto facts = Analyze("Der ukrainische Schachgroßmeister Anton Melnyk spielte. Die Ulmer Hörakustikerin Eva Lind und "
                       "der Messerschmied Sepp Horn kamen mit Messermacher Max Roth.");
  INFO(Dump(facts));
  for (const char* person : {"Anton Melnyk", "Eva Lind", "Sepp Horn", "Max Roth"}) {
    INFO(person);
    auto roles = RolesOf(facts, person);
    REQUIRE(roles.size() == 1);
    CHECK_FALSE(roles[0]->of);
  }
}

TEST_CASE("roles: academic titles may stand between the comma and the name", "[extraction][roles]") {
  auto facts = Analyze("Die Präsidentin der Universität Ulm, Prof. Dr. Anna Muster, sprach zuerst.");
  INFO(Dump(facts));
  auto roles = RolesOf(facts, "Anna Muster");
  REQUIRE(roles.size() == 1);
  CHECK(OfName(facts, *roles[0]) == "Universität Ulm");
}

TEST_CASE("roles: a party's group in a parliament owns its offices; a Land group stands for the party",
          "[extraction][roles]") {
  auto facts = Analyze("Der Vorsitzende der CDU-Landtagsfraktion, Olaf Beispiel, und Anna Muster, Chefin der "
                       "Grünen-Fraktion im Landtag, lehnten ab. Der Chef der SPD-Landesgruppe im Bundestag, Max "
                       "Beispiel, schwieg.");
  INFO(Dump(facts));
  auto olaf = RolesOf(facts, "Olaf Beispiel");
  REQUIRE(olaf.size() == 1);
  CHECK(OfName(facts, *olaf[0]) == "CDU-Landtagsfraktion");
  auto anna = RolesOf(facts, "Anna Muster");
  REQUIRE(anna.size() == 1);
  CHECK(OfName(facts, *anna[0]) == "Grünen-Fraktion");
  auto max = RolesOf(facts, "Max Beispiel");
  REQUIRE(max.size() == 1);
  CHECK(OfName(facts, *max[0]) == "SPD");
}

TEST_CASE("roles: Swiss heads of canton and commune, and a region's Hauptfrau", "[extraction][roles]") {
  auto facts = Analyze("Landammann Reto Muster und Gemeindeammann Lena Graf trafen am Montag Hauptfrau Eva Lind.");
  INFO(Dump(facts));
  for (const auto& [person, label] : {std::pair{"Reto Muster", "Landammann"}, {"Lena Graf", "Gemeindeammann"},
                                      {"Eva Lind", "Hauptfrau"}}) {
    INFO(person);
    auto roles = RolesOf(facts, person);
    REQUIRE(roles.size() == 1);
    CHECK(roles[0]->label == label);
  }
}

TEST_CASE("roles: a cantonal councillor, a town's building officer, a shipowner, an administrator, a proxy",
          "[extraction][roles]") {
  auto facts = Analyze("Kantonsrätin Lena Graf, Stadtbaurat Max Ott und Reeder Ole Brandt trafen am Montag "
                       "Insolvenzverwalterin Eva Lind und den Bevollmächtigten Paul Brandau.");
  INFO(Dump(facts));
  for (const auto& [person, label] :
       {std::pair{"Lena Graf", "Kantonsrätin"}, {"Max Ott", "Stadtbaurat"}, {"Ole Brandt", "Reeder"},
        {"Eva Lind", "Insolvenzverwalterin"}, {"Paul Brandau", "Bevollmächtigter"}}) {
    INFO(person);
    auto roles = RolesOf(facts, person);
    REQUIRE(roles.size() == 1);
    CHECK(roles[0]->label == label);
  }
}

TEST_CASE("roles: a nationality adjective before the role names the state", "[extraction][roles]") {
  auto facts = Analyze("Der ukrainische Außenminister Andrij Sybiha reiste am Morgen nach Warschau.");
  INFO(Dump(facts));
  auto roles = RolesOf(facts, "Andrij Sybiha");
  REQUIRE(roles.size() == 1);
  CHECK(roles[0]->label == "Außenminister");
  CHECK(OfName(facts, *roles[0]) == "Ukraine");
}

TEST_CASE("roles: an envoy serves the state that sends them, not the body in the prefix", "[extraction][roles]") {
  auto facts = Analyze("Der finnische UN-Botschafter Max Ott warnte. UN-Sprecherin Eva Lind schwieg.");
  INFO(Dump(facts));
  auto envoy = RolesOf(facts, "Max Ott");
  REQUIRE(envoy.size() == 1);
  CHECK(OfName(facts, *envoy[0]) == "Finnland");
  auto speaker = RolesOf(facts, "Eva Lind");
  REQUIRE(speaker.size() == 1);
  CHECK(OfName(facts, *speaker[0]) == "Vereinte Nationen");
}

TEST_CASE("roles: a name in the dative after a preposition is where, not whose", "[extraction][roles]") {
  // (A state secretary there serves the ministry: state-secretary-serves-the-ministry.)
  auto facts = Analyze("Am Montag traf Anna Kessler im Auswärtigen Amt Botschafter Max Ott.");
  INFO(Dump(facts));
  auto roles = RolesOf(facts, "Max Ott");
  REQUIRE(roles.size() == 1);
  CHECK(OfName(facts, *roles[0]) != "Auswärtiges Amt");
}

TEST_CASE("roles: an apposition after the name with a genitive complement", "[extraction][roles]") {
  auto facts = Analyze("Olaf Beispiel, der Sprecher des Bundestages, bestätigte den Termin.");
  INFO(Dump(facts));
  auto roles = RolesOf(facts, "Olaf Beispiel");
  REQUIRE(roles.size() == 1);
  CHECK(roles[0]->label == "Sprecher");
  CHECK(OfName(facts, *roles[0]) == "Bundestag");
}

TEST_CASE("roles: a feminine role with a genitive complement, then the name", "[extraction][roles]") {
  auto facts = Analyze("Die Sprecherin des Weißen Hauses, Karoline Brandt, wollte sich dazu nicht äußern.");
  INFO(Dump(facts));
  auto roles = RolesOf(facts, "Karoline Brandt");
  REQUIRE(roles.size() == 1);
  CHECK(roles[0]->label.find("Sprecherin") != std::string::npos);
  CHECK(OfName(facts, *roles[0]) == "Weißes Haus");
}

TEST_CASE("roles: the holder's own title may stand between the comma and the name", "[extraction][roles]") {
  auto facts = Analyze("Der Minister empfing den Vorsitzenden des Verbands der Autoindustrie, Professor Karoline "
                       "Brandt, am Montag.");
  INFO(Dump(facts));
  auto roles = RolesOf(facts, "Karoline Brandt");
  REQUIRE(roles.size() == 2);
  CHECK(roles[0]->label == "Vorsitzender");
  CHECK(OfName(facts, *roles[0]) == "Verband der Autoindustrie");
}

TEST_CASE("roles: a genitive country before the role", "[extraction][roles]") {
  auto facts = Analyze("Russlands Außenminister Sergej Lawrow kritisierte die Sanktionen scharf.");
  INFO(Dump(facts));
  auto roles = RolesOf(facts, "Sergej Lawrow");
  REQUIRE(roles.size() == 1);
  CHECK(roles[0]->label == "Außenminister");
  CHECK(OfName(facts, *roles[0]) == "Russland");
}

TEST_CASE("roles: a genitive possessor before a superlative or comparative adjective and the role",
          "[extraction][roles]") {
  auto facts = Analyze("Präsident Max Ott kam nach Berlin. Otts ältester Sohn Jan Ott und Otts jüngere Tochter Eva Ott "
                       "begleiteten ihn.");
  INFO(Dump(facts));
  for (const char* child : {"Jan Ott", "Eva Ott"}) {
    auto roles = RolesOf(facts, child);
    REQUIRE(roles.size() == 1);
    CHECK(OfName(facts, *roles[0]) == "Ott");
  }
}

TEST_CASE("roles: a genitive country after a preposition is whose; a plain place there is where", "[extraction][roles]") {
  auto facts = Analyze("Der Kardinal werde auch Max Ott treffen, der sich bei Polens Regierungschef Jan Nowak "
                       "aufhält. In Paris traf sie Premierminister Max Ott.");
  INFO(Dump(facts));
  auto nowak = RolesOf(facts, "Jan Nowak");
  REQUIRE(nowak.size() == 1);
  CHECK(OfName(facts, *nowak[0]) == "Polen");
  auto ott = RolesOf(facts, "Max Ott");
  REQUIRE(ott.size() == 1);
  CHECK(OfName(facts, *ott[0]) != "Paris");
}

TEST_CASE("roles: two role nouns joined by 'und' share the name and the owner before them", "[extraction][roles]") {
  auto facts = Analyze("Polens Vizepremier und Verteidigungsminister Jan Nowicki traf Kanzler und SPD-Chef Max Ott.");
  INFO(Dump(facts));
  auto roles = RolesOf(facts, "Jan Nowicki");
  REQUIRE(roles.size() == 2);
  for (const RoleFact* role : roles) CHECK(OfName(facts, *role) == "Polen");
  // An owner written on the second noun stays its own.
  auto ott = RolesOf(facts, "Max Ott");
  REQUIRE(ott.size() == 2);
  CHECK(ott[0]->label == "Kanzler");
  CHECK(OfName(facts, *ott[0]) == "");
  CHECK(OfName(facts, *ott[1]) == "SPD");
}

TEST_CASE("roles: an apposition after a verb's particle that ends the clause", "[extraction][roles]") {
  auto facts = Analyze("An dem Gespräch nahm auch Jonas Weller teil, der Sohn von Präsident Max Ott.");
  INFO(Dump(facts));
  auto roles = RolesOf(facts, "Jonas Weller");
  REQUIRE(roles.size() == 1);
  CHECK(roles[0]->label == "Sohn");
  CHECK(OfName(facts, *roles[0]) == "Max Ott");
}

TEST_CASE("roles: a minister's 'Amtskollege' holds the same office, in their own gender", "[extraction][roles]") {
  auto facts = Analyze("Bundesinnenministerin Eva Lind traf am Montag ihren polnischen Amtskollegen Jan Nowicki.");
  INFO(Dump(facts));
  auto roles = RolesOf(facts, "Jan Nowicki");
  REQUIRE(roles.size() == 1);
  CHECK(roles[0]->label == "Innenminister");
  CHECK(OfName(facts, *roles[0]) == "Polen");
  // A head of government's colleague may hold another title: the word stays.
  facts = Analyze("Kanzler Max Ott traf seinen polnischen Amtskollegen Jan Nowicki.");
  INFO(Dump(facts));
  roles = RolesOf(facts, "Jan Nowicki");
  REQUIRE(roles.size() == 1);
  CHECK(roles[0]->label == "Amtskollege");
}

TEST_CASE("roles: a surname in 's' of a full name told before is no genitive", "[extraction][roles]") {
  // "Horns Berater" is Horn's adviser, but "traf Jonas Werkleiterin X" after "Peter Jonas" is
  // Jonas meeting the plant manager: the surname itself ends in "s".
  auto facts = Analyze(
      "Landrat Peter Jonas besuchte am Dienstag das Werk. Im Anschluss traf Jonas Werkleiterin Lena Graf.");
  INFO(Dump(facts));
  auto roles = RolesOf(facts, "Lena Graf");
  REQUIRE(roles.size() == 1);
  CHECK(roles[0]->label == "Werkleiterin");
  CHECK_FALSE(roles[0]->of);
}

TEST_CASE("roles: a genitive person before the role makes it that person's adviser", "[extraction][roles]") {
  auto facts = Analyze(
      "Präsident Wladimir Putin empfing am Abend mehrere Gäste. Putins Berater Juri Kalinin "
      "sprach anschließend mit Journalisten.");
  INFO(Dump(facts));
  auto roles = RolesOf(facts, "Juri Kalinin");
  REQUIRE(roles.size() == 1);
  CHECK(roles[0]->label == "Berater");
  REQUIRE(roles[0]->of);
  const auto& of = facts.mentions[*roles[0]->of];
  CHECK(of.type == newskg::recognition::EntityType::Person);
  CHECK(of.canonical == "Putin");
  CHECK(roles[0]->sentence == 1);
}

TEST_CASE("roles: coordinated names after a plural-capable role both hold it", "[extraction][roles]") {
  auto facts = Analyze("In Riad verhandelten die US-Gesandten Mark Danner und Lisa Hoffer mit der Gegenseite.");
  INFO(Dump(facts));
  auto danner = RolesOf(facts, "Mark Danner");
  auto hoffer = RolesOf(facts, "Lisa Hoffer");
  REQUIRE(danner.size() == 1);
  REQUIRE(hoffer.size() == 1);
  CHECK(danner[0]->label.find("Gesandte") != std::string::npos);
  CHECK(hoffer[0]->label == danner[0]->label);
  CHECK(OfName(facts, *danner[0]) == "Vereinigte Staaten");
  CHECK(OfName(facts, *hoffer[0]) == "Vereinigte Staaten");
}

TEST_CASE("roles: a label modifier becomes part of the nominative label", "[extraction][roles]") {
  auto facts = Analyze("Der Nationale Sicherheitsberater Tom Bradley traf in Washington ein.");
  INFO(Dump(facts));
  auto roles = RolesOf(facts, "Tom Bradley");
  REQUIRE(roles.size() == 1);
  CHECK(roles[0]->label == "Nationaler Sicherheitsberater");
}

TEST_CASE("roles: a lowercase modifier in the dative is put in the nominative, as written", "[extraction][roles]") {
  auto facts = Analyze("Die Kanzlerin sprach mit dem stellvertretenden Regierungssprecher Jonas Kellner.");
  INFO(Dump(facts));
  auto roles = RolesOf(facts, "Jonas Kellner");
  REQUIRE(roles.size() == 1);
  CHECK(roles[0]->label == "stellvertretender Regierungssprecher");
}

TEST_CASE("roles: a qualifier such as ehemalig is not part of the label", "[extraction][roles]") {
  auto facts = Analyze("Der ehemalige Außenminister Joschka Fischer warnte vor einem Rückzug.");
  INFO(Dump(facts));
  auto roles = RolesOf(facts, "Joschka Fischer");
  REQUIRE(roles.size() == 1);
  CHECK(roles[0]->label == "Außenminister");
  CHECK_FALSE(roles[0]->of);
}

TEST_CASE("roles: a role noun without a name gives no role", "[extraction][roles]") {
  auto facts = Analyze(
      "Der Sprecher des Ministeriums wollte sich nicht äußern. Auch der Außenminister blieb "
      "der Sitzung fern.");
  INFO(Dump(facts));
  CHECK(facts.roles.empty());
}

TEST_CASE("roles: role, holder and sentence for a role in a later sentence", "[extraction][roles]") {
  auto facts = Analyze(
      "Die Gespräche dauerten bis in die Nacht. Danach erklärte die französische Außenministerin "
      "Claire Dubois, man sei vorangekommen.");
  INFO(Dump(facts));
  auto roles = RolesOf(facts, "Claire Dubois");
  REQUIRE(roles.size() == 1);
  CHECK(roles[0]->label == "Außenministerin");
  CHECK(OfName(facts, *roles[0]) == "Frankreich");
  CHECK(roles[0]->sentence == 1);
}

TEST_CASE("roles: a hyphenated prefix names the organization whole, an acronym one too", "[extraction][roles]") {
  auto facts = Analyze(
      "Mercedes-Benz-Vorstandschef Jonas Weller und VKB-Präsidentin Lena Graf trafen sich in Ulm.");
  INFO(Dump(facts));
  auto weller = RolesOf(facts, "Jonas Weller");
  REQUIRE(weller.size() == 1);
  CHECK(weller[0]->label == "Vorstandschef");
  CHECK(OfName(facts, *weller[0]) == "Mercedes-Benz");
  auto graf = RolesOf(facts, "Lena Graf");
  REQUIRE(graf.size() == 1);
  CHECK(OfName(facts, *graf[0]) == "VKB");
}

TEST_CASE("roles: a generic abbreviation is no organization", "[extraction][roles]") {
  auto facts = Analyze("TV-Moderatorin Lena Graf sprach mit Jonas Weller.");
  INFO(Dump(facts));
  for (const auto& m : facts.mentions) CHECK(m.canonical != "TV");
}

TEST_CASE("roles: the organization a holder comes from ('aus dem') is whose the office is", "[extraction][roles]") {
  auto facts = Analyze("Das Treffen leitete Referent Max Ott aus dem Umweltministerium. Am Tisch saß Ärztin Eva Lind "
                       "aus Ulm.");
  INFO(Dump(facts));
  auto ott = RolesOf(facts, "Max Ott");
  REQUIRE(ott.size() == 1);
  CHECK(OfName(facts, *ott[0]) == "Umweltministerium");
  // A place the holder comes from is no employer.
  auto lind = RolesOf(facts, "Eva Lind");
  REQUIRE(lind.size() == 1);
  CHECK(OfName(facts, *lind[0]).empty());
}

TEST_CASE("roles: an honorific between an office and the name is no office of its own", "[extraction][roles]") {
  auto facts = Analyze("Kanzlerin Eva Lind empfing den katarischen Kronprinzen Scheich Omar al-Karim.");
  INFO(Dump(facts));
  auto roles = RolesOf(facts, "Omar al-Karim");
  REQUIRE(roles.size() == 1);
  CHECK(roles[0]->label == "Kronprinz");
  CHECK(OfName(facts, *roles[0]) == "Katar");
  // So is a prince's title.
  auto prince = Analyze("Kanzlerin Eva Lind empfing den katarischen Außenminister Prinz Omar al-Karim.");
  INFO(Dump(prince));
  auto minister = RolesOf(prince, "Omar al-Karim");
  REQUIRE(minister.size() == 1);
  CHECK(minister[0]->label == "Außenminister");
}

TEST_CASE("roles: two coordinated roles before a genitive owner and the holder's name share both",
          "[extraction][roles]") {
  auto facts = Analyze("Er sprach mit der Gründerin und Chefin der Kessler AG, Eva Lind.");
  INFO(Dump(facts));
  auto roles = RolesOf(facts, "Eva Lind");
  REQUIRE(roles.size() == 2);
  for (const auto* role : roles) CHECK(OfName(facts, *role) == "Kessler AG");
}

TEST_CASE("roles: a predicate after a copula, over the holder's age between commas", "[extraction][roles]") {
  auto facts = Analyze("Paul Weber, 58, ist Bürgermeister von Ulm.");
  INFO(Dump(facts));
  auto roles = RolesOf(facts, "Paul Weber");
  REQUIRE(roles.size() == 1);
  CHECK(roles[0]->label == "Bürgermeister");
  CHECK(OfName(facts, *roles[0]) == "Ulm");
}

TEST_CASE("roles: a predicate after a copula, over words of time", "[extraction][roles]") {
  auto facts = Analyze("Lena Graf ist seit 2021 Innenministerin. Seit Mai ist Max Ott Sprecher der Partei. "
                       "Zudem war Paul Brandau fälschlich als Minister bezeichnet worden.");
  INFO(Dump(facts));
  auto graf = RolesOf(facts, "Lena Graf");
  REQUIRE(graf.size() == 1);
  CHECK(graf[0]->label == "Innenministerin");
  CHECK(RolesOf(facts, "Max Ott").size() == 1);
  CHECK(RolesOf(facts, "Paul Brandau").empty());
  // The party in brackets after the name.
  auto party = Analyze("Seit einem Monat ist Anna Kessler (CDU) Landrätin.");
  INFO(Dump(party));
  CHECK(RolesOf(party, "Anna Kessler").size() == 1);
}

TEST_CASE("roles: a pronoun's predicate is the office of whom the pronoun stands for", "[extraction][roles]") {
  auto facts = Analyze("Max Ott fischt seit 30 Jahren auf dem See. Seit 2019 ist er Vorsitzender der "
                       "Fischereigenossenschaft Südsee. Anna Kessler kam 2010 nach Ulm. Sie ist seit Mai Direktorin "
                       "der Stadtbibliothek.");
  INFO(Dump(facts));
  auto ott = RolesOf(facts, "Max Ott");
  REQUIRE(ott.size() == 1);
  CHECK(ott[0]->label == "Vorsitzender");
  CHECK(OfName(facts, *ott[0]) == "Fischereigenossenschaft Südsee");
  CHECK(RolesOf(facts, "Anna Kessler").size() == 1);
}

TEST_CASE("roles: a place phrase after the complement is not the owner", "[extraction][roles]") {
  auto facts = Analyze("Anna Kessler, Leiterin der Tafel in Köln, traf am Montag Paul Brandau.");
  INFO(Dump(facts));
  auto roles = RolesOf(facts, "Anna Kessler");
  REQUIRE(roles.size() == 1);
  CHECK_FALSE(roles[0]->of);
}

TEST_CASE("roles: Swiss and Austrian council members and party whips", "[extraction][roles]") {
  auto facts = Analyze("SVP-Nationalrätin Lena Graf und ÖVP-Klubobmann Max Ott kritisierten Regierungsrätin "
                       "Anna Kessler, die Vorsteherin des Departements.");
  INFO(Dump(facts));
  auto graf = RolesOf(facts, "Lena Graf");
  REQUIRE(graf.size() == 1);
  CHECK(graf[0]->label == "Nationalrätin");
  CHECK(OfName(facts, *graf[0]) == "SVP");
  auto ott = RolesOf(facts, "Max Ott");
  REQUIRE(ott.size() == 1);
  CHECK(ott[0]->label == "Klubobmann");
  CHECK(OfName(facts, *ott[0]) == "ÖVP");
  CHECK(RolesOf(facts, "Anna Kessler").size() == 2);
}

TEST_CASE("roles: board members, broadcasters' heads and municipal officers", "[extraction][roles]") {
  auto facts = Analyze("Finanzvorstand Christian Illek, Intendantin Katrin Vernau und Stadtkämmerer Max Ott "
                       "sprachen mit Beigeordneter Lena Graf.");
  INFO(Dump(facts));
  for (const char* person : {"Christian Illek", "Katrin Vernau", "Max Ott", "Lena Graf"}) {
    INFO(person);
    CHECK(RolesOf(facts, person).size() == 1);
  }
}

TEST_CASE("roles: a plural role lists its holders; coordinated owners pair with them", "[extraction][roles]") {
  auto facts = Analyze("Die Ministerpräsidenten der Länder, Anna Kessler (SPD), Max Ott (CDU) und Lena Graf (CSU), "
                       "waren zugeschaltet. Die Außenminister Polens und Litauens, Jonas Weber und Tim Roth, "
                       "trafen sich in Riga.");
  INFO(Dump(facts));
  for (const auto& [person, label] :
       {std::pair{"Anna Kessler", "Ministerpräsidentin"}, {"Max Ott", "Ministerpräsident"},
        {"Lena Graf", "Ministerpräsidentin"}}) {
    INFO(person);
    auto roles = RolesOf(facts, person);
    REQUIRE(roles.size() == 1);
    CHECK(roles[0]->label == label);
  }
  auto weber = RolesOf(facts, "Jonas Weber");
  REQUIRE(weber.size() == 1);
  CHECK(OfName(facts, *weber[0]) == "Polen");
  auto roth = RolesOf(facts, "Tim Roth");
  REQUIRE(roth.size() == 1);
  CHECK(OfName(facts, *roth[0]) == "Litauen");
}

TEST_CASE("roles: both genders' plurals list holders, each of their own gender", "[extraction][roles]") {
  auto facts = Analyze("Das kritisieren die umweltpolitischen Sprecherinnen und Sprecher der Fraktionen, Anna Berg "
                       "(CDU), Max Ott (SPD) und Eva Lind (FDP).");
  INFO(Dump(facts));
  for (const auto& [person, label] : {std::pair{"Anna Berg", "Sprecherin"}, {"Max Ott", "Sprecher"},
                                      {"Eva Lind", "Sprecherin"}}) {
    INFO(person);
    auto roles = RolesOf(facts, person);
    REQUIRE(roles.size() == 1);
    CHECK(roles[0]->label == label);
  }
}

TEST_CASE("roles: a plural's owners after 'von' pair with its listed holders; a woman's office is feminine",
          "[extraction][roles]") {
  auto facts = Analyze("Mit den Bürgermeistern von Ulm und Kiel, Jan Weber und Ute Kraus, sprach er am "
                       "Montag.");
  INFO(Dump(facts));
  auto weber = RolesOf(facts, "Jan Weber");
  REQUIRE(weber.size() == 1);
  CHECK(weber[0]->label == "Bürgermeister");
  CHECK(OfName(facts, *weber[0]) == "Ulm");
  auto kraus = RolesOf(facts, "Ute Kraus");
  REQUIRE(kraus.size() == 1);
  CHECK(kraus[0]->label == "Bürgermeisterin");
  CHECK(OfName(facts, *kraus[0]) == "Kiel");
}

TEST_CASE("roles: a singular role's apposition names one holder", "[extraction][roles]") {
  auto facts = Analyze("Die Sprecherin des Weißen Hauses, Karoline Brandt, und Max Ott trafen sich in Paris.");
  INFO(Dump(facts));
  CHECK(RolesOf(facts, "Karoline Brandt").size() == 1);
  CHECK(RolesOf(facts, "Max Ott").empty());
}

TEST_CASE("roles: academic titles stand between the role and the name, outside the name", "[extraction][roles]") {
  auto facts = Analyze("Wissenschaftsministerin Prof. Dr. Katharina Brandl traf Ministerpräsident Dr. Max Ott.");
  INFO(Dump(facts));
  REQUIRE(RolesOf(facts, "Katharina Brandl").size() == 1);
  REQUIRE(RolesOf(facts, "Max Ott").size() == 1);
  for (const auto& m : facts.mentions) CHECK(m.canonical.find("Dr.") == std::string::npos);
}

TEST_CASE("roles: a chamber's name before a given name is its member's title", "[extraction][roles]") {
  auto member = Analyze("Bundesrat Max Ott traf am Montag Anna Kessler.");
  INFO(Dump(member));
  auto roles = RolesOf(member, "Max Ott");
  REQUIRE(roles.size() == 1);
  CHECK(roles[0]->label == "Bundesrat");
  for (const auto& m : member.mentions) CHECK(m.canonical != "Bundesrat");
  auto chamber = Analyze("Der Bundesrat stimmte am Freitag zu, sagte Max Ott.");
  INFO(Dump(chamber));
  bool found = false;
  for (const auto& m : chamber.mentions) found = found || m.canonical == "Bundesrat";
  CHECK(found);
}

TEST_CASE("roles: the organization right after the holder's name employs them; a party does not",
          "[extraction][roles]") {
  auto facts = Analyze("Die Expertin Anna Kessler vom Brüsseler Europarat warnte. Der Ökonom Max Ott "
                       "von der Deutschen Bank widersprach. Der Abgeordnete Jonas Weber von der SPD schwieg.");
  INFO(Dump(facts));
  auto kessler = RolesOf(facts, "Anna Kessler");
  REQUIRE(kessler.size() == 1);
  CHECK(OfName(facts, *kessler[0]) == "Europarat");
  auto ott = RolesOf(facts, "Max Ott");
  REQUIRE(ott.size() == 1);
  CHECK(OfName(facts, *ott[0]) == "Deutsche Bank");
  auto weber = RolesOf(facts, "Jonas Weber");
  REQUIRE(weber.size() == 1);
  CHECK(OfName(facts, *weber[0]) == "");
}

TEST_CASE("roles: 'bei' names an employer, only an organization", "[extraction][roles]") {
  auto facts = Analyze("Anna Kessler, Forscherin bei der Weltbank, warnte. Max Ott, Redner beim "
                       "Parteitag in Ulm, widersprach.");
  INFO(Dump(facts));
  auto kessler = RolesOf(facts, "Anna Kessler");
  REQUIRE(kessler.size() == 1);
  CHECK(OfName(facts, *kessler[0]) == "Weltbank");
  for (const auto* role : RolesOf(facts, "Max Ott")) CHECK(OfName(facts, *role) == "");
}

TEST_CASE("roles: 'im' and 'in der' name the institution, only one named right after", "[extraction][roles]") {
  auto facts = Analyze("Anna Kessler, Staatssekretärin im Bundesfinanzministerium, warnte. Die Direktorin in der "
                       "Weltbank, Eva Lind, stimmte zu. Max Ott, Abgeordneter im Bezirk Ulm, widersprach. "
                       "Paul Brandau, Sprecher im Rahmen der Nato-Tagung, schwieg.");
  INFO(Dump(facts));
  auto kessler = RolesOf(facts, "Anna Kessler");
  REQUIRE(kessler.size() == 1);
  CHECK(OfName(facts, *kessler[0]) == "Bundesministerium der Finanzen");
  auto lind = RolesOf(facts, "Eva Lind");
  REQUIRE(lind.size() == 1);
  CHECK(OfName(facts, *lind[0]) == "Weltbank");
  for (const auto* role : RolesOf(facts, "Max Ott")) CHECK(OfName(facts, *role) == "");
  for (const auto* role : RolesOf(facts, "Paul Brandau")) CHECK(OfName(facts, *role) == "");
}

TEST_CASE("roles: an apposition after a name and its party in brackets; not a clause after a name",
          "[extraction][roles]") {
  auto facts = Analyze("An dem Treffen nahm Max Ott (SPD) teil, wie eine Sprecherin der Stadt mitteilte. Der "
                       "Fraktionschef der Grünen, Paul Brandau, warf der Ministerin vor, zu zögern. Geht es nach "
                       "Anna Kessler (CDU), der Landrätin des Kreises Celle, wird gebaut.");
  INFO(Dump(facts));
  auto kessler = RolesOf(facts, "Anna Kessler");
  REQUIRE(kessler.size() == 1);
  CHECK(kessler[0]->label == "Landrätin");
  CHECK(RolesOf(facts, "Max Ott").empty());
  for (const auto* role : RolesOf(facts, "Paul Brandau")) CHECK(role->label == "Fraktionschef");
}

TEST_CASE("roles: a short name in brackets stands for the long complement before it", "[extraction][roles]") {
  auto facts = Analyze("Anna Kessler ist Präsidentin der Vereinigung europäischer Sicherheitsforscher (OSZE).");
  INFO(Dump(facts));
  auto roles = RolesOf(facts, "Anna Kessler");
  REQUIRE(roles.size() == 1);
  CHECK(OfName(facts, *roles[0]) == "OSZE");
}

TEST_CASE("roles: a faculty's dean", "[extraction][roles]") {
  auto facts = Analyze("Der Dekan der Medizinischen Fakultät, Paul Brandau, warnte.");
  INFO(Dump(facts));
  auto roles = RolesOf(facts, "Paul Brandau");
  REQUIRE(roles.size() == 1);
  CHECK(roles[0]->label == "Dekan");
}

TEST_CASE("roles: the owner's seat may stand between the complement and the apposed name", "[extraction][roles]") {
  auto facts = Analyze("Die Landesvorsitzende der Grünen in Sachsen, Anna Kessler, warnte am Montag.");
  INFO(Dump(facts));
  auto roles = RolesOf(facts, "Anna Kessler");
  REQUIRE(roles.size() == 1);
  CHECK(OfName(facts, *roles[0]) == "Grüne");
}

TEST_CASE("roles: the body the owner sits in, or a region the owner's name left out, may stand before the apposed "
          "name",
          "[extraction][roles]") {
  auto facts = Analyze("Der verkehrspolitische Sprecher der SPD-Fraktion in der Bürgerschaft, Tim Berger, "
                       "widersprach. Der Geschäftsführer des Verbands des Verkehrsgewerbes Nordbaden, Jonas Weller, "
                       "lobte den Plan.");
  INFO(Dump(facts));
  auto berger = RolesOf(facts, "Tim Berger");
  REQUIRE(berger.size() == 1);
  CHECK(OfName(facts, *berger[0]) == "SPD-Fraktion");
  CHECK(RolesOf(facts, "Jonas Weller").size() == 1);
}

TEST_CASE("roles: a short name in brackets after the complement, then the apposed name", "[extraction][roles]") {
  auto facts = Analyze("Am Tisch saß Max Ott, außerdem die Präsidentin des Verbands der Wasserwirtschaft (VDW), "
                       "Anna Kessler, und Jonas Weber.");
  INFO(Dump(facts));
  CHECK(RolesOf(facts, "Anna Kessler").size() == 1);
  CHECK(RolesOf(facts, "Max Ott").empty());
}

TEST_CASE("roles: a role in a relative clause is no apposition; a woman's singular title names one holder",
          "[extraction][roles]") {
  auto relative = Analyze("Max Ott, der mit der Bundesministerin seit Wochen streitet, sprach von einem Erfolg.");
  INFO(Dump(relative));
  CHECK(RolesOf(relative, "Max Ott").empty());
  auto one = Analyze("Er traf Kommissionspräsidentin Anna Kessler und Jonas Weber.");
  INFO(Dump(one));
  CHECK(RolesOf(one, "Anna Kessler").size() == 1);
  CHECK(RolesOf(one, "Jonas Weber").empty());
  // A plural title names both.
  auto two = Analyze("Er traf die US-Sondergesandten Max Ott und Jonas Weber.");
  INFO(Dump(two));
  CHECK(RolesOf(two, "Jonas Weber").size() == 1);
  // A surname alone after "und" is someone named before, who keeps their own role.
  auto named = Analyze("Der polnische Innenminister Jan Nowicki kam. Innenminister Max Ott und Nowicki trafen sich.");
  INFO(Dump(named));
  CHECK(RolesOf(named, "Nowicki").empty());
}

TEST_CASE("roles: a prefect, a leader of a militia, an Austrian Land's councillor", "[extraction][roles]") {
  auto facts = Analyze("Präfekt Max Ott, Anführerin Lena Graf und Landesrätin Anna Kessler kamen.");
  INFO(Dump(facts));
  for (const char* person : {"Max Ott", "Lena Graf", "Anna Kessler"}) {
    INFO(person);
    CHECK(RolesOf(facts, person).size() == 1);
  }
}

TEST_CASE("roles: a relative clause that ends with the role and a copula gives it", "[extraction][roles]") {
  auto facts = Analyze("Max Ott, der bis zum Jahresende zugleich Vorstandschef der Kessler Stahl AG ist, sagte das.");
  INFO(Dump(facts));
  auto roles = RolesOf(facts, "Max Ott");
  REQUIRE(roles.size() == 1);
  CHECK(roles[0]->label == "Vorstandschef");
  CHECK(OfName(facts, *roles[0]) == "Kessler Stahl AG");
  // Not when the clause goes on after the role.
  auto on = Analyze("Max Ott, der mit dem Vorstandschef der Kessler Stahl AG streitet, sagte das.");
  INFO(Dump(on));
  CHECK(RolesOf(on, "Max Ott").empty());
}

TEST_CASE("roles: a plural role right before a list of names gives each the role", "[extraction][roles]") {
  auto facts = Analyze("Die Parteichefs Max Ott (ÖVP), Anna Kessler (SPÖ) und Jonas Weber (NEOS) kamen zusammen.");
  INFO(Dump(facts));
  for (const char* person : {"Max Ott", "Anna Kessler", "Jonas Weber"}) {
    INFO(person);
    CHECK(RolesOf(facts, person).size() == 1);
  }
}

TEST_CASE("roles: a role noun in the genitive of another noun is not the apposed name's", "[extraction][roles]") {
  auto facts = Analyze("Das sagte der Sprecher des Kanzlers, Max Ott, am Montag. Die Frau des Bundespräsidenten, "
                       "Elke Kramer, besuchte eine Schule.");
  INFO(Dump(facts));
  auto ott = RolesOf(facts, "Max Ott");
  REQUIRE(ott.size() == 1);
  CHECK(ott[0]->label == "Sprecher");
  CHECK(RolesOf(facts, "Elke Kramer").empty());
}

TEST_CASE("roles: a passive's agent with its own role, a dative plural after a name", "[extraction][roles]") {
  auto facts = Analyze("Begleitet wurde der Bischof von der Generalsekretärin der Konferenz, Beate Graf. Am Abend "
                       "hatte der Vorsitzende des Vereins, Jochen Brandt, den Ministern seine Forderungen vorgetragen.");
  INFO(Dump(facts));
  auto graf = RolesOf(facts, "Beate Graf");
  REQUIRE(graf.size() == 1);
  CHECK(graf[0]->label == "Generalsekretärin");
  auto brandt = RolesOf(facts, "Jochen Brandt");
  REQUIRE(brandt.size() == 1);
  CHECK(brandt[0]->label == "Vorsitzender");
  // "von" + a role + its holder's name is still a complement.
  auto son = Analyze("Der Sohn von Präsident Max Ott, Tim Ott, sagte das.");
  INFO(Dump(son));
  auto tim = RolesOf(son, "Tim Ott");
  REQUIRE(tim.size() == 1);
  CHECK(OfName(son, *tim[0]) == "Max Ott");
}

TEST_CASE("roles: the associations of German public life are known by their short names", "[extraction][roles]") {
  auto facts = Analyze("Der Präsident des Landkreistages, Max Ott, und die Generalsekretärin der Bischofskonferenz, "
                       "Lena Graf, widersprachen.");
  INFO(Dump(facts));
  auto ott = RolesOf(facts, "Max Ott");
  REQUIRE(ott.size() == 1);
  CHECK(OfName(facts, *ott[0]) == "Deutscher Landkreistag");
  auto graf = RolesOf(facts, "Lena Graf");
  REQUIRE(graf.size() == 1);
  CHECK(OfName(facts, *graf[0]) == "Deutsche Bischofskonferenz");
}

TEST_CASE("roles: an institution before a joining s, or the article's own, in a role compound", "[extraction][roles]") {
  auto facts = Analyze("Kanzleramtschef Max Ott und Landtagspräsidentin Lena Graf kamen.");
  INFO(Dump(facts));
  auto ott = RolesOf(facts, "Max Ott");
  REQUIRE(ott.size() == 1);
  CHECK(OfName(facts, *ott[0]) == "Kanzleramt");
  auto graf = RolesOf(facts, "Lena Graf");
  REQUIRE(graf.size() == 1);
  CHECK(OfName(facts, *graf[0]) == "Landtag");
}

TEST_CASE("roles: an adjectival noun's strong singular names one holder, its plural two", "[extraction][roles]") {
  auto facts = Analyze("Am Dienstag kamen Sondergesandter Max Ott und Tim Graf. Die Sondergesandten Lena Berg und "
                       "Eva Kuhn blieben.");
  INFO(Dump(facts));
  CHECK(RolesOf(facts, "Max Ott").size() == 1);
  CHECK(RolesOf(facts, "Tim Graf").empty());
  CHECK(RolesOf(facts, "Lena Berg").size() == 1);
  CHECK(RolesOf(facts, "Eva Kuhn").size() == 1);
}

TEST_CASE("roles: a German Land, or its short name, before a hyphen owns the office", "[extraction][roles]") {
  auto facts = Analyze("NRW-Innenminister Max Ott traf am Montag die Sachsen-Ministerin Lena Graf.");
  INFO(Dump(facts));
  auto ott = RolesOf(facts, "Max Ott");
  REQUIRE(ott.size() == 1);
  CHECK(OfName(facts, *ott[0]) == "Nordrhein-Westfalen");
  auto graf = RolesOf(facts, "Lena Graf");
  REQUIRE(graf.size() == 1);
  CHECK(OfName(facts, *graf[0]) == "Sachsen");
}

namespace {

// "label (of owner)" of each role of `person`, in order, after `body` is read with the
// description rule on or off.
std::string DescribedRolesOf(const std::string& body, const std::string& person, bool rule_on = true) {
  const newskg::extraction::RuleSwitches switches =
      rule_on ? newskg::extraction::RuleSwitches{}
              : newskg::extraction::RuleSwitches({std::string("description-names-the-holder")});
  auto article = newskg::testing::MakeArticle(body);
  auto mentions = newskg::testing::RecognizeRules(article);
  auto facts = newskg::extraction::Extract(std::move(article), std::move(mentions),
                                           newskg::testing::TestLexicons(), switches);
  INFO(Dump(facts));
  std::string out;
  for (const RoleFact* role : RolesOf(facts, person)) out += role->label + " (of " + OfName(facts, *role) + ") ";
  return out;
}

}  // namespace

TEST_CASE("description-names-the-holder: whom the article marks with the party", "[extraction][roles]") {
  const std::string body = "Max Ott (CDU) kam am Montag nach Ulm. Der CDU-Vorsitzende sprach dort vor Schülern.";
  CHECK(DescribedRolesOf(body, "Max Ott") == "Vorsitzender (of CDU) ");
  CHECK(DescribedRolesOf(body, "Max Ott", false).empty());
  // Marked, the member keeps it beside an office of the state.
  CHECK(DescribedRolesOf("Innenministerin Eva Lind (SPD) traf Max Ott (CDU). Die SPD-Chefin lobte das Gespräch.",
                         "Eva Lind") == "Innenministerin (of ) Chefin (of SPD) ");
  // A party that marks nobody says nothing.
  CHECK(DescribedRolesOf("Max Ott kam am Montag nach Ulm. Der CDU-Vorsitzende sprach dort vor Schülern.", "Max Ott")
            .empty());
}

TEST_CASE("description-names-the-holder: the one person of its gender named last before", "[extraction][roles]") {
  // Two persons, one woman: "die Bürgermeisterin" is she.
  CHECK(DescribedRolesOf("Eva Lind empfing am Montag Max Ott im Rathaus. „Wir kommen voran“, sagte die "
                         "Bürgermeisterin danach.",
                         "Eva Lind") == "Bürgermeisterin (of ) ");
  // Two men before it: whom it means stays open.
  CHECK(DescribedRolesOf("Jonas Weller empfing am Montag Max Ott im Rathaus. „Wir kommen voran“, sagte der "
                         "Bürgermeister danach.",
                         "Jonas Weller")
            .empty());
  // An office the article gave is its holder's: "der Kanzler" is nobody new.
  CHECK(DescribedRolesOf("Bundeskanzler Jonas Weller traf Max Ott. Der Kanzler lobte das Treffen.", "Max Ott")
            .empty());
  // Words that describe anyone name no office.
  CHECK(DescribedRolesOf("Max Ott kam am Montag nach Ulm. Der Politiker sprach dort vor Schülern.", "Max Ott").empty());
}

TEST_CASE("roles: the name after a comma is not the subject's office when the object's phrase stands between",
          "[extraction][roles]") {
  auto facts = Analyze("Die Ministerin empfing den Vorstandschef des Zulieferers, Max Ott, am Dienstag in Berlin.");
  INFO(Dump(facts));
  auto roles = RolesOf(facts, "Max Ott");
  REQUIRE(roles.size() == 1);
  CHECK(roles[0]->label == "Vorstandschef");
  // Coordinated offices share the name after the comma.
  auto both = Analyze("In Doha empfing Katars Regierungschef und Außenminister, Scheich Max Ott, die Gäste.");
  INFO(Dump(both));
  std::string labels;
  for (const RoleFact* role : RolesOf(both, "Max Ott")) labels += role->label + ";";
  CHECK(labels.find("Regierungschef;") != std::string::npos);
  CHECK(labels.find("Außenminister;") != std::string::npos);
}

TEST_CASE("roles: 'seine Frau X' and 'ihr Mann X' are a spouse, not the title 'Frau'", "[extraction][roles]") {
  auto facts = Analyze("Max Ott kam mit seiner Frau Lena Graf nach Berlin. Eva Lind kam mit ihrem Mann Jonas Weller.");
  INFO(Dump(facts));
  auto wife = RolesOf(facts, "Lena Graf");
  REQUIRE(wife.size() == 1);
  CHECK(wife[0]->label == "Ehefrau");
  CHECK(OfName(facts, *wife[0]) == "Max Ott");
  auto husband = RolesOf(facts, "Jonas Weller");
  REQUIRE(husband.size() == 1);
  CHECK(husband[0]->label == "Ehemann");
  // "Frau" as a title: no role.
  CHECK(RolesOf(Analyze("Am Montag sprach Frau Lena Graf in Ulm."), "Lena Graf").empty());
}

TEST_CASE("roles: a compound on a name written in lower case is a role noun still", "[extraction][roles]") {
  auto facts = Analyze("Auch dbb-Chef Paul Brandau warnte vor einer Hängepartie.");
  INFO(Dump(facts));
  auto roles = RolesOf(facts, "Paul Brandau");
  REQUIRE(roles.size() == 1);
  CHECK(roles[0]->label == "Chef");
  CHECK(OfName(facts, *roles[0]) == "dbb");
}

TEST_CASE("roles: 'Vorsteher' heads a department or a borough", "[extraction][roles]") {
  auto facts = Analyze("Paul Brandau, der Vorsteher des Finanzdepartements, traf Ortsvorsteherin Anna Kessler.");
  INFO(Dump(facts));
  auto brandau = RolesOf(facts, "Paul Brandau");
  REQUIRE(brandau.size() == 1);
  CHECK(brandau[0]->label == "Vorsteher");
  auto kessler = RolesOf(facts, "Anna Kessler");
  REQUIRE(kessler.size() == 1);
  CHECK(kessler[0]->label == "Ortsvorsteherin");
}

TEST_CASE("roles: a person in the genitive after a role noun is whose the role is, not its holder",
          "[extraction][roles]") {
  auto facts = Analyze("Paul Brandau kam nach Ulm. Ein Sprecher Brandaus sagte, der Besuch sei gut verlaufen.");
  INFO(Dump(facts));
  CHECK(RolesOf(facts, "Paul Brandau").empty());
  CHECK(RolesOf(facts, "Brandau").empty());
  // Before a noun the name is the holder's, in the genitive of what follows.
  auto visit = Analyze("Paul Brandau kam nach Ulm. Präsident Brandaus Besuch war kurz.");
  INFO(Dump(visit));
  CHECK(RolesOf(visit, "Brandau").size() == 1);
}

TEST_CASE("roles: a monarch's state after the name, also of the consort named before", "[extraction][roles]") {
  auto facts = Analyze("Am Montag kamen König Olaf V. und Königin Sonja von Norwegen nach Ulm.");
  INFO(Dump(facts));
  for (const char* person : {"Olaf V.", "Sonja"}) {
    const auto roles = RolesOf(facts, person);
    REQUIRE(roles.size() == 1);
    REQUIRE(roles[0]->of);
    CHECK(facts.mentions[*roles[0]->of].canonical == "Norwegen");
  }
}

TEST_CASE("roles: the name after a role and its owner, past a short name, a demonym or an origin",
          "[extraction][roles]") {
  auto facts = Analyze("Der Präsident des Ruderverbands DRV, Max Ott, kam. Sie telefonierte mit dem Präsidenten des "
                       "Weltverbands WRF, dem Tschechen Jan Novák. Der Vorsitzende der Genossenschaft, Paul Brandau aus "
                       "Ulm, hatte eingeladen.");
  INFO(Dump(facts));
  for (const auto& [person, label] : std::vector<std::pair<std::string, std::string>>{
           {"Max Ott", "Präsident"}, {"Jan Novák", "Präsident"}, {"Paul Brandau", "Vorsitzender"}}) {
    auto roles = RolesOf(facts, person);
    REQUIRE(roles.size() == 1);
    CHECK(roles[0]->label == label);
  }
  // A role noun with its article is another role, not a demonym: the plural's holders stay unread.
  auto plural = Analyze("Es trafen sich die Unterhändler der Gruppe, der SPD-Abgeordnete Max Ott und Eva Lind.");
  INFO(Dump(plural));
  for (const auto* role : RolesOf(plural, "Max Ott")) CHECK(role->label != "Unterhändler");
}

TEST_CASE("roles: a film director, a planner and a mountain guide", "[extraction][roles]") {
  auto facts = Analyze("Die Regisseurin Anna Kessler zeigt ihren Film. Geleitet wird das Gespräch vom Raumplaner Paul "
                       "Brandau, begleitet von Bergführer Max Ott.");
  INFO(Dump(facts));
  for (const auto& [person, label] : std::vector<std::pair<std::string, std::string>>{
           {"Anna Kessler", "Regisseurin"}, {"Paul Brandau", "Raumplaner"}, {"Max Ott", "Bergführer"}}) {
    auto roles = RolesOf(facts, person);
    REQUIRE(roles.size() == 1);
    CHECK(roles[0]->label == label);
  }
}

TEST_CASE("roles: an archaeologist, a restorer, a district's hunting officer and a dike reeve", "[extraction][roles]") {
  auto facts = Analyze("Landesarchäologin Anna Kessler und Restaurator Paul Brandau prüften die Funde. "
                       "Kreisjägermeister Max Ott und Deichgraf Jonas Weller waren dabei.");
  INFO(Dump(facts));
  for (const auto& [person, label] : std::vector<std::pair<std::string, std::string>>{
           {"Anna Kessler", "Landesarchäologin"}, {"Paul Brandau", "Restaurator"},
           {"Max Ott", "Kreisjägermeister"}, {"Jonas Weller", "Deichgraf"}}) {
    auto roles = RolesOf(facts, person);
    REQUIRE(roles.size() == 1);
    CHECK(roles[0]->label == label);
  }
}

TEST_CASE("roles: a club's wardens, a district's building officer and a Swiss town's councillor",
          "[extraction][roles]") {
  auto facts = Analyze("Kassenwartin Anna Kessler und ASV-Gewässerwart Paul Brandau prüften die Bücher. "
                       "Kreisbaurat Max Ott und Einwohnerrätin Eva Lind waren dabei. Die Gegenwart Jonas Wellers "
                       "störte niemanden.");
  INFO(Dump(facts));
  for (const auto& [person, label] : std::vector<std::pair<std::string, std::string>>{
           {"Anna Kessler", "Kassenwartin"}, {"Paul Brandau", "Gewässerwart"},
           {"Max Ott", "Kreisbaurat"}, {"Eva Lind", "Einwohnerrätin"}}) {
    auto roles = RolesOf(facts, person);
    REQUIRE(roles.size() == 1);
    CHECK(roles[0]->label == label);
  }
  CHECK(RolesOf(facts, "Jonas Weller").empty());
}
