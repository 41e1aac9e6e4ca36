// XmlWriter: streams an indented XML document (GraphML, GEXF) into a BufferedWriter, escaping
// with libxml2; text outside XML 1.0's character range is replaced, never written raw.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "common/buffered_writer.h"

namespace newskg::graph {

// `text` with every code point XML 1.0 cannot carry (C0 controls other than tab, line feed
// and carriage return; U+FFFE, U+FFFF; surrogates; ill-formed UTF-8) replaced by U+FFFD.
std::string XmlSafe(std::string_view text);

class XmlWriter {
 public:
  explicit XmlWriter(common::BufferedWriter& out);  // writes the XML declaration
  ~XmlWriter();
  XmlWriter(const XmlWriter&) = delete;
  XmlWriter& operator=(const XmlWriter&) = delete;

  void Start(const char* element);
  void End();
  void Attribute(const char* name, std::string_view value);
  void Text(std::string_view text);
  // Closes open elements, flushes everything to `out`; throws on a write error.
  void Finish();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// What `write` writes, as a string (tests); `name` names the stream in errors.
std::string WriteToString(const char* name,
                          const std::function<void(common::BufferedWriter&)>& write);

}  // namespace newskg::graph
