// Lexicons: the name, role and cue lists recognition and extraction look words up in, loaded
// once from the data folder (gazetteers, first names, and newskg's own lists in data/lexicons).
#pragma once

#include <array>
#include <bitset>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "recognition/mention.h"

namespace newskg::recognition {

// A known place or organization.
struct NamedThing {
  EntityType type = EntityType::Place;
  std::string canonical;     // "Vereinigte Staaten", "Weißes Haus", "Moskau"
  bool is_country = false;
  bool is_capital = false;   // a national capital (stands for its state in "zwischen Washington und Moskau")
  std::string country;       // for capitals: the state's canonical name
  std::string kind;          // "city", "media", "party", ... (from the source list)
  std::string state;         // for cities: the state they lie in ("Maskat" -> "Oman"), if known
};

enum class RoleClass { Strong, Weak, Adjectival, Feminine };

struct RoleNoun {
  std::string lemma;      // "Präsident", "Gesandter"
  std::string feminine;   // "Präsidentin", "Gesandte" (may be empty)
  RoleClass role_class = RoleClass::Strong;
};

// A token read as (compound prefix +) role noun: "Kremlsprechers" -> prefix "Kreml",
// noun Sprecher, nominative "Kremlsprecher".
struct RoleMatch {
  const RoleNoun* noun = nullptr;
  std::string prefix;       // as written, without a joining hyphen ("Kreml", "US", "Nahost")
  std::string nominative;   // the whole token in the nominative singular ("Nahostgesandter")
  bool feminine = false;
  bool plural = false;      // only when the form can only be plural ("Sprecherinnen")
};

struct MeetingTrigger {
  std::string kind;  // meeting, talks, call, visit
  std::string pos;   // noun, verb, verb-mit, verb-nach ...
};

class Lexicons {
 public:
  // Loads every list below `data_dir`; throws InputError naming a missing or malformed file.
  static Lexicons Load(const std::filesystem::path& data_dir);

  // Places and organizations by a phrase key (see PhraseKey). nullptr if unknown.
  const NamedThing* FindName(std::string_view phrase_key) const;
  // The same, by a canonical name as written ("Deutscher Olympischer Sportbund").
  const NamedThing* FindCanonical(std::string_view canonical) const;
  std::size_t longest_name_tokens() const { return longest_name_tokens_; }
  // False when no name of several words starts with this folded word, so only the word alone
  // can be a name.
  bool MayStartLongerName(std::string_view folded_word) const;

  // Whether a known town's name of several words ends in this folded word after "am", "im",
  // "an der", "in der", "ob der" or "vor der" ("Main" of "Frankfurt am Main"), or it is a
  // landscape noun such names end in ("Wald"): a river, a region or a lake.
  bool IsTownNameTail(std::string_view folded_word) const;

  bool IsFirstName(std::string_view word) const;
  // 'f' or 'm' when the given name is known as a woman's or a man's (the German use first,
  // else the one all languages agree on; "Andrea" is 'f'); 0 when unknown or disputed.
  char GenderOfFirstName(std::string_view word) const;
  // The country an adjective of nationality points to ("russischen" -> "Russland").
  const std::string* CountryOfAdjective(std::string_view word) const;
  // The state whose citizen a singular noun names ("Argentinier", "Italienerin", "Brite":
  // the adjective's stem and a demonym ending), or nullptr.
  const std::string* CountryOfDemonym(std::string_view word) const;
  std::optional<RoleMatch> MatchRole(std::string_view token) const;
  // "national" (Nationaler Sicherheitsberater) -> true; qualifiers (ehemalig) are not part.
  bool IsRoleModifier(std::string_view word) const;
  bool IsRoleQualifier(std::string_view word) const;
  const MeetingTrigger* FindTrigger(std::string_view token) const;
  // "soll" -> "planned", "kein" -> "negated"; nullptr if not a cue.
  const std::string* StatusCue(std::string_view word) const;
  bool IsPlaceNoun(std::string_view token) const;  // "Region", "Hauptstadt-Flughafen"
  bool IsOrgNoun(std::string_view token) const;    // "Nachrichtenagentur", "US-Senders"
  // A word that ends a company's name after the name, as written: "Capital", "Aerosystems".
  bool IsCompanyWord(std::string_view word) const;
  // The same for a token already folded (text::FoldForMatch).
  bool IsFoldedPlaceNoun(std::string_view folded) const;
  // A listed place noun itself, not a compound ending in one: "tal", not "kochertal".
  bool IsListedPlaceNoun(std::string_view folded) const;
  bool IsFoldedOrgNoun(std::string_view folded) const;
  // A listed organization noun itself, not a compound ending in one: "lobbyverband", not
  // "zuchtverband".
  bool IsListedOrgNoun(std::string_view folded) const;
  // A venue noun's type by its folded nominative ("landtag", "innenministerium"); nullptr if none.
  const EntityType* VenueType(std::string_view folded_nominative) const;
  const NamedThing* CountryByName(std::string_view canonical) const;
  // A state's capital by the state's canonical name ("Äthiopien" -> Addis Abeba); nullptr if unknown.
  const NamedThing* CapitalOf(std::string_view country) const;
  // The state a city lies in, by the city's canonical name ("Dschidda" -> "Saudi-Arabien");
  // nullptr when unknown.
  const std::string* StateOfCity(std::string_view canonical) const;

