#include "resolution/office_forms.h"

#include <map>
#include <set>
#include <string>
#include <string_view>

#include "text/utf8.h"

namespace newskg::resolution {
namespace {

// Office heads a compound narrows ("Staats|präsident", "Außen|minister", "Bundes|kanzler").
bool IsShortForm(std::string_view folded) {
  for (std::string_view head : {"präsident", "präsidentin", "minister", "ministerin", "kanzler", "kanzlerin",
                                "premier", "regierungschef", "regierungschefin"}) {
    if (folded == head) return true;
  }
  return false;
}

// "Amtskollege" names whatever office the counterpart holds: a minister's or a head's.
bool IsCounterpart(std::string_view folded) { return folded.starts_with("amtskolleg"); }

bool IsOffice(std::string_view folded) {
  for (std::string_view head : {"präsident", "präsidentin", "minister", "ministerin", "kanzler", "kanzlerin",
                                "premier", "premierminister", "premierministerin", "regierungschef",
                                "regierungschefin"}) {
    if (folded.ends_with(head)) return true;
  }
  return false;
}

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
  std::map<std::uint32_t, std::map<std::string, std::string>> labels;  // person -> folded -> label
  for (const LocalRole& role : roles) labels[role.person].emplace(text::FoldForMatch(role.label), role.label);
  for (LocalRole& role : roles) {
    const std::string folded = text::FoldForMatch(role.label);
    if (!IsShortForm(folded) && !IsCounterpart(folded)) continue;
    if (const std::string* longer = LongerForm(labels[role.person], folded)) role.label = *longer;
  }
  // The owners each (person, label) is given; more than one leaves the ownerless ones open.
  std::map<std::pair<std::uint32_t, std::string>, std::set<std::uint32_t>> owners;
  for (const LocalRole& role : roles) {
    if (role.of) owners[{role.person, role.label}].insert(*role.of);
  }
  for (LocalRole& role : roles) {
    if (role.of) continue;
    const auto found = owners.find({role.person, role.label});
    if (found != owners.end() && found->second.size() == 1) role.of = *found->second.begin();
  }
}

}  // namespace newskg::resolution
