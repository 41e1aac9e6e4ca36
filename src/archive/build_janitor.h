// BuildJanitor: a helper process that tidies an output folder after its build was killed.
//
// SIGKILL runs no destructor, so a build killed while it names its new generation leaves a
// temporary folder or an unfinished generation (as large as the outputs) in OUTDIR/.newskg,
// which the next build would remove. The build therefore starts this program again as a
// janitor that waits on a pipe: when the build ends (normally or by an error it handled) it
// says so and the janitor exits; when the pipe closes unannounced, the build died, and the
// janitor takes the folder's lock and removes what the build left, as the next build would.
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <string>

namespace newskg::archive {

// argv[1] of the janitor process: `newskg --internal-tidy-after-build OUTDIR`, with the pipe
// as its descriptor 3. Not a command users give.
inline constexpr const char* kJanitorArgument = "--internal-tidy-after-build";

class BuildJanitor {
 public:
  // Starts `program` (this binary: /proc/self/exe) as the janitor of `folder`. If it cannot be
  // started the build goes on without one (the next build still tidies).
  BuildJanitor(const std::string& program, const std::filesystem::path& folder);
  ~BuildJanitor();  // tells the janitor the build ended, and waits for it to exit
  BuildJanitor(const BuildJanitor&) = delete;
  BuildJanitor& operator=(const BuildJanitor&) = delete;

 private:
  pid_t pid_ = -1;
  int pipe_ = -1;  // write end; closed by the kernel when the build dies
};

// The janitor's side: waits on descriptor 3; if the build died, tidies `folder`. Returns the
// process's exit status.
int RunJanitor(const std::filesystem::path& folder);

}  // namespace newskg::archive
