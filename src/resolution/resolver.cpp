#include "resolution/resolver.h"

#include <algorithm>
#include <map>
#include <set>

#include "resolution/name_key.h"
#include "text/utf8.h"
#include "text/words.h"

namespace newskg::resolution {
namespace {

using recognition::Mention;
using recognition::MentionKind;

bool IsInitial(std::string_view w) { return w.size() == 2 && w[1] == '.'; }

// A person's name split into the keys resolution compares.
struct PersonName {
  std::string first;          // FirstNameKey of the first given name, empty for a surname alone
  std::string first_display;  // its NameKey, readable, for the IRI
  std::string last;           // key of the surname
};

PersonName SplitPerson(const std::string& canonical) {
  std::vector<std::string> words;
  for (std::string_view w : text::SplitWords(canonical)) {
    if (!IsInitial(w)) words.emplace_back(w);
  }
  PersonName name;
  if (words.empty()) return name;
  name.last = NameKey(words.back());
  if (words.size() > 1) {
    name.first = FirstNameKey(words.front());
    name.first_display = NameKey(words.front());
  }
  return name;
}

// An entity being assembled: all the mentions that name it.
struct Cluster {
  EntityType type = EntityType::Person;
  bool is_country = false;
  PersonName person;
  std::string key;
  std::map<std::string, int> canonical_counts;  // Name mentions only
  std::set<std::string> surfaces;
  std::map<EntityType, int> type_votes;
};

std::string ChooseLabel(const Cluster& c) {
  std::string best;
  int best_score = -1;
  for (const auto& [name, count] : c.canonical_counts) {
    auto words = text::SplitWords(name);
    bool has_initial = std::any_of(words.begin(), words.end(), [](auto& w) { return IsInitial(w); });
    // Persons: the full name beats the surname; among full names the most frequent, and a
    // form without middle initial on ties.
    int score = count * 4 - (has_initial ? 1 : 0);
    if (c.type == EntityType::Person && words.size() >= 2) score += 1000;
    if (score > best_score) {
      best_score = score;
      best = name;
    }
  }
  return best;
}

class Resolver {
 public:
  explicit Resolver(const std::vector<extraction::ArticleFacts>& articles) : articles_(articles) {}

  KnowledgeBase Run();

 private:
  std::size_t ClusterFor(std::size_t article, std::size_t mention);
  void AssignPersons(std::size_t article);
  Evidence EvidenceOf(std::size_t article, std::size_t sentence, const text::CharOffsets& offsets) const;

