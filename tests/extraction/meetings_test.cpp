// Meeting extraction on invented German news sentences: participants, place, time and date,
// status (held, planned, considered), negation, speakers, states as parties, splitting and
// merging.
#include <catch.hpp>

#include <algorithm>

#include "pipeline_fixture.h"

using newskg::extraction::ArticleFacts;
using newskg::extraction::MeetingKind;
using newskg::extraction::MeetingStatus;
using newskg::testing::Analyze;
using newskg::testing::Dump;
using newskg::testing::ParticipantNames;

using Names = std::vector<std::string>;

namespace {

std::string LocationOf(const ArticleFacts& facts, const newskg::extraction::MeetingFact& m) {
  return m.location ? facts.mentions[*m.location].canonical : "";
}

}  // namespace

TEST_CASE("meetings: a verb meeting with place and time, held", "[extraction][meetings]") {
  auto facts = Analyze("Friedrich Merz traf sich am Dienstag in Rom mit Giorgia Meloni.");
  INFO(Dump(facts));
  REQUIRE(facts.meetings.size() == 1);
  const auto& m = facts.meetings[0];
  CHECK(ParticipantNames(facts, m) == Names{"Friedrich Merz", "Giorgia Meloni"});
  CHECK(LocationOf(facts, m) == "Rom");
  CHECK(m.time_text == "am Dienstag");
  CHECK(m.status == MeetingStatus::Held);
  CHECK(m.kind == MeetingKind::Meeting);
  CHECK(m.sentence == 0);
  CHECK(m.date.empty());  // no article date
}

TEST_CASE("meetings: surnames alone, introduced earlier in the article", "[extraction][meetings]") {
  auto facts = Analyze(
      "Bundeskanzler Friedrich Merz ist zu Gast in Italien. Merz traf sich am Dienstag in Rom "
      "mit Ministerpräsidentin Giorgia Meloni.");
  INFO(Dump(facts));
  REQUIRE(facts.meetings.size() == 1);
  const auto& m = facts.meetings[0];
  CHECK(ParticipantNames(facts, m) == Names{"Giorgia Meloni", "Merz"});
  CHECK(LocationOf(facts, m) == "Rom");
  CHECK(m.status == MeetingStatus::Held);
  CHECK(m.sentence == 1);
}

TEST_CASE("meetings: a weekday in the past resolves against the article date", "[extraction][meetings]") {
  // 2025-06-12 is a Thursday; the Tuesday before it is 2025-06-10.
  auto facts = Analyze("date 2025-06-12\nFriedrich Merz traf sich am Dienstag in Rom mit Giorgia Meloni.");
  INFO(Dump(facts));
  REQUIRE(facts.meetings.size() == 1);
  CHECK(facts.meetings[0].time_text == "am Dienstag");
  CHECK(facts.meetings[0].date == "2025-06-10");
}

TEST_CASE("meetings: a past form in -ierte reads the weekday backwards", "[extraction][meetings]") {
  // 2025-06-12 is a Thursday; the Tuesday before it is 2025-06-10, the one after 2025-06-17.
  auto facts = Analyze(
      "date 2025-06-12\nAm Dienstag absolvierte die Ministerin Lea Brandt in Rom ein Treffen mit Tomas Berger.");
  INFO(Dump(facts));
  REQUIRE(facts.meetings.size() == 1);
  CHECK(facts.meetings[0].date == "2025-06-10");
  auto after = Analyze("date 2025-06-12\nAm Dienstag folgte in Rom ein Treffen von Lea Brandt mit Tomas Berger.");
  INFO(Dump(after));
  REQUIRE(after.meetings.size() == 1);
  CHECK(after.meetings[0].date == "2025-06-10");
}

TEST_CASE("meetings: a weekday with its part of the day is a time expression", "[extraction][meetings]") {
  // 2025-06-12 is a Thursday; the Tuesday evening before it is 2025-06-10.
  auto facts = Analyze("date 2025-06-12\nFriedrich Merz traf sich am Dienstagabend in Rom mit Giorgia Meloni.");
  INFO(Dump(facts));
  REQUIRE(facts.meetings.size() == 1);
  CHECK(facts.meetings[0].time_text == "am Dienstagabend");
  CHECK(facts.meetings[0].date == "2025-06-10");
}

TEST_CASE("meetings: a weekday in the accusative ('nutzten den Dienstagabend') is a time expression",
          "[extraction][meetings]") {
  auto facts = Analyze("date 2025-06-12\nAnna Kessler und Paul Brandau nutzten den Dienstagabend für ein Gespräch.");
  INFO(Dump(facts));
  REQUIRE(facts.meetings.size() == 1);
  CHECK(facts.meetings[0].time_text == "den Dienstagabend");
  CHECK(facts.meetings[0].date == "2025-06-10");
}

TEST_CASE("meetings: a time inside a phrase of 'seit' is no meeting's time", "[extraction][meetings]") {
  // "im März" tells when the term began; the count refers back to Tuesday's meeting.
  auto facts = Analyze(
      "date 2025-06-12\nFriedrich Merz traf sich am Dienstag in Rom mit Giorgia Meloni. Es war das dritte Treffen der "
      "beiden seit dem Amtsantritt von Merz im März.");
  INFO(Dump(facts));
  REQUIRE(facts.meetings.size() == 1);
  CHECK(facts.meetings[0].date == "2025-06-10");
  auto longer = Analyze(
      "date 2025-06-12\nFriedrich Merz traf sich am Dienstag in Rom mit Giorgia Meloni. Es war das dritte Treffen der "
      "beiden seit der Wahl des Kandidaten zum Vorsitzenden im März.");
  INFO(Dump(longer));
  REQUIRE(longer.meetings.size() == 1);
  CHECK(longer.meetings[0].date == "2025-06-10");
}

TEST_CASE("meetings: the date beside a weekday wins over the weekday", "[extraction][meetings]") {
  // 2025-06-12 is a Thursday; the coming Sunday would be 2025-06-15, the text says the 22nd.
  auto facts = Analyze(
      "date 2025-06-12\nFriedrich Merz will sich am Sonntag, dem 22. Juni, in Rom mit Giorgia Meloni treffen.");
  INFO(Dump(facts));
  REQUIRE(facts.meetings.size() == 1);
  CHECK(facts.meetings[0].time_text == "am Sonntag, dem 22. Juni");
  CHECK(facts.meetings[0].date == "2025-06-22");
}

TEST_CASE("meetings: a site named before its city is the place", "[extraction][meetings]") {
  auto facts = Analyze("Anna Kessler traf sich am Montag im Auswärtigen Amt in Berlin mit Paul Brandau.");
  INFO(Dump(facts));
  REQUIRE(facts.meetings.size() == 1);
  CHECK(LocationOf(facts, facts.meetings[0]) == "Auswärtiges Amt");
}

TEST_CASE("meetings: a day and month with a month-only article date give the ISO day", "[extraction][meetings]") {
  auto facts = Analyze(" date 2025-06\nFriedrich Merz traf sich am 11. Juni in Berlin mit Donald Tusk.");
  INFO(Dump(facts));
  REQUIRE(facts.meetings.size() == 1);
  const auto& m = facts.meetings[0];
  CHECK(m.time_text == "am 11. Juni");
  CHECK(m.date == "2025-06-11");
  CHECK(LocationOf(facts, m) == "Berlin");
}

TEST_CASE("meetings: sollen ... treffen is planned", "[extraction][meetings]") {
  auto facts = Analyze("Friedrich Merz und Giorgia Meloni sollen sich nächste Woche in Genf treffen.");
  INFO(Dump(facts));
  REQUIRE(facts.meetings.size() == 1);
  const auto& m = facts.meetings[0];
  CHECK(ParticipantNames(facts, m) == Names{"Friedrich Merz", "Giorgia Meloni"});
  CHECK(m.status == MeetingStatus::Planned);
  CHECK(LocationOf(facts, m) == "Genf");
}

