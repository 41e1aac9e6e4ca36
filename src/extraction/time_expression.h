// Time expressions near a meeting ("am Donnerstag", "im vergangenen Monat", "am 11. April")
// and their ISO date when the article's publication date allows.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "extraction/sentence_annotation.h"

namespace newskg::extraction {

struct TimeExpression {
  std::size_t first = 0, last = 0;  // token range
  std::string text;                 // as written
  std::string date;                 // "YYYY-MM-DD" or "YYYY-MM", empty if unknown
};

// Whether a time expression as written names only a time of day ("am Abend", "Am Nachmittag").
bool IsTimeOfDay(std::string_view text);

// The part of the day a time of day names, coarsely ("am frühen Morgen" and "am Vormittag":
// "vormittag"; "mittag", "nachmittag", "abend" for the evening and the night); empty for any
// other time.
std::string DayPart(std::string_view text);

// Whether a time expression as written names a weekday ("am Freitag", "Dienstagabend").
bool NamesAWeekday(std::string_view text);

// The token after a time phrase of "seit" at token `since` ("seit dem Winter", "seit einem
// Jahr", "seit 2023", "seit Anfang Mai", "seit Wochen"); 0 when no time follows it ("seit dem
// Treffen", "seit er im Amt ist").
std::size_t SinceTimeEnd(const SentenceAnnotation& view, std::size_t since);

// The day before an ISO date "YYYY-MM-DD" (empty if `date` is not one).
std::string DayBefore(const std::string& date);

// The time expression in tokens [from, to) nearest to token `anchor`.
std::optional<TimeExpression> FindTimeExpression(const SentenceAnnotation& view, std::size_t from,
                                                 std::size_t to, std::size_t anchor,
                                                 const std::optional<std::string>& article_date,
                                                 bool past);

}  // namespace newskg::extraction
