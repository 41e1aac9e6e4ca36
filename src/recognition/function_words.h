// Closed-class German words (articles, pronouns, prepositions, conjunctions, particles) that
// are never part of a name, even when capitalized at the start of a sentence.
#pragma once

#include <string_view>

namespace newskg::recognition {

// `folded` is lower case (text::FoldForMatch).
bool IsFunctionWord(std::string_view folded);

// Particles inside personal names: "von der Leyen", "bin Salman", "de Gaulle".
bool IsNameParticle(std::string_view word);

// The word joining an Iberian double surname: "Pinto e Sousa", "Ortega y Gasset".
bool JoinsDoubleSurname(std::string_view word);

}  // namespace newskg::recognition