  // A company's legal form written after its name: "GmbH", "AG", "SE", "KG".
  static bool IsLegalForm(std::string_view word);
  // An academic title before a name, never part of it: "Dr.", "Prof.", "Mag.", "Dipl.-Ing.".
  static bool IsAcademicTitle(std::string_view token);
  // The key a phrase is looked up under: words folded (lower case, ß -> ss), adjective
  // endings of all words but the last removed, so inflected forms meet
  // ("Vereinigten Staaten" and "Vereinigte Staaten" -> "vereinigt staaten").
  static std::string PhraseKey(const std::vector<std::string_view>& words);
  // The same for words already folded (text::FoldForMatch).
  static std::string FoldedPhraseKey(const std::vector<std::string_view>& folded_words);

 private:
  void AddName(const std::string& form, const NamedThing& thing, int priority);
  // Remembers the river or region that ends a town's name of several words ("Main" of "Frankfurt am
  // Main"), for IsTownNameTail.
  void LearnTownNameTail(const std::vector<std::string_view>& words);
  void LoadPlaces(const std::filesystem::path& data_dir);
  void LoadOrganizations(const std::filesystem::path& data_dir);
  void LoadRoles(const std::filesystem::path& data_dir);
  void LoadCues(const std::filesystem::path& data_dir);
  // After the places and the nationalities: drops a place named like a nation's people
  // ("Gambier", "Russe"), which news writes for them, not for the islands or the town.
  void DropPlacesNamedLikeADemonym();

  struct Entry {
    NamedThing thing;
    int priority = 0;
  };
  // Hashes std::string and std::string_view alike, so look-ups need no temporary string.
  struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
  };
  template <typename V>
  using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;
  using StringSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;
  // Hashes of the last bytes of a list's keys: whether a key can end a word, answered without
  // a look-up, so the suffix searches reject most tokens by their ending alone.
  class EndFilter {
   public:
    void Add(std::string_view key);
    bool MayEnd(std::string_view word) const;  // false: no key is a suffix of `word`
    // The same for the folded form of `token` (text::FoldForMatch), without folding it when
    // its last bytes are ASCII.
    bool MayEndFolded(std::string_view token) const;

   private:
    std::size_t shortest_ = static_cast<std::size_t>(-1);
    std::bitset<1 << 16> ends_;
  };

  StringMap<Entry> names_;
  StringMap<NamedThing> countries_;  // by folded canonical name
  StringMap<NamedThing> capitals_;   // by the folded canonical name of their state
  std::size_t longest_name_tokens_ = 1;
  StringSet name_first_words_;  // the first word of each key of several words
  StringSet town_name_tails_;   // IsTownNameTail
  StringSet first_names_;
  StringMap<char> first_name_gender_;
  StringMap<std::string> nationality_;
  EndFilter adjective_ends_;  // the ends of nationality_'s stems with their endings
  std::vector<RoleNoun> roles_;
  StringMap<std::size_t> role_forms_;  // folded inflected form -> roles_ index
  StringMap<bool> role_form_feminine_;
  StringMap<bool> role_form_plural_;
  StringMap<std::string> role_modifiers_;  // stem -> class
  StringMap<MeetingTrigger> triggers_;
  StringMap<std::string> status_cues_;
  StringSet place_nouns_;
  StringSet org_nouns_;
  // Company words by their first letter (A-Z): few each, compared by length first, no hashing
  // for the many capitalized words asked.
  std::array<std::vector<std::string>, 26> company_words_;
  std::vector<std::string> company_word_ends_;  // "systems" for "*systems"
  StringMap<EntityType> venue_nouns_;            // whole words
  std::vector<std::pair<std::string, EntityType>> venue_endings_;  // "*ministerium"
  // The longest key of each suffix-searched list, in bytes: a token's tails longer than that
  // cannot match, so the searches look only at the token's last bytes (linear in its length).
  std::size_t longest_role_form_ = 0;
  std::size_t longest_trigger_ = 0;
  std::size_t longest_place_noun_ = 0;
  std::size_t longest_org_noun_ = 0;
  EndFilter role_form_ends_;
  EndFilter trigger_ends_;
  EndFilter place_noun_ends_;
  EndFilter org_noun_ends_;
};

// Splits a TAB-separated line; exposed for tests.
std::vector<std::string> SplitTabs(std::string_view line);

}  // namespace newskg::recognition