TEST_CASE("meetings: a call that is being weighed is considered", "[extraction][meetings]") {
  auto facts = Analyze("Ein Telefonat zwischen Friedrich Merz und Donald Trump wird erwogen.");
  INFO(Dump(facts));
  REQUIRE(facts.meetings.size() == 1);
  const auto& m = facts.meetings[0];
  CHECK(ParticipantNames(facts, m) == Names{"Donald Trump", "Friedrich Merz"});
  CHECK(m.status == MeetingStatus::Considered);
  CHECK(m.kind == MeetingKind::Call);
}

TEST_CASE("meetings: kein Treffen is no meeting", "[extraction][meetings]") {
  auto facts = Analyze("Es wird vorerst kein Treffen zwischen Friedrich Merz und Wladimir Putin geben.");
  INFO(Dump(facts));
  CHECK(facts.meetings.empty());
}

TEST_CASE("meetings: a meeting that is not planned is no meeting", "[extraction][meetings]") {
  // Defect: negation after a noun trigger is ignored ("Treffen ... ist nicht geplant").
  auto facts = Analyze("Ein Treffen zwischen Friedrich Merz und Wladimir Putin ist nicht geplant.");
  INFO(Dump(facts));
  CHECK(facts.meetings.empty());
}

TEST_CASE("meetings: a meeting that will not take place is no meeting", "[extraction][meetings]") {
  auto facts = Analyze("Friedrich Merz und Wladimir Putin werden sich nicht treffen.");
  INFO(Dump(facts));
  CHECK(facts.meetings.empty());
}

TEST_CASE("meetings: reported speech alone is no meeting", "[extraction][meetings]") {
  auto facts = Analyze(
      "Friedrich Merz sagte, die Lage sei ernst. Emmanuel Macron erklärte, Europa müsse "
      "geschlossen handeln.");
  INFO(Dump(facts));
  CHECK(facts.meetings.empty());
}

TEST_CASE("meetings: the speaker who reports a meeting is not a participant", "[extraction][meetings]") {
  auto facts = Analyze(
      "Laut Regierungssprecher Stefan Kornbrand trafen sich Friedrich Merz und Emmanuel Macron "
      "in Berlin.");
  INFO(Dump(facts));
  REQUIRE(facts.meetings.size() == 1);
  const auto& m = facts.meetings[0];
  CHECK(ParticipantNames(facts, m) == Names{"Emmanuel Macron", "Friedrich Merz"});
  CHECK(LocationOf(facts, m) == "Berlin");
  CHECK(m.status == MeetingStatus::Held);
}

TEST_CASE("meetings: a speaker after the verb of saying is not a participant", "[extraction][meetings]") {
  // Defect: the backward speaker scan from "sagte" skips the comma and takes "Paris" (two
  // tokens before) as a speaker, so the meeting loses its place.
  auto facts = Analyze(
      "Friedrich Merz und Emmanuel Macron haben sich am Montag in Paris getroffen, sagte "
      "Regierungssprecher Stefan Kornbrand.");
  INFO(Dump(facts));
  REQUIRE(facts.meetings.size() == 1);
  const auto& m = facts.meetings[0];
  CHECK(ParticipantNames(facts, m) == Names{"Emmanuel Macron", "Friedrich Merz"});
  CHECK(LocationOf(facts, m) == "Paris");
}

TEST_CASE("meetings: officials of two states make the states the parties", "[extraction][meetings]") {
  auto facts = Analyze(
      "In der kommenden Woche werden amerikanische und russische Beamte in Istanbul "
      "zusammentreffen.");
  INFO(Dump(facts));
  REQUIRE(facts.meetings.size() == 1);
  const auto& m = facts.meetings[0];
  CHECK(ParticipantNames(facts, m) == Names{"Russland", "Vereinigte Staaten"});
  for (std::size_t p : m.participants) CHECK(facts.mentions[p].is_country);
  CHECK(LocationOf(facts, m) == "Istanbul");
  CHECK(m.status == MeetingStatus::Planned);
}

TEST_CASE("meetings: a nationality adjective alone does not make a state a party", "[extraction][meetings]") {
  auto facts = Analyze(
      "Friedrich Merz traf sich am Montag mit Emmanuel Macron, um über die russische "
      "Offensive zu sprechen.");
  INFO(Dump(facts));
  REQUIRE(facts.meetings.size() == 1);
  CHECK(ParticipantNames(facts, facts.meetings[0]) == Names{"Emmanuel Macron", "Friedrich Merz"});
}

TEST_CASE("meetings: two meetings in one sentence split at 'und in'", "[extraction][meetings]") {
  auto facts = Analyze(
      "Der Sondergesandte Mark Danner traf sich in Moskau mit Wladimir Putin und in Kiew mit "
      "Präsident Wolodymyr Selenskyj.");
  INFO(Dump(facts));
  REQUIRE(facts.meetings.size() == 2);
  const auto& a = facts.meetings[0];
  const auto& b = facts.meetings[1];
  CHECK(ParticipantNames(facts, a) == Names{"Mark Danner", "Wladimir Putin"});
  CHECK(LocationOf(facts, a) == "Moskau");
  CHECK(ParticipantNames(facts, b) == Names{"Mark Danner", "Wolodymyr Selenskyj"});
  CHECK(LocationOf(facts, b) == "Kiew");
}

TEST_CASE("meetings: each split meeting keeps its own time", "[extraction][meetings]") {
  auto facts = Analyze(
      "Der Sondergesandte Mark Danner traf sich am Montag in Moskau mit Wladimir Putin und am "
      "Mittwoch in Kiew mit Präsident Wolodymyr Selenskyj.");
  INFO(Dump(facts));
  REQUIRE(facts.meetings.size() == 2);
  CHECK(facts.meetings[0].time_text == "am Montag");
  CHECK(LocationOf(facts, facts.meetings[0]) == "Moskau");
  CHECK(facts.meetings[1].time_text == "am Mittwoch");
  CHECK(LocationOf(facts, facts.meetings[1]) == "Kiew");
}

TEST_CASE("meetings: a definite 'das Treffen' with the place refers back to the meeting", "[extraction][meetings]") {
  auto facts = Analyze(
      "Friedrich Merz und Emmanuel Macron trafen sich am Montag in Paris. Das Treffen in Paris "
      "war lange vorbereitet worden.");
  INFO(Dump(facts));
  REQUIRE(facts.meetings.size() == 1);
  CHECK(facts.meetings[0].sentence == 0);
  CHECK(LocationOf(facts, facts.meetings[0]) == "Paris");
}

TEST_CASE("meetings: the same pair named again in full is merged", "[extraction][meetings]") {
  auto facts = Analyze(
      "Friedrich Merz traf sich am Montag mit Emmanuel Macron. Friedrich Merz und Emmanuel Macron "
      "trafen sich in Paris.");
  INFO(Dump(facts));
  REQUIRE(facts.meetings.size() == 1);
  CHECK(LocationOf(facts, facts.meetings[0]) == "Paris");
  CHECK(facts.meetings[0].time_text == "am Montag");
}

TEST_CASE("meetings: a past 'dauerte' is held, not ongoing", "[extraction][meetings]") {
  // Defect: Lexicons::StatusCue strips "dauerte" as an adjective ending to "dauert" (ongoing).
  auto facts = Analyze("Das Treffen zwischen Friedrich Merz und Emmanuel Macron dauerte drei Stunden.");
  INFO(Dump(facts));
  REQUIRE(facts.meetings.size() == 1);
  CHECK(facts.meetings[0].status == MeetingStatus::Held);
}

TEST_CASE("meetings: the same meeting reported twice is one meeting", "[extraction][meetings]") {
  // Defect: merging compares canonical strings, so "Merz"/"Macron" in the second report do not
  // overlap "Friedrich Merz"/"Emmanuel Macron" of the first.
  auto facts = Analyze(
      "Friedrich Merz und Emmanuel Macron trafen sich am Montag in Paris. Das Treffen von Merz "
      "und Macron dauerte gut zwei Stunden.");
  INFO(Dump(facts));
  REQUIRE(facts.meetings.size() == 1);
  const auto& m = facts.meetings[0];
  CHECK(m.sentence == 0);
  CHECK(m.participants.size() == 2);
  CHECK(LocationOf(facts, m) == "Paris");
  CHECK(m.time_text == "am Montag");
}

