// Every meeting rule on its own invented example: switched off, the example reads differently,
// so no rule is dead weight; and each rule's effect as its doc says.
#include <catch.hpp>

#include <algorithm>
#include <sstream>

#include "extraction/extractor.h"
#include "extraction/meeting_rules.h"
#include "pipeline_fixture.h"

namespace {

using newskg::extraction::ArticleFacts;
using newskg::extraction::RuleSwitches;
using newskg::testing::Dump;

ArticleFacts AnalyzeWith(const std::string& body, const RuleSwitches& switches,
                         const std::string& date = "") {
  auto article = newskg::testing::MakeArticle(date.empty() ? body : "date " + date + "\n" + body);
  auto mentions = newskg::testing::RecognizeRules(article);
  return newskg::extraction::Extract(std::move(article), std::move(mentions),
                                     newskg::testing::TestLexicons(), switches);
}

// The meetings as one comparable line each: parties, implied states, place (and its town), status,
// time.
std::string Meetings(const ArticleFacts& facts) {
  std::ostringstream out;
  for (const auto& m : facts.meetings) {
    std::vector<std::string> names;
    for (std::size_t p : m.participants) names.push_back(facts.mentions[p].canonical);
    for (const auto& s : m.implied_states) names.push_back("(" + s + ")");
    std::sort(names.begin(), names.end());
    for (const auto& n : names) out << n << "; ";
    out << "@" << (m.location ? facts.mentions[*m.location].canonical : "-");
    if (m.town) out << " in " << facts.mentions[*m.town].canonical;
    out << " "
        << newskg::extraction::ToString(m.status) << " " << m.time_text << " " << m.date << "\n";
  }
  return out.str();
}

std::string MeetingsWithout(const std::string& rule, const std::string& body,
                            const std::string& date = "") {
  return Meetings(AnalyzeWith(body, RuleSwitches({rule}), date));
}

std::string MeetingsWithAll(const std::string& body, const std::string& date = "") {
  return Meetings(AnalyzeWith(body, RuleSwitches(), date));
}

}  // namespace

TEST_CASE("every meeting rule changes what its own example reads", "[extraction][rules]") {
  std::vector<std::pair<std::string, std::string>> rules;
  for (const auto* rule : newskg::extraction::SentenceRules()) {
    rules.emplace_back(rule->name(), rule->example());
  }
  for (const auto* rule : newskg::extraction::ArticleRules()) {
    rules.emplace_back(rule->name(), rule->example());
  }
  for (const auto& [name, example] : rules) {
    INFO(name << ": " << example);
    const std::string with = MeetingsWithAll(example, "2025-06-12");
    const std::string without = MeetingsWithout(name, example, "2025-06-12");
    INFO("with:\n" << with << "without:\n" << without);
    CHECK(with != without);
  }
}

TEST_CASE("dateline-place: an agency in brackets may stand between the place and the dash",
          "[extraction][rules]") {
  // The date on the first line, the text after it, as archives often store it.
  // Several places joined by "/": the first is where the report was filed.
  for (const std::string dateline :
       {"Lissabon (dpa) -", "Lissabon (dpa/AFP) –", "Lissabon -", "Lissabon/Porto/Faro (dpa) -"}) {
    INFO(dateline);
    const std::string body = dateline + " Anna Kessler hat sich am Mittwoch mit Paul Brandau getroffen.";
    CHECK(MeetingsWithAll(body, "2025-06-12") ==
          "Anna Kessler; Paul Brandau; @Lissabon held am Mittwoch 2025-06-11\n");
  }
  // Regional papers: the place and a full stop, or two places joined by "/".
  CHECK(MeetingsWithAll("Lissabon. Anna Kessler hat sich am Mittwoch mit Paul Brandau getroffen.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @Lissabon held am Mittwoch 2025-06-11\n");
  CHECK(MeetingsWithAll("Ulm/Lissabon. Anna Kessler hat sich am Mittwoch mit Paul Brandau getroffen.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @Lissabon held am Mittwoch 2025-06-11\n");
  // Not a dateline: the bracket does not close before the dash.
  CHECK(MeetingsWithAll("Lissabon (die Hauptstadt Portugals mit Hafen und Altstadt) - Anna Kessler "
                        "hat sich am Mittwoch mit Paul Brandau getroffen.",
                        "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @- held am Mittwoch 2025-06-11\n");
}

TEST_CASE("pronoun-subjects: 'Dieser' ('Diese') opening a sentence is the last man (woman) the sentence before names",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Präsident Karl Hübner wurde in Berlin von Minister Paul Brandau begleitet. Dieser traf sich am "
                        "Mittwoch mit Staatssekretärin Anna Kessler.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @- held am Mittwoch 2025-06-11\n");
  // A plural demonstrative is a group.
  CHECK(MeetingsWithAll("Präsident Karl Hübner wurde in Berlin von Minister Paul Brandau begleitet. Diese trafen sich am "
                        "Mittwoch mit Staatssekretärin Anna Kessler.",
                        "2025-06-12") == "");
  // "Diese" is a woman, also one whose given name tells no gender.
  CHECK(MeetingsWithAll("Präsident Karl Hübner wird von Ministerin Þórdís Ragnarsdóttir begleitet. Diese traf am "
                        "Mittwoch Minister Paul Brandau.",
                        "2025-06-12") == "Paul Brandau; Þórdís Ragnarsdóttir; @- held am Mittwoch 2025-06-11\n");
}

TEST_CASE("pronoun-subjects: 'sie' in a subordinate clause is singular by its verb past an apposition's commas",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Das sagte Anna Kessler am Dienstag, nachdem sie am Vormittag den Minister, Paul Brandau, "
                        "getroffen hatte.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @- held am Vormittag \n");
}

TEST_CASE("pronoun-subjects: an office's feminine form tells a woman whatever her given name", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Eröffnet hat das Fest Senatorin Sascha Kessler. Anschließend sprach sie mit Präsident Paul "
                        "Brandau.",
                        "2025-06-12") == "Paul Brandau; Sascha Kessler; @- held  \n");
}

TEST_CASE("pronoun-subjects: a family in the plural ('neben den Brandaus') is not what 'er' goes on about",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Paul Brandau siegte im Vorjahr. Zu den Favoriten zählt neben den Brandaus der Ulmer Jonas "
                        "Weller. Er traf am Montag Max Ott.",
                        "2025-06-12") == "Jonas Weller; Max Ott; @- held am Montag 2025-06-09\n");
}

TEST_CASE("pronoun-subjects: one of a pair named together is not what 'er' goes on about", "[extraction][rules]") {
  const std::string pair =
      "Landrat Paul Brandau schilderte den Abend. Mit am Tisch hätten Kreisbrandmeister Jonas Weller und ein "
      "Vertreter der Feuerwehr gesessen. Gegen 23 Uhr habe er Innenministerin Anna Kessler angerufen.";
  CHECK(MeetingsWithAll(pair, "2025-06-12") == "Anna Kessler; Paul Brandau; @- held  \n");
}

TEST_CASE("pronoun-subjects: in reported speech the pronoun is the speaker named in the tag after it",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Stadtrat Jonas Weller lehnte ab. Mit Anna Kessler habe er am Dienstag telefoniert, sagte "
                        "Paul Brandau.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @- held am Dienstag 2025-06-10\n");
  CHECK(MeetingsWithAll("Lena Graf lehnte ab. Anna Kessler habe ihr in einem Telefonat zugesichert, dass sie bleibe, "
                        "sagte Eva Lind.",
                        "2025-06-12") == "Anna Kessler; Eva Lind; @- held  \n");
  // Not the one who speaks for him.
  CHECK(MeetingsWithAll("Paul Brandau lehnte ab. Mit Anna Kessler habe er am Dienstag telefoniert, sagte sein Sprecher "
                        "Jonas Weller.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @- held am Dienstag 2025-06-10\n");
  // Beside the subject pronoun that is the speaker, an object one is someone named before.
  CHECK(MeetingsWithAll("Die Ärztin Eva Lind leitet die Klinik. Bereits am Montag habe sie mit ihr telefoniert, sagte "
                        "Anna Kessler.",
                        "2025-06-12") == "Anna Kessler; Eva Lind; @- held am Montag 2025-06-09\n");
}

TEST_CASE("pronoun-subjects: 'ihr' right after a verb and before no noun is the woman named before",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Anna Kessler gewann die Wahl in Linz. Ministerpräsident Paul Brandau gratulierte ihr am Abend "
                        "telefonisch.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @- held am Abend \n");
  // "ihr Amt" is hers, not her.
  CHECK(MeetingsWithAll("Anna Kessler gewann die Wahl in Linz. Paul Brandau telefonierte am Abend über ihr Amt.",
                        "2025-06-12") == "");
}

TEST_CASE("pronoun-subjects: an object pronoun is never the person of its own clause",
          "[extraction][rules]") {
  // "ihm" is not Paul Brandau, who would be "sich"; it is the person named before.
  CHECK(MeetingsWithAll("Jonas Weller wirbt um Unterstützung. Paul Brandau habe ihm am Montag in "
                        "einem Telefonat Hilfe zugesagt, sagte ein Sprecher.",
                        "2025-06-12") ==
        "Jonas Weller; Paul Brandau; @- held am Montag 2025-06-09\n");
}

TEST_CASE("future-date-is-plan: a day or a month after publication plans the meeting", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Anna Kessler trifft am Freitag Paul Brandau.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @- planned am Freitag 2025-06-13\n");
  CHECK(MeetingsWithAll("Anna Kessler trifft dafür im Juli in Linz Paul Brandau.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @Linz planned im Juli 2025-07\n");
  // The month of publication itself tells nothing.
  CHECK(MeetingsWithAll("Anna Kessler traf im Juni in Linz Paul Brandau.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @Linz held im Juni 2025-06\n");
  // Without a publication date (an interview), a month or season in the present tense is ahead;
  // a weekday or a past time tells nothing.
  CHECK(MeetingsWithAll("Im Mai setzt sich Anna Kessler mit Paul Brandau in Linz zusammen.", "") ==
        "Anna Kessler; Paul Brandau; @Linz planned Im Mai \n");
  CHECK(MeetingsWithAll("Anna Kessler trifft am Dienstag Paul Brandau.", "") ==
        "Anna Kessler; Paul Brandau; @- held am Dienstag \n");
  CHECK(MeetingsWithAll("Anna Kessler trifft im Mai 2019 Paul Brandau.", "") ==
        "Anna Kessler; Paul Brandau; @- held im Mai 2019 \n");
}

TEST_CASE("agentless-meeting-has-protagonist: 'Dort' after a trip is the traveller's meeting", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Ministerpräsident Karl Hübner und Regierungschef Paul Brandau eröffneten am Dienstag die Messe "
                        "in Leipzig. Am Mittwoch reist Brandau nach Berlin weiter. Dort ist ein Treffen mit "
                        "Bundesministerin Anna Kessler geplant.",
                        "2025-06-12") == "Anna Kessler; Brandau; @Berlin planned Am Mittwoch 2025-06-18\n");
}

TEST_CASE("agentless-meeting-has-protagonist: the guest whom the lead's host received", "[extraction][rules]") {
  const std::string meetings = MeetingsWithAll(
      "Ulm (dpa) - Bundespräsident Max Ott hat die Präsidentin Eva Lind am Montag in Berlin empfangen. Die beiden "
      "sprachen über Handel. Für Dienstag ist ein Treffen mit Bürgermeister Jan Berg in Ulm geplant.",
      "2025-06-12");
  CHECK(meetings.find("Eva Lind; Jan Berg; @Ulm planned") != std::string::npos);
}

TEST_CASE("agentless-meeting-has-protagonist: a meeting without a subject right after a trip is the traveller's",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Ministerpräsident Karl Hübner eröffnete am Dienstag die Messe in Leipzig. Ministerin Anna "
                        "Kessler kündigte an, im Herbst nach Kanada zu reisen. Geplant sei ein Treffen mit "
                        "Energieminister Paul Brandau in Ottawa.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Ottawa planned  \n");
}

TEST_CASE("agentless-meeting-has-protagonist: the partner fronted with 'Mit', the meeting without a subject",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Ministerin Anna Kessler will die Behörde umbauen. Mit Innenminister Paul Brandau (SPD) ist "
                        "für Juli ein Gespräch in Berlin vereinbart.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Berlin planned für Juli 2025-07\n");
  // A subject of its own keeps the meeting to itself.
  CHECK(MeetingsWithAll("Ministerin Anna Kessler will die Behörde umbauen. Mit Innenminister Paul Brandau hat "
                        "Bürgermeisterin Eva Roth ein Gespräch vereinbart.",
                        "2025-06-12") == "Eva Roth; Paul Brandau; @- planned  \n");
}

TEST_CASE("agentless-meeting-has-protagonist: in a wire digest, the protagonist of the item", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Ulm (dpa) - Ministerin Anna Kessler lobt die Bahn. Sie fordert mehr Geld.\n\n"
                        "Linz (dpa) - Betriebsrätin Eva Roth warnt vor Entlassungen. Das nächste "
                        "Treffen mit Werkleiter Paul Brandau ist für Juli geplant.",
                        "2025-06-12") == "Eva Roth; Paul Brandau; @- planned für Juli 2025-07\n");
}

TEST_CASE("agentless-meeting-has-protagonist: talks with several, none named before the noun", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Anna Kessler reist nach Linz. Dort sind Gespräche mit Paul Brandau sowie mit Jonas Weller "
                        "geplant.",
                        "2025-06-12") == "Anna Kessler; Jonas Weller; Paul Brandau; @Linz planned  \n");
  // Who is named before the noun is the subject.
  CHECK(MeetingsWithAll("Anna Kessler reist nach Linz. Dort hat Lena Graf Gespräche mit Paul Brandau geplant.",
                        "2025-06-12") == "Lena Graf; Paul Brandau; @Linz planned  \n");
}

TEST_CASE("coordinated-verbs-apart: two meeting verbs of one subject at two times tell two meetings",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Lena Graf hat am Montag Ministerin Eva Roth getroffen und am Dienstag mit Max Ott gesprochen.",
                        "2025-06-12") ==
        "Eva Roth; Lena Graf; @- held am Montag 2025-06-09\nLena Graf; Max Ott; @- held am Dienstag 2025-06-10\n");
  CHECK(MeetingsWithAll("Lena Graf traf in Linz Eva Roth und sprach danach mit Max Ott.", "2025-06-12") ==
        "Eva Roth; Lena Graf; @Linz held  \nLena Graf; Max Ott; @Linz held  \n");
  // An apposition with commas in the second half.
  CHECK(MeetingsWithAll("Lena Graf hatte am Montag erst mit Minister Eva Roth telefoniert und danach in Ulm den Chef "
                        "des Amtes, Max Ott, getroffen.",
                        "2025-06-12") ==
        "Eva Roth; Lena Graf; @- held am Montag 2025-06-09\nLena Graf; Max Ott; @Ulm held am Montag 2025-06-09\n");
  // The subject after its auxiliary; two verbs at one time: one meeting.
  CHECK(MeetingsWithAll("Am Mittwoch will Lena Graf in Ulm Eva Roth treffen und mit Max Ott sprechen.",
                        "2025-06-12") == "Eva Roth; Lena Graf; Max Ott; @Ulm planned Am Mittwoch 2025-06-18\n");
  // A body after "mit" is a verb's own partner too.
  const std::string body = MeetingsWithAll("Ministerin Lena Graf will die Mieten deckeln. Sie hatte schon am Montag "
                                           "mit dem Deutschen Städtetag beraten und am Dienstagabend mit "
                                           "Oberbürgermeisterin Eva Roth telefoniert.",
                                           "2025-06-12");
  CHECK(body.starts_with("Deutscher Städtetag; Lena Graf; @- held "));
  CHECK(body.find("\nEva Roth; Lena Graf; @- held am Dienstagabend 2025-06-10\n") != std::string::npos);
  // The second meets the first's partner again, named by a pronoun; reported speech ("habe").
  CHECK(MeetingsWithAll("Ministerin Lena Graf will die Mieten deckeln. Sie habe am Montag mit Eva Roth telefoniert "
                        "und werde sie am Freitag in Ulm treffen, sagte Graf.",
                        "2025-06-12") ==
        "Eva Roth; Graf; @- held am Montag 2025-06-09\nEva Roth; Graf; @Ulm planned am Freitag 2025-06-13\n");
}

TEST_CASE("kind-noun-stands-for-organization: the company or body of that kind named last before",
          "[extraction][rules]") {
  // A company by its legal form, or by the company's noun before its name.
  CHECK(MeetingsWithAll("Die Kessel GmbH baut ein Werk in Ulm. Das Unternehmen verhandelte am Montag mit "
                        "Bürgermeisterin Anna Graf.",
                        "2025-06-12") == "Anna Graf; Kessel GmbH; @- held am Montag 2025-06-09\n");
  CHECK(MeetingsWithAll("Der Pumpenhersteller Altmann Hydraulik wächst. Am Montag traf Paul Brandau den Konzern "
                        "in Linz.",
                        "2025-06-12") == "Altmann Hydraulik; Paul Brandau; @Linz held Am Montag 2025-06-09\n");
  // A body by the noun its name holds.
  CHECK(MeetingsWithAll("Die Winzergenossenschaft Talheim zählt 90 Mitglieder. Am Montag sprach Paul Brandau mit der "
                        "Genossenschaft.",
                        "2025-06-12") == "Paul Brandau; Winzergenossenschaft Talheim; @- held Am Montag 2025-06-09\n");
  // So a guild, a club, a foundation.
  CHECK(MeetingsWithAll("Die Bäcker-Innung Talheim warnt. Am Montag sprach Paul Brandau mit der Innung.", "2025-06-12") ==
        "Bäcker-Innung Talheim; Paul Brandau; @- held Am Montag 2025-06-09\n");
  CHECK(MeetingsWithAll("Der Ruderclub Talheim wächst. Am Montag sprach Paul Brandau mit dem Ruderclub.", "2025-06-12") ==
        "Paul Brandau; Ruderclub Talheim; @- held Am Montag 2025-06-09\n");
  // Not a topic, nor in a quotation.
  CHECK(MeetingsWithAll("Die Kessel GmbH baut ein Werk in Ulm. Am Montag sprach Paul Brandau mit Anna Graf über das "
                        "Unternehmen.",
                        "2025-06-12") == "Anna Graf; Paul Brandau; @- held Am Montag 2025-06-09\n");
  CHECK(MeetingsWithAll("Die Kessel GmbH baut ein Werk in Ulm. \"Das Unternehmen redet mit uns nur, wenn es etwas "
                        "will\", sagte Anna Graf.",
                        "2025-06-12") == "");
}

TEST_CASE("party-description-stands-for-member: the person marked with the party, else the protagonist",
          "[extraction][rules]") {
  // Jonas Weller is marked (SPD); Paul Brandau, the protagonist, is not.
  CHECK(MeetingsWithAll("Paul Brandau reiste nach Wien. Auch Jonas Weller (SPD) war dabei. Dort wurde "
                        "der SPD-Politiker am Montag von Anna Kessler empfangen.",
                        "2025-06-12") ==
        "Anna Kessler; Jonas Weller; @- held am Montag 2025-06-09\n");
  // The protagonist is marked with another party: nobody is meant.
  CHECK(MeetingsWithAll("Paul Brandau (CDU) reiste nach Wien. Dort wurde der SPD-Politiker am Montag "
                        "von Anna Kessler empfangen.",
                        "2025-06-12") == "");
  // Else the marked member named last before, also by surname alone.
  CHECK(MeetingsWithAll("Anna Kessler (CDU) lud ein. Es kamen Paul Brandau (SPD) und Max Ott (SPD). Auch Brandau "
                        "holte sich Rat. Am Montag telefonierte der SPD-Chef mit Lena Graf.",
                        "2025-06-12") == "Brandau; Lena Graf; @- held Am Montag 2025-06-09\n");
  // Of several members marked with the party, its leader is the protagonist.
  CHECK(MeetingsWithAll("Paul Brandau (SPD) lud die Landräte ein. Auch Jonas Weller (SPD) kam. Der SPD-Chef will "
                        "am Montag Anna Kessler treffen.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @- planned am Montag 2025-06-16\n");
  // A party's leader by the compound: "die SPD-Chefin" for the protagonist.
  CHECK(MeetingsWithAll("Ministerin Lena Graf reiste nach Wien. Am Montag kam die SPD-Chefin mit Anna Kessler "
                        "zusammen.",
                        "2025-06-12") == "Anna Kessler; Lena Graf; @Wien held Am Montag 2025-06-09\n");
  // A leader's title right after a person named in the sentence is that person, not another
  // member marked with the party.
  CHECK(MeetingsWithAll("Landrat Jonas Weller (SPD) blieb daheim. Ministerin Lena Graf war unterwegs: Die SPD-Chefin "
                        "traf am Montag in Linz Anna Kessler.",
                        "2025-06-12") == "Anna Kessler; Lena Graf; @Linz held am Montag 2025-06-09\n");
}

TEST_CASE("negation-governs-trigger: 'habe es nicht gegeben' and 'weder ... noch' rule a meeting out",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Ein Treffen zwischen Anna Kessler und Paul Brandau habe es nicht gegeben, sagte Jonas Weller.",
                        "2025-06-12") == "");
  CHECK(MeetingsWithAll("Ein Treffen zwischen Anna Kessler und Paul Brandau habe es weder im Mai noch später gegeben, "
                        "sagte Jonas Weller.",
                        "2025-06-12") == "");
  CHECK(MeetingsWithAll("Anna Kessler hat Paul Brandau weder getroffen noch angerufen.", "2025-06-12") == "");
  // A meeting not sought: none.
  CHECK(MeetingsWithAll("Bürgermeister Jonas Weller will den Plan retten. Ein Gespräch mit Paul Brandau habe er "
                        "bislang nicht gesucht, sagte Anna Kessler.",
                        "2025-06-12") == "");
  // A cancelling verb in the infinitive: "hatte ... absagen müssen".
  CHECK(MeetingsWithAll("Ministerin Eva Kunz hatte ihren Besuch bei Paul Brandau in Ulm im Februar absagen müssen.",
                        "2025-06-12") == "");
  // "nicht das erste Treffen" says there were others: the meeting stands.
  CHECK(MeetingsWithAll("Für Anna Kessler war es nicht das erste Treffen mit Paul Brandau.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @- held  \n");
}

TEST_CASE("negation-governs-trigger: a negation after 'und' is the next verb's", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Anna Kessler hat am Montag Paul Brandau getroffen und sieht keinen Grund zur Sorge.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @- held am Montag 2025-06-09\n");
}

TEST_CASE("negation-governs-trigger: 'Nicht vorgesehen ist ein Treffen', 'findet nicht statt' rule the meeting out",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Anna Kessler reist nach Ulm. Nicht vorgesehen ist ein Treffen mit Präsident Paul Brandau.",
                        "2025-06-12") == "");
  CHECK(MeetingsWithAll("Anna Kessler reist nach Ulm. Nicht auf dem Programm steht ein Treffen mit Paul Brandau.",
                        "2025-06-12") == "");
  // "findet nicht statt"; "ist vom Tisch" over a relative clause inside.
  CHECK(MeetingsWithAll("Anna Kessler reist nach Ulm. Ein Treffen mit Paul Brandau findet damit nicht statt.",
                        "2025-06-12") == "");
  CHECK(MeetingsWithAll("Anna Kessler reist nach Ulm. Ein Gespräch mit Paul Brandau, das Jonas Weller angeregt hatte, "
                        "ist dagegen vom Tisch.",
                        "2025-06-12") == "");
  // "Nicht nur" adds, it does not deny.
  CHECK(MeetingsWithAll("Anna Kessler reist nach Ulm. Nicht nur geplant ist ein Treffen mit Präsident Paul Brandau.",
                        "2025-06-12") != "");
}

TEST_CASE("negation-governs-trigger: 'aber nicht geeinigt' denies the agreement, not the meeting",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Anna Kessler und Paul Brandau haben sich am Montag in Linz zu einem Gespräch getroffen, aber "
                        "nicht geeinigt.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Linz held am Montag 2025-06-09\n");
}

TEST_CASE("negation-governs-trigger: 'steht nicht auf der Tagesordnung' negates the meeting",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Ein Gespräch zwischen Anna Kessler und Paul Brandau steht derzeit nicht auf der "
                        "Tagesordnung.",
                        "2025-06-12") == "");
  CHECK(MeetingsWithAll("Ein Gespräch zwischen Anna Kessler und Paul Brandau steht für Montag auf der "
                        "Tagesordnung.",
                        "2025-06-12") != "");
  // The reporter's sentence quoting a few words: the quoted negation is the sentence's own.
  CHECK(MeetingsWithAll("Ein Treffen zwischen Anna Kessler und Paul Brandau stehe „derzeit nicht auf der "
                        "Tagesordnung“, sagte Jonas Weller.",
                        "2025-06-12") == "");
  // A long quotation is a sentence of its own, not a few words in the reporter's.
  CHECK(MeetingsWithAll("Anna Kessler traf am Montag Paul Brandau „nicht zum ersten Mal, und gewiss auch "
                        "nicht zum letzten Mal in diesem Jahr“, sagte Jonas Weller.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @- held am Montag 2025-06-09\n");
}