  const std::vector<extraction::ArticleFacts>& articles_;
  std::vector<Cluster> clusters_;
  std::map<std::string, std::size_t> by_key_;
  // mention -> cluster, per article
  std::vector<std::vector<std::size_t>> assignment_;
};

void Resolver::AssignPersons(std::size_t a) {
  const auto& mentions = articles_[a].mentions;
  auto& assign = assignment_[a];
  // Full names first, so that "Peskow" can join "Dmitri S. Peskow" in the same article.
  // surname key -> cluster of the article's first full name (in mention order) with it
  std::map<std::string, std::size_t> first_full_by_surname;
  auto full_key = [](const PersonName& n) { return "person:" + n.first + "-" + n.last; };
  for (std::size_t m = 0; m < mentions.size(); ++m) {
    const Mention& men = mentions[m];
    if (men.type != EntityType::Person) continue;
    PersonName name = SplitPerson(men.canonical);
    if (name.first.empty() || name.last.empty()) continue;
    // An earlier full name with the same surname and a compatible first name
    // ("W." vs "Wladimir") is the same person.
    std::string key = full_key(name);
    auto it = by_key_.find(key);
    if (it == by_key_.end()) {
      Cluster c;
      c.type = EntityType::Person;
      c.person = name;
      c.key = name.first_display + "-" + name.last;
      clusters_.push_back(c);
      it = by_key_.emplace(key, clusters_.size() - 1).first;
    }
    assign[m] = it->second;
    first_full_by_surname.emplace(clusters_[it->second].person.last, it->second);
  }
  for (std::size_t m = 0; m < mentions.size(); ++m) {
    const Mention& men = mentions[m];
    if (men.type != EntityType::Person || assign[m] != SIZE_MAX) continue;
    PersonName name = SplitPerson(men.canonical);
    if (name.last.empty()) continue;
    // A surname alone: the person of this article with that surname whom it introduced
    // first (the subject of a report, rather than a relative named in passing).
    if (auto first = first_full_by_surname.find(name.last); first != first_full_by_surname.end()) {
      assign[m] = first->second;
      continue;
    }
    std::string key = "person-surname:" + name.last;
    auto it = by_key_.find(key);
    if (it == by_key_.end()) {
      Cluster c;
      c.type = EntityType::Person;
      c.person = name;
      c.key = name.last;
      clusters_.push_back(c);
      it = by_key_.emplace(key, clusters_.size() - 1).first;
    }
    assign[m] = it->second;
  }
}

std::size_t Resolver::ClusterFor(std::size_t a, std::size_t m) {
  const Mention& men = articles_[a].mentions[m];
  std::string phrase_key = PhraseNameKey(men.canonical);
  std::string key = "thing:" + phrase_key;
  auto it = by_key_.find(key);
  if (it == by_key_.end()) {
    Cluster c;
    c.type = men.type;
    c.key = phrase_key;
    clusters_.push_back(c);
    it = by_key_.emplace(key, clusters_.size() - 1).first;
  }
  return it->second;
}

Evidence Resolver::EvidenceOf(std::size_t a, std::size_t sentence,
                              const text::CharOffsets& offsets) const {
  const auto& article = articles_[a].article;
  const auto& s = article.sentences[sentence];
  Evidence e;
  e.article = a;
  e.sentence = article.text.substr(s.begin, s.end - s.begin);
  e.char_begin = offsets.At(s.begin);
  e.char_end = offsets.At(s.end);
  return e;
}

KnowledgeBase Resolver::Run() {
  assignment_.resize(articles_.size());
  for (std::size_t a = 0; a < articles_.size(); ++a) {
    assignment_[a].assign(articles_[a].mentions.size(), SIZE_MAX);
    AssignPersons(a);
    for (std::size_t m = 0; m < articles_[a].mentions.size(); ++m) {
      if (assignment_[a][m] == SIZE_MAX && articles_[a].mentions[m].type != EntityType::Person) {
        assignment_[a][m] = ClusterFor(a, m);
      }
    }
  }
  // Across articles: a surname alone joins the one full-named person with that surname.
  std::map<std::string, std::vector<std::size_t>> full_by_surname;
  for (std::size_t c = 0; c < clusters_.size(); ++c) {
    if (clusters_[c].type == EntityType::Person && !clusters_[c].person.first.empty()) {
      full_by_surname[clusters_[c].person.last].push_back(c);
    }
  }
  std::vector<std::size_t> redirect(clusters_.size());
  for (std::size_t c = 0; c < clusters_.size(); ++c) {
    redirect[c] = c;
    const Cluster& cl = clusters_[c];
    if (cl.type == EntityType::Person && cl.person.first.empty()) {
      auto it = full_by_surname.find(cl.person.last);
      if (it != full_by_surname.end() && it->second.size() == 1) redirect[c] = it->second[0];
    }
  }

  // Gather names, surfaces and type votes.
  for (std::size_t a = 0; a < articles_.size(); ++a) {
    for (std::size_t m = 0; m < articles_[a].mentions.size(); ++m) {
      std::size_t& c = assignment_[a][m];
      if (c == SIZE_MAX) continue;
      c = redirect[c];
      const Mention& men = articles_[a].mentions[m];
      Cluster& cl = clusters_[c];
      cl.type_votes[men.type] += men.kind == MentionKind::Name ? 2 : 1;
      cl.is_country = cl.is_country || men.is_country;
      if (men.kind == MentionKind::Adjective) {
        if (cl.canonical_counts.empty()) cl.canonical_counts[men.canonical] += 0;
        continue;
      }
      cl.canonical_counts[men.canonical] += 1;
      cl.surfaces.insert(men.surface);
      cl.surfaces.insert(men.canonical);
    }
  }

  // Entities in a deterministic order: by key.
  std::vector<std::size_t> used;
  for (std::size_t c = 0; c < clusters_.size(); ++c) {
    if (redirect[c] == c && !clusters_[c].canonical_counts.empty()) used.push_back(c);
  }
  std::sort(used.begin(), used.end(), [&](std::size_t x, std::size_t y) {
    return std::tie(clusters_[x].key, clusters_[x].type) < std::tie(clusters_[y].key, clusters_[y].type);
  });
  KnowledgeBase kb;
  std::vector<std::size_t> entity_of(clusters_.size(), SIZE_MAX);
  for (std::size_t c : used) {
    Cluster& cl = clusters_[c];
    Entity e;
    e.type = cl.type;
    if (cl.type != EntityType::Person) {
      int best = -1;
      for (auto [type, votes] : cl.type_votes) {
        if (type != EntityType::Person && votes > best) {
          best = votes;
          e.type = type;
        }
      }
    }
    e.is_country = cl.is_country && e.type == EntityType::Place;
    e.key = cl.key.empty() ? "unnamed" : cl.key;
    e.label = ChooseLabel(cl);
    for (const auto& s : cl.surfaces) {
      if (s != e.label) e.alt_labels.push_back(s);
    }
    entity_of[c] = kb.entities.size();
    kb.entities.push_back(std::move(e));
  }
  // Keys must be unique per type: a surname-only person and a place may share letters.
  std::map<std::string, int> key_uses;
  for (auto& e : kb.entities) {
    std::string full = std::string(recognition::ToString(e.type)) + "/" + e.key;
    if (key_uses[full]++ > 0) e.key += "-" + std::to_string(key_uses[full]);
  }

  for (std::size_t a = 0; a < articles_.size(); ++a) {
    const auto& facts = articles_[a];
    ArticleRecord rec;
    rec.id = facts.article.id;
    rec.date_published = facts.article.date_published;
    std::set<std::size_t> mentioned;
    for (std::size_t m = 0; m < facts.mentions.size(); ++m) {
      if (facts.mentions[m].kind == MentionKind::Adjective) continue;
      std::size_t c = assignment_[a][m];
      if (c != SIZE_MAX && entity_of[c] != SIZE_MAX) mentioned.insert(entity_of[c]);
    }
    rec.mentions.assign(mentioned.begin(), mentioned.end());
    kb.articles.push_back(std::move(rec));

    auto entity = [&](std::size_t m) -> std::optional<std::size_t> {
      std::size_t c = assignment_[a][m];
      if (c == SIZE_MAX || entity_of[c] == SIZE_MAX) return std::nullopt;
      return entity_of[c];
    };
    const text::CharOffsets offsets(facts.article.text);  // once per article, for all evidence
    std::set<std::tuple<std::size_t, std::string, std::optional<std::size_t>, std::size_t>> seen_roles;
    for (const auto& r : facts.roles) {
      auto person = entity(r.person);
      if (!person || kb.entities[*person].type != EntityType::Person) continue;
      std::optional<std::size_t> of = r.of ? entity(*r.of) : std::nullopt;
      if (of == person) of.reset();
      if (!seen_roles.insert({*person, r.label, of, r.sentence}).second) continue;
      Role role;
      role.person = *person;
      role.label = r.label;
      role.of = of;
      role.evidence = EvidenceOf(a, r.sentence, offsets);
      kb.roles.push_back(std::move(role));
    }
    for (const auto& mf : facts.meetings) {
      std::set<std::size_t> attendees;
      for (std::size_t p : mf.participants) {
        if (auto e = entity(p)) attendees.insert(*e);
      }
      if (attendees.size() < 2) continue;
      Meeting meeting;
      meeting.attendees.assign(attendees.begin(), attendees.end());
      if (mf.location) meeting.location = entity(*mf.location);
      meeting.time_text = mf.time_text;
      meeting.date = mf.date;
      meeting.status = mf.status;
      meeting.kind = mf.kind;
      meeting.evidence = EvidenceOf(a, mf.sentence, offsets);
      kb.meetings.push_back(std::move(meeting));
    }
  }
  return kb;
}

}  // namespace

KnowledgeBase Resolve(const std::vector<extraction::ArticleFacts>& articles) {
  return Resolver(articles).Run();
}

}  // namespace newskg::resolution
