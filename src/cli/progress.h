// Progress: one status line on stderr while a long build runs (articles done, rate, time
// left), redrawn a few times a second, and only when stderr is a terminal.
#pragma once

#include <chrono>
#include <cstdint>
#include <ostream>
#include <string>

namespace newskg::cli {

class Progress {
 public:
  // Enabled when `enabled` (typically: stderr is a terminal) and there is work to count.
  Progress(std::ostream& out, bool enabled, std::uint64_t total);
  ~Progress();

  void Update(std::uint64_t done);
  // Replaces the line by `stage` (e.g. "writing outputs"), shown until the next call or Clear.
  void Stage(const std::string& stage);
  void Clear();

 private:
  void Draw(const std::string& line);

  std::ostream& out_;
  bool enabled_;
  std::uint64_t total_;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_{};
  std::size_t drawn_ = 0;  // characters on the line now
};

// Whether standard error is a terminal.
bool StderrIsTerminal();

// Peak resident memory of this process so far, in bytes.
std::uint64_t PeakMemoryBytes();

// "2m05s", "48.2 s", "0.35 s".
std::string FormatDuration(double seconds);
// "1.3 GB", "812 MB", "64 kB".
std::string FormatBytes(std::uint64_t bytes);

}  // namespace newskg::cli
