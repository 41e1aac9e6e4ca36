// Whole-number command-line options checked with plain messages ("--max: must be a whole number
// from 1 to 10000, not '0'") instead of CLI11's conversion and range errors.
#pragma once

#include <cstdint>
#include <string>

#include <CLI/CLI.hpp>

namespace newskg::cli {

// Accepts decimal digits only, with a value from `min` to `max`.
inline CLI::Validator WholeNumber(std::uint64_t min, std::uint64_t max) {
  return CLI::Validator(
      [min, max](std::string& text) -> std::string {
        const std::string expected =
            "must be a whole number from " + std::to_string(min) + " to " + std::to_string(max);
        const bool digits = !text.empty() && text.size() <= 19 &&
                            text.find_first_not_of("0123456789") == std::string::npos;
        if (!digits || std::stoull(text) < min || std::stoull(text) > max) {
          return expected + ", not '" + text + "'";
        }
        return {};
      },
      "", "whole number");
}

}  // namespace newskg::cli