TEST_CASE("meetings: a later report adds the missing place to the first", "[extraction][meetings]") {
  // Same defect as above: surname-only participants do not overlap the full names.
  auto facts = Analyze(
      "Friedrich Merz und Emmanuel Macron trafen sich am Montag. Bei dem Treffen in Paris "
      "sprachen Merz und Macron über die Ukraine.");
  INFO(Dump(facts));
  REQUIRE(facts.meetings.size() == 1);
  CHECK(LocationOf(facts, facts.meetings[0]) == "Paris");
  CHECK(facts.meetings[0].time_text == "am Montag");
}

TEST_CASE("meetings: different pairs in one article stay different meetings", "[extraction][meetings]") {
  auto facts = Analyze(
      "Friedrich Merz traf sich am Montag in Paris mit Emmanuel Macron. Am Dienstag traf sich "
      "Giorgia Meloni in Rom mit Pedro Sánchez.");
  INFO(Dump(facts));
  REQUIRE(facts.meetings.size() == 2);
  CHECK(ParticipantNames(facts, facts.meetings[0]) == Names{"Emmanuel Macron", "Friedrich Merz"});
  CHECK(ParticipantNames(facts, facts.meetings[1]) == Names{"Giorgia Meloni", "Pedro Sánchez"});
}

TEST_CASE("meetings: what the talks are about is no party", "[extraction][meetings]") {
  auto facts = Analyze("Friedrich Merz und Emmanuel Macron führten in Berlin Gespräche über die Ukraine.");
  INFO(Dump(facts));
  REQUIRE(facts.meetings.size() == 1);
  CHECK(ParticipantNames(facts, facts.meetings[0]) == Names{"Emmanuel Macron", "Friedrich Merz"});
  CHECK(LocationOf(facts, facts.meetings[0]) == "Berlin");
  CHECK(facts.meetings[0].kind == MeetingKind::Talks);
}

TEST_CASE("meetings: 'ein Gespräch' is a meeting unless a report of it tells talks or a call",
          "[extraction][meetings]") {
  auto one = Analyze("Anna Kessler führte am Montag in Ulm ein Gespräch mit Paul Brandau.");
  INFO(Dump(one));
  REQUIRE(one.meetings.size() == 1);
  CHECK(one.meetings[0].kind == MeetingKind::Meeting);
  auto called = Analyze("Anna Kessler führte am Montag ein Gespräch mit Paul Brandau. Das Telefonat von Kessler und "
                        "Brandau dauerte eine Stunde.");
  INFO(Dump(called));
  REQUIRE(called.meetings.size() == 1);
  CHECK(called.meetings[0].kind == MeetingKind::Call);
  auto talks = Analyze("Anna Kessler führte am Montag ein Gespräch mit Paul Brandau. Die Verhandlungen von Kessler "
                       "und Brandau dauerten eine Stunde.");
  INFO(Dump(talks));
  REQUIRE(talks.meetings.size() == 1);
  CHECK(talks.meetings[0].kind == MeetingKind::Talks);
}

TEST_CASE("meetings: extraction is deterministic", "[extraction][meetings]") {
  const std::string body =
      "Laut Regierungssprecher Stefan Kornbrand trafen sich Friedrich Merz und Emmanuel Macron "
      "am Montag in Berlin. Das Treffen dauerte drei Stunden.";
  CHECK(Dump(Analyze(body)) == Dump(Analyze(body)));
}

TEST_CASE("meetings: present tense with a later date is a plan", "[extraction][meetings]") {
  // 2025-06-12 is a Thursday; the Friday after it is 2025-06-13.
  auto facts = Analyze(
      "date 2025-06-12\nBundeskanzler Friedrich Merz trifft am Freitag in Paris den "
      "französischen Präsidenten Emmanuel Macron.");
  INFO(Dump(facts));
  REQUIRE(facts.meetings.size() == 1);
  CHECK(facts.meetings[0].date == "2025-06-13");
  CHECK(facts.meetings[0].status == MeetingStatus::Planned);
}

TEST_CASE("meetings: two triggers of one sentence that share a party are one meeting", "[extraction][meetings]") {
  auto facts = Analyze(
      "Innenminister Alexander Dobrindt kündigte an, sich mit dem tschechischen Innenminister "
      "Vít Rakušan in Prag zu treffen, um über gemeinsame Streifen zu sprechen.");
  INFO(Dump(facts));
  REQUIRE(facts.meetings.size() == 1);
  const auto names = ParticipantNames(facts, facts.meetings[0]);
  CHECK(std::find(names.begin(), names.end(), "Alexander Dobrindt") != names.end());
  CHECK(std::find(names.begin(), names.end(), "Vít Rakušan") != names.end());
  CHECK(facts.meetings[0].status == MeetingStatus::Planned);
}

TEST_CASE("meetings: every sentence of an interview question speaks to the one who answers", "[extraction][meetings]") {
  auto facts = Analyze(
      "date 2025-06-12\nDie Ministerin Anna Kessler sprach mit uns.\n\nSie haben am Dienstag mit Paul Brandau "
      "telefoniert. Wie war das Gespräch?\n\nKessler: Offen und freundlich.\n");
  INFO(Dump(facts));
  REQUIRE(facts.meetings.size() == 1);
  CHECK(ParticipantNames(facts, facts.meetings[0]) == Names{"Kessler", "Paul Brandau"});
  CHECK(facts.meetings[0].date == "2025-06-10");
}

TEST_CASE("meetings: eating with someone is a meeting; eating alone is none", "[extraction][meetings]") {
  auto dinner = Analyze("Anna Kessler will am Abend in Linz mit Paul Brandau zu Abend essen.");
  INFO(Dump(dinner));
  REQUIRE(dinner.meetings.size() == 1);
  CHECK(ParticipantNames(dinner, dinner.meetings[0]) == Names{"Anna Kessler", "Paul Brandau"});
  auto alone = Analyze("Anna Kessler aß am Abend in Linz mit großem Appetit.");
  INFO(Dump(alone));
  CHECK(alone.meetings.empty());
}

TEST_CASE("meetings: an interview without names before its answers: 'Herr X' answers; the credit is none",
          "[extraction][meetings]") {
  auto facts = Analyze(
      "Ulm. Paul Brandau ist seit einem Monat Landrat.\nHerr Brandau, wie geht es dem Kreis? Was sagt das Land?\n"
      "Nächste Woche sitze ich mit Ministerin Anna Kessler in Stuttgart zusammen.\nUnd die Bahn?\nDie schweigt.\n"
      "Das Gespräch führten Lena Graf und Jonas Weller.\n");
  INFO(Dump(facts));
  REQUIRE(facts.meetings.size() == 1);
  CHECK(ParticipantNames(facts, facts.meetings[0]) == Names{"Anna Kessler", "Brandau"});
  CHECK(facts.meetings[0].status == MeetingStatus::Planned);
}

TEST_CASE("meetings: 'sich austauschen mit' and 'stimmte sich mit X ab' are talks, an exchange of prisoners is none",
          "[extraction][meetings]") {
  auto talks = Analyze("Anna Kessler hat sich am Dienstag in Ulm mit Paul Brandau ausgetauscht.");
  INFO(Dump(talks));
  REQUIRE(talks.meetings.size() == 1);
  CHECK(ParticipantNames(talks, talks.meetings[0]) == Names{"Anna Kessler", "Paul Brandau"});
  CHECK(talks.meetings[0].kind == MeetingKind::Talks);
  auto finite = Analyze("Telefonisch stimmte sich Anna Kessler am Dienstag mit Paul Brandau ab.");
  INFO(Dump(finite));
  REQUIRE(finite.meetings.size() == 1);
  CHECK(ParticipantNames(finite, finite.meetings[0]) == Names{"Anna Kessler", "Paul Brandau"});
  auto vote = Analyze("Die Fraktion stimmte am Dienstag mit Paul Brandau.");
  INFO(Dump(vote));
  CHECK(vote.meetings.empty());
  auto swap = Analyze("Die Ukraine hat am Dienstag mit Russland erneut Gefangene ausgetauscht.");
  INFO(Dump(swap));
  CHECK(swap.meetings.empty());
}

