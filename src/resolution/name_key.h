// NameKey: a spelling-independent key for a name, so that transliteration variants meet
// ("Peskow"/"Peskov", "Dmitrijew"/"Dmitriev", "Selenskyj"/"Zelensky", "Umjerow"/"Umerov").
#pragma once

#include <string>
#include <string_view>

namespace newskg::resolution {

// One word: ASCII, lower case, German and English transliteration conventions folded.
std::string NameKey(std::string_view word);

// One word's letters as written, in lower-case ASCII without accents ("ß" as "ss"): "Vučić" and
// "Vucic" are one spelling, "Hellwig" and "Helwig" two.
std::string SpellingKey(std::string_view word);

// A first name as compared across spellings: its NameKey's first letter, later consonants and
// final vowel, so that "Mohammed"/"Muhammad", "Aleksandr"/"Alexander" and "Sergej"/"Sergei"
// meet and "Peter"/"Petra" do not.
std::string FirstNameKey(std::string_view word);

// A phrase: the keys of its words joined by '-' ("Vereinigte Staaten" -> "vereinigte-staten": doubled letters collapse).
std::string PhraseNameKey(std::string_view phrase);

}  // namespace newskg::resolution
