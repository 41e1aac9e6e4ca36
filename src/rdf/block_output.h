// BlockOutput: one Turtle or N-Triples file written block by block (see GraphEmitter). A
// block whose key and hash are in the previous output's map is copied from the previous file
// (inside the kernel, adjacent blocks in one go) instead of being written again through serd.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "common/buffered_writer.h"
#include "rdf/graph_emitter.h"
#include "rdf/output_map.h"
#include "rdf/prefixes.h"
#include "rdf/rdf_stream_writer.h"

namespace newskg::rdf {

// The same file of the previous generation and its map.
struct PreviousOutput {
  int fd = -1;
  std::string name;
  const OutputMap* map = nullptr;
};

struct PlacedBlock {
  BlockId id;
  BlockPlace place;
  std::uint64_t triples = 0;
  bool copied = false;
};

class BlockOutput {
 public:
  // `previous` may be null (a first build). Keeps references to out and previous.
  BlockOutput(RdfSyntax syntax, common::BufferedWriter& out, const PrefixMap& prefixes,
              const PreviousOutput* previous);
  ~BlockOutput();

  // Where the block's triples go when Begin says to write them.
  TripleSink& sink();

  // Starts a block; true: write its triples to sink(), false: it was copied.
  bool Begin(const BlockId& id);
  void End();

  // Ends the file; everything is handed to `out` and flushed.
  void Finish();

  const std::vector<PlacedBlock>& blocks() const { return blocks_; }
  std::uint64_t triples() const { return triples_; }
  std::uint64_t copied_blocks() const { return copied_; }

 private:
  class CountingSink;
  void FlushCopy();

  RdfSyntax syntax_;
  common::BufferedWriter& out_;
  const PreviousOutput* previous_;
  RdfStreamWriter writer_;
  std::unique_ptr<CountingSink> counter_;
  std::vector<PlacedBlock> blocks_;
  std::uint64_t triples_ = 0;
  std::uint64_t copied_ = 0;
  // Copies are gathered while blocks follow each other in the previous file too.
  std::uint64_t copy_offset_ = 0;
  std::uint64_t copy_length_ = 0;
};

}  // namespace newskg::rdf