TEST_CASE("meetings: 'zu Gast bei' and 'bei X zu Gast' are visits; a guest of a show is none", "[extraction][meetings]") {
  auto visit = Analyze("Anna Kessler war am Mittwoch zu Gast bei Paul Brandau.");
  INFO(Dump(visit));
  REQUIRE(visit.meetings.size() == 1);
  CHECK(ParticipantNames(visit, visit.meetings[0]) == Names{"Anna Kessler", "Paul Brandau"});
  CHECK(visit.meetings[0].kind == MeetingKind::Visit);
  auto host_before = Analyze("Im März war Anna Kessler bei Bürgermeister Paul Brandau in Ulm zu Gast.");
  INFO(Dump(host_before));
  REQUIRE(host_before.meetings.size() == 1);
  CHECK(ParticipantNames(host_before, host_before.meetings[0]) == Names{"Anna Kessler", "Paul Brandau"});
  auto show = Analyze("Anna Kessler war am Mittwoch Gast in der Sendung von Paul Brandau.");
  INFO(Dump(show));
  CHECK(show.meetings.empty());
}

TEST_CASE("meetings: 'nicht nur' negates nothing; 'nicht mit' negates the verb's meeting", "[extraction][meetings]") {
  auto both = Analyze("Anna Kessler traf nicht nur Paul Brandau, sondern auch Jonas Weller.");
  INFO(Dump(both));
  CHECK_FALSE(both.meetings.empty());
  auto denied = Analyze("Anna Kessler traf sich am Samstag nicht mit Paul Brandau.");
  INFO(Dump(denied));
  CHECK(denied.meetings.empty());
}

TEST_CASE("meetings: who speaks after a long meeting with someone was in it", "[extraction][meetings]") {
  auto facts = Analyze("Nach einer zweistündigen Unterredung mit Paul Brandau sagte Anna Kessler, man sei sich einig.");
  INFO(Dump(facts));
  REQUIRE(facts.meetings.size() == 1);
  CHECK(ParticipantNames(facts, facts.meetings[0]) == Names{"Anna Kessler", "Paul Brandau"});
}

TEST_CASE("meetings: a quotation tells a meeting only in its speaker's first person", "[extraction][meetings]") {
  auto own = Analyze("„Ich habe mich heute mit Anna Kessler getroffen“, sagte Paul Brandau am Abend.");
  INFO(Dump(own));
  REQUIRE(own.meetings.size() == 1);
  CHECK(ParticipantNames(own, own.meetings[0]) == Names{"Anna Kessler", "Paul Brandau"});
  auto others = Analyze("„Anna Kessler hat sich mit Jonas Weller getroffen“, behauptete Paul Brandau.");
  INFO(Dump(others));
  CHECK(others.meetings.empty());
}

TEST_CASE("meetings: a place after a preposition is the meeting's place, not the role's owner", "[extraction][meetings]") {
  auto facts = Analyze("Kanzlerin Anna Kessler traf in Paris Premierminister Paul Brandau.");
  INFO(Dump(facts));
  REQUIRE(facts.meetings.size() == 1);
  CHECK(LocationOf(facts, facts.meetings[0]) == "Paris");
  for (const auto& role : facts.roles) CHECK_FALSE(role.of);
}

TEST_CASE("meetings: the named place a part of which is where ('im Park von Schloss X'); not any genitive",
          "[extraction][meetings]") {
  auto park = Analyze("Präsident Max Ott hat Paul Brandau am Dienstag im Park von Schloss Bellevue in Berlin empfangen.");
  INFO(Dump(park));
  REQUIRE(park.meetings.size() == 1);
  CHECK(LocationOf(park, park.meetings[0]) == "Schloss Bellevue");
  auto party = Analyze("Im Streit der Ukraine mit Polen traf Max Ott am Montag Paul Brandau.");
  INFO(Dump(party));
  REQUIRE(party.meetings.size() == 1);
  CHECK(LocationOf(party, party.meetings[0]) != "Ukraine");
}

TEST_CASE("meetings: 'ist für den 3. Oktober angesetzt' is a plan, dated ahead", "[extraction][meetings]") {
  auto facts = Analyze("date 2025-09-27\nDas Treffen von Anna Kessler und Paul Brandau ist für den 3. Oktober angesetzt.");
  INFO(Dump(facts));
  REQUIRE(facts.meetings.size() == 1);
  CHECK(facts.meetings[0].status == MeetingStatus::Planned);
  CHECK(facts.meetings[0].date == "2025-10-03");
}

TEST_CASE("meetings: 'am kommenden Freitag' told on a Friday is a week ahead, 'vergangenen' a week behind",
          "[extraction][meetings]") {
  auto ahead = Analyze("date 2025-03-21\nAnna Kessler und Paul Brandau wollen sich am kommenden Freitag treffen.");
  INFO(Dump(ahead));
  REQUIRE(ahead.meetings.size() == 1);
  CHECK(ahead.meetings[0].date == "2025-03-28");
  auto behind = Analyze("date 2025-03-21\nAnna Kessler hatte Paul Brandau am vergangenen Freitag getroffen.");
  INFO(Dump(behind));
  REQUIRE(behind.meetings.size() == 1);
  CHECK(behind.meetings[0].date == "2025-03-14");
}

TEST_CASE("meetings: 'in der Hauptstadt Abuja' is the place", "[extraction][meetings]") {
  auto facts = Analyze("In der Hauptstadt Abuja sprach Anna Kessler am Montag mit Paul Brandau.");
  INFO(Dump(facts));
  REQUIRE(facts.meetings.size() == 1);
  CHECK(LocationOf(facts, facts.meetings[0]) == "Abuja");
}

TEST_CASE("meetings: 'Es war das zweite Treffen der beiden' describes the meeting told, no second one",
          "[extraction][meetings]") {
  auto facts = Analyze("date 2025-06-12\nAnna Kessler hat am Montag in Paris Paul Brandau getroffen. Es war das zweite "
                       "Treffen der beiden in diesem Jahr.");
  INFO(Dump(facts));
  CHECK(facts.meetings.size() == 1);
}

TEST_CASE("meetings: 'Gastgeber war X' joins the meeting told before", "[extraction][meetings]") {
  auto facts = Analyze("Die Regierungschefs der Länder haben sich am Montag in Potsdam mit Anna Kessler getroffen. "
                       "Gastgeber war Paul Brandau.");
  INFO(Dump(facts));
  REQUIRE(facts.meetings.size() == 1);
  CHECK(ParticipantNames(facts, facts.meetings[0]) == Names{"Anna Kessler", "Paul Brandau"});
  CHECK(LocationOf(facts, facts.meetings[0]) == "Potsdam");
}

TEST_CASE("meetings: a room of a named venue is the venue ('in einem Saal des Rathauses')", "[extraction][meetings]") {
  auto facts = Analyze("Anna Kessler traf Paul Brandau am Montag in einem Besprechungsraum von Schloss Bellevue.");
  INFO(Dump(facts));
  REQUIRE(facts.meetings.size() == 1);
  CHECK(LocationOf(facts, facts.meetings[0]) == "Schloss Bellevue");
  auto building = Analyze("Anna Kessler und Paul Brandau kamen am Montag im Verwaltungsgebäude des Containerterminals "
                          "Nordkai zusammen.");
  INFO(Dump(building));
  REQUIRE(building.meetings.size() == 1);
  CHECK(LocationOf(building, building.meetings[0]) == "Containerterminal Nordkai");
}

TEST_CASE("meetings: a site named in a later report says more exactly where than the city", "[extraction][meetings]") {
  auto facts = Analyze("Anna Kessler hat am Mittwoch Paul Brandau in Berlin getroffen. Das Treffen fand im Hotel "
                       "Kesselhof statt.");
  INFO(Dump(facts));
  REQUIRE(facts.meetings.size() == 1);
  CHECK(LocationOf(facts, facts.meetings[0]) == "Hotel Kesselhof");
}

