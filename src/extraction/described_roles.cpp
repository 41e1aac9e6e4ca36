#include "extraction/described_roles.h"

#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "text/utf8.h"

namespace newskg::extraction {
namespace {

using recognition::EntityType;
using recognition::Mention;
using recognition::MentionKind;

class DescribedHolderRule : public Named<Rule> {
 public:
  using Named<Rule>::Named;
};

const DescribedHolderRule& DescriptionRule() {
  static const DescribedHolderRule rule(
      "description-names-the-holder",
      "A role noun after 'der'/'die' without a name ('sagte der CDU-Vorsitzende'), or a pronoun's predicate ('Seit Mai ist er Vorsitzender der Y'), is an office of whom the article marks with its organization, else of the one person of its gender named last before it who holds no office yet.",
      "Max Ott (CDU) kam am Montag nach Ulm. Der CDU-Vorsitzende sprach dort vor Schülern.");
  return rule;
}

class HolderFinder {
 public:
  HolderFinder(const ArticleFacts& facts, const std::vector<SentenceAnnotation>& sentences,
               const ArticleIndex& index, const recognition::Lexicons& lexicons, const std::vector<RoleFact>& roles)
      : facts_(facts), sentences_(sentences), index_(index), lexicons_(lexicons), roles_(roles) {}

  // The holder, and whether the article marked them with the office's organization.
  std::optional<std::size_t> Find(const RoleDescription& d, bool& marked) const {
    const char gender = d.feminine ? 'f' : 'm';
    const Mention* owner = d.of ? &facts_.mentions[*d.of] : nullptr;
    marked = false;
    if (owner && owner->type == EntityType::Organization) {
      bool ambiguous = false;
      if (auto member = MarkedWith(*owner, d, gender, ambiguous)) {
        marked = true;
        return member;
      }
      // A party marks its politicians ("Anna Kessler (SPD)"): marking none, it says nothing.
      if (ambiguous || IsParty(*owner)) return std::nullopt;
    }
    // The one person of its gender named last before: earlier in its sentence, else in one of
    // the two sentences before (outside quotes).
    for (std::size_t back = 0; back <= 2 && back <= d.sentence; ++back) {
      const SentenceAnnotation& s = sentences_[d.sentence - back];
      std::set<std::string_view> names;
      std::optional<std::size_t> latest;
      for (std::size_t m : s.mentions()) {
        const Mention& men = s.mention(m);
        if (back == 0 && men.first_token >= d.first_token) break;
        if (!Fits(m, gender) || s.quoted(men.first_token)) continue;
        names.insert(LastNameWord(men));
        latest = m;
      }
      if (names.size() > 1) return std::nullopt;
      if (latest) return latest;
    }
    return std::nullopt;
  }

 private:
  bool IsParty(const Mention& owner) const {
    const recognition::NamedThing* known = lexicons_.FindCanonical(owner.canonical);
    return known && known->kind == "party";
  }

  bool Fits(std::size_t m, char gender) const {
    const Mention& men = facts_.mentions[m];
    if (men.type != EntityType::Person || men.kind != MentionKind::Name) return false;
    return !index_.gender[m] || index_.gender[m] == gender;
  }

