// One post per office: a person the article calls "Präsident" and "Staatspräsident", or
// "Amtskollege" and "Außenminister", holds one office, written in a shorter and a longer form.
#pragma once

#include <vector>

#include "resolution/resolved_article.h"

namespace newskg::resolution {

// Gives each role of one article whose label is the short form of exactly one longer label the
// same person holds ("Präsident" of "Staatspräsident"; "Amtskollege" of any one other label) that
// longer label, and the roles of one label without an owner the one owner the others give it.
// Deputies ("Vizepräsident") are another office. Labels and owners only change; no role goes.
void MergeOfficeForms(std::vector<LocalRole>& roles);

}  // namespace newskg::resolution