TEST_CASE("meetings: a place inside the topic is not where they met ('über die Lage im Gazastreifen')",
          "[extraction][meetings]") {
  auto topic = Analyze("Anna Kessler hat am Mittwoch mit Paul Brandau über die Lage im Gazastreifen gesprochen.");
  INFO(Dump(topic));
  REQUIRE(topic.meetings.size() == 1);
  CHECK(LocationOf(topic, topic.meetings[0]).empty());
  // After "ging es um" the rest of the clause is the agenda, list and all.
  auto agenda = Analyze("Anna Kessler traf am Montag Paul Brandau in Linz. Im anschließenden Gespräch ging es um die "
                        "Anwerbung von Fachkräften für Deutschland, den Ausbau der Netze und die Rolle Kenias.");
  INFO(Dump(agenda));
  REQUIRE(agenda.meetings.size() == 1);
  CHECK(ParticipantNames(agenda, agenda.meetings[0]) == Names{"Anna Kessler", "Paul Brandau"});
  auto perfect = Analyze("Anna Kessler traf am Montag Paul Brandau. Bei dem Gespräch sei es vor allem um die "
                         "Versorgung der Flüchtlinge in Ungarn und die Hilfe der EU gegangen.");
  INFO(Dump(perfect));
  REQUIRE(perfect.meetings.size() == 1);
  CHECK(ParticipantNames(perfect, perfect.meetings[0]) == Names{"Anna Kessler", "Paul Brandau"});
  CHECK(LocationOf(perfect, perfect.meetings[0]).empty());
  // So is the second of two topics.
  auto pair = Analyze("Anna Kessler hat am Mittwoch mit Paul Brandau über den Zeitplan und die Lage in der Ukraine "
                      "gesprochen.");
  INFO(Dump(pair));
  REQUIRE(pair.meetings.size() == 1);
  CHECK(LocationOf(pair, pair.meetings[0]).empty());
  // A genitive after the topic's noun is in the topic.
  auto genitive = Analyze("Anna Kessler traf am Mittwoch Paul Brandau in Berlin. Bei dem Gespräch ging es um die "
                          "Grenzwerte der EU für 2030. Auch Lena Graf nahm teil.");
  INFO(Dump(genitive));
  REQUIRE(genitive.meetings.size() == 1);
  CHECK(ParticipantNames(genitive, genitive.meetings[0]) == Names{"Anna Kessler", "Lena Graf", "Paul Brandau"});
  // Through a chain of genitives; but "ins Kanzleramt" goes with the verb of motion.
  auto chain = Analyze("Anna Kessler hat am Mittwoch mit Paul Brandau über ein Ende des Kriegs in der Ukraine "
                       "gesprochen.");
  INFO(Dump(chain));
  REQUIRE(chain.meetings.size() == 1);
  CHECK(LocationOf(chain, chain.meetings[0]).empty());
  auto motion = Analyze("Anna Kessler hat Paul Brandau zu Gesprächen über die Zukunft der Werften ins Rathaus "
                        "eingeladen.");
  INFO(Dump(motion));
  REQUIRE(motion.meetings.size() == 1);
  CHECK(LocationOf(motion, motion.meetings[0]) == "Rathaus");
  auto place = Analyze("Anna Kessler sprach am Mittwoch mit Paul Brandau in Paris über den Krieg.");
  INFO(Dump(place));
  REQUIRE(place.meetings.size() == 1);
  CHECK(LocationOf(place, place.meetings[0]) == "Paris");
}

TEST_CASE("meetings: a name in apposition to the topic's noun is no party ('um das Projekt FCAS')",
          "[extraction][meetings]") {
  auto facts = Analyze("Anna Kessler und Paul Brandau berieten am Freitag über den Streit um den Konzern Kessler Stahl AG.");
  INFO(Dump(facts));
  REQUIRE(facts.meetings.size() == 1);
  CHECK(ParticipantNames(facts, facts.meetings[0]) == Names{"Anna Kessler", "Paul Brandau"});
}

TEST_CASE("meetings: 'A und B sprachen über X' are talks; 'sprachen sich für X aus' is none", "[extraction][meetings]") {
  auto talks = Analyze("Anna Kessler und Paul Brandau sprachen am Freitag über die Lage in der Region.");
  INFO(Dump(talks));
  REQUIRE(talks.meetings.size() == 1);
  CHECK(ParticipantNames(talks, talks.meetings[0]) == Names{"Anna Kessler", "Paul Brandau"});
  auto opinion = Analyze("Anna Kessler und Paul Brandau sprachen sich für neue Sanktionen aus.");
  INFO(Dump(opinion));
  CHECK(opinion.meetings.empty());
  auto private_talk = Analyze("Anna Kessler und Paul Brandau haben am Freitag unter vier Augen gesprochen.");
  INFO(Dump(private_talk));
  CHECK(private_talk.meetings.size() == 1);
  // The first may carry a party in brackets, the second an apposition.
  auto marked = Analyze("Ministerin Anna Kessler (SPD) und Paul Brandau, Minister der Streitkräfte, sprachen "
                        "über das Projekt.");
  INFO(Dump(marked));
  REQUIRE(marked.meetings.size() == 1);
  CHECK(ParticipantNames(marked, marked.meetings[0]) == Names{"Anna Kessler", "Paul Brandau"});
  // The pair may follow the verb in a clause an adverbial opens; not names after "über".
  auto inverted = Analyze("Im Anschluss sprachen Ministerin Anna Kessler und ihr Kollege Paul Brandau unter vier "
                          "Augen.");
  INFO(Dump(inverted));
  REQUIRE(inverted.meetings.size() == 1);
  CHECK(ParticipantNames(inverted, inverted.meetings[0]) == Names{"Anna Kessler", "Paul Brandau"});
  auto topic = Analyze("Danach sprach Jonas Weller miteinander über Anna Kessler und Paul Brandau.");
  INFO(Dump(topic));
  CHECK(topic.meetings.empty());
}

TEST_CASE("meetings: 'bei X vorsprechen', 'bei X vorstellen' and 'sich an einen Tisch setzen' meet; 'sich einsetzen' not",
          "[extraction][meetings]") {
  auto plea = Analyze("Im Mai will Anna Kessler in Linz bei Landesrat Paul Brandau vorsprechen.");
  INFO(Dump(plea));
  REQUIRE(plea.meetings.size() == 1);
  CHECK(ParticipantNames(plea, plea.meetings[0]) == Names{"Anna Kessler", "Paul Brandau"});
  auto table = Analyze("Anna Kessler will sich im Herbst mit Paul Brandau in Linz an einen Tisch setzen.");
  INFO(Dump(table));
  REQUIRE(table.meetings.size() == 1);
  CHECK(ParticipantNames(table, table.meetings[0]) == Names{"Anna Kessler", "Paul Brandau"});
  auto support = Analyze("Anna Kessler setzt sich seit Jahren für Paul Brandau ein.");
  INFO(Dump(support));
  CHECK(support.meetings.empty());
  // Presenting to a person is meeting them, over an adjective before the office; not at a fair.
  auto presented = Analyze("Anna Kessler hat den Plan bei der kantonalen Baudirektorin Eva Lind vorgestellt. Paul "
                           "Brandau hat ihn bei der Messe in Ulm präsentiert.");
  INFO(Dump(presented));
  REQUIRE(presented.meetings.size() == 1);
  CHECK(ParticipantNames(presented, presented.meetings[0]) == Names{"Anna Kessler", "Eva Lind"});
  // So is presenting to a person or a body in the dative; not to the media, nor "mit dem" a partner.
  auto dative = Analyze("Anna Kessler hat dem Heimatverein Unterdorf am Montag ihre Pläne vorgestellt.");
  INFO(Dump(dative));
  REQUIRE(dative.meetings.size() == 1);
  CHECK(ParticipantNames(dative, dative.meetings[0]) == Names{"Anna Kessler", "Heimatverein Unterdorf"});
  CHECK(Analyze("Anna Kessler hat den Medien am Montag ihre Pläne vorgestellt.").meetings.empty());
}

