#include "common/child_process.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <new>
#include <stdexcept>

namespace newskg::common {
namespace {

constexpr char kResultTag = 'R';
constexpr char kErrorTag = 'E';

constexpr int kMemoryCheckMs = 20;

// The resident memory of a process, from /proc/PID/statm (second field, in pages); 0 if unknown.
std::size_t ResidentBytes(const std::string& pid) {
  std::ifstream statm("/proc/" + pid + "/statm");
  std::size_t size_pages = 0;
  std::size_t resident_pages = 0;
  statm >> size_pages >> resident_pages;
  return resident_pages * static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
}

bool WriteAll(int fd, const char* data, std::size_t size) {
  while (size > 0) {
    const ssize_t written = ::write(fd, data, size);
    if (written < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    data += written;
    size -= static_cast<std::size_t>(written);
  }
  return true;
}

[[noreturn]] void RunChild(int fd, const std::function<std::string()>& work) {
  // A fault in the work ends the child by its signal, whatever handlers the parent installed.
  for (int fatal : {SIGSEGV, SIGBUS, SIGABRT, SIGFPE, SIGILL}) ::signal(fatal, SIG_DFL);
  bool ok = false;
  try {
    const std::string result = work();
    ok = WriteAll(fd, &kResultTag, 1) && WriteAll(fd, result.data(), result.size());
  } catch (const std::bad_alloc&) {
    static const char kMessage[] = "out of memory";
    ok = WriteAll(fd, &kErrorTag, 1) && WriteAll(fd, kMessage, sizeof kMessage - 1);
  } catch (const std::exception& error) {
    ok = WriteAll(fd, &kErrorTag, 1) && WriteAll(fd, error.what(), std::strlen(error.what()));
  } catch (...) {
    static const char kMessage[] = "unknown error";
    ok = WriteAll(fd, &kErrorTag, 1) && WriteAll(fd, kMessage, sizeof kMessage - 1);
  }
  ::close(fd);
  ::_exit(ok ? 0 : 1);
}

int WaitFor(pid_t pid) {
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  return status;
}

}  // namespace

ChildOutcome RunInChildProcess(const std::function<std::string()>& work, const ChildLimits& limits) {
  std::optional<std::size_t> memory_limit;
  if (limits.extra_memory_bytes) memory_limit = ResidentBytes("self") + *limits.extra_memory_bytes;

  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0) {
    throw std::runtime_error(std::string("cannot create a pipe: ") + std::strerror(errno));
  }
  std::cout.flush();
  std::cerr.flush();
  std::fflush(nullptr);
  const pid_t pid = ::fork();
  if (pid < 0) {
    const int error = errno;
    ::close(fds[0]);
    ::close(fds[1]);
    throw std::runtime_error(std::string("cannot start a child process: ") + std::strerror(error));
  }
  if (pid == 0) {
    ::close(fds[0]);
    RunChild(fds[1], work);
  }
  ::close(fds[1]);

  using Clock = std::chrono::steady_clock;
  const bool timed = limits.timeout.count() > 0;
  const Clock::time_point deadline = Clock::now() + limits.timeout;
  std::string received;
  char buffer[1 << 16];
  ChildOutcome outcome;
  bool timed_out = false;
  bool memory_exceeded = false;
  const std::string child = std::to_string(pid);
  while (true) {
    int wait_ms = memory_limit ? kMemoryCheckMs : -1;
    if (timed) {
      const auto left =
          std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
      if (left <= 0) {
        timed_out = true;
        break;
      }
      wait_ms = static_cast<int>(std::min<long long>(left, wait_ms < 0 ? 1 << 30 : wait_ms));
    }
    if (memory_limit && ResidentBytes(child) > *memory_limit) {
      memory_exceeded = true;
      break;
    }
    pollfd poll_fd{fds[0], POLLIN, 0};
    const int ready = ::poll(&poll_fd, 1, wait_ms);
    if (ready < 0) {
      if (errno == EINTR) continue;
      break;
    }
    if (ready == 0) continue;  // the deadline check above ends the loop
    const ssize_t count = ::read(fds[0], buffer, sizeof buffer);
    if (count < 0) {
      if (errno == EINTR) continue;
      break;
    }
    if (count == 0) break;
    received.append(buffer, static_cast<std::size_t>(count));
  }
  ::close(fds[0]);
  if (timed_out || memory_exceeded) {
    ::kill(pid, SIGKILL);
    WaitFor(pid);
    outcome.status = timed_out ? ChildOutcome::Status::TimedOut : ChildOutcome::Status::MemoryExceeded;
    return outcome;
  }
  const int status = WaitFor(pid);
  if (WIFSIGNALED(status)) outcome.signal = WTERMSIG(status);
  const bool exited_cleanly = WIFEXITED(status) && WEXITSTATUS(status) == 0;
  if (!exited_cleanly || received.empty()) {
    outcome.status = ChildOutcome::Status::Crashed;
    return outcome;
  }
  outcome.status = received[0] == kResultTag ? ChildOutcome::Status::Finished
                                             : ChildOutcome::Status::Failed;
  outcome.output = received.substr(1);
  return outcome;
}

}  // namespace newskg::common
