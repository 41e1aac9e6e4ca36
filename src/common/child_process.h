// Running a piece of work in a forked child process with a time limit and a memory limit, for
// library code that cannot be interrupted (the embedded SPARQL engine): the parent can always
// stop the child, and a child that exhausts its memory cannot take the parent down with it.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>

namespace newskg::common {

struct ChildLimits {
  // Wall-clock time for the whole child; zero means no limit.
  std::chrono::milliseconds timeout{0};
  // Resident memory the child may use beyond what the parent uses when it forks; the parent
  // watches the child (every 20 ms) and kills it when it goes beyond. No limit is imposed inside
  // the child, so library code never sees a failed allocation, which some C libraries take for
  // the end of their data and answer with partial results. nullopt means no limit.
  std::optional<std::size_t> extra_memory_bytes;
};

struct ChildOutcome {
  enum class Status {
    Finished,  // `work` returned; `output` is its result
    Failed,    // `work` threw; `output` is the exception's message
    TimedOut,  // killed at the time limit
    MemoryExceeded,  // killed at the memory limit
    Crashed,   // ended by a signal or exited without an answer (e.g. out of memory in C code)
  };
  Status status = Status::Crashed;
  std::string output;
  int signal = 0;  // for Crashed, the terminating signal (0 if it exited)
};

// Flushes the C and C++ standard streams, forks, runs `work` in the child and hands its return
// value (or the message of what it threw; std::bad_alloc becomes "out of memory") back through
// a pipe, while watching the time and the child's memory. The child ends with _exit and runs no destructors of the parent's objects. Throws
// std::runtime_error when the child cannot be started.
ChildOutcome RunInChildProcess(const std::function<std::string()>& work, const ChildLimits& limits);

}  // namespace newskg::common