TEST_CASE("meetings: 'stellte die Pläne Bürgermeisterin X vor' meets her; the subject alone or one introduced not",
          "[extraction][meetings]") {
  // The finite verb with its particle: a person named without an article after the subject.
  auto presented = Analyze("Investor Tom Kessler stellte die Pläne am Montag Bürgermeisterin Eva Lind im Rathaus vor.");
  INFO(Dump(presented));
  REQUIRE(presented.meetings.size() == 1);
  CHECK(ParticipantNames(presented, presented.meetings[0]) == Names{"Eva Lind", "Tom Kessler"});
  // The subject after the verb, an infinitive after "will".
  auto planned = Analyze("Im März will Ministerin Anna Brandau das Vorhaben in Ulm Landrat Paul Maier vorstellen.");
  INFO(Dump(planned));
  REQUIRE(planned.meetings.size() == 1);
  CHECK(ParticipantNames(planned, planned.meetings[0]) == Names{"Anna Brandau", "Paul Maier"});
  // Not the subject alone, two subjects, a person introduced "als", nor "stellte sich vor".
  CHECK(Analyze("Am Dienstag stellte Ministerin Anna Brandau das Programm in Ulm vor.").meetings.empty());
  CHECK(Analyze("Anna Brandau und Paul Maier stellten am Dienstag das Programm vor.").meetings.empty());
  CHECK(Analyze("Intendant Tom Kessler stellte am Dienstag Eva Lind als neue Leiterin vor.").meetings.empty());
  CHECK(Analyze("Am Dienstag stellte sich Paul Maier den Fragen vor.").meetings.empty());
}

TEST_CASE("meetings: an invitation for a day is a plan dated ahead; 'wolle' plans; opponents meet no one",
          "[extraction][meetings]") {
  auto invited = Analyze("date 2025-06-12\nAnna Kessler hat Paul Brandau für Freitag nach Berlin eingeladen.");
  INFO(Dump(invited));
  REQUIRE(invited.meetings.size() == 1);
  CHECK(invited.meetings[0].status == MeetingStatus::Planned);
  CHECK(invited.meetings[0].date == "2025-06-13");
  auto reported = Analyze("Anna Kessler wolle Paul Brandau in Kiew treffen, hieß es.");
  INFO(Dump(reported));
  REQUIRE(reported.meetings.size() == 1);
  CHECK(reported.meetings[0].status == MeetingStatus::Planned);
  auto court = Analyze("Vor Gericht trafen Anna Kessler und Paul Brandau aufeinander.");
  INFO(Dump(court));
  CHECK(court.meetings.empty());
}

TEST_CASE("meetings: informing someone 'telefonisch' is a call", "[extraction][meetings]") {
  auto facts = Analyze("date 2025-06-12\nAnna Kessler habe Paul Brandau am Montag telefonisch unterrichtet.");
  INFO(Dump(facts));
  REQUIRE(facts.meetings.size() == 1);
  CHECK(facts.meetings[0].kind == MeetingKind::Call);
  CHECK(facts.meetings[0].participants.size() == 2);
}

TEST_CASE("meetings: 'schaltete sich mit X zusammen' is a call, 'ein Austausch mit X' talks",
          "[extraction][meetings]") {
  auto call = Analyze("Am Vormittag schaltete sich Anna Kessler mit dem Präsidenten Paul Brandau zusammen.");
  INFO(Dump(call));
  REQUIRE(call.meetings.size() == 1);
  CHECK(ParticipantNames(call, call.meetings[0]) == Names{"Anna Kessler", "Paul Brandau"});
  CHECK(call.meetings[0].kind == MeetingKind::Call);
  auto talks = Analyze("Anna Kessler war in Ulm. Am Nachmittag folgte ein Austausch mit Bürgermeister Paul Brandau.");
  INFO(Dump(talks));
  REQUIRE(talks.meetings.size() == 1);
  CHECK(ParticipantNames(talks, talks.meetings[0]) == Names{"Anna Kessler", "Paul Brandau"});
  // Without "mit" right after it, an exchange is no meeting: "der Austausch von Gefangenen".
  auto exchange = Analyze("Anna Kessler und Paul Brandau lobten am Montag den Austausch von Gefangenen.");
  INFO(Dump(exchange));
  CHECK(exchange.meetings.empty());
}

TEST_CASE("meetings: a coalition committee of two parties is their meeting", "[extraction][meetings]") {
  auto facts = Analyze("Für die kommende Woche ist ein Koalitionsausschuss von SPD und Grünen angesetzt.");
  INFO(Dump(facts));
  REQUIRE(facts.meetings.size() == 1);
  CHECK(ParticipantNames(facts, facts.meetings[0]) == Names{"Grüne", "SPD"});
  CHECK(facts.meetings[0].status == MeetingStatus::Planned);
}

TEST_CASE("meetings: a list of states after a comma are parties; a country after a city's comma is where",
          "[extraction][meetings]") {
  auto facts = Analyze("Am Montag trafen sich Vertreter der Ukraine, Polens und der USA in Linz.");
  INFO(Dump(facts));
  REQUIRE(facts.meetings.size() == 1);
  CHECK(facts.meetings[0].participants.size() == 3);
  auto city = Analyze("Anna Kessler traf Max Ott am Montag in Miami, USA.");
  INFO(Dump(city));
  REQUIRE(city.meetings.size() == 1);
  CHECK(ParticipantNames(city, city.meetings[0]) == Names{"Anna Kessler", "Max Ott"});
  CHECK(LocationOf(city, city.meetings[0]) == "Miami");
}

TEST_CASE("meetings: a press conference and a 'mit' that tells how are no meeting", "[extraction][meetings]") {
  CHECK(Analyze("Auf einer Pressekonferenz lobten Anna Kessler und Paul Brandau am Montag den Plan.").meetings.empty());
  CHECK(Analyze("Bei der Abschlusspressekonferenz lobten Anna Kessler und Paul Brandau den Plan.").meetings.empty());
  CHECK(Analyze("Anna Kessler und Paul Brandau sprachen in der Frage mit einer Stimme.").meetings.empty());
  CHECK(Analyze("Anna Kessler sprach am Montag mit Blick auf Paul Brandau von einem Erfolg.").meetings.empty());
  // A "mit" naming a partner still counts.
  CHECK(Analyze("Anna Kessler sprach am Montag mit Paul Brandau über den Plan.").meetings.size() == 1);
}

TEST_CASE("meetings: an interview that names its interviewee before the first answer only", "[extraction][meetings]") {
  auto facts = Analyze(
      "Ulm. Paul Brandau ist seit einem Monat Landrat.\nBlatt: Herr Brandau, wie geht es dem Kreis?\n"
      "Paul Brandau: Gut, danke.\nUnd das Land?\nIch habe mich am Dienstag mit Anna Kessler abgestimmt.\n"
      "Und die Bahn?\nDie schweigt.\n");
  INFO(Dump(facts));
  REQUIRE(facts.meetings.size() == 1);
  CHECK(ParticipantNames(facts, facts.meetings[0]) == Names{"Anna Kessler", "Paul Brandau"});
  CHECK(facts.meetings[0].kind == MeetingKind::Talks);
}

TEST_CASE("meetings: in an interview's answer, 'war bei mir' is a visit to the one who answers",
          "[extraction][meetings]") {
  auto facts = Analyze(
      "Ulm. Paul Brandau baut Orgeln.\nBlatt: Herr Brandau, wer kommt zu Ihnen?\n"
      "Paul Brandau: Viele. Die Organistin Anna Kessler war im Herbst zwei Tage bei mir in Ulm.\nUnd sonst?\n"
      "Nichts.\n");
  INFO(Dump(facts));
  REQUIRE(facts.meetings.size() == 1);
  CHECK(ParticipantNames(facts, facts.meetings[0]) == Names{"Anna Kessler", "Paul Brandau"});
}

TEST_CASE("meetings: 'setzte sich mit X zusammen' is a meeting; what a body is made of, or a list put together, is none",
          "[extraction][meetings]") {
  auto met = Analyze("Am Nachmittag setzte sich Anna Kessler in Ulm mit Paul Brandau zusammen.");
  INFO(Dump(met));
  REQUIRE(met.meetings.size() == 1);
  CHECK(ParticipantNames(met, met.meetings[0]) == Names{"Anna Kessler", "Paul Brandau"});
  auto body = Analyze("Der Rat setzt sich aus Anna Kessler und Paul Brandau zusammen.");
  INFO(Dump(body));
  CHECK(body.meetings.empty());
  auto list = Analyze("Anna Kessler setzte die Liste mit Paul Brandau zusammen.");
  INFO(Dump(list));
  CHECK(list.meetings.empty());
}

