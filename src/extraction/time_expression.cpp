#include "extraction/time_expression.h"

#include <array>
#include <cstdlib>

namespace newskg::extraction {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {
    "januar", "februar", "märz", "april", "mai", "juni",
    "juli", "august", "september", "oktober", "november", "dezember"};
constexpr std::array<std::string_view, 7> kWeekdays = {
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"};

int MonthIndex(std::string_view w) {
  for (std::size_t i = 0; i < kMonths.size(); ++i) {
    if (w == kMonths[i]) return static_cast<int>(i) + 1;
  }
  if (w == "jänner") return 1;  // Austrian
  return 0;
}

int WeekdayIndex(std::string_view w) {
  for (std::size_t i = 0; i < kWeekdays.size(); ++i) {
    if (w == kWeekdays[i]) return static_cast<int>(i);
  }
  return -1;
}

bool IsStarter(std::string_view w) {
  for (auto s : {"am", "an", "im", "in", "ab", "seit", "bis", "ende", "anfang", "mitte", "zum", "vom"}) {
    if (w == s) return true;
  }
  return false;
}

bool IsModifier(std::string_view w) {
  for (auto s : {"diesem", "dieser", "diesen", "dieses", "dem", "der", "den", "vergangenen",
                 "kommenden", "nächsten", "letzten", "jüngsten", "frühen", "späten", "gleichen",
                 "selben", "folgenden", "darauffolgenden"}) {
    if (w == s) return true;
  }
  return false;
}

bool IsHead(std::string_view w) {
  if (MonthIndex(w) || WeekdayIndex(w) >= 0) return true;
  for (auto s : {"wochenende", "woche", "wochen", "monat", "monats", "monaten", "jahr", "jahres",
                 "tag", "tagen", "morgen", "abend", "vormittag", "nachmittag", "mittag"}) {
    if (w == s) return true;
  }
  return false;
}

std::string Pad(int v) { return v < 10 ? "0" + std::to_string(v) : std::to_string(v); }

// Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's algorithm).
long DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

std::string CivilFromDays(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long y = static_cast<long>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return std::to_string(y + (m <= 2)) + "-" + Pad(static_cast<int>(m)) + "-" + Pad(static_cast<int>(d));
}

// Resolves the expression against the article date ("YYYY-MM" or "YYYY-MM-DD").
std::string Resolve(const SentenceAnnotation& v, std::size_t first, std::size_t last,
                    const std::optional<std::string>& article_date, bool past) {
  if (!article_date || article_date->size() < 7) return {};
  int year = std::atoi(article_date->substr(0, 4).c_str());
  int month = std::atoi(article_date->substr(5, 2).c_str());
  int day = article_date->size() >= 10 ? std::atoi(article_date->substr(8, 2).c_str()) : 0;
  for (std::size_t i = first; i < last; ++i) {
    const std::string& w = v.folded(i);
    if (int m = MonthIndex(w)) {
      int y = year;
      if (past && m > month) --y;
      if (!past && m < month) ++y;
      // "11. April": an ordinal before the month gives the day.
      if (i > first && v.word(i - 1).ends_with(".")) {
        int d = std::atoi(v.word(i - 1).c_str());
        if (d >= 1 && d <= 31) return std::to_string(y) + "-" + Pad(m) + "-" + Pad(d);
      }
      return std::to_string(y) + "-" + Pad(m);
    }
    if (w == "monat" && i > first && v.folded(i - 1) == "vergangenen") {
      int m = month - 1, y = year;
      if (m == 0) { m = 12; --y; }
      return std::to_string(y) + "-" + Pad(m);
    }
    int wd = WeekdayIndex(w);
    if (wd >= 0 && day > 0) {
      long today = DaysFromCivil(year, month, day);
      int today_wd = static_cast<int>(((today % 7) + 7 + 3) % 7);  // 1970-01-01 was a Thursday
      int delta = past ? -((today_wd - wd + 7) % 7) : (wd - today_wd + 7) % 7;
      return CivilFromDays(today + delta);
    }
  }
  return {};
}

}  // namespace

std::optional<TimeExpression> FindTimeExpression(const SentenceAnnotation& v, std::size_t from,
                                                 std::size_t to, std::size_t anchor,
                                                 const std::optional<std::string>& article_date,
                                                 bool past) {
  std::optional<TimeExpression> best;
  std::size_t best_distance = SIZE_MAX;
  for (std::size_t i = from; i < to; ++i) {
    if (!IsStarter(v.folded(i))) continue;
    std::size_t k = i + 1;
    while (k < to && IsModifier(v.folded(k))) ++k;
    if (k < to && v.word(k).ends_with(".") && std::isdigit(static_cast<unsigned char>(v.word(k)[0]))) ++k;
    if (k >= to || !IsHead(v.folded(k))) continue;
    std::size_t last = k + 1;
    // "im Februar und März"
    if (last + 1 < to && v.folded(last) == "und" && IsHead(v.folded(last + 1))) last += 2;
    // "Ende der Woche"
    std::size_t distance = i > anchor ? i - anchor : anchor - i;
    if (distance < best_distance) {
      best_distance = distance;
      TimeExpression t;
      t.first = i;
      t.last = last;
      for (std::size_t w = i; w < last; ++w) t.text += (w > i ? " " : "") + v.word(w);
      t.date = Resolve(v, i, last, article_date, past);
      best = t;
    }
  }
  return best;
}

}  // namespace newskg::extraction
