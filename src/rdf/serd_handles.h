// RAII owners for serd objects and views of serd nodes; internal to src/rdf.
#pragma once

#include <serd/serd.h>

#include <string_view>

#include "rdf/c_handle.h"

namespace newskg::rdf::detail {

using SerdEnvHandle = CHandle<SerdEnv, serd_env_free>;
using SerdReaderHandle = CHandle<SerdReader, serd_reader_free>;
using SerdWriterHandle = CHandle<SerdWriter, serd_writer_free>;

// Owns the buffer of a node serd allocated (serd_env_expand_node and the like).
class OwnedSerdNode {
 public:
  explicit OwnedSerdNode(SerdNode node) : node_(node) {}
  ~OwnedSerdNode() { serd_node_free(&node_); }
  OwnedSerdNode(const OwnedSerdNode&) = delete;
  OwnedSerdNode& operator=(const OwnedSerdNode&) = delete;
  const SerdNode& get() const { return node_; }

 private:
  SerdNode node_;
};

inline std::string_view SerdText(const SerdNode& node) {
  return node.buf == nullptr ? std::string_view()
                             : std::string_view(reinterpret_cast<const char*>(node.buf), node.n_bytes);
}

inline std::string_view SerdText(const SerdNode* node) {
  return node == nullptr ? std::string_view() : SerdText(*node);
}

}  // namespace newskg::rdf::detail
