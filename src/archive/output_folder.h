// OutputFolder: a build's output folder as a series of generations. The files users read
// (graph.ttl, graph.nt, ...) are symbolic links through `.newskg/current`, which names the
// current generation folder; the next generation is written as unnamed files (O_TMPFILE) and
// swapped in by one rename, so a reader sees all old or all new files, never a mix, and a
// killed build leaves no partial file behind.
//
//   OUTDIR/graph.ttl -> .newskg/current/graph.ttl        (one link per public file)
//   OUTDIR/.newskg/current -> gen-000042
//   OUTDIR/.newskg/gen-000042/{graph.ttl, graph.nt, ..., manifest.json, *.segment}
//   OUTDIR/.newskg/lock                                   (held while a build runs)
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace newskg::archive {

class Generation;

class OutputFolder {
 public:
  // Creates the folder if needed, takes its lock (waiting, with a notice, while another build
  // holds it) and removes what an interrupted build left. Throws std::runtime_error naming the
  // folder on failure.
  static OutputFolder Open(const std::filesystem::path& folder, std::ostream& notices);
  ~OutputFolder();
  OutputFolder(OutputFolder&&) noexcept;
  OutputFolder& operator=(OutputFolder&&) noexcept;

  const std::filesystem::path& path() const;

  // The current generation's folder, if the folder holds a build.
  std::optional<std::filesystem::path> current() const;

  // Of `names`, those present in the folder but not as newskg's own links (a file of an older
  // newskg, or anything else); a folder among them can never be replaced.
  std::vector<std::filesystem::path> ForeignEntries(const std::vector<std::string>& names) const;

  // Starts the next generation; its files become visible only with Generation::Commit.
  Generation NextGeneration();

  // What Open does to what an interrupted build left, without building: takes the lock
  // (waiting), removes temporary folders and links and generations other than the current
  // one, and, when no build was ever committed, the lock and state folder too (and `folder`
  // if that leaves it empty). Nothing happens to a folder without `.newskg`.
  static void Tidy(const std::filesystem::path& folder);

 private:
  struct Impl;
  explicit OutputFolder(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
  friend class Generation;
};

class Generation {
 public:
  ~Generation();  // without Commit, everything written is discarded
  Generation(Generation&&) noexcept;
  Generation(const Generation&) = delete;
  Generation& operator=(const Generation&) = delete;
  Generation& operator=(Generation&&) = delete;

  // An empty file, readable and writable, that will be called `name` in the generation.
  // Returns its descriptor, owned by the Generation.
  int Create(const std::string& name);

  // How messages name the file `name` of this generation: as the user will find it,
  // "OUTDIR/graph.ttl".
  std::string Named(const std::string& name) const;

  // A file of an earlier generation (an immutable segment) to carry over under `name`.
  void Carry(const std::filesystem::path& from, const std::string& name);

  // Makes the generation current: syncs its files, names them, swaps `.newskg/current`, makes
  // sure every name in `public_names` is a link through it, and removes older generations.
  // `replace_foreign` allows replacing files at the public names that are not links (--force).
  void Commit(const std::vector<std::string>& public_names, bool replace_foreign);

 private:
  struct Impl;
  explicit Generation(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
  friend class OutputFolder;
};

}  // namespace newskg::archive