TEST_CASE("denials-cover-reports: a denied meeting takes its reports with it, and no other",
          "[extraction][rules]") {
  // The denial first, the report it answers later.
  CHECK(MeetingsWithAll("Ein Sprecher wies Berichte über ein Treffen von Anna Kessler mit Paul Brandau "
                        "zurück. Das Portal hatte berichtet, Kessler und Brandau hätten sich in Ulm "
                        "getroffen.",
                        "2025-06-12") == "");
  // A plan ruled out by a denial that names no parties.
  CHECK(MeetingsWithAll("Anna Kessler will Paul Brandau im Mai in Ulm treffen. Direkte Verhandlungen "
                        "stünden „nicht zur Debatte“, sagte Jonas Weller.",
                        "2025-06-12") == "");
  // Denied: a meeting of three, or another meeting of the same two. The one held stays.
  const std::string held = "Anna Kessler; Paul Brandau; @Ulm held am Montag 2025-06-09\n";
  CHECK(MeetingsWithAll("Anna Kessler und Paul Brandau trafen sich am Montag in Ulm. Ein Treffen von "
                        "Kessler, Brandau und Jonas Weller ist nicht geplant.",
                        "2025-06-12") == held);
  CHECK(MeetingsWithAll("Anna Kessler und Paul Brandau trafen sich am Montag in Ulm. Ein weiteres "
                        "Treffen von Kessler und Brandau hat es nicht gegeben.",
                        "2025-06-12") == held);
}

TEST_CASE("next-round-takes-parties: 'dann auch mit X' joins X to the parties of the round before",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Anna Kessler und Paul Brandau verhandelten am Montag im Rathaus. Ein weiteres Treffen, dann "
                        "auch mit Landesrätin Eva Lind, ist für den 9. Juli angesetzt.",
                        "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @Rathaus held am Montag 2025-06-09\nAnna Kessler; Eva Lind; Paul Brandau; @- "
        "planned für den 9. Juli 2025-07-09\n");
}

TEST_CASE("next-round-takes-parties: the next round is another meeting of the same parties",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Anna Kessler und Paul Brandau verhandelten am Montag in Ulm. Beide sprachen "
                        "danach von einem guten Klima. Eine nächste Runde ist für Freitag in Linz geplant.",
                        "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @Ulm held am Montag 2025-06-09\n"
        "Anna Kessler; Paul Brandau; @Linz planned für Freitag 2025-06-13\n");
  // Further talks with no place or time of their own may be the same meeting's: no new one.
  CHECK(MeetingsWithAll("Anna Kessler und Paul Brandau verhandelten am Montag in Ulm. Erwartet werden "
                        "weitere Gespräche über den Haushalt.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Ulm held am Montag 2025-06-09\n");
  // "Runde" alone is no meeting, and a next round long after the last meeting has no parties.
  CHECK(MeetingsWithAll("In der Runde saßen am Montag Anna Kessler und Paul Brandau.", "2025-06-12") == "");
  CHECK(MeetingsWithAll("Anna Kessler und Paul Brandau verhandelten am Montag in Ulm. Danach regnete es. "
                        "Der Zug fuhr ab. Die Stadt war leer. Es wurde Abend. Eine nächste Runde ist "
                        "für Freitag in Linz geplant.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Ulm held am Montag 2025-06-09\n");
}

TEST_CASE("next-round-takes-parties: a personal meeting after a call is the callers'; not across wire shorts' "
          "reports",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Anna Kessler telefonierte am Montag mit Paul Brandau. Ein persönliches Treffen ist für "
                        "Freitag in Linz geplant.",
                        "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @- held am Montag 2025-06-09\n"
        "Anna Kessler; Paul Brandau; @Linz planned für Freitag 2025-06-13\n");
  const std::string shorts =
      "Lissabon (dpa) - Anna Kessler hat sich am Montag mit Paul Brandau getroffen.\n"
      "Linz (APA) - Der Stadtrat tagte. Eine weitere Runde ist für Freitag in Wels geplant.";
  CHECK(MeetingsWithAll(shorts, "2025-06-12").find("planned") == std::string::npos);
}

