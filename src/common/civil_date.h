// Calendar arithmetic on proleptic Gregorian dates as days since 1970-01-01, and ISO dates
// ("2025-06-10") in and out.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace newskg::common {

std::int64_t DaysFromCivil(int year, int month, int day);
std::string CivilFromDays(std::int64_t days);  // "YYYY-MM-DD"

// "YYYY-MM-DD" as days since 1970-01-01; nothing for anything else (or an impossible month or day).
std::optional<std::int64_t> ParseIsoDay(std::string_view date);

}  // namespace newskg::common
