// Runs the built newskg binary (NEWSKG_BINARY) in a shell and captures exit code and output.
#pragma once

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "cli/temp_dir.h"

namespace newskg::testing {

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

inline std::string ShellQuote(const std::string& text) {
  std::string quoted = "'";
  for (char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

// Runs `command` (already quoted) with the working folder `cwd`, stdin from `stdin_file`
// (default /dev/null); output is captured through files in a private folder. `command` must
// be a single program and its arguments (it runs under timeout(1)).
inline RunResult RunShell(const std::string& command, const std::filesystem::path& cwd,
                          const std::string& stdin_file = "/dev/null") {
  TempDir capture;
  // A hung command fails its test after two minutes instead of stalling the whole run.
  const std::string line = "cd " + ShellQuote(cwd.string()) + " && timeout 120 " + command + " < " +
                           ShellQuote(stdin_file) + " > " +
                           ShellQuote((capture / "out").string()) + " 2> " +
                           ShellQuote((capture / "err").string());
  const int status = std::system(line.c_str());
  RunResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = ReadFile(capture / "out");
  result.err = ReadFile(capture / "err");
  return result;
}

// Runs newskg with `arguments` in `cwd`.
inline RunResult RunNewskg(const std::vector<std::string>& arguments,
                           const std::filesystem::path& cwd,
                           const std::string& stdin_file = "/dev/null") {
  std::string command = ShellQuote(NEWSKG_BINARY);
  for (const std::string& argument : arguments) command += " " + ShellQuote(argument);
  return RunShell(command, cwd, stdin_file);
}

inline bool Contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

inline std::string ExamplesDir() { return std::string(NEWSKG_SOURCE_DIR) + "/examples"; }

}  // namespace newskg::testing