TEST_CASE("setting-from-sentence-before: 'dort' and 'anschließend' take the place told before",
          "[extraction][rules]") {
  // Where someone went is where "dort" is.
  CHECK(MeetingsWithAll("Paul Brandau reiste am Montag nach Linz. Dort traf er Anna Kessler.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @Linz held am Montag 2025-06-09\n");
  CHECK(MeetingsWithAll("Anna Kessler empfing Paul Brandau am Montag in Wien. Anschließend wurde Paul "
                        "Brandau von Jonas Weller in dessen Büro empfangen.",
                        "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @Wien held am Montag 2025-06-09\n"
        "Jonas Weller; Paul Brandau; @Wien held am Montag 2025-06-09\n");
  // "dort" is the place named last, also when it was named without a preposition.
  CHECK(MeetingsWithAll("Paul Brandau sah am Montag Linz. Dort traf er Anna Kessler.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @Linz held am Montag 2025-06-09\n");
  // Without such a word this rule gives no place of the sentence before (trip-sets-the-scene
  // may: see there).
  CHECK(MeetingsWithout("trip-sets-the-scene", "Paul Brandau reiste am Montag nach Linz. Am Dienstag traf er Anna Kessler.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @- held Am Dienstag 2025-06-10\n");
}

TEST_CASE("trip-sets-the-scene: within three days of the trip, not a call, not someone else's", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Paul Brandau reiste am Montag nach Linz. Am Dienstag traf er Anna Kessler.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @Linz held Am Dienstag 2025-06-10\n");
  CHECK(MeetingsWithAll("Paul Brandau reiste am 2. Juni nach Linz. Am 11. Juni traf er Anna Kessler.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @- held Am 11. Juni 2025-06-11\n");
  CHECK(MeetingsWithAll("Paul Brandau reiste am Montag nach Linz. Am Dienstag telefonierte er mit Anna Kessler.",
                        "2025-06-12")
            .find("@Linz") == std::string::npos);
  CHECK(MeetingsWithAll("Paul Brandau reiste am Montag nach Linz. Am Dienstag traf Jonas Weller Anna Kessler.",
                        "2025-06-12")
            .find("@Linz") == std::string::npos);
  // A meeting without a day of its own is on the trip's day.
  CHECK(MeetingsWithAll("Paul Brandau reiste am Montag nach Linz. Am Nachmittag empfing ihn Anna Kessler.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @Linz held Am Nachmittag 2025-06-09\n");
  // A trip still ahead sets the scene of the meetings planned on it.
  CHECK(MeetingsWithAll("Paul Brandau wird am Montag zu einem Arbeitsbesuch in Linz erwartet. Er trifft am "
                        "Montag Anna Kessler.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Linz planned am Montag 2025-06-16\n");
  // One person's talks somewhere, with no one named yet, are a trip; so is a stay ("weilte").
  CHECK(MeetingsWithAll("Paul Brandau ist seit Montag zu Gesprächen in Linz. Am Dienstag empfing ihn Anna Kessler.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Linz held Am Dienstag 2025-06-10\n");
  CHECK(MeetingsWithAll("Paul Brandau weilte am Montag in Linz. Am Abend traf er Anna Kessler.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @Linz held Am Abend 2025-06-09\n");
  CHECK(MeetingsWithAll("Paul Brandau weilte am Montag in Linz.", "2025-06-12") == "");
  // One person's talks at a river, a square or a border tell no town to go by.
  CHECK(MeetingsWithAll("Paul Brandau ist seit Montag zu Gesprächen am Golan. Am Dienstag empfing ihn Anna "
                        "Kessler.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @- held Am Dienstag 2025-06-10\n");
  // Talks of two are a meeting, not a trip: the next meeting is not there by this rule.
  CHECK(MeetingsWithAll("Paul Brandau führte am Montag Gespräche mit Anna Kessler in Linz. Am Dienstag traf "
                        "er Jonas Weller.",
                        "2025-06-12")
            .find("Jonas Weller; Paul Brandau; @Linz") == std::string::npos);
}

TEST_CASE("dateline-is-no-party: a state the report was filed from is where, not who", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Monaco (dpa) - Anna Kessler hat sich am Mittwoch mit Paul Brandau getroffen.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @Monaco held am Mittwoch 2025-06-11\n");
  CHECK(MeetingsWithout("dateline-is-no-party", "Monaco (dpa) - Anna Kessler hat sich am Mittwoch mit Paul Brandau getroffen.",
                        "2025-06-12")
            .find("Monaco; Paul Brandau") != std::string::npos);
}

TEST_CASE("dateline-is-no-party: a dateline with its agency and no dash, where a paragraph opens",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Monaco (KNA) Anna Kessler hat sich am Mittwoch mit Paul Brandau getroffen.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @Monaco held am Mittwoch 2025-06-11\n");
}

TEST_CASE("adjectives-need-group-noun: a region's head of government is no group acting for it",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Anna Kessler empfing am Montag den steirischen Regierungschef.", "2025-06-12") == "");
  CHECK(MeetingsWithAll("Anna Kessler und Paul Brandau empfingen am Montag eine polnische Regierungsdelegation.",
                        "2025-06-12")
            .find("Polen") != std::string::npos);
}

TEST_CASE("body-acted-for-is-no-party: the body a party acts for opens the sentence with 'Für'",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Für die Bundesregierung reiste Paul Brandau am Montag zu Anna Kessler nach Ulm.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Ulm held am Montag 2025-06-09\n");
  CHECK(MeetingsWithAll("Für die Bundesregierung war Paul Brandau am Montag nach Ulm gereist.", "2025-06-12") == "");
  CHECK(MeetingsWithout("body-acted-for-is-no-party", "Für die Bundesregierung war Paul Brandau am Montag nach Ulm gereist.",
                        "2025-06-12") != "");
}

TEST_CASE("state-stands-for-its-official: a state after an unnamed office or body of it ('mit der Regierung der Ukraine')",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Anna Kessler will im Mai in Kiew mit der Regierung der Ukraine verhandeln.", "2025-06-12") ==
        "Anna Kessler; Ukraine; @Kiew planned im Mai 2026-05\n");
  CHECK(MeetingsWithAll("Anna Kessler hat am Montag mit dem Präsidenten der Ukraine telefoniert.", "2025-06-12") ==
        "Anna Kessler; Ukraine; @- held am Montag 2025-06-09\n");
  CHECK(MeetingsWithAll("Paul Brandau empfing am Montag eine Delegation aus Polen.", "2025-06-12") ==
        "Paul Brandau; Polen; @- held am Montag 2025-06-09\n");
  // The state's genitive right after the body.
  CHECK(MeetingsWithAll("Paul Brandau will sich im Januar in Innsbruck mit Vertretern Sloweniens treffen.",
                        "2025-06-12") == "Paul Brandau; Slowenien; @Innsbruck planned im Januar 2026-01\n");
  // A trip to the state is none: "reiste in die Hauptstadt der Ukraine".
  CHECK(MeetingsWithAll("Anna Kessler reiste am Montag in die Hauptstadt der Ukraine.", "2025-06-12") == "");
}

TEST_CASE("state-stands-for-its-official: an office of a state whose holder is never named",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Anna Kessler traf am Montag in Paris den französischen Präsidenten.", "2025-06-12") ==
        "Anna Kessler; Frankreich; @Paris held am Montag 2025-06-09\n");
  CHECK(MeetingsWithout("state-stands-for-its-official", "Anna Kessler traf am Montag in Paris den französischen "
                        "Präsidenten.", "2025-06-12") == "");
  CHECK(MeetingsWithAll("Anna Kessler wurde am Montag von Polens Außenminister empfangen.", "2025-06-12") ==
        "Anna Kessler; Polen; @- held am Montag 2025-06-09\n");
  // A holder named before is the one meant; a trip to the state is none.
  CHECK(MeetingsWithAll("Der französische Präsident Luc Martin kam nach Berlin. Anna Kessler traf am Montag den "
                        "französischen Präsidenten.",
                        "2025-06-12") == "Anna Kessler; Luc Martin; @- held am Montag 2025-06-09\n");
  CHECK(MeetingsWithAll("Anna Kessler besuchte am Montag Polen.", "2025-06-12") == "");
  // Nor is the state of a party's own office.
  CHECK(MeetingsWithAll("Der finnische Präsident Jari Lind ist in Berlin. Lind kam zum ersten Staatsbesuch eines "
                        "finnischen Staatsoberhaupts seit Jahren.",
                        "2025-06-12") == "");
}

TEST_CASE("place-of-the-meeting-is-named: 'Ort des Treffens war X' names where, not who", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Anna Kessler und Paul Brandau trafen sich am Montag. Ort des Treffens war das Gästehaus "
                        "der Bundesregierung, Schloss Linden.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Schloss Linden held am Montag 2025-06-09\n");
  CHECK(MeetingsWithAll("Anna Kessler und Paul Brandau trafen sich am Montag. Ort des Treffens war Linz.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @Linz held am Montag 2025-06-09\n");
}

TEST_CASE("cities-are-no-parties: a federal state is a party as a country is, not a person's home", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Im Juni brachte eine Gesprächsrunde von Fachleuten aus Bayern und Tschechien in Prag den "
                        "Durchbruch.",
                        "2025-06-12") == "Bayern; Tschechien; @Prag held Im Juni 2025-06\n");
  CHECK(MeetingsWithAll("Am Mittwoch traf Paul Brandau die Senatorin Anna Kessler aus Minnesota.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @- held Am Mittwoch 2025-06-11\n");
}

TEST_CASE("cities-are-no-parties: a city someone visits is where the visit was", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Anna Kessler besuchte am Montag Linz und traf Paul Brandau.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @Linz held am Montag 2025-06-09\n");
  // The trip sets the scene of the meetings that follow.
  CHECK(MeetingsWithAll("Anna Kessler besuchte am Montag Linz. Am Abend traf sie Paul Brandau.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @Linz held Am Abend 2025-06-09\n");
  // In the perfect tense the city stands before the participle.
  CHECK(MeetingsWithAll("Anna Kessler hat am Montag die Stadt Linz besucht. Dort empfing sie Paul Brandau.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Linz held am Montag 2025-06-09\n");
  CHECK(MeetingsWithAll("Anna Kessler hat am Montag die Stadt Linz besucht. Am Abend empfing sie Paul Brandau.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Linz held Am Abend 2025-06-09\n");
  // A city that is not visited stays no party.
  CHECK(MeetingsWithAll("Ulm verhandelte mit Anna Kessler.", "2025-06-12") == "");
}

TEST_CASE("also-met-there-too: 'auch' carries the place of the same person's meeting just before",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Anna Kessler traf am Montag in Linz Paul Brandau. Der Bürgermeister lobte das. Im "
                        "Hauptquartier sprach sie auch mit Jonas Weller.",
                        "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @Linz held am Montag 2025-06-09\n"
        "Anna Kessler; Jonas Weller; @Linz held am Montag 2025-06-09\n");
  CHECK(MeetingsWithout("also-met-there-too",
                        "Anna Kessler traf am Montag in Linz Paul Brandau. Der Bürgermeister lobte das. Im "
                        "Hauptquartier sprach sie auch mit Jonas Weller.",
                        "2025-06-12")
            .find("Jonas Weller; @Linz") == std::string::npos);
  // Not without "auch", not on another day, not for someone else.
  CHECK(MeetingsWithAll("Anna Kessler traf am Montag in Linz Paul Brandau. Im Hauptquartier sprach sie mit "
                        "Jonas Weller.",
                        "2025-06-12")
            .find("Jonas Weller; @Linz") == std::string::npos);
  CHECK(MeetingsWithAll("Anna Kessler traf am Montag in Linz Paul Brandau. Am Mittwoch sprach sie auch mit "
                        "Jonas Weller.",
                        "2025-06-12")
            .find("Jonas Weller; @Linz") == std::string::npos);
  // Later that day: a time of day without a day of its own.
  CHECK(MeetingsWithAll("Anna Kessler traf am Montag in Linz Paul Brandau. Am Nachmittag kam sie mit Jonas "
                        "Weller zusammen.",
                        "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @Linz held am Montag 2025-06-09\n"
        "Anna Kessler; Jonas Weller; @Linz held Am Nachmittag 2025-06-09\n");
  // A paragraph of what was said there may stand between.
  CHECK(MeetingsWithAll("Anna Kessler traf am Montag in Linz Paul Brandau. Kessler lobte das Gespräch. Brandau "
                        "nannte es offen. Beide wollen weiter reden. Am Nachmittag kam Brandau zudem mit Jonas "
                        "Weller zusammen.",
                        "2025-06-12")
            .find("Brandau; Jonas Weller; @Linz") != std::string::npos);
  // Another day is no time of day, also where the article's date leaves days unresolved.
  CHECK(MeetingsWithAll("Anna Kessler traf am Montag in Linz Paul Brandau. Am Mittwoch kam sie mit Jonas "
                        "Weller zusammen.")
            .find("Jonas Weller; @Linz") == std::string::npos);
  CHECK(MeetingsWithAll("Anna Kessler traf am Montag in Linz Paul Brandau. Auch Jonas Weller sprach mit "
                        "Eva Lind.",
                        "2025-06-12")
            .find("Eva Lind; Jonas Weller; @Linz") == std::string::npos);
}

TEST_CASE("city-refines-country: only a city of that country, named where something is",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Anna Kessler und Paul Brandau verhandelten am Montag in Italien. Die Zeitungen "
                        "in Wien berichteten darüber.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Italien held am Montag 2025-06-09\n");
  CHECK(MeetingsWithAll("Anna Kessler und Paul Brandau verhandelten am Montag in Italien. Danach reiste "
                        "Brandau nach Rom.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Italien held am Montag 2025-06-09\n");
  CHECK(MeetingsWithAll("Anna Kessler und Paul Brandau verhandelten am Montag in Italien. Die Gespräche "
                        "fanden in einem Hotel in Rom statt.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Rom held am Montag 2025-06-09\n");
}

TEST_CASE("place-after-preposition: the seat of a role is not where the meeting is", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Anna Kessler, Bürgermeisterin in Ulm, traf am Montag den Landrat Paul Brandau.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @- held am Montag 2025-06-09\n");
  CHECK(MeetingsWithAll("Anna Kessler, Botschafterin in Wien, traf am Montag Paul Brandau im Kanzleramt.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Kanzleramt held am Montag 2025-06-09\n");
  // A role noun that refers back to someone named before has no seat: the place is where he was.
  CHECK(MeetingsWithAll("Präsident Paul Brandau reiste ab. Am Montag war der Präsident in Wien mit Anna Kessler "
                        "zusammengetroffen.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Wien held Am Montag 2025-06-09\n");
}

TEST_CASE("status-cues: what was weighed before 'nach einem Treffen' does not make the meeting considered",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Jonas Weller hatte einen Wechsel erwogen, sich nach einem Treffen mit Max Ott im März aber "
                        "dagegen entschieden.",
                        "2025-06-12") == "Jonas Weller; Max Ott; @- held im März 2025-03\n");
}

TEST_CASE("status-cues: how a meeting went ('verlief') tells it was held", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Das Treffen zwischen Anna Kessler und Paul Brandau am Mittwoch in Linz verlief freundlich.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Linz held am Mittwoch 2025-06-11\n");
}

TEST_CASE("status-cues: a frequent preterite carrying a meeting noun tells the past", "[extraction][rules]") {
  // Published on a Thursday: "am Mittwoch" is the day before, not the next Wednesday.
  CHECK(MeetingsWithAll("Anna Kessler nutzte die Sitzung am Mittwoch für ein Gespräch mit Paul Brandau.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @- held am Mittwoch 2025-06-11\n");
  CHECK(MeetingsWithAll("Anna Kessler hielt am Mittwoch ein Treffen mit Paul Brandau ab.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @- held am Mittwoch 2025-06-11\n");
}

TEST_CASE("status-cues: 'möchte' and 'wollte' make a plan", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Am Nachmittag möchte Anna Kessler mit Paul Brandau sprechen.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @- planned Am Nachmittag \n");
  CHECK(MeetingsWithAll("Am Montag wollte Anna Kessler in Ulm Paul Brandau treffen.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @Ulm planned Am Montag 2025-06-09\n");
}

TEST_CASE("status-cues: a meeting promised ('sagte einen Besuch zu') is a plan; 'sagte zu X' is speech",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Minister Paul Brandau sagte Anna Kessler einen Besuch in Linz zu.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @Linz planned  \n");
  CHECK(MeetingsWithAll("Paul Brandau hat Anna Kessler ein Treffen zugesagt.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @- planned  \n");
  CHECK(MeetingsWithAll("Am Montag habe er Anna Kessler getroffen, sagte Paul Brandau zu Journalisten.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @- held Am Montag 2025-06-09\n");
}

TEST_CASE("status-cues: a meeting agreed on ('vereinbarten ein Treffen') is a plan; what they agree on is none",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Anna Kessler traf am Montag Paul Brandau in Ulm. Die beiden vereinbarten ein weiteres Treffen "
                        "in Linz.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @Ulm held am Montag 2025-06-09\nAnna Kessler; Paul Brandau; @Linz planned  \n");
  CHECK(MeetingsWithAll("Paul Brandau verabredete mit Anna Kessler ein weiteres Gespräch im Juli.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @- planned im Juli 2025-07\n");
}

TEST_CASE("status-cues: 'geplante' before another noun plans that, not the meeting", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Wegen geplanter Kürzungen hat Minister Paul Brandau am Dienstag Anna Kessler empfangen.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @- held am Dienstag 2025-06-10\n");
  CHECK(MeetingsWithAll("Das geplante Treffen von Paul Brandau mit Anna Kessler findet in Ulm statt.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @Ulm planned  \n");
}

TEST_CASE("status-cues: a meeting that failed ('scheiterte', 'platzte') is none", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Das geplante Treffen von Anna Kessler mit Paul Brandau scheiterte am Montag.", "2025-06-12") ==
        "");
  CHECK(MeetingsWithAll("Das geplante Treffen von Anna Kessler mit Paul Brandau platzte am Montag.", "2025-06-12") == "");
}

TEST_CASE("status-cues: a meeting 'angedacht' or 'in Erwägung' is considered", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Ein Treffen von Anna Kessler mit Paul Brandau sei angedacht, sagte ein Sprecher.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @- considered  \n");
  CHECK(MeetingsWithAll("Ein Treffen von Anna Kessler mit Paul Brandau ist in Erwägung.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @- considered  \n");
}

TEST_CASE("status-cues: talks that began are held", "[extraction][rules]") {
  CHECK(MeetingsWithAll("In Brüssel begannen am Freitag Gespräche zwischen Anna Kessler und Paul Brandau.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Brüssel held am Freitag 2025-06-06\n");
}

TEST_CASE("pronoun-subjects: after a sentence whose subject is a description, 'er' is whom it describes",
          "[extraction][rules]") {
  // "der SPD-Politiker" is Paul Brandau: "er" is he, not Max Ott, the first man named there.
  CHECK(MeetingsWithAll("In Rom hat Minister Paul Brandau geworben. Am Montag traf der SPD-Politiker zunächst "
                        "Ministerin Anna Kessler und Präsident Max Ott. Am Abend stimmte er sich mit Jonas Weller ab.",
                        "2025-06-12")
            .find("Jonas Weller; Paul Brandau") != std::string::npos);
  // A description with its name in apposition names whom "er" means.
  CHECK(MeetingsWithAll("In Rom hat Minister Paul Brandau geworben. Der Chef der Gewerkschaft, Max Ott, lobte ihn. "
                        "Er habe Jonas Weller am Montag in Ulm getroffen.",
                        "2025-06-12")
            .find("Jonas Weller; Max Ott") != std::string::npos);
}

TEST_CASE("pronoun-subjects: 'Sie' before a weak preterite in '-te' is one woman", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Ministerin Anna Kessler lobte die Schule. Sie kündigte an, Paul Brandau im Juli zu treffen.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @- planned im Juli 2025-07\n");
}

TEST_CASE("pronoun-subjects: 'zwischen ihr und X' names the last woman", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Betriebsrätin Anna Kessler war zufrieden. Am Montag waren Gespräche zwischen ihr und "
                        "Paul Brandau in Ulm abgebrochen worden.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Ulm held Am Montag 2025-06-09\n");
}

TEST_CASE("pronoun-subjects: 'sie' after the verb of a subject named before it is whom the verb takes",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Ministerin Anna Kessler kam am Montag nach Ulm. Bürgermeisterin Eva Roth empfing sie im "
                        "Rathaus.",
                        "2025-06-12") == "Anna Kessler; Eva Roth; @Rathaus in Ulm held  \n");
}

TEST_CASE("pronoun-subjects: the possessor before an office and its holder is not who 'ihn' is",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Bürgermeister Max Horn war verhindert. Am Montag besuchte Horns Stellvertreter Paul Brandau "
                        "die Klinik in Ulm. Dort empfing ihn Chefarzt Jonas Weller.",
                        "2025-06-12") == "Jonas Weller; Paul Brandau; @Ulm held Am Montag 2025-06-09\n");
}

TEST_CASE("pronoun-subjects: 'sie' before a subjunctive modal ('wolle sie') is one woman", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Ministerin Anna Kessler lobte die Bauern. Zudem wolle sie im Juli mit Minister Paul Brandau "
                        "telefonieren.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @- planned im Juli 2025-07\n");
}

TEST_CASE("pronoun-subjects: whom a fronted 'mit' names is the partner, not who 'er' is", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Botschafter Paul Brandau lobte die Schule. Mit Minister Jonas Weller hat er am Montag "
                        "telefoniert.",
                        "2025-06-12") == "Jonas Weller; Paul Brandau; @- held am Montag 2025-06-09\n");
}

TEST_CASE("pronoun-subjects: 'sie' as one woman, 'er' never a woman", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Lena Graf reiste am Montag nach Linz. Dort traf sie Paul Brandau.", "2025-06-12") ==
        "Lena Graf; Paul Brandau; @Linz held am Montag 2025-06-09\n");
  CHECK(MeetingsWithAll("Anna Kessler empfing am Montag Paul Brandau. Am Dienstag telefonierte er mit Jonas "
                        "Weller.",
                        "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @- held am Montag 2025-06-09\n"
        "Jonas Weller; Paul Brandau; @- held Am Dienstag 2025-06-10\n");
  // Plural "sie" is not one of them.
  CHECK(MeetingsWithAll("Lena Graf und Anna Kessler waren am Montag in Linz. Dort trafen sie Paul Brandau.",
                        "2025-06-12") == "");  // An object pronoun after the partner named is the partner.
  CHECK(MeetingsWithAll("Jonas Weller war in Rom. Am Montag telefonierte Anna Kessler mit Paul Brandau und sicherte "
                        "ihm Hilfe zu.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @- held Am Montag 2025-06-09\n");
  // Who is named inside a quotation before is not whom the text goes on about.
  CHECK(MeetingsWithAll("Paul Brandau spielte das herunter. „Wir reden mit Jonas Weller“, sagte der Minister. Er habe "
                        "am Montag zudem mit Anna Kessler telefoniert.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @- held am Montag 2025-06-09\n");
  // A sentence whose subject is the same pronoun goes on about the person before it.
  CHECK(MeetingsWithAll("Paul Brandau reiste am Montag nach Linz. Begleitet wurde er von Minister Jonas Weller. "
                        "Dort empfing ihn Anna Kessler.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Linz held am Montag 2025-06-09\n");
}

TEST_CASE("speakers-excluded: 'sagte ein Gespräch mit X zu' promises a meeting, it reports none",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Landrätin Anna Kessler sagte ein Gespräch mit Paul Brandau für die kommende Woche zu.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @- planned für die kommende Woche \n");
}

TEST_CASE("speakers-excluded: the venue right before 'sagte' is where, not who speaks", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Nach einem Treffen mit Landrat Paul Brandau am Montag im Kanzleramt sagte Anna Kessler, "
                        "man sei sich einig.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Kanzleramt held am Montag 2025-06-09\n");
}

TEST_CASE("speakers-excluded: 'meldete sich bei X' gets in touch with X, 'meldete sich zu Wort' speaks",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Am Dienstag meldete sich Landrätin Eva Lind telefonisch bei Max Ott.", "2025-06-12") ==
        "Eva Lind; Max Ott; @- held Am Dienstag 2025-06-10\n");
  CHECK(MeetingsWithAll("Zum Treffen von Max Ott und Paul Brandau meldete sich Eva Lind zu Wort.", "2025-06-12")
            .find("Eva Lind") == std::string::npos);
}

TEST_CASE("speakers-excluded: who announces a trip keeps the meeting of its purpose clause, as a plan",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Anna Kessler kündigte an, im Juli nach Ulm zu reisen, um mit Minister Paul Brandau über "
                        "den Etat zu sprechen.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Ulm planned im Juli 2025-07\n");
  // Told in the past, the purpose clause tells a meeting held.
  CHECK(MeetingsWithAll("Anna Kessler war am Montag in Ulm, um mit Minister Paul Brandau zu sprechen.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @Ulm held am Montag 2025-06-09\n");
}

TEST_CASE("speakers-excluded: who speaks after a meeting with someone was in it", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Nach dem Treffen mit Paul Brandau sagte Anna Kessler am Montag, man sei sich einig.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @- held am Montag 2025-06-09\n");
  // Who only reports a meeting is not in it.
  CHECK(MeetingsWithAll("Das Treffen mit Paul Brandau sei gut verlaufen, sagte Anna Kessler am Montag.",
                        "2025-06-12") == "");
  // Nor the source "hieß es aus ...".
  CHECK(MeetingsWithAll("Ein Treffen mit Paul Brandau sei angedacht, hieß es aus der Bundesregierung.", "2025-06-12") ==
        "");
  // Nor who criticizes it.
  CHECK(MeetingsWithAll("Jonas Weller kritisierte, Anna Kessler verhandle heimlich mit Paul Brandau.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @- held  \n");
  CHECK(MeetingsWithAll("Jonas Weller kritisierte, die Verhandlungen mit Paul Brandau fänden im Geheimen statt.",
                        "2025-06-12") == "");
  // Who speak together after a meeting were in it; one alone may have been told about it.
  CHECK(MeetingsWithAll("Nach einem Spitzengespräch am Montag sagten Bürgermeisterin Anna Kessler (SPD) und "
                        "Vereinschef Paul Brandau, man sei sich einig.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @- held am Montag 2025-06-09\n");
  CHECK(MeetingsWithAll("Nach einem Spitzengespräch am Montag sagte Anna Kessler, man sei sich mit Paul Brandau "
                        "nähergekommen.", "2025-06-12") == "");
}

TEST_CASE("the-two-are-the-pair-before: 'mit beiden Vorstandschefs' are the last two chiefs, however far back",
          "[extraction][rules]") {
  const std::string read = MeetingsWithAll(
      "Kessel-Chefin Eva Lind und der Vorstandsvorsitzende der Ott AG, Max Ott, sprachen am Montag in Ulm. Die Lage "
      "ist ernst. Die Firmen leiden. Ein Verkauf droht. Staatssekretär Paul Brandau habe am Dienstag mit beiden "
      "Vorstandschefs telefoniert.",
      "2025-06-12");
  CHECK(read.find("Eva Lind; Max Ott; Paul Brandau; @- held am Dienstag") != std::string::npos);
}

TEST_CASE("separate-talks-apart: 'empfing die beiden Politiker zunächst getrennt' is one meeting with each",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Paul Brandau und Jonas Weller kamen nach Ulm. Ministerin Anna Kessler empfing die beiden "
                        "Politiker zunächst getrennt.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @- held  \nAnna Kessler; Jonas Weller; @- held  \n");
}

TEST_CASE("separate-talks-apart: 'getrennt' further from the verb, before the partners' 'mit'", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Minister Max Ott telefonierte am Montag nach Angaben seines Ministeriums getrennt mit Paul "
                        "Brandau und Anna Kessler.",
                        "2025-06-12") ==
        "Max Ott; Paul Brandau; @- held am Montag 2025-06-09\nAnna Kessler; Max Ott; @- held am Montag 2025-06-09\n");
}

TEST_CASE("speakers-excluded: a speaker tells of a meeting of their own that no one else holds",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Anna Kessler sagte, für den Herbst sei ein Gespräch mit Paul Brandau vereinbart.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @- planned für den Herbst \n");
  // Someone else is to hold it, or asked for it.
  CHECK(MeetingsWithAll("Anna Kessler sagte, der Verein habe um ein Gespräch mit Paul Brandau gebeten.",
                        "2025-06-12") == "");
}

TEST_CASE("speakers-excluded: 'nach Angaben der polnischen Delegation' names a source, no party",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Paul Brandau und Anna Kessler trafen sich am Montag, nach Angaben der polnischen Delegation.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @- held am Montag 2025-06-09\n");
  // The unnamed source's noun ends it: who follows is no source.
  CHECK(MeetingsWithAll("Max Horn empfing am Montag Eva Kunz in Ulm. An dem Treffen nahmen nach Angaben des "
                        "Ministeriums auch Anna Kessler und Paul Brandau teil.",
                        "2025-06-12") == "Anna Kessler; Eva Kunz; Max Horn; Paul Brandau; @Ulm held am Montag 2025-06-09\n");
}

TEST_CASE("speakers-excluded: 'habe sie mit X telefoniert, sagte Y' with no one else she could be is Y's own call",
          "[extraction][rules]") {
  const std::string self = "Am Abend habe sie noch mit Ministerin Eva Kunz telefoniert, sagte Anna Kessler.";
  CHECK(MeetingsWithAll(self, "2025-06-12") == "Anna Kessler; Eva Kunz; @- held Am Abend \n");
  // So it is when someone was named before (pronoun-subjects reads the tag first).
  CHECK(MeetingsWithAll("Lena Graf war in Ulm. Am Abend habe sie noch mit Ministerin Eva Kunz telefoniert, sagte "
                        "Anna Kessler.",
                        "2025-06-12") == "Anna Kessler; Eva Kunz; @- held Am Abend \n");
  // "er" is no woman's.
  CHECK(MeetingsWithAll("Am Abend habe er noch mit Ministerin Eva Kunz telefoniert, sagte Anna Kessler.", "2025-06-12") ==
        "");
}

TEST_CASE("speakers-excluded: 'X berichtete, sie habe mit Y telefoniert' is X's own call", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Ministerin Anna Kessler war in Ulm. Kessler berichtete, sie habe am Montag mit Eva Kunz "
                        "telefoniert.",
                        "2025-06-12") == "Eva Kunz; Kessler; @- held am Montag 2025-06-09\n");
  // "er" is no woman's.
  CHECK(MeetingsWithAll("Ministerin Anna Kessler war in Ulm. Kessler berichtete, er habe am Montag mit Eva Kunz "
                        "telefoniert.",
                        "2025-06-12")
            .find("Kessler;") == std::string::npos);
}

TEST_CASE("speakers-excluded: who urges someone to meet is not in the meeting", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Anna Kessler habe ihn ermutigt, zügig mit Paul Brandau zu verhandeln.", "2025-06-12") == "");
  CHECK(MeetingsWithAll("Anna Kessler forderte Jonas Weller auf, mit Paul Brandau zu verhandeln.", "2025-06-12") ==
        "Jonas Weller; Paul Brandau; @- considered  \n");
  // Who announces it is.
  CHECK(MeetingsWithAll("Anna Kessler kündigte an, sich mit Paul Brandau zu treffen.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @- planned  \n");
}

TEST_CASE("speakers: 'zufolge' looks back, and a preposition ends the look forward", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Diplomaten zufolge wollen Anna Kessler und Paul Brandau am Abend beraten.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @- planned am Abend \n");
  CHECK(MeetingsWithAll("Anna Kessler hat nach eigenen Angaben mit Paul Brandau telefoniert.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @- held  \n");
}

TEST_CASE("between-names-the-parties: the parties of 'zwischen A und B', a place before it stays",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Lena Graf, Sprecherin der Regierung, bestätigte am Montag ein Telefonat zwischen "
                        "Anna Kessler und Paul Brandau.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @- held am Montag 2025-06-09\n");
  CHECK(MeetingsWithAll("In Wien begannen am Montag Gespräche zwischen Anna Kessler und Paul Brandau.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Wien held am Montag 2025-06-09\n");
}

TEST_CASE("nearest-time-expression: a year after the month is the meeting's year", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Anna Kessler traf im März 2021 Paul Brandau.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @- held im März 2021 2021-03\n");
  CHECK(MeetingsWithAll("Anna Kessler traf am 12. Mai 2023 Paul Brandau.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @- held am 12. Mai 2023 2023-05-12\n");
  // The clause after the meeting's noun tells its time, not the report's verb before it.
  CHECK(MeetingsWithAll("Die Zeugin Anna Kessler schilderte am Mittwoch ein Treffen, bei dem Paul Brandau und "
                        "Jonas Weller im März 2021 gesprochen haben sollen.",
                        "2025-06-12") == "Anna Kessler; Jonas Weller; Paul Brandau; @- held im März 2021 2021-03\n");
  // A number that is no year is no part of it.
  CHECK(MeetingsWithAll("Anna Kessler traf im März 300 Bauern und Paul Brandau.", "2025-06-12")
            .find("@- held im März 2025-03\n") != std::string::npos);
}

TEST_CASE("nearest-time-expression: relative days and weeks without a preposition", "[extraction][rules]") {
  // Published on Thursday, 2025-06-12.
  CHECK(MeetingsWithAll("Anna Kessler traf gestern Paul Brandau.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @- held gestern 2025-06-11\n");
  CHECK(MeetingsWithAll("Anna Kessler traf vergangenen Freitag Paul Brandau.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @- held vergangenen Freitag 2025-06-06\n");
  CHECK(MeetingsWithAll("Anna Kessler will nächsten Dienstag Paul Brandau treffen.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @- planned nächsten Dienstag 2025-06-17\n");
  CHECK(MeetingsWithAll("Anna Kessler traf vergangene Woche Paul Brandau.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @- held vergangene Woche \n");
  // "am Morgen" is the morning, no plan for tomorrow.
  CHECK(MeetingsWithAll("Anna Kessler traf am Morgen Paul Brandau.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @- held am Morgen \n");
}

TEST_CASE("merge-repeated-reports: a venue named later says more exactly where than the city",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Anna Kessler traf am Montag Paul Brandau in Hannover. Das Treffen im "
                        "Innenministerium dauerte zwei Stunden.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Innenministerium in Hannover held am Montag 2025-06-09\n");
  // Another city is another meeting's.
  CHECK(MeetingsWithAll("Anna Kessler traf am Montag Paul Brandau in Hannover. Das Treffen in Celle "
                        "dauerte zwei Stunden.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Hannover held am Montag 2025-06-09\n");
}

TEST_CASE("merge-repeated-reports: 'nach ihrem Treffen' is the meeting told before, whatever is said after it",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Anna Kessler traf am Montag Paul Brandau in Hannover. Nach ihrem Treffen im Hotel Adlon "
                        "sagte Brandau, sein Land wolle mehr exportieren.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Hotel Adlon in Hannover held am Montag 2025-06-09\n");
}

TEST_CASE("merge-repeated-reports: a place taken from the dateline does not make a definite meeting one told before",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Ulm (dpa) - Am Mittwoch sprach Anna Kessler mit Paul Brandau über den Haushalt. Ein "
                        "besonderer Termin war das Wiedersehen mit Jonas Weller.",
                        "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @Ulm held Am Mittwoch 2025-06-11\n"
        "Anna Kessler; Jonas Weller; @Ulm held Am Mittwoch 2025-06-11\n");
}

TEST_CASE("merge-repeated-reports: in wire shorts, a report after another dateline is no report of a meeting before",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Ulm (dpa) - Ministerin Anna Kessler hat am Dienstag Landrat Paul Brandau besucht.\n\n"
                        "Linz (dpa) - Im Tarifstreit beim Möbelhersteller Lindner Wohnen ist die dritte "
                        "Verhandlungsrunde am Dienstag ohne Ergebnis geblieben.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Ulm held am Dienstag 2025-06-10\n");
}

TEST_CASE("merge-repeated-reports: a meeting 'am Vorabend' is an earlier one", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Anna Kessler traf am Mittwoch in Ulm Paul Brandau. Bereits am Vorabend hatte sich Kessler "
                        "mit Brandau in Ulm getroffen.",
                        "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @Ulm held am Mittwoch 2025-06-11\n"
        "Brandau; Kessler; @Ulm held am Vorabend \n");
}

TEST_CASE("merge-repeated-reports: a country told later does not replace the dateline's town",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Ulm (dpa) - Am Mittwoch sprach Anna Kessler mit Paul Brandau über den Haushalt. Die "
                        "beiden unterzeichneten eine Erklärung über den Bau von Drohnen in Deutschland.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Ulm held Am Mittwoch 2025-06-11\n");
}

TEST_CASE("verb-needs-particle: an invitation of a person is a planned meeting, one of the press none",
          "[extraction][rules]") {
  const std::string invited =
      "Bürgermeister Paul Brandau kündigte am Montag an, Landrätin Anna Kessler im August nach Linz einzuladen.";
  CHECK(MeetingsWithAll(invited, "2025-06-12") == "Anna Kessler; Paul Brandau; @Linz planned im August 2025-08\n");
  CHECK(MeetingsWithAll("Die Ministerin Anna Kessler will Paul Brandau im Herbst nach Wien einladen.", "2025-06-12")
            .find("Anna Kessler; Paul Brandau; @Wien planned") == 0);
  CHECK(MeetingsWithAll("Paul Brandau kündigte an, die Presse am Montag zu einer Erklärung nach Linz einzuladen.",
                        "2025-06-12") == "");
  CHECK(MeetingsWithAll("Paul Brandau sagte zu, Anna Kessler „noch im August“ nach Linz einzuladen.", "2025-06-12")
            .find("Anna Kessler; Paul Brandau; @Linz planned") == 0);
  // A body by its kind is invited as a person is: "den Heimatverein", "die Gewerkschaft".
  CHECK(MeetingsWithAll("Der Heimatverein Unterdorf fordert eine Umgehungsstraße. Anna Kessler kündigte an, den "
                        "Heimatverein im Februar ins Rathaus einzuladen.",
                        "2025-06-12")
            .find("Anna Kessler; Heimatverein Unterdorf; @Rathaus planned") == 0);
}

TEST_CASE("verb-needs-particle: 'unterschreiben' is signing as 'unterzeichnen' is", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Anna Kessler und Paul Brandau unterschrieben am Montag in Ulm einen Vertrag.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @Ulm held am Montag 2025-06-09\n");
  CHECK(MeetingsWithAll("Am Montag hatten Anna Kessler und Paul Brandau in Ulm den Vertrag unterschrieben.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Ulm held Am Montag 2025-06-09\n");
  // Who signs alone meets no one.
  CHECK(MeetingsWithAll("Anna Kessler hat am Montag in Ulm das Gesetz unterschrieben.", "2025-06-12") == "");
}

TEST_CASE("verb-needs-particle: signing together is a meeting; who signs alone meets only 'mit' someone",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Anna Kessler und Paul Brandau unterzeichneten am Montag in Ulm ein Abkommen.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @Ulm held am Montag 2025-06-09\n");
  CHECK(MeetingsWithAll("Anna Kessler unterzeichnete am Montag in Ulm gemeinsam mit Paul Brandau den Vertrag.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Ulm held am Montag 2025-06-09\n");
  CHECK(MeetingsWithAll("Präsident Paul Brandau unterzeichnete am Montag das Gesetz von Anna Kessler.", "2025-06-12") ==
        "");
}

TEST_CASE("verb-needs-particle: signing together in the perfect, and sealing together, are meetings",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Anna Kessler und Paul Brandau hatten den Vertrag am Freitag in Ulm unterzeichnet.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Ulm held am Freitag 2025-06-06\n");
  CHECK(MeetingsWithAll("Anna Kessler hat den Vertrag am Freitag in Ulm unterzeichnet.", "2025-06-12") == "");
  // The first named in apposition to her office.
  CHECK(MeetingsWithAll("Die Präsidentin der Stiftung, Anna Kessler, und Minister Paul Brandau hatten den Vertrag am "
                        "Freitag in Ulm unterzeichnet.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Ulm held am Freitag 2025-06-06\n");
  CHECK(MeetingsWithAll("Anna Kessler und Paul Brandau besiegelten die Partnerschaft am Dienstag in Ulm.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Ulm held am Dienstag 2025-06-10\n");
}

TEST_CASE("participation-joins-meeting: who leads a delegation received joins the meeting", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Am Montag empfing Bürgermeisterin Anna Kessler in Ulm eine Delegation aus Lyon. Angeführt "
                        "wurde sie von Paul Brandau, dem Vizepräsidenten der Region.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Ulm held Am Montag 2025-06-09\n");
  // Leading something else is no part in the meeting.
  CHECK(MeetingsWithAll("Am Montag traf Anna Kessler in Ulm Jonas Weller. Die Liste wird von Paul Brandau angeführt.",
                        "2025-06-12") == "Anna Kessler; Jonas Weller; @Ulm held Am Montag 2025-06-09\n");
}

TEST_CASE("participation-joins-meeting: 'Mit dabei waren' adds who was there too", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Am Montag traf Anna Kessler in Ulm Jonas Weller. Mit dabei waren Paul Brandau und Lena Graf.",
                        "2025-06-12") ==
        "Anna Kessler; Jonas Weller; Lena Graf; Paul Brandau; @Ulm held Am Montag 2025-06-09\n");
  // "Dabei" alone tells what was done, no one there.
  CHECK(MeetingsWithAll("Am Montag traf Anna Kessler in Ulm Jonas Weller. Dabei ging es auch um Paul Brandau.",
                        "2025-06-12") == "Anna Kessler; Jonas Weller; @Ulm held Am Montag 2025-06-09\n");
}

TEST_CASE("participation-joins-meeting: who takes part in a sitting joins no trip told before", "[extraction][rules]") {
  const std::string told =
      "Regierungschef Paul Brandau sagte, man sei offen. Im Mai will er nach Washington reisen, um im "
      "Außenministerium über die Zusammenarbeit zu sprechen. Für Deutschland nahm Anna Kessler an der Sitzung teil.";
  CHECK(MeetingsWithAll(told, "2025-06-12") == "");
}

TEST_CASE("verb-needs-particle: a vote is no talks; the reflexive after a comma is another verb's",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Im Stadtrat stimmten SPD und CDU dafür, FDP und Linke dagegen, die Grünen enthielten sich.",
                        "2025-06-12") == "");
  CHECK(MeetingsWithAll("Die Ministerin Anna Kessler hat sich mit dem Chef der Kessel GmbH, Paul Brandau, über die "
                        "Lage ausgetauscht.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @- held  \n");
}

TEST_CASE("verb-needs-particle: two joined by 'und' agree with each other, the second named after its office",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Darauf haben sich Direktorin Anna Kessler und der Präsident der Stiftung für Kunst und "
                        "Kultur, Paul Brandau, am Montag in Ulm verständigt.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Ulm held am Montag 2025-06-09\n");
}

TEST_CASE("participation-joins-meeting: who is invited joins the meeting told before", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Im Juli will Anna Kessler zu einem Gipfel in Ulm einladen. Eingeladen ist auch "
                        "Paul Brandau.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Ulm planned Im Juli 2025-07\n");
  // A place of its own that cannot be the meeting's: another meeting.
  const std::string other = MeetingsWithAll(
      "Anna Kessler traf am Montag in Ulm Paul Brandau. Für Ende Juni ist in Linz ein Forum geplant, zu dem "
      "Kessler auch Jonas Weller eingeladen hat.",
      "2025-06-12");
  CHECK(other.find("Anna Kessler; Paul Brandau; @Ulm") != std::string::npos);
  CHECK(other.find("Jonas Weller; Paul Brandau") == std::string::npos);
}

TEST_CASE("media-are-no-parties: a broadcaster's regional studio or a radio station is media too",
          "[extraction][rules]") {
  const auto studio = newskg::testing::AnalyzeTagged(
      "Klagenfurt (APA) - Bürgermeister Paul Brandau zeigte sich im Gespräch mit ORF Kärnten enttäuscht.");
  INFO(newskg::testing::Dump(studio));
  CHECK(Meetings(studio) == "");
  CHECK(MeetingsWithAll("Landesrätin Anna Kessler sagte im Gespräch mit Radio Alpenwelle, man prüfe alles.",
                        "2025-06-12") == "");
}

TEST_CASE("media-are-no-parties: a news agency is media, an agency of a government is not", "[extraction][rules]") {
  const auto agency = newskg::testing::AnalyzeTagged(
      "Koblenz (dpa) - Präsident Paul Brandau sprach am Dienstag in Brüssel mit Vertretern der Europäischen "
      "Verteidigungsagentur.");
  INFO(newskg::testing::Dump(agency));
  CHECK(Meetings(agency).find("Paul Brandau") != std::string::npos);
  CHECK(MeetingsWithAll("Paul Brandau sprach am Montag mit der Deutschen Presse-Agentur.", "2025-06-12") == "");
}

TEST_CASE("media-are-no-parties: a talk with a broadcaster is an interview, no meeting",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Paul Brandau sagte im Gespräch mit dem ZDF, die Regierung müsse mit Polen "
                        "und Litauen enger zusammenarbeiten.",
                        "2025-06-12") == "");
  // A meeting that a broadcaster only reports stays.
  CHECK(MeetingsWithAll("Paul Brandau hat sich laut ZDF am Montag mit Anna Kessler getroffen.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @- held am Montag 2025-06-09\n");
}

TEST_CASE("aboard-is-the-place and setting-hosts-are-no-parties", "[extraction][rules]") {
  // The ship (named after a state the lexicon knows) is where they met, over the sea it sails.
  CHECK(MeetingsWithAll("Anna Kessler und Paul Brandau haben sich an Bord der Fregatte „Hessen“ "
                        "in der Ostsee getroffen.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Hessen held  \n");
  // The summit frames the meeting: one meeting, of the two, without the Nato.
  CHECK(MeetingsWithAll("Am Rande des Gipfels der Nato in Vilnius traf Anna Kessler am Montag Paul Brandau.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Vilnius held am Montag 2025-06-09\n");
}

TEST_CASE("the-two-are-the-pair-before: 'die beiden' with a noun is no pair of persons",
          "[extraction][rules]") {
  const std::string pair =
      "Anna Kessler besuchte am Montag Ulm. Begleitet wurde sie von Paul Brandau. Empfangen wurden die "
      "beiden von Jonas Weller.";
  CHECK(MeetingsWithAll(pair, "2025-06-12").find("Anna Kessler; Jonas Weller; Paul Brandau;") != std::string::npos);
  const std::string noun =
      "Anna Kessler besuchte am Montag Ulm. Begleitet wurde sie von Paul Brandau. Empfangen wurden die "
      "beiden Delegationen von Jonas Weller.";
  CHECK(MeetingsWithAll(noun, "2025-06-12").find("Paul Brandau;") == std::string::npos);
}

TEST_CASE("cities-are-no-parties: a place whose representatives take part stands for its government",
          "[extraction][rules]") {
  const std::string with = MeetingsWithAll(
      "Anna Kessler trifft sich am Freitag in Graz mit Vertretern der Städte Ulm und Linz.", "2025-06-12");
  CHECK(with.find("Linz; Ulm;") != std::string::npos);
  CHECK(with.find("@Graz") != std::string::npos);
  // Without representatives a city is where, not who.
  CHECK(MeetingsWithAll("Anna Kessler traf Paul Brandau am Freitag in Ulm.", "2025-06-12").find("Ulm;") ==
        std::string::npos);
}

TEST_CASE("cities-are-no-parties: a town's head the sentence does not name stands for the town",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Anna Kessler hat sich am Montag mit den Bürgermeistern von Ulm und Linz in "
                        "Linz beraten.",
                        "2025-06-12")
            .find("Anna Kessler; Linz; Ulm;") != std::string::npos);
  CHECK(MeetingsWithAll("Anna Kessler will am Freitag mit dem Landrat des Kreises Olpe zusammenkommen.", "2025-06-12")
            .find("Anna Kessler; Kreis Olpe;") != std::string::npos);
  // Named before the office, the holder takes part, not the town.
  CHECK(MeetingsWithAll("Anna Kessler traf am Freitag Paul Brandau, Bürgermeister von Linz.", "2025-06-12")
            .find("Linz;") == std::string::npos);
}

TEST_CASE("cities-are-no-parties: a town called by its municipal noun is a body that takes part",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Der Heimatverein Unterdorf will im Mai mit der Stadt Ulm verhandeln.", "2025-06-12")
            .find("Heimatverein Unterdorf; Ulm;") != std::string::npos);
  CHECK(MeetingsWithAll("Die Gemeinde Kesselbach verhandelt seit Monaten mit der Kessel GmbH.", "2025-06-12")
            .find("Kessel GmbH; Kesselbach;") != std::string::npos);
  // Any kind of municipality ("Ortsgemeinde", "Burgergemeinde").
  CHECK(MeetingsWithAll("Die Ortsgemeinde Kesselbach verhandelt seit Monaten mit der Kessel GmbH.", "2025-06-12")
            .find("Kessel GmbH; Kesselbach;") != std::string::npos);
  // A source is no party.
  CHECK(MeetingsWithAll("Anna Kessler hat Paul Brandau nach Angaben der Stadt Ulm am Montag getroffen.", "2025-06-12")
            .find("Ulm;") == std::string::npos);
}

TEST_CASE("the-two-are-the-pair-before: who spoke as the subject may be one of the two; not of others' meeting",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Minister Paul Brandau sagte nach der Sitzung, der Markt sei ruhig. Auch Anna Kessler war "
                        "angereist. Die beiden waren bereits am Samstag in Linz zusammengekommen.",
                        "2025-06-12")
            .find("Anna Kessler; Paul Brandau; @Linz held") != std::string::npos);
  // "sagte Minister X": who only spoke is none of the two.
  CHECK(MeetingsWithAll("Der Markt sei ruhig, sagte Minister Paul Brandau. Auch Anna Kessler war angereist. Die "
                        "beiden waren bereits am Samstag in Linz zusammengekommen.",
                        "2025-06-12")
            .find("Paul Brandau") == std::string::npos);
  // The two agree that others meet.
  CHECK(MeetingsWithAll("Paul Brandau traf Anna Kessler in Linz. Die beiden vereinbarten, dass Experten der Kessler "
                        "AG und der Stadt Ulm im Mai zusammenkommen sollen.",
                        "2025-06-12")
            .find("Anna Kessler; Kessler AG") == std::string::npos);
}

TEST_CASE("the-two-are-the-pair-before: 'Beide Minister' names the pair; 'beide Länder' does not",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Anna Kessler traf Paul Brandau. Beide Minister wollen sich im Mai in Wien treffen.",
                        "2025-06-12")
            .find("Anna Kessler; Paul Brandau; @Wien planned") != std::string::npos);
  CHECK(MeetingsWithAll("Anna Kessler traf Paul Brandau. Beide Länder wollen sich im Mai in Wien treffen.",
                        "2025-06-12")
            .find("@Wien") == std::string::npos);
}

TEST_CASE("dateline-place: wire shorts give each report its own dateline", "[extraction][rules]") {
  const std::string shorts =
      "Lissabon (dpa) - Anna Kessler hat sich mit Paul Brandau getroffen.\n"
      "Linz (APA) - Jonas Weller hat sich mit Tim Roth getroffen.";
  const std::string read = MeetingsWithAll(shorts, "2025-06-12");
  CHECK(read.find("Anna Kessler; Paul Brandau; @Lissabon") != std::string::npos);
  CHECK(read.find("Jonas Weller; Tim Roth; @Linz") != std::string::npos);
}

TEST_CASE("dateline-place: without the article's date, a weekday is of the report's days", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Lissabon (dpa) - Anna Kessler hat sich am Freitag mit Paul Brandau getroffen.") ==
        "Anna Kessler; Paul Brandau; @Lissabon held am Freitag \n");
  // A time that is no weekday stays without the dateline's place.
  CHECK(MeetingsWithAll("Lissabon (dpa) - Anna Kessler hat sich im Mai mit Paul Brandau getroffen.") ==
        "Anna Kessler; Paul Brandau; @- held im Mai \n");
}

TEST_CASE("former-office-stands-for-person: the person named last, by gender, when no name follows",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Paul Brandau ist Minister. Der frühere Oberbürgermeister traf am Montag Anna Kessler.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @- held am Montag 2025-06-09\n");
  // A trip told of the description sets the scene of the person's meetings.
  CHECK(MeetingsWithAll("Paul Brandau ist Minister. Der frühere Ulmer Oberbürgermeister reiste am Montag nach Linz. "
                        "Am Dienstag traf Brandau Anna Kessler.",
                        "2025-06-12") == "Anna Kessler; Brandau; @Linz held Am Dienstag 2025-06-10\n");
  CHECK(MeetingsWithAll("Anna Kessler ist Ministerin. Der frühere Oberbürgermeister Jonas Weller traf am Montag Eva Lind.",
                        "2025-06-12") == "Eva Lind; Jonas Weller; @- held am Montag 2025-06-09\n");
  CHECK(MeetingsWithAll("Anna Kessler ist Ministerin. Der frühere Oberbürgermeister traf am Montag Eva Lind.",
                        "2025-06-12") .find("Anna Kessler") == std::string::npos);
}

TEST_CASE("age-noun-stands-for-person: 'die 44-Jährige' is the woman named before, not the man", "[extraction][rules]") {
  const std::string read = MeetingsWithAll(
      "Paul Brandau und Anna Kessler stritten am Montag. Am Dienstag traf die 44-Jährige Jonas Weller.", "2025-06-12");
  CHECK(read.find("Anna Kessler; Jonas Weller; @") != std::string::npos);
}

TEST_CASE("age-noun-stands-for-person: 'der Argentinier' is the one man the sentence before names", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Für Bewegung könnte Direktor Paul Brandau sorgen. Der Argentinier will am Freitag in Lima "
                        "mit Anna Kessler sprechen.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Lima planned am Freitag 2025-06-13\n");
  // Two men before: no guess; the plural is a group.
  CHECK(MeetingsWithAll("Paul Brandau lobte Jonas Weller. Der Argentinier will am Freitag mit Anna Kessler sprechen.",
                        "2025-06-12") == "");
  CHECK(MeetingsWithAll("Paul Brandau lobte den Plan. Die Argentinier wollen am Freitag mit Anna Kessler sprechen.",
                        "2025-06-12") == "");
}

TEST_CASE("age-noun-stands-for-person: 'der gebürtige Ulmer' is the one man the sentence before names",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Für Bewegung sorgt Direktor Paul Brandau. Der gebürtige Ulmer hatte im Mai mit Anna Kessler "
                        "verhandelt.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @- held im Mai 2025-05\n");
}

