#include "rdf/query_result_codec.h"

#include <cstdint>
#include <stdexcept>

namespace newskg::rdf {
namespace {

void PutNumber(std::string& out, std::uint64_t value) {
  for (int i = 0; i < 8; ++i) out += static_cast<char>((value >> (8 * i)) & 0xFF);
}

void PutText(std::string& out, const std::string& text) {
  PutNumber(out, text.size());
  out += text;
}

// Kind byte: 0 unbound, 1 IRI, 2 literal, 3 blank node.
void PutTerm(std::string& out, const std::optional<Term>& term) {
  if (!term) {
    out += '\0';
    return;
  }
  switch (term->kind) {
    case Term::Kind::Iri: out += '\1'; break;
    case Term::Kind::Literal: out += '\2'; break;
    case Term::Kind::Blank: out += '\3'; break;
  }
  PutText(out, term->value);
  PutText(out, term->language);
  PutText(out, term->datatype);
}

class Reader {
 public:
  explicit Reader(std::string_view bytes) : bytes_(bytes) {}

  std::uint64_t Number() {
    Need(8);
    std::uint64_t value = 0;
    for (int i = 0; i < 8; ++i) {
      value |= static_cast<std::uint64_t>(static_cast<unsigned char>(bytes_[pos_ + i])) << (8 * i);
    }
    pos_ += 8;
    return value;
  }
  unsigned char Byte() {
    Need(1);
    return static_cast<unsigned char>(bytes_[pos_++]);
  }
  std::string Text() {
    const std::uint64_t size = Number();
    Need(size);
    std::string text(bytes_.substr(pos_, size));
    pos_ += size;
    return text;
  }
  std::optional<Term> OptionalTerm() {
    const unsigned char kind = Byte();
    if (kind == 0) return std::nullopt;
    if (kind > 3) throw std::runtime_error("bad term in an encoded query result");
    Term term;
    term.kind = kind == 1 ? Term::Kind::Iri : kind == 2 ? Term::Kind::Literal : Term::Kind::Blank;
    term.value = Text();
    term.language = Text();
    term.datatype = Text();
    return term;
  }
  Term RequiredTerm() {
    std::optional<Term> term = OptionalTerm();
    if (!term) throw std::runtime_error("unbound triple term in an encoded query result");
    return *term;
  }
  bool AtEnd() const { return pos_ == bytes_.size(); }

 private:
  void Need(std::uint64_t size) const {
    if (size > bytes_.size() - pos_) throw std::runtime_error("truncated encoded query result");
  }
  std::string_view bytes_;
  std::size_t pos_ = 0;
};

}  // namespace

std::string EncodeQueryResult(const QueryResult& result) {
  std::string out;
  out += static_cast<char>(result.kind);
  out += result.boolean ? '\1' : '\0';
  PutNumber(out, result.variables.size());
  for (const std::string& variable : result.variables) PutText(out, variable);
  PutNumber(out, result.rows.size());
  for (const auto& row : result.rows) {
    PutNumber(out, row.size());
    for (const auto& term : row) PutTerm(out, term);
  }
  PutNumber(out, result.triples.size());
  for (const Triple& triple : result.triples) {
    PutTerm(out, triple.subject);
    PutTerm(out, triple.predicate);
    PutTerm(out, triple.object);
  }
  return out;
}

QueryResult DecodeQueryResult(std::string_view bytes) {
  Reader in(bytes);
  QueryResult result;
  const unsigned char kind = in.Byte();
  if (kind > static_cast<unsigned char>(QueryResult::Kind::Graph)) {
    throw std::runtime_error("bad kind in an encoded query result");
  }
  result.kind = static_cast<QueryResult::Kind>(kind);
  result.boolean = in.Byte() != 0;
  for (std::uint64_t n = in.Number(), i = 0; i < n; ++i) result.variables.push_back(in.Text());
  for (std::uint64_t n = in.Number(), i = 0; i < n; ++i) {
    std::vector<std::optional<Term>> row;
    for (std::uint64_t m = in.Number(), j = 0; j < m; ++j) row.push_back(in.OptionalTerm());
    result.rows.push_back(std::move(row));
  }
  for (std::uint64_t n = in.Number(), i = 0; i < n; ++i) {
    Triple triple;
    triple.subject = in.RequiredTerm();
    triple.predicate = in.RequiredTerm();
    triple.object = in.RequiredTerm();
    result.triples.push_back(std::move(triple));
  }
  if (!in.AtEnd()) throw std::runtime_error("trailing bytes in an encoded query result");
  return result;
}

}  // namespace newskg::rdf
