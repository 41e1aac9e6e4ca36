// Segments: the archive's immutable files of resolved articles. Each build or update writes
// one; a generation of the output folder lists the segments it is made of (manifest.h).
//
//   "NKGSEG01" u32 version u32 0 | records | index | footer
//   index:  per article: string id, u64 content hash, varint offset, varint length, u64 record hash
//   footer: u64 index offset, u64 index length, u64 article count, u64 index hash, "NKGSEGND"
// Numbers little-endian, strings varint-length-prefixed UTF-8, hashes XXH3-64.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/buffered_writer.h"
#include "common/mapped_file.h"

namespace newskg::archive {

inline constexpr std::uint32_t kSegmentVersion = 2;

struct SegmentEntry {
  std::string id;                  // the article id
  std::uint64_t content_hash = 0;  // of the article's input bytes: the same text, the same hash
  std::uint64_t offset = 0;        // of the record in the file
  std::uint64_t length = 0;
  std::uint64_t record_hash = 0;
};

class SegmentWriter {
 public:
  // Writes to `fd` from its current position (an empty file); `name` for messages.
  SegmentWriter(int fd, std::string name);
  void Append(std::string_view id, std::uint64_t content_hash, std::string_view record);
  // Writes the index and footer and flushes; throws std::runtime_error on a write error.
  void Finish();
  std::size_t article_count() const { return entries_.size(); }
  std::uint64_t bytes_written() const { return out_.bytes_written(); }

 private:
  common::BufferedWriter out_;
  std::vector<SegmentEntry> entries_;
};

class SegmentReader {
 public:
  // Checks the header, footer and index; throws InputError naming the file when anything is
  // missing, damaged or of another version.
  explicit SegmentReader(common::MappedFile file);

  const std::vector<SegmentEntry>& entries() const { return entries_; }
  const std::string& name() const { return file_.name(); }
  std::uint64_t size() const { return file_.bytes().size(); }

  // The record of entries()[i], its hash checked.
  std::string_view Record(std::size_t i) const;

 private:
  common::MappedFile file_;
  std::vector<SegmentEntry> entries_;
};

}  // namespace newskg::archive
