#include "recognition/function_words.h"

#include <algorithm>
#include <iterator>
#include <unordered_set>

namespace newskg::recognition {
namespace {

constexpr std::string_view kFunctionWords[] = {
    "ab",      "aber",    "alle",    "allem",   "allen",   "aller",   "alles",   "als",
    "also",    "am",      "an",      "andere",  "anderen", "auch",    "auf",     "aus",
    "bei",     "beide",   "beiden",  "beim",    "bereits", "bis",     "bislang", "da",
    "dabei",   "dafür",   "damit",   "dann",    "darauf",  "darüber", "das",     "dass",
    "davon",   "dem",     "den",     "denen",   "denn",    "der",     "deren",   "derzeit",
    "des",     "dessen",  "die",     "dies",    "diese",   "diesem",  "diesen",  "dieser",
    "dieses",  "doch",    "dort",    "du",      "durch",   "ein",     "eine",    "einem",
    "einen",   "einer",   "eines",   "er",      "es",      "etwa",    "euch",    "für",
    "gegen",   "hier",    "ich",     "ihm",     "ihn",     "ihnen",   "ihr",     "ihre",
    "ihrem",   "ihren",   "ihrer",   "im",      "in",      "ins",     "jedoch",  "jetzt",
    "kein",    "keine",   "laut",    "man",     "mehr",    "mit",     "nach",    "nachdem",
    "neben",   "nicht",   "noch",    "nun",     "nur",     "ob",      "obwohl",  "oder",
    "ohne",    "schon",   "sein",    "seine",   "seinem",  "seinen",  "seiner",  "seit",
    "sich",    "sie",     "so",      "sondern", "sowie",   "statt",   "trotz",   "um",
    "und",     "uns",     "unser",   "unter",   "unterdessen", "vom",  "von",     "vor",
    "während", "wann",    "warum",   "was",     "weil",    "weiter",  "welche",  "wenn",
    "wer",     "wie",     "wieder",  "wir",     "wo",      "wobei",   "zu",      "zudem",
    "zufolge", "zum",     "zur",     "zuvor",   "zwar",    "zwischen", "über",   "ausserdem",
    "gleichzeitig", "heute", "gestern", "morgen", "zuletzt", "inzwischen", "derweil",
    "bisher",  "ebenfalls", "nämlich", "allerdings", "trotzdem", "deshalb", "daher",
    "mir",     "mich",    "dir",     "dich",    "jede",    "jedem",   "jeden",   "jeder",
    "jedes",
};

constexpr std::string_view kParticles[] = {
    "al", "bin", "da", "de", "del", "della", "der", "di", "du", "el", "la", "le", "ten", "van", "von", "zu"};

}  // namespace

bool IsFunctionWord(std::string_view folded) {
  // Asked for every token: a hash look-up, not a scan of the list.
  static const std::unordered_set<std::string_view> kSet(std::begin(kFunctionWords),
                                                         std::end(kFunctionWords));
  return kSet.count(folded) > 0;
}

bool IsNameParticle(std::string_view word) {
  return std::find(std::begin(kParticles), std::end(kParticles), word) != std::end(kParticles);
}

bool JoinsDoubleSurname(std::string_view word) { return word == "e" || word == "y"; }

}  // namespace newskg::recognition
