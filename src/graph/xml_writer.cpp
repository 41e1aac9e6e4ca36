#include "graph/xml_writer.h"

#include <libxml/tree.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <array>
#include <new>
#include <stdexcept>
#include <vector>

#include "text/utf8.h"

namespace newskg::graph {

namespace {

// ASCII without controls other than tab, line feed and carriage return: XML carries it as is.
bool PlainAscii(std::string_view text) {
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (c >= 0x80 || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')) return false;
  }
  return true;
}

using ByteSet = std::array<bool, 256>;

constexpr ByteSet BytesOf(std::string_view characters) {
  ByteSet set{};
  for (const char c : characters) set[static_cast<unsigned char>(c)] = true;
  return set;
}

// What libxml2 changes when it escapes text content, and attribute values.
constexpr ByteSet kTextEscaped = BytesOf("<>&\"\r");
constexpr ByteSet kAttributeEscaped = BytesOf("<>&\"\r\n\t");

bool ContainsAny(std::string_view text, const ByteSet& set) {
  for (const char c : text) {
    if (set[static_cast<unsigned char>(c)]) return true;
  }
  return false;
}

}  // namespace

std::string XmlSafe(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const text::CodePoint cp = text::DecodeAt(text, i);
    const char32_t c = cp.value;
    // DecodeAt reads ill-formed bytes as U+FFFD of length 1; a real U+FFFD takes 3 bytes.
    const bool well_formed = !(c == 0xFFFD && cp.length != 3);
    const bool allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
                         (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
    if (well_formed && allowed) {
      out.append(text.substr(i, cp.length));
    } else {
      out += "\uFFFD";
    }
    i += cp.length;
  }
  return out;
}

// The document is written straight into the BufferedWriter, laid out exactly as libxml2's
// xmlTextWriter lays it out with indentation on (two spaces a level, one element per line,
// text content inline, empty elements as <a/>), which this writer replaced for speed: that
// writer took most of the time of writing GraphML and GEXF. Escaping stays libxml2's own
// (xmlEncodeSpecialChars for text, xmlAttrSerializeTxtContent for attribute values), called
// only for a value that has a character they change.
struct XmlWriter::Impl {
  struct Open {
    const char* name;
    bool has_content;  // its start tag is closed ('>' written)
  };
  common::BufferedWriter* out = nullptr;
  std::vector<Open> open;
  bool indent_end = true;  // the end tag of an element with content goes on its own line
  std::string value;       // the value being written, safe and NUL-terminated
  xmlDocPtr doc = nullptr;      // declares UTF-8, so libxml2 keeps non-ASCII as it is
  xmlBufferPtr escaped = nullptr;

  ~Impl() {
    if (escaped != nullptr) xmlBufferFree(escaped);
    if (doc != nullptr) xmlFreeDoc(doc);
  }

  // Plain ASCII, the common case, is copied without XmlSafe's code point walk.
  const char* Safe(std::string_view text) {
    if (PlainAscii(text)) {
      value.assign(text);
    } else {
      value = XmlSafe(text);
    }
    return value.c_str();
  }

  void Indent(std::size_t depth) {
    for (std::size_t i = 0; i < depth; ++i) out->Write("  ");
  }

  void CloseStartTag() {
    if (open.empty() || open.back().has_content) return;
    out->Write(">");
    open.back().has_content = true;
  }

  void WriteText(std::string_view text) {
    const char* safe = Safe(text);
    if (!ContainsAny(value, kTextEscaped)) {
      out->Write(value);
      return;
    }
    xmlChar* encoded = xmlEncodeSpecialChars(nullptr, BAD_CAST safe);
    if (encoded == nullptr) throw std::bad_alloc();
    out->Write(reinterpret_cast<const char*>(encoded));
    xmlFree(encoded);
  }

  void WriteAttributeValue(std::string_view text) {
    const char* safe = Safe(text);
    if (!ContainsAny(value, kAttributeEscaped)) {
      out->Write(value);
      return;
    }
    xmlBufferEmpty(escaped);
    xmlAttrSerializeTxtContent(escaped, doc, nullptr, BAD_CAST safe);
    out->Write(std::string_view(reinterpret_cast<const char*>(xmlBufferContent(escaped)),
                                static_cast<std::size_t>(xmlBufferLength(escaped))));
  }
};

XmlWriter::XmlWriter(common::BufferedWriter& out) : impl_(std::make_unique<Impl>()) {
  impl_->out = &out;
  impl_->doc = xmlNewDoc(BAD_CAST "1.0");
  impl_->escaped = xmlBufferCreate();
  if (impl_->doc == nullptr || impl_->escaped == nullptr) throw std::bad_alloc();
  impl_->doc->encoding = xmlStrdup(BAD_CAST "UTF-8");
  out.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
}

XmlWriter::~XmlWriter() = default;

void XmlWriter::Start(const char* element) {
  if (!impl_->open.empty() && !impl_->open.back().has_content) {
    impl_->CloseStartTag();
    impl_->out->Write("\n");
  }
  impl_->Indent(impl_->open.size());
  impl_->out->Write("<");
  impl_->out->Write(element);
  impl_->open.push_back({element, false});
}

void XmlWriter::End() {
  if (impl_->open.empty()) throw std::logic_error("XmlWriter::End without an open element");
  const Impl::Open element = impl_->open.back();
  if (!element.has_content) {
    impl_->out->Write("/>");
    impl_->indent_end = true;
  } else {
    if (impl_->indent_end) impl_->Indent(impl_->open.size() - 1);
    impl_->indent_end = true;
    impl_->out->Write("</");
    impl_->out->Write(element.name);
    impl_->out->Write(">");
  }
  impl_->out->Write("\n");
  impl_->open.pop_back();
}

void XmlWriter::Attribute(const char* name, std::string_view value) {
  if (impl_->open.empty() || impl_->open.back().has_content) {
    throw std::logic_error(std::string("XmlWriter: attribute ") + name + " after content");
  }
  impl_->out->Write(" ");
  impl_->out->Write(name);
  impl_->out->Write("=\"");
  impl_->WriteAttributeValue(value);
  impl_->out->Write("\"");
}

void XmlWriter::Text(std::string_view text) {
  impl_->CloseStartTag();
  impl_->indent_end = false;
  impl_->WriteText(text);
}

void XmlWriter::Finish() {
  while (!impl_->open.empty()) End();
  impl_->out->Flush();
}

std::string WriteToString(const char* name,
                          const std::function<void(common::BufferedWriter&)>& write) {
  const int fd = ::memfd_create(name, MFD_CLOEXEC);
  if (fd < 0) throw std::runtime_error(std::string("memfd_create: ") + std::strerror(errno));
  std::string text;
  try {
    common::BufferedWriter out(fd, name);
    write(out);
    out.Flush();
    const off_t size = ::lseek(fd, 0, SEEK_END);
    text.resize(static_cast<std::size_t>(size));
    if (::pread(fd, text.data(), text.size(), 0) != size) {
      throw std::runtime_error(std::string(name) + ": read back failed");
    }
  } catch (...) {
    ::close(fd);
    throw;
  }
  ::close(fd);
  return text;
}

}  // namespace newskg::graph