TEST_CASE("negation-governs-trigger: a failure told after a semicolon is another main clause's",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Paul Brandau hatte im Mai mit Anna Kessler verhandelt; eine Fusion scheiterte damals.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @- held im Mai 2025-05\n");
}

TEST_CASE("participation-joins-meeting: who shows the visitor around joins the visit; 'zeigte sich' does not",
          "[extraction][rules]") {
  const auto shown = newskg::testing::AnalyzeTagged(
      "Born (dpa) - Minister Karl Weller hat am Mittwoch die Saatgut Nord GmbH in Born besucht. Geschäftsführerin "
      "Antje Rathke zeigte dem Gast ihre Versuchsflächen.");
  INFO(newskg::testing::Dump(shown));
  CHECK(Meetings(shown).find("Antje Rathke") != std::string::npos);
  const auto pleased = newskg::testing::AnalyzeTagged(
      "Born (dpa) - Minister Karl Weller hat am Mittwoch die Saatgut Nord GmbH in Born besucht. Landrätin Antje "
      "Rathke zeigte sich zufrieden.");
  CHECK(Meetings(pleased).find("Antje Rathke") == std::string::npos);
}

TEST_CASE("pronoun-subjects: an object pronoun after or beside a guest without a name is the visitor", "[extraction][rules]") {
  const std::string met = MeetingsWithAll(
      "Präsident Paul Brandau aus Talland besucht am Montag Kesselbach. Rektor Max Ott will dem Gast ein Labor "
      "zeigen. Anschließend empfängt ihn Bürgermeister Jan Berg im Rathaus.",
      "2025-06-10");
  INFO(met);
  CHECK(met.find("Jan Berg; Paul Brandau;") != std::string::npos);
  CHECK(met.find("Jan Berg; Max Ott;") == std::string::npos);
  // Or in a sentence that names the guest so.
  const std::string own = MeetingsWithAll(
      "Präsident Paul Brandau aus Talland besucht am Montag Kesselbach. Ein Treffen mit Minister Max Ott kam nicht "
      "zustande. In Kesselbach will ihn Bürgermeister Jan Berg im Rathaus empfangen, wo sich der Gast in das "
      "Goldene Buch eintragen soll.",
      "2025-06-10");
  INFO(own);
  CHECK(own.find("Jan Berg; Paul Brandau;") != std::string::npos);
}

TEST_CASE("status-cues: 'besucht' before its object is the present, closing its clause the past",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Paul Brandau ist am Dienstag in Berlin eingetroffen. Am Donnerstag reist Brandau weiter nach "
                        "Ulm. Anschließend besucht er in Ulm Anna Kessler.",
                        "2025-06-10")
            .find("planned") != std::string::npos);
  CHECK(MeetingsWithAll("Paul Brandau hat am Dienstag in Ulm Anna Kessler besucht.", "2025-06-12").find("held") !=
        std::string::npos);
}

TEST_CASE("purpose-clause-is-plan: the purpose of a meeting told before it is none of its own, nor plans it",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Anna Kessler traf sich am Mittwoch in Ulm mit Paul Brandau, um über eine Fortsetzung im "
                        "kommenden Jahr zu sprechen.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Ulm held am Mittwoch 2025-06-11\n");
  // One with a partner of its own still is: a plan.
  CHECK(MeetingsWithAll("Anna Kessler war am Mittwoch in Ulm, um mit Paul Brandau zu sprechen.", "2025-06-12")
            .find("Anna Kessler; Paul Brandau") != std::string::npos);
}

TEST_CASE("coordinated-adverbials-split: 'am Samstag mit A, am Sonntag mit B' are two talks",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Am Samstag sprach Jonas Weller in Ulm mit Landrätin Anna Kessler über die Halle, am "
                        "Sonntag mit Oberbürgermeister Max Ott über den Haushalt.",
                        "2025-06-12") ==
        "Anna Kessler; Jonas Weller; @Ulm held Am Samstag 2025-06-07\n"
        "Jonas Weller; Max Ott; @Ulm held am Sonntag 2025-06-08\n");
}

TEST_CASE("coordinated-adverbials-split: 'traf am Freitag A, am Samstag dann B' are two meetings", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Ministerin Anna Kessler traf in Ulm am Freitag Jonas Weller, am Samstag dann Max Ott.",
                        "2025-06-12") ==
        "Anna Kessler; Jonas Weller; @Ulm held am Freitag 2025-06-06\n"
        "Anna Kessler; Max Ott; @Ulm held am Samstag 2025-06-07\n");
  // Also representatives of a body: "am Abend Vertreter des Verbands".
  CHECK(MeetingsWithAll("Am Vormittag traf Ministerin Anna Kessler in Ulm Jonas Weller, am Abend Vertreter des "
                        "Bauernverbands.",
                        "2025-06-12") ==
        "Anna Kessler; Jonas Weller; @Ulm held Am Vormittag \n"
        "Anna Kessler; Deutscher Bauernverband; @Ulm held am Abend \n");
}

TEST_CASE("coordinated-adverbials-split: 'am Montag mit A zusammengekommen, am Abend des Dienstags dann mit B'",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Ministerin Anna Kessler war am Montag in Ulm mit Vertretern des Bauernverbands "
                        "zusammengekommen, am Abend des Dienstags dann mit Vertretern der Handwerkskammer.",
                        "2025-06-12") ==
        "Anna Kessler; Deutscher Bauernverband; @Ulm held am Montag 2025-06-09\n"
        "Anna Kessler; Handwerkskammer; @Ulm held am Abend des Dienstags 2025-06-10\n");
  // With a pronoun as the subject, the organizations before the joint are the first partners.
  CHECK(MeetingsWithAll("Ministerin Anna Kessler stellte ein Programm vor. Am Montag war sie in Ulm mit dem "
                        "Bauernverband zusammengekommen, am Dienstag dann mit der Handwerkskammer.",
                        "2025-06-12") ==
        "Anna Kessler; Deutscher Bauernverband; @Ulm held Am Montag 2025-06-09\n"
        "Anna Kessler; Handwerkskammer; @Ulm held am Dienstag 2025-06-10\n");
}

TEST_CASE("delegation-head-joins: 'eine Delegation des X. Dessen Präsidentin Y' is Y's meeting too", "[extraction][rules]") {
  const std::string text =
      "Paul Brandau empfing am Montag in Ulm eine Delegation des Deutschen Bauernverbands. Dessen Präsidentin "
      "Anna Kessler lobte den Austausch.";
  CHECK(MeetingsWithAll(text, "2025-06-12") ==
        "Anna Kessler; Deutscher Bauernverband; Paul Brandau; @Ulm held am Montag 2025-06-09\n");
  CHECK(MeetingsWithout("delegation-head-joins", text, "2025-06-12") ==
        "Deutscher Bauernverband; Paul Brandau; @Ulm held am Montag 2025-06-09\n");
}

TEST_CASE("advising-is-no-meeting: 'berät das Ministerium' is advice; 'berieten über' talks", "[extraction][rules]") {
  const std::string advice = "Das Ulmer Institut von Anna Kessler berät das Gesundheitsministerium in Linz seit 2024.";
  CHECK(MeetingsWithAll(advice, "2025-06-12") == "");
  CHECK(MeetingsWithout("advising-is-no-meeting", advice, "2025-06-12") != "");
  CHECK(MeetingsWithAll("Anna Kessler und Paul Brandau berieten am Montag in Ulm über den Haushalt.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @Ulm held am Montag 2025-06-09\n");
}

TEST_CASE("own-session-is-no-meeting: a council's own session meets no one but a partner after 'mit'",
          "[extraction][rules]") {
  const std::string own = "Der Gemeinderat Ulm hat in seiner Sitzung am Montag dem Verein Kesselbach Geld bewilligt.";
  CHECK(MeetingsWithAll(own, "2025-06-12") == "");
  CHECK(MeetingsWithout("own-session-is-no-meeting", own, "2025-06-12") != "");
  CHECK(MeetingsWithAll("Der Gemeinderat Ulm hat in seiner Sitzung am Montag mit dem Verein Kesselbach verhandelt.",
                        "2025-06-12") != "");
}

TEST_CASE("performers-are-no-parties: a choir singing at a reception is no party to it", "[extraction][rules]") {
  const std::string text =
      "Bei einem Empfang für Paul Brandau in Ulm sang der Männerchor \"Frohsinn\" unter Leitung von Anna Kessler.";
  CHECK(MeetingsWithAll(text, "2025-06-12") == "");
  CHECK(MeetingsWithout("performers-are-no-parties", text, "2025-06-12").find("Frohsinn") != std::string::npos);
}

TEST_CASE("planned-clause-apart: a planned meeting in a clause after the call is another meeting of the pair",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Landrätin Anna Kessler habe am Montag mit Bürgermeister Paul Brandau telefoniert, im Juli "
                        "sei ein Treffen in Linz geplant.",
                        "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @- held am Montag 2025-06-09\n"
        "Anna Kessler; Paul Brandau; @Linz planned im Juli 2025-07\n");
  // A clause naming a party of its own is not this pair's.
  CHECK(MeetingsWithAll("Landrätin Anna Kessler habe am Montag mit Bürgermeister Paul Brandau telefoniert, im Juli "
                        "sei ein Treffen mit Jonas Weller geplant.",
                        "2025-06-12")
            .find("Anna Kessler; Paul Brandau; @- held am Montag") != std::string::npos);
}

TEST_CASE("coordinated-adverbials-split: each time with its own town before a final verb", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Am Montag hatte Jonas Weller in Rom mit Präsidentin Anna Kessler gesprochen, am Dienstag in "
                        "Bern mit Ministerin Lea Ott.",
                        "2025-06-12") ==
        "Anna Kessler; Jonas Weller; @Rom held Am Montag 2025-06-09\n"
        "Jonas Weller; Lea Ott; @Bern held am Dienstag 2025-06-10\n");
}

TEST_CASE("coordinated-adverbials-split: 'und anschließend B' after 'und' or ', und'; a subject before the verb or an "
          "office after it in both",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Eva Lind traf am Montag den Minister Jonas Weller und anschließend Paul Brandau.",
                        "2025-06-12") == "Eva Lind; Jonas Weller; @- held am Montag 2025-06-09\n"
                                         "Eva Lind; Paul Brandau; @- held am Montag 2025-06-09\n");
  // A pronoun opening the sentence; the joint ", und danach" after an apposition.
  CHECK(MeetingsWithAll("Tim Roth ist in Ulm. Er traf zunächst die Bürgermeisterin von Ulm, Anna Kessler, und danach "
                        "den Landrat des Kreises, Paul Brandau.",
                        "2025-06-12") == "Anna Kessler; Tim Roth; @- held  \n"
                                         "Paul Brandau; Tim Roth; @- held  \n");
  // An office as the subject right after the verb is each meeting's holder.
  CHECK(MeetingsWithAll("Präsident Tim Roth ist in Berlin. Am Montag traf der Präsident zunächst Ministerin Anna "
                        "Kessler und anschließend Vertreter des Bauernverbands.",
                        "2025-06-12") == "Anna Kessler; Tim Roth; @- held Am Montag 2025-06-09\n"
                                         "Deutscher Bauernverband; Tim Roth; @- held Am Montag 2025-06-09\n");
  // No party after "und danach": one meeting, a plan told on.
  CHECK(MeetingsWithAll("Eva Lind will sich dort mit Paul Brandau treffen und danach bei einer Versammlung sprechen.",
                        "2025-06-12") == "Eva Lind; Paul Brandau; @- planned  \n");
}

TEST_CASE("coordinated-adverbials-split: before a final verb, and in a sequence", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Paul Brandau hatte am Montag in Rom mit Jonas Weller und mit Eva Lind gesprochen.",
                        "2025-06-12") == "Jonas Weller; Paul Brandau; @Rom held am Montag 2025-06-09\n"
                                         "Eva Lind; Paul Brandau; @Rom held am Montag 2025-06-09\n");
  CHECK(MeetingsWithAll("In Rom hatte Paul Brandau am Montag zunächst Jonas Weller getroffen, anschließend Eva Lind "
                        "und Tim Roth.",
                        "2025-06-12") == "Jonas Weller; Paul Brandau; @Rom held am Montag 2025-06-09\n"
                                         "Eva Lind; Paul Brandau; Tim Roth; @Rom held am Montag 2025-06-09\n");
  // A pronoun subject right after the verb is in each meeting; the name after it is a partner.
  CHECK(MeetingsWithAll("Paul Brandau kam nach Rom. Am Montag traf er zunächst Jonas Weller, danach Eva Lind.",
                        "2025-06-12") == "Jonas Weller; Paul Brandau; @- held Am Montag 2025-06-09\n"
                                         "Eva Lind; Paul Brandau; @- held Am Montag 2025-06-09\n");
  // Without "mit" or "zunächst" before the verb, whose partner is whose cannot be told: one meeting.
  CHECK(MeetingsWithAll("Paul Brandau kommt nach Ulm. Dort will ihn Jonas Weller am Montag im Rathaus empfangen, "
                        "anschließend ist eine Hafenrundfahrt geplant.",
                        "2025-06-12")
            .find("Jonas Weller; Paul Brandau; @Rathaus") != std::string::npos);
}