TEST_CASE("meetings: 'deutsch-französische Gespräche' are talks of the two states", "[extraction][meetings]") {
  auto facts = Analyze("date 2025-06-12\nDie nächsten deutsch-französischen Gespräche sollen im Juli in Lyon stattfinden.");
  INFO(Dump(facts));
  REQUIRE(facts.meetings.size() == 1);
  CHECK(ParticipantNames(facts, facts.meetings[0]) == Names{"Deutschland", "Frankreich"});
  CHECK(facts.meetings[0].status == MeetingStatus::Planned);
}

TEST_CASE("meetings: 'mit der IOC-Spitze' is a meeting with the organization its leaders stand for", "[extraction][meetings]") {
  auto facts = Analyze("date 2026-03-01\nBürgermeister Paul Brandau will im Mai nach Lausanne reisen und dort mit der "
                       "IOC-Spitze sprechen.");
  INFO(Dump(facts));
  REQUIRE(facts.meetings.size() == 1);
  CHECK(ParticipantNames(facts, facts.meetings[0]) == Names{"Internationales Olympisches Komitee", "Paul Brandau"});
}

TEST_CASE("meetings: 'stimmte sie sich mit X ab' is one woman's talks", "[extraction][meetings]") {
  auto facts = Analyze("Ministerin Anna Roth war in Rom. Am Montag stimmte sie sich mit Max Horn ab.");
  INFO(Dump(facts));
  REQUIRE(facts.meetings.size() == 1);
  CHECK(ParticipantNames(facts, facts.meetings[0]) == Names{"Anna Roth", "Max Horn"});
  CHECK(facts.meetings[0].status == MeetingStatus::Held);
}

TEST_CASE("meetings: 'der heutige König' with a plain adjective is the king named before", "[extraction][meetings]") {
  auto facts = Analyze("König Olaf V. eröffnete die Messe. Bürgermeister Karl Brand sprach danach. Im Mai hatte ihn "
                       "der heutige König in Oslo empfangen.");
  INFO(Dump(facts));
  REQUIRE(facts.meetings.size() == 1);
  CHECK(ParticipantNames(facts, facts.meetings[0]) == Names{"Karl Brand", "Olaf V."});
}

TEST_CASE("meetings: 'während sich A (CDU) und B austauschten' is talks of their own, apart from the main clause's",
          "[extraction][meetings]") {
  auto facts = Analyze("Am Abend trafen sich Anna Roth und Max Horn in Rom, während sich Außenminister Karl Brand (CDU) "
                       "und sein Amtskollege Pierre Lenoir in einem Hotel über die Lage austauschten.");
  INFO(Dump(facts));
  REQUIRE(facts.meetings.size() == 2);
  CHECK(ParticipantNames(facts, facts.meetings[0]) == Names{"Anna Roth", "Max Horn"});
  CHECK(ParticipantNames(facts, facts.meetings[1]) == Names{"Karl Brand", "Pierre Lenoir"});
  auto agreed = Analyze("Am Abend einigten sich Karl Brand und Pierre Lenoir auf einen Kompromiss.");
  INFO(Dump(agreed));
  CHECK(agreed.meetings.empty());
}

TEST_CASE("meetings: a 'Schlichtung' begun by two sides is their talks", "[extraction][meetings]") {
  auto facts = Analyze("Die Gewerkschaft Verdi und die Stadtwerke Ulm haben am Montag eine Schlichtung begonnen.");
  INFO(Dump(facts));
  REQUIRE(facts.meetings.size() == 1);
  CHECK(ParticipantNames(facts, facts.meetings[0]) == Names{"Stadtwerke Ulm", "Verdi"});
}

TEST_CASE("meetings: 'ein runder Tisch mit X' is a meeting; who announces one with a partner holds it",
          "[extraction][meetings]") {
  auto noun = Analyze("Anna Roth kündigte am Montag ein Treffen mit Max Horn an.");
  INFO(Dump(noun));
  REQUIRE(noun.meetings.size() == 1);
  CHECK(ParticipantNames(noun, noun.meetings[0]) == Names{"Anna Roth", "Max Horn"});
  auto facts = Analyze("Für Februar kündigte Anna Roth einen runden Tisch mit der Gewerkschaft Verdi an.");
  INFO(Dump(facts));
  REQUIRE(facts.meetings.size() == 1);
  CHECK(ParticipantNames(facts, facts.meetings[0]) == Names{"Anna Roth", "Verdi"});
  CHECK(facts.meetings[0].status == MeetingStatus::Planned);
}

TEST_CASE("meetings: the outlet's own journalist interviews, and a 'Termin beim Kanzler' before it is another meeting",
          "[extraction][meetings]") {
  auto facts = Analyze("Bundeskanzler Paul Weber empfängt am Dienstag Minister Max Horn. Vor dem Termin beim Kanzler "
                       "sprach unsere Korrespondentin Lina Haddad mit Horn über die Lage.");
  INFO(Dump(facts));
  for (const auto& m : facts.meetings) {
    const auto names = ParticipantNames(facts, m);
    CHECK(std::find(names.begin(), names.end(), "Lina Haddad") == names.end());
  }
  auto termin = Analyze("Max Horn hat am Freitag einen Termin bei Ministerin Eva Kunz in Ulm.");
  INFO(Dump(termin));
  CHECK(termin.meetings.size() == 1);
  // "ein Termin mit X": with its partner; a guest "mit" others is no visit.
  auto partner = Analyze("Max Horn will das Thema am Freitag bei einem Termin mit Eva Kunz in Ulm ansprechen.");
  INFO(Dump(partner));
  REQUIRE(partner.meetings.size() == 1);
  CHECK(ParticipantNames(partner, partner.meetings[0]) == Names{"Eva Kunz", "Max Horn"});
  CHECK(Analyze("Zu den Gästen zählten Max Horn und Eva Kunz, Gäste mit Kindern kamen später.").meetings.empty());
  CHECK(Analyze("Max Horn hatte um einen Termin mit Eva Kunz gebeten.").meetings.empty());
}

TEST_CASE("meetings: an invitation to an 'Ortstermin' is a planned visit", "[extraction][meetings]") {
  auto visit = Analyze("Die Kandidatin Anna Roth will Landrätin Eva Kunz zu einem Ortstermin nach Ulm einladen.");
  INFO(Dump(visit));
  REQUIRE(visit.meetings.size() == 1);
  CHECK(ParticipantNames(visit, visit.meetings[0]) == Names{"Anna Roth", "Eva Kunz"});
  CHECK(visit.meetings[0].status == MeetingStatus::Planned);
  // "verabredet" is left out: "hat mit der SPD verabredet, die Steuer zu senken" is an agreement.
  auto agreed = Analyze("Die CDU hat mit der SPD verabredet, die Steuer zu senken.");
  INFO(Dump(agreed));
  CHECK(agreed.meetings.empty());
}

TEST_CASE("meetings: 'kündigte an, mit X zusammenzukommen': a separable infinitive with its 'zu' inside is a plan "
          "of the speaker",
          "[extraction][meetings]") {
  auto facts = Analyze("Max Horn kündigte an, am Freitag mit Eva Kunz zusammenzukommen.");
  INFO(Dump(facts));
  REQUIRE(facts.meetings.size() == 1);
  CHECK(ParticipantNames(facts, facts.meetings[0]) == Names{"Eva Kunz", "Max Horn"});
  CHECK(facts.meetings[0].status == MeetingStatus::Planned);
}

TEST_CASE("meetings: 'saß mit X an einem Tisch' is a meeting of its own, not a join of the one before",
          "[extraction][meetings]") {
  auto facts = Analyze("Anna Roth traf am Montag Max Horn. Vor zwei Jahren saß Jonas Weber in Paris mit Eva Kunz "
                       "an einem Tisch.");
  INFO(Dump(facts));
  REQUIRE(facts.meetings.size() == 2);
  CHECK(ParticipantNames(facts, facts.meetings[1]) == Names{"Eva Kunz", "Jonas Weber"});
}

