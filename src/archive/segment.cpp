#include "archive/segment.h"

#include <cstring>

#include "common/byte_codec.h"
#include "common/content_hash.h"
#include "common/input_error.h"

namespace newskg::archive {
namespace {

constexpr char kHeaderMagic[8] = {'N', 'K', 'G', 'S', 'E', 'G', '0', '1'};
constexpr char kFooterMagic[8] = {'N', 'K', 'G', 'S', 'E', 'G', 'N', 'D'};
constexpr std::size_t kHeaderSize = 16;
constexpr std::size_t kFooterSize = 40;

void PutU64(std::string& out, std::uint64_t value) {
  for (int i = 0; i < 8; ++i) out += static_cast<char>((value >> (8 * i)) & 0xff);
}

std::uint64_t GetU64(std::string_view bytes, std::size_t at) {
  std::uint64_t value = 0;
  for (int i = 0; i < 8; ++i) {
    value |= static_cast<std::uint64_t>(static_cast<unsigned char>(bytes[at + i])) << (8 * i);
  }
  return value;
}

}  // namespace

SegmentWriter::SegmentWriter(int fd, std::string name) : out_(fd, std::move(name)) {
  std::string header(kHeaderMagic, sizeof kHeaderMagic);
  for (int i = 0; i < 4; ++i) header += static_cast<char>((kSegmentVersion >> (8 * i)) & 0xff);
  header.append(4, '\0');
  out_.Write(header);
}

void SegmentWriter::Append(std::string_view id, std::uint64_t content_hash,
                           std::string_view record) {
  entries_.push_back({std::string(id), content_hash, out_.bytes_written(), record.size(),
                      common::Hash64(record)});
  out_.Write(record);
}

void SegmentWriter::Finish() {
  common::ByteWriter index;
  for (const SegmentEntry& e : entries_) {
    index.PutString(e.id);
    PutU64(index.mutable_bytes(), e.content_hash);
    index.PutVarint(e.offset);
    index.PutVarint(e.length);
    PutU64(index.mutable_bytes(), e.record_hash);
  }
  const std::uint64_t index_offset = out_.bytes_written();
  out_.Write(index.bytes());
  std::string footer;
  PutU64(footer, index_offset);
  PutU64(footer, index.bytes().size());
  PutU64(footer, entries_.size());
  PutU64(footer, common::Hash64(index.bytes()));
  footer.append(kFooterMagic, sizeof kFooterMagic);
  out_.Write(footer);
  out_.Flush();
}

SegmentReader::SegmentReader(common::MappedFile file) : file_(std::move(file)) {
  const std::string_view bytes = file_.bytes();
  auto fail = [&](const std::string& message) {
    throw InputError(file_.name(), "not a usable archive segment: " + message);
  };
  if (bytes.size() < kHeaderSize + kFooterSize) fail("file too short");
  if (std::memcmp(bytes.data(), kHeaderMagic, sizeof kHeaderMagic) != 0) fail("no segment header");
  const std::uint32_t version = static_cast<std::uint32_t>(GetU64(bytes, 8) & 0xffffffffu);
  if (version != kSegmentVersion) {
    fail("format version " + std::to_string(version) + ", this newskg reads version " +
         std::to_string(kSegmentVersion) + "; rebuild the graph from all articles (newskg build --force)");
  }
  const std::size_t footer = bytes.size() - kFooterSize;
  if (std::memcmp(bytes.data() + footer + 32, kFooterMagic, sizeof kFooterMagic) != 0) {
    fail("no footer (the file is truncated)");
  }
  const std::uint64_t index_offset = GetU64(bytes, footer);
  const std::uint64_t index_length = GetU64(bytes, footer + 8);
  const std::uint64_t count = GetU64(bytes, footer + 16);
  if (index_offset < kHeaderSize || index_offset > footer || index_length != footer - index_offset) {
    fail("index out of place");
  }
  const std::string_view index = bytes.substr(index_offset, index_length);
  if (common::Hash64(index) != GetU64(bytes, footer + 24)) fail("index checksum mismatch");
  common::ByteReader in(index, file_.name(), "archive segment index", index_offset);
  if (count > index_length) fail("implausible article count");
  entries_.reserve(count);
  for (std::uint64_t i = 0; i < count; ++i) {
    SegmentEntry e;
    e.id = in.GetString();
    e.content_hash = GetU64(in.GetBytes(8), 0);
    e.offset = in.GetVarint();
    e.length = in.GetVarint();
    e.record_hash = GetU64(in.GetBytes(8), 0);
    if (e.offset < kHeaderSize || e.offset > index_offset || e.length > index_offset - e.offset) {
      fail("record " + std::to_string(i) + " out of place");
    }
    entries_.push_back(std::move(e));
  }
  if (!in.AtEnd()) fail("trailing bytes in the index");
}

std::string_view SegmentReader::Record(std::size_t i) const {
  const SegmentEntry& e = entries_.at(i);
  const std::string_view record = file_.bytes().substr(e.offset, e.length);
  if (common::Hash64(record) != e.record_hash) {
    throw InputError(file_.name(), "archive segment damaged: record of " + e.id +
                                       " fails its checksum", e.offset);
  }
  return record;
}

}  // namespace newskg::archive
