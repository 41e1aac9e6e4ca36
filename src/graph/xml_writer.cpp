#include "graph/xml_writer.h"

#include <libxml/xmlwriter.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <stdexcept>

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

}  // namespace

std::string XmlSafe(std::string_view text) {
  if (PlainAscii(text)) return std::string(text);
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

struct XmlWriter::Impl {
  common::BufferedWriter* out = nullptr;
  xmlTextWriterPtr writer = nullptr;
  std::string error;  // the first write error, reported after libxml2 returns
  std::string value;  // the value being written, safe and NUL-terminated

  const xmlChar* Safe(std::string_view text) {
    if (PlainAscii(text)) {
      value.assign(text);
    } else {
      value = XmlSafe(text);
    }
    return BAD_CAST value.c_str();
  }

  static int Write(void* context, const char* buffer, int length) {
    auto* self = static_cast<Impl*>(context);
    try {
      self->out->Write(std::string_view(buffer, static_cast<std::size_t>(length)));
      return length;
    } catch (const std::exception& e) {
      if (self->error.empty()) self->error = e.what();
      return -1;
    }
  }
  static int Close(void*) { return 0; }

  void Check(int rc) {
    if (!error.empty()) throw std::runtime_error(error);
    if (rc < 0) throw std::runtime_error(out->name() + ": cannot write XML");
  }
};

XmlWriter::XmlWriter(common::BufferedWriter& out) : impl_(std::make_unique<Impl>()) {
  impl_->out = &out;
  xmlOutputBufferPtr buffer =
      xmlOutputBufferCreateIO(&Impl::Write, &Impl::Close, impl_.get(), nullptr);
  if (buffer == nullptr) throw std::runtime_error("libxml2: cannot create an output buffer");
  impl_->writer = xmlNewTextWriter(buffer);  // owns buffer from here
  if (impl_->writer == nullptr) {
    xmlOutputBufferClose(buffer);
    throw std::runtime_error("libxml2: cannot create an XML writer");
  }
  impl_->Check(xmlTextWriterSetIndent(impl_->writer, 1));
  impl_->Check(xmlTextWriterSetIndentString(impl_->writer, BAD_CAST "  "));
  impl_->Check(xmlTextWriterStartDocument(impl_->writer, nullptr, "UTF-8", nullptr));
}

XmlWriter::~XmlWriter() {
  if (impl_->writer != nullptr) xmlFreeTextWriter(impl_->writer);
}

void XmlWriter::Start(const char* element) {
  impl_->Check(xmlTextWriterStartElement(impl_->writer, BAD_CAST element));
}

void XmlWriter::End() { impl_->Check(xmlTextWriterEndElement(impl_->writer)); }

void XmlWriter::Attribute(const char* name, std::string_view value) {
  impl_->Check(xmlTextWriterWriteAttribute(impl_->writer, BAD_CAST name, impl_->Safe(value)));
}

void XmlWriter::Text(std::string_view text) {
  impl_->Check(xmlTextWriterWriteString(impl_->writer, impl_->Safe(text)));
}

void XmlWriter::Finish() {
  impl_->Check(xmlTextWriterEndDocument(impl_->writer));
  impl_->Check(xmlTextWriterFlush(impl_->writer));
  xmlFreeTextWriter(impl_->writer);  // closes the output buffer, flushing the rest
  impl_->writer = nullptr;
  if (!impl_->error.empty()) throw std::runtime_error(impl_->error);
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
