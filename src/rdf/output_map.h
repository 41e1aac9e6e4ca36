// OutputMap: where each block of a Turtle and N-Triples output (an entity, an alias, an
// article with its facts) lies, and the hash of what it was written from. The next update
// copies the bytes of every block whose hash is unchanged instead of writing it again.
// Stored beside the outputs as outputs.map: "NKGOMAP1", u32 version, then per block
// key, hash, Turtle offset and length, N-Triples offset and length, triples (varints);
// the last 8 bytes are the XXH3 hash of everything before them.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace newskg::rdf {

inline constexpr const char* kOutputMapFile = "outputs.map";

struct BlockPlace {
  std::uint64_t offset = 0;
  std::uint64_t length = 0;
};

struct MappedBlock {
  std::string key;          // 'E' + entity key, 'A' + alias key, 'R' + article id
  std::uint64_t hash = 0;   // of the block's sources (GraphEmitter)
  BlockPlace turtle;
  BlockPlace ntriples;
  std::uint64_t triples = 0;
};

class OutputMap {
 public:
  void Add(MappedBlock block);
  const std::vector<MappedBlock>& blocks() const { return blocks_; }
  // Makes Find work (a parsed map is indexed already); Add undoes it.
  void Index();
  // The block with this key, or nullptr (also when not indexed). Thread-safe once indexed.
  const MappedBlock* Find(std::string_view key) const;

  std::string Serialize() const;
  // Throws InputError naming `file` when the bytes are not a valid map.
  static OutputMap Parse(std::string_view bytes, const std::string& file);

 private:
  std::vector<MappedBlock> blocks_;
  std::unordered_map<std::string_view, std::size_t> by_key_;
  bool indexed_ = false;
};

}  // namespace newskg::rdf