TEST_CASE("meetings: sitting opposite a person is a meeting of its own; a building opposite is none",
          "[extraction][meetings]") {
  auto facts = Analyze("Anna Roth traf am Montag Max Horn. Am Dienstag saß Jonas Weber in Köln der Anwältin Eva Kunz "
                       "gegenüber.");
  INFO(Dump(facts));
  REQUIRE(facts.meetings.size() == 2);
  CHECK(ParticipantNames(facts, facts.meetings[1]) == Names{"Eva Kunz", "Jonas Weber"});
  auto site = Analyze("Anna Roth traf am Montag Max Horn. Die Kanzlei von Jonas Weber sitzt dem Rathaus gegenüber.");
  INFO(Dump(site));
  CHECK(site.meetings.size() == 1);
  // The person right after "gegenüber", past a comma.
  auto after = Analyze("Anna Roth traf am Montag Max Horn. Am Dienstag saß Jonas Weber mit Tim Roth im Rathaus in "
                       "Köln, gegenüber Eva Kunz, der Dezernentin.");
  INFO(Dump(after));
  REQUIRE(after.meetings.size() == 2);
  CHECK(ParticipantNames(after, after.meetings[1]) == Names{"Eva Kunz", "Jonas Weber", "Tim Roth"});
  auto building = Analyze("Anna Roth traf am Montag Max Horn. Die Kanzlei sitzt gegenüber dem Rathaus.");
  INFO(Dump(building));
  CHECK(building.meetings.size() == 1);
  // A person named in apposition to the office after "dem", past commas, before the closing "gegenüber".
  auto apposition = Analyze("Anna Roth traf am Montag Max Horn. Am Dienstag saß Jonas Weber dem Dezernenten der "
                            "Stadt, Tim Brandt, in dessen Büro in Köln gegenüber.");
  INFO(Dump(apposition));
  REQUIRE(apposition.meetings.size() == 2);
  CHECK(ParticipantNames(apposition, apposition.meetings[1]) == Names{"Jonas Weber", "Tim Brandt"});
  // Two before the verb, one opposite, past the party in brackets after the name.
  auto party = Analyze("Anna Roth traf am Montag Max Horn. Am Dienstag saßen Jonas Weber und Eva Kunz im Rathaus "
                       "Landrat Tim Brandt (CDU) gegenüber.");
  INFO(Dump(party));
  REQUIRE(party.meetings.size() == 2);
  CHECK(ParticipantNames(party, party.meetings[1]) == Names{"Eva Kunz", "Jonas Weber", "Tim Brandt"});
  auto office = Analyze("Anna Roth traf am Montag Max Horn. Die Kanzlei von Jonas Weber liegt dem Rathaus der "
                        "Stadt, einem Bau von 1900, gegenüber.");
  INFO(Dump(office));
  CHECK(office.meetings.size() == 1);
}

TEST_CASE("meetings: sitting at a person's is a meeting of its own; at a doctor's none", "[extraction][meetings]") {
  auto facts = Analyze("Anna Roth traf am Montag Max Horn. Am Dienstag saß Jonas Weber mit zwei Kollegen bei "
                       "Landrätin Eva Kunz im Kreishaus.");
  INFO(Dump(facts));
  REQUIRE(facts.meetings.size() == 2);
  CHECK(ParticipantNames(facts, facts.meetings[1]) == Names{"Eva Kunz", "Jonas Weber"});
  auto doctor = Analyze("Anna Roth traf am Montag Max Horn. Am Dienstag saß Jonas Weber beim Arzt.");
  INFO(Dump(doctor));
  CHECK(doctor.meetings.size() == 1);
}

TEST_CASE("meetings: 'haben sich die beiden kennengelernt' is the pair's first meeting", "[extraction][meetings]") {
  auto facts = Analyze("Max Horn lobte Eva Kunz. Kennengelernt haben sich die beiden im Herbst am Hafen in Emden.");
  INFO(Dump(facts));
  REQUIRE(facts.meetings.size() == 1);
  CHECK(ParticipantNames(facts, facts.meetings[0]) == Names{"Eva Kunz", "Max Horn"});
  CHECK(facts.meetings[0].status == MeetingStatus::Held);
}

TEST_CASE("meetings: 'unterhielt sich mit X' and 'redete mit X' are talks; without 'sich' or 'mit' they are none",
          "[extraction][meetings]") {
  auto chat = Analyze("Nach dem Rundgang unterhielt sich Anna Roth eine Stunde lang mit Max Horn.");
  INFO(Dump(chat));
  REQUIRE(chat.meetings.size() == 1);
  CHECK(ParticipantNames(chat, chat.meetings[0]) == Names{"Anna Roth", "Max Horn"});
  auto talk = Analyze("Am Montag redete Eva Kunz in Ulm mit Jonas Weber über den Hafen.");
  INFO(Dump(talk));
  REQUIRE(talk.meetings.size() == 1);
  CHECK(ParticipantNames(talk, talk.meetings[0]) == Names{"Eva Kunz", "Jonas Weber"});
  CHECK(Analyze("Die Firma von Anna Roth unterhält ein Büro in Ulm, sagte Max Horn.").meetings.empty());
  CHECK(Analyze("Eva Kunz redete am Montag im Landtag, Jonas Weber hörte zu.").meetings.empty());
}

TEST_CASE("meetings: a relative clause 'an dem auch X teilnehmen soll' joins X to the meeting it describes",
          "[extraction][meetings]") {
  auto facts = Analyze("Ein Gespräch mit Anna Roth in Bern ist für Mittwoch geplant, an dem auch Max Horn teilnehmen soll.");
  INFO(Dump(facts));
  REQUIRE(facts.meetings.size() == 1);
  CHECK(ParticipantNames(facts, facts.meetings[0]) == Names{"Anna Roth", "Max Horn"});
}

TEST_CASE("meetings: 'ein Frühstück mit X' is a meeting; a breakfast alone is none", "[extraction][meetings]") {
  auto facts = Analyze("Max Horn begann den Tag am Donnerstag mit einem Frühstück mit Ministerin Eva Kunz.");
  INFO(Dump(facts));
  REQUIRE(facts.meetings.size() == 1);
  CHECK(ParticipantNames(facts, facts.meetings[0]) == Names{"Eva Kunz", "Max Horn"});
  CHECK(Analyze("Max Horn lobte das Frühstück im Hotel, sagte Eva Kunz.").meetings.empty());
}

TEST_CASE("meetings: an Austrian state's seat and a city senate are venues of their own article",
          "[extraction][meetings]") {
  auto facts = Analyze(
      "Landeshauptfrau Anna Kessler und Bürgermeister Paul Brandau haben sich am Dienstag im Landhaus in "
      "Klagenfurt auf einen Plan verständigt. Der Stadtsenat hat den Plan am Mittwoch gebilligt.");
  INFO(Dump(facts));
  REQUIRE(facts.meetings.size() == 1);
  CHECK(LocationOf(facts, facts.meetings[0]) == "Landhaus");
  bool senate = false;
  for (const auto& m : facts.mentions) senate = senate || m.canonical == "Stadtsenat";
  CHECK(senate);
}

TEST_CASE("meetings: terms worked out with someone ('mit X ausgehandelt') are talks", "[extraction][meetings]") {
  auto facts = Analyze("Anna Kessler hatte den Vertrag am Montag mit Paul Brandau ausgehandelt.");
  INFO(Dump(facts));
  REQUIRE(facts.meetings.size() == 1);
  CHECK(ParticipantNames(facts, facts.meetings[0]) == Names{"Anna Kessler", "Paul Brandau"});
  CHECK(facts.meetings[0].kind == MeetingKind::Talks);
  CHECK(facts.meetings[0].status == MeetingStatus::Held);
  // Without a partner, a deal is no meeting.
  CHECK(Analyze("Anna Kessler hat für Paul Brandau einen Rabatt ausgehandelt.").meetings.empty());
}

TEST_CASE("meetings: a compound of 'Treffen' ('ein Arbeitstreffen') is a meeting's noun", "[extraction][meetings]") {
  auto facts = Analyze("Anna Kessler und Paul Brandau haben am Montag ein Arbeitstreffen in Ulm abgehalten.");
  INFO(Dump(facts));
  REQUIRE(facts.meetings.size() == 1);
  CHECK(ParticipantNames(facts, facts.meetings[0]) == Names{"Anna Kessler", "Paul Brandau"});
  CHECK(facts.meetings[0].kind == MeetingKind::Meeting);
}
