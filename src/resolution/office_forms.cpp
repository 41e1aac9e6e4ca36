#include "resolution/office_forms.h"

#include <map>
#include <set>
#include <string>
#include <string_view>

#include "text/utf8.h"

namespace newskg::resolution {
namespace {

// Office heads a compound narrows ("Staats|präsident", "Außen|minister", "Bundes|kanzler").
constexpr std::string_view kOfficeHeads[] = {"präsident", "präsidentin", "minister",       "ministerin",
                                             "kanzler",   "kanzlerin",   "premier",        "regierungschef",
                                             "regierungschefin"};

// An office's head alone: "Präsident", not "Staatspräsident".
bool IsShortForm(std::string_view folded) {
  for (std::string_view head : kOfficeHeads) {
    if (folded == head) return true;
  }
  return false;
}

// An office, in either form: "Präsident", "Außenministerin".
bool IsOffice(std::string_view folded) {
  for (std::string_view head : kOfficeHeads) {
    if (folded.ends_with(head)) return true;
  }
  return false;
}

// "Amtskollege" names whatever office the counterpart holds: a minister's or a head's.
bool IsCounterpart(std::string_view folded) { return folded.starts_with("amtskolleg"); }

bool IsDeputy(std::string_view folded) { return folded.starts_with("vize") || folded.starts_with("stellvertret"); }

// The one longer form of `folded` among `labels` (folded -> label), or nullptr.
const std::string* LongerForm(const std::map<std::string, std::string>& labels, const std::string& folded) {
  const std::string* found = nullptr;
  for (const auto& [other_folded, label] : labels) {
    if (other_folded == folded || IsCounterpart(other_folded)) continue;
    const bool longer = (IsCounterpart(folded) && IsOffice(other_folded) && !IsDeputy(other_folded)) ||
                        (other_folded.size() > folded.size() && other_folded.ends_with(folded) &&
                         !IsDeputy(other_folded));
    if (!longer) continue;
    if (found && *found != label) return nullptr;
    found = &label;
  }
  return found;
}

}  // namespace

void MergeOfficeForms(std::vector<LocalRole>& roles) {
  // Most persons hold one role in an article: only those with two or more have forms to merge.
  std::map<std::uint32_t, std::vector<std::size_t>> by_person;
  for (std::size_t r = 0; r < roles.size(); ++r) by_person[roles[r].person].push_back(r);
  for (const auto& [person, held] : by_person) {
    if (held.size() < 2) continue;
    std::map<std::string, std::string> labels;  // folded -> label
    std::vector<std::string> folded(held.size());
    for (std::size_t i = 0; i < held.size(); ++i) {
      folded[i] = text::FoldForMatch(roles[held[i]].label);
      labels.emplace(folded[i], roles[held[i]].label);
    }
    for (std::size_t i = 0; i < held.size(); ++i) {
      if (!IsShortForm(folded[i]) && !IsCounterpart(folded[i])) continue;
      if (const std::string* longer = LongerForm(labels, folded[i])) roles[held[i]].label = *longer;
    }
    // The owners each label is given; more than one leaves the ownerless ones open.
    std::map<std::string, std::set<std::uint32_t>> owners;
    for (std::size_t r : held) {
      if (roles[r].of) owners[roles[r].label].insert(*roles[r].of);
    }
    for (std::size_t r : held) {
      if (roles[r].of) continue;
      const auto found = owners.find(roles[r].label);
      if (found != owners.end() && found->second.size() == 1) roles[r].of = *found->second.begin();
    }
  }
}

}  // namespace newskg::resolution
