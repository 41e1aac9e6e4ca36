#include "resolution/entity_registry.h"

#include <algorithm>
#include <cstring>
#include <set>
#include <vector>

#include "recognition/function_words.h"
#include "resolution/cluster_key.h"
#include "resolution/name_key.h"
#include "text/utf8.h"
#include "text/words.h"

namespace newskg::resolution {
namespace {

bool HasInitial(std::string_view name) {
  for (std::string_view w : text::SplitWords(name)) {
    if (w.size() == 2 && w[1] == '.') return true;
  }
  return false;
}

std::string ChooseLabel(const std::map<std::string, std::uint32_t>& names, bool person) {
  std::string best;
  long best_score = -1;
  std::size_t best_words = 0;
  for (const auto& [name, count] : names) {
    const auto split = text::SplitWords(name);
    const std::size_t words = split.size();
    long score = static_cast<long>(count) * 4 - (HasInitial(name) ? 1 : 0);
    // A surname with its particles ("Van der Bellen") is no fuller name.
    const bool surname_alone = words >= 2 && (recognition::IsNameParticle(text::FoldForMatch(split.front())) ||
                                              (person && SplitPersonName(name).first.empty()));
    if (person && words >= 2 && !surname_alone) score += 1000;
    // Equal scores: the fuller name ("Khalid bin Hamad Al Thani" over "Al Thani").
    if (score > best_score || (score == best_score && words > best_words)) {
      best_score = score;
      best_words = words;
      best = name;
    }
  }
  return best;
}

EntityType VotedType(const TypeVotes& votes) {
  const auto organization = votes[static_cast<std::size_t>(EntityType::Organization)];
  const auto place = votes[static_cast<std::size_t>(EntityType::Place)];
  return place > organization ? EntityType::Place : EntityType::Organization;
}

// "p/dmtri-peskov" -> "peskov".
std::string_view SurnameOfFullKey(std::string_view key) {
  std::string_view slug = KeySlug(key);
  return slug.substr(slug.find('-') + 1);
}

// "p/stvn-kaldvel" -> "stvn"; "p/ana-miler" -> "an": the first name's consonants, without the
// final vowel that tells "Petra" from "Peter".
std::string_view WithoutFinalVowel(std::string_view first) {
  if (first.size() > 1 && std::strchr("aeiou", first.back())) first.remove_suffix(1);
  return first;
}

std::string_view FirstNameBase(std::string_view key) {
  std::string_view slug = KeySlug(key);
  return WithoutFinalVowel(slug.substr(0, slug.find('-')));
}

// Whether `short_names` (all "Jens Brandt") name the first half of a double first name in
// `long_names` ("Jens-Ole Brandt"), whose bearer is never called by half his first name. A second
// given name or initial ("Jens O. Brandt", "Jens Ole Brandt") spells the double name out.
bool HalfOfDoubleFirstName(const std::map<std::string, std::uint32_t>& short_names,
                           const std::map<std::string, std::uint32_t>& long_names, std::string_view base) {
  for (const auto& [name, count] : short_names) {
    if (text::SplitWords(name).size() != 2) return false;
  }
  for (const auto& [name, count] : long_names) {
    const auto words = text::SplitWords(name);
    if (words.size() < 2) continue;
    const std::size_t hyphen = words.front().find('-');
    if (hyphen == std::string_view::npos) continue;
    if (WithoutFinalVowel(FirstNameKey(words.front().substr(0, hyphen))) == base) return true;
  }
  return false;
}

}  // namespace

void EntityRegistry::Add(const ResolvedArticle& article) {
  for (const LocalEntity& local : article.entities) {
    Cluster& cluster = clusters_[local.key];
    for (std::size_t t = 0; t < local.type_votes.size(); ++t) {
      cluster.type_votes[t] += local.type_votes[t];
    }
    cluster.is_country = cluster.is_country || local.is_country;
    for (const auto& [name, count] : local.names) cluster.names[name] += count;
    for (const std::string& surface : local.surfaces) cluster.surfaces.insert(surface);
  }
  // "Hubert Lindner" and his grandson "Hubertus Lindner" in one article are two people, though
  // one first name begins the other.
  std::map<std::string_view, std::vector<const std::string*>> full_by_surname;
  for (const LocalEntity& local : article.entities) {
    if (local.key.starts_with("p/")) full_by_surname[SurnameOfFullKey(local.key)].push_back(&local.key);
  }
  for (const auto& [surname, full] : full_by_surname) {
    for (const std::string* key : full) {
      for (const std::string* other : full) {
        if (*other != *key) clusters_[*key].apart.insert(*other);
      }
    }
  }
}

EntityTable EntityRegistry::Finish() const {
  // Keys in sorted order, so that everything below is independent of hash order.
  std::vector<const std::string*> keys;
  keys.reserve(clusters_.size());
  for (const auto& entry : clusters_) keys.push_back(&entry.first);
  std::sort(keys.begin(), keys.end(), [](auto* a, auto* b) { return *a < *b; });

  std::map<std::string_view, std::vector<const std::string*>> full_by_surname;
  for (const std::string* key : keys) {
    if (key->starts_with("p/")) full_by_surname[SurnameOfFullKey(*key)].push_back(key);
  }
  // Where each key's mentions go: itself; a short first name the one longer first name it
  // begins ("Alex" -> "Alexander", "Steve" -> "Steven") of the same surname; a surname alone
  // the one person with that surname. A first name ending in "a" is short only for one ending
  // in "a" ("Marta" -> "Martha"): "Andrea" is not short for "Andreas", nor "Alexa" for "Alexander";
  // nor is the first half of a double first name short for it.
  std::map<std::string_view, const std::string*> target;
  for (const std::string* key : keys) target[*key] = key;
  for (const auto& [surname, full] : full_by_surname) {
    for (const std::string* key : full) {
      const std::string_view base = FirstNameBase(*key);
      if (base.size() < 3) continue;
      const bool ends_in_a = KeySlug(*key)[base.size()] == 'a';
      const std::string* longer = nullptr;
      int found = 0;
      for (const std::string* other : full) {
        const std::string_view other_base = FirstNameBase(*other);
        if (other != key && other_base.size() > base.size() && other_base.starts_with(base) &&
            !clusters_.at(*key).apart.count(*other) &&
            (!ends_in_a || KeySlug(*other)[other_base.size()] == 'a') &&
            !HalfOfDoubleFirstName(clusters_.at(*key).names, clusters_.at(*other).names, base)) {
          longer = other;
          ++found;
        }
      }
      if (found == 1) target[*key] = longer;
    }
  }
  // An acronym standing alone ("t/dosb") joins the one organization or place that was seen
  // under it ("Deutscher Olympischer Sportbund (DOSB)").
  std::map<std::string, std::set<const std::string*>> named_by_acronym;
  for (const std::string* key : keys) {
    if (IsPersonKey(*key)) continue;
    for (const std::string& surface : clusters_.at(*key).surfaces) {
      if (!text::IsAcronym(surface)) continue;
      const std::string acronym_key = ThingKey(surface);
      if (acronym_key.empty() || acronym_key == *key) continue;
      // Spelled alike, not only keyed alike: "EJPD" and the agency "epd" share a key.
      const auto alone = clusters_.find(acronym_key);
      const std::string folded = text::FoldForMatch(surface);
      if (alone == clusters_.end() ||
          std::none_of(alone->second.surfaces.begin(), alone->second.surfaces.end(),
                       [&](const std::string& other) { return text::FoldForMatch(other) == folded; })) {
        continue;
      }
      named_by_acronym[acronym_key].insert(key);
    }
  }
  for (const auto& [acronym_key, named] : named_by_acronym) {
    auto it = target.find(acronym_key);
    if (it != target.end() && named.size() == 1) it->second = *named.begin();
  }
  // A father's name after "bin" ("Mohammed bin Salman") is no surname: "Salman" alone is
  // someone else ("König Salman"), "bin Salman" alone the son.
  auto patronymic = [&](const std::string* key, bool alone) {
    const auto& names = clusters_.at(*key).names;
    return std::any_of(names.begin(), names.end(), [&](const auto& entry) {
      const std::string& name = entry.first;
      return alone ? name.starts_with("bin ") || name.starts_with("ibn ")
                   : name.find(" bin ") != std::string::npos || name.find(" ibn ") != std::string::npos;
    });
  };
  for (const std::string* key : keys) {
    if (!IsSurnameKey(*key)) continue;
    auto it = full_by_surname.find(KeySlug(*key));
    if (it == full_by_surname.end()) continue;
    const bool son = patronymic(key, /*alone=*/true);
    std::set<const std::string*> people;
    for (const std::string* full : it->second) {
      if (patronymic(full, /*alone=*/false) == son) people.insert(target.at(*full));
    }
    if (people.size() == 1) target[*key] = *people.begin();
  }

  struct Merged {
    TypeVotes votes{};
    bool is_country = false;
    std::map<std::string, std::uint32_t> names;
    std::set<std::string> surfaces;
  };
  std::map<std::string_view, Merged> merged;
  for (const std::string* key : keys) {
    const Cluster& cluster = clusters_.at(*key);
    Merged& m = merged[*target.at(*key)];
    for (std::size_t t = 0; t < m.votes.size(); ++t) m.votes[t] += cluster.type_votes[t];
    m.is_country = m.is_country || cluster.is_country;
    for (const auto& [name, count] : cluster.names) m.names[name] += count;
    m.surfaces.insert(cluster.surfaces.begin(), cluster.surfaces.end());
  }

  std::vector<Entity> entities;
  std::map<std::string_view, std::uint32_t> index_of;
  for (auto& [key, m] : merged) {  // sorted by key
    if (m.names.empty()) continue;
    Entity e;
    e.key = std::string(key);
    const bool person = IsPersonKey(key);
    e.type = person ? EntityType::Person : VotedType(m.votes);
    e.is_country = m.is_country && e.type == EntityType::Place;
    e.label = ChooseLabel(m.names, person);
    for (const std::string& surface : m.surfaces) {
      if (surface != e.label) e.alt_labels.push_back(surface);
    }
    index_of[key] = static_cast<std::uint32_t>(entities.size());
    entities.push_back(std::move(e));
  }
  std::vector<std::pair<std::string, std::uint32_t>> aliases;
  for (const std::string* key : keys) {
    const std::string* to = target.at(*key);
    if (to == key) continue;
    auto it = index_of.find(*to);
    if (it != index_of.end()) aliases.emplace_back(*key, it->second);
  }
  return EntityTable(std::move(entities), std::move(aliases));
}

}  // namespace newskg::resolution
