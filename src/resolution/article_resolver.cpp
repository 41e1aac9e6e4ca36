#include "resolution/article_resolver.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include "common/content_hash.h"
#include "resolution/cluster_key.h"
#include "resolution/name_key.h"
#include "resolution/office_forms.h"
#include "text/utf8.h"
#include "text/words.h"

namespace newskg::resolution {
namespace {

using recognition::Mention;
using recognition::MentionKind;

// Notes `value` under `key` in `by`, or "" where another value is noted there already: a short
// form two names share stands for neither.
template <typename Key>
void NoteUnlessShared(std::map<Key, std::string>& by, Key key, const std::string& value) {
  const auto [it, added] = by.emplace(std::move(key), value);
  if (!added && it->second != value) it->second.clear();
}

// "Deutscher Olympischer Sportbund (DOSB)": an acronym in brackets right after a name is
// that name's short form; the index of that name's mention, if so.
std::optional<std::size_t> ExpandedBy(const extraction::ArticleFacts& facts, std::size_t m) {
  const std::vector<Mention>& mentions = facts.mentions;
  const Mention& acronym = mentions[m];
  if (acronym.type == EntityType::Person || acronym.first_token < 2) return std::nullopt;
  if (!text::IsAcronym(acronym.surface)) return std::nullopt;
  const auto& tokens = facts.article.sentences.at(acronym.sentence).tokens;
  if (tokens.at(acronym.first_token - 1).text != "(" || acronym.last_token >= tokens.size() ||
      tokens[acronym.last_token].text != ")") {
    return std::nullopt;
  }
  for (std::size_t n = 0; n < mentions.size(); ++n) {
    const Mention& name = mentions[n];
    if (n != m && name.sentence == acronym.sentence && name.last_token + 1 == acronym.first_token &&
        name.type == acronym.type && name.kind == MentionKind::Name && name.canonical.size() > acronym.surface.size()) {
      return n;
    }
  }
  return std::nullopt;
}

// "Herr Brandt", "Frau Brandt": the gender of the title right before the mention, or 0.
char GenderOfTitle(const extraction::ArticleFacts& facts, std::size_t m) {
  const Mention& mention = facts.mentions[m];
  if (mention.first_token == 0) return 0;
  const std::string& title = facts.article.sentences.at(mention.sentence).tokens[mention.first_token - 1].text;
  return title == "Herr" || title == "Herrn" ? 'm' : title == "Frau" ? 'f' : 0;
}

// "Herr Brandt", "Brandt sagte, er ...": the gender a surname alone is told with — its title, or
// 'er' after it in its sentence before anyone else is named, or the pronoun that opens the
// reported speech of its tag; 0 if none. ('sie' may be many, and 'ihn', 'sein' a thing.)
char GenderOfSurnameAlone(const extraction::ArticleFacts& facts, std::size_t m) {
  const Mention& alone = facts.mentions[m];
  const auto& tokens = facts.article.sentences.at(alone.sentence).tokens;
  if (const char titled = GenderOfTitle(facts, m)) return titled;
  // "Er sei nicht verwandt, stellte Brandt klar": the speaker of a tag after reported speech.
  if (alone.first_token >= 2 && tokens[alone.first_token - 2].text == "," && tokens.size() > 1) {
    bool named_before = false;
    for (const Mention& other : facts.mentions) {
      named_before = named_before || (other.sentence == alone.sentence && other.first_token < alone.first_token &&
                                      other.type == EntityType::Person);
    }
    const std::string& verb = tokens[1].text;
    const bool singular = verb == "sei" || verb == "habe" || verb == "werde" || verb == "wolle" || verb == "könne";
    if (!named_before && tokens[0].text == "Er") return 'm';
    if (!named_before && tokens[0].text == "Sie" && singular) return 'f';
  }
  std::size_t next_person = tokens.size();
  for (const Mention& other : facts.mentions) {
    if (other.sentence == alone.sentence && other.type == EntityType::Person && other.first_token >= alone.last_token) {
      next_person = std::min(next_person, other.first_token);
    }
  }
  for (std::size_t t = alone.last_token; t < next_person; ++t) {
    const std::string& word = tokens[t].text;
    if (word == "er") return 'm';
  }
  return 0;
}

// What makes an article's own venue ("der Landtag") a key of its own: "-" and a hash of the article.
std::string ArticleSuffix(const extraction::ArticleFacts& facts) {
  return "-" + common::HashHex(common::Hash64(facts.article.id)).substr(0, 8);
}

// The cluster key of every mention ("" for none). `guessed` marks a surname alone taken for the
// first named of two or more people of the article, named before it, who share it, where no
// title, pronoun, kinship or office tells which of them it is.
std::vector<std::string> KeyMentions(const extraction::ArticleFacts& facts, std::vector<bool>& guessed) {
  const std::vector<Mention>& mentions = facts.mentions;
  std::vector<std::string> keys(mentions.size());
  guessed.assign(mentions.size(), false);
  std::vector<PersonName> names(mentions.size());
  const std::string article_suffix = ArticleSuffix(facts);
  for (std::size_t m = 0; m < mentions.size(); ++m) {
    if (mentions[m].type != EntityType::Person) {
      keys[m] = ThingKey(mentions[m].canonical);
      // "der Landtag" of this article is not the one of another: the key names the article.
      if (mentions[m].article_local && !keys[m].empty()) keys[m] += article_suffix;
      continue;
    }
    names[m] = SplitPersonName(mentions[m].canonical);
    keys[m] = FullNameKey(names[m]);
  }
  // An article spells one person one way: two given names that share a key but not their
  // letters ("Karsten Vogel ... Kerstin Vogel") are two people. The one named first keeps the
  // key; the other is keyed by its whole given name.
  // (The given names are keyed only where a key comes back with another canonical name.)
  // So are two surnames of one key written differently after the same given name ("Jonas Hellwig
  // ... Jonas Helwig"); the other is keyed by its surname's letters, which a surname alone written
  // so then names ("Helwig sagte").
  auto given_name = [&](std::size_t m) { return NameKey(text::SplitWords(mentions[m].canonical).front()); };
  std::map<std::string, std::size_t> first_of_key;
  // surname's key -> its letters -> the full name's key
  std::map<std::string, std::map<std::string, std::string>> spellings_by_surname;
  for (std::size_t m = 0; m < mentions.size(); ++m) {
    if (mentions[m].type != EntityType::Person || keys[m].empty()) continue;
    const auto [it, added] = first_of_key.emplace(keys[m], m);
    if (added || mentions[it->second].canonical == mentions[m].canonical) continue;
    const std::string given = given_name(m);
    if (!given.empty() && given != given_name(it->second)) {
      keys[m] = FullNameKey(PersonName{given, names[m].last, names[m].family});
      continue;
    }
    const std::vector<std::string_view> words = text::SplitWords(mentions[m].canonical);
    const std::vector<std::string_view> first_words = text::SplitWords(mentions[it->second].canonical);
    if (words.size() != 2 || first_words.size() != 2 || words[0] != first_words[0]) continue;
    const std::string letters = SpellingKey(words[1]);
    const std::string first_letters = SpellingKey(first_words[1]);
    if (letters == first_letters) continue;
    keys[m] = FullNameKey(PersonName{names[m].first, letters, names[m].family});
    spellings_by_surname[names[m].last].emplace(first_letters, keys[it->second]);
    spellings_by_surname[names[m].last].emplace(letters, keys[m]);
  }
  // "Hubert Schulze Kettler ... Schulze Kettler", "Anna Große Brinkhaus ... Große Brinkhaus": a
  // two-word name that ends a longer one of the article is that person (a Westphalian double
  // surname, or a second given name used alone).
  {
    std::map<std::string, std::string> longer_by_tail;  // "key key" of the last two words -> key; "" when two
    auto tail_key = [](const std::vector<std::string_view>& words) {
      return NameKey(words[words.size() - 2]) + " " + NameKey(words.back());
    };
    for (std::size_t m = 0; m < mentions.size(); ++m) {
      if (mentions[m].type != EntityType::Person || keys[m].empty()) continue;
      const std::vector<std::string_view> words = text::SplitWords(mentions[m].canonical);
      if (words.size() < 3 || words[words.size() - 2].ends_with('.')) continue;
      NoteUnlessShared(longer_by_tail, tail_key(words), keys[m]);
    }
    for (std::size_t m = 0; m < mentions.size() && !longer_by_tail.empty(); ++m) {
      if (mentions[m].type != EntityType::Person || keys[m].empty()) continue;
      const std::vector<std::string_view> words = text::SplitWords(mentions[m].canonical);
      if (words.size() != 2) continue;
      auto it = longer_by_tail.find(tail_key(words));
      if (it != longer_by_tail.end() && !it->second.empty()) keys[m] = it->second;
    }
  }
  // Full names first, so that a surname before its full name still finds it: surname -> key of
  // the first full name (in mention order) with it. (Scanning all mentions for every surname
  // alone was quadratic in a long article.)
  // A father's name after "bin" is looked up with it: "bin Salman" alone is the son, "Salman"
  // alone is not.
  auto surname_of = [&](std::size_t m) { return names[m].patronymic ? "bin " + names[m].last : names[m].last; };
  std::map<std::string, std::string> first_full_by_surname;
  bool surname_shared = false;  // two people of the article share a surname (or a family name)
  for (std::size_t m = 0; m < mentions.size(); ++m) {
    if (mentions[m].type == EntityType::Person && !names[m].first.empty() && !keys[m].empty()) {
      const auto [at, added] = first_full_by_surname.emplace(surname_of(m), keys[m]);
      surname_shared = surname_shared || (!added && at->second != keys[m]);
      if (!names[m].family.empty()) first_full_by_surname.emplace(names[m].family, keys[m]);
      // "Papst Leo XIV. ... Papst Leo": a ruler's name alone is the one with the number.
      if (mentions[m].canonical.ends_with('.')) {
        const std::vector<std::string_view> words = text::SplitWords(mentions[m].canonical);
        if (words.size() == 2 && text::IsRegnalNumber(words[1])) {
          first_full_by_surname.emplace(NameKey(words[0]), keys[m]);
        }
      }
    }
  }
  // Who shares a surname, by gender and by when first named: needed only where two people share
  // one or someone is introduced as a relative (most articles have neither).
  const bool kinship =
      std::any_of(facts.roles.begin(), facts.roles.end(), [](const auto& role) { return role.kinship; });
  std::map<std::string, std::map<std::string, char>> genders_by_surname;  // surname -> key -> gender ('?' mixed)
  std::map<std::string, std::size_t> first_named;                         // full name's key -> its first begin
  for (std::size_t m = 0; m < mentions.size() && (surname_shared || kinship); ++m) {
    if (mentions[m].type != EntityType::Person || names[m].first.empty() || keys[m].empty()) continue;
    const char gender = m < facts.given_name_gender.size() ? facts.given_name_gender[m] : 0;
    const auto [it, added] = genders_by_surname[surname_of(m)].emplace(keys[m], gender);
    if (!added && it->second != gender) it->second = '?';
    const auto [named, first] = first_named.emplace(keys[m], mentions[m].begin);
    if (!first) named->second = std::min(named->second, mentions[m].begin);
  }
  // "Luiz Inácio Lula da Silva ... Lula": a word inside a name of four words or more is the
  // name the person goes by when no one else has it as surname (a Portuguese or Spanish name's
  // short form; shorter names have no such word: "Anna Lena Graf ... Lena" is not her).
  std::map<std::string, std::string> full_by_inner_word;
  for (std::size_t m = 0; m < mentions.size(); ++m) {
    if (mentions[m].type != EntityType::Person || names[m].first.empty() || keys[m].empty()) continue;
    if (std::count(mentions[m].canonical.begin(), mentions[m].canonical.end(), ' ') < 3) continue;
    const std::vector<std::string_view> words = text::SplitWords(mentions[m].canonical);
    if (words.size() < 4) continue;
    for (std::size_t w = 1; w + 1 < words.size(); ++w) {
      if (!text::StartsUpper(words[w])) continue;
      NoteUnlessShared(full_by_inner_word, NameKey(words[w]), keys[m]);
    }
  }
  // "Wang Wentao ... Wang", "Friedrich Merz ... „Friedrich“": the first word of a two-word name
  // alone is that person when no one else's name begins with it (a Chinese or Korean family
  // name comes first; a given name alone stands in quotes and addresses).
  // Built when first needed: few articles have a name alone that no surname explains.
  std::map<std::string, std::string> full_by_first_word;
  bool first_words_known = false;
  auto first_word_index = [&]() -> const std::map<std::string, std::string>& {
    if (first_words_known) return full_by_first_word;
    first_words_known = true;
    for (std::size_t m = 0; m < mentions.size(); ++m) {
      if (mentions[m].type != EntityType::Person || names[m].first.empty() || keys[m].empty()) continue;
      const std::vector<std::string_view> words = text::SplitWords(mentions[m].canonical);
      if (words.size() != 2) continue;
      NoteUnlessShared(full_by_first_word, NameKey(words[0]), keys[m]);
    }
    return full_by_first_word;
  };
  // "Lea Brandt ... ihr Vater Ole Brandt ... Brandt sagte, er ...": where a man and a woman named
  // before it share a surname, the surname alone told with a gender (a title, a pronoun) is the
  // one of that gender, and so is every use of it alone after that one was named. Not when the
  // uses disagree, nor for one named only after it ("Brandt ... der mit ihr nicht verwandte Ole
  // Brandt").
  std::map<std::string, std::string> told_by_gender;  // surname -> key; "" when uses disagree
  for (std::size_t m = 0; m < mentions.size(); ++m) {
    if (mentions[m].type != EntityType::Person || !keys[m].empty() || names[m].last.empty()) continue;
    auto genders = genders_by_surname.find(surname_of(m));
    if (genders == genders_by_surname.end() || genders->second.size() < 2) continue;
    const char gender = GenderOfSurnameAlone(facts, m);
    if (!gender) continue;
    std::string pick;
    bool clear = true;  // every other one named before is of the other gender
    for (const auto& [key, g] : genders->second) {
      if (first_named.at(key) >= mentions[m].begin) continue;
      if (g == gender) {
        clear = clear && pick.empty();
        pick = key;
      } else {
        clear = clear && (g == 'f' || g == 'm');
      }
    }
    if (!clear || pick.empty()) continue;
    NoteUnlessShared(told_by_gender, surname_of(m), pick);
  }
  std::erase_if(told_by_gender, [](const auto& told) { return told.second.empty(); });
  // "Lea Brandt, die Tochter der Vorsitzenden Eva Brandt ... sagte Brandt": one introduced only
  // as a relative is not whom the surname alone means, where another shares it.
  std::map<std::string, bool> relative;  // full name's key -> whether all its roles are kinship
  for (std::size_t r = 0; r < facts.roles.size() && kinship; ++r) {
    const auto& role = facts.roles[r];
    if (role.person >= mentions.size() || keys[role.person].empty() || names[role.person].first.empty()) continue;
    const auto [it, added] = relative.emplace(keys[role.person], role.kinship);
    if (!added) it->second = it->second && role.kinship;
  }
  auto is_relative = [&](const std::string& key) {
    auto it = relative.find(key);
    return it != relative.end() && it->second;
  };
  for (std::size_t m = 0; m < mentions.size(); ++m) {
    if (mentions[m].type != EntityType::Person || !keys[m].empty() || names[m].last.empty()) {
      continue;
    }
    auto full = first_full_by_surname.find(surname_of(m));
    if (full == first_full_by_surname.end()) {
      if (auto inner = full_by_inner_word.find(names[m].last); inner != full_by_inner_word.end() && !inner->second.empty()) {
        keys[m] = inner->second;
        continue;
      }
      const auto& by_first_word = first_word_index();
      if (auto first = by_first_word.find(names[m].last); first != by_first_word.end() && !first->second.empty()) {
        keys[m] = first->second;
        continue;
      }
    }
    keys[m] = full != first_full_by_surname.end() ? full->second : SurnameKey(names[m].last);
    const auto genders = genders_by_surname.find(surname_of(m));
    if (genders == genders_by_surname.end()) continue;
    bool told = false;
    if (full != first_full_by_surname.end() && is_relative(keys[m])) {
      std::optional<std::string> other;  // the first named of the others
      for (const auto& [key, gender] : genders->second) {
        if (!is_relative(key) && (!other || first_named.at(key) < first_named.at(*other))) other = key;
      }
      if (other) keys[m] = *other;
      told = other.has_value();
    }
    if (auto by_gender = told_by_gender.find(surname_of(m));
        by_gender != told_by_gender.end() && first_named.at(by_gender->second) < mentions[m].begin) {
      keys[m] = by_gender->second;
      told = true;
    }
    if (auto spellings = spellings_by_surname.find(names[m].last); spellings != spellings_by_surname.end()) {
      auto written = spellings->second.find(SpellingKey(mentions[m].canonical));
      if (written != spellings->second.end()) {
        keys[m] = written->second;
        told = true;
      }
    }
    int named_before = 0;
    for (const auto& [key, gender] : genders->second) named_before += first_named.at(key) < mentions[m].begin ? 1 : 0;
    guessed[m] = !told && named_before >= 2;
  }
  // "Museumsleiter Max Ott ... Gemeinderätin Eva Ott ... Gemeinderätin Ott": a surname alone
  // with an office is the one full name of the article with that surname and that office, not
  // the first one named.
  if (!facts.roles.empty()) {
    std::map<std::size_t, std::set<std::string>> offices;  // person mention -> its role labels
    for (const auto& role : facts.roles) offices[role.person].insert(role.label);
    for (const auto& [m, labels] : offices) {
      if (m >= mentions.size() || mentions[m].type != EntityType::Person || !names[m].first.empty() ||
          names[m].last.empty()) {
        continue;
      }
      std::set<std::string> holders;  // keys of full names with this surname and one of the labels
      for (const auto& [n, other] : offices) {
        if (n >= mentions.size() || names[n].first.empty() || names[n].last != names[m].last || keys[n].empty()) {
          continue;
        }
        // (A loop, not a lambda: clang before 16, which builds the fuzz targets, cannot capture
        // a structured binding.)
        bool shared = false;
        for (const std::string& label : labels) shared = shared || other.count(label) > 0;
        if (shared) holders.insert(keys[n]);
      }
      if (holders.size() == 1) {
        keys[m] = *holders.begin();
        guessed[m] = false;
      }
    }
  }
  // "Firmenchef Max Ott ... die Ott Maschinenbau GmbH ... bei Ott": a surname alone that also
  // opens the name of a firm of the article may be either; it labels neither (unless a title or
  // an office tells a person: "Herr Ott", "Seniorchef Ott").
  {
    std::set<std::size_t> holders;
    for (const auto& role : facts.roles) holders.insert(role.person);
    std::set<std::string_view> opening_words;  // first words of organizations' names of two words or more
    for (const Mention& mention : mentions) {
      const std::size_t space = mention.canonical.find(' ');
      if (mention.type == EntityType::Organization && space != std::string::npos) {
        opening_words.insert(std::string_view(mention.canonical).substr(0, space));
      }
    }
    for (std::size_t m = 0; m < mentions.size() && !opening_words.empty(); ++m) {
      if (mentions[m].type == EntityType::Person && names[m].first.empty() &&
          opening_words.count(mentions[m].canonical) && !holders.count(m) && !GenderOfTitle(facts, m)) {
        guessed[m] = true;
      }
    }
  }
  // "der Autobauer Castell ... die Castell Automobile AG", "FC Hanse ... FC Hanse Lüneburg": an
  // organization's name that opens, by whole words, the longer name of one other organization of
  // the article is its short form. Not "SPD" of "SPD-Fraktion" (no whole word), nor an acronym or
  // a name the lexicon knows, which have branches ("SBB Immobilien", "FPÖ Kärnten").
  {
    std::map<std::string, std::string> key_of;  // an organization's canonical name -> its key
    for (std::size_t m = 0; m < mentions.size(); ++m) {
      if (mentions[m].type == EntityType::Organization && !keys[m].empty()) key_of.emplace(mentions[m].canonical, keys[m]);
    }
    // A compound that ends the longer name goes to it first: "die Karl Ott-Stiftung ... die
    // Ott-Stiftung ... die Ott-Stiftung für Denkmalpflege", whose branch it does not name.
    std::map<std::string, std::string> longer_by_short, ending_in_short;  // short canonical -> key; "" when two
    for (const auto& [name, key] : key_of) {
      for (std::size_t space = name.find(' '); space != std::string::npos; space = name.find(' ', space + 1)) {
        for (const bool opens : {true, false}) {
          const std::string part = opens ? name.substr(0, space) : name.substr(space + 1);
          if (!key_of.count(part) || (!opens && (part.find(' ') != std::string::npos ||
                                                 part.find('-') == std::string::npos))) {
            continue;
          }
          NoteUnlessShared(opens ? longer_by_short : ending_in_short, part, key);
        }
      }
    }
    for (std::size_t m = 0; m < mentions.size() && !(longer_by_short.empty() && ending_in_short.empty()); ++m) {
      if (mentions[m].type != EntityType::Organization || mentions[m].article_local || mentions[m].known ||
          text::IsAllUpper(mentions[m].canonical)) {
        continue;
      }
      for (const auto* longer : {&ending_in_short, &longer_by_short}) {
        auto it = longer->find(mentions[m].canonical);
        if (it == longer->end() || it->second.empty()) continue;
        keys[m] = it->second;
        break;
      }
    }
  }
  // "das Bundesministerium für Verkehr und Häfen ... das Bundesverkehrsministerium": a ministry's
  // compound name on the first word of its remit is the ministry the article names in full (both
  // federal, or neither: a Land's "Verkehrsministerium" is another).
  {
    // The folded compound's remit ("verkehrs") and whether it is federal, or none.
    auto compound_remit = [](const std::string& folded) -> std::optional<std::pair<std::string, bool>> {
      constexpr std::string_view kFederal = "bundes", kMinistry = "ministerium";
      if (folded.find(' ') != std::string::npos || !folded.ends_with(kMinistry)) return std::nullopt;
      const std::size_t from = folded.starts_with(kFederal) ? kFederal.size() : 0;
      std::string remit = folded.substr(from, folded.size() - from - kMinistry.size());
      if (remit.size() < 4) return std::nullopt;
      return std::make_pair(std::move(remit), from > 0);
    };
    // The first word of a full name's remit ("verkehr" of "Bundesministerium für Verkehr und
    // Häfen"; "innen" of "des Innern") and whether it is federal, or none.
    auto full_remit = [](const std::string& folded) -> std::optional<std::pair<std::string, bool>> {
      const bool federal = folded.starts_with("bundesministerium ");
      if (!federal && !folded.starts_with("ministerium ")) return std::nullopt;
      std::size_t from = folded.find(' ') + 1;
      const std::size_t space = folded.find(' ', from);
      if (space == std::string::npos) return std::nullopt;
      const std::string preposition = folded.substr(from, space - from);
      if (preposition != "für" && preposition != "des" && preposition != "der") return std::nullopt;
      from = space + 1;
      std::string word = folded.substr(from, folded.find_first_of(" ,", from) - from);
      if (word == "innern") word = "innen";
      if (word.size() < 4) return std::nullopt;
      return std::make_pair(std::move(word), federal);
    };
    std::map<std::pair<std::string, bool>, std::string> full_by_remit;  // -> key; "" when two
    for (std::size_t m = 0; m < mentions.size(); ++m) {
      if (mentions[m].type != EntityType::Organization || keys[m].empty()) continue;
      if (auto remit = full_remit(text::FoldForMatch(mentions[m].canonical))) {
        NoteUnlessShared(full_by_remit, std::move(*remit), keys[m]);
      }
    }
    for (std::size_t m = 0; m < mentions.size() && !full_by_remit.empty(); ++m) {
      if (mentions[m].type != EntityType::Organization) continue;
      auto remit = compound_remit(text::FoldForMatch(mentions[m].canonical));
      if (!remit) continue;
      auto it = full_by_remit.find(*remit);
      if (it == full_by_remit.end() && remit->first.ends_with("s")) {  // "verkehrs": a joining "s"
        remit->first.pop_back();
        it = full_by_remit.find(*remit);
      }
      if (it != full_by_remit.end() && !it->second.empty()) keys[m] = it->second;
    }
  }
  // "des Bundeskanzleramts ... das Kanzleramt": a federal office's name without its "Bundes-" is
  // its short form in an article that names it in full (not a ministry: "das
  // Landwirtschaftsministerium" may be a Land's).
  {
    std::map<std::string, std::string> federal;  // folded "bundeskanzleramt" -> key
    for (std::size_t m = 0; m < mentions.size(); ++m) {
      if (mentions[m].type != EntityType::Organization || keys[m].empty()) continue;
      std::string folded = text::FoldForMatch(mentions[m].canonical);
      if (folded.size() > 12 && folded.starts_with("bundes") && folded.ends_with("amt") &&
          folded.find(' ') == std::string::npos) {
        federal.emplace(std::move(folded), keys[m]);
      }
    }
    for (std::size_t m = 0; m < mentions.size() && !federal.empty(); ++m) {
      const Mention& short_form = mentions[m];
      if (short_form.type != EntityType::Organization || short_form.canonical.find(' ') != std::string::npos) continue;
      auto it = federal.find("bundes" + text::FoldForMatch(short_form.canonical));
      if (it != federal.end()) keys[m] = it->second;
    }
  }
  // "die Ulmer Falken ... die Falken", "Ningbo Tianlong ... Tianlong": a team or a firm named by
  // its town (or the town's adjective) and a word of its own goes by that word alone.
  {
    std::set<std::string_view> places;
    for (const Mention& m : mentions) {
      if (m.type == EntityType::Place && m.kind == MentionKind::Name) places.insert(m.canonical);
    }
    std::map<std::string, std::string> team_by_word;  // its own word -> key; "" when two
    for (std::size_t m = 0; m < mentions.size(); ++m) {
      if (mentions[m].type != EntityType::Organization || mentions[m].kind != MentionKind::Name || keys[m].empty()) {
        continue;
      }
      const std::vector<std::string_view> words = text::SplitWords(mentions[m].canonical);
      // (Not a body's noun: "Deutscher Rugby-Verband" and a "Rugby-Verband" are two.)
      if (words.size() != 2 || text::IsAllUpper(words[1]) || words[1].find('-') != std::string_view::npos) continue;
      if (!words[0].ends_with("er") && !places.contains(words[0])) continue;
      NoteUnlessShared(team_by_word, std::string(words[1]), keys[m]);
    }
    for (std::size_t m = 0; m < mentions.size() && !team_by_word.empty(); ++m) {
      if (mentions[m].type != EntityType::Organization || mentions[m].known || mentions[m].article_local) continue;
      auto it = team_by_word.find(mentions[m].canonical);
      if (it != team_by_word.end() && !it->second.empty()) keys[m] = it->second;
    }
  }
  // "Halle (Saale) ... in Halle": a town named in full once is the one its first word names in
  // the article (one named by its river, "Ulm an der Donau ... Ulm", recognition refers already).
  {
    std::map<std::string, std::string> full_by_town;  // short canonical -> key; "" when two
    for (std::size_t m = 0; m < mentions.size(); ++m) {
      if (mentions[m].type != EntityType::Place || mentions[m].kind != MentionKind::Name || keys[m].empty()) continue;
      const std::string& name = mentions[m].canonical;
      const std::size_t at = name.find(" (");
      if (at != std::string::npos && at > 0) NoteUnlessShared(full_by_town, name.substr(0, at), keys[m]);
    }
    for (std::size_t m = 0; m < mentions.size() && !full_by_town.empty(); ++m) {
      if (mentions[m].type != EntityType::Place || mentions[m].article_local) continue;
      auto it = full_by_town.find(mentions[m].canonical);
      if (it != full_by_town.end() && !it->second.empty()) keys[m] = it->second;
    }
  }
  // "die Bayerische Staatskanzlei ... in der Staatskanzlei": the article's own venue is the one
  // institution of the article named by adjectives before it, else by its place after it ("der
  // Ortsbeirat Lindenau ... im Ortsbeirat"). (Not a compound: "das Bundespräsidialamt" and a
  // foreign president's "Präsidialamt" are two.)
  for (std::size_t m = 0; m < mentions.size(); ++m) {
    if (!mentions[m].article_local || keys[m].empty()) continue;
    const std::string& venue = mentions[m].canonical;
    const std::string spaced = " " + venue, opened = venue + " ";
    // One found by its adjectives outranks one by its place ("das Lindenauer Rathaus",
    // "Rathaus Lindenau"): [0] by adjectives, [1] by place.
    std::string found[2];
    bool two[2] = {false, false};
    for (std::size_t n = 0; n < mentions.size(); ++n) {
      const Mention& other = mentions[n];
      if (n == m || other.type != mentions[m].type || other.kind != MentionKind::Name || keys[n].empty()) {
        continue;
      }
      // "Bayerische Staatskanzlei", not "Ausschuss der Bürgerschaft": adjectives before it, or
      // capitalized words after it ("Ortsbeirat Lindenau").
      const std::string_view name = other.canonical;
      if (name.size() <= spaced.size()) continue;
      auto every_word = [](std::string_view part, auto&& holds) {
        const auto words = text::SplitWords(part);
        return std::all_of(words.begin(), words.end(), holds);
      };
      const bool adjectives =
          name.ends_with(spaced) && every_word(name.substr(0, name.size() - venue.size()), [](std::string_view word) {
            return text::StartsUpper(word) && text::EndsWithAny(word, {"e", "er", "es"});
          });
      const bool place_after = name.starts_with(opened) && every_word(name.substr(venue.size()), [](std::string_view word) {
                                 return text::StartsUpper(word);
                               });
      if (!adjectives && !place_after) continue;
      const int by = adjectives ? 0 : 1;
      two[by] = two[by] || (!found[by].empty() && found[by] != keys[n]);
      found[by] = keys[n];
    }
    for (int by : {0, 1}) {
      if (found[by].empty()) continue;
      if (!two[by]) keys[m] = found[by];
      break;
    }
  }
  // "die Linz AG ... in Linz": a company named after a town the article names is not the town;
  // its key keeps the legal form.
  std::set<std::string_view> place_keys;
  for (std::size_t m = 0; m < mentions.size(); ++m) {
    if (mentions[m].type == EntityType::Place && mentions[m].kind == MentionKind::Name) place_keys.insert(keys[m]);
  }
  for (std::size_t m = 0; m < mentions.size(); ++m) {
    const Mention& company = mentions[m];
    if (company.type != EntityType::Organization || !place_keys.count(keys[m])) continue;
    std::string full = "t/" + PhraseNameKey(company.canonical);
    if (ThingKey(company.canonical) != full) keys[m] = std::move(full);
  }
  // An acronym introduced in brackets is its name's, here and wherever else it stands alone.
  std::map<std::string, std::string> expansion;
  for (std::size_t m = 0; m < mentions.size(); ++m) {
    if (const auto name = ExpandedBy(facts, m); name && !keys[*name].empty()) {
      expansion.emplace(keys[m], keys[*name]);
    }
  }
  // "Der Deutsche Judo-Bund ... Der DJB": an acronym standing alone spells the initials of the
  // one organization the article names so ("Rhein-Emscher-Bahn" for "REB").
  std::map<std::string, std::set<std::string>> spelled;
  for (std::size_t n = 0; n < mentions.size(); ++n) {
    const Mention& name = mentions[n];
    if (name.type != EntityType::Organization || name.kind != MentionKind::Name || keys[n].empty()) continue;
    // "Bundesamt für Naturschutz" spells "BfN" too.
    for (const std::string& initials :
         {text::NameInitials(name.canonical), text::NameInitialsWithFuer(name.canonical)}) {
      if (initials.size() >= 2) spelled[initials].insert(keys[n]);
    }
  }
  for (std::size_t m = 0; m < mentions.size(); ++m) {
    const Mention& acronym = mentions[m];
    if (acronym.type != EntityType::Organization || keys[m].empty() || expansion.count(keys[m]) ||
        !text::IsAcronym(acronym.surface)) {
      continue;
    }
    const auto it = spelled.find(text::FoldForMatch(acronym.surface));
    if (it != spelled.end() && it->second.size() == 1) expansion.emplace(keys[m], *it->second.begin());
  }
  // "die Interessengemeinschaft Altstadt Kesselbach ... die IG Altstadt ... die IG": the short
  // form of the one group of members whose name it opens.
  for (std::size_t m = 0; m < mentions.size(); ++m) {
    const std::string_view name = mentions[m].canonical;
    if (mentions[m].type != EntityType::Organization || keys[m].empty() || expansion.count(keys[m]) ||
        !(name == "IG" || name.starts_with("IG "))) {
      continue;
    }
    const std::string_view rest = name.substr(std::min<std::size_t>(name.size(), 3));
    std::set<std::string> groups;
    for (std::size_t n = 0; n < mentions.size(); ++n) {
      const std::string_view group = mentions[n].canonical;
      constexpr std::string_view kGroup = "Interessengemeinschaft ";
      if (mentions[n].type == EntityType::Organization && !keys[n].empty() && group.starts_with(kGroup) &&
          group.substr(kGroup.size()).starts_with(rest)) {
        groups.insert(keys[n]);
      }
    }
    if (groups.size() == 1) expansion.emplace(keys[m], *groups.begin());
  }
  for (std::string& key : keys) {
    if (auto it = expansion.find(key); it != expansion.end()) key = it->second;
  }
  return keys;
}

bool IsControl(char32_t c) {
  return c < 0x20 || (c >= 0x7f && c < 0xa0) || c == 0x2028 || c == 0x2029;
}

}  // namespace

std::string CleanName(std::string_view name) {
  std::string out;
  bool space = false;
  for (std::size_t i = 0; i < name.size();) {
    const text::CodePoint cp = text::DecodeAt(name, i);
    const bool blank = cp.value == U' ' || IsControl(cp.value);
    if (blank) {
      space = !out.empty();
    } else {
      if (space) out += ' ';
      space = false;
      out.append(name.substr(i, cp.length));
    }
    i += cp.length;
  }
  return out;
}

ResolvedArticle ResolveArticle(const extraction::ArticleFacts& facts) {
  const std::vector<Mention>& mentions = facts.mentions;
  std::vector<bool> guessed;
  const std::vector<std::string> keys = KeyMentions(facts, guessed);
  const std::string article_suffix = ArticleSuffix(facts);

  std::map<std::string, LocalEntity> by_key;
  std::map<std::string, std::map<std::string, std::uint32_t>> names;
  std::map<std::string, std::set<std::string>> surfaces;
  // "Flughafen Seewiesen" goes by "Seewiesen" too, unless the article names a town Seewiesen.
  std::set<std::string_view> site_names;
  for (const Mention& mention : mentions) {
    if (!mention.site_name.empty()) site_names.insert(mention.site_name);
  }
  if (!site_names.empty()) {
    for (const Mention& mention : mentions) {
      if (mention.site_name.empty() && mention.kind == MentionKind::Name) site_names.erase(mention.canonical);
    }
    // "die Bürgerinitiative Salzstock Asse ... der Salzstock Asse": a body's words written alone
    // elsewhere may name something else.
    std::map<std::string_view, std::size_t> bodies;  // a body's words alone -> its mentions
    for (const Mention& mention : mentions) {
      if (!mention.site_name.empty() && mention.type == EntityType::Organization) ++bodies[mention.site_name];
    }
    const std::string& text = facts.article.text;
    for (const auto& entry : bodies) {
      std::size_t written = 0;
      for (std::size_t at = text.find(entry.first); at != std::string::npos; at = text.find(entry.first, at + 1)) {
        ++written;
      }
      if (written > entry.second) site_names.erase(entry.first);
    }
  }
  // "1,2 Milliarden US-Dollar", "Lausitz-Kohle": a place in a compound's prefix names its entity
  // only where a fact uses it (a meeting's "US-Delegation"). An organization's names it always
  // ("ein BBC-Interview"): news often names an agency or a broadcaster only so.
  std::set<std::string_view> used_keys;
  auto use = [&](std::optional<std::size_t> m) {
    if (m && *m < keys.size()) used_keys.insert(keys[*m]);
  };
  for (const auto& role : facts.roles) {
    use(role.person);
    use(role.of);
  }
  for (const auto& meeting : facts.meetings) {
    for (std::size_t p : meeting.participants) use(p);
    use(meeting.location);
    use(meeting.town);
  }
  for (std::size_t m = 0; m < mentions.size(); ++m) {
    if (keys[m].empty()) continue;
    const Mention& mention = mentions[m];
    const std::string canonical = CleanName(mention.canonical);
    if (canonical.empty()) continue;
    LocalEntity& entity = by_key[keys[m]];
    entity.key = keys[m];
    entity.type_votes[static_cast<std::size_t>(mention.type)] +=
        mention.kind == MentionKind::Name ? 2 : 1;
    entity.is_country = entity.is_country || mention.is_country;
    if (mention.kind == MentionKind::Adjective ||
        (mention.kind == MentionKind::CompoundPrefix && mention.type == EntityType::Place &&
         !used_keys.contains(keys[m]))) {
      names[keys[m]][canonical] += 0;
      continue;
    }
    // An own venue that is an institution named in full ("die Staatskanzlei" of the "Bayerische
    // Staatskanzlei") lends that one no name: in another article, "Staatskanzlei" is another's.
    if (mention.article_local && keys[m] != ThingKey(mention.canonical) + article_suffix) continue;
    entity.named = true;
    names[keys[m]][canonical] += 1;
    // "Eva Ott ... Max Ott ... sagte Ott": a surname the text leaves to either is a name of
    // neither; its facts go to the one taken, but it labels no one.
    if (guessed[m]) continue;
    surfaces[keys[m]].insert(canonical);
    if (std::string surface = CleanName(mention.surface); !surface.empty()) {
      surfaces[keys[m]].insert(std::move(surface));
    }
    if (site_names.count(mention.site_name)) surfaces[keys[m]].insert(mention.site_name);
  }

  // States (and Länder) a meeting or a role implies without naming them, and federal bodies
  // a role implies ("Bundestagspräsidentin"): entities of the article, not named in it.
  struct Implied {
    std::string name;
    bool is_country;
    bool is_body;
  };
  std::vector<Implied> implied;
  for (const auto& meeting : facts.meetings) {
    for (const std::string& state : meeting.implied_states) implied.push_back({state, true, false});
  }
  for (const auto& role : facts.roles) {
    if (!role.implied_of.empty()) {
      implied.push_back({role.implied_of, role.implied_of_country && !role.implied_of_body, role.implied_of_body});
    }
  }
  for (const auto& [name, is_country, is_body] : implied) {
    const std::string key = ThingKey(name);
    const std::string canonical = CleanName(name);
    if (key.empty() || canonical.empty()) continue;
    LocalEntity& entity = by_key[key];
    entity.key = key;
    entity.type_votes[static_cast<std::size_t>(is_body ? EntityType::Organization : EntityType::Place)] += 1;
    entity.is_country = entity.is_country || is_country;
    names[key][canonical] += 0;
  }

  ResolvedArticle out;
  out.id = facts.article.id;
  out.date_published = facts.article.date_published;
  std::map<std::string, std::uint32_t> index_of;
  for (auto& [key, entity] : by_key) {
    entity.names.assign(names[key].begin(), names[key].end());
    entity.surfaces.assign(surfaces[key].begin(), surfaces[key].end());
    index_of[key] = static_cast<std::uint32_t>(out.entities.size());
    out.entities.push_back(std::move(entity));
  }
  auto entity_of = [&](std::size_t mention) -> std::optional<std::uint32_t> {
    if (mention >= keys.size() || keys[mention].empty()) return std::nullopt;
    auto it = index_of.find(keys[mention]);
    if (it == index_of.end()) return std::nullopt;
    return it->second;
  };

  // Evidence: the sentences facts were read from, in text order.
  std::set<std::size_t> used;
  for (const auto& role : facts.roles) used.insert(role.sentence);
  for (const auto& meeting : facts.meetings) used.insert(meeting.sentence);
  std::map<std::size_t, std::uint32_t> sentence_of;
  if (!used.empty()) {
    const text::Article& article = facts.article;
    const text::CharOffsets offsets(article.text);
    for (std::size_t s : used) {
      const text::Sentence& sentence = article.sentences.at(s);
      sentence_of[s] = static_cast<std::uint32_t>(out.sentences.size());
      out.sentences.push_back({article.text.substr(sentence.begin, sentence.end - sentence.begin),
                               offsets.At(sentence.begin), offsets.At(sentence.end)});
    }
  }

  std::vector<LocalRole> roles;
  for (const auto& fact : facts.roles) {
    const auto person = entity_of(fact.person);
    if (!person || !IsPersonKey(out.entities[*person].key)) continue;
    std::optional<std::uint32_t> of = fact.of ? entity_of(*fact.of) : std::nullopt;
    if (!of && !fact.implied_of.empty()) {
      if (auto it = index_of.find(ThingKey(fact.implied_of)); it != index_of.end()) of = it->second;
    }
    if (of == person) of.reset();
    roles.push_back({*person, fact.label, of, sentence_of.at(fact.sentence)});
  }
  MergeOfficeForms(roles);
  std::set<std::tuple<std::uint32_t, std::string, std::optional<std::uint32_t>, std::uint32_t>>
      seen_roles;
  for (LocalRole& role : roles) {
    if (!seen_roles.insert({role.person, role.label, role.of, role.sentence}).second) continue;
    out.roles.push_back(std::move(role));
  }
  for (const auto& fact : facts.meetings) {
    std::set<std::uint32_t> attendees;
    for (std::size_t p : fact.participants) {
      if (auto e = entity_of(p)) attendees.insert(*e);
    }
    for (const std::string& state : fact.implied_states) {
      if (auto it = index_of.find(ThingKey(state)); it != index_of.end()) attendees.insert(it->second);
    }
    if (attendees.size() < 2) continue;
    LocalMeeting meeting;
    meeting.attendees.assign(attendees.begin(), attendees.end());
    if (fact.location) meeting.location = entity_of(*fact.location);
    meeting.location_inferred = meeting.location && fact.location_inferred;
    if (fact.town && meeting.location) {
      meeting.town = entity_of(*fact.town);
      if (meeting.town == meeting.location) meeting.town.reset();
    }
    meeting.time_text = fact.time_text;
    meeting.date = fact.date;
    meeting.status = fact.status;
    meeting.kind = fact.kind;
    meeting.sentence = sentence_of.at(fact.sentence);
    out.meetings.push_back(std::move(meeting));
  }
  return out;
}

}  // namespace newskg::resolution