TEST_CASE("verb-needs-particle: 'brachte X ins Gespräch' proposes; 'kam ins Gespräch mit X' meets X", "[extraction][rules]") {
  const std::string proposal = "Anna Kessler brachte am Montag eine Partnerschaft mit Paul Brandau ins Gespräch.";
  CHECK(MeetingsWithAll(proposal, "2025-06-12") == "");
  CHECK(MeetingsWithout("verb-needs-particle", proposal, "2025-06-12") != "");
  CHECK(MeetingsWithAll("Auf der Messe kam Anna Kessler ins Gespräch mit Paul Brandau.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @- held  \n");
}

TEST_CASE("such-meetings-tell-none: meetings of a kind in general tell none; 'ein solches Treffen' refers back",
          "[extraction][rules]") {
  const std::string kind = "Die Stadt Ulm und das Land Tirol arbeiten zusammen. Früher hätten sich beide Seiten auf "
                           "solchen Konferenzen nur gestritten, sagte Anna Kessler.";
  CHECK(MeetingsWithAll("Früher hätten sich Anna Kessler und Paul Brandau auf solchen Konferenzen nur gestritten.",
                        "2025-06-12") == "");
  CHECK(MeetingsWithout("such-meetings-tell-none",
                        "Früher hätten sich Anna Kessler und Paul Brandau auf solchen Konferenzen nur gestritten.",
                        "2025-06-12") != "");
  CHECK(MeetingsWithAll(kind, "2025-06-12") == "");
}

TEST_CASE("semicolon-halves-apart: 'die beiden' after a semicolon are the first half's pair, meeting again",
          "[extraction][rules]") {
  const std::string told =
      "Paul Brandau hatte im Februar mit der Konzernchefin Anna Kessler telefoniert; die beiden wollen sich im Juli "
      "in Linz treffen.";
  CHECK(MeetingsWithAll(told, "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @- held im Februar 2025-02\n"
        "Anna Kessler; Paul Brandau; @Linz planned im Juli 2025-07\n");
}

TEST_CASE("semicolon-halves-apart: two meetings a semicolon splits keep their own parties and times",
          "[extraction][rules]") {
  const std::string two = "Generalkonsulin Anna Kessler traf am Montag Bürgermeister Jonas Weller. Bereits am "
                          "Vormittag hatte sie den Präsidenten der Kammer, Paul Brandau, getroffen; am Mittwoch will "
                          "sie in Linz mit Vorstandschefin Lena Graf sprechen.";
  CHECK(MeetingsWithAll(two, "2025-06-10") == "Anna Kessler; Jonas Weller; @- held am Montag 2025-06-09\n"
                                              "Anna Kessler; Paul Brandau; @- held am Vormittag 2025-06-09\n"
                                              "Anna Kessler; Lena Graf; @Linz planned am Mittwoch 2025-06-11\n");
  // A trip and the meeting it is for stay one story.
  CHECK(MeetingsWithAll("Anna Kessler will im Mai nach Linz reisen; dort ist ein Treffen mit dem Bürgermeister geplant.",
                        "2025-03-10") == "");
}

TEST_CASE("coordinated-clauses-apart: ', und' before a subject and its meeting verb opens another meeting",
          "[extraction][rules]") {
  const std::string two = "Während Kanzlerin Eva Lind im Rathaus saß, sprach Ministerin Anna Kessler in Linz mit Paul "
                          "Brandau (SPD), und Staatssekretärin Lena Graf traf Jonas Weller.";
  CHECK(MeetingsWithAll(two, "2025-06-12") == "Anna Kessler; Paul Brandau; @Linz held  \n"
                                              "Jonas Weller; Lena Graf; @- held  \n");
  CHECK(MeetingsWithout("coordinated-clauses-apart", two, "2025-06-12") !=
        MeetingsWithAll(two, "2025-06-12"));
  // One subject's two verbs stay with the verbs' rule; "und" without a comma opens no clause here.
  CHECK(MeetingsWithAll("Anna Kessler traf Paul Brandau und Lena Graf sprach mit Jonas Weller.", "2025-06-12") ==
        MeetingsWithout("coordinated-clauses-apart",
                        "Anna Kessler traf Paul Brandau und Lena Graf sprach mit Jonas Weller.", "2025-06-12"));
}

TEST_CASE("verb-needs-particle: 'erwartet X in Berlin' is a visit when it takes a person", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Kanzlerin Anna Kessler erwartet Präsident Paul Brandau am Montag in Berlin.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @Berlin planned am Montag 2025-06-16\n");
  CHECK(MeetingsWithAll("Anna Kessler erwartet von Paul Brandau am Montag eine Erklärung.", "2025-06-12") == "");
  CHECK(MeetingsWithAll("Experten erwarten einen Anstieg der Preise, sagte Anna Kessler zu Paul Brandau.",
                        "2025-06-12") == "");
}

TEST_CASE("verb-needs-particle: a present passive's subject is whom its agent expects ('wird von X erwartet')",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Am Montag wird Präsident Paul Brandau im Rathaus von Bürgermeisterin Anna Kessler erwartet.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Rathaus planned Am Montag 2025-06-16\n");
  CHECK(MeetingsWithAll("Von Paul Brandau wird eine Erklärung erwartet, sagte Anna Kessler.", "2025-06-12") == "");
}

TEST_CASE("verb-needs-particle: a breakfast or dinner with a partner is a meeting ('mit X gefrühstückt')",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Anna Kessler hatte am Montag mit Paul Brandau gefrühstückt.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @- held am Montag 2025-06-09\n");
  CHECK(MeetingsWithAll("Paul Brandau speiste am Abend mit Anna Kessler in Linz.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @Linz held am Abend \n");
  CHECK(MeetingsWithAll("Anna Kessler frühstückt gern spät, sagte Paul Brandau.", "2025-06-12") == "");
}

TEST_CASE("verb-needs-particle: a site inspected with someone is a visit with them; a breakfast told by 'ich'",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Anna Kessler besichtigte am Montag die Anlage gemeinsam mit Bürgermeister Paul Brandau.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @- held am Montag 2025-06-09\n");
  CHECK(MeetingsWithAll("Anna Kessler besichtigte am Montag die Anlage.", "2025-06-12") == "");
  // Also with a person named right after "mit"; not with whom no name tells.
  CHECK(MeetingsWithAll("Anna Kessler besichtigte am Montag mit Bürgermeister Paul Brandau die Anlage.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @- held am Montag 2025-06-09\n");
  CHECK(MeetingsWithAll("Anna Kessler besichtigte am Montag mit Studierenden die Anlage.", "2025-06-12") == "");
  CHECK(MeetingsWithAll("Paul Brandau sagte: \"Ich frühstücke jeden Montag mit Anna Kessler.\"", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @- held  \n");
}

TEST_CASE("meeting words: 'am Telefon' tells a call between the two it names", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Landeshauptfrau Anna Kessler gratulierte Paul Brandau noch am Montagabend am Telefon.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @- held am Montagabend 2025-06-09\n");
  // Speaking to a newspaper by phone is no call with anyone the text names.
  CHECK(MeetingsWithAll("\"Wir sind zufrieden\", sagte Anna Kessler am Montag am Telefon dieser Zeitung.",
                        "2025-06-12") == "");
}

TEST_CASE("verb-needs-particle: 'war bei X' is a meeting with the person X, not a stay at a firm", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Anna Kessler war in der vergangenen Woche in Bern bei Bundesrat Paul Brandau, um über die "
                        "Beiträge zu sprechen.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Bern held in der vergangenen Woche \n");
  CHECK(MeetingsWithAll("Anna Kessler war vergangene Woche bei Hessens Innenminister Paul Brandau in Wiesbaden.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Wiesbaden held vergangene Woche \n");
  // Two offices joined, the first cut short: "bei Hessens Innen- und Sportminister X".
  CHECK(MeetingsWithAll("Anna Kessler war vergangene Woche bei Hessens Innen- und Sportminister Paul Brandau in "
                        "Wiesbaden.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Wiesbaden held vergangene Woche \n");
  CHECK(MeetingsWithAll("Im März war Anna Kessler in Prag beim Präsidenten des tschechischen Senats, Paul Brandau.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Prag held Im März 2025-03\n");
  CHECK(MeetingsWithAll("Anna Kessler war zehn Jahre bei Siemens, sagte Paul Brandau.", "2025-06-12") == "");
  CHECK(MeetingsWithAll("Anna Kessler war beim Präsidenten des Vereins, sagte Paul Brandau.", "2025-06-12") == "");
  CHECK(MeetingsWithAll("Anna Kessler war früher bei Paul Brandau angestellt.", "2025-06-12") == "");
}

TEST_CASE("verb-needs-particle: 'wollen sich wiedersehen' is a meeting of the two named before it",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Paul Brandau und Anna Kessler wollen sich kommende Woche in Brüssel wiedersehen.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Brüssel planned kommende Woche \n");
  CHECK(MeetingsWithAll("Am Montag gab es in Linz ein Wiedersehen mit Paul Brandau, sagte Anna Kessler.", "2025-06-12") ==
        "");
}

TEST_CASE("verb-needs-particle: two who agree at a place ('einigten sich in Koblenz') met there", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Paul Brandau und Anna Kessler einigten sich am Mittwoch in Koblenz auf einen Zeitplan.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Koblenz held am Mittwoch 2025-06-11\n");
  CHECK(MeetingsWithAll("Minister Paul Brandau und seine Amtskollegin Anna Kessler vereinbarten am Mittwoch in Koblenz "
                        "einen Zeitplan.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Koblenz held am Mittwoch 2025-06-11\n");
  CHECK(MeetingsWithAll("Paul Brandau und Anna Kessler haben sich am Mittwoch im Rathaus auf einen Zeitplan geeinigt.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Rathaus held am Mittwoch 2025-06-11\n");
  // "dort": at the place told before.
  CHECK(MeetingsWithAll("Paul Brandau und Anna Kessler einigten sich dort auf einen Zeitplan.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @- held  \n");
  // An agreement alone may be reached by letter or in a treaty.
  CHECK(MeetingsWithAll("Paul Brandau und Anna Kessler einigten sich auf einen Zeitplan.", "2025-06-12") == "");
}

TEST_CASE("verb-needs-particle: agreeing with someone ('sich mit X verständigt') tells talks", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Anna Kessler hat sich am Montag mit Paul Brandau auf einen Kompromiss verständigt.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @- held am Montag 2025-06-09\n");
  CHECK(MeetingsWithAll("Anna Kessler und Paul Brandau einigten sich am Montag mit Jonas Weller auf einen Plan.",
                        "2025-06-12") == "Anna Kessler; Jonas Weller; Paul Brandau; @- held am Montag 2025-06-09\n");
  CHECK(MeetingsWithAll("Die Koalition von Anna Kessler hat sich am Montag auf einen Kompromiss geeinigt.",
                        "2025-06-12") == "");
}

TEST_CASE("merge-repeated-reports: the afternoon's meeting is not the morning's", "[extraction][rules]") {
  const std::string text =
      "Paul Brandau traf am Mittwoch in Brüssel Jonas Weller. Bereits am Morgen war Brandau mit Anna Kessler "
      "zusammengetroffen. Am Nachmittag leitete Brandau mit Eva Lind eine Sitzung, an der auch Kessler teilnahm.";
  const std::string meetings = MeetingsWithAll(text, "2025-10-15");
  CHECK(meetings.find("Brandau; Eva Lind; Kessler;") != std::string::npos);
  CHECK(meetings.find("Eva Lind; Jonas Weller") == std::string::npos);
}

TEST_CASE("setting-from-sentence-before: a 'dort' after a meeting's noun is that meeting's place", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Paul Brandau und Jonas Weller hatten sich im September in Kiew gesehen. Am Mittwoch leitete "
                        "Brandau mit Eva Lind eine Sitzung, an der 50 Staaten teilnahmen; Weller sprach dort.",
                        "2025-10-15")
            .find("@Kiew") == std::string::npos);
}

TEST_CASE("verb-needs-particle: 'zusammen' as a particle, not in 'zusammen mit'; sitting together", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Am Montag saßen Anna Kessler und Paul Brandau zusammen.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @- held Am Montag 2025-06-09\n");
  CHECK(MeetingsWithAll("Anna Kessler hatte am Montag mit Paul Brandau zusammengesessen.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @- held am Montag 2025-06-09\n");
  CHECK(MeetingsWithAll("Anna Kessler hatte sich am Montag mit Paul Brandau abgestimmt.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @- held am Montag 2025-06-09\n");
  CHECK(MeetingsWithAll("Anna Kessler kam am Montag zusammen mit Paul Brandau an.", "2025-06-12") == "");
  CHECK(MeetingsWithAll("Die Fraktion von Paul Brandau hat am Montag mit Anna Kessler abgestimmt.", "2025-06-12") == "");
  // "sich zusammensetzen" is sitting down together, "sich aus X zusammensetzen" consisting of X.
  CHECK(MeetingsWithAll("Anna Kessler hat mit Paul Brandau vereinbart, dass sie sich im Juli in Ulm zusammensetzen.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Ulm planned im Juli 2025-07\n");
  CHECK(MeetingsWithAll("Die Gremien, die sich aus Vertretern von Anna Kessler und Paul Brandau zusammensetzen, tagen.",
                        "2025-06-12") == "");
  // The participle too, but only reflexive: "ist neu zusammengesetzt" is how a body is made up.
  CHECK(MeetingsWithAll("In Ulm haben sich Anna Kessler und Paul Brandau am Montag zu einem Arbeitstreffen zusammengesetzt.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Ulm held am Montag 2025-06-09\n");
  CHECK(MeetingsWithAll("Der Beirat von Anna Kessler und Paul Brandau ist seit Montag neu zusammengesetzt.",
                        "2025-06-12") == "");
}

TEST_CASE("verb-needs-particle: 'ist mit X verabredet' is a date to meet, 'hat mit X verabredet' an agreement",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Anna Kessler ist am Freitag mit Paul Brandau in Ulm verabredet.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @Ulm planned am Freitag 2025-06-13\n");
  CHECK(MeetingsWithAll("Anna Kessler hat mit Paul Brandau verabredet, dass die Stadt zahlt.", "2025-06-12") == "");
}

TEST_CASE("verb-needs-particle: looking at a site with someone ('sich mit X ... ansehen') is a visit with them",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Anna Kessler will sich mit Paul Brandau am Montag die Produktion in Ulm ansehen.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Ulm planned am Montag 2025-06-16\n");
  // Not with a feeling, nor without "mit".
  CHECK(MeetingsWithAll("Anna Kessler will sich die Zahlen mit Sorge ansehen, sagte Paul Brandau.", "2025-06-12") == "");
  CHECK(MeetingsWithAll("Anna Kessler und Paul Brandau haben sich das Grundstück im August angeschaut.", "2025-06-12") ==
        "");
}

TEST_CASE("verb-needs-particle: a guide leading a person through a place is a visit", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Ministerin Anna Kessler kam am Montag nach Ulm. Werkleiter Paul Brandau führte sie durch "
                        "das Werk.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @- held  \n");
  // Over a place too.
  CHECK(MeetingsWithAll("Ministerin Anna Kessler kam am Montag nach Ulm. Werkleiter Paul Brandau führte sie über "
                        "das Gelände.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @- held  \n");
  CHECK(MeetingsWithAll("Paul Brandau führte am Montag die Liste über die Kosten, Anna Kessler sprach.", "2025-06-12") ==
        "");
  // Conducting something, or a meeting noun's verb, is no guided visit.
  CHECK(MeetingsWithAll("Paul Brandau führte am Montag die Wahl von Anna Kessler durch.", "2025-06-12") == "");
  CHECK(MeetingsWithAll("Paul Brandau führte am Montag die Delegation durch das Werk, Anna Kessler sprach.", "2025-06-12") ==
        "");
  // Before an infinitive, whom the guide leads stands right before "durch".
  CHECK(MeetingsWithAll("Am Montag will Werkleiter Paul Brandau die Ministerin Anna Kessler durch das Werk führen.",
                        "2025-06-12")
            .find("Anna Kessler; Paul Brandau; @- planned Am Montag") == 0);
  CHECK(MeetingsWithAll("Paul Brandau will die Firma von Anna Kessler durch die Krise führen.", "2025-06-12") == "");
  // After the finite verb, whom the guide leads may be an office told before.
  CHECK(MeetingsWithAll("Ministerin Anna Kessler kam am Montag nach Ulm. Werkleiter Paul Brandau führte die Ministerin "
                        "durch eine Halle der Ulmer Zementwerke.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @- held  \n");
  // A subject led by a person: "ließ sich von X durch ... führen".
  CHECK(MeetingsWithAll("Anna Kessler ließ sich am Montag von Werkleiter Paul Brandau durch das Werk führen.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @- held am Montag 2025-06-09\n");
  CHECK(MeetingsWithAll("Anna Kessler hatte sich von Paul Brandau durch die Halle führen lassen.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @- held  \n");
  // The participle: "hatte X über das Gelände geführt".
  CHECK(MeetingsWithAll("Am Montag hatte Werkleiter Paul Brandau die Ministerin Anna Kessler über das Gelände geführt.",
                        "2025-06-12")
            .find("Anna Kessler; Paul Brandau; @- held Am Montag") == 0);
}

TEST_CASE("verb-needs-particle: the particle 'zusammen' after a relative clause inside the sentence",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Am Dienstag saßen Jonas Weller und Paul Brandau, der den Hof führt, gut zwei Stunden mit "
                        "Landrätin Anna Kessler zusammen.",
                        "2025-06-12") == "Anna Kessler; Jonas Weller; Paul Brandau; @- held Am Dienstag 2025-06-10\n");
}

TEST_CASE("verb-needs-particle: 'begrüßen' tells a meeting only when it takes a person", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Paul Brandau begrüßte am Montag im Rathaus Präsidentin Anna Kessler.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @Rathaus held am Montag 2025-06-09\n");
  CHECK(MeetingsWithAll("Paul Brandau kam am Montag nach Ulm. Dort begrüßte ihn Anna Kessler.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @Ulm held am Montag 2025-06-09\n");
  CHECK(MeetingsWithAll("Paul Brandau reist am Montag nach Ulm. Dort wird ihn Anna Kessler begrüßen.",
                        "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @Ulm planned am Montag 2025-06-16\n");
  CHECK(MeetingsWithAll("Paul Brandau kam am Montag nach Ulm. Dort wurde er von Anna Kessler begrüßt.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @Ulm held am Montag 2025-06-09\n");
  CHECK(MeetingsWithAll("Zuvor war Paul Brandau von Präsidentin Anna Kessler im Rathaus begrüßt worden.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @Rathaus held  \n");
  CHECK(MeetingsWithAll("Zuvor hatte Anna Kessler den Premierminister Paul Brandau begrüßt.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @- held  \n");
  // A guest the article named before is a person taken ("den Gast", "den Staatsgast").
  CHECK(MeetingsWithAll("Präsidentin Anna Kessler ist zu Besuch in Berlin. Am Montag hatte Bundespräsident Paul Brandau "
                        "den Gast im Schloss Bellevue begrüßt.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Schloss Bellevue in Berlin held Am Montag 2025-06-09\n");
  CHECK(MeetingsWithAll("Präsidentin Anna Kessler ist zu Besuch in Berlin. Bundespräsident Paul Brandau empfing den "
                        "Staatsgast am Mittwoch.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Berlin held am Mittwoch 2025-06-11\n");
  // Whom it takes is no person: an agreement, a decision, a clause.
  CHECK(MeetingsWithAll("Paul Brandau begrüßte die Entscheidung von Anna Kessler.", "2025-06-12") == "");
  CHECK(MeetingsWithAll("Paul Brandau hat die Einigung mit Anna Kessler begrüßt.", "2025-06-12") == "");
  CHECK(MeetingsWithAll("Paul Brandau hat die Entscheidung von Anna Kessler begrüßt.", "2025-06-12") == "");
  CHECK(MeetingsWithAll("Anna Kessler begrüßte, dass Paul Brandau kommt.", "2025-06-12") == "");
  // The person before the participle must be its object, not part of a phrase.
  CHECK(MeetingsWithAll("Anna Kessler hat am Montag den neuen Botschafter Paul Brandau begrüßt.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @- held am Montag 2025-06-09\n");
  CHECK(MeetingsWithAll("Jonas Weller hat das Telefonat zwischen Präsidentin Anna Kessler und Präsident Paul Brandau "
                        "begrüßt.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @- held  \n");
  CHECK(MeetingsWithAll("Anna Kessler hat die Entscheidung des Präsidenten Paul Brandau begrüßt.", "2025-06-12") == "");
}

TEST_CASE("negation-governs-trigger: what should have been ('hätte mit X reden müssen') is no meeting", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Bürgermeisterin Anna Kessler hätte viel früher mit Paul Brandau reden müssen.", "2025-06-12") ==
        "");
  CHECK(MeetingsWithAll("Anna Kessler hätte Paul Brandau schon im Mai treffen sollen, kritisierte Eva Lind.", "2025-06-12") ==
        "");
  // Reported speech in the subjunctive tells a meeting held.
  CHECK(MeetingsWithAll("Anna Kessler sagte, sie hätte am Montag mit Paul Brandau gesprochen.", "2025-06-12") != "");
}

TEST_CASE("negation-governs-trigger: what was meant to be ('Eigentlich wollte X ...') is no meeting", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Eigentlich wollte auch Ministerin Anna Kessler den Gast in Ulm treffen.", "2025-06-12") == "");
  CHECK(MeetingsWithAll("Eigentlich hatte Anna Kessler Paul Brandau in Ulm treffen wollen.", "2025-06-12") == "");
  // A plan alone, or "eigentlich" without a past modal, is none of that.
  CHECK(MeetingsWithAll("Anna Kessler wollte am Montag Paul Brandau in Ulm treffen.", "2025-06-12") != "");
  CHECK(MeetingsWithAll("Eigentlich traf Anna Kessler am Montag in Ulm Paul Brandau.", "2025-06-12") != "");
}

TEST_CASE("negation-governs-trigger: 'gab es nicht' and 'ist vom Tisch' rule a meeting out", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Ein Gespräch zwischen Anna Kessler und Paul Brandau gab es am Donnerstag nicht.", "2025-06-12") ==
        "");
  CHECK(MeetingsWithAll("Ein Gipfel von Anna Kessler und Paul Brandau in Linz ist vorerst vom Tisch.", "2025-06-12") ==
        "");
  // Another clause's "nicht" does not.
  CHECK(MeetingsWithAll("Ein Gespräch zwischen Anna Kessler und Paul Brandau gab es am Donnerstag, Ergebnisse nicht.",
                        "2025-06-12") != "");
}

TEST_CASE("perfect-tense-is-past: a modal with the perfect infinitive reports what happened", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Anna Kessler soll sich am Montag heimlich mit Paul Brandau getroffen haben.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @- held am Montag 2025-06-09\n");
  CHECK(MeetingsWithAll("Anna Kessler will sich am Montag mit Paul Brandau treffen.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @- planned am Montag 2025-06-16\n");
}

TEST_CASE("verb-needs-partner: two parties joined by 'und' who visit a place 'gemeinsam' meet there", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Im Dezember hatten Anna Kessler und Paul Brandau die Baustelle in Lindau gemeinsam besichtigt.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Lindau held Im Dezember 2024-12\n");
  // One alone, or the two not joined before the verb, is no meeting.
  CHECK(MeetingsWithAll("Anna Kessler besichtigte die Baustelle in Lindau gemeinsam.", "2025-06-12") == "");
}

TEST_CASE("time: 'für das Wochenende' is a time, its article a modifier", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Für das Wochenende ist ein Treffen von Anna Kessler mit Paul Brandau in Ulm geplant.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Ulm planned Für das Wochenende \n");
}

TEST_CASE("since-is-ongoing: 'seit' with a time tells talks going on", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Darüber sitzt die Firma Lindwerk seit dem Winter mit Paul Brandau zusammen, sagte Anna "
                        "Kessler.",
                        "2025-06-12") == "Lindwerk; Paul Brandau; @- ongoing  \n");
  CHECK(MeetingsWithAll("Anna Kessler sagte, die Firma Lindwerk verhandle seit einem Jahr mit Paul Brandau.",
                        "2025-06-12") == "Lindwerk; Paul Brandau; @- ongoing  \n");
  // Not the perfect, a first meeting after a gap, an office's time, nor a "seit" without a time.
  CHECK(MeetingsWithAll("Anna Kessler hat seit Mai dreimal mit Paul Brandau verhandelt.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @- held  \n");
  CHECK(MeetingsWithAll("Am Montag treffen sich Anna Kessler und Paul Brandau erstmals seit 2019.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @- planned Am Montag 2025-06-16\n");
  CHECK(MeetingsWithAll("Paul Brandau, seit 2021 Landrat, traf am Montag Anna Kessler.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @- held am Montag 2025-06-09\n");
  CHECK(MeetingsWithAll("Das Treffen von Anna Kessler mit Paul Brandau ist seit Wochen vereinbart.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @- planned  \n");
  CHECK(MeetingsWithAll("Seit dem Treffen mit Paul Brandau antwortet Anna Kessler schneller.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @- held  \n");
}

TEST_CASE("status-cues: 'steht auf dem Programm' is scheduled, a finite past verb is past", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Am Freitag steht ein Gespräch von Anna Kessler mit Paul Brandau auf dem Programm.",
                        "2025-06-13") == "Anna Kessler; Paul Brandau; @- planned Am Freitag 2025-06-13\n");
  CHECK(MeetingsWithAll("Anna Kessler und Paul Brandau verständigten sich am Mittwoch in einem Telefonat auf einen Plan.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @- held am Mittwoch 2025-06-11\n");
}

TEST_CASE("between-names-the-parties: 'das Treffen von A mit B' names its parties, not who judges it",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Jonas Weller hat das Treffen von Anna Kessler mit Paul Brandau kritisiert.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @- held  \n");
}

TEST_CASE("denials-cover-reports: a denial with a place of its own denies another meeting", "[extraction][rules]") {
  CHECK(MeetingsWithAll("In Seoul ist am Donnerstag ein Treffen von Anna Kessler mit Paul Brandau geplant. Ein "
                        "Abstecher nach Peking ist bei dieser Reise nicht vorgesehen.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Seoul planned am Donnerstag 2025-06-12\n");
  CHECK(MeetingsWithAll("In Seoul ist am Donnerstag ein Treffen von Anna Kessler mit Paul Brandau geplant. Ein "
                        "solches Treffen ist aber nicht vorgesehen.",
                        "2025-06-12") == "");
}

TEST_CASE("denials-cover-reports: a quoted denial of 'such a meeting' answers the report before it", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Für Unruhe hatten Berichte gesorgt, wonach sich Anna Kessler mit der CDU-Landtagsfraktion "
                        "getroffen habe. \"Ein solches Treffen hat es nicht gegeben\", sagte sie.",
                        "2025-06-12") == "");
}

TEST_CASE("setting-from-sentence-before: a scene-setting opening, not a topic", "[extraction][rules]") {
  // "In Linz ..." opening the sentence before sets the scene, also over the dateline.
  CHECK(MeetingsWithAll("Ulm (dpa) - In Linz heulten am Dienstag die Sirenen. Wenige Stunden später empfing Anna "
                        "Kessler den Minister Paul Brandau.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Linz held am Dienstag 2025-06-10\n");
  // What was talked about is no place ("sprach er über Polen. Anschließend ...").
  CHECK(MeetingsWithAll("Paul Brandau reiste am Dienstag nach Linz. Dort sprach er über Italien. Anschließend kam "
                        "Paul Brandau mit Anna Kessler zusammen.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Linz held am Dienstag 2025-06-10\n");
}

TEST_CASE("setting-from-sentence-before: a meeting told of no one named, then who met", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Am Montag saßen die Beteiligten im Rathaus von Kempten zusammen. Landrätin Anna Kessler hatte "
                        "Paul Brandau und Jonas Weller eingeladen.",
                        "2025-06-12") ==
        "Anna Kessler; Jonas Weller; Paul Brandau; @Rathaus in Kempten held Am Montag 2025-06-09\n");
}

TEST_CASE("place-after-preposition: ', wo' and a place's adjective inside the phrase", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Paul Brandau war aus Linz angereist, wo er am Dienstag Anna Kessler getroffen hatte.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Linz held am Dienstag 2025-06-10\n");
  CHECK(MeetingsWithAll("Anna Kessler traf Paul Brandau am Montag im Berliner Kanzleramt.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @Kanzleramt held am Montag 2025-06-09\n");
  // A building of a body is where, the body no party.
  CHECK(MeetingsWithAll("Anna Kessler traf Paul Brandau am Montag im Gästehaus der Bundesregierung.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @Bundesregierung held am Montag 2025-06-09\n");
}

TEST_CASE("participation-joins-meeting: who sat at the table joins a meeting told a few sentences before",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Am Montag traf Anna Kessler in Ulm Paul Brandau. Es ging um den Haushalt. Kessler "
                        "zeigte sich danach zufrieden. Brandau blieb zurückhaltend. Mit am Tisch saß zudem "
                        "Jonas Weller.",
                        "2025-06-12") == "Anna Kessler; Jonas Weller; Paul Brandau; @Ulm held Am Montag 2025-06-09\n");
}

TEST_CASE("verb-needs-particle: 'auf der anderen Seite des Tisches saßen' joins, as 'am Tisch' does", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Am Montag traf Anna Kessler in Ulm Paul Brandau. Auf der anderen Seite des Tisches saßen "
                        "Dezernent Jonas Weller und Amtsleiterin Eva Lind.",
                        "2025-06-12") ==
        "Anna Kessler; Eva Lind; Jonas Weller; Paul Brandau; @Ulm held Am Montag 2025-06-09\n");
}

TEST_CASE("participation-joins-meeting: who promised to take part ('sagten ihre Teilnahme zu') joins", "[extraction][rules]") {
  const std::string join = "Oberbürgermeisterin Anna Kessler hat für Montag zu einem Krisengespräch ins Rathaus "
                           "eingeladen. Paul Brandau und Jonas Weller sagten ihre Teilnahme zu.";
  CHECK(MeetingsWithAll(join, "2025-06-12") == "Anna Kessler; Jonas Weller; Paul Brandau; @Rathaus planned für Montag 2025-06-16\n");
  // Alone, the two who take part are a meeting of their own.
  CHECK(MeetingsWithout("participation-joins-meeting", join, "2025-06-12") == "Jonas Weller; Paul Brandau; @- planned  \n");
}

TEST_CASE("participation-joins-meeting: not past a meeting noun told after the meeting", "[extraction][rules]") {
  // The invitation is to the summit, which has no parties of its own, not to the call.
  CHECK(MeetingsWithAll("Am Montag telefonierte Anna Kessler mit Paul Brandau. Den Schlusspunkt soll der Gipfel im "
                        "Dezember in Linz setzen. Brandau hat dazu auch Jonas Weller eingeladen.",
                        "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @- held Am Montag 2025-06-09\nBrandau; Jonas Weller; @- held  \n");
}

TEST_CASE("participation-joins-meeting: taking part in a meeting the sentence names is no join", "[extraction][rules]") {
  const std::string text =
      "Ulm (dpa) - Anna Kessler hat am Mittwoch mit Paul Brandau telefoniert. Am Abend nahm Kessler an einer "
      "Videokonferenz teil, zu der Jonas Weller und Eva Lind eingeladen hatten. Auch Tim Roth war zugeschaltet.";
  const std::string meetings = MeetingsWithAll(text, "2025-06-12");
  // The call keeps its two parties and has no place; the conference has its own parties.
  CHECK(meetings.find("Anna Kessler; Paul Brandau; @- held am Mittwoch 2025-06-11\n") != std::string::npos);
  CHECK(meetings.find("Eva Lind; Jonas Weller; Kessler; Tim Roth; @- held Am Abend 2025-06-11\n") !=
        std::string::npos);
}

TEST_CASE("role-noun-stands-for-holder: 'der Regierungschef' is the head of government named before",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Ministerpräsident Paul Brandau war in Sachsen. Der Regierungschef traf am Mittwoch in Linz "
                        "Anna Kessler.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Linz held am Mittwoch 2025-06-11\n");
  // A president is no head of government.
  CHECK(MeetingsWithAll("Präsident Paul Brandau war in Sachsen. Der Regierungschef traf am Mittwoch in Linz Anna "
                        "Kessler.",
                        "2025-06-12")
            .find("Paul Brandau") == std::string::npos);
}

TEST_CASE("role-noun-stands-for-holder: 'der Präsident' is no Land's Ministerpräsident", "[extraction][rules]") {
  const std::string text =
      "Präsident Paul Brandau kam nach Stuttgart. Dort empfing ihn Ministerpräsident Max Ott. Zuvor besucht der "
      "Präsident am Mittwoch den Hersteller Kessler Stahl AG.";
  const std::string meetings = MeetingsWithAll(text, "2025-06-12");
  CHECK(meetings.find("Kessler Stahl AG; Paul Brandau;") != std::string::npos);
  CHECK(meetings.find("Kessler Stahl AG; Max Ott;") == std::string::npos);
}

TEST_CASE("role-noun-stands-for-holder: 'den Präsidenten' is the visiting president, not the Bundespräsident",
          "[extraction][rules]") {
  const std::string meetings = MeetingsWithAll(
      "Berlin (dpa) - Präsident Paul Brandau besucht Deutschland. Bundespräsident Jonas Weller empfängt ihn am Dienstag "
      "im Schloss Bellevue. Am Mittwoch will Bundeskanzler Max Ott den Präsidenten im Kanzleramt empfangen.",
      "2025-06-12");
  CHECK(meetings.find("Max Ott; Paul Brandau; @Kanzleramt") != std::string::npos);
  CHECK(meetings.find("Jonas Weller; Max Ott") == std::string::npos);
}

TEST_CASE("role-noun-stands-for-holder: 'der Premier' is the prime minister named before", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Premierminister Paul Brandau besucht Berlin. Bürgermeisterin Anna Kessler hatte mit dem "
                        "Premier bereits im Februar telefoniert.",
                        "2025-06-12")
            .find("Anna Kessler; Paul Brandau;") != std::string::npos);
  // A prime minister called "Ministerpräsident" is "der Premier" too.
  CHECK(MeetingsWithAll("Der norwegische Ministerpräsident Paul Brandau besucht Berlin. Bürgermeisterin Anna Kessler "
                        "hatte mit dem Premier bereits im Februar telefoniert.",
                        "2025-06-12")
            .find("Anna Kessler; Paul Brandau;") != std::string::npos);
}

TEST_CASE("role-noun-stands-for-holder: 'der Minister' is a man, not the minister named last if she is a woman",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Umweltminister Paul Brandau ist in Rom. Dort traf er Umweltministerin Anna Kessler. Am "
                        "Abend sprach der Minister in Rom mit Jonas Weller.",
                        "2025-06-12")
            .find("Jonas Weller; Paul Brandau") != std::string::npos);
}

TEST_CASE("coordinated-adverbials-split: 'mit A und mit B' are talks with each; the subject after the verb is in both",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("In Rom sprach Paul Brandau am Montag auch mit Ministerin Anna Kessler und mit Präsident Max "
                        "Ott.",
                        "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @Rom held am Montag 2025-06-09\nMax Ott; Paul Brandau; @Rom held am Montag "
        "2025-06-09\n");
  // Place phrases with their own people: the subject after the verb meets each.
  CHECK(MeetingsWithAll("Am Montag traf sich Paul Brandau in Linz mit Anna Kessler und in Graz mit Max Ott.",
                        "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @Linz held Am Montag 2025-06-09\nMax Ott; Paul Brandau; @Graz held Am Montag "
        "2025-06-09\n");
  // One "mit" for both: one meeting.
  CHECK(MeetingsWithAll("In Rom sprach Paul Brandau am Montag mit Anna Kessler und Max Ott.", "2025-06-12") ==
        "Anna Kessler; Max Ott; Paul Brandau; @Rom held am Montag 2025-06-09\n");
}

TEST_CASE("the-two-are-the-pair-before: who only spoke is not one of the two", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Anna Kessler und Paul Brandau stritten lange. Das sei falsch, sagte Sprecherin "
                        "Eva Lind. Die beiden hätten sich am Montag in Linz getroffen, hieß es.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Linz held am Montag 2025-06-09\n");
}

TEST_CASE("the-two-are-the-pair-before: the two of a meeting told before, even one that fell through",
          "[extraction][rules]") {
  // Jonas Weller is named last before "die beiden", but the meeting told was the minister's
  // with Paul Brandau.
  CHECK(MeetingsWithAll("Ministerin Anna Kessler ist in Wien. Ein Treffen mit Paul Brandau kommt nicht "
                        "zustande. Brandau vertritt in Rom den erkrankten Jonas Weller. Die beiden hatten am "
                        "Montag telefoniert.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @- held am Montag 2025-06-09\n");
  // A report in between with one person named twice tells no other pair.
  CHECK(MeetingsWithAll("Ministerin Anna Kessler ist in Wien. Ein Treffen mit Paul Brandau kommt nicht "
                        "zustande: Brandau verhandelt in Rom über Zölle. Die beiden hatten am Montag telefoniert.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @- held am Montag 2025-06-09\n");
}

TEST_CASE("the-two-are-the-pair-before: the pair of a meeting further back while no one else is named",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Anna Kessler und Paul Brandau trafen sich am Montag in Linz. Es ging um die Bahn. "
                        "Brandau lobte den Bund. Kessler widersprach. Die Strecke sei zu langsam. Vorbereitet "
                        "worden war das bei einem Telefonat der beiden im März.",
                        "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @Linz held am Montag 2025-06-09\n"
        "Anna Kessler; Paul Brandau; @- held im März 2025-03\n");
  // Someone else named since: the two are no longer sure.
  CHECK(MeetingsWithAll("Anna Kessler und Paul Brandau trafen sich am Montag in Linz. Jonas Weller lobte den "
                        "Bund. Die Strecke sei zu langsam. Es fehle Geld. Man brauche Zeit. Vorbereitet worden war "
                        "das bei einem Telefonat der beiden im März.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Linz held am Montag 2025-06-09\n");
  // Unless the report comes back to both of the pair after them.
  CHECK(MeetingsWithAll("Anna Kessler und Paul Brandau trafen sich am Montag in Linz. Jonas Weller lobte den "
                        "Bund. Die Strecke sei zu langsam. „Es fehlt Geld“, sagte Kessler. Brandau sprach von "
                        "einem guten Tag. Vorbereitet worden war das bei einem Telefonat der beiden im März.",
                        "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @Linz held am Montag 2025-06-09\n"
        "Anna Kessler; Paul Brandau; @- held im März 2025-03\n");
}

TEST_CASE("the-two-are-the-pair-before: a reflexive 'man' right after a meeting of two is that pair",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Anna Kessler traf am Montag in Linz Paul Brandau. Man werde sich im Juli in Wien erneut "
                        "zusammensetzen.",
                        "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @Linz held am Montag 2025-06-09\n"
        "Anna Kessler; Paul Brandau; @Wien planned im Juli 2025-07\n");
  // Further on, while the text names no one else.
  CHECK(MeetingsWithAll("Anna Kessler traf am Montag in Linz Paul Brandau. Es ging um Zölle. Ein Sprecher von "
                        "Kessler lobte Brandau. Man werde sich im Juli in Wien erneut zusammensetzen.",
                        "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @Linz held am Montag 2025-06-09\n"
        "Anna Kessler; Paul Brandau; @Wien planned im Juli 2025-07\n");
  // "man" with a party of its own is not the pair.
  CHECK(MeetingsWithAll("Anna Kessler traf am Montag in Linz Paul Brandau. Man werde sich im Juli in Wien mit "
                        "Jonas Weller treffen.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Linz held am Montag 2025-06-09\n");
}

TEST_CASE("negation-governs-trigger and separable-rejection: 'steht nicht an', 'fiel ... aus'", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Ein Treffen mit Paul Brandau steht nicht an, sagte Anna Kessler.", "2025-06-12") == "");
  CHECK(MeetingsWithAll("Ein für Dienstag geplantes Treffen von Anna Kessler mit Paul Brandau fiel damit aus.",
                        "2025-06-12") == "");
  CHECK(MeetingsWithAll("Das Treffen von Anna Kessler mit Paul Brandau fiel am Dienstag kurzfristig aus.",
                        "2025-06-12") == "");
  // How a meeting turned out is no cancellation.
  CHECK(MeetingsWithAll("Anna Kessler traf Paul Brandau. Die Sitzung fiel kürzer aus als geplant.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @- held  \n");
}

TEST_CASE("role-noun-stands-for-holder: an office no one was given, as the subject, is the protagonist's",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Für Anna Kessler ist es eine heikle Reise. Am Montag traf sich die Vizekanzlerin und "
                        "Finanzministerin in Linz mit Paul Brandau.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Linz held Am Montag 2025-06-09\n");
  // Not when the protagonist holds a role of their own, nor as an object.
  CHECK(MeetingsWithAll("Ministerin Anna Kessler reiste ab. Am Montag traf sich der Präsident in Linz mit Paul Brandau.",
                        "2025-06-12") == "");
  CHECK(MeetingsWithAll("Für Anna Kessler ist es eine heikle Reise. Am Montag traf Paul Brandau in Linz die Präsidentin.",
                        "2025-06-12") == "");
  // A protagonist with a role of their own, described by another office opening the sentence
  // right after the one that names them; not when it names another man too.
  CHECK(MeetingsWithAll("Bundesrat Paul Brandau warb in Berlin für enge Beziehungen. Der Vorsteher des Departements "
                        "traf am Dienstag Ministerin Anna Kessler.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @- held am Dienstag 2025-06-10\n");
  CHECK(MeetingsWithAll("Bundesrat Paul Brandau warb in Berlin für Jonas Weller. Der Vorsteher des Departements "
                        "traf am Dienstag Ministerin Anna Kessler.",
                        "2025-06-12") == "");
}

TEST_CASE("role-noun-stands-for-holder: a role given to whom the sentence names is no reference",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Präsident Jonas Weller empfing Anna Kessler. Am Freitag traf sie in Linz den Präsidenten "
                        "der Kommission, Paul Brandau.",
                        "2025-06-12") ==
        "Anna Kessler; Jonas Weller; @- held  \nAnna Kessler; Paul Brandau; @Linz held Am Freitag 2025-06-06\n");
}

TEST_CASE("role-noun-stands-for-holder: 'vom' and 'beim' are articles too", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Präsident Paul Brandau war in Wien. Am Montag wurde Anna Kessler vom Präsidenten empfangen.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @- held Am Montag 2025-06-09\n");
}

TEST_CASE("role-owners-excluded: the body of a role in an apposition after the verb is no party",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Am Montag hatte sich Anna Kessler in Ulm mit Paul Brandau getroffen, dem Vorsitzenden des "
                        "konkurrierenden Ringer-Bundes Deutschland (RBD).",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Ulm held Am Montag 2025-06-09\n");
}

TEST_CASE("role-noun-stands-for-holder: a role noun in the genitive of another role is no party",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Präsident Paul Brandau bleibt in Wien. In Linz verhandelt Jonas Weller, der Schwiegersohn "
                        "des Präsidenten, am Mittwoch mit Anna Kessler.",
                        "2025-06-12") == "Anna Kessler; Jonas Weller; @Linz held am Mittwoch 2025-06-11\n");
}

TEST_CASE("role-noun-stands-for-holder: a state's adjective picks the holder of that state's office",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Der polnische Präsident Paul Brandau und der litauische Präsident Jonas Weller kamen. "
                        "Anschließend traf der polnische Präsident auch Anna Kessler.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @- held  \n");
}

TEST_CASE("setting-hosts-are-no-parties: 'zum Abschluss des Gipfels' is no meeting of its own", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Am Dienstag sprach Jonas Weller mit Paul Brandau. Zum Abschluss des Gipfels war auch Anna "
                        "Kessler angereist. Sie traf am Dienstag Paul Brandau.",
                        "2025-06-12") ==
        "Jonas Weller; Paul Brandau; @- held Am Dienstag 2025-06-10\n"
        "Anna Kessler; Paul Brandau; @- held am Dienstag 2025-06-10\n");
}

TEST_CASE("role-noun-stands-for-holder: not across a wire short's dateline", "[extraction][rules]") {
  const std::string shorts =
      "Tokio (dpa) - Regierungschef Jonas Weller telefonierte am Montag mit Anna Kessler.\n"
      "Schwerin (dpa) - Eva Lind trifft am Montag in Rostock den Chef des Konzerns.";
  CHECK(MeetingsWithAll(shorts, "2025-06-12").find("Eva Lind; Jonas Weller") == std::string::npos);
}

TEST_CASE("setting-hosts-are-no-parties: 'parallel zu den Gesprächen' tells other talks", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Anna Kessler traf am Mittwoch in Linz Paul Brandau. Parallel zu den Regierungsgesprächen "
                        "kam Jonas Weller am Mittwoch in Linz mit Eva Lind zusammen.",
                        "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @Linz held am Mittwoch 2025-06-11\n"
        "Eva Lind; Jonas Weller; @Linz held am Mittwoch 2025-06-11\n");
}

TEST_CASE("meeting-in-time-phrase-apart: the meeting in 'vor/nach dem Treffen mit X' keeps its own parties",
          "[extraction][rules]") {
  // The partner in the time phrase is no party to the main meeting, nor the main partner to it.
  CHECK(MeetingsWithAll("Vor seinem Treffen mit Paul Brandau telefonierte Jonas Weller mit Anna Kessler.",
                        "2025-06-12") == "Jonas Weller; Paul Brandau; @- held  \n"
                                         "Anna Kessler; Jonas Weller; @- held  \n");
  CHECK(MeetingsWithAll("Jonas Weller traf nach seinem Gespräch mit Paul Brandau auch Anna Kessler.", "2025-06-12") ==
        "Anna Kessler; Jonas Weller; @- held  \n"
        "Jonas Weller; Paul Brandau; @- held  \n");
  // "er" in the clause after is who the sentence is about, not the partner named first.
  CHECK(MeetingsWithAll("Nach dem Gespräch mit Paul Brandau reiste Jonas Weller nach Linz, wo er mit Anna Kessler "
                        "zusammenkam.",
                        "2025-06-12") == "Jonas Weller; Paul Brandau; @- held  \n"
                                         "Anna Kessler; Jonas Weller; @Linz held  \n");
  // Who the sentence is about is everyone listed with the first ("A, B und C").
  CHECK(MeetingsWithAll("Jonas Weller, sein Amtskollege Paul Brandau und die Ministerin Anna Kessler reisten am "
                        "Montag nach einem Treffen in Linz ab.",
                        "2025-06-12") == "Anna Kessler; Jonas Weller; Paul Brandau; @Linz held am Montag 2025-06-09\n");
  // "nach dem Treffen" refers back to a meeting told before, not to the day of the call just told.
  CHECK(MeetingsWithAll("Anna Kessler traf am Montag Paul Brandau in Linz. Am Dienstag telefonierte Anna Kessler "
                        "mit Jonas Weller. Kessler und Brandau reisten nach dem Treffen in Linz ab.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Linz held am Montag 2025-06-09\n"
                                         "Anna Kessler; Jonas Weller; @- held Am Dienstag 2025-06-10\n");
}

TEST_CASE("separate-talks-apart: talks held apart are one meeting with each, 'separate' ones not",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Anna Kessler traf am Montag nacheinander Paul Brandau und Jonas Weller.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @- held am Montag 2025-06-09\n"
        "Anna Kessler; Jonas Weller; @- held am Montag 2025-06-09\n");
  // "separate Gespräche" are apart from other talks, and may be with both.
  CHECK(MeetingsWithAll("Anna Kessler plant separate Gespräche mit Paul Brandau und Jonas Weller.", "2025-06-12") ==
        "Anna Kessler; Jonas Weller; Paul Brandau; @- planned  \n");
}

TEST_CASE("subordinate-clause-keeps-its-parties: two parties of its own, none from the main clause",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Anna Kessler empfing am Montag Paul Brandau in Ulm, während Jonas Weller zeitgleich mit "
                        "Lena Graf in Linz beriet.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Ulm held am Montag 2025-06-09\n"
                                         "Jonas Weller; Lena Graf; @Linz held am Montag 2025-06-09\n");
  // One party of its own: the main clause tells who else ("wo er").
  CHECK(MeetingsWithAll("Paul Brandau reiste am Montag nach Linz, wo er Anna Kessler traf.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @Linz held am Montag 2025-06-09\n");
  // A relative clause's subject is the person it follows.
  CHECK(MeetingsWithAll("Jonas Weller reiste mit Minister Paul Brandau, der am Montag im Landesamt Ulm mit Lena Graf "
                        "zusammengetroffen war.",
                        "2025-06-12") == "Lena Graf; Paul Brandau; @Landesamt Ulm held am Montag 2025-06-09\n");
}

TEST_CASE("announced-infinitive-is-plan: talks to be resumed ('die Gespräche fortzusetzen') are the next round",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Paul Brandau traf Jonas Weller am Montag in Ulm. Brandau kündigte an, die Gespräche mit "
                        "Weller in Linz fortzusetzen.",
                        "2025-06-12") == "Jonas Weller; Paul Brandau; @Ulm held am Montag 2025-06-09\n"
                                         "Brandau; Weller; @Linz planned  \n");
  // "das Gespräch mit X zu suchen": whoever announces it seeks talks of their own.
  const std::string seek = "Anna Kessler kündigte an, im Juni das Gespräch mit Paul Brandau zu suchen.";
  CHECK(MeetingsWithAll(seek, "2025-06-12") == "Anna Kessler; Paul Brandau; @- planned im Juni 2025-06\n");
  CHECK(MeetingsWithout("announced-infinitive-is-plan", seek, "2025-06-12") == "");
}

TEST_CASE("announced-infinitive-is-plan: 'Gespräche ... zu führen' far after the noun is the announcer's plan",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Anna Kessler kündigte an, im Juli gemeinsam mit Vertretern der Stadt Gespräche mit dem "
                        "Bauernverband über eine Beteiligung an den Kosten der neuen Halle am Hafen zu führen.",
                        "2025-06-12") == "Anna Kessler; Deutscher Bauernverband; @- planned im Juli 2025-07\n");
  // The infinitive is the nearest meeting noun's: the sitting that resolved to negotiate was held.
  CHECK(MeetingsWithAll("Die Vorstände der Sparkasse Ulm und der Volksbank Ulm haben am Montag bei einer Sitzung in "
                        "Ulm beschlossen, die Verhandlungen über einen Zusammenschluss aufzunehmen.",
                        "2025-06-12")
            .find("held") != std::string::npos);
}

TEST_CASE("announced-infinitive-is-plan: 'X treffen zu wollen' is the announcer's plan", "[extraction][rules]") {
  const std::string meet = "Anna Kessler kündigte an, Paul Brandau im Mai in Ulm treffen zu wollen.";
  CHECK(MeetingsWithAll(meet, "2025-03-12") == "Anna Kessler; Paul Brandau; @Ulm planned im Mai 2025-05\n");
  CHECK(MeetingsWithout("announced-infinitive-is-plan", meet, "2025-03-12") == "");
  CHECK(MeetingsWithAll("Jonas Weller kündigte an, am Dienstag mit Lena Graf sprechen zu können.", "2025-03-12") ==
        "Jonas Weller; Lena Graf; @- planned am Dienstag 2025-03-18\n");
}

TEST_CASE("role-noun-stands-for-holder: 'die Rathauschefin' is the town's mayor", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Oberbürgermeisterin Anna Kessler verlor die Abstimmung. Am Montag sprach die Rathauschefin "
                        "mit Paul Brandau.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @- held Am Montag 2025-06-09\n");
}

TEST_CASE("role-noun-stands-for-holder: 'der Kanzler' is not the 'Vizekanzler'", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Bundeskanzler Paul Brandau und Vizekanzler Jonas Weller kamen am Montag in Ulm zusammen. "
                        "Der Kanzler telefonierte am Dienstag mit Anna Kessler.",
                        "2025-06-12") == "Jonas Weller; Paul Brandau; @Ulm held am Montag 2025-06-09\n"
                                         "Anna Kessler; Paul Brandau; @- held am Dienstag 2025-06-10\n");
}

TEST_CASE("role-noun-stands-for-holder: 'der Ministerpräsident' is who the article calls 'Regierungschef'",
          "[extraction][rules]") {
  // A call takes the day of the sentence before ('Anschließend'), not its place.
  CHECK(MeetingsWithAll("Der Regierungschef Karl Haddad hat am Sonntag in Doha Jonas Weller empfangen. Anschließend "
                        "telefonierte der Ministerpräsident mit Anna Kessler.",
                        "2025-12-15") == "Jonas Weller; Karl Haddad; @Doha held am Sonntag 2025-12-14\n"
                                         "Anna Kessler; Karl Haddad; @- held am Sonntag 2025-12-14\n");
}

TEST_CASE("topics-excluded: 'ging es nach Angaben der Regierung vor allem um' opens the agenda past its adverbials",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Am Montag hatte Kanzlerin Anna Kessler den Gast in Berlin empfangen. Bei dem Gespräch im "
                        "Kanzleramt ging es nach Angaben der Bundesregierung vor allem um das Abkommen der "
                        "Europäischen Union mit dem Staatenbund Mercosur, dem Uruguay angehört.",
                        "2025-06-12") == "");
}

TEST_CASE("topics-excluded: what a topic noun's 'an' names ('eine Beteiligung an der X GmbH') is no party",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Anna Kessler sprach am Montag in Ulm mit der Deutschen Bahn über eine Beteiligung an der "
                        "Hafengesellschaft Ulm GmbH.",
                        "2025-06-12") == "Anna Kessler; Deutsche Bahn; @Ulm held am Montag 2025-06-09\n");
}

TEST_CASE("topics-excluded: after a verb 'über ein Abkommen zwischen A und B' is the topic; after a noun the parties",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Anna Kessler sprach am Montag in Ulm mit Paul Brandau über ein Abkommen zwischen der "
                        "Europäischen Union und der Schweiz.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Ulm held am Montag 2025-06-09\n");
  CHECK(MeetingsWithAll("In Wien haben am Montag Gespräche über einen Austausch zwischen Russland und der Ukraine "
                        "stattgefunden.",
                        "2025-06-12")
            .find("Russland; Ukraine") != std::string::npos);
}

TEST_CASE("topics-excluded: a place in a list of topics is no place of the talks", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Anna Kessler und Paul Brandau haben am Montag über den Handel, die Lage in Polen und die "
                        "Energiepreise gesprochen.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @- held am Montag 2025-06-09\n");
}

TEST_CASE("topics-excluded: a state something is for ('Munition für die Ukraine') is no party", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Die Minister der Europäischen Union haben sich bei ihrem Treffen in Brüssel auf Hilfen für "
                        "die Ukraine verständigt.",
                        "2025-06-12") == "");
  // A meeting in the genitive of another noun ('die Vorbereitung des nächsten Gipfels') is what
  // the talks were about, not the next round of whoever met.
  CHECK(MeetingsWithAll("Anna Kessler traf am Montag in Ulm Paul Brandau. Im Mittelpunkt des Arbeitsessens im Rathaus "
                        "standen Munition für die Ukraine und die Vorbereitung des nächsten Gipfels.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Ulm held am Montag 2025-06-09\n");
}

