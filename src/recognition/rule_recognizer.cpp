// The default recognizer: lexicon look-ups, name patterns around role nouns, titles and first
// names, propagation of known surnames, and (optionally) a statistical tagger's spans.
#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <set>
#include <unordered_set>

#include "recognition/function_words.h"
#include "recognition/association_nouns.h"
#include "recognition/name_declension.h"
#include "recognition/ner/tagger.h"
#include "recognition/recognizer.h"
#include <unicode/uchar.h>

#include "text/utf8.h"
#include "text/words.h"

namespace newskg::recognition {
namespace {

// Prepositions after which a town's name is the town ("in Roth", "nach Roth"), not a person of
// that surname.
bool IsPlacePreposition(std::string_view folded) {
  for (std::string_view p : {"in", "im", "nach", "aus", "bei", "von", "vom", "bis", "über", "nahe", "zwischen",
                             "durch", "ab", "gen", "richtung", "um", "an", "am"}) {
    if (folded == p) return true;
  }
  return false;
}


// Prepositions that take a noun phrase of their own, not merged with an article ("in", not "im").
bool IsBarePreposition(std::string_view folded) {
  for (std::string_view p : {"in", "an", "auf", "aus", "bei", "von", "für", "mit", "nach", "zu", "über", "unter",
                             "vor", "zwischen"}) {
    if (folded == p) return true;
  }
  return false;
}

// "nord", "südwest" (folded): a point of the compass, which names a region's part.
bool IsCompassWord(std::string_view folded) {
  for (std::string_view compass : {"nord", "süd", "ost", "west", "nordost", "nordwest", "südost", "südwest"}) {
    if (folded == compass) return true;
  }
  return false;
}

// "Herr", "Herrn", "Frau" (folded): a title before a name. Asked of every word: length and
// first byte first.
bool IsTitleWord(const std::string& f) {
  return (f.size() == 4 || f.size() == 5) && (f[0] == 'h' || f[0] == 'f') &&
         (f == "herr" || f == "herrn" || f == "frau");
}

bool HasLetter(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    auto cp = text::DecodeAt(s, i);
    if (u_isalpha(cp.value)) return true;
    i += cp.length;
  }
  return false;
}

bool IsInitial(std::string_view s) {  // "V." or "G."
  return s.size() == 2 && s[1] == '.' && std::isupper(static_cast<unsigned char>(s[0]));
}

// "Klein", "Groß", "Wendisch": words that open many German town names ("Klein Wanzhausen").
bool IsTownPrefix(std::string_view word) {
  static constexpr std::string_view kPrefixes[] = {"Klein", "Groß", "Gross", "Neu", "Alt", "Hohen", "Nieder", "Ober",
                                                   "Wendisch", "Windisch", "Deutsch", "Markt"};
  return std::find(std::begin(kPrefixes), std::end(kPrefixes), word) != std::end(kPrefixes);
}

// "St.", "Sankt": a saint's name follows; with it, a church, a town or an institution is named.
bool IsSaint(std::string_view word) { return word == "St." || word == "Sankt" || word == "Hl."; }

// A word ending like an abstract noun ("Ladung", "Sicherheit", "Optimismus", "Solidarität"),
// short ones too: what someone does or has, no name after a body's noun.
bool EndsLikeAnAbstractNoun(std::string_view folded) {
  return text::EndsWithAny(folded, {"ung", "heit", "keit", "ismus", "tion", "tät"});
}

bool IsQuote(std::string_view s) {
  return s == "\"" || s == "„" || s == "“" || s == "”" || s == "»" || s == "«" || s == "‚" ||
         s == "‘" || s == "'";
}

// A candidate mention before overlaps are settled.
struct Candidate {
  std::size_t first = 0, last = 0;  // token range
  std::size_t begin = 0, end = 0;   // byte range (for compound parts: a slice of a token)
  EntityType type = EntityType::Person;
  MentionKind kind = MentionKind::Name;
  std::string canonical;
  bool is_country = false;
  bool article_local = false;
  bool is_site = false;
  std::string site_name;  // Mention::site_name
  bool known = false;  // the lexicon's name (Mention::known)
  bool towns_council = false;  // a town's adjective and its council's noun ("der Ulmer Stadtrat")
  bool authority = false;      // an authority by its compound alone ("im Forstamt")
  int priority = 0;
};

// A candidate over whole tokens [first, last) of a sentence.
Candidate SpanCandidate(const text::Sentence& s, std::size_t first, std::size_t last,
                        EntityType type, int priority) {
  Candidate c;
  c.first = first;
  c.last = last;
  c.begin = s.tokens[first].begin;
  c.end = s.tokens[last - 1].end;
  c.type = type;
  c.priority = priority;
  return c;
}

// The kind of a venue named by where it stands ("Stadion am Kanal", "Theater am Wall",
// "Klinikum am See"), if `folded` (a noun, nominative) is one.
std::optional<EntityType> VenueByItsSite(std::string_view folded) {
  for (std::string_view place : {"stadion", "arena", "kongresshalle", "stadthalle", "hotel", "rathaus", "forum"}) {
    if (folded.ends_with(place)) return EntityType::Place;
  }
  for (std::string_view body : {"theater", "museum", "klinikum", "schule", "gymnasium"}) {
    if (folded.ends_with(body)) return EntityType::Organization;
  }
  return std::nullopt;
}

// A candidate's name: its canonical form, else (a tagged name has none yet) its words as written.
std::string NameOf(const text::Article& article, const Candidate& c) {
  return c.canonical.empty() ? article.text.substr(c.begin, c.end - c.begin) : c.canonical;
}

// Whether `folded` names a town's council ("Stadtrat", "Gemeinderat").
bool IsTownCouncilNoun(std::string_view folded) { return folded == "stadtrat" || folded == "gemeinderat"; }

// "der Ulmer Stadtrat ... im Ulmer Gemeinderat": where the article names the councils of one
// town, each goes by its noun alone ("Stadtrat"), a body of this article's, as "der Stadtrat"
// is; councils of two towns ("der Ulmer und der Blaubeurer Gemeinderat") keep their adjectives.
void NameTownCouncilsByNoun(std::vector<std::vector<Candidate>>& per_sentence) {
  std::set<std::string_view> adjectives;
  for (const auto& cands : per_sentence) {
    for (const Candidate& c : cands) {
      if (c.towns_council) adjectives.insert(std::string_view(c.canonical).substr(0, c.canonical.find(' ')));
    }
  }
  if (adjectives.size() != 1) return;
  for (auto& cands : per_sentence) {
    for (Candidate& c : cands) {
      if (!c.towns_council) continue;
      c.canonical.erase(0, c.canonical.find(' ') + 1);
      c.article_local = true;
    }
  }
}

// "das Forstamt Lindenau ... im Forstamt": an authority by its compound alone is the one the
// article names in full with it.
void ReferAuthoritiesToTheirNames(std::vector<std::vector<Candidate>>& per_sentence) {
  std::vector<const std::string*> names;  // organizations' names of more than one word
  for (const auto& cands : per_sentence) {
    for (const Candidate& c : cands) {
      if (!c.authority && c.type == EntityType::Organization && c.canonical.find(' ') != std::string::npos) {
        names.push_back(&c.canonical);
      }
    }
  }
  for (auto& cands : per_sentence) {
    for (Candidate& c : cands) {
      if (!c.authority || c.canonical.empty()) continue;
      for (const std::string* name : names) {
        if (name->size() > c.canonical.size() && name->starts_with(c.canonical) && (*name)[c.canonical.size()] == ' ') {
          c.canonical = *name;
          c.article_local = false;
          break;
        }
      }
    }
  }
}

// "in St. Kesselbrunn", "nach St. Peter-Kessel": "St." read alone (by the tagger) takes the word
// after it, a town or a church the lexicon does not know; a name read after it joins it in
// JoinSaintsToNames.
void JoinLoneSaints(const text::Article& article, std::vector<std::vector<Candidate>>& per_sentence) {
  for (std::size_t si = 0; si < per_sentence.size(); ++si) {
    const auto& tokens = article.sentences[si].tokens;
    std::vector<Candidate> kept;
    std::vector<Candidate>& cands = per_sentence[si];
    for (std::size_t ci = 0; ci < cands.size(); ++ci) {
      Candidate& c = cands[ci];
      const Candidate* next = ci + 1 < cands.size() ? &cands[ci + 1] : nullptr;
      // (After a space: "St.-Anna-Klinik" is read whole.)
      const bool lone = c.last == c.first + 1 && tokens[c.first].text == "St." && c.last < tokens.size() &&
                        text::StartsUpper(tokens[c.last].text) && tokens[c.first].end < tokens[c.last].begin;
      if (lone && next && next->first == c.last) continue;  // the name after it takes it
      if (lone && (!next || next->begin >= tokens[c.last].end)) {
        c.canonical = "St. " + tokens[c.last].text;
        c.last += 1;
        c.end = tokens[c.last - 1].end;
        c.type = EntityType::Place;
      }
      kept.push_back(std::move(c));
    }
    cands = std::move(kept);
  }
}

// "St.-Anna-Klinik", "St. Georgen-Bad": a saint's abbreviation before a place's or an
// organization's name opens it (read apart by the tokenizer), and a person's ("St. Wolfgang")
// is a place's; the name without it, elsewhere in the article, is the same one's.
void JoinSaintsToNames(const text::Article& article, std::vector<std::vector<Candidate>>& per_sentence) {
  std::map<std::string, std::string> full;  // the name without the saint -> with it
  for (std::size_t si = 0; si < per_sentence.size(); ++si) {
    std::vector<Candidate>& cands = per_sentence[si];
    const auto& tokens = article.sentences[si].tokens;
    for (std::size_t ci = 0; ci < cands.size(); ++ci) {
      Candidate& c = cands[ci];
      if (c.kind != MentionKind::Name || c.first == 0) continue;
      std::size_t saint = c.first - 1;
      const bool dash = tokens[saint].text == "-" && saint > 0 && tokens[saint - 1].end == tokens[saint].begin &&
                        tokens[saint].end == tokens[c.first].begin;
      if (dash) --saint;
      if (tokens[saint].text != "St.") continue;
      if (ci > 0 && cands[ci - 1].end > tokens[saint].begin) continue;
      // "aus St. Wolfgang", "St. Johann im Pongau": a saint's given name after it names a place.
      if (c.type == EntityType::Person) {
        if (dash) continue;
        c.type = EntityType::Place;
      }
      const std::string name = NameOf(article, c);
      c.canonical = (dash ? "St.-" : "St. ") + name;
      full.emplace(name, c.canonical);
      c.first = saint;
      c.begin = tokens[saint].begin;
    }
  }
  // "in der Klosterkirche St. Anna": a church of a kind before the saint is named with it.
  for (std::size_t si = 0; si < per_sentence.size(); ++si) {
    std::vector<Candidate>& cands = per_sentence[si];
    const auto& tokens = article.sentences[si].tokens;
    for (std::size_t ci = 0; ci < cands.size(); ++ci) {
      Candidate& c = cands[ci];
      if (c.kind != MentionKind::Name || c.type != EntityType::Place || c.first == 0 ||
          !IsSaint(tokens[c.first].text)) {
        continue;
      }
      const std::string church = text::FoldForMatch(tokens[c.first - 1].text);
      const bool of_a_kind = church.size() > 7 && (church.ends_with("kirche") || church.ends_with("kapelle") ||
                                                   church.ends_with("basilika"));
      if (!of_a_kind || (ci > 0 && cands[ci - 1].end > tokens[c.first - 1].begin)) {
        continue;
      }
      c.canonical = tokens[c.first - 1].text + " " + NameOf(article, c);
      c.first -= 1;
      c.begin = tokens[c.first].begin;
      c.is_country = false;
    }
  }
  if (full.empty()) return;
  for (auto& cands : per_sentence) {
    for (Candidate& c : cands) {
      if (c.kind != MentionKind::Name || c.type == EntityType::Person) continue;
      if (const auto it = full.find(NameOf(article, c)); it != full.end()) c.canonical = it->second;
    }
  }
}

// "aus Neu Kesselbach", "in Groß Lindow": a size or origin word before a town's name opens it
// ("Kesselbach" alone may be another town).
void JoinTownPrefixes(const text::Article& article, std::vector<std::vector<Candidate>>& per_sentence) {
  for (std::size_t si = 0; si < per_sentence.size(); ++si) {
    std::vector<Candidate>& cands = per_sentence[si];
    const auto& tokens = article.sentences[si].tokens;
    for (std::size_t ci = 0; ci < cands.size(); ++ci) {
      Candidate& c = cands[ci];
      if (c.kind != MentionKind::Name || c.type != EntityType::Place || c.is_country || c.first < 2) continue;
      const std::size_t prefix = c.first - 1;
      // (Not "Markt Kesselbach", the market town's status, nor "im Hohen Lindenwald", an adjective.)
      const std::string& word = tokens[prefix].text;
      if (!IsTownPrefix(word) || word == "Markt" || word == "Hohen" ||
          (ci > 0 && cands[ci - 1].end > tokens[prefix].begin)) {
        continue;
      }
      c.canonical = tokens[prefix].text + " " + NameOf(article, c);
      c.first = prefix;
      c.begin = tokens[prefix].begin;
    }
  }
}

// "die AOK Rheinland-Pfalz/Saarland", "die Polizeidirektion Kesselbach/Talheim": an
// organization's name goes on over a slash to the second region it serves.
void JoinSlashedRegions(const text::Sentence& s, std::vector<Candidate>& cands) {
  const auto& tokens = s.tokens;
  for (std::size_t ci = 0; ci < cands.size(); ++ci) {
    Candidate& c = cands[ci];
    const std::size_t slash = c.last;
    if (c.kind != MentionKind::Name || c.type != EntityType::Organization || slash + 1 >= tokens.size()) continue;
    if (tokens[slash].text != "/" || tokens[slash].begin != c.end || tokens[slash + 1].begin != tokens[slash].end ||
        !text::StartsUpper(tokens[slash + 1].text)) {
      continue;
    }
    // The second region: a place read there, or a word no candidate has.
    const bool next_taken = ci + 1 < cands.size() && cands[ci + 1].first <= slash + 1;
    if (next_taken && (cands[ci + 1].type != EntityType::Place || cands[ci + 1].last != slash + 2)) continue;
    if (!c.canonical.empty()) c.canonical += "/" + tokens[slash + 1].text;
    c.last = slash + 2;
    c.end = tokens[slash + 1].end;
    if (next_taken) cands.erase(cands.begin() + static_cast<std::ptrdiff_t>(ci) + 1);
  }
}

// A one-word person only the tagger read ("Kessing" in "in Kessing"), which later passes may
// read again as a town or an organization.
bool TaggedOneWordPerson(const Candidate& c) {
  return c.type == EntityType::Person && c.kind == MentionKind::Name && c.last == c.first + 1 && c.priority <= 30;
}

struct TokenInfo {
  std::string folded;
  bool upper = false;
  bool word = false;
  bool function = false;
  // Capitalized nouns that introduce a name ("Nachrichtenagentur", "Kanton"); false when lower.
  bool org_noun = false;
  bool place_noun = false;
};

// The words an article names towns by, whatever the tagger made of them (WordsNamingTowns); views
// of its TokenInfos' folded words, read once per article.
using TownWords = std::set<std::string_view>;
TownWords WordsNamingTowns(const std::vector<std::vector<TokenInfo>>& infos);

// The distinct words the tagger alone read as one-word persons (few per article).
std::vector<std::string_view> TaggedPersonWords(const std::vector<std::vector<TokenInfo>>& infos,
                                                const std::vector<std::vector<Candidate>>& per_sentence) {
  std::vector<std::string_view> words;
  for (std::size_t si = 0; si < per_sentence.size(); ++si) {
    for (const Candidate& c : per_sentence[si]) {
      const std::string_view word = infos[si][c.first].folded;
      if (TaggedOneWordPerson(c) && std::find(words.begin(), words.end(), word) == words.end()) words.push_back(word);
    }
  }
  return words;
}

// For each of `words`, whether a person's name of two words or more in the article has it.
std::vector<bool> InLongerPersonNames(const std::vector<std::string_view>& words,
                                      const std::vector<std::vector<TokenInfo>>& infos,
                                      const std::vector<std::vector<Candidate>>& per_sentence) {
  std::vector<bool> in_name(words.size(), false);
  for (std::size_t si = 0; si < per_sentence.size() && !words.empty(); ++si) {
    for (const Candidate& c : per_sentence[si]) {
      if (c.kind != MentionKind::Name || c.type != EntityType::Person || c.last - c.first < 2) continue;
      for (std::size_t k = c.first; k < c.last; ++k) {
        const auto w = std::find(words.begin(), words.end(), std::string_view(infos[si][k].folded));
        if (w != words.end()) in_name[static_cast<std::size_t>(w - words.begin())] = true;
      }
    }
  }
  return in_name;
}

class RuleRecognizer : public Recognizer {
 public:
  RuleRecognizer(const Lexicons& lexicons, const ner::Tagger* tagger)
      : lex_(lexicons), tagger_(tagger) {}

  std::vector<Mention> Recognize(const text::Article& article) const override;

 private:
  std::vector<TokenInfo> Describe(const text::Sentence& sentence) const;
  // "der Schweizer Bauernverband", "des Hessischen Städtetags": a place's adjective before the
  // short name of a known "Deutscher Bauernverband" names a sibling of it, not it.
  std::optional<Candidate> SiblingOfKnownName(const text::Sentence& s, const std::vector<TokenInfo>& info,
                                              std::size_t i, const NamedThing& known) const;
  void FindLexiconNames(const text::Sentence& s, const std::vector<TokenInfo>& info,
                        std::vector<Candidate>& out) const;
  void FindCompoundPrefixes(const text::Sentence& s, std::vector<Candidate>& out) const;
  // Whether a word names a parliament or a council, also in the genitive ("Landtags",
  // "Bundestages", "Gemeinderats"): a lexicon's parliament or a venue noun of a body.
  bool NamesAParliament(const std::string& word) const;
  // Adds one adjective mention per state of a joined adjective ("deutsch-polnische"); false
  // when token i is none.
  bool AddJoinedAdjectives(const text::Sentence& s, std::size_t i, std::vector<Candidate>& out) const;
  // "im Lechtal", "des Ybbstals": a valley named by its river, after a definite article.
  void FindValleys(const text::Sentence& s, const std::vector<TokenInfo>& info, std::vector<Candidate>& out) const;
  // "über Furth im Wald", "Weiden in der Oberpfalz (dpa)": a small town named by its river,
  // region or forest, after a preposition of place or opening the sentence.
  void FindTownsByRiver(const text::Sentence& s, const std::vector<TokenInfo>& info,
                        std::vector<Candidate>& out) const;
  // "im Landtag", "in der Staatskanzlei", "des Innenministeriums": venue nouns after an article.
  void FindVenues(const text::Sentence& s, const std::vector<TokenInfo>& info,
                  std::vector<Candidate>& out) const;
  // "der Apothekerverband Nordrhein", "im Bürgerhaus Hemelingen": an institution's or a
  // building's noun right before a place (or a name that starts with one, or a registered name,
  // or a family's name after a firm's noun) is the first word of its name.
  // "Guss" read as the genitive of "GUS": a short alias in capitals found by dropping a word's
  // "s", where the word itself is not written in capitals.
  bool AcronymInGenitiveMisread(const std::string& word, const std::string& folded, const NamedThing& thing) const;
  void JoinInstitutionToPlace(const text::Article& article, const std::vector<std::vector<TokenInfo>>& infos,
                              std::vector<std::vector<Candidate>>& per_sentence) const;
  // "in Kesselstedt ... Kesselstedt liegt": a word the tagger alone read as a person is a town
  // where the article puts it after a preposition of place, with a town's office or before a
  // dateline's dash.
  static void RetypeTaggedTowns(const text::Article& article, const std::vector<std::vector<TokenInfo>>& infos,
                                const TownWords& town_words, std::vector<std::vector<Candidate>>& per_sentence);
  // "für Schulklassen öffnen", "der Chatbot sei": a single word the tagger alone read as a
  // person is no one's name unless the article supports it: a longer name of a person has it,
  // another capitalized word comes before it somewhere ("Olga Sawitsch ... Sawitsch"), an
  // office, a title or a place preposition comes before, an office or a party's bracket after.
  void DropUnsupportedTaggedPersons(const text::Article& article, const std::vector<std::vector<TokenInfo>>& infos,
                                    std::vector<std::vector<Candidate>>& per_sentence) const;
  // "deutscher Meister im Faustball", "die Meisterschaft im Sepak Takraw": what a title is won
  // in is a sport, no name.
  static void DropSportsOfTitles(const std::vector<TokenInfo>& info, std::vector<Candidate>& cands);
  // "die das Ressort Bau führt", "im Dezernat Jugend": a portfolio's remit is no name.
  static void DropRemitsOfPortfolios(const std::vector<TokenInfo>& info, std::vector<Candidate>& cands);
  // "BAD TANNRIED" on a line of its own over an item of local news: the item's town.
  void SettleTownHeadings(const text::Article& article, std::vector<std::vector<Candidate>>& per_sentence) const;
  // "Leoben. Lange wurde verhandelt ...": a regional paper's dateline, its town on its own (known,
  // named as a place elsewhere, or by its adjective before a body: "der Leobener Gemeinderat").
  void SettleTownDatelines(const text::Article& article, const std::vector<std::vector<TokenInfo>>& infos,
                           const TownWords& town_words, std::vector<std::vector<Candidate>>& per_sentence) const;
  // "in Kesselstedt und Hohenbrück", "aus Ulm, Kesselau und Brandau", "von Ulm und Kesselau": a
  // word listed with a town after a preposition of place (or "von", "mit") is a town too.
  void FindListedTowns(const text::Article& article, const std::vector<std::vector<TokenInfo>>& infos,
                       std::vector<std::vector<Candidate>>& per_sentence) const;
  // "aus Kesselburg an der Havel ... in Kesselburg": a town the article names once with its river
  // is the one its first word names (not a Land or a country of that name: "Brandenburg").
  void NameTownsByTheirFullName(const text::Article& article, std::vector<std::vector<Candidate>>& per_sentence) const;
  // "Der Schweizer Bauernverband ... Der Bauernverband": a known name's bare noun refers to the
  // sibling the article named last with that noun, not to the known one.
  static void ReferShortNamesToSiblings(const std::vector<std::vector<TokenInfo>>& infos,
                                        std::vector<std::vector<Candidate>>& per_sentence);
  // After the overlaps are settled, an organization's name goes on past its finder's end: over a
  // legal form no name took ("die Agrargenossenschaft Lindtal eG"), the rest of its town's name
  // ("Generalstaatsanwaltschaft Frankfurt am Main") and a second place after a slash
  // ("Olympiastützpunkt Hamburg/Schleswig-Holstein").
  void ExtendOrganizationNames(const text::Article& article, std::vector<std::vector<Candidate>>& per_sentence) const;
  // "Der Deutsche Kanu-Verband (DKV) ... der DKV": a short form the article defines in brackets
  // after a name whose initials it spells (a public body's "für" too: "BfN") is that name's, not
  // the one a lexicon lists for it nor a place's reading of it.
  static void KeepArticleAcronyms(const text::Article& article, std::vector<std::vector<Candidate>>& per_sentence);
  // "Washington Trump" or "Putin Witkoff" read as one name: the place and the person, or the
  // two persons, apart.
  void SplitRunOnNames(const text::Article& article,
                          std::vector<std::vector<Candidate>>& per_sentence) const;
  // "Deutscher Olympischer Sportbund (DOSB)": the acronym in brackets names the same thing.
  static void FindBracketAcronyms(const text::Sentence& s, std::vector<Candidate>& out);
  // "im Erzgebirgskreis", "des Vogelsbergkreises": a district named in one word, a known region
  // or town and "kreis" (not a "Freundeskreis").
  void FindDistrictWords(const text::Sentence& s, const std::vector<TokenInfo>& info,
                         std::vector<Candidate>& out) const;
  // "Die Stadtpräsidentin von Lohwiesen", "Bürgermeister des sächsischen Kesselau", "Kesselaus
  // Bürgermeisterin": the town of a mayor's office, named right after it or in the genitive
  // before it, though no gazetteer knows it.
  void FindTownsOfMayors(const text::Sentence& s, const std::vector<TokenInfo>& info,
                         std::vector<Candidate>& out) const;
  // "in Bad Essen", "Bad Homburgs Bürgermeister": a spa town named after another place the
  // gazetteers know ("Essen"), which alone would be read as that place.
  void FindSpaTowns(const text::Sentence& s, const std::vector<TokenInfo>& info, std::vector<Candidate>& out) const;
  // "an der A9", "auf der B 304": a motorway or a federal road by its number, after an article.
  static void FindRoads(const text::Sentence& s, const std::vector<TokenInfo>& info, std::vector<Candidate>& out);
  // Across the article: a company's name without its legal form, or its first word alone,
  // after the full one.
  void FindShortCompanyNames(const text::Article& article, const std::vector<std::vector<TokenInfo>>& infos,
                             const TownWords& town_words, std::vector<std::vector<Candidate>>& per_sentence) const;
  // The name of a Land's ministry or state chancellery written with its lower-case adjective at
  // token i ("im sächsischen Wirtschaftsministerium": "Sächsisches Wirtschaftsministerium"), or "".
  std::string LandGovernmentBody(const text::Sentence& s, const std::vector<TokenInfo>& info, std::size_t i,
                                 const std::string& region) const;
  void FindAdjectives(const text::Sentence& s, const std::vector<TokenInfo>& info,
                      std::vector<Candidate>& out) const;
  void FindPersons(const text::Sentence& s, const std::vector<TokenInfo>& info,
                   std::vector<Candidate>& out) const;
  void FindIntroducedNames(const text::Sentence& s, const std::vector<TokenInfo>& info,
                           std::vector<Candidate>& out) const;
  // A region an association's branch is named by ("Küste", "Nord", "Bayern").
  bool IsBranchRegion(const TokenInfo& word) const;
  // A compass word or a known region after a direction's or a height's prefix ("Nordost",
  // "Osttirol", "Hochtaunus"): a region a body's branch or office may be named by.
  bool IsDirectionalRegion(const std::string& word) const;
  // "Ulmer", "Bremer": a known place's adjective in "-er", short ones too; before a company word
  // it says where the works are ("der Ulmer Zementwerke"), it does not name them.
  bool NamesAKnownPlace(const std::string& word) const;
  // Whether the stem of an adjective in "-er", or the stem and "en", is a known place ("Ulmer",
  // "Bremer"); a country only as the stem itself and with `or_country` ("Schweizer").
  bool PlaceOfErAdjective(const std::string& word, bool or_country) const;
  // "Wettingen AG (Keystone-SDA) -": a Swiss dateline's town, its canton code no legal form.
  void SettleSwissDateline(const text::Sentence& s, const std::vector<TokenInfo>& info,
                           std::vector<Candidate>& cands) const;
  // "KELLERSHEIM. Die Winzer ...": a regional paper's dateline, its town in capitals on its own.
  static void SettleCapitalDateline(const text::Article& article, const text::Sentence& s,
                                    std::vector<Candidate>& cands);
  // "Haldenbeck (dpa/lnw) - ...": the place an agency's dateline opens a paragraph with, known
  // or not.
  static void SettleAgencyDateline(const text::Article& article, const text::Sentence& s,
                                   const std::vector<TokenInfo>& info, std::vector<Candidate>& cands);
  // "der Kessler Stahl AG": the capitalized words before a legal form name a company; so do two
  // joined by "&" ("Brandt & Söhne").
  void FindCompanyNames(const text::Sentence& s, const std::vector<TokenInfo>& info,
                        std::vector<Candidate>& out) const;
  // "der Konferenz der Kantonsregierungen", "des Zentralkomitees der deutschen Katholiken": an
  // institution's noun and the genitive that names whose it is.
  // "das Bundesamt für Migration und Flüchtlinge": an authority's noun, "für" and its remit.
  void FindAuthorityNames(const text::Sentence& s, const std::vector<TokenInfo>& info,
                          std::vector<Candidate>& out) const;
  void FindInstitutionNames(const text::Sentence& s, const std::vector<TokenInfo>& info,
                            std::vector<Candidate>& out) const;
  // "der Innen- und Rechtsausschuss", "des Deutschen Ruder- und Kanubunds": a body's noun
  // after a truncated word joined by "und", with a capitalized adjective before.
  void FindEllipsisNames(const text::Sentence& s, const std::vector<TokenInfo>& info,
                         std::vector<Candidate>& out) const;
  // "VfB Stuttgart", "SpVgg Unterhaching": a sports club's abbreviation and the words after it.
  void FindClubNames(const text::Sentence& s, const std::vector<TokenInfo>& info,
                     std::vector<Candidate>& out) const;
  void FindTaggedNames(const text::Sentence& s, const std::vector<TokenInfo>& info,
                       std::vector<Candidate>& out) const;
  // Capitalized tokens from `i` that can form a personal name; returns the end index.
  // `after_role`: the run follows a role noun, which announces a full name ("Präsident Gitanas
  // Nausėda"), so a word ending in "s" is not taken for a genitive there.
  std::size_t NameRun(const text::Sentence& s, const std::vector<TokenInfo>& info, std::size_t i,
                      std::size_t max_words, bool after_role = false) const;
  // Whether token k may go on a body's name: a capitalized word, no function word, role, meeting
  // word or time ("SV Kesselbach", not "SV Trainer", "SV Treffen", "SV Montag").
  bool ContinuesABodysName(const text::Sentence& s, const std::vector<TokenInfo>& info, std::size_t k) const;
  // "Deutscher", "Bayerischer": an adjective of a state or region, which may open a name
  // ("Bayerischer Rundfunk"); not a city's ("Münchner").
  bool NamesStateOrRegion(std::string_view adjective) const;
  // A chamber's name is its member's title before a given name: "Bundesrat Max Ott".
  bool IsMembersTitle(const text::Sentence& s, std::size_t k) const;
  // "Münchner", "Kasseler": a town's adjective, which describes a company before its name; with
  // `or_country`, a country's in "-er" too ("die Schweizer Seelinie AG"; "Deutsche" in "Deutsche
  // Bank AG" is the name's).
  bool IsTownAdjective(const std::string& word, bool or_country = false) const;
  // Whether token k may be a word of a personal name: capitalized, no function word, acronym,
  // role, meeting, place or organization noun, or nationality adjective.
  bool CanBeNameWord(const text::Sentence& s, const std::vector<TokenInfo>& info, std::size_t k) const;
  const NamedThing* LookupPhrase(const std::vector<TokenInfo>& info, std::size_t first,
                                 std::size_t last) const;