  // Whom the article marks with `owner` before the description: "Anna Kessler (SPD)", or a role
  // it owns ("SPD-Chefin Anna Kessler"); the latest, when all are one person.
  std::optional<std::size_t> MarkedWith(const Mention& owner, const RoleDescription& d, char gender,
                                        bool& ambiguous) const {
    const std::string key = text::FoldForMatch(owner.canonical);
    const std::string written = text::FoldForMatch(owner.surface);
    std::set<std::string_view> names;
    std::optional<std::size_t> latest;
    for (std::size_t si = 0; si <= d.sentence; ++si) {
      const SentenceAnnotation& s = sentences_[si];
      for (std::size_t m : s.mentions()) {
        const Mention& men = s.mention(m);
        if (si == d.sentence && men.first_token >= d.first_token) break;
        if (!Fits(m, gender)) continue;
        const std::string* marked = s.BracketedAfter(men);
        if (marked && (*marked == key || *marked == written)) {
          names.insert(LastNameWord(men));
          latest = m;
        }
      }
    }
    for (const RoleFact& role : roles_) {
      if (role.sentence > d.sentence || !role.of || !Fits(role.person, gender)) continue;
      if (text::FoldForMatch(facts_.mentions[*role.of].canonical) != key) continue;
      names.insert(LastNameWord(facts_.mentions[role.person]));
      if (!latest || facts_.mentions[role.person].sentence >= facts_.mentions[*latest].sentence) latest = role.person;
    }
    ambiguous = names.size() > 1;
    return names.size() == 1 ? latest : std::nullopt;
  }

  const ArticleFacts& facts_;
  const std::vector<SentenceAnnotation>& sentences_;
  const ArticleIndex& index_;
  const recognition::Lexicons& lexicons_;
  const std::vector<RoleFact>& roles_;
};

}  // namespace

const std::vector<const Rule*>& RoleRules() {
  static const std::vector<const Rule*> rules = {&DescriptionRule()};
  return rules;
}

void AddDescribedRoles(const ArticleFacts& facts, const std::vector<SentenceAnnotation>& sentences,
                       const std::vector<RoleDescription>& descriptions, const ArticleIndex& index,
                       const recognition::Lexicons& lexicons, const RuleSwitches& switches,
                       std::vector<RoleFact>& roles) {
  if (descriptions.empty() || !switches.on(DescriptionRule().name())) return;
  const auto& mentions = facts.mentions;
  auto owner_key = [&](const std::optional<std::size_t>& of) {
    return of ? text::FoldForMatch(mentions[*of].canonical) : std::string();
  };
  std::vector<RoleFact> added;
  const HolderFinder finder(facts, sentences, index, lexicons, roles);
  std::vector<std::string> labels, owners;  // folded, per role
  for (const RoleFact& role : roles) {
    labels.push_back(text::FoldForMatch(role.label));
    owners.push_back(owner_key(role.of));
  }
  for (const RoleDescription& d : descriptions) {
    const std::string label = text::FoldForMatch(d.label);
    // Words that describe anyone ("der Politiker", "die Ministerin") name no office of their own.
    if (label == "politiker" || label == "politikerin" || label == "minister" || label == "ministerin") continue;
    const std::string owner = owner_key(d.of);
    // "Bundeskanzler X ... sagte der Kanzler": an office the article gave is its holder's already.
    bool given = false;
    for (std::size_t r = 0; r < roles.size() && !given; ++r) {
      if (!labels[r].ends_with(label)) continue;
      given = owner.empty() || owners[r].empty() || owners[r] == owner;
    }
    if (given) continue;
    bool marked = false;
    const auto holder = finder.Find(d, marked);
    if (!holder) continue;
    // "DOSB-Präsident X ... der DOSB-Chef": no new office of the same owner. Found by nearness
    // alone, only whom the article gives no office at all.
    const std::string_view surname = LastNameWord(mentions[*holder]);
    bool holds = false;
    for (std::size_t r = 0; r < roles.size() && !holds; ++r) {
      const Mention& person = mentions[roles[r].person];
      if (person.type != EntityType::Person || LastNameWord(person) != surname) continue;
      holds = !marked || (!owner.empty() && owners[r] == owner);
    }
    if (holds) continue;
    RoleFact fact;
    fact.person = *holder;
    fact.label = d.label;
    fact.of = d.of;
    fact.sentence = d.sentence;
    fact.first_token = d.first_token;
    fact.token = d.token;
    added.push_back(std::move(fact));
  }
  roles.insert(roles.end(), added.begin(), added.end());
}

}  // namespace newskg::extraction
