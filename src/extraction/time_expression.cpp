#include "extraction/time_expression.h"

#include <algorithm>
#include <array>
#include <cstdlib>

#include "common/civil_date.h"
#include "extraction/cue_words.h"
#include "text/utf8.h"
#include "text/words.h"

namespace newskg::extraction {
namespace {

using common::CivilFromDays;
using common::DaysFromCivil;

constexpr std::array<std::string_view, 7> kWeekdays = {
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"};

// A weekday, also with its part of the day ("Dienstagabend", "Freitagvormittag").
int WeekdayIndex(std::string_view w) {
  for (std::size_t i = 0; i < kWeekdays.size(); ++i) {
    if (!w.starts_with(kWeekdays[i])) continue;
    const std::string_view rest = w.substr(kWeekdays[i].size());
    static constexpr std::string_view kWords[] = {"",           "morgen", "vormittag", "mittag",
                                                  "nachmittag", "abend",  "nacht"};
    for (std::string_view part : kWords) {
      if (rest == part) return static_cast<int>(i);
    }
  }
  return -1;
}

// "des Dienstags" after a part of the day ("am Abend des Dienstags"): that weekday, else -1.
int GenitiveWeekdayIndex(const SentenceAnnotation& v, std::size_t i) {
  const std::string& w = v.folded(i);
  if (i == 0 || v.folded(i - 1) != "des" || !w.ends_with('s')) return -1;
  return WeekdayIndex(std::string_view(w).substr(0, w.size() - 1));
}

bool IsStarter(std::string_view w) {
  // "für" as in "ist für Freitag geplant", "für die kommende Woche angesetzt".
  static constexpr std::string_view kWords[] = {"am",   "an",     "im",    "in",  "ab",  "bis",
                                                "ende", "anfang", "mitte", "zum", "vom", "für"};
  for (std::string_view s : kWords) {
    if (w == s) return true;
  }
  return false;
}

bool IsModifier(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "diesem",    "dieser",    "diesen",   "dieses",   "diese",    "dem",     "der",             "den",
      "die",       "des",       "das",      "vergangenen", "vergangene", "kommenden", "kommende", "nächsten",
      "nächste",   "letzten",   "letzte",   "vorigen",  "vorige",   "jüngsten", "frühen",         "späten",
      "gleichen",  "selben",    "folgenden", "darauffolgenden"};
  for (std::string_view s : kWords) {
    if (w == s) return true;
  }
  return false;
}

// A season: "im Herbst", "im vergangenen Frühjahr", "im Sommer 2024" (no date of its own).
bool IsSeason(std::string_view w) {
  return w == "frühjahr" || w == "frühling" || w == "sommer" || w == "herbst" || w == "winter";
}

bool IsHead(std::string_view w) {
  if (text::MonthOfName(w) || WeekdayIndex(w) >= 0 || IsSeason(w)) return true;
  static constexpr std::string_view kWords[] = {"wochenende", "woche", "wochen",    "monat",      "monats",
                                                "monaten",    "jahr",  "jahres",    "tag",        "tagen",
                                                "morgen",     "abend", "vormittag", "nachmittag", "mittag",
                                                "vorabend",   "vortag"};
  for (std::string_view s : kWords) {
    if (w == s) return true;
  }
  return false;
}

// Relative words that open a time expression without a preposition ("vergangene Woche").
bool IsRelative(std::string_view w) {
  static constexpr std::string_view kWords[] = {"vergangene", "vergangenen", "kommende", "kommenden",
                                                "nächste",    "nächsten",    "letzte",   "letzten",
                                                "vorige",     "vorigen"};
  for (std::string_view r : kWords) {
    if (w == r) return true;
  }
  return false;
}

bool IsDayWord(std::string_view w) {
  return w == "heute" || w == "gestern" || w == "vorgestern" || w == "morgen";
}

std::string Pad(int v) { return v < 10 ? "0" + std::to_string(v) : std::to_string(v); }

// The year token `i` writes ("2021" in "im März 2021"), 0 if none.
int YearAt(const SentenceAnnotation& v, std::size_t i) {
  if (i >= v.size()) return 0;
  const std::string& w = v.word(i);
  if (w.size() != 4 || !std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) return 0;
  const int year = std::atoi(w.c_str());
  return year >= 1900 && year <= 2100 ? year : 0;
}

// Resolves the expression against the article date ("YYYY-MM" or "YYYY-MM-DD").
std::string Resolve(const SentenceAnnotation& v, std::size_t first, std::size_t last,
                    const std::optional<std::string>& article_date, bool past) {
  // "bereits 2024", "im Jahr 2024": a year alone.
  if (const int y = YearAt(v, last - 1); y && (last == first + 1 || v.folded(last - 2) == "jahr")) {
    return std::to_string(y);
  }
  if (!article_date || article_date->size() < 7) return {};
  int year = std::atoi(article_date->substr(0, 4).c_str());
  int month = std::atoi(article_date->substr(5, 2).c_str());
  int day = article_date->size() >= 10 ? std::atoi(article_date->substr(8, 2).c_str()) : 0;
  // A day of a month is exact and wins over the weekday beside it ("am Sonntag, dem 12. Mai").
  for (std::size_t i = first + 1; i < last; ++i) {
    const int m = text::MonthOfName(v.folded(i));
    const int d = v.word(i - 1).ends_with(".") ? std::atoi(v.word(i - 1).c_str()) : 0;
    if (!m || d < 1 || d > 31) continue;
    int y = year;
    if (past && m > month) --y;
    if (!past && m < month) ++y;
    if (i + 1 < last && YearAt(v, i + 1)) y = YearAt(v, i + 1);  // "am 12. Mai 2021"
    return std::to_string(y) + "-" + Pad(m) + "-" + Pad(d);
  }
  // "vergangenen Freitag" is behind, "nächsten Freitag" ahead, whatever the tense says; told
  // on a Friday, either is a week away.
  bool relative = false;
  for (std::size_t i = first; i < last; ++i) {
    const std::string& w = v.folded(i);
    if (w.starts_with("vergangen") || w.starts_with("letzte") || w == "vorigen" || w == "vorige") {
      past = true;
      relative = true;
    }
    if (w.starts_with("nächste") || w.starts_with("kommende")) {
      past = false;
      relative = true;
    }
  }
  if (last == first + 1 && day > 0) {
    const std::int64_t today = DaysFromCivil(year, month, day);
    const std::string& w = v.folded(first);
    if (w == "heute") return CivilFromDays(today);
    if (w == "gestern") return CivilFromDays(today - 1);
    if (w == "vorgestern") return CivilFromDays(today - 2);
    if (w == "morgen") return CivilFromDays(today + 1);
  }
  for (std::size_t i = first; i < last; ++i) {
    const std::string& w = v.folded(i);
    if (int m = text::MonthOfName(w)) {
      int y = year;
      if (past && m > month) --y;
      if (!past && m < month) ++y;
      if (i + 1 < last && YearAt(v, i + 1)) y = YearAt(v, i + 1);  // "im März 2021"
      // "11. April": an ordinal before the month gives the day.
      if (i > first && v.word(i - 1).ends_with(".")) {
        int d = std::atoi(v.word(i - 1).c_str());
        if (d >= 1 && d <= 31) return std::to_string(y) + "-" + Pad(m) + "-" + Pad(d);
      }
      return std::to_string(y) + "-" + Pad(m);
    }
    if (w == "monat" && i > first && (v.folded(i - 1) == "vergangenen" || v.folded(i - 1) == "letzten")) {
      int m = month - 1, y = year;
      if (m == 0) { m = 12; --y; }
      return std::to_string(y) + "-" + Pad(m);
    }
    if (w == "monat" && i > first && (v.folded(i - 1) == "nächsten" || v.folded(i - 1) == "kommenden")) {
      int m = month + 1, y = year;
      if (m == 13) { m = 1; ++y; }
      return std::to_string(y) + "-" + Pad(m);
    }
    int wd = WeekdayIndex(w);
    if (wd < 0) wd = GenitiveWeekdayIndex(v, i);
    if (wd >= 0 && day > 0) {
      const std::int64_t today = DaysFromCivil(year, month, day);
      int today_wd = static_cast<int>(((today % 7) + 7 + 3) % 7);  // 1970-01-01 was a Thursday
      int delta = past ? -((today_wd - wd + 7) % 7) : (wd - today_wd + 7) % 7;
      if (delta == 0 && relative) delta = past ? -7 : 7;
      return CivilFromDays(today + delta);
    }
  }
  return {};
}

// Keeps tokens [first, last) as the best expression if it is nearer the anchor than the best.
void Consider(const SentenceAnnotation& v, std::size_t first, std::size_t last, std::size_t anchor,
              const std::optional<std::string>& article_date, bool past,
              std::optional<TimeExpression>& best, std::size_t& best_distance) {
  const std::size_t distance = first > anchor ? first - anchor : anchor - first;
  if (distance >= best_distance) return;
  best_distance = distance;
  TimeExpression t;
  t.first = first;
  t.last = last;
  // As written: no space before a comma ("am Sonntag, dem 12. Mai").
  for (std::size_t w = first; w < last; ++w) t.text += (w > first && !v.IsPunct(w) ? " " : "") + v.word(w);
  t.date = Resolve(v, first, last, article_date, past);
  best = std::move(t);
}

}  // namespace

bool IsTimeOfDay(std::string_view text) {
  // Case folds by hand: every word here is ASCII.
  std::string folded(text);
  for (char& ch : folded) {
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  }
  static constexpr std::string_view kWords[] = {"am morgen", "am vormittag", "am mittag", "am nachmittag",
                                                "am abend", "in der nacht", "am frühen abend", "am späten abend",
                                                "am frühen morgen", "am späten nachmittag"};
  for (std::string_view w : kWords) {
    if (folded == w) return true;
  }
  return false;
}

std::string DayPart(std::string_view text) {
  if (!IsTimeOfDay(text)) return {};
  const std::string_view word = text.substr(text.rfind(' ') + 1);  // "Morgen", "Nachmittag"
  if (word == "Nachmittag") return "nachmittag";
  if (word == "Morgen" || word == "Vormittag") return "vormittag";
  if (word == "Mittag") return "mittag";
  return "abend";  // "Abend", "Nacht"
}

std::string DayBefore(const std::string& date) {
  const auto day = common::ParseIsoDay(date);
  return day ? CivilFromDays(*day - 1) : std::string();
}

namespace {

// "seit dem Amtsantritt von X im Mai": a time inside a phrase of "seit" tells when something
// began, not when the meeting is.
bool InSincePhrase(const SentenceAnnotation& v, std::size_t i) {
  for (std::size_t k = i; k-- > 0 && i - k <= 8;) {
    if (v.folded(k) == "seit") return true;
    // The phrase holds nouns, articles and prepositions ("seit der Wahl des Kandidaten zum
    // Papst im Mai"); a verb or a comma ends it.
    if (v.IsPunct(k) || (!v.upper(k) && !v.IsDeterminer(k) && !IsAnyPreposition(v.folded(k)))) return false;
  }
  return false;
}

}  // namespace

std::size_t SinceTimeEnd(const SentenceAnnotation& v, std::size_t since) {
  static constexpr std::string_view kLead[] = {"einem", "einer",  "einigen", "mehreren", "vielen", "gut",  "knapp",
                                               "fast",  "über",   "anfang",  "mitte",    "ende",   "zwei", "drei",
                                               "vier",  "fünf",   "sechs",   "zehn",     "zwanzig"};
  static constexpr std::string_view kHeads[] = {"jahren", "vorjahr", "stunden", "langem", "kurzem", "längerem"};
  for (std::size_t i = since + 1; i < v.size() && i <= since + 4; ++i) {
    const std::string& w = v.folded(i);
    if (IsHead(w) || YearAt(v, i) || std::find(std::begin(kHeads), std::end(kHeads), w) != std::end(kHeads)) return i + 1;
    const bool digits = std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!IsModifier(w) && !IsRelative(w) && !digits &&
        std::find(std::begin(kLead), std::end(kLead), w) == std::end(kLead)) {
      return 0;
    }
  }
  return 0;
}

