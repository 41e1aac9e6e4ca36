// RunInChildProcess: results, errors, time limit and memory limit of work run in a child.
#include <catch.hpp>

#include <signal.h>

#include <chrono>
#include <new>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "common/child_process.h"

using newskg::common::ChildLimits;
using newskg::common::ChildOutcome;
using newskg::common::RunInChildProcess;

TEST_CASE("the child's result comes back whole, also when it is large") {
  const std::string big(5'000'000, 'x');
  const ChildOutcome outcome = RunInChildProcess([&] { return big + "!"; }, {});
  REQUIRE(outcome.status == ChildOutcome::Status::Finished);
  CHECK(outcome.output.size() == big.size() + 1);
  CHECK(outcome.output.back() == '!');
}

TEST_CASE("what the child throws comes back as its message") {
  const ChildOutcome outcome =
      RunInChildProcess([]() -> std::string { throw std::runtime_error("kaputt"); }, {});
  CHECK(outcome.status == ChildOutcome::Status::Failed);
  CHECK(outcome.output == "kaputt");
}

TEST_CASE("a child that runs too long is stopped at the time limit") {
  ChildLimits limits;
  limits.timeout = std::chrono::milliseconds(300);
  const auto start = std::chrono::steady_clock::now();
  const ChildOutcome outcome = RunInChildProcess(
      [] {
        std::this_thread::sleep_for(std::chrono::seconds(30));
        return std::string("late");
      },
      limits);
  CHECK(outcome.status == ChildOutcome::Status::TimedOut);
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(10));
}

TEST_CASE("a child that takes more memory than allowed is stopped") {
  ChildLimits limits;
  limits.extra_memory_bytes = std::size_t{64} << 20;
  const ChildOutcome outcome = RunInChildProcess(
      [] {
        std::vector<std::string> hog;
        for (int i = 0; i < 100; ++i) {  // up to 1.6 GB, slowly enough to be watched
          hog.emplace_back(std::size_t{16} << 20, 'm');
          std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        return std::string("done");
      },
      limits);
  CHECK(outcome.status == ChildOutcome::Status::MemoryExceeded);
}

TEST_CASE("a child that dies from a signal is reported as crashed") {
  const ChildOutcome outcome = RunInChildProcess(
      [] {
        ::raise(SIGSEGV);
        return std::string("unreachable");
      },
      {});
  CHECK(outcome.status == ChildOutcome::Status::Crashed);
  CHECK(outcome.signal == SIGSEGV);
}
