#include "extraction/cue_words.h"

#include <algorithm>
#include <iterator>
#include <unordered_set>

namespace newskg::extraction {

bool IsGuestNoun(std::string_view folded) {
  return folded == "gast" || folded == "staatsgast" || folded == "ehrengast" || folded == "besucher" ||
         folded == "besucherin";
}

bool IsDelegationNoun(std::string_view folded) { return folded == "delegation" || folded == "abordnung"; }

// Nouns for a group that acts for a state: "russische Beamte", "US-Delegation".
bool IsGroupNoun(std::string_view folded) {
  static constexpr std::string_view kGroupNouns[] = {
      "beamte", "vertreter", "delegation", "seite", "regierung", "unterhändler", "verhandler",
      "verhandlungsführer", "diplomat", "gesandte", "amtskolleg", "team", "militärs", "offizielle",
      "führung", "emissär", "abgesandte", "regierungsvertreter", "verhandlungsteam",
      "unterhändlern", "kolleg", "spitze", "leitung"};
  // One person's office, not a group: "Regierungschef", "Regierungssprecherin".
  for (std::string_view one : {"chef", "chefin", "sprecher", "sprecherin"}) {
    if (folded.ends_with(one)) return false;
  }
  for (std::string_view g : kGroupNouns) {
    if (folded.find(g) != std::string_view::npos) return true;
  }
  return false;
}

bool IsSeparablePrefix(std::string_view word) {
  static constexpr std::string_view kPrefixes[] = {"ab",     "an",       "auf",    "aus",  "bei",    "ein",
                                                   "fest",   "mit",      "nach",   "teil", "vor",    "zu",
                                                   "zurück", "zusammen", "wieder", "fort", "weiter", "statt"};
  return std::find(std::begin(kPrefixes), std::end(kPrefixes), word) != std::end(kPrefixes);
}

// Verbs and phrases that introduce a speaker or a source, not a party to the meeting.
bool IsReportingWord(std::string_view w) {
  static constexpr std::string_view kReportingWords[] = {
      "sagte", "sagten", "sagt", "sagen", "erklärte", "erklärten", "erklärt", "betonte", "betont",
      "kündigte", "kündigten", "bestätigte", "bestätigt", "berichtete", "berichtet", "berichten",
      "berichteten", "teilte", "teilten", "warnte", "schrieb", "meldete", "meldet", "hiess",
      "äusserte", "erwähnte", "behauptete", "verkündete", "gab", "enthüllte", "zufolge", "laut",
      "angaben", "quellen", "räumte", "fügte", "informierte", "zitierte", "bericht", "sprecher",
      "mitteilte", "kritisierte", "kritisierten", "bemängelte", "monierte"};
  // Asked for every word of a sentence with a meeting word: a set, not a scan of the list.
  static const std::unordered_set<std::string_view> kSet(std::begin(kReportingWords), std::end(kReportingWords));
  return kSet.count(w) > 0;
}

// Finite verbs and auxiliaries of the past: a meeting reported with them took place.
bool IsPastMarker(std::string_view w) {
  static constexpr std::string_view kPastMarkers[] = {
      "traf", "trafen", "getroffen", "hatte", "hatten", "war", "waren", "wurde", "wurden", "sprach",
      "sprachen", "gesprochen", "telefonierte", "telefonierten", "telefoniert", "führte", "führten",
      "geführt", "empfing", "empfangen", "besuchte", "besuchten", "besucht", "kam", "kamen", "fand",
      "fanden", "verhandelte", "verhandelten", "verhandelt", "beriet", "berieten", "beraten",
      "dauerte", "dauerten", "nahm", "nahmen", "sass", "sassen", "reiste", "reisten", "lud", "luden",
      "empfingen", "begrüsste", "begrüssten", "tagte", "tagten", "rief", "riefen", "einigten",
      "einigte", "erörterten", "erörterte", "tauschten", "tauschte", "gab", "gaben", "begann",
      "begannen", "endete", "endeten", "verlief", "verliefen", "weilte", "weilten", "geweilt", "verständigte",
      "verständigten", "vereinbarte", "vereinbarten", "besprach", "besprachen", "diskutierte", "diskutierten", "folgte", "folgten", "zog", "zogen",
      "stimmte", "stimmten", "setzte", "setzten", "begegnete", "begegneten", "konferierte", "konferierten",
      // Frequent preterites that carry a meeting noun: "nutzte das Treffen für ein Gespräch".
      "nutzte", "nutzten", "hielt", "hielten", "ging", "gingen", "blieb", "blieben", "liess",
      "liessen", "zeigte", "zeigten", "suchte", "suchten", "stellte", "stellten", "machte",
      "machten", "brachte", "brachten", "fuhr", "fuhren", "flog", "flogen", "kehrte", "kehrten",
      "lobte", "lobten", "warb", "warben", "stand", "standen", "verbrachte", "verbrachten", "unterzeichnete",
      "unterzeichneten", "unterschrieb", "unterschrieben", "besiegelte", "besiegelten", "besichtigte",
      "besichtigten"};
  static const std::unordered_set<std::string_view> kSet(std::begin(kPastMarkers), std::end(kPastMarkers));
  return kSet.count(w) > 0;
}

// Words that put an event in the future by themselves (not participles like "vereinbart").
bool IsPerfectAuxiliary(std::string_view w) {
  static constexpr std::string_view kWords[] = {"hat", "haben", "hatte", "hatten",
                                                "ist", "sind",  "war",   "waren"};
  for (std::string_view a : kWords) {
    if (w == a) return true;
  }
  return false;
}

bool IsModal(std::string_view w) {
  static constexpr std::string_view kModals[] = {
      "soll", "sollen", "sollte", "sollten", "werde", "wird", "werden", "will", "wollen", "plant",
      "planen", "geplant", "voraussichtlich", "erwartet"};
  for (std::string_view m : kModals) {
    if (w == m) return true;
  }
  return false;
}

bool IsAuxiliaryOfAPlan(std::string_view w) {
  return w == "sei" || w == "ist" || w == "wird" || w == "werde" || w == "soll" || w == "solle";
}

bool IsMediaName(std::string_view name) {
  static constexpr std::string_view kAgencies[] = {
      "dpa", "afp", "ap", "apa", "sda", "keystone-sda", "reuters", "kna", "epd", "ard", "zdf",
      "orf", "srf", "rtl", "n-tv", "ntv", "bbc", "cnn", "politico", "axios", "bild", "welt",
      "stern", "focus", "taz", "spiegel", "die welt", "die zeit", "zeit", "swr", "ndr", "mdr", "wdr", "br",
      "hr", "rbb", "dlf", "deutschlandfunk", "phoenix", "3sat", "arte", "servustv", "puls 24", "rsi", "rts"};
  static constexpr std::string_view kMediaNouns[] = {
      "zeitung", "blatt",     "rundschau", "kurier", "presse", "anzeiger", "spiegel", "nachrichten",
      "nachrichtenagentur",   "presseagentur", "depesche", "rundfunk", "fernsehen", "radio", "magazin",
      "journal", "sender",    "funk", "tagblatt", "allgemeine", "post", "times", "herald", "tribune", "news"};
  // Also a broadcaster's regional studio or programme: "ORF Kärnten", "NDR Info", "SWR Aktuell".
  const std::string_view first_word = name.substr(0, name.find(' '));
  for (auto agency : kAgencies) {
    if (name == agency || first_word == agency) return true;
  }
  std::size_t start = 0;
  while (start <= name.size()) {
    std::size_t end = name.find_first_of(" -", start);
    if (end == std::string_view::npos) end = name.size();
    const std::string_view word = name.substr(start, end - start);
    for (auto noun : kMediaNouns) {
      if (word.ends_with(noun)) return true;
    }
    start = end + 1;
  }
  return false;
}

std::string_view OrganizationKind(std::string_view folded) {
  static constexpr std::string_view kKinds[] = {"gewerkschaft", "behörde", "kommission", "verband",
                                                "gesellschaft", "kammer",  "stiftung",   "genossenschaft",
                                                "gremium",      "verein",  "orchester"};
  for (std::string_view kind : kKinds) {
    if (folded.ends_with(kind)) return kind;
  }
  return {};
}

bool IsMunicipalNoun(std::string_view word) {
  return word == "stadt" || word == "kommune" || word.ends_with("gemeinde");
}

bool IsUrgingWord(std::string_view folded) {
  static constexpr std::string_view kWords[] = {"ermutigt", "ermutigte", "aufgefordert", "forderte", "gedrängt",
                                                "drängte", "gebeten", "bat", "ermahnt", "ermahnte", "aufgerufen",
                                                "rief", "geraten", "riet", "empfohlen", "empfahl"};
  return std::find(std::begin(kWords), std::end(kWords), folded) != std::end(kWords);
}

bool IsPreposition(std::string_view w) {
  return w == "in" || w == "im" || w == "ins" || w == "nach" || w == "bei" || w == "beim" ||
         w == "auf" || w == "am";
}

bool IsReceptionWord(std::string_view word) {
  return word.starts_with("empfang") || word.starts_with("empfäng") || word.starts_with("empfing") ||
         word.starts_with("begrüß");
}

bool IsAnyPreposition(std::string_view w) {
  static constexpr std::string_view kWords[] = {"mit", "von", "vom", "für", "über", "gegen", "ohne", "zu", "zum",
                                                "zur", "durch", "um", "unter", "vor", "an", "aus", "neben",
                                                "zwischen", "wegen", "seit", "nach", "bei", "beim", "in", "im",
                                                "ins", "am", "auf"};
  for (std::string_view p : kWords) {
    if (w == p) return true;
  }
  return false;
}

}  // namespace newskg::extraction