TEST_CASE("negation-governs-trigger: failed talks were held, a failed meeting was not", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Im Mai waren Gespräche zwischen Anna Kessler und Paul Brandau gescheitert.", "2025-06-12") !=
        "");
  CHECK(MeetingsWithAll("Die Verhandlungen von Anna Kessler mit Paul Brandau scheiterten am Montag.", "2025-06-12") !=
        "");
  CHECK(MeetingsWithAll("Ein Treffen zwischen Anna Kessler und Paul Brandau scheiterte an Terminfragen.",
                        "2025-06-12") == "");
}

TEST_CASE("comma-clauses-keep-their-partners: one meeting per clause, a shared partner and a list stay",
          "[extraction][rules]") {
  const std::string two = MeetingsWithAll(
      "Anna Kessler will am Montag mit Paul Brandau sprechen, am Abend ist ein Treffen mit Jonas Weller geplant.",
      "2025-06-12");
  CHECK(two.find("Anna Kessler; Paul Brandau; @") != std::string::npos);
  CHECK(two.find("Anna Kessler; Jonas Weller; @") != std::string::npos);
  CHECK(std::count(two.begin(), two.end(), '\n') == 2);
  // The same partner in both clauses: one meeting.
  const std::string shared = MeetingsWithAll(
      "Anna Kessler will am Montag mit Paul Brandau sprechen, ein Treffen mit Paul Brandau ist für den Abend geplant.",
      "2025-06-12");
  CHECK(std::count(shared.begin(), shared.end(), '\n') == 1);
  // A list of names is no clause of its own.
  const std::string list = MeetingsWithAll(
      "Anna Kessler traf am Montag Paul Brandau, Lena Graf und Jonas Weller zu Gesprächen.", "2025-06-12");
  CHECK(list.find("Jonas Weller") != std::string::npos);
  CHECK(list.find("Paul Brandau") != std::string::npos);
  // "und" before a verb of its own opens a clause too; each keeps its own time.
  CHECK(MeetingsWithAll("Anna Kessler war am Montag in Ulm mit Paul Brandau zusammengekommen und hatte sich am "
                        "Dienstag mit Jonas Weller abgestimmt.",
                        "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @Ulm held am Montag 2025-06-09\nAnna Kessler; Jonas Weller; @Ulm held am "
        "Dienstag 2025-06-10\n");
}

TEST_CASE("comma-clauses-keep-their-partners: a later clause with its own time and verb keeps whom its verb takes",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Am Montag will Anna Kessler in Ulm mit Paul Brandau sprechen, am Dienstag trifft sie in "
                        "Linz Jonas Weller.",
                        "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @Ulm planned Am Montag 2025-06-16\nAnna Kessler; Jonas Weller; @Linz planned am "
        "Dienstag 2025-06-17\n");
  // The noun met for in a clause that has its own verb: each clause keeps its partner.
  CHECK(MeetingsWithAll("Am Montag war Anna Kessler in Ulm zu einem Gespräch mit Paul Brandau zusammengetroffen, am "
                        "Abend traf sie Jonas Weller.",
                        "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @Ulm held Am Montag 2025-06-09\nAnna Kessler; Jonas Weller; @Ulm held am Abend \n");
}

TEST_CASE("guest-is-the-visitor: the guest without a name is the protagonist named before", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Anna Kessler reiste am Montag nach Wien. Am Abend empfing Paul Brandau seinen Gast im "
                        "Kanzleramt.",
                        "2025-06-12")
            .find("Anna Kessler; Paul Brandau;") != std::string::npos);
  // A guest with a name is that person.
  const std::string named = MeetingsWithAll(
      "Anna Kessler reiste am Montag nach Wien. Am Abend empfing Paul Brandau den Gast Jonas Weller.", "2025-06-12");
  CHECK(named.find("Jonas Weller; Paul Brandau;") != std::string::npos);
  CHECK(named.find("Anna Kessler") == std::string::npos);
}

