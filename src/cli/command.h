// Command: what each subcommand hands to main (its CLI11 parser and the action to run), and the
// exit codes every command uses.
#pragma once

#include <functional>
#include <stdexcept>

#include <CLI/CLI.hpp>

namespace newskg::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;  // an input failed, or the work could not be done
inline constexpr int kExitUsage = 2;    // the command line itself is wrong

struct Command {
  CLI::App* app = nullptr;     // the subcommand, owned by the main CLI::App
  std::function<int()> run;    // called after parsing when this subcommand was chosen
};

// A command line that parses but makes no sense (exit code 2).
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace newskg::cli
