#include "cli/progress.h"

#include <sys/resource.h>
#include <unistd.h>

#include <cmath>
#include <cstdio>

namespace newskg::cli {

bool StderrIsTerminal() { return ::isatty(STDERR_FILENO) == 1; }

std::uint64_t PeakMemoryBytes() {
  struct rusage usage {};
  if (::getrusage(RUSAGE_SELF, &usage) != 0) return 0;
  return static_cast<std::uint64_t>(usage.ru_maxrss) * 1024;  // Linux reports kB
}

std::string FormatDuration(double seconds) {
  char text[32];
  if (seconds >= 120) {
    const auto total = static_cast<long>(std::lround(seconds));
    if (total >= 3600) {
      std::snprintf(text, sizeof text, "%ldh%02ldm", total / 3600, (total / 60) % 60);
    } else {
      std::snprintf(text, sizeof text, "%ldm%02lds", total / 60, total % 60);
    }
  } else if (seconds >= 10) {
    std::snprintf(text, sizeof text, "%.1f s", seconds);
  } else {
    std::snprintf(text, sizeof text, "%.2f s", seconds);
  }
  return text;
}

std::string FormatBytes(std::uint64_t bytes) {
  char text[32];
  const double b = static_cast<double>(bytes);
  if (b >= 1e9) {
    std::snprintf(text, sizeof text, "%.2f GB", b / 1e9);
  } else if (b >= 1e6) {
    std::snprintf(text, sizeof text, "%.0f MB", b / 1e6);
  } else {
    std::snprintf(text, sizeof text, "%.0f kB", b / 1e3);
  }
  return text;
}

Progress::Progress(std::ostream& out, bool enabled, std::uint64_t total)
    : out_(out), enabled_(enabled && total > 0), total_(total),
      start_(std::chrono::steady_clock::now()) {}

Progress::~Progress() { Clear(); }

void Progress::Draw(const std::string& line) {
  std::string text = "\r" + line;
  if (line.size() < drawn_) text += std::string(drawn_ - line.size(), ' ') + "\r" + line;
  out_ << text << std::flush;
  drawn_ = line.size();
}

void Progress::Update(std::uint64_t done) {
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (done < total_ && now - last_draw_ < std::chrono::milliseconds(250)) return;
  last_draw_ = now;
  const double elapsed = std::chrono::duration<double>(now - start_).count();
  const double rate = elapsed > 0 ? static_cast<double>(done) / elapsed : 0;
  char line[160];
  std::snprintf(line, sizeof line, "analysing: %llu/%llu articles (%.0f%%), %.0f articles/s",
                static_cast<unsigned long long>(done), static_cast<unsigned long long>(total_),
                100.0 * static_cast<double>(done) / static_cast<double>(total_), rate);
  std::string text = line;
  if (rate > 0 && done < total_) {
    text += ", " + FormatDuration(static_cast<double>(total_ - done) / rate) + " left";
  }
  Draw(text);
}

void Progress::Stage(const std::string& stage) {
  if (enabled_) Draw(stage);
}

void Progress::Clear() {
  if (!enabled_ || drawn_ == 0) return;
  out_ << '\r' << std::string(drawn_, ' ') << '\r' << std::flush;
  drawn_ = 0;
}

}  // namespace newskg::cli
