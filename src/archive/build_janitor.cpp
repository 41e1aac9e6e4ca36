#include "archive/build_janitor.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <exception>
#include <vector>

#include "archive/output_folder.h"

extern char** environ;

namespace newskg::archive {

namespace {

constexpr int kPipeDescriptor = 3;
constexpr char kBuildEnded = 'e';

}  // namespace

BuildJanitor::BuildJanitor(const std::string& program, const std::filesystem::path& folder) {
  int ends[2];
  if (::pipe2(ends, O_CLOEXEC) != 0) return;
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  // The janitor keeps nothing of the build open but the pipe: no terminal, no output pipe that
  // a reader would wait on.
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_adddup2(&actions, ends[0], kPipeDescriptor);
  const std::string folder_text = folder.string();
  std::vector<char*> argv = {const_cast<char*>("newskg"), const_cast<char*>(kJanitorArgument),
                             const_cast<char*>(folder_text.c_str()), nullptr};
  pid_t pid = -1;
  const int result = ::posix_spawn(&pid, program.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  ::close(ends[0]);
  if (result != 0) {
    ::close(ends[1]);
    return;
  }
  pid_ = pid;
  pipe_ = ends[1];
}

BuildJanitor::~BuildJanitor() {
  if (pipe_ >= 0) {
    const char ended = kBuildEnded;
    while (::write(pipe_, &ended, 1) < 0 && errno == EINTR) {
    }
    ::close(pipe_);
  }
  if (pid_ > 0) {
    while (::waitpid(pid_, nullptr, 0) < 0 && errno == EINTR) {
    }
  }
}

int RunJanitor(const std::filesystem::path& folder) {
  char message = 0;
  ssize_t n;
  while ((n = ::read(kPipeDescriptor, &message, 1)) < 0 && errno == EINTR) {
  }
  if (n == 1 && message == kBuildEnded) return 0;
  try {
    OutputFolder::Tidy(folder);
  } catch (const std::exception&) {
    return 1;  // nothing to report to: the next build tidies
  }
  return 0;
}

}  // namespace newskg::archive
