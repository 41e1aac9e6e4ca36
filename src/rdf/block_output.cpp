#include "rdf/block_output.h"

#include <stdexcept>

namespace newskg::rdf {

class BlockOutput::CountingSink : public TripleSink {
 public:
  explicit CountingSink(TripleSink& next) : next_(next) {}
  void Add(const TermRef& s, const TermRef& p, const TermRef& o) override {
    next_.Add(s, p, o);
    ++count;
  }
  std::uint64_t count = 0;

 private:
  TripleSink& next_;
};

BlockOutput::BlockOutput(RdfSyntax syntax, common::BufferedWriter& out, const PrefixMap& prefixes,
                         const PreviousOutput* previous)
    : syntax_(syntax),
      out_(out),
      previous_(previous != nullptr && previous->map != nullptr && previous->fd >= 0 ? previous
                                                                                       : nullptr),
      writer_(syntax, out, prefixes),
      counter_(std::make_unique<CountingSink>(writer_)) {}

BlockOutput::~BlockOutput() = default;

TripleSink& BlockOutput::sink() { return *counter_; }

void BlockOutput::FlushCopy() {
  if (copy_length_ == 0) return;
  out_.CopyFrom(previous_->fd, previous_->name, copy_offset_, copy_length_);
  copy_length_ = 0;
}

bool BlockOutput::Begin(const BlockId& id) {
  PlacedBlock block;
  block.id = id;
  block.place.offset = out_.bytes_written() + copy_length_;
  if (previous_ != nullptr) {
    const MappedBlock* old = previous_->map->Find(id.key);
    if (old != nullptr && old->hash == id.hash) {
      const BlockPlace& from = syntax_ == RdfSyntax::Turtle ? old->turtle : old->ntriples;
      if (copy_length_ > 0 && copy_offset_ + copy_length_ != from.offset) FlushCopy();
      if (copy_length_ == 0) copy_offset_ = from.offset;
      copy_length_ += from.length;
      block.place.length = from.length;
      block.triples = old->triples;
      block.copied = true;
      triples_ += old->triples;
      ++copied_;
      blocks_.push_back(std::move(block));
      return false;
    }
  }
  FlushCopy();
  counter_->count = 0;
  blocks_.push_back(std::move(block));
  return true;
}

void BlockOutput::End() {
  PlacedBlock& block = blocks_.back();
  if (block.copied) return;
  writer_.EndBlock();
  block.place.length = out_.bytes_written() - block.place.offset;
  block.triples = counter_->count;
  triples_ += counter_->count;
}

void BlockOutput::Finish() {
  FlushCopy();
  writer_.Finish();
  out_.Flush();
}

}  // namespace newskg::rdf
