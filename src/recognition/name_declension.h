// The nominative of an organization's or place's name written in another case: German declines
// the adjectives of a name ("der Rheinischen Zeitung", "im Bayerischen Wald", "des Deutschen
// Roten Kreuzes") and a genitive's head noun ("des Landessportbunds Hessen"), and one entity
// must keep one name ("Rheinische Zeitung", "Bayerischer Wald",
// "Deutsches Rotes Kreuz": the form without an article, as gazetteers and style guides write it).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace newskg::recognition {

// `words`: the name's words as written; `determiner`: the word before it, lower case ("der",
// "im", ... or "" when there is none). Returns the nominative, or the words joined unchanged
// when the name has no declined adjective before its noun or the case cannot be told ("den",
// which may be singular or plural).
std::string NominativeOfName(const std::vector<std::string>& words, std::string_view determiner);

}  // namespace newskg::recognition
