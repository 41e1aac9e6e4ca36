// RdfStreamWriter: a TripleSink that streams Turtle or N-Triples through serd (libserd), so a graph
// of any size is written without holding it in memory. The only place that sees serd's C API.
#pragma once

#include <memory>

#include "common/buffered_writer.h"
#include "rdf/prefixes.h"
#include "rdf/triple_sink.h"

namespace newskg::rdf {

enum class RdfSyntax { Turtle, NTriples };

class RdfStreamWriter : public TripleSink {
 public:
  // Turtle declares `prefixes` (plus StandardPrefixes) and writes IRIs under them as prefixed
  // names, grouping consecutive triples of one subject. N-Triples writes one triple per line.
  RdfStreamWriter(RdfSyntax syntax, common::BufferedWriter& out, const PrefixMap& prefixes = {});
  ~RdfStreamWriter() override;
  RdfStreamWriter(const RdfStreamWriter&) = delete;
  RdfStreamWriter& operator=(const RdfStreamWriter&) = delete;

  void Add(const TermRef& subject, const TermRef& predicate, const TermRef& object) override;

  // Ends the current statement and forgets all context, so that what is written next does not
  // depend on what came before: a block's bytes are then the same wherever it stands (the
  // build copies unchanged blocks from the previous output). Blocks are separated by a blank
  // line.
  void EndBlock();

  // EndBlock, then everything is handed to `out` (not flushed). Throws on a write error.
  void Finish();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace newskg::rdf