TEST_CASE("guest-is-the-visitor: whom the lead's first person received is the visitor, not the host",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Ulm (dpa) - Bundespräsident Max Ott hat die Präsidentin Eva Lind am Montag in Berlin "
                        "empfangen. Am Dienstag empfing Bürgermeister Jan Berg den Gast in Ulm.",
                        "2025-06-12")
            .find("Eva Lind; Jan Berg; @Ulm") != std::string::npos);
  // In the passive the one received is named first.
  CHECK(MeetingsWithAll("Ulm (dpa) - Präsidentin Eva Lind ist am Montag von Bundespräsident Max Ott in Berlin "
                        "empfangen worden. Am Dienstag empfing Bürgermeister Jan Berg den Gast in Ulm.",
                        "2025-06-12")
            .find("Eva Lind; Jan Berg; @Ulm") != std::string::npos);
}

TEST_CASE("guest-is-the-visitor: in a wire digest, the visitor of the guest's own item", "[extraction][rules]") {
  const std::string met = MeetingsWithAll(
      "Meldungen aus der Region\n\nUlm (dpa) - Firmenchef Jonas Weller stellte am Dienstag in Ulm neue Pläne vor. "
      "Die Stadt prüft sie.\n\nKiel (dpa) - Landrätin Anna Kessler hat am Mittwoch eine Schule besucht. Rektor "
      "Paul Brandau führte den Gast durch den Neubau.",
      "2025-06-12");
  CHECK(met.find("Anna Kessler; Paul Brandau;") != std::string::npos);
  CHECK(met.find("Jonas Weller; Paul Brandau;") == std::string::npos);
}

TEST_CASE("guest-is-the-visitor: 'die Gäste' are the visit's protagonist, named after a scene-setting lead",
          "[extraction][rules]") {
  const std::string met = MeetingsWithAll(
      "Mit Fanfaren ist das Paar am Mittwoch in Ulm empfangen worden. Präsidentin Anna Kessler und ihr Mann Jonas "
      "Weller besichtigten das Münster. Am Dienstag hatte Paul Brandau die Gäste in Berlin empfangen.",
      "2025-06-12");
  CHECK(met.find("Anna Kessler; Paul Brandau; @Berlin held Am Dienstag 2025-06-10") != std::string::npos);
  CHECK(MeetingsWithout("guest-is-the-visitor",
                        "Mit Fanfaren ist das Paar am Mittwoch in Ulm empfangen worden. Präsidentin Anna Kessler und "
                        "ihr Mann Jonas Weller besichtigten das Münster. Am Dienstag hatte Paul Brandau die Gäste in "
                        "Berlin empfangen.",
                        "2025-06-12")
            .find("Paul Brandau") == std::string::npos);
}

TEST_CASE("guest-is-the-visitor: 'die Delegation', 'die Gruppe' are the protagonist's, not another's; a byline's "
          "author is no protagonist",
          "[extraction][rules]") {
  const std::string body =
      "Von unserer Reporterin Lena Graf, zurzeit in Linz\n"
      "Anna Kessler reiste mit dem Verein Brunnenhilfe nach Linz. Am Montag wurde die Delegation dort von "
      "Paul Brandau empfangen. Am Abend traf sich die Gruppe mit Jonas Weller. Die Delegation der Stadt Ulm "
      "traf am Dienstag Eva Lind.";
  const std::string met = MeetingsWithAll(body, "2025-06-12");
  CHECK(met.find("Anna Kessler; Paul Brandau;") != std::string::npos);
  CHECK(met.find("Anna Kessler; Jonas Weller;") != std::string::npos);
  CHECK(met.find("Lena Graf") == std::string::npos);
  CHECK(met.find("Anna Kessler; Eva Lind") == std::string::npos);
}

TEST_CASE("verb-needs-particle: a passive's agent greets its subject, over the agent's office", "[extraction][rules]") {
  CHECK(MeetingsWithAll("König Paul und Königin Anna wurden am Montag von Bayerns Ministerpräsident Jonas Weller "
                        "begrüßt.",
                        "2025-06-12") == "Anna; Jonas Weller; Paul; @- held am Montag 2025-06-09\n");
  CHECK(MeetingsWithAll("Paul Brandau wurde am Montag vom Ersten Bürgermeister Jonas Weller begrüßt.", "2025-06-12") ==
        "Jonas Weller; Paul Brandau; @- held am Montag 2025-06-09\n");
  // An office the sentence before named as the subject.
  CHECK(MeetingsWithAll("Paul Brandau kam nach Ulm. Der Minister wurde am Montag von Bürgermeister Jonas Weller begrüßt.",
                        "2025-06-12")
            .find("Jonas Weller; Paul Brandau;") != std::string::npos);
  // What the agent welcomed is no person.
  CHECK(MeetingsWithAll("Die Entscheidung wurde am Montag von Bürgermeister Jonas Weller begrüßt.", "2025-06-12") == "");
  CHECK(MeetingsWithAll("Der Vorschlag von Paul Brandau wurde am Montag von Bürgermeister Jonas Weller begrüßt.",
                        "2025-06-12") == "");
}

TEST_CASE("verb-needs-particle: taking part in a group's meeting the genitive names joins nothing told before",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Paul Brandau traf am Montag Anna Kessler. Anschließend nahm Jonas Weller am Mittagessen der "
                        "Minister teil.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @- held am Montag 2025-06-09\n");
}

TEST_CASE("role-noun-stands-for-holder: 'der Monarch' is the king named before", "[extraction][rules]") {
  CHECK(MeetingsWithAll("König Paul traf am Montag in Ulm ein. Am Abend sprach der Monarch mit Anna Kessler.",
                        "2025-06-12")
            .find("Anna Kessler; Paul;") != std::string::npos);
}

TEST_CASE("setting-from-sentence-before: the day of the sentence before as that sentence tells it",
          "[extraction][rules]") {
  // A Monday gone by, though "zogen sich zurück" alone would read it forwards.
  CHECK(MeetingsWithAll("Paul Brandau traf am Montag Anna Kessler. Anschließend zogen sich Brandau und Jonas Weller "
                        "zu einem Gespräch zurück.",
                        "2025-06-12")
            .find("Brandau; Jonas Weller; @- held am Montag 2025-06-09") != std::string::npos);
}

TEST_CASE("the-two-are-the-pair-before: 'die beiden Präsidenten' are the two presidents, not a spouse",
          "[extraction][rules]") {
  const std::string met = MeetingsWithAll(
      "Präsident Paul Brandau empfing Präsidentin Anna Kessler. Kessler wird von ihrem Mann Jonas Weller begleitet. "
      "Danach zogen sich die beiden Präsidenten zu einem Gespräch zurück.",
      "2025-06-12");
  CHECK(met.find("Jonas Weller") == std::string::npos);
  CHECK(met.find("Anna Kessler; Paul Brandau;") != std::string::npos);
}

TEST_CASE("dateline-place: a time of day alone is of the report's day, there", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Linz - Anna Kessler hat am Morgen Paul Brandau getroffen.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @Linz held am Morgen 2025-06-12\n");
  // Another day named: not the dateline's.
  CHECK(MeetingsWithAll("Linz - Anna Kessler hatte am 3. Mai Paul Brandau getroffen.", "2025-06-12")
            .find("@Linz") == std::string::npos);
}

TEST_CASE("dateline-place: a meeting planned for the next two days is there too, not one later",
          "[extraction][rules]") {
  // 2025-06-12 is a Thursday.
  CHECK(MeetingsWithAll("Linz - Anna Kessler will am Freitag Paul Brandau treffen.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @Linz planned am Freitag 2025-06-13\n");
  CHECK(MeetingsWithAll("Linz - Anna Kessler will am 30. Juni Paul Brandau treffen.", "2025-06-12")
            .find("@Linz") == std::string::npos);
  // One set for the report's own day, too.
  CHECK(MeetingsWithAll("Linz - Für diesen Donnerstag ist ein Treffen von Anna Kessler mit Paul Brandau angesetzt.",
                        "2025-06-12")
            .find("@Linz") != std::string::npos);
}

TEST_CASE("dateline-place: a meeting held in the report's last three days is there", "[extraction][rules]") {
  // 2025-06-12 is a Thursday.
  CHECK(MeetingsWithAll("Linz - Am Dienstag traf Anna Kessler den Minister Paul Brandau.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @Linz held Am Dienstag 2025-06-10\n");
  CHECK(MeetingsWithAll("Linz - Am Montag traf Anna Kessler den Minister Paul Brandau.", "2025-06-12")
            .find("@Linz") == std::string::npos);
}

TEST_CASE("setting-from-sentence-before: a place the talks were about is not where they were", "[extraction][rules]") {
  const std::string met = MeetingsWithAll(
      "Anna Kessler hat am Samstag Paul Brandau empfangen. Dabei ging es nach Angaben der Regierung um die Waffenruhe "
      "im Gazastreifen. An dem Gespräch nahm auch Jonas Weller teil.",
      "2025-06-12");
  CHECK(met.find("Jonas Weller") != std::string::npos);
  CHECK(met.find("@Gazastreifen") == std::string::npos);
}

TEST_CASE("pronoun-subjects: 'sie' in a subordinate clause is one woman when the clause ends with a singular verb",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Anna Kessler ist in Wien. Am Mittwoch fährt sie nach Linz, wo sie mit Paul Brandau sprechen "
                        "will.",
                        "2025-06-12")
            .find("Anna Kessler; Paul Brandau;") != std::string::npos);
}

TEST_CASE("place-after-preposition: a region after a town, and a town after a company, say where the town is",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Anna Kessler hat am Dienstag in Rosenheim im Chiemgau Paul Brandau getroffen.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @Rosenheim held am Dienstag 2025-06-10\n");
  CHECK(MeetingsWithAll("Anna Kessler hat am Dienstag das Werk der Brandauer Stahl AG in Rosenheim im Chiemgau besucht.",
                        "2025-06-12") == "Anna Kessler; Brandauer Stahl AG; @Rosenheim held am Dienstag 2025-06-10\n");
}

TEST_CASE("bare-ministry-named-before: 'im Ministerium' is the ministry named before, in the sentence's town",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Das Verkehrsministerium lud ein. Anna Kessler und Paul Brandau kamen am Montag im "
                        "Ministerium in Berlin zusammen.",
                        "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @Verkehrsministerium in Berlin held am Montag 2025-06-09\n");
  // Without a ministry named before, the town stays the place.
  CHECK(MeetingsWithAll("Anna Kessler und Paul Brandau kamen am Montag im Ministerium in Berlin zusammen.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @Berlin held am Montag 2025-06-09\n");
}

TEST_CASE("bare-venue-named-before: 'im Hotel', 'im Schloss' is the place named before on that noun",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Das Hotel Seeblick sucht Personal. Am Montag trafen sich Anna Kessler und Paul Brandau im "
                        "Hotel.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Hotel Seeblick held Am Montag 2025-06-09\n");
  // Before the dateline's town, which it is in.
  CHECK(MeetingsWithAll("Ulm (dpa) - Im Schloss Esterhof wird gefeiert. Anna Kessler traf Paul Brandau am Montag im "
                        "Schloss.",
                        "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @Schloss Esterhof in Ulm held am Montag 2025-06-09\n");
  // Without such a place named before, the noun is no place.
  CHECK(MeetingsWithAll("Am Montag trafen sich Anna Kessler und Paul Brandau im Hotel.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @- held Am Montag 2025-06-09\n");
}

TEST_CASE("kind-noun-stands-for-its-organization: 'die Gewerkschaft' is the union named before",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Die Gewerkschaft Verdi droht mit Streik. Am Montag traf sich die Gewerkschaft mit Anna "
                        "Kessler.",
                        "2025-06-12") == "Anna Kessler; Verdi; @- held Am Montag 2025-06-09\n");
  // Not whose office it is, nor the kind word inside a name.
  CHECK(MeetingsWithAll("Die Gewerkschaft Verdi droht mit Streik. Den Chef der Gewerkschaft traf am Montag Anna "
                        "Kessler.",
                        "2025-06-12")
            .find("Verdi") == std::string::npos);
  // A club and a compound of the kind: "den Verein", "den Heimatverein" for the club named before.
  CHECK(MeetingsWithAll("Der Heimatverein Unterdorf fordert eine Umgehungsstraße. Anna Kessler will den Verein am "
                        "Montag ins Rathaus einladen.",
                        "2025-06-12")
            .find("Heimatverein Unterdorf") != std::string::npos);
  CHECK(MeetingsWithAll("Der Heimatverein Unterdorf fordert eine Umgehungsstraße. Anna Kessler will den "
                        "Heimatverein am Montag ins Rathaus einladen.",
                        "2025-06-12")
            .find("Heimatverein Unterdorf") != std::string::npos);
  // A compound stands for a name built on it, not for another body of its kind.
  CHECK(MeetingsWithAll("Der Sportverein Oberdorf lädt ein. Anna Kessler will den Heimatverein am Montag ins "
                        "Rathaus einladen.",
                        "2025-06-12")
            .find("Sportverein") == std::string::npos);
}

TEST_CASE("place-after-preposition: in front of a building is where", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Mit militärischen Ehren ist Paul Brandau am Mittwoch vor dem Innenministerium von Anna "
                        "Kessler empfangen worden.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Innenministerium held am Mittwoch 2025-06-11\n");
  // Without an article too.
  CHECK(MeetingsWithAll("Mit militärischen Ehren ist Paul Brandau am Mittwoch vor Schloss Kesselbrunn von Anna "
                        "Kessler empfangen worden.",
                        "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @Schloss Kesselbrunn held am Mittwoch 2025-06-11\n");
}

TEST_CASE("setting-hosts-are-no-parties: 'parallel zum Treffen' is another meeting's time", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Kanzler Jonas Weller empfing am Montag Eva Lind. Parallel zum Treffen der Regierungschefs "
                        "kamen Anna Kessler und Paul Brandau in Ulm zusammen.",
                        "2025-06-12") ==
        "Eva Lind; Jonas Weller; @- held am Montag 2025-06-09\nAnna Kessler; Paul Brandau; @Ulm held  \n");
}

TEST_CASE("commenters-are-no-parties: who judges a meeting with its own parties takes no part", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Anna Kessler besuchte am Montag Ulm und traf Paul Brandau. Die SPÖ hat den Besuch Kesslers "
                        "scharf kritisiert.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Ulm held am Montag 2025-06-09\n");
  // "begrüßen" judges a meeting it takes, it greets no one.
  CHECK(MeetingsWithAll("Anna Kessler traf am Montag Paul Brandau. Die SPÖ begrüßte das Treffen der beiden.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @- held am Montag 2025-06-09\n");
  // Praise for talks with a partner comes from one who took part.
  CHECK(MeetingsWithAll("Jonas Weller lobte am Montag das Gespräch mit Paul Brandau.", "2025-06-12") ==
        "Jonas Weller; Paul Brandau; @- held am Montag 2025-06-09\n");
}

TEST_CASE("seat-owner-is-the-place: whose headquarters hosts a meeting is where, not who", "[extraction][rules]") {
  CHECK(MeetingsWithAll("In einem Saal des Hauptquartiers der Nato sprach Anna Kessler am Montag mit Paul Brandau.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Nato held am Montag 2025-06-09\n");
  // A city named too is nearer.
  CHECK(MeetingsWithAll("Am Sitz der Nato in Brüssel sprach Anna Kessler am Montag mit Paul Brandau.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @Brüssel held am Montag 2025-06-09\n");
  // A sitting is no seat ("Sitzung" begins like "Sitz").
  CHECK(MeetingsWithAll("In einer Sitzung der Nato sprach Anna Kessler am Montag mit Paul Brandau.",
                        "2025-06-12")
            .find("Nato; Paul Brandau; @-") != std::string::npos);
  // An embassy's state takes no part, and the embassy is not in that state.
  CHECK(MeetingsWithAll("Am Abend traf Anna Kessler in der Botschaft der Republik Polen den Unternehmer Paul Brandau.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @- held Am Abend \n");
  // Without the building the organization takes part.
  CHECK(MeetingsWithAll("Anna Kessler sprach am Montag mit Vertretern der Nato.", "2025-06-12") ==
        "Anna Kessler; Nato; @- held am Montag 2025-06-09\n");
}

TEST_CASE("role-noun-stands-for-holder: a plural role noun is a group, not the holder named before",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Parteichef Jonas Weller lobte den Plan. Anna Kessler will am Freitag mit den Ressortchefs "
                        "über Einsparungen sprechen.",
                        "2025-06-12") == "");
  // The singular is the holder.
  CHECK(MeetingsWithAll("Parteichef Jonas Weller lobte den Plan. Anna Kessler will am Freitag mit dem Parteichef "
                        "über Einsparungen sprechen.",
                        "2025-06-12") == "Anna Kessler; Jonas Weller; @- planned am Freitag 2025-06-13\n");
}

TEST_CASE("place-after-preposition: the seat of a role's body is not where the meeting is", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Anna Kessler traf am Montag den Chef der Landesgruppe im Bundestag, Paul Brandau.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @- held am Montag 2025-06-09\n");
}

TEST_CASE("agentless-meeting-has-protagonist: who only reported in the lead is no protagonist", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Der Ausschuss tagt erneut, wie Sprecher Jonas Weller am Morgen mitteilte. Anna Kessler lobte "
                        "das. Am Freitag ist ein Treffen mit Paul Brandau angesetzt.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @- planned Am Freitag 2025-06-13\n");
}

TEST_CASE("whose-clause-describes: a ', dessen' clause tells about the one met, not who else met", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Anna Kessler traf am Montag Paul Brandau, dessen Sprecherin Lena Graf zuvor gewarnt hatte.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @- held am Montag 2025-06-09\n");
}

TEST_CASE("agentless-meeting-has-protagonist: 'Auch ein Treffen mit X' is also one of whom the meeting before names first",
          "[extraction][rules]") {
  const std::string read = MeetingsWithAll(
      "Kanzlerin Anna Kessler ist in Rom. Paul Brandau will am Freitag Lena Graf in Ulm empfangen. Auch ein "
      "Treffen mit Jonas Weller werde erwogen.",
      "2025-06-12");
  CHECK(read.find("Jonas Weller; Paul Brandau; @") != std::string::npos);
  CHECK(read.find("Anna Kessler; Jonas Weller") == std::string::npos);
}

TEST_CASE("role-noun-stands-for-holder: 'die Ministerin' is the woman who holds the office, not the man named later",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Wirtschaftsministerin Anna Kessler ist in Peking. Dort traf sie Handelsminister Wang Lei. Am "
                        "Mittwoch ist eine Station in Lyon geplant, wo die Ministerin mit dem Bürgermeister der Stadt, "
                        "Paul Brandau, sprechen will.",
                        "2025-06-12")
            .find("Anna Kessler; Paul Brandau; @Lyon planned") != std::string::npos);
}

TEST_CASE("role-noun-stands-for-holder: 'das Staatsoberhaupt' is the president told before", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Bundespräsident Paul Brandau sprach am Montag im Parlament. Am Mittwoch empfing das "
                        "Staatsoberhaupt die Grünen-Chefin Anna Kessler.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @- held Am Mittwoch 2025-06-11\n");
}

TEST_CASE("role-noun-stands-for-holder: of several holders of the office, 'der Minister' is the one named last",
          "[extraction][rules]") {
  const std::string told =
      "Finanzminister Paul Brandau und Finanzminister Jonas Weller kamen nach Washington. Weller sprach von einem "
      "Bruch. Brandau sagte, er bedaure das. Am Nachmittag wollte der Minister noch Anna Kessler treffen.";
  CHECK(MeetingsWithAll(told, "2025-06-12") == "Anna Kessler; Paul Brandau; @- planned Am Nachmittag \n");
}

TEST_CASE("role-noun-stands-for-holder: 'der Diplomat' describes the protagonist, who holds an office of their own",
          "[extraction][rules]") {
  const std::string told =
      "Der Sonderbeauftragte der Bundesregierung, Paul Brandau, warb in Kairo für eine Waffenruhe. Am Samstag hatte "
      "der Diplomat mit dem Außenminister Jonas Weller telefoniert.";
  CHECK(MeetingsWithAll(told, "2025-06-12") == "Jonas Weller; Paul Brandau; @- held Am Samstag 2025-06-07\n");
  // "die Unternehmer" are several, not the protagonist.
  CHECK(MeetingsWithAll("Der Sonderbeauftragte der Bundesregierung, Paul Brandau, reiste nach Kairo. Dort waren die "
                        "Unternehmer mit dem Außenminister Jonas Weller zusammengekommen.",
                        "2025-06-12") == "");
}

TEST_CASE("request-is-no-meeting: a meeting asked for and refused is none, one awaited is considered",
          "[extraction][rules]") {
  const std::string refused =
      "Paul Brandau hatte um ein Gespräch mit Landrätin Anna Kessler gebeten. Kessler lehnte ab.";
  CHECK(MeetingsWithAll(refused, "2025-06-12") == "");
  CHECK(MeetingsWithout("request-is-no-meeting", refused, "2025-06-12") != "");
  CHECK(MeetingsWithAll("Paul Brandau bat vergeblich um einen Termin bei Landrätin Anna Kessler.", "2025-06-12") == "");
  // What the request was for ("um ... zu sprechen") goes with it.
  CHECK(MeetingsWithAll("Landrätin Anna Kessler besucht Ulm. Paul Brandau hatte um ein Gespräch mit der Landrätin "
                        "gebeten, um über die Windparks zu sprechen. Ihr Büro habe dies abgelehnt.",
                        "2025-06-12") == "");
  const std::string awaited =
      "Paul Brandau hat um ein Gespräch mit Landrätin Anna Kessler gebeten. Eine Antwort steht noch aus.";
  CHECK(MeetingsWithAll(awaited, "2025-06-12").find("considered") != std::string::npos);
  // Who asked for a meeting already told: it took place.
  CHECK(MeetingsWithAll("Anna Kessler traf am Montag Paul Brandau in Linz. Brandau hatte um das Gespräch gebeten.",
                        "2025-06-12")
            .find("held") != std::string::npos);
}

TEST_CASE("past-perfect-is-earlier: 'hatten sich bereits am Morgen getroffen' is a meeting before the one told",
          "[extraction][rules]") {
  const std::string told =
      "Anna Kessler, Paul Brandau und Jonas Weller kamen am Dienstag in Linz zusammen. Kessler und Weller hatten "
      "sich bereits am Morgen zu einem Frühstück getroffen.";
  CHECK(MeetingsWithAll(told, "2025-06-12") ==
        "Anna Kessler; Jonas Weller; Paul Brandau; @Linz held am Dienstag 2025-06-10\n"
        "Kessler; Weller; @Linz held am Morgen 2025-06-10\n");
  CHECK(MeetingsWithout("past-perfect-is-earlier", told, "2025-06-12") != MeetingsWithAll(told, "2025-06-12"));
  // Told in the perfect, it is a further report of that meeting.
  CHECK(MeetingsWithAll("Anna Kessler, Paul Brandau und Jonas Weller kamen am Dienstag in Linz zusammen. Kessler und "
                        "Weller haben sich dort zu einem Gespräch getroffen.",
                        "2025-06-12") == "Anna Kessler; Jonas Weller; Paul Brandau; @Linz held am Dienstag 2025-06-10\n");
}