bool NamesAWeekday(std::string_view text) {
  for (std::string_view word : text::SplitWords(text)) {
    if (WeekdayIndex(text::FoldForMatch(word)) >= 0) return true;
  }
  return false;
}

std::optional<TimeExpression> FindTimeExpression(const SentenceAnnotation& v, std::size_t from,
                                                 std::size_t to, std::size_t anchor,
                                                 const std::optional<std::string>& article_date,
                                                 bool past) {
  std::optional<TimeExpression> best;
  std::size_t best_distance = SIZE_MAX;
  for (std::size_t i = from; i < to; ++i) {
    const std::string& first_word = v.folded(i);
    const bool after_starter = i > 0 && IsStarter(v.folded(i - 1));
    // "hatte bereits 2024 mit X verhandelt": a year after an adverb of time (not "die 2024
    // gegründete Firma", not "2024 Euro").
    if (i > 0 && YearAt(v, i) && !v.upper(i - 1)) {
      const std::string& before = v.folded(i - 1);
      if (before == "bereits" || before == "schon" || before == "erst" || before == "zuletzt" || before == "damals" ||
          before == "zuvor") {
        Consider(v, i, i + 1, anchor, article_date, past, best, best_distance);
        continue;
      }
    }
    // "gestern", "heute", "morgen" (not "am Morgen", a noun, capitalised).
    if (IsDayWord(first_word) && !v.upper(i) && !after_starter) {
      Consider(v, i, i + 1, anchor, article_date, past, best, best_distance);
      continue;
    }
    // "nutzten den Mittwochabend für ein Gespräch", "diesen Freitag": a weekday in the accusative.
    if ((first_word.size() == 3 || first_word.size() == 6) && (first_word == "den" || first_word == "diesen") &&
        !after_starter && i + 1 < to && WeekdayIndex(v.folded(i + 1)) >= 0) {
      Consider(v, i, i + 2, anchor, article_date, past, best, best_distance);
      continue;
    }
    // "vergangene Woche", "nächsten Dienstag": a relative word opens the expression itself.
    const bool relative_start = IsRelative(first_word) && !after_starter;
    if (!IsStarter(first_word) && !relative_start) continue;
    std::size_t k = relative_start ? i : i + 1;
    while (k < to && IsModifier(v.folded(k))) ++k;
    if (k < to && v.word(k).ends_with(".") && std::isdigit(static_cast<unsigned char>(v.word(k)[0]))) ++k;
    if (k >= to || !IsHead(v.folded(k)) || InSincePhrase(v, i)) continue;
    std::size_t last = k + 1;
    // "im Februar und März"
    if (last + 1 < to && v.folded(last) == "und" && IsHead(v.folded(last + 1))) last += 2;
    // "im März 2021", "am 12. Mai 2021", "im Herbst 2024": the year belongs to the month or season.
    if (last < to && (text::MonthOfName(v.folded(last - 1)) || IsSeason(v.folded(last - 1)) || v.folded(last - 1) == "jahr") &&
        YearAt(v, last)) {
      ++last;
    }
    // "am Vormittag des Dienstags": the weekday whose part of the day it is.
    if (IsTimeOfDay("am " + v.word(k)) && last + 1 < to && GenitiveWeekdayIndex(v, last + 1) >= 0) last += 2;
    // "am Sonntag, dem 12. Mai": the date in apposition belongs to the weekday.
    if (WeekdayIndex(v.folded(k)) >= 0 && last + 3 < to && v.word(last) == "," &&
        IsModifier(v.folded(last + 1)) && v.word(last + 2).ends_with(".") &&
        std::isdigit(static_cast<unsigned char>(v.word(last + 2)[0])) && text::MonthOfName(v.folded(last + 3))) {
      last += 4;
    }
    Consider(v, i, last, anchor, article_date, past, best, best_distance);
  }
  return best;
}

}  // namespace newskg::extraction