  const Lexicons& lex_;
  const ner::Tagger* tagger_;
};

std::vector<TokenInfo> RuleRecognizer::Describe(const text::Sentence& sentence) const {
  std::vector<TokenInfo> info;
  info.reserve(sentence.tokens.size());
  for (const auto& t : sentence.tokens) {
    TokenInfo ti;
    ti.folded = text::FoldForMatch(t.text);
    ti.word = HasLetter(t.text);
    ti.upper = ti.word && text::StartsUpper(t.text);
    ti.function = IsFunctionWord(ti.folded);
    // "an der Oder": mid-sentence, the capitalized conjunction is the river.
    if (ti.function && ti.upper && ti.folded == "oder" && !info.empty() && info.back().word) ti.function = false;
    if (ti.upper && !ti.function) {
      ti.org_noun = lex_.IsFoldedOrgNoun(ti.folded);
      ti.place_noun = lex_.IsFoldedPlaceNoun(ti.folded);
      // "das Konstanzer Büro Lind Architekten": after a town's adjective, a firm's office
      // introduces its name ("sein Büro" is a room).
      if ((ti.folded == "büro" || ti.folded == "büros") && !info.empty() && info.back().upper &&
          IsTownAdjective(sentence.tokens[info.size() - 1].text, /*or_country=*/true)) {
        ti.org_noun = true;
      }
    }
    info.push_back(std::move(ti));
  }
  return info;
}

const NamedThing* RuleRecognizer::LookupPhrase(const std::vector<TokenInfo>& info,
                                               std::size_t first, std::size_t last) const {
  // A single word is its own key: no string, and no list of words, to build (most look-ups).
  const bool single = last == first + 1;
  std::string_view one = single ? std::string_view(info[first].folded) : std::string_view();
  std::vector<std::string_view> words;
  if (!single) {
    for (std::size_t i = first; i < last; ++i) words.push_back(info[i].folded);
  }
  std::string_view* back = single ? &one : &words.back();
  auto find = [&] { return single ? lex_.FindName(one) : lex_.FindName(Lexicons::FoldedPhraseKey(words)); };
  if (const NamedThing* thing = find()) return thing;
  // Genitive: "Moskaus", "Russlands", "des Weißen Hauses", "des Kremls".
  const std::string_view tail = *back;
  for (std::string_view ending : {"s", "es"}) {
    if (tail.size() > ending.size() + 2 && tail.ends_with(ending)) {
      *back = tail.substr(0, tail.size() - ending.size());
      if (const NamedThing* thing = find()) return thing;
      *back = tail;
    }
  }
  // Dative plural after its article: "in den Niederlanden", "in den Vereinigten Arabischen Emiraten".
  if (tail.size() > 4 && tail.ends_with("en") && first > 0 && info[first - 1].folded.size() == 3 &&
      info[first - 1].folded == "den") {
    *back = tail.substr(0, tail.size() - 1);
    const NamedThing* thing = find();
    *back = tail;
    if (thing && thing->type == EntityType::Place && thing->canonical.ends_with('e')) return thing;
  }
  return nullptr;
}

// A hyphen, an en dash or an em dash standing alone: a dateline's dash ("Ulm (dpa) -").
bool IsDash(std::string_view word) { return word == "-" || word == "–" || word == "—"; }

// Articles and their contractions with a preposition, which stand before a noun but not
// before a town's name.
bool ArticleBeforeNoun(std::string_view folded) {
  static constexpr std::string_view kArticles[] = {
      "der", "die",   "das",   "dem",   "den",  "des",    "ein",    "eine",   "einen", "einem",
      "einer", "eines", "im",  "am",    "zum",  "zur",    "vom",    "beim",   "ins",   "kein",
      "keine", "keinen", "keinem", "keiner", "jedem", "jeden", "jeder"};
  if (folded.size() < 2 || folded.size() > 6) return false;  // most words, at a glance
  return std::find(std::begin(kArticles), std::end(kArticles), folded) != std::end(kArticles);
}

// "seinem", "ihren", "unsere", and bare "Ihr", "sein", "euer": a possessive, with its ending or
// without ("auf ihren Hof", "Ihr Zug fällt aus").
bool IsPossessive(std::string_view folded) {
  if (folded == "euer") return true;
  for (std::string_view stem : {"mein", "dein", "sein", "ihr", "unser", "eur"}) {
    if (folded != "eur" && text::InflectsStem(folded, stem)) return true;
  }
  return false;
}

// Whether the word at `i` stands after an article (or a possessive: "auf ihren Hof") as a noun
// does ("das Essen", "in der Halle", "keine Halle"), not after a relative pronoun ("eine
// Konferenz, die Kairo ausrichten will"): a town takes no article. Nor, being neuter, a feminine
// or masculine one before an adjective ("die neue Halle", "unsere kleine Halle", "der alte Hof";
// "im benachbarten Essen" is the town).
bool AfterArticleAsNoun(const text::Sentence& s, const std::vector<TokenInfo>& info, std::size_t i) {
  if (i > 0 && (ArticleBeforeNoun(info[i - 1].folded) || IsPossessive(info[i - 1].folded)) &&
      !(i > 1 && s.tokens[i - 2].text == ",")) {
    return true;
  }
  // "auf Bergers Hof": a person's genitive before it, as before a noun (not a place's noun: "des
  // Kantons Zug").
  const TokenInfo& before = info[i > 0 ? i - 1 : 0];
  if (i > 1 && before.upper && !before.function && !before.place_noun && !before.org_noun && before.folded.size() > 3 &&
      before.folded.ends_with("s") && !info[i - 2].upper && !s.tokens[i - 2].text.ends_with(".")) {
    return true;
  }
  if (i < 2 || info[i - 1].upper || !(info[i - 1].folded.ends_with("e") || info[i - 1].folded.ends_with("en"))) {
    return false;
  }
  static constexpr std::string_view kNotNeuter[] = {"die",    "der",    "den",   "eine", "einer", "keine",
                                                    "keiner", "unsere", "seine", "ihre", "meine"};
  return std::find(std::begin(kNotNeuter), std::end(kNotNeuter), info[i - 2].folded) != std::end(kNotNeuter) &&
         !(i > 2 && s.tokens[i - 3].text == ",");
}

// "der", "im", "zur": a definite article, alone or joined to a preposition, before a name that
// opens with its noun or adjective ("im Neuen Rathaus", "am Polytechnischen Institut Kiew").
bool IsDefiniteArticle(std::string_view folded) {
  static constexpr std::string_view kDefinite[] = {"der", "die", "das", "den", "dem", "des", "im",
                                                   "ins", "beim", "vom", "zum", "zur", "am"};
  return std::find(std::begin(kDefinite), std::end(kDefinite), folded) != std::end(kDefinite);
}

// "woche", "jahren", "abend": nouns of time.
bool IsTimeNoun(std::string_view folded) {
  static const std::set<std::string, std::less<>> kTimeNouns = {
      "woche", "wochen", "monat", "monate", "monaten", "jahr", "jahre", "jahren", "tag", "tage", "tagen",
      "stunde", "stunden", "minute", "minuten", "wochenende", "vormittag", "nachmittag", "abend", "nacht"};
  return kTimeNouns.count(folded) > 0;
}

namespace {

// A noun in the genitive singular, as the nominative: "Verbandes" -> "Verband", "Komitees" ->
// "Komitee", "Bündnisses" -> "Bündnis".
std::string NominativeOfGenitive(const std::string& word) {
  if (word.ends_with("nisses")) return word.substr(0, word.size() - 3);
  if (word.ends_with("ees") || (word.ends_with("s") && !word.ends_with("es"))) return word.substr(0, word.size() - 1);
  if (word.ends_with("es")) return word.substr(0, word.size() - 2);
  return word;
}

}  // namespace

void RuleRecognizer::FindDistrictWords(const text::Sentence& s, const std::vector<TokenInfo>& info,
                                       std::vector<Candidate>& out) const {
  for (std::size_t i = 0; i < s.tokens.size(); ++i) {
    const std::string& folded = info[i].folded;
    // Asked of every word: the ending first.
    if (!info[i].upper || folded.size() < 9 || (!folded.ends_with("kreis") && !folded.ends_with("kreises"))) continue;
    const std::string nominative = folded.ends_with("es") ? NominativeOfGenitive(s.tokens[i].text) : s.tokens[i].text;
    const std::size_t cut = nominative.size() - 5;  // before "kreis"
    if (text::FoldForMatch(nominative.substr(cut)) != "kreis" || nominative[cut - 1] == '-') continue;
    // The region or town before it, maybe with a linking "s" ("Erzgebirgs-", "Vogelsberg-").
    const std::string part = nominative.substr(0, cut);
    const NamedThing* place = lex_.FindName(Lexicons::PhraseKey({part}));
    if (!place && part.ends_with("s")) {
      const std::string stem = part.substr(0, part.size() - 1);  // "Vogelsbergs-", "Erzgebirgs-"
      place = lex_.FindName(Lexicons::PhraseKey({stem}));
      if (!place) place = lex_.FindName(Lexicons::PhraseKey({stem + "e"}));
    }
    if (!place || place->type != EntityType::Place || place->is_country) continue;
    // "Altmarkkreis Salzwedel": its seat's name after it, one word a finder before read as a
    // town, is the district's.
    const bool with_seat = std::any_of(out.begin(), out.end(), [&](const Candidate& town) {
      return town.first == i + 1 && town.last == i + 2 && town.type == EntityType::Place && !town.is_country &&
             town.kind == MentionKind::Name;
    });
    Candidate c = SpanCandidate(s, i, with_seat ? i + 2 : i + 1, EntityType::Place, 60);
    c.canonical = with_seat ? nominative + " " + s.tokens[i + 1].text : nominative;
    out.push_back(std::move(c));
  }
}

bool RuleRecognizer::IsBranchRegion(const TokenInfo& word) const {
  if (!word.upper || word.function) return false;
  if (IsCompassWord(word.folded) || word.folded == "mitte" || word.folded == "küste") return true;
  const NamedThing* region = lex_.FindName(Lexicons::FoldedPhraseKey({word.folded}));
  return region && region->type == EntityType::Place && (region->kind == "state" || region->kind == "region");
}

bool RuleRecognizer::IsDirectionalRegion(const std::string& word) const {
  if (IsCompassWord(text::FoldForMatch(word))) return true;
  for (std::string_view prefix : {"Nord", "Süd", "Ost", "West", "Ober", "Unter", "Hoch", "Mittel", "Nieder"}) {
    if (word.size() < prefix.size() + 3 || !word.starts_with(prefix)) continue;
    std::string rest = word.substr(prefix.size());
    if (rest[0] < 'a' || rest[0] > 'z') continue;
    rest[0] = static_cast<char>(rest[0] - 'a' + 'A');
    const NamedThing* region = lex_.FindName(Lexicons::PhraseKey({std::string_view(rest)}));
    if (region && region->type == EntityType::Place && (region->kind == "state" || region->kind == "region")) {
      return true;
    }
  }
  return false;
}

bool RuleRecognizer::AcronymInGenitiveMisread(const std::string& word, const std::string& folded,
                                              const NamedThing& thing) const {
  constexpr std::size_t kLongestAcronymBytes = 4;
  if (!folded.ends_with("s") || folded.size() > kLongestAcronymBytes + 1 || lex_.FindName(folded)) return false;
  const std::string stem = folded.substr(0, folded.size() - 1);
  return text::FoldForMatch(thing.canonical) != stem && !text::IsAllUpper(word.substr(0, word.size() - 1));
}

void RuleRecognizer::FindLexiconNames(const text::Sentence& s, const std::vector<TokenInfo>& info,
                                      std::vector<Candidate>& out) const {
  const std::size_t n = s.tokens.size();
  for (std::size_t i = 0; i < n; ++i) {
    if (!info[i].upper && info[i].word && !info[i].function) {
      // A name the lexicon writes in lower case, as written: "(dpa)", "epd".
      const NamedThing* thing = LookupPhrase(info, i, i + 1);
      if (thing && thing->canonical == s.tokens[i].text) {
        Candidate c = SpanCandidate(s, i, i + 1, thing->type, 50);
        c.canonical = thing->canonical;
        out.push_back(std::move(c));
      }
      continue;
    }
    if (!info[i].upper) continue;
    std::size_t longest = std::min(n - i, lex_.longest_name_tokens());
    if (!lex_.MayStartLongerName(info[i].folded)) longest = 1;
    // "Den Haag", "La Paz", "Los Angeles": a capitalized article opens a known name of several
    // words, never one alone. At a sentence's start, where every article is capitalized, only
    // the articles that open places' names are tried ("Den Haag (dpa) -").
    const std::size_t shortest = info[i].function ? 2 : 1;
    if (info[i].function && i == 0) {
      const std::string& a = info[i].folded;
      if (a != "den" && a != "la" && a != "le" && a != "el" && a != "las" && a != "los" && a != "de") continue;
    }
    for (std::size_t len = longest; len >= shortest; --len) {
      std::size_t last = i + len;
      // ("Frankfurt (Oder)": a town's name may end in its bracket.)
      if (!info[last - 1].word && s.tokens[last - 1].text != ")") continue;
      const NamedThing* thing = LookupPhrase(info, i, last);
      if (!thing) continue;
      // At a sentence's start the article may be just that: "Die Welt verfolgt ..." names no
      // newspaper; "Den Haag (dpa) -" still names the city.
      if (info[i].function && i == 0 && thing->type != EntityType::Place) continue;
      // A town takes no article: "das Essen", "in der Halle", "am Hof" are the nouns.
      if (len == 1 && thing->kind == "city" && AfterArticleAsNoun(s, info, i)) continue;
      if (len == 1 && AcronymInGenitiveMisread(s.tokens[i].text, info[i].folded, *thing)) continue;
      // A party named by an adjective is only the adjective before a noun of time: "zur
      // Grünen Woche" names a fair, not the party.
      if (len == 1 && thing->kind == "party" && last < n && IsTimeNoun(info[last].folded)) continue;
      if (len == 1 && thing->type == EntityType::Organization && IsMembersTitle(s, i)) continue;
      if (len == 1 && thing->type == EntityType::Organization && i > 0) {
        if (std::optional<Candidate> sibling = SiblingOfKnownName(s, info, i, *thing)) {
          out.push_back(std::move(*sibling));
          break;
        }
      }
      // "die IG Metall Küste", "der Bauernverband Saar", "im ORF Tirol": an association's or a
      // broadcaster's branch by its region, named as written.
      if (thing->type == EntityType::Organization &&
          (thing->kind == "other" || thing->kind == "union" || thing->kind == "media") && last < n &&
          IsBranchRegion(info[last]) && (last + 1 == n || !info[last + 1].upper || info[last + 1].function)) {
        Candidate c = SpanCandidate(s, i, last + 1, EntityType::Organization, 76);
        // In the nominative where written in the genitive ("des Städtebundes Nord", "des Deutschen
        // Mieterbunds Hessen").
        const bool genitive = i > 0 && (info[i - 1].folded == "des" || info[i - 1].folded == "eines");
        bool declined = genitive && last > i + 1;  // an adjective before the noun, no "und"
        for (std::size_t k = i; k < last && declined; ++k) declined = info[k].upper && !info[k].function;
        if (declined) {
          std::vector<std::string> words;
          for (std::size_t k = i; k <= last; ++k) words.push_back(s.tokens[k].text);
          c.canonical = NominativeOfName(words, "des");
        } else {
          for (std::size_t k = i; k < last; ++k) {
            c.canonical += (k > i ? " " : "") + (genitive && k + 1 == last ? NominativeOfGenitive(s.tokens[k].text)
                                                                           : s.tokens[k].text);
          }
          c.canonical += " " + s.tokens[last].text;
        }
        out.push_back(std::move(c));
        break;
      }
      // A known name of several words ("Ria Nowosti", "Washington Post") outranks a first name
      // followed by a capitalized word over the same span.
      Candidate c = SpanCandidate(s, i, last, thing->type, len >= 2 ? 75 : 50);
      c.canonical = thing->canonical;
      c.known = true;
      c.is_country = thing->is_country;
      c.is_site = thing->type == EntityType::Place && (thing->kind == "site" || thing->kind == "airport");
      out.push_back(std::move(c));
      break;
    }
  }
}

namespace {

// The folded noun of a name of two words ("Deutscher Bauernverband" -> "bauernverband"); "" for
// other names.
std::string NounOfTwoWordName(std::string_view canonical) {
  const std::size_t space = canonical.rfind(' ');
  if (space == std::string_view::npos || canonical.find(' ') != space) return "";
  return text::FoldForMatch(canonical.substr(space + 1));
}

// Whether a folded word is `noun` as written or in the genitive ("Bauernverbands").
bool IsNounOrGenitive(std::string_view word, std::string_view noun) {
  if (!word.starts_with(noun)) return false;
  const std::string_view ending = word.substr(noun.size());
  return ending.empty() || ending == "s" || ending == "es";
}

}  // namespace

std::optional<Candidate> RuleRecognizer::SiblingOfKnownName(const text::Sentence& s,
                                                            const std::vector<TokenInfo>& info, std::size_t i,
                                                            const NamedThing& known) const {
  const std::string& canonical = known.canonical;
  // Only the known name's own noun, as written or in the genitive ("Bauernverbands").
  const std::string folded_noun = NounOfTwoWordName(canonical);
  if (folded_noun.empty() || !IsNounOrGenitive(info[i].folded, folded_noun)) return std::nullopt;
  if (!info[i - 1].upper || info[i - 1].function) return std::nullopt;
  const std::size_t space = canonical.find(' ');
  const std::string noun = canonical.substr(space + 1);
  const std::string& adjective = s.tokens[i - 1].text;
  const std::string known_adjective = canonical.substr(0, space);
  std::string sibling;
  if (IsTownAdjective(adjective, /*or_country=*/true)) {
    sibling = adjective;  // "Schweizer", "Thüringer": the same in every case
  } else if (lex_.CountryOfAdjective(adjective)) {
    // A declined adjective takes the known name's ending: "Hessischen" -> "Hessischer".
    auto stem_of = [](std::string word) {
      for (std::string_view ending : {"en", "em", "er", "es", "e"}) {
        if (word.size() > ending.size() + 3 && std::string_view(word).ends_with(ending)) {
          word.resize(word.size() - ending.size());
          break;
        }
      }
      return word;
    };
    const std::string stem = stem_of(adjective);
    const std::string known_stem = stem_of(known_adjective);
    sibling = stem + known_adjective.substr(known_stem.size());
  } else {
    return std::nullopt;
  }
  // "des Deutschen Bauernverbands" is the known one itself.
  if (text::FoldForMatch(sibling) == text::FoldForMatch(known_adjective)) return std::nullopt;
  Candidate c = SpanCandidate(s, i - 1, i + 1, EntityType::Organization, 75);
  c.canonical = sibling + " " + noun;
  return c;
}

namespace {

// "DOSB", "ÖGB", "ZF": two to six capitals, not a generic abbreviation ("TV-Moderator").
bool IsOrganizationAcronym(std::string_view word) {
  if (!text::IsAcronym(word)) return false;
  for (std::string_view generic : {"TV", "PR", "IT", "KI", "PC", "EDV", "SMS", "CD", "DJ", "VIP", "PS"}) {
    if (word == generic) return false;
  }
  return true;
}

}  // namespace

void RuleRecognizer::SplitRunOnNames(const text::Article& article,
                                        std::vector<std::vector<Candidate>>& per_sentence) const {
  // The first names of every person named with two words or more, by surname, and the words
  // that stand inside such names ("Troels Lund Poulsen": "lund" is a middle name there).
  std::map<std::string, std::set<std::string>> first_names_by_surname;
  std::set<std::string> middle_words;
  for (std::size_t si = 0; si < per_sentence.size(); ++si) {
    for (const Candidate& c : per_sentence[si]) {
      if (c.kind != MentionKind::Name || c.last - c.first < 2) continue;
      const auto& tokens = article.sentences[si].tokens;
      for (std::size_t k = c.first + 1; k + 1 < c.last; ++k) middle_words.insert(text::FoldForMatch(tokens[k].text));
      if (c.type != EntityType::Person) continue;
      first_names_by_surname[text::FoldForMatch(tokens[c.last - 1].text)].insert(
          text::FoldForMatch(tokens[c.first].text));
    }
  }
  for (std::size_t si = 0; si < per_sentence.size(); ++si) {
    const auto& s = article.sentences[si];
    std::vector<Candidate> split_off;
    // Whether the article names a person with `surname` and a first name other than `not_first`.
    auto known_surname = [&](const std::string& surname, const std::string& not_first) {
      const auto others = first_names_by_surname.find(text::FoldForMatch(surname));
      if (others == first_names_by_surname.end()) return false;
      const std::string excluded = text::FoldForMatch(not_first);
      return std::any_of(others->second.begin(), others->second.end(),
                         [&](const std::string& f) { return f != excluded; });
    };
    for (Candidate& c : per_sentence[si]) {
      if (c.type != EntityType::Person || c.kind != MentionKind::Name || c.last - c.first < 2) continue;
      const std::string& first = s.tokens[c.first].text;
      // "dass Präsident Bauer Kessler empfange": two surnames of persons the article names in
      // full ("Hans Bauer", "Anna Kessler") are two persons, subject and object.
      if (c.last - c.first == 2 && c.canonical.empty() && !lex_.IsFirstName(first) &&
          known_surname(first, "") && known_surname(s.tokens[c.first + 1].text, first)) {
        split_off.push_back(SpanCandidate(s, c.first, c.first + 1, EntityType::Person, c.priority));
        c.first += 1;
        c.begin = s.tokens[c.first].begin;
        continue;
      }
      const NamedThing* place = lex_.FindName(Lexicons::PhraseKey({first}));
      if (!place || place->type != EntityType::Place || middle_words.count(text::FoldForMatch(first))) continue;
      // "Washington Trump": a place before a person who is also named with another first name
      // ("Donald Trump"), or before a name whose first word is no first name at all.
      // "in Berlin Paul Brandau": a city or state before a given name is not a given name itself,
      // though some languages have "Berlin" as one.
      // A particle is no given name ("David van Weel": "van" is in the given-name list).
      const bool before_given_name = c.last - c.first >= 3 && (place->is_country || place->kind == "city") &&
                                     lex_.IsFirstName(s.tokens[c.first + 1].text) &&
                                     !IsNameParticle(s.tokens[c.first + 1].text);
      if (!before_given_name && !known_surname(s.tokens[c.last - 1].text, first) && lex_.IsFirstName(first)) continue;
      // "Dirigent Jarosław Dąbrowski": right after a role noun, a town's name is a given name.
      if (!before_given_name && c.first > 0 && !place->is_country && !place->is_capital && place->kind != "state" &&
          lex_.MatchRole(s.tokens[c.first - 1].text)) {
        continue;
      }
      Candidate where = SpanCandidate(s, c.first, c.first + 1, EntityType::Place, c.priority);
      where.canonical = place->canonical;
      where.is_country = place->is_country;
      split_off.push_back(std::move(where));
      c.first += 1;
      c.begin = s.tokens[c.first].begin;
    }
    for (Candidate& p : split_off) per_sentence[si].push_back(std::move(p));
    std::sort(per_sentence[si].begin(), per_sentence[si].end(),
              [](const Candidate& a, const Candidate& b) { return a.begin < b.begin; });
  }
}

namespace {

// The first token of the words right before token `end` whose initials spell `acronym`
// ("Tarifgemeinschaft deutscher Länder (TdL)", "Bund Deutscher Kriminalbeamter (BDK)"), case
// aside, the first capitalised; none for fewer than two words.
std::optional<std::size_t> InitialsSpell(const text::Sentence& s, std::size_t end, std::string_view acronym) {
  std::vector<std::string> letters;
  std::vector<bool> lower;  // "VdK": a small letter may stand for a small word ("Verband der Kriegsopfer")
  for (std::size_t pos = 0; pos < acronym.size();) {
    const text::CodePoint cp = text::DecodeAt(acronym, pos);
    if (cp.length == 0) return std::nullopt;
    const std::string_view letter = acronym.substr(pos, cp.length);
    letters.push_back(text::FoldForMatch(letter));
    lower.push_back(!text::StartsUpper(letter));
    pos += cp.length;
  }
  if (letters.size() < 2 || letters.size() > end) return std::nullopt;
  // Back from the bracket, one word or hyphenated part per letter ("Deutscher Kanu-Verband
  // (DKV)"); the small words of a long name ("für", "und", "der") carry none: "Gesellschaft für
  // Internationale Zusammenarbeit (GIZ)".
  std::size_t k = end;
  for (std::size_t l = letters.size(); l > 0;) {
    if (k == 0) return std::nullopt;
    --k;
    while (l < letters.size() && k > 0 && text::IsLinkWordOfName(s.tokens[k].text) &&
           !(lower[l - 1] && text::FoldForMatch(s.tokens[k].text).starts_with(letters[l - 1]))) {
      --k;
    }
    const std::string_view word = s.tokens[k].text;
    if (lower[l - 1] && text::IsLinkWordOfName(word) && text::FoldForMatch(word).starts_with(letters[l - 1])) {
      --l;
      continue;
    }
    for (std::size_t to = word.size(); l > 0;) {
      const std::size_t dash = word.rfind('-', to - 1);
      const std::size_t from = dash == std::string_view::npos ? 0 : dash + 1;
      const std::string_view part = word.substr(from, to - from);
      const text::CodePoint cp = text::DecodeAt(part, 0);
      --l;
      if (cp.length == 0 || text::FoldForMatch(part.substr(0, cp.length)) != letters[l]) return std::nullopt;
      if (text::CodePointCount(part) < 3) return std::nullopt;  // no "EU", no initials
      if (dash == std::string_view::npos || dash == 0) break;
      if (l == 0) return std::nullopt;  // a hyphenated part the acronym leaves out
      to = dash;
    }
  }
  if (!text::StartsUpper(s.tokens[k].text)) return std::nullopt;
  // A capitalized adjective before it is the name's too: "Deutsche Gesellschaft für ...".
  if (k > 1 && text::StartsUpper(s.tokens[k - 1].text)) {
    const std::string before = text::FoldForMatch(s.tokens[k - 1].text);
    const bool article = before == "der" || before == "die" || before == "das" || before == "den" ||
                         before == "dem" || before == "des";
    if (!article && before.size() > 4 &&
        (before.ends_with("e") || before.ends_with("en") || before.ends_with("er") || before.ends_with("es"))) {
      --k;
    }
  }
  return k;
}

// Whether the one compound word right before the bracket at `end` spells `acronym` by letters of
// its parts ("Eisenbahn-Bundesamt (EBA)", "Kraftfahrt-Bundesamt (KBA)"): its first letter, then
// the others in order, three letters or more.
bool CompoundSpells(const text::Sentence& s, std::size_t end, std::string_view acronym) {
  if (end == 0 || acronym.size() < 3) return false;
  const std::string_view word = s.tokens[end - 1].text;
  if (!text::StartsUpper(word) || word.find('-') == std::string_view::npos) return false;
  const std::string folded = text::FoldForMatch(word), letters = text::FoldForMatch(acronym);
  if (folded.size() < letters.size() + 6 || folded[0] != letters[0]) return false;
  std::size_t at = 1;
  for (std::size_t l = 1; l < letters.size(); ++l) {
    at = folded.find(letters[l], at);
    if (at == std::string::npos) return false;
    ++at;
  }
  return true;
}
}  // namespace

void RuleRecognizer::FindShortCompanyNames(const text::Article& article,
                                           const std::vector<std::vector<TokenInfo>>& infos,
                                           const TownWords& town_words,
                                           std::vector<std::vector<Candidate>>& per_sentence) const {
  // "die Nordwind Energie AG ... die Nordwind Energie": two name words or more before a legal
  // form, written again without it (one word may be a person's surname: "Wendler GmbH").
  struct Company {
    std::vector<std::string_view> words;  // folded
    std::string canonical;
    std::size_t sentence;
  };
  std::vector<Company> companies;
  for (std::size_t si = 0; si < per_sentence.size(); ++si) {
    const auto& tokens = article.sentences[si].tokens;
    for (const Candidate& c : per_sentence[si]) {
      if (c.type != EntityType::Organization || c.last < c.first + 3 || c.last > tokens.size() ||
          !Lexicons::IsLegalForm(tokens[c.last - 1].text)) {
        continue;
      }
      Company company{{}, c.canonical, si};
      for (std::size_t k = c.first; k + 1 < c.last; ++k) company.words.push_back(infos[si][k].folded);
      if (company.canonical.empty()) company.canonical = article.text.substr(c.begin, c.end - c.begin);
      companies.push_back(std::move(company));
    }
  }
  // "Sokil Dynamics ... Sokil", "die Rheintaler Getriebebau SE ... Rheintaler": the first word
  // of an organization's name of two words, or of two words or more before a legal form, stands
  // for the organization when no lexicon, given name or person's name of the article has it and
  // it is no adjective ("Junge Union ... Junge").
  std::vector<Company> heads;
  for (std::size_t si = 0; si < per_sentence.size(); ++si) {
    const auto& tokens = article.sentences[si].tokens;
    for (const Candidate& c : per_sentence[si]) {
      if (c.type != EntityType::Organization || c.kind != MentionKind::Name || c.last > tokens.size() ||
          c.last < c.first + 2) {
        continue;
      }
      const bool two_words = c.last == c.first + 2 && infos[si][c.first + 1].upper && !infos[si][c.first + 1].function;
      const bool legal = c.last >= c.first + 3 && Lexicons::IsLegalForm(tokens[c.last - 1].text);
      const std::string& head = tokens[c.first].text;
      const std::string_view folded = infos[si][c.first].folded;
      if ((!two_words && !legal) || head.size() < 4 || !CanBeNameWord(article.sentences[si], infos[si], c.first) ||
          folded.ends_with("e") || folded.ends_with("en") || folded.ends_with("es") || folded.ends_with("em") ||
          lex_.IsFirstName(head) ||
          LookupPhrase(infos[si], c.first, c.first + 1)) {
        continue;
      }
      Company company{{infos[si][c.first].folded}, c.canonical, si};
      if (company.canonical.empty()) company.canonical = article.text.substr(c.begin, c.end - c.begin);
      heads.push_back(std::move(company));
    }
  }
  if (!heads.empty()) {
    // The first mention of each word only; the words of persons' names of two words or more.
    std::vector<const Company*> firsts;
    for (const Company& head : heads) {
      if (std::none_of(firsts.begin(), firsts.end(), [&](const Company* f) { return f->words[0] == head.words[0]; })) {
        firsts.push_back(&head);
      }
    }
    // ("die Almtal Bergbahnen AG ... in Almtal": nor a word the article names a town by.)
    std::unordered_set<std::string_view> person_words;
    for (std::size_t si = 0; si < per_sentence.size(); ++si) {
      for (const Candidate& c : per_sentence[si]) {
        if (c.type != EntityType::Person || c.last < c.first + 2) continue;
        for (std::size_t k = c.first; k < c.last; ++k) person_words.insert(infos[si][k].folded);
      }
    }
    for (const Company* head : firsts) {
      if (person_words.count(head->words[0]) || town_words.count(head->words[0])) continue;
      // "Sokil-Chef Max Ott": a compound's organization by that word is the same.
      for (auto& cands : per_sentence) {
        for (Candidate& c : cands) {
          if (c.kind == MentionKind::CompoundPrefix && c.type == EntityType::Organization &&
              text::FoldForMatch(c.canonical) == head->words[0]) {
            c.canonical = head->canonical;
          }
        }
      }
      for (std::size_t si = head->sentence; si < per_sentence.size(); ++si) {
        const auto& tokens = article.sentences[si].tokens;
        const auto& info = infos[si];
        for (std::size_t i = 0; i < tokens.size(); ++i) {
          if (!info[i].upper || info[i].folded != head->words[0] || (i + 1 < tokens.size() && info[i + 1].upper)) {
            continue;
          }
          Candidate c = SpanCandidate(article.sentences[si], i, i + 1, EntityType::Organization, 35);
          c.canonical = head->canonical;
          per_sentence[si].push_back(std::move(c));
        }
      }
    }
  }
  for (const Company& company : companies) {
    const std::size_t n = company.words.size();
    for (std::size_t si = company.sentence; si < per_sentence.size(); ++si) {
      const auto& tokens = article.sentences[si].tokens;
      const auto& info = infos[si];
      for (std::size_t i = 0; i + n <= tokens.size(); ++i) {
        bool same = true;
        for (std::size_t k = 0; k < n && same; ++k) same = info[i + k].upper && info[i + k].folded == company.words[k];
        if (!same || (i + n < tokens.size() && Lexicons::IsLegalForm(tokens[i + n].text))) continue;
        // A name already read as a company by its sector word ("Nordwind Energie") is this one.
        for (Candidate& other : per_sentence[si]) {
          if (other.first == i && other.last == i + n && other.type == EntityType::Organization) {
            other.canonical = company.canonical;
          }
        }
        Candidate c = SpanCandidate(article.sentences[si], i, i + n, EntityType::Organization, 35);
        c.canonical = company.canonical;
        per_sentence[si].push_back(std::move(c));
      }
    }
  }
}

void RuleRecognizer::FindRoads(const text::Sentence& s, const std::vector<TokenInfo>& info,
                               std::vector<Candidate>& out) {
  auto number = [](std::string_view digits) {
    return !digits.empty() && digits.size() <= 3 &&
           std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  for (std::size_t i = 1; i < s.tokens.size(); ++i) {
    const std::string& t = s.tokens[i].text;
    if (t.empty() || (t[0] != 'A' && t[0] != 'B')) continue;
    // (Not "Vitamin B12", "Audi A8": only after an article, "der A9", "die B 96".)
    const std::string_view before = info[i - 1].folded;
    if (before != "der" && before != "die" && before != "den" && before != "dem") continue;
    std::size_t end = 0;
    if (t.size() > 1 && number(std::string_view(t).substr(1))) {
      end = i + 1;
    } else if (t.size() == 1 && i + 1 < s.tokens.size() && number(s.tokens[i + 1].text) &&
               s.tokens[i + 1].begin == s.tokens[i].end + 1) {
      end = i + 2;  // "A 7"
    }
    if (end == 0) continue;
    Candidate road = SpanCandidate(s, i, end, EntityType::Place, 50);
    road.is_site = true;  // a place, no town
    out.push_back(std::move(road));
    i = end - 1;
  }
}

void RuleRecognizer::FindBracketAcronyms(const text::Sentence& s, std::vector<Candidate>& out) {
  const std::size_t found = out.size();
  for (std::size_t i = 1; i + 2 < s.tokens.size(); ++i) {
    if (s.tokens[i].text != "(" || s.tokens[i + 2].text != ")") continue;
    if (!IsOrganizationAcronym(s.tokens[i + 1].text)) continue;
    auto add_acronym = [&](EntityType type) {
      Candidate acronym = SpanCandidate(s, i + 1, i + 2, type, 5);
      acronym.canonical = s.tokens[i + 1].text;
      out.push_back(std::move(acronym));
    };
    const auto named = std::find_if(out.begin(), out.begin() + found, [&](const Candidate& name) {
      return name.last == i && name.kind == MentionKind::Name && name.type != EntityType::Person;
    });
    // An organization no lexicon knows, whose words the acronym abbreviates; also one found cut
    // short ("Der Deutsche Kanu-Verband (DKV)" read as "Kanu-Verband").
    auto first = InitialsSpell(s, i, s.tokens[i + 1].text);
    // "der Bund Vogelschutz in Hessen (BV)": the Land a body works in has no letter.
    if (!first && i > 3 && text::FoldForMatch(s.tokens[i - 2].text) == "in" &&
        text::StartsUpper(s.tokens[i - 1].text)) {
      first = InitialsSpell(s, i - 2, s.tokens[i + 1].text);
    }
    const bool was_named = named != out.begin() + found;
    if (was_named) {
      const std::size_t named_first = named->first;
      const EntityType named_type = named->type;
      // "die Verkehrsbetriebe Zürichsee und Oberland (VZO)": a name the acronym spells further back
      // than the place right before it is an organization's.
      const bool ends_in_place = named_type == EntityType::Place && first && *first < named_first;
      add_acronym(ends_in_place ? EntityType::Organization : named_type);  // (may move `out`)
      if (!first || *first >= named_first || (named_type != EntityType::Organization && !ends_in_place)) continue;
    }
    if (!first && !was_named && CompoundSpells(s, i, s.tokens[i + 1].text)) {
      Candidate name = SpanCandidate(s, i - 1, i, EntityType::Organization, 5);
      name.canonical = s.tokens[i - 1].text;
      out.push_back(std::move(name));
      add_acronym(EntityType::Organization);
      continue;
    }
    if (!first) continue;
    Candidate name = SpanCandidate(s, *first, i, EntityType::Organization, 5);
    std::vector<std::string> words;
    for (std::size_t k = *first; k < i; ++k) words.emplace_back(s.tokens[k].text);
    // "mit der Deutschen Gesellschaft für ..." -> "Deutsche Gesellschaft für ...".
    name.canonical = NominativeOfName(words, *first > 0 ? text::FoldForMatch(s.tokens[*first - 1].text) : "");
    out.push_back(std::move(name));
    if (!was_named) add_acronym(EntityType::Organization);
  }
}

namespace {

bool IsBuildingNoun(std::string_view folded);
bool IsTownOffice(std::string_view folded);
bool IsTownsOwnHouse(std::string_view folded);
constexpr EntityType kPlaceType = EntityType::Place;
constexpr EntityType kOrganizationType = EntityType::Organization;

// How many letters of a genitive ending ("es", "s") to cut from a folded noun so that `is_noun`
// holds for the rest ("rathauses" -> 2), trying the word as written first; none if it never does.
template <typename IsNoun>
std::optional<std::size_t> GenitiveCut(std::string_view folded, IsNoun is_noun) {
  if (is_noun(folded)) return 0;
  for (std::size_t ending : {2u, 1u}) {
    if (folded.size() <= ending + 3 || folded.substr(folded.size() - ending) != (ending == 2 ? "es" : "s")) continue;
    if (is_noun(folded.substr(0, folded.size() - ending))) return ending;
  }
  return std::nullopt;
}

}  // namespace

// A word in capitals as running text writes it: its first letter, the rest lower case ("RIED"
// -> "Ried").
std::string Capitalized(std::string_view word) {
  if (word.empty()) return {};
  const std::size_t first = text::DecodeAt(word, 0).length;
  return std::string(word.substr(0, first)) + text::ToLower(word.substr(first));
}

// Whether the tokens from `k` end a dateline's place: a full stop that ends the sentence ("Zell
// an der Ilm."), or an agency in brackets and a dash ("Zell an der Ilm (dpa) -").
bool IsDatelineEnd(const text::Sentence& s, std::size_t k) {
  const auto& tokens = s.tokens;
  if (k < tokens.size() && tokens[k].text == "." && k + 1 == tokens.size()) return true;
  if (k >= tokens.size() || tokens[k].text != "(") return false;
  constexpr std::size_t kMaxAgency = 5;  // "(dpa/lby)"
  for (std::size_t q = k + 1; q < tokens.size() && q <= k + kMaxAgency; ++q) {
    if (tokens[q].text == ")") return q + 1 < tokens.size() && IsDash(tokens[q + 1].text);
  }
  return false;
}

void RuleRecognizer::FindTownsByRiver(const text::Sentence& s, const std::vector<TokenInfo>& info,
                                      std::vector<Candidate>& out) const {
  const std::size_t n = s.tokens.size();
  for (std::size_t i = 0; i + 2 < n; ++i) {
    // Asked of every word: the linking word's length first ("am", "im", "an der", "vor der").
    const std::string_view link = info[i + 1].folded;
    if (link.size() < 2 || link.size() > 3 || !info[i].upper || !info[i].word || info[i].function) continue;
    std::size_t tail = i + 2;
    const bool article_follows = std::string_view(info[i + 2].folded) == "der";
    if ((link == "an" || link == "in" || link == "ob" || link == "vor") && article_follows) {
      tail = i + 3;
    } else if (link != "am" && link != "im") {
      continue;
    }
    if (tail >= n || !info[tail].upper) continue;
    // "Zell an der Ilm." alone, "Zell an der Ilm (dpa) -": a dateline names a town by any river,
    // lake or region; elsewhere the tail must be one a known town has ("am Main", "im Wald").
    if (!lex_.IsTownNameTail(info[tail].folded) && !(i == 0 && IsDatelineEnd(s, tail + 1))) continue;
    // "in Ulm am Rhein-Ufer", "am Main Tower": a longer name goes on; a first name is a person's.
    if (tail + 1 < n && (info[tail + 1].upper || s.tokens[tail + 1].text == "-")) continue;
    if (lex_.IsFirstName(s.tokens[i].text)) continue;
    // "Urlaub am See", "ein Haus im Wald": a town stands after a preposition of place, or opens
    // the sentence as a dateline does ("Furth im Wald. Der ...", "Lohr am Main (dpa) -").
    const bool after_preposition = i > 0 && IsPlacePreposition(info[i - 1].folded);
    const std::string_view next = tail + 1 < n ? std::string_view(s.tokens[tail + 1].text) : std::string_view(".");
    const bool dateline = i == 0 && (next == "." || next == "(" || next == "," || next == "-" || next == "–");
    if (!after_preposition && !dateline) continue;
    Candidate town = SpanCandidate(s, i, tail + 1, EntityType::Place, 45);
    // "RIED IM INNKREIS." over a local item: named as written in running text, "Ried im Innkreis".
    if (text::IsAllUpper(s.tokens[i].text)) {
      town.canonical.clear();
      for (std::size_t k = i; k <= tail; ++k) {
        if (k > i) town.canonical += ' ';
        town.canonical += k == i || k == tail ? Capitalized(s.tokens[k].text) : text::ToLower(s.tokens[k].text);
      }
    }
    out.push_back(std::move(town));
  }
}

void RuleRecognizer::FindValleys(const text::Sentence& s, const std::vector<TokenInfo>& info,
                                 std::vector<Candidate>& out) const {
  for (std::size_t i = 1; i < s.tokens.size(); ++i) {
    const std::string_view folded = info[i].folded;
    // "in der Kesselländischen Schweiz": a hilly landscape named after Switzerland by its
    // region's adjective, in the nominative.
    if (folded == "schweiz" && info[i - 1].upper && !info[i - 1].function &&
        (info[i - 1].folded.ends_with("ische") || info[i - 1].folded.ends_with("ischen")) &&
        !lex_.CountryOfAdjective(s.tokens[i - 1].text)) {
      Candidate c = SpanCandidate(s, i - 1, i + 1, EntityType::Place, 40);
      c.canonical = NominativeOfName({s.tokens[i - 1].text, s.tokens[i].text}, i >= 2 ? info[i - 2].folded : "");
      out.push_back(std::move(c));
      continue;
    }
    // Asked of every word: the ending first.
    const bool genitive = folded.ends_with("tals") || folded.ends_with("tales");
    if (!folded.ends_with("tal") && !genitive) continue;
    if (!info[i].upper || info[i].function || !IsDefiniteArticle(info[i - 1].folded)) continue;
    const std::string_view stem = folded.substr(0, folded.rfind("tal"));
    if (stem.size() < 2) continue;
    // Not a noun that only ends so ("Kapital", "Spital", "Portal"), nor a valley by its kind
    // ("Seitental", "Hochtal").
    bool common = false;
    for (std::string_view part : {"kapi", "spi", "hospi", "por", "seiten", "hoch", "neben", "nachbar", "haupt", "quer",
                                  "fluss", "trocken", "tief"}) {
      common = common || stem.ends_with(part);
    }
    if (common || stem.ends_with("kontinen") || stem.ends_with("continen")) continue;
    // "die Ruhrtal BKK": a longer name goes on.
    if (i + 1 < s.tokens.size() && info[i + 1].upper) continue;
    // "in Haslach im Kinzigtal": a town named by its valley is the tagger's to read.
    if (info[i - 1].folded == "im" && i >= 3 && info[i - 2].upper && !info[i - 2].function &&
        IsPlacePreposition(info[i - 3].folded)) {
      continue;
    }
    Candidate c = SpanCandidate(s, i, i + 1, EntityType::Place, 35);
    const std::string& word = s.tokens[i].text;
    if (genitive) c.canonical = word.substr(0, word.size() - (folded.ends_with("tales") ? 2 : 1));
    out.push_back(std::move(c));
  }
}

namespace {

// "veterinäramt", "bundessortenamt", "jugendamt": an authority's compound with "-amt" (folded,
// nominative); not a post ("bürgermeisteramt", "ehrenamt", "lehramt"), nor the bare "bundesamt"
// or "landesamt", which stand for one named before.
bool IsAuthorityCompound(std::string_view folded) {
  if (!folded.ends_with("amt") || folded.size() < 8 || folded.find('-') != std::string_view::npos) return false;
  const std::string_view head = folded.substr(0, folded.size() - 3);
  static constexpr std::string_view kPosts[] = {
      "ehren", "lehr", "haupt", "neben", "spitzen", "wahl", "bundes", "landes", "staats", "regierungs", "kirchen",
      "pfarr", "priester", "richter", "bischofs", "papst", "bürgermeister", "oberbürgermeister", "minister",
      "präsidenten", "vorsitzenden", "senatoren", "abgeordneten", "ministerpräsidenten"};
  return std::find(std::begin(kPosts), std::end(kPosts), head) == std::end(kPosts);
}

}  // namespace

void RuleRecognizer::FindVenues(const text::Sentence& s, const std::vector<TokenInfo>& info,
                                std::vector<Candidate>& out) const {
  auto definite = [&](std::size_t k) { return IsDefiniteArticle(info[k].folded); };
  for (std::size_t i = 1; i < s.tokens.size(); ++i) {
    if (!info[i].upper || info[i].function) continue;
    // The nominative: "Landtags" -> "Landtag", "Rathauses" -> "Rathaus".
    const std::string& folded = info[i].folded;
    const EntityType* type = nullptr;
    std::optional<std::size_t> cut = GenitiveCut(folded, [&](std::string_view noun) {
      return (type = lex_.VenueType(noun)) != nullptr;
    });
    // "im Neuen Rathaus", "die Thüringer Staatskanzlei": a capitalized adjective belongs to it;
    // one made of a place's name ("Thüringer", "Mainzer") makes it that place's own.
    const bool adjective_before = i >= 2 && info[i - 1].upper && !info[i - 1].function &&
                                  (info[i - 1].folded.ends_with("e") || info[i - 1].folded.ends_with("en") ||
                                   info[i - 1].folded.ends_with("es") || info[i - 1].folded.ends_with("er")) &&
                                  definite(i - 2);
    // "im Veterinäramt", "des Bundessortenamts": an authority by its compound (its tail asked
    // first: few words end so); not after an adjective ("im Berliner Kanzleramt" is the
    // lexicon's), nor before the name it introduces ("das Forstamt Lindenau") or its owner ("das
    // Presseamt des Bistums").
    if (!type && !adjective_before && folded.size() >= 8 &&
        (folded.ends_with("amt") || folded.ends_with("amts") || folded.ends_with("amtes"))) {
      const bool named_after = i + 1 < s.tokens.size() && (info[i + 1].upper || info[i + 1].folded == "des" ||
                                                           info[i + 1].folded == "der" || s.tokens[i + 1].text == "(");
      if (!named_after) {
        cut = GenitiveCut(folded, [&](std::string_view noun) { return IsAuthorityCompound(noun); });
        if (cut) type = &kOrganizationType;
      }
    }
    // "im Grossen Rat": a venue of two words, its adjective in the strong nominative.
    if (!type && adjective_before) {
      const std::string& adjective = info[i - 1].folded;
      std::string_view stem = adjective;
      for (std::string_view ending : {"en", "es", "er", "e"}) {
        if (stem.ends_with(ending)) {
          stem.remove_suffix(ending.size());
          break;
        }
      }
      // Its noun may be short ("des Grossen Rats"), which GenitiveCut leaves whole.
      const std::string phrase = std::string(stem) + "er " + folded;
      for (std::size_t ending : {0u, 2u, 1u}) {
        if (phrase.size() <= ending || (ending > 0 && !phrase.ends_with(ending == 2 ? "es" : "s"))) continue;
        if ((type = lex_.VenueType(std::string_view(phrase).substr(0, phrase.size() - ending)))) {
          cut = ending;
          break;
        }
      }
    }
    // "im Kurfürstlichen Schloss", "im Historischen Kaufhaus": a building named by its
    // adjective (only with one: "im Schloss" alone is no name).
    bool building = false;
    if (!type && adjective_before) {
      // So a bridge, a market square ("der Alten Lindenbrücke", "auf dem Großen Markt").
      cut = GenitiveCut(folded, [](std::string_view noun) {
        return IsBuildingNoun(noun) || (noun.size() > 5 && noun.ends_with("haus")) || noun.ends_with("brücke") ||
               noun == "markt" || noun == "marktplatz";
      });
      building = cut.has_value();
      if (building) type = &kPlaceType;
    }
    if (!type) continue;
    const std::string& word = s.tokens[i].text;
    const std::string noun = word.substr(0, word.size() - *cut);
    const std::size_t start = adjective_before ? i - 1 : i;
    if (!definite(start - 1) || (building && start == i)) continue;
    Candidate c = SpanCandidate(s, start, i + 1, *type, 15);
    c.end = s.tokens[i].begin + noun.size();
    c.is_site = *type == EntityType::Place;
    c.authority = type == &kOrganizationType;
    if (start == i) {
      c.canonical = noun;
      c.article_local = true;
    } else {
      c.canonical = NominativeOfName({s.tokens[start].text, noun}, info[start - 1].folded);
      const std::string& adjective = info[start].folded;
      // After a definite article only a town's adjective ends in "-er" ("des Kleinstädter Gemeinderats").
      c.towns_council = adjective.ends_with("er") && IsTownCouncilNoun(text::FoldForMatch(noun));
      // "Mainzer" (Mainz), "Thüringer" (Thüringen), "Hamburger" (Hamburg).
      bool of_a_place = false;
      if (adjective.ends_with("er")) {
        const std::string stem = adjective.substr(0, adjective.size() - 2);
        for (const std::string& name : {stem, stem + "en", stem + "n"}) {
          of_a_place = of_a_place || lex_.FindName(Lexicons::FoldedPhraseKey({name})) != nullptr;
        }
      }
      c.article_local = !of_a_place;
      // "im Berliner Hotel": a building of a town is described, not named; a town's one house
      // of its kind is named so ("im Linzer Landhaus", "des Jenaer Volkshauses").
      if (building && of_a_place && !IsTownsOwnHouse(text::FoldForMatch(noun))) continue;
      // Its name in the nominative outranks the tagger's genitive over the same words, and so
      // does a venue's of a place ("im Linzer Landhaus", which the tagger may call a body).
      if (of_a_place) {
        c.end = s.tokens[i].end;
        c.priority = 35;
      }
    }
    out.push_back(std::move(c));
  }
}

namespace {

// Nouns of buildings and estates whose name includes them ("Schloss Salem", "Hotel Adlon",
// "Hôtel Matignon"), also as the end of a compound ("Staatsgästehaus Diaoyutai",
// "Präsidentenpalast Miraflores").
// A town's elected head ("Bürgermeisterin", "Stadtpräsident"), as folded.
bool IsTownOffice(std::string_view folded) {
  for (std::string_view office : {"bürgermeister", "stadtpräsident", "gemeindepräsident"}) {
    if (folded.ends_with(office) || (folded.ends_with("in") && folded.substr(0, folded.size() - 2).ends_with(office))) {
      return true;
    }
    // "mit dem Gemeindepräsidenten von Lohwiesen": a president's weak ending.
    if (office.ends_with("präsident") && folded.ends_with("en") &&
        folded.substr(0, folded.size() - 2).ends_with(office)) {
      return true;
    }
  }
  return false;
}

bool IsBuildingNoun(std::string_view folded) {
  static constexpr std::string_view kNouns[] = {"schloss",   "hotel",  "hôtel",  "palais", "villa",  "burg", "stift",
                                                "kloster",   "landsitz", "palast", "residenz", "gästehaus",
                                                "campus",    "stadion", "arena",  "kaserne", "gebäude",
                                                "café",      "cafe",    "restaurant", "gasthof", "gasthaus",
                                                "wirtshaus", "tierpark"};
  if (std::find(std::begin(kNouns), std::end(kNouns), folded) != std::end(kNouns)) return true;
  // ("Seeschloss Lindenau", "Wasserschloss Kesselbach": a palace of a kind; "Schulanlage Matt",
  // Swiss "Primarschulhaus Matt": a school's site.)
  return (folded.size() > 10 && (folded.ends_with("gästehaus") || folded.ends_with("palast"))) ||
         (folded.size() > 9 && folded.ends_with("schloss")) ||
         text::EndsWithAny(folded, {"schulanlage", "sportanlage", "schulhaus"});
}

// "vor Schloss Lindenhof ... was in Lindenhof besprochen wurde": a building's name without its
// noun, after the article named it in full, is that building, whatever the tagger read.
void ReferBareNamesToTheirBuildings(const text::Article& article, std::vector<std::vector<Candidate>>& per_sentence) {
  std::map<std::string, std::string, std::less<>> buildings;  // "Lindenhof" -> "Schloss Lindenhof"
  // ("Kesselbach (dpa) - ... in der Burg Kesselbach": a name the article gave alone before is
  // the town the building is named after.)
  std::set<std::string, std::less<>> alone;
  for (auto& cands : per_sentence) {
    for (Candidate& c : cands) {
      if (c.kind != MentionKind::Name || c.type == EntityType::Person) continue;
      const std::string name = NameOf(article, c);
      const std::size_t space = name.find(' ');
      if (space != std::string::npos) {
        if (c.type == EntityType::Place && c.last == c.first + 2 && name.find(' ', space + 1) == std::string::npos &&
            IsBuildingNoun(text::FoldForMatch(name.substr(0, space))) && !alone.count(name.substr(space + 1))) {
          buildings.insert_or_assign(name.substr(space + 1), name);
        }
        continue;
      }
      if (c.last == c.first + 1) alone.insert(name);
      const auto it = buildings.find(name);
      if (it == buildings.end() || c.last != c.first + 1) continue;
      c.canonical = it->second;
      c.type = EntityType::Place;
      c.known = false;
    }
  }
}

// "In Ulmdorf ... der Anteil Ulmdorfs", "Tartus Bürgermeister" in a report on Tartu: a place's
// genitive is named as the place the article gives without it.
void NamePlaceGenitivesByTheirStem(const text::Article& article, std::vector<std::vector<Candidate>>& per_sentence) {
  std::set<std::string, std::less<>> places;  // the places the article names
  for (const auto& cands : per_sentence) {
    for (const Candidate& c : cands) {
      if (c.kind == MentionKind::Name && c.type == EntityType::Place) places.insert(NameOf(article, c));
    }
  }
  for (auto& cands : per_sentence) {
    for (Candidate& c : cands) {
      if (c.kind != MentionKind::Name || c.type != EntityType::Place || c.last != c.first + 1) continue;
      const std::string name = NameOf(article, c);
      if (name.size() < 5 || !name.ends_with('s') || name.ends_with("ss")) continue;
      const std::string_view stem = std::string_view(name).substr(0, name.size() - 1);
      if (places.count(stem)) c.canonical = std::string(stem);
    }
  }
}

// The nouns that end a site's hyphenated name: a building's ("Belém-Palast"), and "Edwin-Kessler-Haus",
// "Gotthard-Basistunnel", "UN-Hauptquartier", "Willy-Brandt-Platz".
bool IsSiteCompoundEnd(std::string_view folded) {
  if (IsBuildingNoun(folded)) return true;
  for (std::string_view noun : {"haus", "halle", "platz", "hauptquartier", "allee"}) {
    if (folded == noun) return true;
  }
  return folded.ends_with("tunnel") || folded.ends_with("brücke");
}

// The nouns that end a site's or an institution's name of two names or more ("Max-Roth-Stadion",
// "Karl-Berger-Zentrum", "Lahn-Eder-Kliniken"), with the kind of name they make.
std::optional<EntityType> NamedCompoundEnd(std::string_view folded) {
  if (IsSiteCompoundEnd(folded)) return EntityType::Place;
  for (std::string_view noun : {"zentrum", "areal", "gelände", "park", "saal", "kirche"}) {
    if (folded == noun) return EntityType::Place;
  }
  for (std::string_view noun : {"kliniken", "klinik", "klinikum", "institut", "schule", "gymnasium", "stiftung",
                                "universität", "hochschule"}) {
    if (folded == noun) return EntityType::Organization;
  }
  return std::nullopt;
}

// What a word ending in such a noun after a dash names ("Roth-Stadion", "Koch-Instituts"), and
// whether it is written in the genitive.
struct CompoundEnd {
  EntityType type;
  bool genitive;
};
std::optional<CompoundEnd> CompoundEndOf(std::string_view folded_word) {
  const auto dash = folded_word.rfind('-');
  if (dash == std::string_view::npos || dash == 0) return std::nullopt;
  const std::string_view tail = folded_word.substr(dash + 1);
  if (const auto type = NamedCompoundEnd(tail)) return CompoundEnd{*type, false};
  const bool genitive = tail.size() > 3 && tail.ends_with("s") && !tail.ends_with("ss");
  if (const auto type = genitive ? NamedCompoundEnd(tail.substr(0, tail.size() - 1)) : std::nullopt) {
    return CompoundEnd{*type, true};
  }
  return std::nullopt;
}

// A trade's business, named by its owner's family: "Holzwerk Brunner", "Schreinerei Maier",
// "Metzgerei Huber", "Spedition Kessler".
// A craft's workshop: "Schreinerei", "Küferei", "Brauerei", "Glaserei".
bool IsCraftWorkshop(std::string_view folded) { return folded.size() > 6 && folded.ends_with("erei"); }

// A castle, a monastery, an estate or an island, which a place's name follows ("Schloss
// Talheim", "Gut Eichhof").
bool IsEstateNoun(std::string_view folded) {
  return folded == "schloss" || folded == "kloster" || folded == "gut" || folded == "insel";
}

// A works named by its product alone, which a town's adjective names ("die Kesselbacher
// Schuhfabrik GmbH", "die Talheimer Brauerei GmbH"), unlike a firm's own name ("die Kasseler
// Voltara GmbH").
bool IsWorksNoun(std::string_view folded) {
  return IsCraftWorkshop(folded) || (folded.size() > 6 && folded.ends_with("fabrik"));
}

bool IsTradeFirmNoun(std::string_view folded) {
  if (folded.size() > 6 && folded.ends_with("werk") && !folded.ends_with("handwerk") && !folded.ends_with("netzwerk")) {
    return true;
  }
  if (IsCraftWorkshop(folded)) return true;
  for (std::string_view trade : {"konditorei", "spedition", "baufirma", "malerbetrieb", "schmiede", "manufaktur"}) {
    if (folded.ends_with(trade)) return true;
  }
  return false;
}

// Houses a town has one of, named by the town's adjective: "Linzer Landhaus", "Kieler Landeshaus".
bool IsTownsOwnHouse(std::string_view folded) {
  static constexpr std::string_view kHouses[] = {"landhaus",      "landeshaus",   "volkshaus",     "stadthaus",
                                                 "konzerthaus",   "opernhaus",    "festspielhaus", "kongresshaus",
                                                 "schauspielhaus", "funkhaus",    "zeughaus",      "kurhaus",
                                                 "schloss",       "residenzschloss"};
  return std::find(std::begin(kHouses), std::end(kHouses), folded) != std::end(kHouses);
}

// A chamber, an association, a federation, a court or an administration compound, named by a
// town or region the gazetteer knows ("Ärztekammer Nordrhein", "Bauernverband Schleswig-Holstein",
// "Landessportbund Hessen", "Oberverwaltungsgericht Sachsen", "Nationalparkverwaltung Eifel",
// "Landvolk Niedersachsen"); what follows it otherwise is its own name ("Arbeitgeberverband Nordmetall").
bool IsRegionalBody(std::string_view folded) {
  return (folded.size() > 6 && folded.ends_with("kammer")) || (folded.size() > 7 && folded.ends_with("verband")) ||
         (folded.size() > 6 && folded.ends_with("bund")) || (folded.size() > 8 && folded.ends_with("gericht")) ||
         (folded.size() > 10 && folded.ends_with("verwaltung")) || (folded.size() > 8 && folded.ends_with("betrieb")) ||
         folded == "landvolk";
}

// "Dachverband", "Branchenverbands": an association named by what it gathers, not by a region.
bool IsUmbrellaAssociation(std::string_view folded) {
  for (std::string_view kind : {"dach", "branchen", "spitzen", "fach", "berufs", "interessen", "arbeitgeber",
                                "industrie", "welt", "europa", "bundes"}) {
    if (folded.starts_with(kind)) return true;
  }
  return false;
}

// The nouns of bodies with branches named by their region or town ("Kreisbauernverband Altland",
// "Verbraucherzentrale Nordland", "Regionaldirektion Nord"); not an umbrella's ("Dachverband").
bool IsBranchNoun(std::string_view folded) {
  if (IsRegionalBody(folded)) return !IsUmbrellaAssociation(folded);
  return folded.size() > 6 && text::EndsWithAny(folded, {"bank", "zentrale", "direktion", "genossenschaft", "kasse"});
}

// The kinds of institution named by their town, listed ("Landgericht", "Handelskammer").
bool IsListedTownInstitution(std::string_view folded) {
  static const std::unordered_set<std::string_view> kKinds = {
      "universität", "uni", "hochschule", "klinikum", "universitätsklinikum", "uniklinik", "landgericht",
      "amtsgericht", "oberlandesgericht", "verwaltungsgericht", "arbeitsgericht", "sozialgericht",
      "landessozialgericht", "stadtwerke", "institut", "forschungszentrum", "staatstheater", "landestheater",
      "stadttheater", "theater", "landratsamt", "bezirkshauptmannschaft", "bildungsdirektion",
      "polizeipräsidium", "polizeidirektion", "polizeiinspektion", "polizeirevier", "staatsanwaltschaft",
      "generalstaatsanwaltschaft", "sparkasse",
      "kreissparkasse", "stadtsparkasse", "volksbank", "raiffeisenbank", "raiffeisenkasse", "raiffeisenlandesbank", "landesbank", "bistum", "erzbistum", "bezirksregierung",
      "regierungspräsidium", "finanzamt", "bezirksamt", "kreisverwaltung", "stadtverwaltung", "landesbetrieb",
      "handwerkskammer", "wirtschaftskammer", "arbeiterkammer", "handelskammer", "landesmuseum", "staatsoper"};
  return kKinds.count(folded) > 0;
}

// Local firms, clubs, houses and bodies named by their kind and their town or own name
// ("Winzergenossenschaft Kellersheim", "Ruderclub Talweiler", "Werft Brommer", "Hospiz Abendrot",
// "Kantonsspital Zug", "Glashütte Tannrode", "Versorgungsbetriebe Oberland", "Umweltinstitut Ulm",
// "Verbandsgemeinde Kesselbach", "Bäckerinnung Talheim", "Feuerwehr Lindau", "Forstbezirk Hochwald",
// "Oberförsterei Kesselbach", "Löschgruppe Talheim", "Glasmuseum Hochwald", "Imkervereinigung Talheim").
bool IsLocalEnterprise(std::string_view folded) {
  for (std::string_view end : {"genossenschaft", "kellerei", "club", "klub", "werft", "hospiz", "krankenhaus", "spital",
                               "verkehrsbetriebe", "versorgungsbetriebe", "wasserbetriebe", "milchwerke", "glashütte",
                               "institut", "verbandsgemeinde", "samtgemeinde", "innung", "netzwerk", "feuerwehr",
                               "fabrik", "gärtnerei", "forstbezirk", "försterei", "löschgruppe", "löschzug",
                               "museum", "vereinigung"}) {
    if (folded.ends_with(end)) return true;
  }
  return false;
}

// The kinds of institution named with their town ("Universität Ulm", "Landgericht Augsburg").
bool IsTownInstitution(std::string_view folded) {
  if (IsListedTownInstitution(folded)) return true;
  if (folded.size() < 5) return false;  // shorter than any other kind ("werft")
  if (IsRegionalBody(folded) || IsLocalEnterprise(folded)) return true;
  // An office of a town or a region: "Gesundheitsamt Kassel", "Wasserwirtschaftsamt Deggendorf".
  if (folded.size() > 8 && folded.ends_with("amt") && !folded.ends_with("ehrenamt")) return true;
  // "Helmholtz-Institut Ulm", "Friedrich-Schiller-Universität Jena": a name's compound.
  const auto dash = folded.rfind('-');
  if (dash == std::string_view::npos) return false;
  const std::string_view tail = folded.substr(dash + 1);
  return tail == "institut" || tail == "universität" || tail == "hochschule";
}

// The nominative of such a kind as written ("Landgerichts" -> "Landgericht"), or "" if the
// word names none.
std::string TownInstitutionKind(const std::string& written) {
  // "Polizeipräsidiums", "Finanzamtes": the genitive.
  const std::optional<std::size_t> cut = GenitiveCut(text::FoldForMatch(written), IsTownInstitution);
  return cut ? written.substr(0, written.size() - *cut) : std::string();
}

// The nominative of a district's kind as written ("Landkreises" -> "Landkreis", "Kreises" ->
// "Kreis", "Bezirks" -> "Bezirk"), or "" if the word names none: the district is named by its
// town ("Landkreis Celle", Austria's "Bezirk Wiener Neustadt").
std::string DistrictKind(const std::string& written) {
  if (written == "Kantons") return "Kanton";  // "des Kantons Aargau" (the nominative is read as a name)
  for (std::string_view kind : {"Landkreis", "Kreis", "Bezirk"}) {
    if (written == kind) return written;
    for (std::string_view ending : {"es", "s"}) {
      if (written.size() == kind.size() + ending.size() && written.starts_with(kind) && written.ends_with(ending)) {
        return std::string(kind);
      }
    }
  }
  return "";
}

// The nominative of a facility's kind as written ("Kraftwerks" -> "Kraftwerk"), or "" if the
// word names none: a facility is named by its kind and its site ("Kraftwerk Lindental",
// "Containerterminal Nordkai", "Flughafen Seewiesen", "Fährhafen Nordkai", "Sportplatz Ebnet",
// "Freibad Moos"), and the kind is part of the name.
std::string FacilityKind(const std::string& written, const std::string& folded) {
  auto is_kind = [](std::string_view folded) {
    // A port of a kind ("Fährhafen", "Containerhafen"), not "der Hafen" alone.
    if (folded.size() > 5 && folded.ends_with("hafen")) return true;
    for (std::string_view end : {"flugplatz", "kraftwerk", "raffinerie", "konzentrationslager",
                                 "straflager", "terminal", "paketzentrum", "logistikzentrum", "verteilzentrum",
                                 "rechenzentrum", "hafteinrichtung", "chemiepark", "industriepark", "gewerbepark",
                                 "windpark", "solarpark", "technologiepark", "sportplatz", "freibad", "hallenbad",
                                 "strandbad", "sportzentrum", "sportpark", "freizeitpark", "schulzentrum"}) {
      if (folded.ends_with(end)) return true;
    }
    // A bridge or a station of a kind ("Talbrücke", "Grenzbahnhof"), not "die Brücke" alone.
    if ((folded.size() > 8 && folded.ends_with("brücke")) || (folded.size() > 9 && folded.ends_with("bahnhof"))) {
      return true;
    }
    // A military base, not an "Olympiastützpunkt" (a sports body).
    for (std::string_view base : {"akw", "stützpunkt", "militärstützpunkt", "luftwaffenstützpunkt",
                                  "marinestützpunkt", "flottenstützpunkt"}) {
      if (folded == base) return true;
    }
    return false;
  };
  const std::optional<std::size_t> cut = GenitiveCut(folded, is_kind);
  return cut ? written.substr(0, written.size() - *cut) : std::string();
}

// Airports, ports and bases go by their site's name alone too ("in Seewiesen gelandet").
bool GoesBySiteName(std::string_view kind_folded) {
  return kind_folded.ends_with("hafen") || kind_folded.ends_with("flugplatz") || kind_folded.ends_with("stützpunkt");
}

// The nouns that end an institution's hyphenated name ("Levante-Institut").
bool IsInstitutionCompoundEnd(std::string_view folded) {
  static constexpr std::string_view kNouns[] = {"institut",    "stiftung",  "verband",   "verein",      "gesellschaft",
                                                "akademie",    "werft",     "werke",     "klinik",      "universität",
                                                "sekretariat", "initiative", "krankenhaus", "klinikum", "seilbahn"};
  if (std::find(std::begin(kNouns), std::end(kNouns), folded) != std::end(kNouns)) return true;
  return folded == "fraktion" || (folded.size() > 10 && folded.ends_with("tagsfraktion")) || folded == "ratsfraktion";
}

}  // namespace

namespace {

bool IsAmountNoun(std::string_view folded) {
  for (std::string_view noun : {"million", "millionen", "milliarde", "milliarden", "zahlen", "tausende", "hunderte",
                                "dutzende"}) {
    if (folded == noun) return true;
  }
  return false;
}

// "Entlastung", "Sicherheit", "Gewerkschaft": a noun no surname ends like ("Hartung" and
// double names do).
bool IsAbstractNoun(std::string_view folded) {
  if (folded.find('-') != std::string_view::npos) return false;  // "Mrozek-Hartung"
  if (folded.size() >= 8 && folded.ends_with("ung")) return true;
  for (std::string_view suffix : {"heit", "keit", "schaft", "tion"}) {
    if (folded.size() > suffix.size() + 2 && folded.ends_with(suffix)) return true;
  }
  // A compound on a topic's noun: "Energiefragen", "Umweltthemen", "Verkehrspolitik".
  for (std::string_view head : {"fragen", "themen", "probleme", "politik"}) {
    if (folded.size() > head.size() + 3 && folded.ends_with(head)) return true;
  }
  return false;
}

// Roles that lead an organization or speak for it in talks: "Verdi-Chef", "Audi-Vorstandschef",
// "IG-Metall-Chefin", "Gesamtmetall-Verhandlungsführer".
bool LeadsAnOrganization(std::string_view lemma) {
  for (std::string_view head : {"Chef", "Vorstandschef", "Vorsitzender", "Vorstandsvorsitzender",
                                "Aufsichtsratschef", "Aufsichtsratsvorsitzender", "Geschäftsführer",
                                "Gründer", "Mitgründer", "Verhandlungsführer"}) {
    if (lemma == head) return true;
  }
  return false;
}

// "Arbeiterkammer-Präsidentin", "Handwerksverband-Chef": a prefix that is an institution's noun
// names the institution its head leads.
bool InstitutionHead(std::string_view prefix, std::string_view lemma) {
  if (!LeadsAnOrganization(lemma) && lemma != "Präsident" && lemma != "Direktor") return false;
  const std::string folded = text::FoldForMatch(prefix);
  for (std::string_view noun : {"kammer", "verband", "verein", "gewerkschaft", "stiftung", "institut"}) {
    if (folded.size() > noun.size() + 2 && folded.ends_with(noun)) return true;
  }
  return false;
}

// Whether an unknown compound prefix may be an organization's name: capitalized, and no common
// noun or word part that heads such compounds ("Partei-Chef", "Ex-Chef", "Vize-Vorsitzender").
bool MayNameAnOrganization(std::string_view prefix) {
  if (prefix.size() < 2 || !text::StartsUpper(prefix)) return false;
  const std::string folded = text::FoldForMatch(prefix);
  for (std::string_view common : {"ex", "co", "ko", "vize", "partei", "fraktion", "team", "konzern", "firmen",
                                  "regierungs", "staats", "bundes", "landes", "verbands", "vereins",
                                  "gewerkschafts", "sport", "klub", "club", "interims", "noch", "alt",
                                  // A kind of body, not its name: "Werft-Geschäftsführer", "Jobcenter-Chefin".
                                  "werft", "werks", "jobcenter", "museums", "präsidialamts", "nationalpark",
                                  "unternehmens", "bank", "klinik", "behörden"}) {
    if (folded == common) return false;
  }
  return true;
}

// The level or body of an office written before its noun: "Landes", "Bundes", "Kreis"; "Konzern",
// "Haupt", "Vorstands" ("X-Konzernchefin" is X's, "X-Hauptgeschäftsführer" too).
bool IsOfficeLevel(std::string_view folded) {
  for (std::string_view level : {"landes", "bundes", "kreis", "bezirks", "orts", "stadt", "fraktions", "partei",
                                 "vize", "landesgruppen", "co", "konzern", "haupt", "firmen", "unternehmens",
                                 "verbands", "vereins", "vorstands", "aufsichtsrats", "betriebsrats", "werks",
                                 "presse"}) {
    if (folded == level) return true;
  }
  return false;
}

// "IG-Metall" -> "IG Metall", "Deutsche-Bank" -> "Deutsche Bank": a name joined to its role
// noun by hyphens is written with spaces on its own.
std::string SpacedCompound(std::string_view prefix) {
  std::string spaced(prefix);
  std::replace(spaced.begin(), spaced.end(), '-', ' ');
  return spaced;
}

}  // namespace

void RuleRecognizer::FindTownsOfMayors(const text::Sentence& s, const std::vector<TokenInfo>& info,
                                       std::vector<Candidate>& out) const {
  for (std::size_t i = 0; i + 2 < s.tokens.size(); ++i) {
    // (Asked of every word: the shortest office, "bürgermeister", has 14 bytes.)
    if (!info[i].upper || info[i].folded.size() < 14 || !IsTownOffice(info[i].folded)) continue;
    // "Kalbes Bürgermeisterin": a town's genitive before its office, opening the sentence or
    // after a function word.
    if (i > 0) {
      const std::size_t g = i - 1;
      const std::string& genitive = info[g].folded;
      const std::string& written = s.tokens[g].text;
      // ("Bad Kesselbrunns Bürgermeister": a spa town's.)
      const bool spa = g > 0 && s.tokens[g - 1].text == "Bad";
      if (info[g].upper && !info[g].function && genitive.size() > 4 && genitive.ends_with("s") && !info[g].org_noun &&
          (g == 0 || info[g - 1].function || !info[g - 1].upper || spa) &&
          !lex_.IsFirstName(written.substr(0, written.size() - 1)) && (spa || !LookupPhrase(info, g, g + 1))) {
        Candidate c = SpanCandidate(s, spa ? g - 1 : g, i, EntityType::Place, 45);
        c.canonical = (spa ? "Bad " : "") + written.substr(0, written.size() - 1);
        out.push_back(std::move(c));
      }
    }
    std::size_t k = i + 1;
    if (info[k].folded == "von") {
      ++k;
    } else if (info[k].folded == "des") {  // a town is neuter ("der Grenzkommunen" is a plural)
      ++k;
      // "des sächsischen Kesselau": an adjective of a state or a region may stand between.
      if (k < s.tokens.size() && !info[k].upper && info[k].folded.ends_with("en")) ++k;
    } else {
      continue;
    }
    if (k >= s.tokens.size() || !info[k].upper || info[k].function || LookupPhrase(info, k, k + 1)) continue;
    // One name word, ending the phrase ("von Lohwiesen,", "von Lohwiesen sprach"); not a person's
    // ("Bürgermeister von Anna Roth"), nor a noun with its own genitive ("der Stadt Ulm").
    if (info[k].place_noun || info[k].org_noun) continue;
    if (k + 1 < s.tokens.size() &&
        ((info[k + 1].upper && !info[k + 1].function) || s.tokens[k + 1].text == "/")) {  // "Ostwies/Ovest"
      continue;
    }
    out.push_back(SpanCandidate(s, k, k + 1, EntityType::Place, 45));
  }
}

void RuleRecognizer::FindSpaTowns(const text::Sentence& s, const std::vector<TokenInfo>& info,
                                  std::vector<Candidate>& out) const {
  for (std::size_t i = 0; i + 1 < s.tokens.size(); ++i) {
    if (s.tokens[i].text != "Bad" || !info[i + 1].upper || info[i + 1].function) continue;
    const NamedThing* place = LookupPhrase(info, i + 1, i + 2);
    if (!place || place->type != EntityType::Place || place->is_country) continue;
    // In the genitive as its place's name is ("Bad Essens": "Essen").
    std::string name = s.tokens[i + 1].text;
    if (!lex_.FindName(info[i + 1].folded) && name.ends_with("s")) name.pop_back();
    Candidate c = SpanCandidate(s, i, i + 2, EntityType::Place, 60);
    c.canonical = "Bad " + name;
    out.push_back(std::move(c));
  }
}

void RuleRecognizer::FindCompoundPrefixes(const text::Sentence& s, std::vector<Candidate>& out) const {
  for (std::size_t i = 0; i < s.tokens.size(); ++i) {
    const auto& tok = s.tokens[i];
    // The organization or place named by the first `bytes` of the token.
    auto add_prefix = [&](std::size_t bytes, EntityType type, std::string canonical) -> Candidate& {
      Candidate c;
      c.first = i;
      c.last = i + 1;
      c.begin = tok.begin;
      c.end = tok.begin + bytes;
      c.type = type;
      c.kind = MentionKind::CompoundPrefix;
      c.canonical = std::move(canonical);
      c.priority = 10;
      out.push_back(std::move(c));
      return out.back();
    };
    // A role noun whose prefix names whose role it is: "Mercedes-Benz-Vorstandschef" (the whole
    // prefix, not its parts), "DOSB-Präsident" (an acronym stands for an organization even when
    // no lexicon knows it), "Kremlsprecher".
    // A role noun is capitalized, or hyphenated after a name in lower case ("dbb-Chef"): most
    // words are asked nothing.
    const bool may_be_role = !tok.text.empty() && !(tok.text[0] >= 'a' && tok.text[0] <= 'z' &&
                                                     tok.text.find('-') == std::string::npos);
    if (auto role = may_be_role ? lex_.MatchRole(tok.text) : std::nullopt; role && !role->prefix.empty()) {
      const bool hyphenated = tok.text.find('-') != std::string::npos;
      // "GEW-Landesvorsitzende", "DJB-Sportdirektorin": a part joined to the office without a
      // hyphen ("Landes", "Sport") belongs to the role, not to the name before the hyphen.
      std::string prefix = role->prefix;
      const bool glued = prefix.size() < tok.text.size() && tok.text[prefix.size()] != '-';
      // ("LH-Stellvertreterin": two letters may abbreviate an office, not a body.)
      if (const auto dash = prefix.rfind('-'); dash != std::string::npos && dash > 0 &&
          ((glued && (dash > 2 || lex_.FindName(Lexicons::PhraseKey({std::string_view(prefix).substr(0, dash)})))) ||
           IsOfficeLevel(text::FoldForMatch(std::string_view(prefix).substr(dash + 1))))) {
        prefix.resize(dash);
      }
      const NamedThing* thing = lex_.FindName(Lexicons::PhraseKey({prefix}));
      if (!thing && prefix.find('-') != std::string::npos) {
        // "Deutsche-Bank-Chef": the name's words joined by hyphens.
        const std::string spaced = SpacedCompound(prefix);
        std::vector<std::string_view> words;
        for (std::size_t at = 0; at <= spaced.size();) {
          const std::size_t space = std::min(spaced.find(' ', at), spaced.size());
          words.push_back(std::string_view(spaced).substr(at, space - at));
          at = space + 1;
        }
        thing = lex_.FindName(Lexicons::PhraseKey(words));
      }
      // "Bundestagspräsidentin", "Kanzleramtschef": a joining s between the name and the noun.
      std::string unjoined = prefix;
      if (!thing && !hyphenated && prefix.size() > 4 && prefix.ends_with("s")) {
        unjoined.pop_back();
        thing = lex_.FindName(Lexicons::PhraseKey({unjoined}));
      }
      // "Staatskanzleichef", "Landtagspräsident": the institution of the article's own place.
      const EntityType* venue = !thing && !hyphenated ? lex_.VenueType(text::FoldForMatch(unjoined)) : nullptr;
      if (venue && *venue != EntityType::Organization) venue = nullptr;
      if (venue && !thing) {
        add_prefix(unjoined.size(), EntityType::Organization, unjoined).article_local = true;
        continue;
      }
      const bool fits = thing && (thing->type == EntityType::Organization ||
                                  (hyphenated && (thing->is_country || thing->kind == "city" ||
                                                  thing->kind == "region" || thing->kind == "state")));
      const bool acronym = !thing && hyphenated && IsOrganizationAcronym(prefix);
      // Not when a part is known: "CDU-Landeschef" is the CDU's (read below), not a "CDU Landes".
      bool part_known = false;
      for (std::size_t at = 0; at < prefix.size() && !part_known;) {
        const std::size_t dash = std::min(prefix.find('-', at), prefix.size());
        part_known = lex_.FindName(Lexicons::PhraseKey({std::string_view(prefix).substr(at, dash - at)}));
        at = dash + 1;
      }
      // "Reederei-Chef": a kind of organization ("Reederei"), not its name.
      const bool names_one = MayNameAnOrganization(prefix) && !lex_.IsOrgNoun(prefix);
      const bool unknown_org = !thing && !acronym && !part_known && hyphenated &&
                               ((LeadsAnOrganization(role->noun->lemma) && names_one) ||
                                // "Gesamtmetall-Präsident": a president's prefix is the body he presides,
                                // unless it names a person ("Trainer-Präsident").
                                ((role->noun->lemma == "Präsident" || role->noun->lemma == "Direktor") &&
                                 names_one && !lex_.MatchRole(prefix)) ||
                                InstitutionHead(prefix, role->noun->lemma));
      if (fits || acronym || unknown_org) {
        add_prefix(fits ? unjoined.size() : prefix.size(), fits ? thing->type : EntityType::Organization,
                   fits ? thing->canonical : acronym ? prefix : SpacedCompound(prefix))
            .is_country = fits && thing->is_country;
        continue;
      }
    }
    // Hyphenated compounds: "US-Delegation", "US-Russland-Gespräche", "BBC-Quelle".
    std::size_t part_begin = 0;
    const std::string& t = tok.text;
    while (true) {
      std::size_t dash = t.find('-', part_begin);
      if (dash == std::string::npos) break;
      std::string_view part(t.data() + part_begin, dash - part_begin);
      if (!part.empty() && text::StartsUpper(part)) {
        const NamedThing* thing = lex_.FindName(Lexicons::PhraseKey({part}));
        // A linking ending: "Grünen-Fraktionschefin" (Grüne), "Bundestags-Vizepräsident".
        for (std::string_view link : {"n", "s", "es"}) {
          if (thing || part.size() <= link.size() + 2 || !std::string_view(part).ends_with(link)) continue;
          thing = lex_.FindName(Lexicons::PhraseKey({part.substr(0, part.size() - link.size())}));
        }
        if (thing && (thing->is_country || thing->type == EntityType::Organization ||
                      thing->kind == "city" || thing->kind == "region")) {
          Candidate c;
          c.first = i;
          c.last = i + 1;
          c.begin = tok.begin + part_begin;
          c.end = tok.begin + dash;
          c.type = thing->type;
          c.kind = MentionKind::CompoundPrefix;
          c.canonical = thing->canonical;
          c.is_country = thing->is_country;
          c.priority = 10;
          out.push_back(std::move(c));
        }
      }
      part_begin = dash + 1;
    }
  }
}

bool RuleRecognizer::AddJoinedAdjectives(const text::Sentence& s, std::size_t i, std::vector<Candidate>& out) const {
  // "deutsch-polnische Gespräche", "russisch-chinesischen": every part names a state.
  const auto& tok = s.tokens[i];
  if (tok.text.find('-') == std::string::npos) return false;
  std::vector<Candidate> parts;
  std::set<std::string> states;
  for (std::size_t at = 0; at <= tok.text.size();) {
    const std::size_t dash = std::min(tok.text.find('-', at), tok.text.size());
    const std::string part = tok.text.substr(at, dash - at);
    const std::string* country = lex_.CountryOfAdjective(part);
    if (!country) country = lex_.CountryOfAdjective(part + "e");  // "deutsch-", uninflected
    if (!country || !states.insert(*country).second) return false;
    Candidate c = SpanCandidate(s, i, i + 1, EntityType::Place, 5);
    c.begin = tok.begin + at;
    c.end = tok.begin + dash;
    c.kind = MentionKind::Adjective;
    c.canonical = *country;
    c.is_country = lex_.CountryByName(*country) != nullptr;
    parts.push_back(std::move(c));
    at = dash + 1;
  }
  if (parts.size() < 2) return false;
  for (Candidate& c : parts) out.push_back(std::move(c));
  return true;
}

std::string RuleRecognizer::LandGovernmentBody(const text::Sentence& s, const std::vector<TokenInfo>& info,
                                               std::size_t i, const std::string& region) const {
  if (i + 1 >= s.tokens.size() || info[i].upper || !info[i + 1].upper) return "";
  const std::string& noun = s.tokens[i + 1].text;
  const std::string& folded = info[i + 1].folded;
  std::string nominative;
  bool feminine = false;
  if (folded.ends_with("ministerium") || folded.ends_with("ministeriums")) {
    nominative = folded.ends_with("s") ? noun.substr(0, noun.size() - 1) : noun;
  } else if (folded == "staatskanzlei") {
    nominative = noun;
    feminine = true;
  } else {
    return "";
  }
  const NamedThing* land = lex_.FindName(Lexicons::PhraseKey({region}));
  if (!land || land->kind != "state") return "";
  // The adjective's stem: the word without its ending ("sächsischen" -> "sächsisch").
  std::string stem = s.tokens[i].text;
  for (std::string_view ending : {"en", "em", "er", "es", "e"}) {
    if (stem.size() > ending.size() + 3 && std::string_view(stem).ends_with(ending)) {
      stem.resize(stem.size() - ending.size());
      break;
    }
  }
  if (static_cast<unsigned char>(stem[0]) >= 0x80) return "";  // the Länder's adjectives open in ASCII
  return text::ToUpper(stem.substr(0, 1)) + stem.substr(1) + (feminine ? "e " : "es ") + nominative;
}

namespace {

// The nominative of a government's or a council's noun at token k ("Regierung", "Senat",
// "Regierungsrats" -> "Regierungsrat", "Landsgemeinde"), or "". A council's noun before a name
// is a member's title ("der Grazer Gemeinderat Max Ott").
std::string CouncilOfTown(const text::Sentence& s, const std::vector<TokenInfo>& info, std::size_t k) {
  const std::string& folded = info[k].folded;
  if (folded.ends_with("regierung") || folded == "senat" || folded == "landsgemeinde") return s.tokens[k].text;
  // "Regierungsrates", "Regierungsrats": the genitive's ending.
  const std::size_t ending = folded.ends_with("rates") ? 2 : folded.ends_with("rats") ? 1 : 0;
  const std::string_view stem = std::string_view(folded).substr(0, folded.size() - ending);
  const bool council =
      stem == "regierungsrat" || stem == "staatsrat" || stem == "kantonsrat" || IsTownCouncilNoun(stem);
  if (!council) return "";
  if (k + 1 < s.tokens.size() && info[k + 1].upper && !info[k + 1].function) return "";
  const std::string& written = s.tokens[k].text;
  return written.substr(0, written.size() - ending);
}

}  // namespace

namespace {

// "der", "des", "im", "vom", "zur": a definite article, alone or joined to a preposition (not
// "am" or "ins", which go with a time or a direction: "mit der Kammer am Montag").
bool IsArticleOrContraction(std::string_view folded) {
  return IsDefiniteArticle(folded) && folded != "am" && folded != "ins";
}

// Whether `folded` is a chamber's compound ("Handwerkskammer", "Ärztekammer"; a court's
// "Strafkammer" is none, nor a "Schatzkammer").
bool IsChamberCompound(std::string_view folded) {
  return folded.size() > 9 && folded.ends_with("kammer") &&
         !text::EndsWithAny(folded, {"strafkammer", "zivilkammer", "schatzkammer", "länderkammer", "herzkammer",
                                     "dunkelkammer", "folterkammer", "kühlkammer", "brennkammer"});
}

// How many letters of a genitive ending a compound association noun has ("Weinbauverbands": 1,
// "Winzervereins": 1, "Obstbaugenossenschaft": 0), or npos if the word is none (nor the bare
// "Verband", nor a "Großgenossenschaft").
std::size_t AssociationNounCut(std::string_view folded) {
  // "die Pfälzer Großgenossenschaft" describes one.
  if (folded.starts_with("groß") || folded.starts_with("gross")) return std::string::npos;
  const std::optional<std::size_t> cut = GenitiveCut(folded, IsAssociationCompound);
  return cut ? *cut : std::string::npos;
}

}  // namespace

void RuleRecognizer::FindAdjectives(const text::Sentence& s, const std::vector<TokenInfo>& info,
                                    std::vector<Candidate>& out) const {
  for (std::size_t i = 0; i < s.tokens.size(); ++i) {
    if (!info[i].word) continue;
    // Adjectives of states are lower case, except at the start of a sentence; those of cities
    // and regions are always capitalized.
    const bool capitalized_inside = info[i].upper && i > 0 && !(i == 1 && IsQuote(s.tokens[0].text));
    const std::string* country = capitalized_inside ? nullptr : lex_.CountryOfAdjective(s.tokens[i].text);
    if (!country && !capitalized_inside && AddJoinedAdjectives(s, i, out)) continue;
    if (!country) {
      // "Istanbuler", "Mainzer", "Thüringer": the adjective of a city or region, before a noun.
      const std::string& w = s.tokens[i].text;
      if (info[i].upper && std::string_view(w).ends_with("er") && w.size() > 4 && i + 1 < s.tokens.size() &&
          info[i + 1].upper && !LookupPhrase(info, i, i + 1)) {
        const std::string stem = w.substr(0, w.size() - 2);
        const NamedThing* city = nullptr;
        for (const std::string& name : {stem, stem + "en"}) {
          if (!city) city = lex_.FindName(Lexicons::PhraseKey({name}));
        }
        // "Zürcher", "Münchner": not the name plus "er"; the lexicon of regional adjectives has them.
        if (const std::string* place = city ? nullptr : lex_.CountryOfAdjective(w)) {
          city = lex_.FindName(Lexicons::PhraseKey({*place}));
        }
        const std::string council = city && city->type == EntityType::Place && !city->is_country
                                        ? CouncilOfTown(s, info, i + 1)
                                        : std::string();
        const std::size_t association = AssociationNounCut(info[i + 1].folded);
        // "im Oldenburger Münsterland": a town's adjective before a region's name in "-land" is
        // part of the name of a region of its own.
        const bool town = city && city->type == EntityType::Place && !city->is_country;
        const NamedThing* region = town && info[i + 1].folded.ends_with("land") ? LookupPhrase(info, i + 1, i + 2)
                                                                                 : nullptr;
        // (A place's adjective, or an unknown one inside a sentence.)
        const bool place_or_unknown = city ? city->type == EntityType::Place : i > 0;
        if (council.empty() && association != std::string::npos && place_or_unknown) {
          // "des Rheingauer Weinbauverbands", "der Hallertauer Hopfenpflanzerverband": a region's
          // association, named by its adjective (known or not) and its noun.
          const std::string& noun = s.tokens[i + 1].text;
          Candidate c = SpanCandidate(s, i, i + 2, EntityType::Organization, 50);
          c.canonical = w + " " + noun.substr(0, noun.size() - association);
          out.push_back(std::move(c));
        } else if (!council.empty()) {
          // "mit der Walliser Regierung", "die Salzburger Landesregierung", "des Zuger
          // Regierungsrats": a canton's, Land's or city's government or council, named by its
          // adjective.
          Candidate c = SpanCandidate(s, i, i + 2, EntityType::Organization, 50);
          c.canonical = w + " " + council;
          c.towns_council = IsTownCouncilNoun(text::FoldForMatch(council));
          out.push_back(std::move(c));
        } else if (region && region->type == EntityType::Place && !region->is_country) {
          Candidate c = SpanCandidate(s, i, i + 2, EntityType::Place, 50);
          c.canonical = w + " " + s.tokens[i + 1].text;
          out.push_back(std::move(c));
        } else if (town) {
          Candidate c = SpanCandidate(s, i, i + 1, EntityType::Place, 5);
          c.kind = MentionKind::Adjective;
          c.canonical = city->canonical;
          out.push_back(std::move(c));
        }
      }
      continue;
    }
    // "in der äthiopischen Hauptstadt": the state's capital, by name.
    const NamedThing* capital = i + 1 < s.tokens.size() && info[i + 1].folded == "hauptstadt"
                                    ? lex_.CapitalOf(*country)
                                    : nullptr;
    if (capital) {
      Candidate c = SpanCandidate(s, i, i + 2, EntityType::Place, 50);
      c.canonical = capital->canonical;
      out.push_back(std::move(c));
      continue;
    }
    // "im sächsischen Wirtschaftsministerium", "der bayerischen Staatskanzlei": a Land's
    // ministry is named by its adjective ("Sächsisches Wirtschaftsministerium").
    if (std::string body = LandGovernmentBody(s, info, i, *country); !body.empty()) {
      Candidate c = SpanCandidate(s, i, i + 2, EntityType::Organization, 50);
      c.canonical = std::move(body);
      out.push_back(std::move(c));
      continue;
    }
    Candidate c = SpanCandidate(s, i, i + 1, EntityType::Place, 5);
    c.kind = MentionKind::Adjective;
    c.canonical = *country;
    c.is_country = lex_.CountryByName(*country) != nullptr;
    out.push_back(std::move(c));
  }
}

// "al-Thani", "el-Sisi", "asch-Schaibani": a lower-case Arabic article, a hyphen, a capital.
bool JoinedArabicArticle(std::string_view word) {
  // Asked of every lower-case word: the hyphen third or fifth first.
  if (word.size() < 4 || (word[2] != '-' && (word.size() < 6 || word[4] != '-'))) return false;
  for (std::string_view article : {"al-", "el-", "ad-", "ar-", "as-", "asch-", "at-", "az-", "an-"}) {
    if (word.size() > article.size() + 1 && word.starts_with(article) &&
        text::StartsUpper(word.substr(article.size()))) {
      return true;
    }
  }
  return false;
}

// Words of a time expression that look like names: "Ende des Monats", "Anfang Mai", "am 2. April".
bool IsTimeWord(const text::Sentence& s, const std::vector<TokenInfo>& info, std::size_t k) {
  const std::string& w = info[k].folded;
  // Nouns of time are no names ("wie Polizisten Woche für Woche verletzt werden").
  if (IsTimeNoun(w)) return true;
  // "im Sommer", "seit dem Winter": a season, though "Sommer" and "Winter" name people too
  // (asked only of a word that names no month).
  auto season = [&w] { return w == "sommer" || w == "winter" || w == "herbst" || w == "frühling" || w == "frühjahr"; };
  if (text::MonthOfName(w) || season()) {
    // "am 3. August", "Anfang November", "seit Mai": a month, though "August" and "Mai" name
    // people too.
    if (k == 0) return false;
    const std::string& before = s.tokens[k - 1].text;
    if (!before.empty() && before.back() == '.' && std::isdigit(static_cast<unsigned char>(before[0]))) return true;
    const std::string& folded_before = info[k - 1].folded;
    return folded_before == "anfang" || folded_before == "mitte" || folded_before == "ende" ||
           folded_before == "im" || folded_before == "seit" || folded_before == "bis" || folded_before == "ab";
  }
  if (w != "ende" && w != "anfang" && w != "mitte") return false;
  if (k + 1 >= s.tokens.size()) return false;
  const std::string& next = info[k + 1].folded;
  return next == "des" || next == "der" || next == "dieses" || next == "nächsten" || next == "kommenden" ||
         next == "vergangenen" || text::MonthOfName(next) || std::isdigit(static_cast<unsigned char>(next[0]));
}

namespace {

// Whether the word before a capitalized word opens a noun phrase, not a name: a preposition
// joined with an article ("am Rand von Ulm", even where "Rand" is a given name too), or an
// article before a word that is no given name ("die Rede von Max Ott").
bool NounPhraseOpens(std::string_view folded_before, bool first_name_follows) {
  if (!ArticleBeforeNoun(folded_before)) return false;
  const bool joined = folded_before == "am" || folded_before == "im" || folded_before == "ins" ||
                      folded_before == "vom" || folded_before == "zum" || folded_before == "zur" ||
                      folded_before == "beim";
  return joined || !first_name_follows;
}

// Nouns of a part or the surroundings of a place: "am Rand von Ulm", "in der Nähe von Ulm".
bool IsNounOfWhere(std::string_view folded) {
  static constexpr std::string_view kNouns[] = {"rand", "rande", "stadtrand", "ortsrand", "süden", "norden",
                                                "osten", "westen", "nähe", "umgebung", "zentrum", "mitte"};
  return std::find(std::begin(kNouns), std::end(kNouns), folded) != std::end(kNouns);
}

// Nouns that make a fixed phrase with "zu" after a name ("kam X zu Wort"): no surname.
bool IsPhraseNounAfterZu(std::string_view folded) {
  static constexpr std::string_view kNouns[] = {"wort", "gast", "besuch", "hause", "beginn", "ende",  "recht",
                                                "fuss", "gunsten", "lasten", "protokoll", "rate", "tisch", "hilfe"};
  return std::find(std::begin(kNouns), std::end(kNouns), folded) != std::end(kNouns);
}

}  // namespace

bool RuleRecognizer::PlaceOfErAdjective(const std::string& word, bool or_country) const {
  if (!word.ends_with("er")) return false;
  const std::string stem = word.substr(0, word.size() - 2);
  for (const std::string& name : {stem, stem + "en"}) {
    const NamedThing* place = lex_.FindName(Lexicons::PhraseKey({name}));
    if (place && place->type == EntityType::Place && (!place->is_country || (or_country && name == stem))) {
      return true;
    }
  }
  return false;
}

bool RuleRecognizer::IsTownAdjective(const std::string& word, bool or_country) const {
  if (word.size() < 6 || !word.ends_with("er")) return false;
  if (PlaceOfErAdjective(word, or_country)) return true;
  const std::string* region = lex_.CountryOfAdjective(word);
  return region && !NamesStateOrRegion(word);
}

bool RuleRecognizer::NamesStateOrRegion(std::string_view adjective) const {
  const std::string* of = lex_.CountryOfAdjective(adjective);
  if (!of) return false;
  const NamedThing* place = lex_.FindName(Lexicons::PhraseKey({*of}));
  return !place || place->kind != "city";
}

bool RuleRecognizer::IsMembersTitle(const text::Sentence& s, std::size_t k) const {
  return k + 1 < s.tokens.size() && lex_.IsFirstName(s.tokens[k + 1].text) && lex_.MatchRole(s.tokens[k].text);
}

bool RuleRecognizer::CanBeNameWord(const text::Sentence& s, const std::vector<TokenInfo>& info,
                                   std::size_t k) const {
  const std::string& t = s.tokens[k].text;
  return info[k].upper && !info[k].function && !text::IsAllUpper(t) && !Lexicons::IsAcademicTitle(t) &&
         !lex_.MatchRole(t) &&
         !IsTimeWord(s, info, k) &&
         !lex_.FindTrigger(t) && !info[k].place_noun && !info[k].org_noun &&
         !lex_.CountryOfAdjective(t) && !IsAmountNoun(info[k].folded);
}

namespace {

// "Interessengemeinschaft", "Werbegemeinschaft", "Erzeugergemeinschaft": a group of members
// that opens its name ("die Interessengemeinschaft Altstadt"); not a community of states or
// values ("die Staatengemeinschaft").
bool IsInterestGroupNoun(std::string_view folded) {
  return folded.size() > 12 && folded.ends_with("gemeinschaft") &&
         !text::EndsWithAny(folded, {"staatengemeinschaft", "weltgemeinschaft", "völkergemeinschaft",
                                     "wertegemeinschaft", "schicksalsgemeinschaft", "glaubensgemeinschaft"});
}

// "Tierklinik", "Petrikirche", "Feuerwehr": a compound that names an institution or a building
// by its kind.
bool IsInstitutionCompound(std::string_view folded) {
  for (std::string_view kind : {"klinik", "kirche", "feuerwehr", "schule", "verband", "verein", "stiftung", "kammer",
                                "gemeinde", "polizei", "werft", "bank", "kasse", "hochschule", "universität", "praxis",
                                "zentrum", "amt", "behörde", "genossenschaft", "initiative", "gesellschaft", "anstalt",
                                "institut", "agentur", "akademie", "liste", "partei", "fraktion"}) {
    if (folded.ends_with(kind)) return true;
  }
  return false;
}

}  // namespace

bool RuleRecognizer::ContinuesABodysName(const text::Sentence& s, const std::vector<TokenInfo>& info,
                                        std::size_t k) const {
  return info[k].upper && !info[k].function && !lex_.MatchRole(s.tokens[k].text) &&
         !lex_.FindTrigger(s.tokens[k].text) && !IsTimeWord(s, info, k);
}

std::size_t RuleRecognizer::NameRun(const text::Sentence& s, const std::vector<TokenInfo>& info,
                                    std::size_t i, std::size_t max_words, bool after_role) const {
  std::size_t j = i;
  std::size_t words = 0;
  while (j < s.tokens.size() && words < max_words) {
    const std::string& t = s.tokens[j].text;
    if (IsInitial(t)) {
      ++j;
      continue;
    }
    // "der" is a particle only after another ("von der Leyen"); alone it is an article
    // ("sagte Lena Graf der Zeitung").
    if (words > 0 && IsNameParticle(info[j].folded) && info[j].folded != "der") {
      // One or two particles before the rest of the name: "Lena von Ahlen", "Anna von der
      // Brelie", "Jan Van der Lohe". Not "Max Ott von Lena Graf" (a passive's agent): a given
      // name after "von" opens a name of its own. Other particles may stand before given
      // names ("bin" in Arabic patronymics).
      std::size_t rest = j + 1;
      if (rest < s.tokens.size() && IsNameParticle(s.tokens[rest].text)) ++rest;
      if (rest >= s.tokens.size() || !info[rest].upper) break;
      if (info[j].folded == "von" && lex_.IsFirstName(s.tokens[rest].text)) break;
      // "am Rand von Ulm", "dem Chef von X": a noun after its article is no given name.
      if (i > 0 && NounPhraseOpens(info[i - 1].folded, lex_.IsFirstName(s.tokens[i].text))) break;
      // "Max Ott von der Brandau Werke AG": a company follows, not the rest of a surname.
      bool company = false;
      for (std::size_t q = rest; q < s.tokens.size() && q < rest + 4 && info[q].upper && !company; ++q) {
        company = Lexicons::IsLegalForm(s.tokens[q].text);
      }
      if (company) break;
      // "Eva Roth von der Tierklinik Talheim", "Jan Ott von der Petrikirche": an institution's
      // noun after "von der" is where the person comes from.
      if (rest == j + 2 && (info[rest].org_noun || IsInstitutionCompound(info[rest].folded))) {
        break;
      }
      // "Eva Roth von der DRK-Wasserwacht": an acronym joined by a hyphen names a body.
      if (const std::size_t dash = s.tokens[rest].text.find('-');
          rest == j + 2 && dash != std::string::npos && dash >= 2 &&
          text::IsAllUpper(std::string_view(s.tokens[rest].text).substr(0, dash))) {
        break;
      }
      // "meldete sich X zu Wort", "war X zu Gast": "zu" with a noun of a fixed phrase.
      if (info[j].folded == "zu" && IsPhraseNounAfterZu(info[rest].folded)) break;
      j = rest;
      continue;
    }
    // "Rui Pinto e Sousa", "Ana Ortega y Gasset": "e"/"y" joins an Iberian double surname after
    // a given name and the first surname.
    if (words >= 2 && JoinsDoubleSurname(info[j].folded) && j + 1 < s.tokens.size() &&
        CanBeNameWord(s, info, j + 1)) {
      ++j;
      continue;
    }
    // "al-Thani", "el-Sisi": an Arabic article joined to a name word belongs to the name.
    if (words > 0 && JoinedArabicArticle(t)) {
      ++j;
      ++words;
      continue;
    }
    if (!CanBeNameWord(s, info, j)) break;
    // "habe Herrmann Entlastung versprochen": an abstract noun is no surname ("Hartung" is).
    if (words > 0 && IsAbstractNoun(info[j].folded)) break;
    if (LookupPhrase(info, j, j + 1) && words > 0) {
      // A known place with a surname after it is a middle name ("Jens Lund Madsen"); at the
      // end of the run it is a place of its own ("Jens Madsen" + "Wien" in a run-on headline).
      const std::size_t next = j + 1;
      const bool surname_follows = next < s.tokens.size() && words + 1 < max_words &&
                                   CanBeNameWord(s, info, next) && !LookupPhrase(info, next, next + 1);
      // Right after a given name, a town is the surname ("Sabine Roth"); a state or a capital is
      // not ("Lena Berlin" is more likely a run-on headline), unless a role noun announced the
      // name ("Ministerpräsident Luis Panama"). So after two given names ("Anna Lena Hagen").
      const NamedThing* town = lex_.FindName(info[j].folded);
      const bool after_given_name = info[j - 1].upper && lex_.IsFirstName(s.tokens[j - 1].text);
      const bool surname_here =
          after_given_name && town && town->type == EntityType::Place &&
          ((words == 1 && (after_role || (!town->is_country && !town->is_capital))) ||
           (words == 2 && !town->is_country && !town->is_capital && lex_.IsFirstName(s.tokens[j - 2].text)));
      if (!surname_follows && !surname_here) break;
    }
    // "spielte Anna Lind Mozarts drittes Konzert": after a given name and a surname, a genitive
    // before its adjective is another name's.
    if (words >= 2 && t.size() > 3 && std::string_view(t).ends_with("s") && !lex_.IsFirstName(t) &&
        !lex_.IsFirstName(s.tokens[j - 1].text) && j + 1 < s.tokens.size() && info[j + 1].word &&
        !info[j + 1].upper && !info[j + 1].function &&
        text::EndsWithAny(info[j + 1].folded, {"e", "es", "en", "er", "em"}) && j + 2 < s.tokens.size() &&
        info[j + 2].upper && !info[j + 2].function) {
      break;
    }
    ++j;
    ++words;
    // A genitive before its noun ends the name: "Peskows Äußerungen", "Putins Besuch".
    if (!after_role && t.size() > 3 && std::string_view(t).ends_with("s") && !lex_.IsFirstName(t) &&
        j < s.tokens.size() && info[j].upper) {
      break;
    }
  }
  // Do not end on an initial or particle.
  while (j > i && (IsInitial(s.tokens[j - 1].text) || IsNameParticle(s.tokens[j - 1].text))) --j;
  // "Leo XIV.", "Charles III.": a regnal number (kept with its period by the tokenizer) ends
  // the name.
  if (j > i && j < s.tokens.size() && text::IsRegnalNumber(s.tokens[j].text)) ++j;
  return j;
}

void RuleRecognizer::FindPersons(const text::Sentence& s, const std::vector<TokenInfo>& info,
                                 std::vector<Candidate>& out) const {
  const std::size_t n = s.tokens.size();
  auto add = [&](std::size_t first, std::size_t last, int priority) {
    out.push_back(SpanCandidate(s, first, last, EntityType::Person, priority));
  };
  for (std::size_t i = 0; i < n; ++i) {
    const std::string& t = s.tokens[i].text;
    // Titles: "Herr Peskow", "Herrn Witkoff", "Frau Leavitt".
    if (IsTitleWord(info[i].folded)) {
      std::size_t end = NameRun(s, info, i + 1, 3);
      if (end > i + 1) add(i + 1, end, 80);
      continue;
    }
    // "Rūta Kalnienė", "Eglė Jonaitytė": a Lithuanian woman's surname tells a person, whatever
    // the given name before it.
    if (i + 1 < n && info[i].upper && !info[i].function && info[i + 1].upper &&
        text::EndsWithAny(s.tokens[i + 1].text, {"ienė", "aitė", "ytė", "ūtė"}) && !lex_.MatchRole(t)) {
      add(i, i + 2, 70);
      ++i;
      continue;
    }
    // A first name followed by a surname: "Steve Witkoff", "Dmitri S. Peskow".
    // ("Klein Wanzhausen": a town; the word is a given name only abroad.)
    if (info[i].upper && !info[i].function && lex_.IsFirstName(t) && !lex_.MatchRole(t) &&
        !IsTimeWord(s, info, i) && !IsTownPrefix(t)) {
      // "in China Geschäfte machen": a place after a preposition of place is the place, even
      // where a given name reads the same.
      if (i > 0 && IsPlacePreposition(info[i - 1].folded)) {
        const NamedThing* place = LookupPhrase(info, i, i + 1);
        if (place && place->type == EntityType::Place) continue;
      }
      std::size_t end = NameRun(s, info, i, 4);
      // "das Anna Graf-Institut", "des Paul Lenz-Gymnasiums": a person's name joined to an
      // institution's or a site's noun names that institution or site.
      // (The name run stops before such a word, and before particles after given names alone:
      // "Karl von Ried-Schule", not "Eva Roth von der Hansa-Klinik".)
      std::size_t noun = end;
      bool given_names = true;
      for (std::size_t k = i; k < end && given_names; ++k) given_names = lex_.IsFirstName(s.tokens[k].text);
      while (given_names && noun < n && noun < end + 2 && IsNameParticle(info[noun].folded) &&
             info[noun].folded != "der") {
        ++noun;
      }
      if (const auto named = noun < n && info[noun].upper ? CompoundEndOf(info[noun].folded) : std::nullopt) {
        Candidate c = SpanCandidate(s, i, noun + 1, named->type, 75);
        c.is_site = named->type == EntityType::Place;
        if (named->genitive) {
          for (std::size_t k = i; k <= noun; ++k) c.canonical += (k > i ? " " : "") + s.tokens[k].text;
          c.canonical.pop_back();  // the genitive's "s": "Lenz-Instituts" -> "Lenz-Institut"
        }
        out.push_back(std::move(c));
        i = noun;
        continue;
      }
      // "Anna Graf GmbH": a person's name with a legal form names a company.
      std::size_t legal = i + 1;
      while (legal <= end && legal < n && !Lexicons::IsLegalForm(s.tokens[legal].text)) ++legal;
      if (legal <= end && legal < n && legal >= i + 2) {
        out.push_back(SpanCandidate(s, i, legal + 1, EntityType::Organization, 75));
        i = legal;
        continue;
      }
      if (end >= i + 2) {
        // The first name itself must not be a known place or organization unless a surname
        // follows, which NameRun made sure of.
        add(i, end, 70);
        continue;
      }
    }
    // A role noun followed by a name: "Kremlsprecher Dmitri Peskow", "Präsident Putin" (a name,
    // or a title before it, is capitalized: the role is looked up only then).
    if (info[i].upper && i + 1 < n && info[i + 1].upper) {
      if (auto role = lex_.MatchRole(t); role && !role->plural) {
        std::size_t start = i + 1;
        while (start < n && Lexicons::IsAcademicTitle(s.tokens[start].text)) ++start;  // "Ministerin Dr. X"
        if (start >= n) continue;
        std::size_t end = NameRun(s, info, start, 3, /*after_role=*/true);
        // "wies ein Sprecher Berichte zurück", "ein Sprecher Putins": after an indefinite article,
        // one word that is no given name is no holder's name.
        const bool indefinite = i > 0 && (info[i - 1].folded == "ein" || info[i - 1].folded == "eine" ||
                                          info[i - 1].folded == "einem" || info[i - 1].folded == "einer" ||
                                          info[i - 1].folded == "eines");
        if (indefinite && end == start + 1 && !lex_.IsFirstName(s.tokens[start].text)) continue;
        // A given name of the office's gender is a person even where a place has it as well
        // ("Königin Victoria", not the Australian state).
        if (end > start && (!LookupPhrase(info, start, start + 1) ||
                            (role->feminine && lex_.GenderOfFirstName(s.tokens[start].text) == 'f'))) {
          add(start, end, 60);
        }
      }
    }
    // "Der Sultan von Kessland, Hamid Orlan, ...", "Kesslands Botschafterin in Berlin, Nura Hafiza
    // Yusan, ...": a role, its state or seat, and between commas the holder's full name, given
    // names no lexicon knows included.
    if (info[i].upper && i > 0 && (info[i - 1].upper || IsDefiniteArticle(info[i - 1].folded))) {
      constexpr std::size_t kMaxOwnerWords = 4;  // "von Kessland", "in Berlin", "der Kesseler Werke"
      std::size_t comma = i + 1;
      while (comma < n && comma <= i + kMaxOwnerWords && (info[comma].upper || info[comma].function)) ++comma;
      // ("Der Chef der Firma, Herr Ott, ...": the title opens a name of its own.)
      if (comma + 2 >= n || s.tokens[comma].text != "," || !info[comma + 1].upper ||
          IsTitleWord(info[comma + 1].folded)) {
        continue;
      }
      const auto role = lex_.MatchRole(t);
      if (!role || role->plural) continue;
      const std::size_t start = comma + 1;
      const std::size_t end = NameRun(s, info, start, 3, /*after_role=*/true);
      if (end >= start + 2 && end < n && (s.tokens[end].text == "," || s.tokens[end].text == "(") &&
          !LookupPhrase(info, start, start + 1)) {
        add(start, end, 60);
      }
    }
  }
}

void RuleRecognizer::FindIntroducedNames(const text::Sentence& s, const std::vector<TokenInfo>& info,
                                         std::vector<Candidate>& out) const {
  const std::size_t n = s.tokens.size();
  for (std::size_t i = 0; i < n; ++i) {
    if (!info[i].upper) continue;
    // "die Kultusministerkonferenz", "der Ministerpräsidentenkonferenz": a standing conference of
    // ministers or heads of government is one body.
    if (text::EndsWithAny(info[i].folded, {"ministerkonferenz", "präsidentenkonferenz"}) &&
        !LookupPhrase(info, i, i + 1)) {
      out.push_back(SpanCandidate(s, i, i + 1, EntityType::Organization, 45));
      continue;
    }
    // "der Handwerkskammer", "mit der Ärztekammer": a chamber by its compound alone, the one of
    // its kind the report is about.
    // ("der Ärztekammer für Wien", "der Handwerkskammer der Pfalz", "der Handelskammer von Tuzla"
    // go on with their names.)
    if (IsChamberCompound(info[i].folded) && i > 0 && IsArticleOrContraction(info[i - 1].folded)) {
      const bool named_after = i + 2 < n && info[i + 2].upper &&
                               (info[i + 1].folded == "von" || IsArticleOrContraction(info[i + 1].folded));
      const bool ends_phrase =
          i + 1 >= n || ((!info[i + 1].upper || info[i + 1].function) && info[i + 1].folded != "für" && !named_after);
      if (ends_phrase && !LookupPhrase(info, i, i + 1)) {
        out.push_back(SpanCandidate(s, i, i + 1, EntityType::Organization, 45));
        continue;
      }
    }
    // "die Glaserei Huber", "der Drechslerei Wimmer": a craft's workshop and the one family name
    // after it are one firm (whatever the tagger made of the name alone). ("die Reederei
    // Nordfrost" is an organization noun before a name; "Druckerei Hahn & Söhne" goes on.)
    if (IsCraftWorkshop(info[i].folded) && !info[i].org_noun && i > 0 &&
        IsArticleOrContraction(info[i - 1].folded) && i + 1 < n && info[i + 1].upper && info[i + 1].word &&
        !info[i + 1].function && !LookupPhrase(info, i + 1, i + 2) &&
        (i + 2 >= n || (!info[i + 2].upper && s.tokens[i + 2].text != "&"))) {
      out.push_back(SpanCandidate(s, i, i + 2, EntityType::Organization, 45));
      continue;
    }
    // "Universität Ulm", "Landgericht Augsburg", "Helmholtz-Institut Ulm": an institution named
    // by its kind and its town is one organization, the town part of its name; so is a
    // district one place ("des Landkreises Celle": "Landkreis Celle").
    if (i + 1 < n && info[i + 1].upper) {
      std::string kind = TownInstitutionKind(s.tokens[i].text);
      EntityType type = EntityType::Organization;
      bool facility = false;
      if (kind.empty()) {
        kind = DistrictKind(s.tokens[i].text);
        type = EntityType::Place;
      }
      if (kind.empty()) {
        kind = FacilityKind(s.tokens[i].text, info[i].folded);
        facility = !kind.empty();
      }
      const NamedThing* town = kind.empty() ? nullptr : lex_.FindName(Lexicons::PhraseKey({s.tokens[i + 1].text}));
      // A town no gazetteer knows: one name word that ends the phrase ("Landkreis Kesselbach,").
      // A valley's or marsh's name counts although its tail is a place noun ("Landkreis Ahrtal").
      const bool named_land = info[i + 1].place_noun && !info[i + 1].function && !info[i + 1].org_noun &&
                              !lex_.IsListedPlaceNoun(info[i + 1].folded) && !text::IsAllUpper(s.tokens[i + 1].text);
      const std::string folded_kind = kind.empty() ? std::string() : text::FoldForMatch(kind);
      // (A region's double name counts as known when a part is: "Wasserverband Spree-Schlaube".)
      const std::string& name_word = s.tokens[i + 1].text;
      const std::size_t name_dash = name_word.find('-');
      const bool known_region = name_dash != std::string::npos && name_dash > 0 && name_dash + 1 < name_word.size() &&
                                text::StartsUpper(name_word.substr(name_dash + 1)) &&
                                (lex_.FindName(Lexicons::PhraseKey({name_word.substr(0, name_dash)})) ||
                                 lex_.FindName(Lexicons::PhraseKey({name_word.substr(name_dash + 1)})));
      const bool needs_known_town = IsRegionalBody(folded_kind) && !IsListedTownInstitution(folded_kind) && !known_region;
      // "des Automobilclubs Deutschlands": a known place's genitive is whose, not the name.
      const std::string& next = s.tokens[i + 1].text;
      const bool place_genitive = !kind.empty() && !town && next.size() > 3 && next.ends_with("s") &&
                                  lex_.FindName(Lexicons::PhraseKey({next.substr(0, next.size() - 1)}));
      const bool unknown_town = !kind.empty() && !town && (CanBeNameWord(s, info, i + 1) || named_land) &&
                                !needs_known_town && !place_genitive &&
                                (type == EntityType::Place || !lex_.IsFirstName(s.tokens[i + 1].text)) &&
                                (i + 2 >= n || !info[i + 2].upper || info[i + 2].function);
      // "im Landkreis Jerichower Land", "des Landkreises Mecklenburgische Seenplatte": a district
      // named by an adjective and a noun (not "Kreis": "im Kreis Kölner Unternehmer").
      if (kind == "Landkreis" && !town && i + 2 < n && info[i + 2].upper && !info[i + 2].function &&
          (i + 3 >= n || !info[i + 3].upper || info[i + 3].function) && !lex_.IsFirstName(s.tokens[i + 2].text) &&
          !IsTimeWord(s, info, i + 2) &&
          ((info[i + 1].folded.ends_with("er") && info[i + 1].folded.size() >= 6) ||
           info[i + 1].folded.ends_with("ische") || info[i + 1].folded.ends_with("liche"))) {
        Candidate c = SpanCandidate(s, i, i + 3, EntityType::Place, 65);
        c.canonical = kind + " " + s.tokens[i + 1].text + " " + s.tokens[i + 2].text;
        out.push_back(std::move(c));
        i += 2;
        continue;
      }
      if ((town && town->type == EntityType::Place && !town->is_country) || unknown_town) {
        // "die Industrie- und Handelskammer Ulm": the coordinated first part is the name's.
        const bool chamber = i >= 2 && info[i - 1].folded == "und" && s.tokens[i - 2].text.ends_with("-") &&
                             info[i - 2].upper;
        // "am Polytechnischen Institut Kiew": a capitalized adjective after an article is the
        // name's ("Polytechnisches Institut Kiew").
        const bool adjective = !chamber && i >= 2 && type == EntityType::Organization && info[i - 1].upper &&
                               !info[i - 1].function &&
                               (info[i - 1].folded.ends_with("en") || info[i - 1].folded.ends_with("es") ||
                                info[i - 1].folded.ends_with("e") || info[i - 1].folded.ends_with("er")) &&
                               IsDefiniteArticle(info[i - 2].folded);
        Candidate c = SpanCandidate(s, chamber ? i - 2 : adjective ? i - 1 : i, i + 2, type, 65);
        // "des Landgerichts Augsburg": "Landgericht Augsburg"
        c.canonical = (chamber ? s.tokens[i - 2].text + " und " : std::string()) + kind + " " +
                      (town ? town->canonical : s.tokens[i + 1].text);
        if (adjective) {
          c.canonical = NominativeOfName({s.tokens[i - 1].text, s.tokens[i].text, s.tokens[i + 1].text},
                                         info[i - 2].folded);
        }
        if (facility) {
          c.is_site = true;
          if (GoesBySiteName(folded_kind)) c.site_name = town ? town->canonical : s.tokens[i + 1].text;
        }
        out.push_back(std::move(c));
        ++i;
        continue;
      }
    }
    // A building's noun is part of its name: "Schloss Salem", "Hotel Adlon", "Landsitz Lohn";
    // so is a compound's: "Belém-Palast".
    if (const auto dash = info[i].folded.rfind('-'); dash != std::string::npos && dash > 0 &&
        IsSiteCompoundEnd(std::string_view(info[i].folded).substr(dash + 1))) {
      Candidate c = SpanCandidate(s, i, i + 1, EntityType::Place, 40);
      c.is_site = true;
      out.push_back(std::move(c));
      continue;
    }
    // "des Max-Roth-Stadions", "im Karl-Berger-Zentrum", "die Lahn-Eder-Kliniken": a name of two
    // names or more before a site's or an institution's noun, also in the genitive.
    if (info[i].upper && std::count(info[i].folded.begin(), info[i].folded.end(), '-') >= 2) {
      if (const auto end = CompoundEndOf(info[i].folded)) {
        Candidate c = SpanCandidate(s, i, i + 1, end->type, 40);
        c.is_site = end->type == EntityType::Place;
        if (end->genitive) c.canonical = s.tokens[i].text.substr(0, s.tokens[i].text.size() - 1);
        out.push_back(std::move(c));
        continue;
      }
    }
    // "im Stadion am Kanal", "das Theater am Wall": a venue named by where it stands (not a
    // street's or a day's: "am Donnerstag", "am Stadtrand", "an der Hauptstraße").
    if (i + 2 < n && info[i + 1].folded == "am") {
      const std::optional<EntityType> type = VenueByItsSite(info[i].folded);
      const std::size_t site = i + 2;
      if (type && info[site].upper && !info[site].function && !IsTimeWord(s, info, site) &&
          !lex_.MatchRole(s.tokens[site].text) &&
          !text::EndsWithAny(info[site].folded, {"tag", "mittwoch", "sonnabend", "rand", "rande", "ende", "anfang",
                                                 "abend", "morgen", "straße", "strasse", "weg", "platz"}) &&
          (site + 1 >= n || !info[site + 1].upper || info[site + 1].function)) {
        Candidate c = SpanCandidate(s, i, site + 1, *type, 45);
        c.is_site = *type == EntityType::Place;
        out.push_back(std::move(c));
        i = site;
        continue;
      }
    }
    // "im Ilm-Kreis", "des Schwalm-Eder-Kreises": a district named by its rivers or regions, in
    // the nominative.
    if (!info[i].folded.starts_with('-') && text::EndsWithAny(info[i].folded, {"-kreis", "-kreises"}) &&
        !LookupPhrase(info, i, i + 1)) {
      Candidate c = SpanCandidate(s, i, i + 1, EntityType::Place, 45);
      const std::string& written = s.tokens[i].text;
      c.canonical = info[i].folded.ends_with("es") ? written.substr(0, written.size() - 2) : written;
      out.push_back(std::move(c));
      continue;
    }
    // "in Kiel-Schilksee", "aus Berlin-Köpenick": a town and its quarter, where a preposition
    // without an article puts it ("beim Berlin-Besuch" is no place).
    if (const auto dash = s.tokens[i].text.find('-'); dash != std::string::npos && dash > 0 && i > 0 &&
        (info[i - 1].folded == "in" || info[i - 1].folded == "aus" || info[i - 1].folded == "nach") &&
        dash + 1 < s.tokens[i].text.size() && text::StartsUpper(std::string_view(s.tokens[i].text).substr(dash + 1)) &&
        s.tokens[i].text.find('-', dash + 1) == std::string::npos) {
      const NamedThing* town = lex_.FindName(Lexicons::PhraseKey({std::string_view(s.tokens[i].text).substr(0, dash)}));
      if (town && town->type == EntityType::Place && !town->is_country && town->kind != "state" &&
          !LookupPhrase(info, i, i + 1)) {
        out.push_back(SpanCandidate(s, i, i + 1, EntityType::Place, 40));
        continue;
      }
    }
    // So is an institution's: "Levante-Institut", "Bertelsmann-Stiftung", "Max-Planck-Gesellschaft",
    // a party's group in a parliament, "SPD-Fraktion", "der CDU-Landtagsfraktion"; in the genitive
    // named in the nominative ("des Adler-Instituts").
    if (const auto dash = info[i].folded.rfind('-'); dash != std::string::npos && dash > 0) {
      const std::optional<std::size_t> cut =
          GenitiveCut(std::string_view(info[i].folded).substr(dash + 1), IsInstitutionCompoundEnd);
      if (cut && !LookupPhrase(info, i, i + 1)) {
        Candidate c = SpanCandidate(s, i, i + 1, EntityType::Organization, 40);
        if (*cut > 0) c.canonical = s.tokens[i].text.substr(0, s.tokens[i].text.size() - *cut);
        out.push_back(std::move(c));
        continue;
      }
    }
    // "des leerstehenden Hotels Heidekrug": the genitive, named in the nominative.
    const std::optional<std::size_t> building_cut =
        info[i].upper && i + 1 < n && info[i + 1].upper ? GenitiveCut(info[i].folded, IsBuildingNoun) : std::nullopt;
    if (building_cut && !info[i + 1].function &&
        !lex_.MatchRole(s.tokens[i + 1].text) && !lex_.FindTrigger(s.tokens[i + 1].text)) {
      std::size_t end = i + 2;
      // "im Hotel Adlon Anna Kessler getroffen": a given name starts the next name, unless a
      // saint's ("Stift St. Florian").
      while (end < n && end < i + 4 && info[end].upper && !info[end].function && !lex_.MatchRole(s.tokens[end].text) &&
             (!lex_.IsFirstName(s.tokens[end].text) || IsSaint(s.tokens[end - 1].text))) {
        ++end;
      }
      Candidate c = SpanCandidate(s, i, end, EntityType::Place, 45);
      c.is_site = true;
      if (*building_cut > 0) {
        const std::string& noun = s.tokens[i].text;
        c.canonical = noun.substr(0, noun.size() - *building_cut);
        for (std::size_t k = i + 1; k < end; ++k) c.canonical += " " + s.tokens[k].text;
      }
      out.push_back(std::move(c));
      i = end - 1;
      continue;
    }
    if (i + 1 >= n) continue;
    // "In der Arbeitsgruppe Verkehr": a working group is named by its topic, not a name.
    // "die Bürgerinitiative Grüner Hang", "das Bündnis Saubere Luft", "die Stiftung Lesehaus", "der
    // Verein Mondwiese", "die Kita Sonnental": the noun of a civic body, a foundation, a club or a
    // daycare centre opens its name, whose words alone are common ones.
    // So does "Radio" without an article: "bei Radio Alpenwelle" is the station's name ("dem Radio
    // RSI" says what RSI is).
    const bool radio = info[i].folded == "radio" && (i == 0 || !IsDefiniteArticle(info[i - 1].folded));
    const bool opens_name = info[i].folded.ends_with("initiative") || info[i].folded.ends_with("bündnis") ||
                            info[i].folded == "stiftung" || info[i].folded == "verein" || info[i].folded == "kita" ||
                            IsInterestGroupNoun(info[i].folded) || radio;
    const bool org = (info[i].org_noun || opens_name) &&
                     !text::EndsWithAny(info[i].folded, {"arbeitsgruppe", "projektgruppe", "fachgruppe",
                                                         "expertengruppe", "verhandlungsgruppe"});
    // "der Saaletal Solarwerke": a valley's name ends in the noun, and opens a firm's name.
    const bool valley = info[i].folded.size() > 5 && info[i].folded.ends_with("tal") &&
                        !lex_.IsListedPlaceNoun(info[i].folded) && lex_.IsCompanyWord(s.tokens[i + 1].text);
    const bool place = !org && info[i].place_noun && !valley;
    if (!org && !place) continue;
    std::size_t start = i + 1;
    bool quoted = IsQuote(s.tokens[start].text);
    if (quoted) ++start;
    std::size_t end = start;
    // "mit anderen Parteien Gespräche aufnehmen": a meeting word is no name.
    while (end < n && end < start + 4 && info[end].upper && !info[end].function &&
           !lex_.MatchRole(s.tokens[end].text) && !IsAmountNoun(info[end].folded) && !lex_.FindTrigger(s.tokens[end].text)) {
      ++end;
      if (!quoted) break;  // unquoted: one word ("Nachrichtenagentur Interfax")
    }
    // 'die Bürgerinitiative "Kein Kreisel am Anger"': a civic body's quoted name is a slogan,
    // small words and all, up to its closing mark (a slogan's few words, not a quotation).
    constexpr std::size_t kSloganWords = 6;
    if (quoted && opens_name && info[start].upper && end < n && !IsQuote(s.tokens[end].text)) {
      std::size_t close = end;
      while (close < n && close <= start + kSloganWords && info[close].word && !IsQuote(s.tokens[close].text)) {
        ++close;
      }
      if (close < n && IsQuote(s.tokens[close].text)) end = close;
    }
    if (end == start) continue;
    if (quoted && (end >= n || !IsQuote(s.tokens[end].text))) continue;
    // "dass die Stadt Verantwortung übernehme", "die Partei Geschlossenheit zeige": an abstract
    // noun is what the place or the body does, not its name.
    // ("die Initiative Timor-Solidarität" is a name: a hyphen joins it.)
    if (!quoted && end == start + 1 && info[start].folded.find('-') == std::string::npos &&
        EndsLikeAnAbstractNoun(info[start].folded)) {
      continue;
    }
    // "nach Informationen dieser Zeitung Mitte März": a time follows, no name.
    if (!quoted && IsTimeWord(s, info, start)) continue;
    // "sammelt der Verein Spenden": a plural noun after the bare "Verein" is what the club does.
    if (!quoted && end == start + 1 && info[i].folded == "verein" && info[start].folded.ends_with("en") &&
        (start + 1 >= n || !info[start + 1].upper)) {
      continue;
    }
    // "der Stahlkonzern Corvanta Steel", "im Nachbarort Železná Ruda": a foreign name of two words,
    // ending the run, that names no person ("der Verband Anna Kessler" does).
    const std::size_t next = start + 1;
    if (!quoted && end == next && next < n && info[next].upper && !info[next].function &&
        (next + 1 >= n || !info[next + 1].upper) && !LookupPhrase(info, next, next + 1) &&
        !LookupPhrase(info, start, start + 1) && !lex_.IsFirstName(s.tokens[start].text) &&
        !lex_.IsFirstName(s.tokens[next].text) && !IsTimeWord(s, info, next) && !lex_.MatchRole(s.tokens[next].text) &&
        !lex_.FindTrigger(s.tokens[next].text)) {
      end = next + 1;
    }
    // "die Interessengemeinschaft Altstadt Luzern": a group of members' name may end in its
    // town or region, a known place ending the run.
    if (!quoted && end == start + 1 && IsInterestGroupNoun(info[i].folded) && end < n && info[end].upper &&
        (end + 1 >= n || !info[end + 1].upper)) {
      const NamedThing* region = LookupPhrase(info, end, end + 1);
      if (region && region->type == EntityType::Place && !region->is_country) ++end;
    }
    // "die Stiftung Schloss Talheim", "der Verein Kloster Lindau": an estate named by its place.
    if (opens_name && !quoted && end == start + 1 && end < n && info[end].upper && !info[end].function &&
        IsEstateNoun(info[start].folded)) {
      ++end;
    }
    // (A quoted name is the name alone: 'die Initiative „Grünes Tal“'.)
    if (opens_name && !quoted) {
      Candidate c = SpanCandidate(s, i, end, EntityType::Organization, 40);
      std::string words;
      for (std::size_t k = start; k < end; ++k) words += (k > start ? " " : "") + s.tokens[k].text;
      c.canonical = s.tokens[i].text + " " + words;
      // It goes by its words alone too ("Grüner Hang"), unless one word that may name a place
      // ("Bürgerinitiative Kiebitzmoor").
      if (end > start + 1) c.site_name = words;
      out.push_back(std::move(c));
      continue;
    }
    // "der Zuchtverband Hochtal", "des Obstbauvereins Kesselgau": an association's kind and the
    // region after it, known or named like one, are one name ("der Lobbyverband Bitkom", a
    // listed noun, and "der Arbeitgeberverband Nordmetall" introduce one).
    // (A longer name goes on: "der Hotelierverein Kesselbach Lindau".)
    if (org && !quoted && end == start + 1 && (end >= n || !info[end].upper) &&
        !lex_.IsListedOrgNoun(info[i].folded)) {
      const NamedThing* known = LookupPhrase(info, start, end);
      const bool region = known ? known->type == EntityType::Place
                                : text::EndsWithAny(info[start].folded, {"tal", "gau", "land", "heide", "wald",
                                                                         "bruch", "marsch", "aue", "grund"});
      const std::string nominative = i > 0 && info[i - 1].folded == "des" ? NominativeOfGenitive(s.tokens[i].text)
                                                                          : s.tokens[i].text;
      if (region && IsAssociationCompound(text::FoldForMatch(nominative))) {
        Candidate c = SpanCandidate(s, i, end, EntityType::Organization, 40);
        c.canonical = nominative + " " + s.tokens[start].text;
        out.push_back(std::move(c));
        continue;
      }
    }
    out.push_back(SpanCandidate(s, start, end, org ? EntityType::Organization : EntityType::Place, 40));
  }
}

bool RuleRecognizer::NamesAKnownPlace(const std::string& word) const {
  return word.size() >= 5 && PlaceOfErAdjective(word, /*or_country=*/true);
}

void RuleRecognizer::FindCompanyNames(const text::Sentence& s, const std::vector<TokenInfo>& info,
                                      std::vector<Candidate>& out) const {
  for (std::size_t legal = 1; legal < s.tokens.size(); ++legal) {
    // A legal form ("Kessel GmbH") or a company word ("Nordwind Capital") ends the name; a
    // company word only after a name's word (asked of every capitalized word: the cheap tests first).
    const bool legal_form = Lexicons::IsLegalForm(s.tokens[legal].text);
    // ("Stadtwerke" are named by their town after them: "Stadtwerke Ulm".)
    if (!legal_form && !(info[legal].upper && info[legal - 1].upper && !info[legal - 1].function &&
                         lex_.IsCompanyWord(s.tokens[legal].text) && !IsListedTownInstitution(info[legal].folded))) {
      continue;
    }
    // "die Kessler Bau GmbH & Co. KG": a legal form of two, joined by "& Co.", ends the name.
    const std::size_t last = legal;
    if (legal_form && legal >= 4 && s.tokens[legal - 1].text == "Co." && s.tokens[legal - 2].text == "&" &&
        Lexicons::IsLegalForm(s.tokens[legal - 3].text)) {
      legal -= 3;
    }
    std::size_t first = legal;
    // Up to four name words before a legal form, one before a company word ("des Konkurrenten
    // Nordwind Capital"), two after a noun introducing a firm, a place's name among them ("des
    // Zulieferers Kessel Drive Systems", "die Firma Elbe Aqua Systems"); an introducing noun
    // ("die Firma ..."), a role or a meeting word ends the name.
    const bool introduced_pair = !legal_form && legal >= 3 && info[legal - 3].org_noun && info[legal - 2].upper &&
                                 !info[legal - 2].function;
    const std::size_t longest = legal_form ? 4 : introduced_pair ? 2 : 1;
    while (first > 0 && legal - first < longest) {
      // "die Kessler Hoch- und Tiefbau GmbH": a truncated word joined by "und" is the name's.
      if (legal_form && first >= 2 && info[first - 1].folded == "und" && s.tokens[first - 2].text.size() > 2 &&
          s.tokens[first - 2].text.ends_with("-") && info[first - 2].upper) {
        first -= 2;
        continue;
      }
      // "Windkraft Ohmtal GmbH": a valley's name is a name word, the bare noun ("Tal") is not.
      // So is one before a company word ("Saaletal Solarwerke").
      const bool place_noun = info[first - 1].place_noun && lex_.IsListedPlaceNoun(info[first - 1].folded);
      if (!info[first - 1].upper || info[first - 1].function || lex_.MatchRole(s.tokens[first - 1].text) ||
          info[first - 1].org_noun || place_noun || lex_.FindTrigger(s.tokens[first - 1].text) ||
          IsTimeWord(s, info, first - 1) ||
          (first < legal && IsTownAdjective(s.tokens[first - 1].text, /*or_country=*/true) &&
           !IsWorksNoun(info[first].folded)) ||
          (!legal_form && !introduced_pair && NamesAKnownPlace(s.tokens[first - 1].text))) {
        break;
      }
      --first;
    }
    if (first < legal) out.push_back(SpanCandidate(s, first, last + 1, EntityType::Organization, 75));
    legal = last;
  }
  // "die Reederei Brandt & Söhne", "der Verband Heim & Hof": two names joined by "&" are one
  // firm's or body's ("& Co." ends a legal form, above).
  for (std::size_t amp = 1; amp + 1 < s.tokens.size(); ++amp) {
    if (s.tokens[amp].text != "&" || s.tokens[amp + 1].text == "Co.") continue;
    const std::size_t left = amp - 1, right = amp + 1;
    if (!info[left].upper || info[left].function || info[left].org_noun || !info[right].upper ||
        info[right].function || !info[right].word || !info[left].word) {
      continue;
    }
    // "Haus & Grund Bayern": a region after it names the branch.
    std::size_t end = right + 1;
    if (end < s.tokens.size() && info[end].upper && !info[end].function) {
      const NamedThing* known = lex_.FindName(Lexicons::PhraseKey({std::string_view(s.tokens[end].text)}));
      if (known && known->type == EntityType::Place) ++end;
    }
    out.push_back(SpanCandidate(s, left, end, EntityType::Organization, 75));
  }
}

void RuleRecognizer::SettleSwissDateline(const text::Sentence& s, const std::vector<TokenInfo>& info,
                                         std::vector<Candidate>& cands) const {
  // "Wettingen AG (Keystone-SDA) -", "Uster ZH (SDA)": the town of a Swiss dateline with its
  // canton's code ("AG" is Aargau, which no finder may read as a company's legal form).
  std::size_t canton = 1;
  while (canton < s.tokens.size() && canton < 4 && info[canton].upper &&
         !text::IsSwissCantonCode(s.tokens[canton].text)) {
    ++canton;
  }
  if (canton + 2 >= s.tokens.size() || !text::IsSwissCantonCode(s.tokens[canton].text) ||
      s.tokens[canton + 1].text != "(" ||
      info[canton + 2].folded.find("sda") == std::string::npos) {
    return;
  }
  std::erase_if(cands, [&](const Candidate& c) { return c.first <= canton && canton < c.last; });
  cands.push_back(SpanCandidate(s, 0, canton, EntityType::Place, 75));
}

void RuleRecognizer::SettleCapitalDateline(const text::Article& article, const text::Sentence& s,
                                           std::vector<Candidate>& cands) {
  if (s.tokens.size() != 2 || s.tokens[1].text != "." || !article.OpensParagraph(s)) return;
  const std::string& town = s.tokens[0].text;
  if (text::CodePointCount(town) < 3 || !text::IsAllUpper(town)) return;
  cands.clear();
  Candidate c = SpanCandidate(s, 0, 1, EntityType::Place, 75);
  // Named as the town is written elsewhere: "SANKT-JAKOB" -> "Sankt-Jakob".
  std::size_t part = 0;
  while (part < town.size()) {
    std::size_t end = town.find('-', part);
    if (end == std::string::npos) end = town.size();
    c.canonical += Capitalized(std::string_view(town).substr(part, end - part));
    if (end < town.size()) c.canonical += '-';
    part = end + 1;
  }
  cands.push_back(std::move(c));
}

void RuleRecognizer::SettleAgencyDateline(const text::Article& article, const text::Sentence& s,
                                          const std::vector<TokenInfo>& info, std::vector<Candidate>& cands) {
  // "Haldenbeck (dpa/lnw) -", "Kessel Loose (dpa) -", "Bad Kesselbrunn am See (APA) -": up to
  // five words, capitalized but for the small words of a town's name, then an agency in
  // brackets and a dash. A place the other finders read there already is kept.
  const std::size_t n = s.tokens.size();
  std::size_t open = 0;
  while (open < n && open < 6 && s.tokens[open].text != "(") ++open;
  if (open == 0 || open >= n || open == 6 || !article.OpensParagraph(s)) return;
  for (std::size_t k = 0; k < open; ++k) {
    const std::string& w = info[k].folded;
    const bool small = w == "am" || w == "an" || w == "der" || w == "im" || w == "ob" || w == "auf" || w == "bei" ||
                       w == "in" || w == "unter" || w == "vor" || w == "dem";
    const bool edge = k == 0 || k + 1 == open;  // the first and the last word are capitalized
    if (edge ? !info[k].upper || info[k].function : !info[k].upper && !small) return;
  }
  // The agencies: single words, joined by "/" ("dpa/lnw"), not a party's words ("Freie Wähler").
  std::size_t close = open + 1;
  while (close < n && close < open + 6 && s.tokens[close].text != ")") {
    if (close > open + 1 && s.tokens[close].text != "/" && s.tokens[close - 1].text != "/") return;
    ++close;
  }
  if (close == open + 1 || close + 1 >= n || s.tokens[close].text != ")") return;
  if (!IsDash(s.tokens[close + 1].text)) return;
  // "Gamsried VS (sda) -": a Swiss town's canton code is no part of its name.
  std::size_t end = open;
  if (end > 1 && text::IsSwissCantonCode(s.tokens[end - 1].text)) --end;
  for (const Candidate& c : cands) {
    // A place read there already; a person with a party in brackets ("Kreisrat Max Ott (SPD) -").
    if (c.first == 0 && c.type == EntityType::Place) return;
    if (c.first < open && c.type == EntityType::Person && c.last - c.first >= 2) return;
  }
  std::erase_if(cands, [&](const Candidate& c) { return c.first < open; });
  cands.push_back(SpanCandidate(s, 0, end, EntityType::Place, 75));
}

namespace {

// Nouns of institutions whose names go on with a genitive ("Verband der ...").
bool IsInstitutionNoun(std::string_view folded) {
  static constexpr std::string_view kStems[] = {
      "verein",     "verband",   "vereinigung", "konferenz", "koalition", "komitee",
      "kommission", "kammer",    "akademie",    "stiftung",  "institut",  "bataillon",
      "allianz",    "bündnis",   "arbeitsgemeinschaft", "gewerkschaft", "organisation", "zentralrat",
      "ausschuss", "bund"};
  for (std::string_view stem : kStems) {
    if (folded.ends_with(stem)) return true;
  }
  return false;
}

// Nouns of authorities whose names go on with "für" and their remit: "Bundesamt für Migration
// und Flüchtlinge", "Ministerium für Wirtschaft, Arbeit und Tourismus", "Handwerkskammer für
// Oberfranken", "Ausschuss für Kultur", "Weltorganisation für Seefahrt"; also several of a kind
// ("die Landesämter für Umwelt").
bool IsAuthorityNoun(std::string_view folded) {
  for (std::string_view stem : {"ministerium", "ministerien", "amt", "ämter", "anstalt", "agentur", "sekretariat",
                                "behörde", "behörden", "zentrale", "institut", "gericht", "museum", "zentrum",
                                "stiftung", "akademie", "departement", "universität", "hochschule", "komitee",
                                "kammer", "kammern", "ausschuss", "kommission", "beirat", "organisation"}) {
    if (folded.ends_with(stem)) return true;
  }
  return false;
}

}  // namespace

bool RuleRecognizer::NamesAParliament(const std::string& word) const {
  for (const std::string& form : {word, NominativeOfGenitive(word)}) {
    const EntityType* venue = lex_.VenueType(text::FoldForMatch(form));
    const NamedThing* thing = lex_.FindName(Lexicons::PhraseKey({form}));
    if ((venue && *venue == EntityType::Organization && !text::FoldForMatch(form).ends_with("ausschuss")) ||
        (thing && thing->kind == "parliament")) {
      return true;
    }
  }
  return false;
}

void RuleRecognizer::FindInstitutionNames(const text::Sentence& s, const std::vector<TokenInfo>& info,
                                          std::vector<Candidate>& out) const {
  const std::size_t n = s.tokens.size();
  for (std::size_t head = 1; head + 2 < n; ++head) {
    // Cheap tests first: most nouns after an article are followed by no genitive article.
    if (!info[head].upper || info[head].function) continue;
    const std::string& next = info[head + 1].folded;
    if (next.size() != 3 || next[0] != 'd' || (next != "der" && next != "des")) continue;
    // "der Großen Halle des Volkes", "die Baltische Akademie der Künste": a building's or an
    // institution's name may open with a capitalized adjective.
    const std::string& before = info[head - 1].folded;
    const bool adjective = head >= 2 && info[head - 1].upper && !info[head - 1].function && before.size() >= 5 &&
                           (before.ends_with("en") || before.ends_with("e") || before.ends_with("er") ||
                            before.ends_with("es")) &&
                           !lex_.IsFirstName(s.tokens[head - 1].text);
    const std::string& article = info[head - (adjective ? 2 : 1)].folded;
    const bool genitive = article == "des" || article == "eines";
    const bool determiner = genitive || article == "der" || article == "die" || article == "dem" || article == "den" ||
                            article == "das" || article == "einer" || article == "einem" || article == "eine" ||
                            article == "ein" || article == "im";
    if (!determiner) continue;
    const std::string nominative = genitive ? NominativeOfGenitive(s.tokens[head].text) : s.tokens[head].text;
    const std::string head_folded = text::FoldForMatch(nominative);
    // "im Haus der Architekten", "in der Großen Halle des Volkes": a building named so.
    const bool building = head_folded == "haus" || head_folded == "halle";
    if (!IsInstitutionNoun(head_folded) && !building) continue;
    // A building's adjective is declined ("der Großen Halle"); an institution's may be any
    // adjective's form, but not a name the lexicon knows ("die Kessler Akademie der ...").
    if (adjective && building && !before.ends_with("en")) continue;
    if (adjective && !building && lex_.FindName(Lexicons::PhraseKey({s.tokens[head - 1].text}))) continue;
    // A meeting is no institution ("einer Videokonferenz der Koalition"); a standing
    // "Konferenz der Kantonsregierungen" is.
    if (head_folded != "konferenz" && lex_.FindTrigger(s.tokens[head].text)) continue;
    // Nor a press conference ("bei der Jahrespressekonferenz des Gerichts").
    if (head_folded.ends_with("pressekonferenz")) continue;
    // Up to two adjectives, then the capitalized noun that says whose: "der deutschen Wirtschaft".
    std::size_t k = head + 2;
    while (k < n && k < head + 4 && !info[k].upper && info[k].word && !info[k].function &&
           (info[k].folded.ends_with("en") || info[k].folded.ends_with("er"))) {
      ++k;
    }
    if (k >= n || !info[k].upper || info[k].function || lex_.IsFirstName(s.tokens[k].text) ||
        IsTimeWord(s, info, k) || lex_.MatchRole(s.tokens[k].text)) {
      continue;
    }
    // A capitalized adjective goes on to its noun: "der Chemischen Industrie", "der Deutschen
    // Industrie", "der Nationalen Akademie".
    const std::string_view adj = info[k].folded;
    // So does a town's, a region's or a country's: "der Wiener Ordensspitäler", "der Schweizer
    // Uhrenindustrie", "der Hohenloher Obstbauern" (a place's "-er" adjective before a noun).
    // ("der Freien Wohlfahrtspflege": any capitalized adjective in "-en".)
    if (k + 1 < n && info[k + 1].upper && !info[k + 1].function && !lex_.IsFirstName(s.tokens[k + 1].text) &&
        (adj.ends_with("schen") || adj.ends_with("sche") || (adj.ends_with("en") && adj.size() >= 5) ||
         (adj.ends_with("er") && adj.size() >= 6) || IsTownAdjective(s.tokens[k].text, /*or_country=*/true))) {
      ++k;
    }
    if (LookupPhrase(info, head, k + 1)) continue;  // known by name: the lexicon reads it
    // "zu einer Konferenz der Weltbankorganisation": a conference of a body is its meeting, and
    // the body is named alone.
    if (head_folded == "konferenz" &&
        (IsInstitutionNoun(info[k].folded) || IsAuthorityNoun(info[k].folded) || LookupPhrase(info, head + 2, k + 1))) {
      continue;
    }
    // "im Innenausschuss des Landtags", "der Bauausschuss des Gemeinderats": a parliament's
    // committee is a body of its own, read alone (FindVenues), beside its parliament.
    if (head_folded.ends_with("ausschuss") && NamesAParliament(s.tokens[k].text)) continue;
    // "der Großen Halle": a capitalized adjective before the building is part of its name.
    std::size_t first = head;
    std::string canonical = nominative;
    if (adjective && building) {
      // In the nominative: "Große Halle", "Großes Haus".
      const std::string& written = s.tokens[head - 1].text;
      first = head - 1;
      canonical = written.substr(0, written.size() - 1) + (head_folded == "haus" ? "s " : " ") + nominative;
    }
    for (std::size_t q = head + 1; q <= k; ++q) canonical += " " + s.tokens[q].text;
    if (adjective && !building) {
      // Not a committee's ("Ständiger Ausschuss der Konvention"), a part of a body named after
      // it ("Internationale Akademie des BfN", "Technisches Institut der Universität Ulm"), nor
      // a name that runs on ("Nationale Akademie der Künste Kesselbach"): other readings take those.
      if (head_folded.ends_with("ausschuss") || text::IsAcronym(s.tokens[k].text) ||
          IsInstitutionNoun(info[k].folded) || IsAuthorityNoun(info[k].folded) ||
          (k + 1 < n && info[k + 1].upper && !info[k + 1].function)) {
        continue;
      }
      // "der Baltischen Akademie der Künste": the adjective declined with its article.
      first = head - 1;
      std::vector<std::string> words;
      for (std::size_t q = first; q <= k; ++q) words.push_back(s.tokens[q].text);
      canonical = NominativeOfName(words, article);
    }
    Candidate c = SpanCandidate(s, first, k + 1, building ? EntityType::Place : EntityType::Organization, 60);
    c.canonical = canonical;
    out.push_back(std::move(c));
  }
  // "das Sportamt des Kantons Zürich": an office of a canton's administration, named with it
  // (not a German district's, "Landratsamt des Landkreises Celle", whose district is wanted alone).
  for (std::size_t head = 1; head + 3 < n; ++head) {
    // Asked of every word: the rare "Kantons" two words on first, by its length.
    const std::string& canton = s.tokens[head + 2].text;
    if (canton.size() != 7 || canton != "Kantons") continue;
    const std::string& noun = info[head].folded;
    if (!info[head].upper || noun.size() < 7 || !noun.ends_with("amt") || noun.ends_with("ehrenamt") ||
        info[head + 1].folded != "des" ||
        (!IsDefiniteArticle(info[head - 1].folded) && info[head - 1].folded != "beim" &&
         info[head - 1].folded != "vom" && info[head - 1].folded != "im")) {
      continue;
    }
    const NamedThing* place = lex_.FindName(Lexicons::PhraseKey({s.tokens[head + 3].text}));
    if (!place || place->type != EntityType::Place || place->is_country) continue;
    if (head + 4 < n && info[head + 4].upper && !info[head + 4].function) continue;
    Candidate c = SpanCandidate(s, head, head + 4, EntityType::Organization, 60);
    c.canonical = s.tokens[head].text + " des " + s.tokens[head + 2].text + " " + place->canonical;
    out.push_back(std::move(c));
  }
  // A chamber's or a university's seat after "zu", a town the lexicon knows: "die
  // Handwerkskammer zu Ulm", "der Universität zu Kiel".
  for (std::size_t head = 1; head + 2 < n; ++head) {
    if (info[head + 1].folded.size() != 2 || info[head + 1].folded != "zu" || !info[head].upper ||
        info[head].function || !info[head + 2].upper) {
      continue;
    }
    const std::string& noun = info[head].folded;
    if (!noun.ends_with("kammer") && !noun.ends_with("universität") && !noun.ends_with("hochschule") &&
        !noun.ends_with("akademie")) {
      continue;
    }
    if (!IsDefiniteArticle(info[head - 1].folded) && info[head - 1].folded != "zur") continue;
    const NamedThing* town = lex_.FindName(Lexicons::PhraseKey({s.tokens[head + 2].text}));
    if (!town || town->type != EntityType::Place || town->is_country) continue;
    Candidate c = SpanCandidate(s, head, head + 3, EntityType::Organization, 60);
    c.canonical = s.tokens[head].text + " zu " + s.tokens[head + 2].text;
    out.push_back(std::move(c));
  }
  // Without an article, a genitive plural's adjective: "Stiftung Preußischer Kulturbesitz",
  // "des Bundesverbands Deutscher Galerien und Kunsthändler".
  for (std::size_t head = 0; head + 2 < n; ++head) {
    if (!info[head].upper || info[head].function || !info[head + 1].upper || info[head + 1].function) continue;
    const std::string& adjective = info[head + 1].folded;
    if (!adjective.ends_with("er") || adjective.size() < 6) continue;
    // The noun as written ("Stiftung") or, after "des", its genitive's nominative ("Bundesverbands").
    const bool genitive = head > 0 && (info[head - 1].folded == "des" || info[head - 1].folded == "eines");
    if (!IsInstitutionNoun(info[head].folded) &&
        !(genitive && IsInstitutionNoun(text::FoldForMatch(NominativeOfGenitive(s.tokens[head].text))))) {
      continue;
    }
    const std::string nominative = IsInstitutionNoun(info[head].folded) ? s.tokens[head].text
                                                                        : NominativeOfGenitive(s.tokens[head].text);
    // The nouns: one, or two joined by "und" ("Galerien und Kunsthändler").
    std::size_t k = head + 2;
    if (!info[k].upper || info[k].function || lex_.IsFirstName(s.tokens[k].text)) continue;
    if (k + 2 < n && info[k + 1].folded == "und" && info[k + 2].upper && !info[k + 2].function) k += 2;
    if (LookupPhrase(info, head, k + 1)) continue;  // known by name: the lexicon reads it
    Candidate c = SpanCandidate(s, head, k + 1, EntityType::Organization, 60);
    c.canonical = nominative;
    for (std::size_t q = head + 1; q <= k; ++q) c.canonical += " " + s.tokens[q].text;
    out.push_back(std::move(c));
  }
}

void RuleRecognizer::FindAuthorityNames(const text::Sentence& s, const std::vector<TokenInfo>& info,
                                        std::vector<Candidate>& out) const {
  const std::size_t n = s.tokens.size();
  for (std::size_t head = 0; head + 2 < n; ++head) {
    // Asked of every word: the flags and the length first ("für" is four bytes).
    if (!info[head].upper || info[head].function) continue;
    // A Swiss department names its remit without "für": "das Departement Bau, Verkehr und Umwelt".
    const bool department = info[head].folded == "departement" || info[head].folded == "departements";
    if (!department && (info[head + 1].folded.size() != 4 || info[head + 1].folded != "für")) continue;
    // "des Bundesamtes für ...": the genitive's nominative names it.
    const std::string nominative = IsAuthorityNoun(info[head].folded) ? s.tokens[head].text
                                                                      : NominativeOfGenitive(s.tokens[head].text);
    if (!IsAuthorityNoun(text::FoldForMatch(nominative))) continue;
    const std::size_t remit = department && info[head + 1].folded != "für" ? head + 1 : head + 2;
    // "ein Institut für Robotik" is one of its kind, not a name; "warb bei der Bundesnetzagentur
    // für strengere Regeln": a name the lexicon knows whole takes no remit.
    if (head > 0 && info[head - 1].folded.starts_with("ein")) continue;
    if (lex_.FindName(Lexicons::PhraseKey({std::string_view(nominative)}))) continue;
    // The remit: nouns, each maybe after lower-case adjectives ("wirtschaftliche
    // Zusammenarbeit"), joined by commas and "und"; it ends with a noun.
    std::size_t end = remit;  // one past the last noun taken
    for (std::size_t k = remit; k < n && k < head + 12;) {
      std::size_t q = k;
      // (After a comma the next noun follows at once: ", sagte gegenüber X" is no remit.)
      while (q < n && (q == remit || s.tokens[q - 1].text != ",") && !info[q].upper && info[q].word &&
             !info[q].function &&
             (info[q].folded.ends_with("e") || info[q].folded.ends_with("en") || info[q].folded.ends_with("er") ||
              (info[q].folded.ends_with("es") && info[q].folded.size() >= 5))) {  // "für geistiges Eigentum"
        ++q;
      }
      if (q >= n || !info[q].upper || info[q].function || lex_.IsFirstName(s.tokens[q].text) ||
          IsTimeWord(s, info, q) || lex_.MatchRole(s.tokens[q].text)) {
        break;
      }
      end = q + 1;
      // "für Angewandte Wissenschaften": a capitalized adjective before its noun.
      const std::string& item = info[q].folded;
      if (end < n && info[end].upper && !info[end].function && !IsTimeWord(s, info, end) &&
          (item.ends_with("e") || item.ends_with("en")) && !lex_.FindName(Lexicons::PhraseKey({s.tokens[end].text}))) {
        ++end;
      }
      if (end < n && (s.tokens[end].text == "," || info[end].folded == "und")) {
        k = end + 1;
      } else {
        break;
      }
    }
    if (end == remit) continue;
    // "Organisation für Zusammenarbeit im Nordseeraum (OZN)": where it works is the name's
    // when its short form follows.
    if (end + 2 < n && (info[end].folded == "im" || info[end].folded == "in")) {
      // "im Nordseeraum", "in Europa", "in der Nordsee".
      const std::size_t where = end + (info[end].folded == "in" && info[end + 1].folded == "der" ? 2 : 1);
      if (where + 1 < n && info[where].upper && !info[where].function && s.tokens[where + 1].text == "(") {
        end = where + 1;
      }
    }
    // "Museum für Völkerkunde Wendelstadt": the town after the remit is the name's.
    if (end < n && info[end].upper && !info[end].function && (end + 1 >= n || !info[end + 1].upper)) {
      const NamedThing* town = lex_.FindName(Lexicons::PhraseKey({s.tokens[end].text}));
      if ((town && town->type == EntityType::Place && !town->is_country) ||
          (!town && !lex_.IsFirstName(s.tokens[end].text) && !lex_.MatchRole(s.tokens[end].text) &&
           !lex_.FindTrigger(s.tokens[end].text) && !IsTimeWord(s, info, end))) {
        ++end;
      }
    }
    // Known by a shorter name ("Bundesministerium für Wirtschaft"): the lexicon reads it.
    if (LookupPhrase(info, head, head + 3)) continue;
    // "im Internationalen Komitee für ...": a capitalized adjective after the article is the name's.
    std::size_t first = head;
    if (head >= 2 && info[head - 1].upper && !info[head - 1].function && IsDefiniteArticle(info[head - 2].folded) &&
        (info[head - 1].folded.ends_with("en") || info[head - 1].folded.ends_with("es") ||
         info[head - 1].folded.ends_with("e") || info[head - 1].folded.ends_with("er")) &&
        !lex_.FindName(Lexicons::PhraseKey({std::string_view(s.tokens[head - 1].text)}))) {
      first = head - 1;
    }
    Candidate c = SpanCandidate(s, first, end, EntityType::Organization, 60);
    c.canonical = first < head ? NominativeOfName({s.tokens[first].text, nominative}, info[first - 1].folded)
                               : nominative;
    for (std::size_t q = head + 1; q < end; ++q) c.canonical += (s.tokens[q].text == "," ? "" : " ") + s.tokens[q].text;
    out.push_back(std::move(c));
  }
}

void RuleRecognizer::FindEllipsisNames(const text::Sentence& s, const std::vector<TokenInfo>& info,
                                       std::vector<Candidate>& out) const {
  const std::size_t n = s.tokens.size();
  for (std::size_t j = 0; j + 2 < n; ++j) {
    // Asked of every word: the hyphen at its end first.
    const std::string& truncated = s.tokens[j].text;
    if (truncated.size() < 3 || truncated.back() != '-' || !info[j].upper) continue;
    if (info[j + 1].folded != "und" || !info[j + 2].upper || info[j + 2].function) continue;
    // The body's noun, as written or in the genitive ("Markenamts", "Kanubunds"); not a kind of
    // building ("das Kultur- und Kongresszentrum").
    const std::optional<std::size_t> cut = GenitiveCut(info[j + 2].folded, [](std::string_view folded) {
      return (IsInstitutionNoun(folded) || IsAuthorityNoun(folded) || IsRegionalBody(folded)) &&
             !folded.ends_with("zentrum") && !folded.ends_with("museum");
    });
    if (!cut) continue;
    const std::string& written = s.tokens[j + 2].text;
    const std::string nominative = written.substr(0, written.size() - *cut);
    // A capitalized adjective before it is the name's: "Deutsches", "Bayerischen".
    std::size_t first = j;
    if (j >= 2 && info[j - 1].upper && !info[j - 1].function && IsDefiniteArticle(info[j - 2].folded) &&
        (info[j - 1].folded.ends_with("e") || info[j - 1].folded.ends_with("en") ||
         info[j - 1].folded.ends_with("er") || info[j - 1].folded.ends_with("es"))) {
      first = j - 1;
    } else if (j == 0 || !IsDefiniteArticle(info[j - 1].folded)) {
      continue;  // "der Innen- und Rechtsausschuss": an article opens the name
    }
    std::vector<std::string> words;
    for (std::size_t k = first; k < j + 2; ++k) words.emplace_back(s.tokens[k].text);
    words.push_back(nominative);
    std::string canonical = NominativeOfName(words, first > 0 ? info[first - 1].folded : "");
    // "Industrie- und Handelskammer zu Kassel", "Bob- und Schlittenverband für Deutschland".
    std::size_t end = j + 3;
    if (end + 1 < n && (info[end].folded == "zu" || info[end].folded == "für") && info[end + 1].upper &&
        !info[end + 1].function) {
      canonical += " " + s.tokens[end].text + " " + s.tokens[end + 1].text;
      end += 2;
    } else if (const std::size_t dash = end < n ? s.tokens[end].text.find('-') : std::string::npos;
               dash != std::string::npos && dash > 0 && info[end].upper &&
               lex_.FindName(Lexicons::PhraseKey({s.tokens[end].text.substr(0, dash)}))) {
      // "Industrie- und Handelskammer Ulm-Alb-Grafschaft Lindau": the region its name joins
      // from places, a county's or a land's last one with its own name.
      canonical += " " + s.tokens[end].text;
      const std::string_view tail = std::string_view(info[end].folded).substr(info[end].folded.rfind('-') + 1);
      ++end;
      if ((tail == "grafschaft" || tail == "land" || tail == "landkreis" || tail == "kreis") && end < n &&
          info[end].upper && !info[end].function) {
        canonical += " " + s.tokens[end].text;
        ++end;
      }
    } else {
      // "Wasserstraßen- und Schifffahrtsamt Nord-Kanal", "Wasser- und Bodenverband Hohe Marsch":
      // up to two name words after the noun (not a person's, a role's or a time's).
      const std::size_t from = end;
      while (end < n && end < from + 2 && ContinuesABodysName(s, info, end) && info[end].word &&
             !lex_.IsFirstName(s.tokens[end].text)) {
        canonical += " " + s.tokens[end].text;
        ++end;
      }
    }
    Candidate c = SpanCandidate(s, first, end, EntityType::Organization, 65);
    c.canonical = std::move(canonical);
    out.push_back(std::move(c));
    j = end - 1;
  }
}

namespace {

// "09", "1898": a club's founding year after its name (not a year of this century, "der FC Ulm
// 2024").
bool IsFoundingYear(std::string_view year) {
  const bool digits =
      !year.empty() && std::all_of(year.begin(), year.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
  return digits && (year.size() == 2 || (year.size() == 4 && (year.starts_with("18") || year.starts_with("19"))));
}

// "Schachclub", "Turnverein", "Naturfreunde": a club's compound noun, a sport or pastime before
// "club", "verein" or "freunde" (not "Förderverein", whose name says whom it supports).
bool IsClubCompound(std::string_view folded) {
  for (std::string_view kind : {"sport", "turn", "schach", "ruder", "segel", "tennis", "ski", "schwimm", "kegel",
                                "schützen", "reit", "golf", "kanu", "natur", "wander", "heimat", "musik", "gesang",
                                "karneval", "fußball", "hand", "volley", "tisch", "rad", "motor", "kletter", "angel"}) {
    if (folded.starts_with(kind)) return true;
  }
  return false;
}

}  // namespace

void RuleRecognizer::FindClubNames(const text::Sentence& s, const std::vector<TokenInfo>& info,
                                   std::vector<Candidate>& out) const {
  static constexpr std::string_view kAbbreviations[] = {
      "FC",  "VfB", "VfL", "SV",  "TSV", "SpVgg", "SC",  "TSG", "FSV", "SSV", "FFC", "HSV", "BSC", "SG",  "TC",
      "TuS", "DJK", "VfR", "ESV", "PSV", "TSC",   "ASV", "KSV", "BSV", "RSV", "WSV", "USV", "SuS", "TuRa",
      "MSC", "MC",  "AC",  "RC",  "TG"};
  for (std::size_t i = 0; i + 1 < s.tokens.size(); ++i) {
    const std::string_view word = s.tokens[i].text;
    if (word.size() < 2 || word.size() > 5 || word[0] < 'A' || word[0] > 'Z') continue;  // most words, at a glance
    const bool club = std::find(std::begin(kAbbreviations), std::end(kAbbreviations), word) != std::end(kAbbreviations);
    if (!club) continue;
    // "wegen MSC Ladung": an abstract noun after it is no club's name (the shipping line's cargo).
    if (EndsLikeAnAbstractNoun(info[i + 1].folded)) continue;
    // Up to three name words; a role or a meeting word ends the name.
    std::size_t end = i + 1;
    while (end < s.tokens.size() && end < i + 4 && ContinuesABodysName(s, info, end)) {
      ++end;
    }
    // "FFC Hegau 09", "SV Kesselbach 1898": the founding year closes the name (not a year of
    // this century, "der FC Ulm 2024").
    if (end < s.tokens.size() && end > i + 1 && IsFoundingYear(s.tokens[end].text)) ++end;
    if (end > i + 1) out.push_back(SpanCandidate(s, i, end, EntityType::Organization, 75));
  }
  // "der Ruderclub Undine 1884", "die Kegelfreunde Kesselbach": a club's compound noun and its
  // name, closed by a founding year or a known town ("hat der Sportverein Spenden gesammelt"
  // names none).
  for (std::size_t i = 0; i + 2 < s.tokens.size(); ++i) {
    const std::string_view noun = info[i].folded;
    // Asked of every word: its length and last letter first.
    if (!info[i].upper || noun.size() < 8 || (noun.back() != 'b' && noun.back() != 'n' && noun.back() != 'e') ||
        !text::EndsWithAny(noun, {"club", "klub", "verein", "freunde"})) {
      continue;
    }
    if (!IsClubCompound(noun)) continue;
    std::size_t end = i + 1;
    while (end < s.tokens.size() && end < i + 4 && ContinuesABodysName(s, info, end) &&
           !EndsLikeAnAbstractNoun(info[end].folded)) {
      ++end;
    }
    if (end == i + 1) continue;
    const NamedThing* town = lex_.FindName(Lexicons::PhraseKey({s.tokens[end - 1].text}));
    const bool closed_by_town = town && town->type == EntityType::Place && !town->is_country;
    const bool closed_by_year = end < s.tokens.size() && IsFoundingYear(s.tokens[end].text);
    if (!closed_by_town && !closed_by_year) continue;
    if (closed_by_year) ++end;
    // "der Ulmer Schachverein Rochade 1990": the town's adjective describes the club and goes
    // with it, but is no part of its name.
    const bool described = i > 0 && info[i - 1].upper && IsTownAdjective(s.tokens[i - 1].text);
    Candidate c = SpanCandidate(s, described ? i - 1 : i, end, EntityType::Organization, 75);
    c.canonical = s.tokens[i].text;
    for (std::size_t q = i + 1; q < end; ++q) c.canonical += " " + s.tokens[q].text;
    out.push_back(std::move(c));
  }
}

void RuleRecognizer::FindTaggedNames(const text::Sentence& s, const std::vector<TokenInfo>& info,
                                     std::vector<Candidate>& out) const {
  if (!tagger_ || s.tokens.empty()) return;
  std::vector<std::string> words;
  words.reserve(s.tokens.size());
  for (const auto& t : s.tokens) words.push_back(t.text);
  std::vector<std::string> tags = tagger_->Tag(words);
  for (std::size_t i = 0; i < tags.size();) {
    if (tags[i].size() < 3 || tags[i][0] != 'B') {
      ++i;
      continue;
    }
    std::string type = tags[i].substr(2);
    std::size_t end = i + 1;
    const std::string inside = "I-" + type;
    while (end < tags.size() && tags[end] == inside) ++end;
    EntityType et = EntityType::Person;
    bool ok = true;
    if (type == "PER") et = EntityType::Person;
    else if (type == "LOC") et = EntityType::Place;
    else if (type == "ORG") et = EntityType::Organization;
    else ok = false;
    // "Bad Ostheim", also tagged as two places or as the town alone: a spa town's name.
    if (s.tokens[i].text == "Bad" && end == i + 1 && end < tags.size() && tags[end].starts_with("B-")) {
      const std::string next_inside = "I-" + tags[end].substr(2);
      for (++end; end < tags.size() && tags[end] == next_inside;) ++end;
      type = "LOC";
    }
    if (type == "LOC" && i > 0 && s.tokens[i - 1].text == "Bad" && tags[i - 1] == "O") --i;
    std::size_t start = i;
    // Titles, role nouns and place or organization nouns introduce a name but are not part of
    // it: "Herr Peskow", "Kanton Tessin", "Nachrichtenagentur Interfax".
    // A town's adjective before such a noun goes with it: "der Ulmer Uhrenhersteller Kessel AG"
    // ("Deutscher Gewerkschaftsbund", "Bayerischer Rundfunk" are names).
    while (ok && start + 1 < end &&
           (Lexicons::IsAcademicTitle(s.tokens[start].text) || IsTitleWord(info[start].folded) ||
            lex_.MatchRole(s.tokens[start].text) ||
            info[start].place_noun || info[start].org_noun ||
            (start + 2 < end && info[start].folded.ends_with("er") && !info[start].folded.ends_with("ischer") &&
             (info[start + 1].org_noun || info[start + 1].place_noun) && !NamesStateOrRegion(s.tokens[start].text)) ||
            // "der Kasseler Voltara GmbH": a town's adjective before a company's name.
            (start + 2 < end && Lexicons::IsLegalForm(s.tokens[end - 1].text) &&
             IsTownAdjective(s.tokens[start].text) && !IsWorksNoun(info[start + 1].folded)))) {
      ++start;
    }
    // "der Stahlkonzern Corvella Steel", "im Nachbarort Horní Lhota": a name the tagger took for a
    // person's is of the kind its noun introduces, unless a given name opens it.
    if (ok && et == EntityType::Person && start > 0 && (info[start - 1].org_noun || info[start - 1].place_noun) &&
        !lex_.MatchRole(s.tokens[start - 1].text) && !IsTitleWord(info[start - 1].folded) &&
        !lex_.IsFirstName(s.tokens[start].text)) {
      et = info[start - 1].org_noun ? EntityType::Organization : EntityType::Place;
    }
    // "Klein Wanzhausen", "Groß Lindow", "Wendisch Rietz": a town named by a size or origin word
    // and a name; no German's given name is such a word.
    if (ok && et == EntityType::Person && start + 2 == end && IsTownPrefix(s.tokens[start].text)) {
      et = EntityType::Place;
    }
    // "die Bundesanstalt BAM Kirgistan bei ... beraten" tagged as a person: a name that ends in a
    // country's German name is nobody's.
    if (ok && et == EntityType::Person && end >= start + 2) {
      const NamedThing* last = LookupPhrase(info, end - 1, end);
      if (last && last->is_country) ok = false;
    }
    // "mit der Schweizer Bundesrätin" tagged as a body: an office's title alone names no one (a
    // chamber the lexicon knows by it, "der Bundesrat", is one).
    if (ok && start + 1 == end && lex_.MatchRole(s.tokens[start].text) && !LookupPhrase(info, start, end)) {
      ok = false;
    }
    // "das Holzwerk Brunner" tagged as a person: a trade's firm named by its family.
    if (ok && et == EntityType::Person && start + 2 == end && IsTradeFirmNoun(info[start].folded)) {
      et = EntityType::Organization;
    }
    // "die Inselbank Föhrum", "des Kreisbauernverbands Altland": a bank's, an association's or a
    // directorate's noun before a word the tagger reads as a place names the body's branch there.
    if (ok && et == EntityType::Place && start == i && start + 1 == end && start >= 2 && info[start - 1].upper &&
        !info[start - 1].function && IsDefiniteArticle(info[start - 2].folded)) {
      const bool genitive = info[start - 2].folded == "des";
      const std::string noun = genitive ? NominativeOfGenitive(s.tokens[start - 1].text) : s.tokens[start - 1].text;
      const std::string folded_noun = text::FoldForMatch(noun);
      const NamedThing* known = LookupPhrase(info, start, end);
      const bool association = folded_noun.ends_with("verband");
      if (IsBranchNoun(folded_noun) && (!known || !known->is_country || association)) {
        Candidate c = SpanCandidate(s, start - 1, end, EntityType::Organization, 45);
        c.canonical = noun + " " + s.tokens[start].text;
        out.push_back(std::move(c));
        i = end;
        continue;
      }
    }
    if (ok && start + 1 == end && (info[start].folded == "herr" || info[start].folded == "frau")) ok = false;
    // "Drei Gambier kamen", "der Russe" tagged as a place: a nation's people (not a
    // region's: "in Berne"), unless the state's name is the word ("Belize").
    if (ok && et == EntityType::Place && start + 1 == end) {
      const std::string* people = lex_.CountryOfDemonym(s.tokens[start].text);
      if (people && *people != s.tokens[start].text && lex_.CountryByName(*people)) ok = false;
    }
    // "in Thüringer Kitas", "an Kölner Schulen": a place's adjective and a noun right after a
    // preposition, with no article, are things of that place, no name ("im Thüringer Wald").
    if (ok && start + 2 == end && start > 0 && et != EntityType::Person && info[start].folded.ends_with("er") &&
        IsBarePreposition(info[start - 1].folded) &&
        (IsTownAdjective(s.tokens[start].text, true) || lex_.CountryOfAdjective(s.tokens[start].text))) {
      ok = false;
    }
    // "bei der Kesselbacher Bürgermeisterin": a town's adjective and an office, no name.
    // (Not a given name and a surname that is an office too: "Alexander Kaiser".)
    if (ok && start + 2 == end && info[start].upper && info[start].folded.ends_with("er") &&
        !lex_.IsFirstName(s.tokens[start].text) && lex_.MatchRole(s.tokens[start + 1].text)) {
      ok = false;
    }
    // "traf der Emir Vertreter der Wirtschaft", "die Landrätin sagte": an office after an article,
    // tagged as a person, is the title alone; the office's holder is told elsewhere.
    if (ok && et == EntityType::Person && start + 1 == end && start > 0 &&
        IsArticleOrContraction(info[start - 1].folded) && lex_.MatchRole(s.tokens[start].text)) {
      ok = false;
    }
    // "Landammann Beat Kessler", tagged as two persons, "Landrat Grote" with the surname untagged:
    // an office before a person's name is no name ("Kaiser sagte" may be a surname).
    if (ok && et == EntityType::Person && start + 1 == end && end < tags.size() && info[end].upper &&
        !info[end].function &&
        (tags[end] == "B-PER" || lex_.IsFirstName(s.tokens[end].text) ||
         (tags[end] == "O" && !LookupPhrase(info, end, end + 1) && !lex_.MatchRole(s.tokens[end].text) &&
          !IsTimeWord(s, info, end))) &&
        lex_.MatchRole(s.tokens[start].text)) {
      ok = false;
    }
    if (ok && start + 1 == end && et == EntityType::Organization && IsMembersTitle(s, start)) ok = false;
    // "übernimmt im Jänner Montenegro": a month before a name is no part of it.
    if (ok && start + 1 < end && text::MonthOfName(info[start].folded)) ++start;
    // "eine Million Menschen", "kostet Milliarden", "legte Zahlen vor": amounts, no names; nor
    // is a month ("Anfang Jänner").
    if (ok && (IsAmountNoun(info[start].folded) || (start + 1 == end && text::MonthOfName(info[start].folded)))) {
      ok = false;
    }
    // A span holding a meeting noun is an event, not a name: "Pariser Gipfel"; so is one ending
    // in a games' or a championship's noun ("Olympischen Spielen", "Europameisterschaft"; a
    // festival's company is one: "Andernacher Festspiele").
    for (std::size_t k = start; ok && k < end; ++k) {
      if (lex_.FindTrigger(s.tokens[k].text)) ok = false;
    }
    // "der Parlamentarische Staatssekretär", "Nationaler Sicherheitsberater": a role noun after
    // capitalized adjectives of the role is an office, not a name.
    if (ok && end > start + 1 && lex_.MatchRole(s.tokens[end - 1].text) &&
        std::all_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(start),
                    s.tokens.begin() + static_cast<std::ptrdiff_t>(end - 1),
                    [&](const text::Token& t) { return lex_.IsRoleModifier(t.text); })) {
      ok = false;
    }
    if (ok && end > start) {
      const std::string& last = info[end - 1].folded;
      if (((last.ends_with("spiele") || last.ends_with("spielen")) && last.find("festspiel") == std::string::npos) ||
          last.ends_with("meisterschaft") || last.ends_with("meisterschaften")) {
        ok = false;
      }
    }
    if (start == end) ok = false;
    if (ok && end == start + 1) {
      const std::string& w = s.tokens[start].text;
      // "Moskauer", "Berliner": adjectives of a place, not names.
      if (std::string_view(w).ends_with("er") && LookupPhrase(info, start, end) == nullptr) {
        std::string stem = w.substr(0, w.size() - 2);
        if (lex_.FindName(Lexicons::PhraseKey({stem}))) ok = false;
      }
      // "Ukraine-Deal": a compound on a known name is not itself a name.
      if (auto dash = w.find('-'); dash != std::string::npos &&
          lex_.FindName(Lexicons::PhraseKey({std::string_view(w).substr(0, dash)})) &&
          !LookupPhrase(info, start, end)) {
        ok = false;
      }
    }
    // "um die Löhne", "keine Halle", "vor jedem Derby": a town's name after an article is the
    // noun (as FindLexiconNames reads it).
    if (ok && et == EntityType::Place && end == start + 1 && AfterArticleAsNoun(s, info, start)) {
      const NamedThing* known = LookupPhrase(info, start, end);
      if (known && known->kind == "city") ok = false;
    }
    if (ok && et == EntityType::Person) {
      // "Putins Besuch": a genitive before its noun ends the name, as in NameRun (not right
      // after a role noun: "Präsident Gitanas Nausėda").
      bool after_role = start > 0 && lex_.MatchRole(s.tokens[start - 1].text);
      for (std::size_t k = start; k + 1 < end && !after_role; ++k) {
        const std::string& w = s.tokens[k].text;
        if (w.size() > 3 && std::string_view(w).ends_with("s") && !lex_.IsFirstName(w) && info[k + 1].upper) {
          end = k + 1;
          break;
        }
      }
      // "Königin Sonja von Norwegen": a state after "von" is the monarch's, no surname.
      if (end >= start + 3 && info[end - 2].folded == "von") {
        const NamedThing* known = lex_.FindName(Lexicons::FoldedPhraseKey({info[end - 1].folded}));
        if (known && known->is_country) end -= 2;
      }
      // "am Rand von Ulm", "im Süden von Ulm": a place after a noun of where; "die Rede von
      // Max Ott": no name opens with a noun after its article.
      if (start > 0 && start + 2 < end && IsNameParticle(info[start + 1].folded) &&
          NounPhraseOpens(info[start - 1].folded, lex_.IsFirstName(s.tokens[start].text))) {
        if (IsNounOfWhere(info[start].folded) && info[start + 1].folded == "von") {
          start += 2;
          et = EntityType::Place;
        } else {
          ok = false;
        }
      }
      // "Ottenbachs Bürgermeister X": a genitive before a town's office is the town's.
      if (end == start + 1 && end < s.tokens.size() && info[start].folded.ends_with('s') &&
          IsTownOffice(info[end].folded)) {
        et = EntityType::Place;
      }
      // Abstract nouns are no one's name ("Optimismus", "Regierung", "Sicherheit").
      std::string last = info[end - 1].folded;
      for (std::string_view suffix : {"ismus", "ung", "heit", "keit", "schaft", "tion", "tät",
                                      "nis", "tum", "ment", "enz", "anz"}) {
        if (last.size() > suffix.size() + 2 && std::string_view(last).ends_with(suffix)) ok = false;
      }
    }
    // An inflected adjective before a noun of time describes that noun: "der Grünen Woche",
    // "die Olympischen Tage" name no party and no games.
    if (ok && end < s.tokens.size() && IsTimeNoun(info[end].folded)) {
      const std::string& last = info[end - 1].folded;
      for (std::string_view ending : {"e", "en", "er", "es"}) {
        if (last.size() > ending.size() + 2 && std::string_view(last).ends_with(ending)) ok = false;
      }
    }
    i = start;
    // Only capitalized spans that do not start or end with a function word.
    if (ok && info[i].upper && !info[i].function && info[end - 1].word && !info[end - 1].function) {
      out.push_back(SpanCandidate(s, i, end, et, 30));
    }
    i = end;
  }
}

// Removes a genitive "s" when the article also writes the name without it.
std::string StripGenitive(const std::string& name, const std::set<std::string>& known) {
  if (name.size() > 3 && std::string_view(name).ends_with("s")) {
    std::string stem = name.substr(0, name.size() - 1);
    if (known.count(text::FoldForMatch(stem))) return stem;
  }
  return name;
}

namespace {

// "Saale-Orla", "Elbe-Elster": two capitalised names joined by a hyphen, as districts are named.
bool JoinsTwoNames(std::string_view word) {
  const auto hyphen = word.find('-');
  if (hyphen == std::string_view::npos || hyphen == 0 || hyphen + 1 >= word.size()) return false;
  if (word.find('-', hyphen + 1) != std::string_view::npos) return false;
  const std::string_view second = word.substr(hyphen + 1);
  return text::StartsUpper(word) && text::StartsUpper(second) && !text::IsAllUpper(word.substr(0, hyphen)) &&
         !text::IsAllUpper(second);
}


// The type of a name that an institution's or a building's noun opens before a place: the
// kinds named by their town ("Landgericht", "Weinbauverband"), and more ("Polizeiinspektion",
// "Beirat"; "Bürgerhaus", "Stadthalle"), if `folded` is one.
std::optional<EntityType> InstitutionBeforePlace(std::string_view folded) {
  if (IsTownInstitution(folded)) return EntityType::Organization;
  for (std::string_view stem : {"verband", "verein", "inspektion", "gruppe", "beirat", "elternrat", "klinik",
                                "krankenhaus", "brauerei", "direktion", "genossenschaft", "diözese", "landeskirche",
                                "theater", "polizei", "werft", "bank", "club", "klub", "initiative", "abteilung",
                                "hauptmannschaft", "archiv", "weingut", "bibliothek"}) {
    if (folded.ends_with(stem)) return EntityType::Organization;
  }
  // "die Messe Ried" is the fair's name; "die Schifffahrtsmesse Posidonia" says what a name is.
  if (folded == "messe") return EntityType::Organization;
  // Protected land and military ground named by their place: "Nationalpark Harz", "Waffenplatz Thun".
  for (std::string_view stem : {"nationalpark", "naturpark", "waffenplatz", "truppenübungsplatz"}) {
    if (folded.ends_with(stem)) return EntityType::Place;
  }
  // Works and grounds named by their place: "Talsperre Eichau", "Militärflugplatz Lindenhof",
  // "Kunsteisbahn Tannried".
  for (std::string_view stem : {"talsperre", "flugplatz", "forstrevier", "eisbahn"}) {
    if (folded.ends_with(stem)) return EntityType::Place;
  }
  // A building's noun only in a compound: "im Haus Meier" is someone's house.
  for (std::string_view stem : {"haus", "halle", "schule"}) {
    if (folded.ends_with(stem) && folded.size() > stem.size() + 2) {
      return stem == "schule" ? EntityType::Organization : EntityType::Place;
    }
  }
  return std::nullopt;
}

}  // namespace

void RuleRecognizer::JoinInstitutionToPlace(const text::Article& article,
                                            const std::vector<std::vector<TokenInfo>>& infos,
                                            std::vector<std::vector<Candidate>>& per_sentence) const {
  std::set<std::string> club_towns;  // unknown towns clubs are named by, folded
  for (std::size_t si = 0; si < per_sentence.size(); ++si) {
    const text::Sentence& s = article.sentences[si];
    const std::vector<TokenInfo>& info = infos[si];
    std::vector<Candidate>& cands = per_sentence[si];
    for (std::size_t ci = 0; ci < cands.size(); ++ci) {
      Candidate& place = cands[ci];
      // A place, or a single word read as an organization that names a known place ("der
      // Bezirksverband Pfalz"); not an organization's own name ("der Branchenverband Swissmem").
      // Asked of every candidate: the cheap tests first, the lexicon last.
      const bool one_word_organization = place.type == EntityType::Organization && place.last == place.first + 1;
      // An organization's name of several words that starts with a place ("Insel Föhr", "Gut
      // Eichhof", "Davos Klosters") or is registered ("Seewinkel AG"): "der Tourismusverband Insel
      // Föhr", "die Bank Seewinkel AG" are the names with their noun.
      const bool longer_organization = place.type == EntityType::Organization && place.last > place.first + 1;
      // A family's firm: "das Bankhaus Lindner", "das Autohaus Krämer".
      const bool family_firm = TaggedOneWordPerson(place);
      if ((place.type != EntityType::Place && !one_word_organization && !longer_organization && !family_firm) ||
          place.kind != MentionKind::Name || place.first < 2 || place.begin != s.tokens[place.first].begin) {
        continue;
      }
      const std::size_t h = place.first - 1;
      if (!info[h].upper || info[h].function) continue;
      static constexpr std::string_view kArticles[] = {"der", "die", "das", "dem", "den", "des", "im",
                                                       "am",  "vom", "zum", "zur", "beim", "ins"};
      const std::string& article_word = info[h - 1].folded;
      if (std::find(std::begin(kArticles), std::end(kArticles), article_word) == std::end(kArticles)) continue;
      const bool genitive = article_word == "des";
      const std::string noun_nominative = genitive ? NominativeOfGenitive(info[h].folded) : info[h].folded;
      auto type = InstitutionBeforePlace(noun_nominative);
      // "das Holzwerk Brunner", "die Schreinerei Maier": a trade's firm named by its family.
      const bool trade_firm = family_firm && IsTradeFirmNoun(noun_nominative);
      if (!type && trade_firm) type = EntityType::Organization;
      if (!type) continue;
      const std::string& noun_folded = info[h].folded;
      // An association of a country is named by it ("der Lebensmittelverband Deutschland"); other
      // nouns before a country are not its name ("im Kanzleramt Deutschland").
      const bool association = noun_folded.ends_with("verband") || noun_folded.ends_with("verbands") ||
                               noun_folded.ends_with("verbandes");
      if (place.is_country && !association) continue;
      const auto known_place = [&](std::size_t k) {
        const NamedThing* known = lex_.FindName(Lexicons::PhraseKey({std::string_view(s.tokens[k].text)}));
        return known && known->type == EntityType::Place;
      };
      // A club is named by its place, which the lexicon may not know: "der Heimatverein Lindenau".
      // So is a citizens' initiative ("die Anwohnerinitiative Lindenweg"), a local group of a
      // larger body ("die Kreisgruppe Lindau") and a vineyard ("das Weingut Sonnhalde").
      const bool club = (noun_folded != "verein" && noun_folded != "vereins" &&
                         (noun_folded.ends_with("verein") || noun_folded.ends_with("vereins"))) ||
                        noun_folded.ends_with("initiative") || noun_folded == "kreisgruppe" ||
                        noun_folded == "ortsgruppe" || noun_folded == "weingut" || noun_folded == "weinguts";
      bool club_town = false;
      if (one_word_organization && !known_place(place.first)) {
        // A body's part of a region named by its direction: "der Landesverband Nordost", "der
        // Tourismusverband Oberallgäu" (a known region after "Ober"); an association of a district
        // named by two places joined ("des Imkerverbands Saale-Orla").
        // Not an umbrella's own name: "der Dachverband Copa-Cogeca".
        if (!club && !IsDirectionalRegion(s.tokens[place.first].text) &&
            !(association && !IsUmbrellaAssociation(noun_folded) && JoinsTwoNames(s.tokens[place.first].text))) {
          continue;
        }
        club_town = club;
      }
      if (longer_organization && *type == EntityType::Organization) {
        const std::string& lead = info[place.first].folded;
        const bool place_led = IsEstateNoun(lead) || known_place(place.first);
        if (!place_led && !Lexicons::IsLegalForm(s.tokens[place.last - 1].text)) continue;
      } else if (longer_organization) {
        continue;
      }
      if (family_firm) {
        static constexpr std::string_view kFirms[] = {"bankhaus", "autohaus", "modehaus", "möbelhaus", "kaufhaus",
                                                      "auktionshaus", "verlagshaus", "handelshaus"};
        if (!trade_firm && std::find(std::begin(kFirms), std::end(kFirms), noun_nominative) == std::end(kFirms)) {
          continue;
        }
      }
      const std::string noun = genitive ? NominativeOfGenitive(s.tokens[h].text) : s.tokens[h].text;
      // The noun is free, or only a venue of the article's own ("im Rathaus Köpenick").
      std::optional<std::size_t> venue;
      bool taken = false;
      for (std::size_t q = 0; q < cands.size(); ++q) {
        if (q == ci || cands[q].last <= h || cands[q].first > h) continue;
        if (cands[q].first == h && cands[q].last == h + 1 && cands[q].article_local) {
          venue = q;
        } else {
          taken = true;
        }
      }
      if (taken) continue;
      if (club_town) club_towns.insert(info[place.first].folded);
      std::string canonical = noun;
      for (std::size_t k = place.first; k < place.last; ++k) canonical += " " + s.tokens[k].text;
      place.first = h;
      place.begin = s.tokens[h].begin;
      place.type = family_firm ? EntityType::Organization : *type;
      place.canonical = canonical;
      place.is_site = false;
      if (venue) {
        cands.erase(cands.begin() + static_cast<std::ptrdiff_t>(*venue));
        if (*venue < ci) --ci;
      }
    }
  }
  // "Der Heimatverein Lindenau ... Lindenau": the club's town, alone, is the town.
  if (club_towns.empty()) return;
  for (std::size_t si = 0; si < per_sentence.size(); ++si) {
    for (Candidate& c : per_sentence[si]) {
      const bool one_word = c.kind == MentionKind::Name && c.last == c.first + 1 &&
                            (TaggedOneWordPerson(c) || c.type == EntityType::Organization);
      if (one_word && club_towns.count(infos[si][c.first].folded)) c.type = EntityType::Place;
    }
  }
}

namespace {

// Whether the article writes `adjective` ("Kesselbacher") before a capitalized word.
bool AdjectiveBeforeANoun(const text::Article& article, const std::vector<std::vector<TokenInfo>>& infos,
                          const std::string& adjective) {
  for (std::size_t si = 0; si < article.sentences.size(); ++si) {
    const auto& tokens = article.sentences[si].tokens;
    for (std::size_t k = 0; k + 1 < tokens.size(); ++k) {
      if (tokens[k].text == adjective && infos[si][k + 1].upper && !infos[si][k + 1].function) return true;
    }
  }
  return false;
}

}  // namespace

void RuleRecognizer::SettleTownDatelines(const text::Article& article,
                                         const std::vector<std::vector<TokenInfo>>& infos,
                                         const TownWords& town_words,
                                         std::vector<std::vector<Candidate>>& per_sentence) const {
  // A town alone before a full stop that opens a paragraph, when the lexicon knows it as a place
  // or the article names it as one elsewhere ("Danke." is none). Most articles have no such line:
  // the article's places are gathered only for the first.
  std::optional<std::set<std::string_view>> places;
  for (std::size_t si = 0; si < per_sentence.size(); ++si) {
    const text::Sentence& s = article.sentences[si];
    const std::vector<TokenInfo>& info = infos[si];
    // Also a Swiss paper's "Kesselbach. – Der Gemeinderat ...": the town, a full stop and a dash.
    // And "Kesselbach – Der Gemeinderat tagt.": the town and a dash alone, before a sentence (a
    // heading "Wintersport - Meldungen in Kürze" has no full stop).
    const bool alone = s.tokens.size() == 2 && s.tokens[1].text == ".";
    const bool dashed = (s.tokens.size() > 3 && s.tokens[1].text == "." && IsDash(s.tokens[2].text)) ||
                        (s.tokens.size() > 3 && IsDash(s.tokens[1].text) && s.tokens.back().text == ".");
    if ((!alone && !dashed) || !info[0].upper || info[0].function || !article.OpensParagraph(s)) {
      continue;
    }
    if (!places) {
      // ("Wohlen. ... Wer in Wohlen wartet": also a word after "in" the tagger left alone.)
      places.emplace(town_words);
      for (std::size_t o = 0; o < per_sentence.size(); ++o) {
        for (const Candidate& c : per_sentence[o]) {
          if (c.type == EntityType::Place && c.kind == MentionKind::Name && c.last == c.first + 1) {
            places->insert(infos[o][c.first].folded);
          }
        }
      }
    }
    std::vector<Candidate>& cands = per_sentence[si];
    // Settled already: "KELLERSHEIM."
    if (cands.size() == 1 && cands[0].type == EntityType::Place && cands[0].priority >= 75) continue;
    const NamedThing* known = lex_.FindName(Lexicons::PhraseKey({std::string_view(s.tokens[0].text)}));
    // A small town no lexicon knows, whose adjective the article puts before a body ("Kesselbach.
    // Der Gemeinderat ..." and "der Kesselbacher Gemeinderat"); no person goes by the adjective.
    const std::string adjective = s.tokens[0].text + "er";
    const bool by_adjective = !known && AdjectiveBeforeANoun(article, infos, adjective);
    if (known ? known->type != EntityType::Place : !places->contains(info[0].folded) && !by_adjective) continue;
    if (by_adjective) {
      for (std::size_t o = 0; o < per_sentence.size(); ++o) {
        std::erase_if(per_sentence[o], [&](const Candidate& c) {
          return c.type == EntityType::Person && c.last == c.first + 1 &&
                 article.sentences[o].tokens[c.first].text == adjective;
        });
      }
    }
    if (dashed) {
      std::erase_if(cands, [](const Candidate& c) { return c.first == 0; });
      cands.insert(cands.begin(), SpanCandidate(s, 0, 1, EntityType::Place, 75));
      continue;
    }
    cands.clear();
    cands.push_back(SpanCandidate(s, 0, 1, EntityType::Place, 75));
  }
}

namespace {

// "NEUENBURG AM RHEIN" -> "Neuenburg am Rhein", "BAD TANNRIED-OST" -> "Bad Tannried-Ost".
std::string NameOutOfCapitals(const text::Sentence& s) {
  std::string out;
  for (std::size_t k = 0; k < s.tokens.size(); ++k) {
    const std::string lower = text::ToLower(s.tokens[k].text);
    if (k > 0) out += ' ';
    if (k > 0 && (lower == "am" || lower == "an" || lower == "im" || lower == "in" || lower == "ob" ||
                  lower == "der" || lower == "bei" || lower == "unter" || lower == "vor")) {
      out += lower;
      continue;
    }
    bool opens = true;  // the first letter of the word and of each hyphenated part
    for (std::size_t pos = 0; pos < lower.size();) {
      const text::CodePoint cp = text::DecodeAt(lower, pos);
      const std::size_t length = cp.length == 0 ? 1 : cp.length;
      const std::string_view letter = std::string_view(lower).substr(pos, length);
      out += opens ? text::ToUpper(letter) : std::string(letter);
      opens = letter == "-";
      pos += length;
    }
  }
  return out;
}

}  // namespace

void RuleRecognizer::SettleTownHeadings(const text::Article& article,
                                        std::vector<std::vector<Candidate>>& per_sentence) const {
  // Headings name towns where one of them is a place the lexicon knows (a column of local news,
  // "MÜLLHEIM" ... "AUGGEN"), not where none is ("INTERVIEW", "HINTERGRUND").
  std::vector<std::size_t> headings;
  bool a_known_town = false;
  for (std::size_t si = 0; si < per_sentence.size(); ++si) {
    const text::Sentence& s = article.sentences[si];
    if (!article.IsHeadingInCapitals(s)) continue;
    headings.push_back(si);
    const auto& cands = per_sentence[si];
    a_known_town = a_known_town || (cands.size() == 1 && cands[0].type == EntityType::Place && cands[0].first == 0 &&
                                    cands[0].last == s.tokens.size() && !cands[0].is_country);
  }
  if (!a_known_town) return;
  for (std::size_t si : headings) {
    const text::Sentence& s = article.sentences[si];
    std::vector<Candidate>& cands = per_sentence[si];
    const bool whole_place = cands.size() == 1 && cands[0].type == EntityType::Place && cands[0].first == 0 &&
                             cands[0].last == s.tokens.size();
    if (whole_place && cands[0].is_country) continue;
    if (!whole_place) {
      cands.clear();
      cands.push_back(SpanCandidate(s, 0, s.tokens.size(), EntityType::Place, 75));
    }
    cands[0].canonical = NameOutOfCapitals(s);
  }
}

void RuleRecognizer::DropUnsupportedTaggedPersons(const text::Article& article,
                                                  const std::vector<std::vector<TokenInfo>>& infos,
                                                  std::vector<std::vector<Candidate>>& per_sentence) const {
  // The words in question and their stems ("Sawitschs" is Sawitsch's), each with what the whole
  // article says of it: a longer name of a person has it, or it follows another capitalized
  // word, as a surname after a given name the lexicon does not know ("Olga Sawitsch ...
  // Sawitsch sagte").
  std::vector<std::string_view> words = TaggedPersonWords(infos, per_sentence);
  if (words.empty()) return;
  auto stem_of = [](std::string_view word) {
    return word.size() > 3 && word.ends_with('s') ? word.substr(0, word.size() - 1) : word;
  };
  for (std::size_t w = 0, written = words.size(); w < written; ++w) {
    const std::string_view stem = stem_of(words[w]);
    if (std::find(words.begin(), words.end(), stem) == words.end()) words.push_back(stem);
  }
  const std::vector<bool> in_person_name = InLongerPersonNames(words, infos, per_sentence);
  std::vector<bool> after_capitalized(words.size(), false);
  auto index_of = [&](std::string_view word) {
    return static_cast<std::size_t>(std::find(words.begin(), words.end(), word) - words.begin());
  };
  // (Not a noun with its article before it, "bei einem Schoppen Silvaner", "bei den Winzern
  // Anklang"; but a trade's, "des Modehändlers Rheinweber", or a name in the genitive, "dem
  // Sturz Assads".)
  auto common_noun_before = [&](const std::vector<TokenInfo>& info, std::size_t k) {
    const std::string_view noun = info[k - 1].folded;
    return k >= 2 && ArticleBeforeNoun(info[k - 2].folded) && !noun.ends_with("er") && !noun.ends_with("ers") &&
           !info[k].folded.ends_with("s");
  };
  for (const auto& info : infos) {
    for (std::size_t k = 1; k < info.size(); ++k) {
      if (!info[k - 1].upper || info[k - 1].function) continue;
      if (const std::size_t w = index_of(info[k].folded); w < words.size() && !common_noun_before(info, k)) {
        after_capitalized[w] = true;
      }
    }
  }
  for (std::size_t si = 0; si < per_sentence.size(); ++si) {
    const auto& tokens = article.sentences[si].tokens;
    const auto& info = infos[si];
    // Tokens of the sentence's other persons: "Rektor Olga Sawitsch", tagged as two one-word
    // persons, is one name.
    std::vector<bool> person_token(tokens.size() + 1, false);
    for (const Candidate& c : per_sentence[si]) {
      if (c.type != EntityType::Person) continue;
      for (std::size_t k = c.first; k < c.last; ++k) person_token[k] = true;
    }
    std::erase_if(per_sentence[si], [&](const Candidate& c) {
      if (!TaggedOneWordPerson(c)) return false;
      if ((c.first > 0 && person_token[c.first - 1]) || person_token[c.last]) return false;
      if (c.first > 0 && IsPlacePreposition(info[c.first - 1].folded)) return false;
      const std::size_t word = index_of(info[c.first].folded);
      if (in_person_name[word] || in_person_name[index_of(stem_of(info[c.first].folded))] || after_capitalized[word] ||
          lex_.IsFirstName(tokens[c.first].text) || (c.last < tokens.size() && lex_.MatchRole(tokens[c.last].text))) {
        return false;
      }
      if (c.first > 0) {
        const auto& before = tokens[c.first - 1].text;
        if (lex_.MatchRole(before) || IsTitleWord(info[c.first - 1].folded) || Lexicons::IsAcademicTitle(before)) {
          return false;
        }
      }
      return !(c.last < tokens.size() && tokens[c.last].text == "(");
    });
  }
}

void RuleRecognizer::DropSportsOfTitles(const std::vector<TokenInfo>& info, std::vector<Candidate>& cands) {
  std::erase_if(cands, [&](const Candidate& c) {
    if (c.kind != MentionKind::Name || c.first < 2 || info[c.first - 1].folded != "im") return false;
    const std::string_view title = info[c.first - 2].folded;
    return title.ends_with("meister") || title.ends_with("meisterin") || title.ends_with("meisterschaft") ||
           title.ends_with("meisterschaften") || title.ends_with("meistern");
  });
}

void RuleRecognizer::DropRemitsOfPortfolios(const std::vector<TokenInfo>& info, std::vector<Candidate>& cands) {
  std::erase_if(cands, [&](const Candidate& c) {
    if (c.kind != MentionKind::Name || c.first < 1) return false;
    const std::string_view portfolio = info[c.first - 1].folded;
    return portfolio == "ressort" || portfolio == "ressorts" || portfolio == "dezernat" || portfolio == "dezernats";
  });
}

// The words an article names towns by, whatever the tagger made of them: a dateline's town
// ("Wels – Die Messe ...", "Wels (APA) - ...", "Visp. – Der ..."), any word after "in" or "aus",
// the end of a route ("von Kesselstedt nach Hohenbrück") and a word after a town's office and
// "von" ("die Bürgermeisterin von Kesselstedt").
TownWords WordsNamingTowns(const std::vector<std::vector<TokenInfo>>& infos) {
  TownWords towns;
  for (const std::vector<TokenInfo>& info : infos) {
    if (info.size() > 3 && info[0].upper && !info[0].function) {
      std::size_t dash = info[1].folded == "." ? 2 : 1;
      if (info[1].folded == "(") {
        while (dash < info.size() && dash < 6 && info[dash].folded != ")") ++dash;
        ++dash;
      }
      if (dash < info.size() && IsDash(info[dash].folded)) towns.insert(info[0].folded);
    }
    for (std::size_t i = 1; i < info.size(); ++i) {
      if (!info[i].upper || info[i].function) continue;
      const std::string& before = info[i - 1].folded;
      const bool route_end = before == "nach" && i >= 3 && (info[i - 3].folded == "von" || info[i - 3].folded == "ab");
      const bool mayors = before == "von" && i >= 2 && IsTownOffice(info[i - 2].folded);
      if (before == "in" || before == "aus" || route_end || mayors) towns.insert(info[i].folded);
    }
  }
  return towns;
}

void RuleRecognizer::RetypeTaggedTowns(const text::Article& article,
                                       const std::vector<std::vector<TokenInfo>>& infos,
                                       const TownWords& town_words,
                                       std::vector<std::vector<Candidate>>& per_sentence) {
  // "in Hohenbrück", "aus Kesselstedt", "Kesselstedts Bürgermeister", "die Bürgermeisterin von
  // Kesselstedt": a single word the tagger alone read as a person (or a councillor's name, "der
  // Gemeinderat Kesselstedt") is a town, everywhere in the article, when the article puts it after
  // a preposition of place, in a dateline or with a town's office, and no person's name of two
  // words or more has it.
  TownWords towns = town_words;
  std::set<std::string_view> in_person_name;
  for (std::size_t si = 0; si < per_sentence.size(); ++si) {
    const auto& info = infos[si];
    for (const Candidate& c : per_sentence[si]) {
      if (c.type == EntityType::Person && c.kind == MentionKind::Name && c.last - c.first >= 2) {
        for (std::size_t k = c.first; k < c.last; ++k) in_person_name.insert(info[k].folded);
      }
      // "Der Gemeinderat Kesselstedt hat beschlossen": the council with its article, before one
      // word and no more of a name, is the town's body.
      if (c.type == EntityType::Person && c.kind == MentionKind::Name && c.last == c.first + 1 && c.first >= 2 &&
          IsTownCouncilNoun(info[c.first - 1].folded) && info[c.first - 2].folded == "der" &&
          (c.last == info.size() || !info[c.last].upper || info[c.last].function)) {
        towns.insert(info[c.first].folded);
      }
      if (!TaggedOneWordPerson(c)) continue;
      const std::size_t i = c.first;
      const std::string& word = info[i].folded;
      // "Kesselstedts (Erster) Bürgermeister": the genitive's stem.
      std::size_t office = i + 1;
      if (office < info.size() && info[office].upper && !IsTownOffice(info[office].folded)) ++office;
      if (word.size() > 4 && word.ends_with("s") && office < info.size() && IsTownOffice(info[office].folded)) {
        towns.insert(std::string_view(word).substr(0, word.size() - 1));
      }
    }
  }
  if (towns.empty()) return;
  // "Der Gemeinderat Visp": a council is a body and a councillor's title; before a town, the body.
  auto after_council = [&](std::size_t si, const Candidate& c) {
    if (c.type != EntityType::Person || c.kind != MentionKind::Name || c.last != c.first + 1 || c.first == 0) {
      return false;
    }
    const std::string& before = infos[si][c.first - 1].folded;
    return before == "gemeinderat" || before == "stadtrat" || before == "einwohnerrat" || before == "regierungsrat";
  };
  for (std::size_t si = 0; si < per_sentence.size(); ++si) {
    for (Candidate& c : per_sentence[si]) {
      // "der Gemeinderat von Kesselstedt" with Kesselstedt tagged an organization alone.
      const bool tagged_organization = c.type == EntityType::Organization && c.kind == MentionKind::Name &&
                                       c.last == c.first + 1 && c.priority <= 30;
      if (!TaggedOneWordPerson(c) && !after_council(si, c) && !tagged_organization) continue;
      const std::string_view word = infos[si][c.first].folded;
      const bool genitive = !towns.count(word) && word.ends_with("s") && towns.count(word.substr(0, word.size() - 1));
      const std::string_view town = genitive ? word.substr(0, word.size() - 1) : word;
      if ((!towns.count(word) && !genitive) || in_person_name.count(town)) continue;
      c.type = EntityType::Place;
      if (genitive) {
        const std::string& written = article.sentences[si].tokens[c.first].text;
        c.canonical = written.substr(0, written.size() - 1);
      }
    }
  }
}

namespace {

// Nouns that follow a town in a list without being one ("in Ulm und Umgebung").
bool IsAreaNoun(std::string_view folded) {
  for (std::string_view noun : {"umgebung", "umland", "ausland", "inland", "übersee", "region", "land", "stadt",
                                "umgebungen", "nachbarorten", "nachbargemeinden", "andernorts", "anderswo"}) {
    if (folded == noun) return true;
  }
  // Abstract nouns' endings; towns do not end so ("in Ulm und Verwaltung").
  for (std::string_view ending : {"ung", "heit", "keit", "schaft", "tion", "ität", "nis", "tum", "ismus"}) {
    if (folded.size() > ending.size() + 2 && folded.ends_with(ending)) return true;
  }
  return false;
}

}  // namespace

void RuleRecognizer::FindListedTowns(const text::Article& article, const std::vector<std::vector<TokenInfo>>& infos,
                                     std::vector<std::vector<Candidate>>& per_sentence) const {
  // Words the article puts after an article are nouns ("die Umgebung"), not towns; gathered
  // only for an article with a list to read (few have one).
  std::set<std::string_view> nouns;
  bool nouns_read = false;
  auto is_noun = [&](std::string_view folded) {
    if (!nouns_read) {
      for (const auto& info : infos) {
        for (std::size_t i = 1; i < info.size(); ++i) {
          if (info[i].upper && ArticleBeforeNoun(info[i - 1].folded)) nouns.insert(info[i].folded);
        }
      }
      nouns_read = true;
    }
    return nouns.count(folded) > 0;
  };
  for (std::size_t si = 0; si < per_sentence.size(); ++si) {
    const text::Sentence& s = article.sentences[si];
    const std::vector<TokenInfo>& info = infos[si];
    std::vector<Candidate>& cands = per_sentence[si];
    const std::size_t n = s.tokens.size();
    // The candidate over exactly token k, and whether any covers it; built for a sentence with a
    // list.
    std::vector<int> one_word;
    std::vector<bool> covered;
    bool added = false;
    auto describe = [&] {
      if (!one_word.empty()) return;
      one_word.assign(n, -1);
      covered.assign(n, false);
      for (std::size_t ci = 0; ci < cands.size(); ++ci) {
        const Candidate& c = cands[ci];
        if (c.begin != s.tokens[c.first].begin || c.end != s.tokens[c.last - 1].end) continue;
        for (std::size_t k = c.first; k < c.last; ++k) covered[k] = true;
        if (c.last == c.first + 1) one_word[c.first] = static_cast<int>(ci);
      }
    };
    auto is_town = [&](std::size_t k) {
      if (one_word[k] < 0) return false;
      const Candidate& c = cands[static_cast<std::size_t>(one_word[k])];
      return c.type == EntityType::Place && c.kind == MentionKind::Name && !c.is_country && !c.is_site;
    };
    // A word that may be a town: capitalized, no other name's, no noun the article uses as one.
    auto may_be_town = [&](std::size_t k) {
      if (one_word[k] >= 0 && TaggedOneWordPerson(cands[static_cast<std::size_t>(one_word[k])])) return true;
      return !covered[k] && CanBeNameWord(s, info, k) && !lex_.IsFirstName(s.tokens[k].text) &&
             !IsAreaNoun(info[k].folded) && !is_noun(info[k].folded);
    };
    for (std::size_t i = 1; i < n; ++i) {
      // Where something is or comes from ("riecht nach Pizza und Kaffee" is no list of towns).
      const std::string& before = info[i - 1].folded;
      // ("die Bürgermeister von Ulm und Kesselau", "Mit Ulm und Kesselau laufen Gespräche" too.)
      if (!info[i].upper || (before != "in" && before != "aus" && before != "zwischen" && before != "bei" &&
                             before != "von" && before != "mit")) {
        continue;
      }
      // The list's members, one word each, joined by commas and a last "und" or "oder" (most
      // words after a preposition begin none).
      if (i + 1 >= n || (info[i + 1].folded != "," && info[i + 1].folded != "und" && info[i + 1].folded != "oder")) {
        continue;
      }
      std::vector<std::size_t> members = {i};
      std::size_t k = i + 1;
      bool closed = false;
      while (k + 1 < n && !closed) {
        const std::string& joint = info[k].folded;
        if (joint != "," && joint != "und" && joint != "oder") break;
        if (!info[k + 1].upper) break;
        members.push_back(k + 1);
        closed = joint != ",";
        k += 2;
      }
      // The word after the last member must not go on with a name ("und Max Ott").
      if (!closed || (k < n && info[k].upper && !info[k].function)) {
        i = k - 1;
        continue;
      }
      describe();
      // (After "von" or "mit", which take more than places, no noun the article uses: "der Bund
      // ... von Bund und Sachsen".)
      const bool loose = before == "von" || before == "mit";
      const bool any_town = std::any_of(members.begin(), members.end(), is_town);
      const bool all_fit = any_town && std::all_of(members.begin(), members.end(), [&](std::size_t m) {
                             return is_town(m) || (may_be_town(m) && !(loose && is_noun(info[m].folded)));
                           });
      if (all_fit) {
        for (std::size_t m : members) {
          if (is_town(m)) continue;
          if (one_word[m] >= 0) {
            cands[static_cast<std::size_t>(one_word[m])].type = EntityType::Place;
          } else {
            cands.push_back(SpanCandidate(s, m, m + 1, EntityType::Place, 20));
            added = true;
          }
        }
      }
      i = k - 1;
    }
    if (added) {
      std::sort(cands.begin(), cands.end(), [](const Candidate& a, const Candidate& b) { return a.begin < b.begin; });
    }
  }
}

void RuleRecognizer::KeepArticleAcronyms(const text::Article& article,
                                         std::vector<std::vector<Candidate>>& per_sentence) {
  // Each short form defined, and whether a lexicon's namesake of it must give way.
  std::map<std::string, bool, std::less<>> defined;
  for (std::size_t si = 0; si < per_sentence.size(); ++si) {
    const text::Sentence& s = article.sentences[si];
    const auto& cands = per_sentence[si];
    for (std::size_t n = 0; n + 1 < cands.size(); ++n) {
      const Candidate& name = cands[n];
      const Candidate& acronym = cands[n + 1];
      const std::size_t open = name.last;
      if (name.kind != MentionKind::Name || name.type != EntityType::Organization || acronym.first != open + 1 ||
          acronym.last != open + 2 || open + 2 >= s.tokens.size() || s.tokens[open].text != "(" ||
          s.tokens[open + 2].text != ")") {
        continue;
      }
      const std::string& written = s.tokens[open + 1].text;
      const std::string folded = text::FoldForMatch(written);
      const std::string words = NameOf(article, name);
      auto spells = [&](const std::string& full) {
        return text::NameInitials(full) == folded || text::NameInitialsWithFuer(full) == folded;
      };
      if (!spells(words)) continue;
      const bool namesake = !acronym.canonical.empty() && acronym.canonical != written && !spells(acronym.canonical);
      defined[written] = defined[written] || namesake;
    }
  }
  if (defined.empty()) return;
  for (std::size_t si = 0; si < per_sentence.size(); ++si) {
    const text::Sentence& s = article.sentences[si];
    for (Candidate& c : per_sentence[si]) {
      if (c.kind != MentionKind::Name) continue;
      const auto it = defined.find(s.tokens[c.first].text);
      if (it == defined.end()) continue;
      // "Das BfN in Bonn": a place's reading of the short form alone gives way too.
      if (c.type == EntityType::Place && c.last == c.first + 1) c.type = EntityType::Organization;
      if (c.type != EntityType::Organization) continue;
      // "sucht der DKV Partner": the defined short form and a noun after it, not one name.
      if (c.last == c.first + 2 && c.canonical.empty()) {
        c.last = c.first + 1;
        c.end = s.tokens[c.first].end;
      }
      if (c.last == c.first + 1 && it->second) {
        c.canonical = it->first;
        c.known = false;
      }
    }
  }
}

void RuleRecognizer::NameTownsByTheirFullName(const text::Article& article,
                                              std::vector<std::vector<Candidate>>& per_sentence) const {
  std::map<std::string, std::string, std::less<>> full_by_town;  // first part -> full name; "" when two
  for (const auto& cands : per_sentence) {
    for (const Candidate& c : cands) {
      // (A name of three words at least, or a known one's canonical.)
      if (c.type != EntityType::Place || c.kind != MentionKind::Name || (c.canonical.empty() && c.last < c.first + 3)) {
        continue;
      }
      const std::string name = NameOf(article, c);
      for (std::string_view link : {" am ", " an der ", " im ", " in der ", " ob der ", " vor der "}) {
        const std::size_t at = name.find(link);
        if (at == std::string::npos || at == 0) continue;
        auto [it, fresh] = full_by_town.try_emplace(name.substr(0, at), name);
        if (!fresh && it->second != name) it->second.clear();
      }
    }
  }
  std::erase_if(full_by_town, [&](const auto& entry) {
    const NamedThing* known = lex_.FindName(Lexicons::PhraseKey({std::string_view(entry.first)}));
    return entry.second.empty() || (known && (known->type != EntityType::Place || known->kind != "city"));
  });
  if (full_by_town.empty()) return;
  for (auto& cands : per_sentence) {
    for (Candidate& c : cands) {
      // (Also "der Kesselburger Bürgermeister", and "St. Kessel" the tagger read as a body.)
      if (c.type != EntityType::Place && (c.type != EntityType::Organization || c.known)) continue;
      const auto it = full_by_town.find(NameOf(article, c));
      if (it == full_by_town.end()) continue;
      c.canonical = it->second;
      c.type = EntityType::Place;
      c.known = false;
    }
  }
}

void RuleRecognizer::ReferShortNamesToSiblings(const std::vector<std::vector<TokenInfo>>& infos,
                                               std::vector<std::vector<Candidate>>& per_sentence) {
  // The canonical name last given in full for each noun ("bauernverband" -> "Schweizer Bauernverband").
  std::map<std::string, std::string, std::less<>> last_full;
  for (std::size_t si = 0; si < per_sentence.size(); ++si) {
    for (Candidate& c : per_sentence[si]) {
      if (c.type != EntityType::Organization || c.kind != MentionKind::Name) continue;
      const std::string noun = NounOfTwoWordName(c.canonical);
      if (noun.empty()) continue;
      const bool bare = c.last == c.first + 1 && IsNounOrGenitive(infos[si][c.first].folded, noun);
      if (!bare) {
        last_full[noun] = c.canonical;
      } else if (auto it = last_full.find(noun); it != last_full.end()) {
        c.canonical = it->second;
        c.known = false;  // the sibling, which the lexicon does not list
      }
    }
  }
}

void RuleRecognizer::ExtendOrganizationNames(const text::Article& article,
                                             std::vector<std::vector<Candidate>>& per_sentence) const {
  for (std::size_t si = 0; si < per_sentence.size(); ++si) {
    const auto& tokens = article.sentences[si].tokens;
    auto& cands = per_sentence[si];
    // "die Agrargenossenschaft Lindtal eG": a legal form no name took.
    for (std::size_t n = 0; n < cands.size(); ++n) {
      Candidate& c = cands[n];
      if (c.type != EntityType::Organization || c.kind != MentionKind::Name || c.last >= tokens.size() ||
          c.end != tokens[c.last - 1].end || !Lexicons::IsLegalForm(tokens[c.last].text) ||
          (n + 1 < cands.size() && cands[n + 1].first <= c.last)) {
        continue;
      }
      if (!c.canonical.empty()) c.canonical += " " + tokens[c.last].text;
      c.end = tokens[c.last].end;
      ++c.last;
    }
    // "der Verband der Obst- und Gemüsebauer", "der Europäische Meeres-, Fischerei- und
    // Aquakulturfonds": a name cut at a word left open for the next goes on to the noun that
    // closes the list (and any names read inside it go into it).
    for (std::size_t n = 0; n < cands.size(); ++n) {
      Candidate& c = cands[n];
      if (c.type != EntityType::Organization || c.kind != MentionKind::Name || c.end != tokens[c.last - 1].end) {
        continue;
      }
      // "des Landesverbands der Bergmanns-, Hütten- und Knappenvereine": an association's list of
      // members goes on after "der".
      const bool members = c.last + 1 < tokens.size() && tokens[c.last].text == "der" &&
                           tokens[c.last + 1].text.size() > 2 && tokens[c.last + 1].text.ends_with('-') &&
                           text::StartsUpper(tokens[c.last + 1].text) &&
                           IsAssociationCompound(NominativeOfGenitive(text::FoldForMatch(tokens[c.last - 1].text))) &&
                           (n + 1 >= cands.size() || cands[n + 1].first > c.last + 1);
      if (!tokens[c.last - 1].text.ends_with('-') && !members) continue;
      const std::size_t open_word = members ? c.last + 1 : c.last - 1;
      std::size_t k = open_word + 1;
      while (k + 1 < tokens.size() && tokens[k].text == "," && tokens[k + 1].text.ends_with('-')) k += 2;
      if (k + 1 >= tokens.size() || (tokens[k].text != "und" && tokens[k].text != "oder") ||
          !text::StartsUpper(tokens[k + 1].text) || tokens[k + 1].text.ends_with('-')) {
        continue;
      }
      // "der Elektro- und Informationstechnischen Handwerke": the list's adjective and its noun.
      std::size_t close = k + 1;
      if (close + 1 < tokens.size() && text::EndsWithAny(tokens[close].text, {"e", "en", "er", "es"}) &&
          text::StartsUpper(tokens[close + 1].text) && tokens[close + 1].text.size() > 2 &&
          !IsFunctionWord(text::FoldForMatch(tokens[close + 1].text))) {
        ++close;
      }
      const std::size_t end = tokens[close].end;
      if (!c.canonical.empty()) c.canonical += article.text.substr(c.end, end - c.end);
      c.last = close + 1;
      c.end = end;
      while (n + 1 < cands.size() && cands[n + 1].begin < end) {
        cands.erase(cands.begin() + static_cast<std::ptrdiff_t>(n + 1));
      }
    }
    // "der Generalstaatsanwaltschaft Frankfurt am Main": an institution named by its kind and a
    // town whose name goes on with "am" or "an der".
    for (std::size_t n = 0; n < cands.size(); ++n) {
      Candidate& c = cands[n];
      if (c.type != EntityType::Organization || c.kind != MentionKind::Name || c.canonical.empty() ||
          c.last < c.first + 2 || c.last + 1 >= tokens.size() || c.end != tokens[c.last - 1].end) {
        continue;
      }
      const std::string& link = tokens[c.last].text;
      const std::size_t river = link == "an" && tokens[c.last + 1].text == "der" ? c.last + 2 : c.last + 1;
      if ((link != "am" && link != "an") || river >= tokens.size() || !text::StartsUpper(tokens[river].text)) continue;
      std::vector<std::string_view> town = {tokens[c.last - 1].text};
      for (std::size_t k = c.last; k <= river; ++k) town.push_back(tokens[k].text);
      const NamedThing* known = lex_.FindName(Lexicons::PhraseKey(town));
      // (The river read as a name of its own goes into it.)
      const bool river_alone = n + 1 < cands.size() && cands[n + 1].first <= river;
      if (!known || known->type != EntityType::Place ||
          (river_alone && (cands[n + 1].first != river || cands[n + 1].last != river + 1))) {
        continue;
      }
      for (std::size_t k = c.last; k <= river; ++k) c.canonical += " " + tokens[k].text;
      c.last = river + 1;
      c.end = tokens[river].end;
      if (river_alone) cands.erase(cands.begin() + static_cast<std::ptrdiff_t>(n + 1));
    }
    // "des Olympiastützpunkts Hamburg/Schleswig-Holstein", "am Flughafen Köln/Bonn", "im
    // Landkreis Lindau/Weser": an institution or a place named by its kind and two places (or a
    // town and its river) joined by a slash.
    for (std::size_t n = 0; n < cands.size(); ++n) {
      Candidate& c = cands[n];
      if ((c.type != EntityType::Organization && c.type != EntityType::Place) || c.kind != MentionKind::Name ||
          c.canonical.empty() || c.last == c.first + 1 || c.last + 1 >= tokens.size() || tokens[c.last].text != "/" ||
          tokens[c.last].begin != c.end || tokens[c.last + 1].begin != tokens[c.last].end) {
        continue;
      }
      const std::size_t t = c.last + 1;
      const bool second = n + 1 < cands.size() && cands[n + 1].first == t;
      if (second && (cands[n + 1].type != EntityType::Place || cands[n + 1].kind != MentionKind::Name)) continue;
      // A word no name took: capitalized, and not the first of a name after it.
      if (!second && (!text::StartsUpper(tokens[t].text) || IsFunctionWord(text::FoldForMatch(tokens[t].text)) ||
                      (n + 1 < cands.size() && cands[n + 1].first <= t))) {
        continue;
      }
      const Candidate* place = second ? &cands[n + 1] : nullptr;
      c.canonical += "/" + (place && !place->canonical.empty() ? place->canonical : tokens[t].text);
      c.last = place ? place->last : t + 1;
      c.end = place ? place->end : tokens[t].end;
      if (place) cands.erase(cands.begin() + static_cast<std::ptrdiff_t>(n + 1));
    }
    // "des Obersten Gerichtshofs der Ukraine", "die Nationalbank der Republik Moldau": a court's
    // or a central bank's name goes on over the state after it in the genitive (another state's
    // court than the one the name alone may be).
    for (std::size_t n = 0; n + 1 < cands.size(); ++n) {
      Candidate& c = cands[n];
      const Candidate& state = cands[n + 1];
      if (c.type != EntityType::Organization || c.kind != MentionKind::Name || c.canonical.empty() ||
          c.last + 1 >= tokens.size() || c.end != tokens[c.last - 1].end || state.first != c.last + 1 ||
          !state.is_country || state.kind != MentionKind::Name) {
        continue;
      }
      const std::string link = text::FoldForMatch(tokens[c.last].text);
      const std::string noun = text::FoldForMatch(tokens[c.last - 1].text);
      if ((link != "der" && link != "des") ||
          !text::EndsWithAny(noun, {"gerichtshof", "gerichtshofs", "gericht", "gerichts", "nationalbank",
                                    "zentralbank"})) {
        continue;
      }
      c.canonical += " " + tokens[c.last].text + " " + article.text.substr(state.begin, state.end - state.begin);
      c.last = state.last;
      c.end = state.end;
      cands.erase(cands.begin() + static_cast<std::ptrdiff_t>(n + 1));
    }
    // "den Judo-Club Vogtland Plauen": a club's name goes on over its town.
    for (std::size_t n = 0; n + 1 < cands.size(); ++n) {
      Candidate& c = cands[n];
      const Candidate& town = cands[n + 1];
      if (c.type != EntityType::Organization || c.kind != MentionKind::Name || c.last == c.first + 1 ||
          town.first != c.last || town.last != town.first + 1 || town.type != EntityType::Place ||
          town.kind != MentionKind::Name || c.end != tokens[c.last - 1].end) {
        continue;
      }
      const std::string club = text::FoldForMatch(tokens[c.first].text);
      if (!club.ends_with("club") && !club.ends_with("klub") && !club.ends_with("verein")) continue;
      if (!c.canonical.empty()) c.canonical += " " + tokens[town.first].text;
      c.last = town.last;
      c.end = town.end;
      cands.erase(cands.begin() + static_cast<std::ptrdiff_t>(n + 1));
    }
  }
}

std::vector<Mention> RuleRecognizer::Recognize(const text::Article& article) const {
  std::vector<std::vector<Candidate>> per_sentence(article.sentences.size());
  std::vector<std::vector<TokenInfo>> infos(article.sentences.size());
  for (std::size_t si = 0; si < article.sentences.size(); ++si) {
    const auto& s = article.sentences[si];
    infos[si] = Describe(s);
    auto& cands = per_sentence[si];
    FindLexiconNames(s, infos[si], cands);
    FindCompoundPrefixes(s, cands);
    FindVenues(s, infos[si], cands);
    FindTownsByRiver(s, infos[si], cands);
    FindValleys(s, infos[si], cands);
    FindAdjectives(s, infos[si], cands);
    FindPersons(s, infos[si], cands);
    FindIntroducedNames(s, infos[si], cands);
    FindCompanyNames(s, infos[si], cands);
    FindClubNames(s, infos[si], cands);
    FindInstitutionNames(s, infos[si], cands);
    FindAuthorityNames(s, infos[si], cands);
    FindEllipsisNames(s, infos[si], cands);
    FindTaggedNames(s, infos[si], cands);
    FindBracketAcronyms(s, cands);
    FindDistrictWords(s, infos[si], cands);
    FindRoads(s, infos[si], cands);
    FindTownsOfMayors(s, infos[si], cands);
    FindSpaTowns(s, infos[si], cands);
    SettleSwissDateline(s, infos[si], cands);
    SettleCapitalDateline(article, s, cands);
    SettleAgencyDateline(article, s, infos[si], cands);
  }

  const TownWords town_words = WordsNamingTowns(infos);
  FindShortCompanyNames(article, infos, town_words, per_sentence);

  // Settle overlaps per sentence: longer spans first, then higher priority.
  auto settle = [](std::vector<Candidate>& cands) {
    std::stable_sort(cands.begin(), cands.end(), [](const Candidate& a, const Candidate& b) {
      if (a.end - a.begin != b.end - b.begin) return a.end - a.begin > b.end - b.begin;
      if (a.priority != b.priority) return a.priority > b.priority;
      return a.begin < b.begin;
    });
    // Byte ranges kept so far, by begin. They never overlap (and are never empty), so a
    // candidate overlaps one of them exactly when it overlaps its neighbours in this order.
    std::map<std::size_t, std::size_t> kept_ranges;
    std::vector<Candidate> kept;
    for (auto& c : cands) {
      auto next = kept_ranges.lower_bound(c.begin);
      bool overlaps = next != kept_ranges.end() && next->first < c.end;
      if (!overlaps && next != kept_ranges.begin()) overlaps = std::prev(next)->second > c.begin;
      if (overlaps) continue;
      kept_ranges.emplace(c.begin, c.end);
      kept.push_back(std::move(c));
    }
    std::sort(kept.begin(), kept.end(),
              [](const Candidate& a, const Candidate& b) { return a.begin < b.begin; });
    cands = std::move(kept);
  };
  for (auto& cands : per_sentence) settle(cands);
  JoinLoneSaints(article, per_sentence);
  JoinSaintsToNames(article, per_sentence);
  JoinTownPrefixes(article, per_sentence);
  for (std::size_t si = 0; si < per_sentence.size(); ++si) JoinSlashedRegions(article.sentences[si], per_sentence[si]);
  ExtendOrganizationNames(article, per_sentence);
  SplitRunOnNames(article, per_sentence);
  JoinInstitutionToPlace(article, infos, per_sentence);
  FindListedTowns(article, infos, per_sentence);
  ReferShortNamesToSiblings(infos, per_sentence);
  KeepArticleAcronyms(article, per_sentence);
  RetypeTaggedTowns(article, infos, town_words, per_sentence);
  SettleTownDatelines(article, infos, town_words, per_sentence);
  SettleTownHeadings(article, per_sentence);
  NameTownCouncilsByNoun(per_sentence);
  ReferAuthoritiesToTheirNames(per_sentence);
  ReferBareNamesToTheirBuildings(article, per_sentence);
  NamePlaceGenitivesByTheirStem(article, per_sentence);
  NameTownsByTheirFullName(article, per_sentence);

  // "Falkner Antriebstechnik ... beschäftigt Falkner 4800 Menschen", "der Zulieferer Falkner
  // ... Falkner": a single word the tagger read as a person, which opens the name of an
  // organization the article gives (by a name of several words, the lexicon or a noun calling
  // it one) and no person's name of two words or more has, is that organization.
  {
    // The words the tagger alone read as one-word persons, each with the organization it opens,
    // if any, and whether a person's longer name has it.
    const std::vector<std::string_view> words = TaggedPersonWords(infos, per_sentence);
    const std::vector<bool> in_person_name = InLongerPersonNames(words, infos, per_sentence);
    // (sentence, candidate) of the organization each word opens
    std::vector<std::optional<std::pair<std::size_t, std::size_t>>> organization(words.size());
    for (std::size_t si = 0; si < per_sentence.size() && !words.empty(); ++si) {
      for (std::size_t ci = 0; ci < per_sentence[si].size(); ++ci) {
        const Candidate& c = per_sentence[si][ci];
        if (c.kind != MentionKind::Name || c.type != EntityType::Organization) continue;
        if (c.last - c.first < 2 && c.priority < 40) continue;
        const auto w = std::find(words.begin(), words.end(), std::string_view(infos[si][c.first].folded));
        if (w != words.end() && !organization[static_cast<std::size_t>(w - words.begin())]) {
          organization[static_cast<std::size_t>(w - words.begin())] = {si, ci};
        }
      }
    }
    std::vector<std::tuple<std::size_t, std::size_t, std::string>> retyped;  // sentence, candidate, canonical
    for (std::size_t si = 0; si < per_sentence.size() && !words.empty(); ++si) {
      for (std::size_t ci = 0; ci < per_sentence[si].size(); ++ci) {
        const Candidate& c = per_sentence[si][ci];
        if (!TaggedOneWordPerson(c)) continue;
        const auto w = static_cast<std::size_t>(
            std::find(words.begin(), words.end(), std::string_view(infos[si][c.first].folded)) - words.begin());
        if (!organization[w] || in_person_name[w]) continue;
        const auto [osi, oci] = *organization[w];
        const Candidate& org = per_sentence[osi][oci];
        std::string canonical = org.canonical;
        for (std::size_t k = org.first; org.canonical.empty() && k < org.last; ++k) {
          canonical += (k > org.first ? " " : "") + article.sentences[osi].tokens[k].text;
        }
        retyped.emplace_back(si, ci, std::move(canonical));
      }
    }
    for (auto& [si, ci, canonical] : retyped) {
      per_sentence[si][ci].type = EntityType::Organization;
      per_sentence[si][ci].canonical = std::move(canonical);
    }
  }

  DropUnsupportedTaggedPersons(article, infos, per_sentence);
  for (std::size_t si = 0; si < per_sentence.size(); ++si) {
    DropSportsOfTitles(infos[si], per_sentence[si]);
    DropRemitsOfPortfolios(infos[si], per_sentence[si]);
  }

  // Surnames of the persons found so far; later single words equal to one are persons too
  // ("Peskow", "Putins"). Tokens of person names that are also known places do not count.
  std::set<std::string> capitalized;  // every capitalized word of the article, folded
  for (std::size_t si = 0; si < per_sentence.size(); ++si) {
    for (std::size_t i = 0; i < infos[si].size(); ++i) {
      if (infos[si][i].upper) capitalized.insert(infos[si][i].folded);
    }
  }
  std::set<std::string> surnames;
  std::set<std::string> plain_surnames;  // of "Given Surname" names: may outweigh a town's name
  // The particles a surname is written with ("Alexander Van der Bellen": "bellen" -> "van der").
  std::map<std::string, std::vector<std::string>> particles_of;
  for (std::size_t si = 0; si < per_sentence.size(); ++si) {
    for (const auto& c : per_sentence[si]) {
      if (c.type != EntityType::Person || c.kind != MentionKind::Name) continue;
      const auto& tok = article.sentences[si].tokens[c.last - 1];
      if (IsInitial(tok.text)) continue;
      std::string folded = text::FoldForMatch(tok.text);
      surnames.insert(folded);
      std::size_t p = c.last - 1;
      while (p > c.first + 1 && IsNameParticle(infos[si][p - 1].folded)) --p;
      // "Rui Pinto e Sousa ... Pinto e Sousa sagte": the double surname is written whole later.
      if (p == c.last - 1 && c.last - c.first >= 4 && JoinsDoubleSurname(infos[si][p - 1].folded)) p -= 2;
      if (p < c.last - 1 && !particles_of.count(folded)) {
        auto& words = particles_of[folded];
        for (std::size_t k = p; k + 1 < c.last; ++k) words.push_back(infos[si][k].folded);
      }
      // "Espen Barth Eide ... Barth Eide sagte": a surname of two words after a given name (its
      // first word no given name itself) is written whole later, as a surname with particles is.
      const auto& tokens = article.sentences[si].tokens;
      if (p == c.last - 1 && c.last - c.first == 3 && !particles_of.count(folded) && infos[si][c.last - 2].upper &&
          !IsInitial(tokens[c.last - 2].text) && lex_.IsFirstName(tokens[c.first].text) &&
          !lex_.IsFirstName(tokens[c.last - 2].text)) {
        particles_of[folded] = {infos[si][c.last - 2].folded};
      }
      // A given name the lexicon knows, or a role noun before ("Präsidentin Kirsty Coventry").
      if (c.last == c.first + 2 &&
          (lex_.IsFirstName(article.sentences[si].tokens[c.first].text) || c.priority >= 60)) {
        plain_surnames.insert(folded);
      }
      // "Die Rede Emmanuel Macrons ... Macron sprach": the genitive's stem is the surname
      // when the article also writes it alone.
      if (folded.size() > 3 && std::string_view(folded).ends_with("s") && capitalized.count(folded.substr(0, folded.size() - 1))) {
        surnames.insert(folded.substr(0, folded.size() - 1));
      }
    }
  }
  for (std::size_t si = 0; si < per_sentence.size(); ++si) {
    const auto& s = article.sentences[si];
    const auto& info = infos[si];
    auto& cands = per_sentence[si];
    // The settled candidates are sorted by begin and do not overlap, so those overlapping a
    // token are one run of them, found by binary search. Candidates added below cover earlier
    // tokens only and need no look-up.
    const std::size_t settled = cands.size();
    std::vector<bool> dropped;  // settled candidates a surname with particles covers (sized when one does)
    for (std::size_t i = 0; i < s.tokens.size(); ++i) {
      // "al-Mansuri": a known surname with a lower-case Arabic article is the person too.
      if ((!info[i].upper && !JoinedArabicArticle(s.tokens[i].text)) || info[i].function) continue;
      std::string key = info[i].folded;
      bool hit = surnames.count(key) > 0;
      if (!hit && key.size() > 3 && std::string_view(key).ends_with("s")) hit = surnames.count(key.substr(0, key.size() - 1)) > 0;
      if (!hit || IsTimeWord(s, info, i)) continue;
      const auto& tok = s.tokens[i];
      // "Van der Bellen sagte": the surname with the particles its full name had is the person,
      // over a town that shares the first particle ("Van").
      const auto particles = particles_of.empty()      ? particles_of.end()
                             : surnames.count(key) ? particles_of.find(key)
                                                   : particles_of.find(key.substr(0, key.size() - 1));
      if (particles != particles_of.end() && i >= particles->second.size()) {
        const std::size_t from = i - particles->second.size();
        bool written = true;
        for (std::size_t k = from; k < i && written; ++k) written = info[k].folded == particles->second[k - from];
        const std::size_t begin = s.tokens[from].begin;
        bool known = false;
        for (std::size_t c = 0; c < settled && written; ++c) {
          if (cands[c].end <= begin || cands[c].begin >= tok.end) continue;
          known = known || (cands[c].first <= from && cands[c].last >= i + 1 && cands[c].type == EntityType::Person);
        }
        if (written && !known) {
          dropped.resize(settled, false);
          for (std::size_t c = 0; c < settled; ++c) {
            if (cands[c].end > begin && cands[c].begin < tok.end) dropped[c] = true;
          }
          cands.push_back(SpanCandidate(s, from, i + 1, EntityType::Person, 20));
          continue;
        }
      }
      auto first = std::partition_point(cands.begin(), cands.begin() + settled,
                                        [&](const Candidate& c) { return c.end <= tok.begin; });
      auto last = std::partition_point(first, cands.begin() + settled,
                                       [&](const Candidate& c) { return c.begin < tok.end; });
      if (first != last) {
        // A lower-priority non-person reading of a known surname gives way ("Trump" tagged ORG),
        // and so does a town or a country of that name where no preposition of place makes it
        // one ("Sabine Roth ... Roth sagte", "mit Roth telefoniert", but "in Roth").
        const NamedThing* town = lex_.FindName(info[i].folded);
        const bool genitive = surnames.count(key) == 0;
        const std::string stem = genitive ? key.substr(0, key.size() - 1) : key;
        const bool bare = (i == 0 || !IsPlacePreposition(info[i - 1].folded)) && plain_surnames.count(stem) > 0 &&
                          !(town && town->is_capital);
        for (auto c = first; c != last; ++c) {
          // "nach Sikorskis Worten" tagged as one place: a known person's genitive before a
          // noun is the person alone.
          if (genitive && c->first == i && c->last > i + 1 && c->priority <= 30 && c->kind == MentionKind::Name &&
              c->type != EntityType::Person) {
            *c = SpanCandidate(s, i, i + 1, EntityType::Person, 20);
            continue;
          }
          // "Thornton-Hale" after "Rebecca Thornton-Hale": a double surname is the person, not
          // the town its first part names.
          if (c->kind == MentionKind::CompoundPrefix && c->first == i && c->last == i + 1 &&
              key.find('-') != std::string::npos) {
            *c = SpanCandidate(s, i, i + 1, EntityType::Person, 20);
            continue;
          }
          if (c->first != i || c->last != i + 1 || c->kind != MentionKind::Name) continue;
          if (c->priority <= 30) {
            c->type = EntityType::Person;
          } else if (bare && c->type == EntityType::Place) {
            c->type = EntityType::Person;
            c->is_country = false;
            c->canonical = genitive ? tok.text.substr(0, tok.text.size() - 1) : tok.text;
          }
        }
        continue;
      }
      cands.push_back(SpanCandidate(s, i, i + 1, EntityType::Person, 20));
    }
    for (std::size_t c = dropped.size(); c-- > 0;) {
      if (dropped[c]) cands.erase(cands.begin() + static_cast<std::ptrdiff_t>(c));
    }
    std::sort(cands.begin(), cands.end(),
              [](const Candidate& a, const Candidate& b) { return a.begin < b.begin; });
  }

  std::vector<Mention> mentions;
  for (std::size_t si = 0; si < per_sentence.size(); ++si) {
    for (auto& c : per_sentence[si]) {
      Mention m;
      m.sentence = si;
      m.first_token = c.first;
      m.last_token = c.last;
      m.begin = c.begin;
      m.end = c.end;
      m.surface = article.text.substr(c.begin, c.end - c.begin);
      // "St. Elisabeth", "Sankt Gallen": a saint names a church, a town or an institution, no
      // person of the news; with one word the lexicon does not know, a place, whatever the tagger
      // read ("in St. Kessel-Ording"; not "das St.-Anna-Stift", "die St. Anna Stiftung").
      const auto& tokens = article.sentences[si].tokens;
      const bool saint = c.first < infos[si].size() && IsSaint(tokens[c.first].text);
      const bool saint_and_word =
          saint && !c.known && c.last == c.first + 2 && tokens[c.first].end < tokens[c.first + 1].begin;
      m.type = (saint && c.type == EntityType::Person) || (saint_and_word && c.type == EntityType::Organization)
                   ? EntityType::Place
                   : c.type;
      m.kind = c.kind;
      m.is_country = c.is_country;
      m.article_local = c.article_local;
      m.is_site = c.is_site;
      m.site_name = c.site_name;
      if (!c.canonical.empty()) {
        m.canonical = c.canonical;
      } else if (c.type == EntityType::Person) {
        // Genitive on the surname: "Wladimir Putins" -> "Wladimir Putin".
        std::string name = m.surface;
        auto space = name.rfind(' ');
        std::string last = space == std::string::npos ? name : name.substr(space + 1);
        const auto& tokens = article.sentences[si].tokens;
        // "Nicos' Sprecher": an apostrophe is the genitive of a name that ends in s.
        const bool apostrophe = c.last < tokens.size() && text::IsApostrophe(tokens[c.last].text);
        std::string stripped = apostrophe ? last : StripGenitive(last, surnames);
        // A name right before a noun is a Saxon genitive even when the article never writes it
        // without the s: "Hartmanns Sprecher" is Hartmann's. (A name ending in s takes an
        // apostrophe there, "Lukas' Sprecher", so it is not cut.)
        static constexpr std::string_view kArticles[] = {"der", "die", "das", "des", "dem", "den",
                                                         "ein", "eine", "einen", "einem", "einer"};
        const bool after_article =
            c.first > 0 && std::find(std::begin(kArticles), std::end(kArticles),
                                     infos[si][c.first - 1].folded) != std::end(kArticles);
        if (stripped == last && c.last < tokens.size() && last.size() > 4 && last.ends_with("s") &&
            !last.ends_with("ss") && infos[si][c.last].upper && !infos[si][c.last].function &&
            !lex_.IsFirstName(last) && !after_article) {
          stripped = last.substr(0, last.size() - 1);
        }
        m.canonical = (space == std::string::npos ? "" : name.substr(0, space + 1)) + stripped;
      } else {
        m.canonical = m.surface;
        if (c.last - c.first >= 2) {
          // "im Bayerischen Wald" -> "Bayerischer Wald".
          const auto& tokens = article.sentences[si].tokens;
          std::vector<std::string> words;
          for (std::size_t k = c.first; k < c.last; ++k) words.push_back(tokens[k].text);
          // The article before an opening quote: der „Rheinischen Zeitung“.
          std::size_t before = c.first;
          if (before > 0 && IsQuote(tokens[before - 1].text)) --before;
          const std::string determiner = before > 0 ? text::FoldForMatch(tokens[before - 1].text) : "";
          std::string nominative = NominativeOfName(words, determiner);
          std::string as_written;
          for (const std::string& w : words) as_written += (as_written.empty() ? "" : " ") + w;
          if (nominative != as_written) {
            // "des Europäischen Meeres-, Fischerei- und Aquakulturfonds": no space before a comma.
            for (std::size_t at = nominative.find(" ,"); at != std::string::npos; at = nominative.find(" ,", at)) {
              nominative.erase(at, 1);
            }
            m.canonical = std::move(nominative);
          }
        }
      }
      // Asked of the lexicon only for what another pass found ("der Grünen" read by the tagger).
      m.known = m.type == EntityType::Organization && (c.known || lex_.FindCanonical(m.canonical) != nullptr);
      mentions.push_back(std::move(m));
    }
  }
  return mentions;
}

}  // namespace

std::unique_ptr<Recognizer> MakeRecognizer(const Lexicons& lexicons, const ner::Tagger* tagger) {
  return std::make_unique<RuleRecognizer>(lexicons, tagger);
}

const char* ToString(EntityType type) {
  switch (type) {
    case EntityType::Person: return "Person";
    case EntityType::Organization: return "Organization";
    case EntityType::Place: return "Place";
  }
  return "Place";
}

}  // namespace newskg::recognition