TEST_CASE("meeting triggers: 'zusammensaß' in a subordinate clause is a meeting of its own", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Anna Kessler sprach am Montag in Linz, während Jonas Weller in Bonn noch mit Eva Lind "
                        "zusammensaß.",
                        "2025-06-12") == "Eva Lind; Jonas Weller; @Bonn held am Montag 2025-06-09\n");
}

TEST_CASE("coordinated-adverbials-split and comma-clauses-keep-their-partners: 'mit A, mit B und mit C zu einem "
          "Gespräch' is one meeting",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Ministerin Eva Lind traf sich am Montag mit Anna Kessler, der Chefin der Kessel GmbH, mit "
                        "Bürgermeister Paul Brandau und mit Landrat Jonas Weller zu einem Gespräch.",
                        "2025-06-12") == "Anna Kessler; Eva Lind; Jonas Weller; Paul Brandau; @- held am Montag 2025-06-09\n");
  // Without a noun they met for, talks with each.
  CHECK(MeetingsWithAll("Ministerin Eva Lind sprach am Montag mit Anna Kessler und mit Jonas Weller.", "2025-06-12") ==
        "Anna Kessler; Eva Lind; @- held am Montag 2025-06-09\nEva Lind; Jonas Weller; @- held am Montag 2025-06-09\n");
}

TEST_CASE("pronoun-subjects: a sentence before that opens with an office ('Die Ministerin verteidigte ...') names "
          "whom 'sie' is",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Gesundheitsministerin Eva Lind traf am Mittwoch die Apotheker. Der Entwurf sieht Änderungen "
                        "vor. Die Verbände lehnen das ab. Die Ministerin verteidigte die Pläne am Morgen. Am Abend "
                        "telefonierte sie mit Paul Brandau.",
                        "2025-06-12") == "Eva Lind; Paul Brandau; @- held Am Abend \n");
}

TEST_CASE("pronoun-subjects: an office as the subject after the verb ('Am Donnerstag reist der Premier weiter.') "
          "names whom 'ihn' is, unless its holder is named in the pronoun's own clause",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Ministerpräsident Max Ott traf am Dienstag Anna Kessler. Bundespräsident Paul Brandau sagte "
                        "ein Treffen ab. Am Donnerstag reist der Ministerpräsident nach Kiel weiter. Dort empfängt ihn "
                        "Bürgermeisterin Eva Lind.",
                        "2025-06-12") ==
        "Anna Kessler; Max Ott; @- held am Dienstag 2025-06-10\nEva Lind; Max Ott; @Kiel held Am Donnerstag "
        "2025-06-12\n");
  CHECK(MeetingsWithAll("Bundespräsident Paul Brandau eröffnete am Montag eine Messe. Dort hielt Max Ott aus Finnland "
                        "eine Rede. Der Bundespräsident nannte Finnland einen Partner. Im März hatte Brandau ihn in "
                        "Helsinki besucht.",
                        "2025-06-12") == "Brandau; Max Ott; @Helsinki held Im März 2025-03\n");
}

TEST_CASE("origin-is-no-party: whom 'aus X' describes is the party, not X; experts 'aus X' stand for it",
          "[extraction][rules]") {
  const std::string told = "Der Verein Blau-Weiß Ulm verhandelt mit einem Investor aus Polen über einen Einstieg.";
  CHECK(MeetingsWithAll(told, "2025-06-12") == "");
  CHECK(MeetingsWithout("origin-is-no-party", told, "2025-06-12") != "");
  CHECK(MeetingsWithAll("Am Montag berieten Fachleute aus Bayern und Tschechien in Prag über die Strecke.",
                        "2025-06-12") == "Bayern; Tschechien; @Prag held Am Montag 2025-06-09\n");
}

TEST_CASE("chamber-sitting-is-no-meeting: a parliament's sitting is no meeting; a board's is", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Paul Brandau forderte eine Sondersitzung des Bayerischen Landtags und warf Anna Kessler "
                        "Versagen vor.",
                        "2025-06-12") == "");
  CHECK(MeetingsWithAll("Die Grünen um Paul Brandau forderten eine Sondersitzung des Gesundheitsausschusses.",
                        "2025-06-12") == "");
  CHECK(MeetingsWithAll("Am Montag kamen Anna Kessler und Paul Brandau zu einer Sitzung des Vorstands zusammen.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @- held Am Montag 2025-06-09\n");
  // A council's sitting someone missed: "sagte wegen einer Sitzung des Stadtrats ab".
  CHECK(MeetingsWithAll("Bürgermeister Paul Brandau sagte wegen einer Sitzung des Stadtrats ab.", "2025-06-12") == "");
  CHECK(MeetingsWithAll("Am Montag kamen Anna Kessler und Paul Brandau zu einer Sitzung des Gemeinderates zusammen.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @- held Am Montag 2025-06-09\n");
  // The chamber named in the sitting's clause.
  CHECK(MeetingsWithAll("Paul Brandau verlangte, Anna Kessler müsse dem Haushaltsausschuss in einer Sondersitzung "
                        "Bericht erstatten.",
                        "2025-06-12") == "");
  // A committee named by two nouns sharing their ending.
  CHECK(MeetingsWithAll("Die Partei von Anna Kessler verlangte eine Sondersitzung des Haushalts- und "
                        "Finanzausschusses im Landtag.",
                        "2025-06-12") == "");
}

TEST_CASE("venue-in-town: a town someone came from ('aus Linz angereist') is not the building's", "[extraction][rules]") {
  const std::string trip =
      "Ulm - Anna Kessler war am Sonntag aus Linz angereist. Am Montag empfing sie Bürgermeister Paul Brandau im "
      "Rathaus.";
  CHECK(MeetingsWithAll(trip, "2025-06-12") == "Anna Kessler; Paul Brandau; @Rathaus in Ulm held Am Montag 2025-06-09\n");
}

TEST_CASE("venue-in-town: a building's town named after it, in its adjective, in the sentence or before",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Anna Kessler traf am Montag Paul Brandau im Rathaus in Ulm.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @Rathaus in Ulm held am Montag 2025-06-09\n");
  CHECK(MeetingsWithAll("Ulm - Anna Kessler traf am Montag Paul Brandau im Ulmer Rathaus.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @Ulmer Rathaus in Ulm held am Montag 2025-06-09\n");
  // The town won by distance; the building is where in it.
  CHECK(MeetingsWithAll("Anna Kessler traf am Montag in Ulm Paul Brandau im Hotel Adlon.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @Hotel Adlon in Ulm held am Montag 2025-06-09\n");
  // The town named last before, not one that owns an office ("Linz' Bürgermeister"), not a
  // landscape with its article.
  CHECK(MeetingsWithAll("Anna Kessler reiste am Montag nach Ulm. Linzs Bürgermeister Paul Brandau empfing sie "
                        "im Rathaus der Stadt im Schwarzwald.",
                        "2025-06-12")
            .find("; @Rathaus in Ulm held") != std::string::npos);
  // An institution may be anywhere: no town from before, the dateline's for the article's own.
  CHECK(MeetingsWithAll("Anna Kessler war am Montag in Ulm. Am Dienstag sprach sie im Innenministerium mit "
                        "Paul Brandau.",
                        "2025-06-12")
            .find(" in Ulm ") == std::string::npos);
  CHECK(MeetingsWithAll("Ulm - Anna Kessler sprach am Montag im Landratsamt mit Paul Brandau.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @Landratsamt in Ulm held am Montag 2025-06-09\n");
}

TEST_CASE("both-sides-are-the-pair-named-before: 'beide Verbände' are the two organizations of that kind named before",
          "[extraction][rules]") {
  const std::string told =
      "Der Deutsche Fußball-Bund und die Deutsche Fußball Liga prüfen die Vorwürfe. Beide Verbände wollen in der "
      "kommenden Woche mit der Staatsanwaltschaft Bochum zusammenkommen.";
  CHECK(MeetingsWithAll(told, "2025-06-12") ==
        "Deutsche Fußball Liga; Deutscher Fußball-Bund; Staatsanwaltschaft Bochum; @- planned kommenden Woche \n");
  // After a call of one federation's president with the other: the president's federation.
  const std::string after_call =
      "DFB-Präsident Paul Brandau telefonierte am Montag mit der Geschäftsführung der Deutschen Fußball Liga. Beide "
      "Verbände wollen in der kommenden Woche mit der Staatsanwaltschaft Bochum zusammenkommen.";
  CHECK(MeetingsWithAll(after_call, "2025-06-12").find("; Staatsanwaltschaft Bochum; @- planned") != std::string::npos);
  CHECK(MeetingsWithAll(after_call, "2025-06-12").find("Brandau; Staatsanwaltschaft") == std::string::npos);
  // A genitive qualifies another noun: "die Hymnen beider Länder" are no parties.
  CHECK(MeetingsWithAll("Deutschland und Polen feierten den Vertrag. Bei dem Treffen mit Anna Kessler spielte die "
                        "Kapelle die Hymnen beider Länder.",
                        "2025-06-12")
            .find("Polen") == std::string::npos);
}

TEST_CASE("both-sides-are-the-pair-named-before: 'beide Seiten' are the two joined by 'und' before, when only two",
          "[extraction][rules]") {
  const std::string sides =
      "Die Gewerkschaft Verdi und die Stadtwerke Ulm streiten seit Wochen über Löhne. Am Montag kamen beide Seiten "
      "in Ulm zusammen.";
  CHECK(MeetingsWithAll(sides, "2025-06-12") == "Stadtwerke Ulm; Verdi; @Ulm held Am Montag 2025-06-09\n");
  CHECK(MeetingsWithout("both-sides-are-the-pair-named-before", sides, "2025-06-12") == "");
  // No pair joined: the two of the meeting told just before.
  CHECK(MeetingsWithAll("Die Gewerkschaft Verdi hat am Dienstag mit Ministerin Eva Kunz gesprochen. Beide Seiten "
                        "wollen sich im Juni erneut zusammensetzen.",
                        "2025-06-12") ==
        "Eva Kunz; Verdi; @- held am Dienstag 2025-06-10\nEva Kunz; Verdi; @- planned im Juni 2025-06\n");
  // Two pairs joined: which two sides is unclear.
  CHECK(MeetingsWithAll("Verdi und die Stadtwerke Ulm streiten, die IG Metall und die Adler AG auch. Am Montag kamen "
                        "beide Seiten in Ulm zusammen.",
                        "2025-06-12") == "");
  // A compound naming the sides needs no "beide": "die Tarifparteien" are the two told before.
  CHECK(MeetingsWithAll("Die Gewerkschaft Verdi hat am Dienstag mit der Adler AG verhandelt. Am Freitag kamen "
                        "die Tarifparteien in Linz erneut zusammen.",
                        "2025-06-12") ==
        "Adler AG; Verdi; @- held am Dienstag 2025-06-10\nAdler AG; Verdi; @Linz held Am Freitag 2025-06-06\n");
  // ... which the whole report means by it, further back than "beide Seiten" reaches.
  CHECK(MeetingsWithAll("Die Gewerkschaft Verdi hat am Dienstag mit der Adler AG verhandelt. Der Streik dauert an. "
                        "Busse fahren nicht. Schulen bleiben zu. Die Lage ist ernst. Ein Ende ist offen. Viele "
                        "warten. Am Freitag kamen die Tarifparteien in Linz erneut zusammen.",
                        "2025-06-12")
            .find("@Linz held") != std::string::npos);
}

TEST_CASE("nearest-time-expression: a season, with its year; a meeting then is not one of a date told before",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Anna Kessler traf im Herbst 2024 Paul Brandau.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @- held im Herbst 2024 \n");
  // merge-repeated-reports: "am Dienstag" and "im vergangenen Herbst" are two meetings.
  CHECK(MeetingsWithAll("Anna Kessler hat sich am Dienstag mit Paul Brandau in Linz getroffen. Es war nicht das erste "
                        "Gespräch. Bereits im vergangenen Herbst hatten sich Kessler und Brandau in Ulm über "
                        "die Lage ausgetauscht.",
                        "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @Linz held am Dienstag 2025-06-10\n"
        "Brandau; Kessler; @Ulm held im vergangenen Herbst \n");
}

TEST_CASE("nearest-time-expression: a year after an adverb of time or 'im Jahr'; not a participle's year",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Anna Kessler hatte bereits 2024 mit Paul Brandau verhandelt.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @- held 2024 2024\n");
  CHECK(MeetingsWithAll("Anna Kessler hatte im Jahr 2023 mit Paul Brandau verhandelt.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @- held im Jahr 2023 2023\n");
  CHECK(MeetingsWithAll("Die 2024 gegründete Firma von Anna Kessler verhandelte mit Paul Brandau.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @- held  \n");
}

TEST_CASE("merge-repeated-reports: 'An dem Treffen nahmen auch X und Y teil' joins the meeting told before",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Minister Karl Brand und Ministerin Eva Kunz haben sich am Dienstag in Ulm auf eine "
                        "Arbeitsgruppe verständigt. An dem Treffen im Rathaus nahmen auch die Landrätin Gabi Roth "
                        "und die Bürgermeisterin Petra Lang teil.",
                        "2025-06-12") ==
        "Eva Kunz; Gabi Roth; Karl Brand; Petra Lang; @Rathaus in Ulm held am Dienstag 2025-06-10\n");
}

TEST_CASE("merge-repeated-reports: 'Bei dem Besuch kam sie auch mit X zusammen' joins the visit told before",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Ministerin Eva Kunz besuchte am Dienstag den Betrieb von Karl Brand in Ulm. Brand zeigte ihr "
                        "die Halle. Bei dem Besuch kam Kunz auch mit Landrätin Gabi Roth zusammen.",
                        "2025-06-12") == "Eva Kunz; Gabi Roth; Karl Brand; @Ulm held am Dienstag 2025-06-10\n");
}

TEST_CASE("guest-is-the-visitor: 'waren sie Gäste von X' is a visit of the article's visitor with X", "[extraction][rules]") {
  const std::string text =
      "König Olaf V. ist mit seiner Frau auf einer Reise durch Europa. Am Dienstag waren sie in Berlin Gäste von "
      "Bundespräsident Paul Weber.";
  CHECK(MeetingsWithAll(text, "2025-06-12") == "Olaf V.; Paul Weber; @Berlin held Am Dienstag 2025-06-10\n");
  CHECK(MeetingsWithout("guest-is-the-visitor", text, "2025-06-12") == "");
  // "Gast von X" with the guest named.
  CHECK(MeetingsWithAll("Anna Kessler war am Montag in Ulm Gast von Bürgermeister Paul Brandau.", "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @Ulm held am Montag 2025-06-09\n");
}

TEST_CASE("next-round-takes-parties: 'die nächsten Konsultationen' are of the last consultations, not the last meeting",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Bei den Regierungskonsultationen in Ulm vereinbarten Anna Kessler und Paul Brandau am "
                        "Dienstag ein Abkommen. Am Abend traf Jonas Weller in Ulm Lena Graf. Die nächsten "
                        "Konsultationen sollen im Mai in Linz stattfinden.",
                        "2025-03-12") ==
        "Anna Kessler; Paul Brandau; @Ulm held am Dienstag 2025-03-11\n"
        "Jonas Weller; Lena Graf; @Ulm held Am Abend \n"
        "Anna Kessler; Paul Brandau; @Linz planned im Mai 2025-05\n");
}

TEST_CASE("interview-home-is-the-place: a visit at the home of who answers is in the introduction's town",
          "[extraction][rules]") {
  const std::string body =
      "Eine Sattlerin im Gespräch\n\nEva Lind führt in Ulm eine Sattlerei. Die Fragen stellte Max Ott.\n\n"
      "Wer war zuletzt da?\n\nLind: Im Mai war Minister Paul Brandau bei mir in der Werkstatt.";
  const ArticleFacts facts = AnalyzeWith(body, RuleSwitches(), "2025-06-12");
  INFO(Meetings(facts));
  REQUIRE(facts.meetings.size() == 1);
  CHECK(facts.meetings[0].kind == newskg::extraction::MeetingKind::Visit);
  REQUIRE(facts.meetings[0].location);
  CHECK(facts.mentions[*facts.meetings[0].location].canonical == "Ulm");
  // Not a report with no interview.
  CHECK(MeetingsWithAll("Eva Lind führt in Ulm eine Sattlerei. Im Mai war Minister Paul Brandau bei ihr.",
                        "2025-06-12")
            .find("@Ulm") == std::string::npos);
}

TEST_CASE("interview-pronouns: someone who came 'hier' or 'zu uns' in an answer visits who answers",
          "[extraction][rules]") {
  const std::string body =
      "Ein Sattler im Gespräch\n\nEva Lind führt in Ulm eine Sattlerei. Die Fragen stellte Max Ott.\n\n"
      "Hatten Sie Besuch?\n\nLind: Im Mai war Landrat Paul Brandau hier in der Werkstatt. Im Juli kommt "
      "Kammerpräsident Jonas Weller zu uns, um sich die Lehrwerkstatt anzusehen. Ich war hier lange allein.";
  const ArticleFacts facts = AnalyzeWith(body, RuleSwitches(), "2025-06-12");
  const std::string meetings = Meetings(facts);
  INFO(meetings);
  REQUIRE(facts.meetings.size() == 2);
  CHECK(meetings.find("Lind; Paul Brandau") != std::string::npos);
  CHECK(meetings.find("Jonas Weller; Lind") != std::string::npos);
  for (const auto& m : facts.meetings) {
    CHECK(m.kind == newskg::extraction::MeetingKind::Visit);
    REQUIRE(m.location);
    CHECK(facts.mentions[*m.location].canonical == "Ulm");
  }
  // Not in a report with no interview.
  CHECK(MeetingsWithAll("Eva Lind führt in Ulm eine Sattlerei. Im Mai war Landrat Paul Brandau hier.", "2025-06-12")
            .empty());
}

TEST_CASE("negation-governs-trigger: 'nie' ending the clause of a fronted participle negates it",
          "[extraction][rules]") {
  const std::string meetings = MeetingsWithAll(
      "Anna Kessler hat Minister Paul Brandau einen Brief geschrieben. Getroffen hat sie ihn nie.", "2025-06-12");
  INFO(meetings);
  CHECK(meetings.find("held") == std::string::npos);
}

TEST_CASE("verb-needs-particle: in an answer, 'war ich bei' a body is a visit to it; not years spent there",
          "[extraction][rules]") {
  const std::string intro =
      "Eine Weberin im Gespräch\n\nAnna Lind betreibt in Ulm eine Weberei. Die Fragen stellte Max Ott.\n\n"
      "Haben Sie sich Rat geholt?\n\n";
  const auto visit =
      newskg::testing::AnalyzeTagged(intro + "Lind: Im Februar war ich in Görlitz bei der Damastweberei Brenner.");
  INFO(newskg::testing::Dump(visit));
  CHECK(Meetings(visit).find("Damastweberei Brenner") != std::string::npos);
  const auto years = newskg::testing::AnalyzeTagged(
      intro + "Lind: Zuvor war ich zehn Jahre in Görlitz bei der Damastweberei Brenner.");
  CHECK(Meetings(years).empty());
}

TEST_CASE("pronoun-subjects: in an answer 'ihr' is a woman named before, never who answers; nor the verb's subject",
          "[extraction][rules]") {
  const std::string body =
      "Eine Weberin im Gespräch\n\nEva Lind betreibt in Ulm eine Weberei. Die Fragen stellte Max Ott.\n\n"
      "Wie kam es dazu?\n\nLind: Anna Kessler hat mich auf einem Markt angesprochen. Im Herbst war ich dann bei "
      "ihr im Atelier in Bonn.";
  const std::string meetings = MeetingsWithAll(body, "2025-06-12");
  INFO(meetings);
  CHECK(meetings.find("Anna Kessler; Lind; @Bonn held") != std::string::npos);
  CHECK(MeetingsWithAll("Anna Kessler eröffnet ein Atelier. Im Herbst sprach Paul Brandau mit ihr in Bonn.",
                        "2025-06-12")
            .find("Anna Kessler; Paul Brandau; @Bonn") != std::string::npos);
}

TEST_CASE("next-round-takes-parties: an interviewer's question in between does not count against its reach",
          "[extraction][rules]") {
  const std::string interview =
      "Sie haben sich im Januar mit Ministerin Eva Kunz getroffen. Was kam dabei heraus?\n\nAnna Kessler: Wir "
      "haben lange geredet. Frau Kunz hat Hilfe zugesagt. Das nächste Treffen ist für Juni vereinbart.";
  const std::string meetings = MeetingsWithAll("Anna Kessler leitet den Verband.\n\n" + interview, "2025-06-12");
  CHECK(meetings.find("planned für Juni") != std::string::npos);
}

TEST_CASE("next-round-takes-parties: 'ist ein weiteres Treffen vereinbart' plans one; 'der Beteiligten' reaches further back",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Anna Kessler und Paul Brandau trafen sich am Montag in Ulm. Für den 19. Juli ist ein "
                        "weiteres Treffen vereinbart, diesmal in Linz.",
                        "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @Ulm held am Montag 2025-06-09\n"
        "Anna Kessler; Paul Brandau; @Linz planned Für den 19. Juli 2025-07-19\n");
  // "Es war ein weiteres Treffen": a predicate describes the meeting told.
  CHECK(MeetingsWithAll("Anna Kessler und Paul Brandau trafen sich am Montag in Ulm. Es war ein weiteres Treffen "
                        "in Linz.",
                        "2025-06-12") == "Anna Kessler; Paul Brandau; @Ulm held am Montag 2025-06-09\n");
  CHECK(MeetingsWithAll("Anna Kessler und Paul Brandau trafen sich am Montag in Ulm. Es ging um Geld. Die Stadt "
                        "zahlt. Das Land auch. Der Bund nicht. Für den 19. Juli ist ein weiteres Treffen der "
                        "Beteiligten vereinbart, diesmal in Linz.",
                        "2025-06-12") ==
        "Anna Kessler; Paul Brandau; @Ulm held am Montag 2025-06-09\n"
        "Anna Kessler; Paul Brandau; @Linz planned Für den 19. Juli 2025-07-19\n");
}

TEST_CASE("next-round-takes-parties: 'X kündigte an, die Gespräche in Y fortzusetzen' continues the talks told before",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Minister Max Horn und Ministerin Eva Kunz berieten am Dienstag in Ulm. Kunz kündigte an, die "
                        "Gespräche im Herbst in Linz fortzusetzen.",
                        "2025-06-12") ==
        "Eva Kunz; Max Horn; @Ulm held am Dienstag 2025-06-10\nKunz; Max Horn; @Linz planned im Herbst \n");
}

TEST_CASE("person-and-state-alone: a trip to a state is no meeting; talks with its government after 'mit' are",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Paul Brandau besuchte am Montag Polen.", "2025-06-12") == "");
  CHECK(MeetingsWithAll("Paul Brandau war im Mai zu Gesprächen mit der polnischen Regierung in Warschau.", "2025-06-12")
            .find("Paul Brandau; Polen;") != std::string::npos);
  // The state's group the person leads is the person's own side.
  CHECK(MeetingsWithAll("Eine polnische Delegation unter Leitung von Paul Brandau war am Sonntag in Ulm eingetroffen.",
                        "2025-06-12")
            .find("Polen") == std::string::npos);
}

TEST_CASE("verb-needs-particle: 'beide' talking about something talk with each other", "[extraction][rules]") {
  const std::string told =
      "Max Ott und Landrätin Anna Kessler eröffneten am Mittwoch die Halle. Zuvor hatten beide im Rathaus über die "
      "Kosten gesprochen.";
  CHECK(MeetingsWithAll(told, "2025-06-12").find("Anna Kessler; Max Ott; @Rathaus") != std::string::npos);
  // Of something, not about it: no talks.
  CHECK(MeetingsWithAll("Max Ott und Landrätin Anna Kessler eröffneten am Mittwoch die Halle. Danach sprachen beide "
                        "von einem Erfolg.",
                        "2025-06-12") == "");
}

TEST_CASE("negation-governs-trigger: 'Nicht zustande kam ein Treffen', 'an den Gesprächen nicht beteiligt'",
          "[extraction][rules]") {
  CHECK(MeetingsWithAll("Anna Kessler traf am Montag Paul Brandau. Nicht zustande kam ein Treffen mit Max Ott.",
                        "2025-06-12")
            .find("Max Ott") == std::string::npos);
  const std::string apart =
      "Anna Kessler traf am Montag in Ulm Paul Brandau. Der Abgeordnete Max Ott, der an den Gesprächen nicht "
      "beteiligt war, kritisierte die Regierung.";
  CHECK(MeetingsWithAll(apart, "2025-06-12") == "Anna Kessler; Paul Brandau; @Ulm held am Montag 2025-06-09\n");
  // Who was not there when someone else negotiated: the negotiation stands.
  CHECK(MeetingsWithAll("Anna Kessler hat am Montag mit Paul Brandau verhandelt, ich war nicht dabei.", "2025-06-12")
            .find("Anna Kessler; Paul Brandau;") != std::string::npos);
}

TEST_CASE("chamber-sitting-is-no-meeting: a body's deliberations are no meeting", "[extraction][rules]") {
  CHECK(MeetingsWithAll("Ministerin Anna Kessler will die Anliegen der Bauern in die Beratungen des Bundestages einbringen.",
                        "2025-06-12") == "");
  CHECK(MeetingsWithout("chamber-sitting-is-no-meeting",
                        "Ministerin Anna Kessler will die Anliegen der Bauern in die Beratungen des Bundestages einbringen.",
                        "2025-06-12") != "");
}
