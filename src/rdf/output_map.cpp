#include "rdf/output_map.h"

#include <cstring>

#include "common/byte_codec.h"
#include "common/content_hash.h"
#include "common/input_error.h"

namespace newskg::rdf {
namespace {

constexpr char kMagic[8] = {'N', 'K', 'G', 'O', 'M', 'A', 'P', '1'};
constexpr std::uint32_t kVersion = 1;

}  // namespace

void OutputMap::Add(MappedBlock block) {
  blocks_.push_back(std::move(block));
  by_key_.clear();  // keys point into blocks_, which may have moved
  indexed_ = false;
}

void OutputMap::Index() {
  by_key_.clear();
  by_key_.reserve(blocks_.size());
  for (std::size_t i = 0; i < blocks_.size(); ++i) by_key_.emplace(blocks_[i].key, i);
  indexed_ = true;
}

const MappedBlock* OutputMap::Find(std::string_view key) const {
  if (!indexed_) return nullptr;
  auto it = by_key_.find(key);
  return it == by_key_.end() ? nullptr : &blocks_[it->second];
}

std::string OutputMap::Serialize() const {
  common::ByteWriter out;
  out.PutBytes(std::string_view(kMagic, sizeof kMagic));
  out.PutU32(kVersion);
  out.PutVarint(blocks_.size());
  for (const MappedBlock& b : blocks_) {
    out.PutString(b.key);
    out.PutVarint(b.hash);
    out.PutVarint(b.turtle.offset);
    out.PutVarint(b.turtle.length);
    out.PutVarint(b.ntriples.offset);
    out.PutVarint(b.ntriples.length);
    out.PutVarint(b.triples);
  }
  const std::uint64_t hash = common::Hash64(out.bytes());
  for (int i = 0; i < 8; ++i) out.PutU8(static_cast<std::uint8_t>((hash >> (8 * i)) & 0xff));
  return out.bytes();
}

OutputMap OutputMap::Parse(std::string_view bytes, const std::string& file) {
  if (bytes.size() < sizeof kMagic + 12 || std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0) {
    throw InputError(file, "not an output map");
  }
  const std::string_view body = bytes.substr(0, bytes.size() - 8);
  std::uint64_t stored = 0;
  for (int i = 0; i < 8; ++i) {
    stored |= static_cast<std::uint64_t>(static_cast<unsigned char>(bytes[body.size() + i])) << (8 * i);
  }
  if (common::Hash64(body) != stored) throw InputError(file, "output map damaged (checksum)");
  common::ByteReader in(body.substr(sizeof kMagic), file, "output map", sizeof kMagic);
  if (in.GetU32() != kVersion) throw InputError(file, "output map of another version");
  OutputMap map;
  const std::uint64_t count = in.GetVarint();
  if (count > body.size()) in.Fail("implausible block count");
  map.blocks_.reserve(count);
  for (std::uint64_t i = 0; i < count; ++i) {
    MappedBlock b;
    b.key = in.GetString();
    b.hash = in.GetVarint();
    b.turtle = {in.GetVarint(), in.GetVarint()};
    b.ntriples = {in.GetVarint(), in.GetVarint()};
    b.triples = in.GetVarint();
    map.blocks_.push_back(std::move(b));
  }
  if (!in.AtEnd()) in.Fail("trailing bytes");
  map.Index();
  return map;
}

}  // namespace newskg::rdf
