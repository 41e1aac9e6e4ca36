#include "text/abbreviations.h"

#include <algorithm>
#include <array>
#include <string>

namespace newskg::text {
namespace {

// Left out on purpose: words that are also common sentence-final nouns ("Art", "So") and
// upper-case acronyms ("USA", "EU") that often end a sentence. The lists are short, so a
// linear search is enough.
constexpr auto kAbbreviations = std::to_array<std::string_view>({
    "Abg",   "Abs",   "Adm",   "Apr",   "Aug",   "Bd",    "Bde",   "Bgm",   "Bros",  "Bsp",
    "Capt",  "Chr",   "Co",    "Col",   "Corp",  "Dez",   "Di",    "Dipl",  "Do",    "Dr",
    "Feb",   "Fr",    "Gen",   "Hbf",   "Hg",    "Hr",    "Hrn",   "Hrsg",  "Inc",   "Ing",
    "Jan",   "Jh",    "Jhd",   "Jr",    "Jul",   "Jun",   "Kap",   "Kfz",   "Lt",    "Ltd",
    "Mag",   "Maj",   "Mi",    "Min",   "Mio",   "Mo",    "Mr",    "Mrd",   "Mrs",   "Ms",
    "Mär",   "No",    "Nov",   "Nr",    "Okt",   "Pl",    "Pkt",   "Prof",  "Präs",  "Rd",
    "Rev",   "Sa",    "Sek",   "Sep",   "Sept",  "Sgt",   "Sr",    "St",    "Std",   "Str",
    "Tel",   "Tsd",   "Vors",  "abzgl", "amerik", "bspw",  "bzgl",  "bzw",   "ca",    "dt",
    "engl",  "etc",   "evtl",  "exkl",  "frz",   "geb",   "gegr",  "gem",   "gest",  "ggf",
    "ggü",   "hl",    "inkl",  "jun",   "lt",    "max",   "mind",  "min",   "rd",    "russ",
    "sen",   "sog",   "span",  "stellv", "stv",  "tägl",  "ukr",   "usw",   "verh",  "vgl",
    "zit",   "zzgl",
});

constexpr auto kMonths = std::to_array<std::string_view>({
    "Jan",  "Januar", "Jänner", "Feb",  "Februar",   "Mär",  "März",    "Apr",
    "April", "Mai",   "Jun",    "Juni", "Jul",       "Juli", "Aug",     "August",
    "Sep",  "Sept",   "September", "Okt", "Oktober", "Nov",  "November", "Dez",
    "Dezember",
});

bool Contains(auto const& list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

}  // namespace

bool IsAbbreviation(std::string_view word) {
  if (word.empty()) return false;
  if (Contains(kAbbreviations, word)) return true;
  // "Vgl" at a sentence start: the lower-case entry with a capital first letter.
  const char first = word.front();
  if (first >= 'A' && first <= 'Z') {
    std::string lowered(word);
    lowered.front() = static_cast<char>(first - 'A' + 'a');
    return Contains(kAbbreviations, lowered);
  }
  return false;
}

bool IsMonthName(std::string_view word) { return Contains(kMonths, word); }

}  // namespace newskg::text
