// Name and role-label normalisation: the matching rules of the gold FORMAT.md.
#pragma once

#include <string>
#include <string_view>

namespace newskg::eval {

// The key under which two entity names match: NFC, lower case, ß -> ss, whitespace collapsed, a
// leading "Herr"/"Herrn"/"Frau" dropped, and one trailing genitive "s" (or apostrophe) dropped.
std::string NameKey(std::string_view name);

// Role labels: lower case, ß -> ss, each word loses one inflection ending (en, er, es, em, e, n,
// s), hyphens dropped: "Nahostgesandten" and "Nahostgesandter" both give "nahostgesandt".
std::string RoleKey(std::string_view label);

// True when the accepted gold label, normalised, is contained in the normalised system label.
bool RoleLabelMatches(std::string_view accepted, std::string_view system_label);

}  // namespace newskg::eval
