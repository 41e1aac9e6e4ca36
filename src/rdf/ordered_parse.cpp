#include "rdf/ordered_parse.h"

#include <raptor2.h>

#include <memory>
#include <optional>
#include <stdexcept>

namespace newskg::rdf {
namespace {

template <typename T, void (*Free)(T*)>
struct RaptorFree {
  void operator()(T* pointer) const {
    if (pointer != nullptr) Free(pointer);
  }
};
using WorldHandle = std::unique_ptr<raptor_world, RaptorFree<raptor_world, raptor_free_world>>;
using ParserHandle = std::unique_ptr<raptor_parser, RaptorFree<raptor_parser, raptor_free_parser>>;
using UriHandle = std::unique_ptr<raptor_uri, RaptorFree<raptor_uri, raptor_free_uri>>;

std::string Text(const unsigned char* text, std::size_t length) {
  return text == nullptr ? std::string() : std::string(reinterpret_cast<const char*>(text), length);
}

std::string UriText(raptor_uri* uri) {
  size_t length = 0;
  const unsigned char* text = raptor_uri_as_counted_string(uri, &length);
  return Text(text, length);
}

Term ToTerm(const raptor_term* term) {
  switch (term->type) {
    case RAPTOR_TERM_TYPE_URI:
      return Term::Iri(UriText(term->value.uri));
    case RAPTOR_TERM_TYPE_BLANK:
      return Term{Term::Kind::Blank, Text(term->value.blank.string, term->value.blank.string_len), {}, {}};
    case RAPTOR_TERM_TYPE_LITERAL: {
      const raptor_term_literal_value& literal = term->value.literal;
      Term out = Term::Literal(Text(literal.string, literal.string_len),
                               Text(literal.language, literal.language_len));
      if (literal.datatype != nullptr) out.datatype = UriText(literal.datatype);
      return out;
    }
    default:
      throw std::runtime_error("an RDF term of unknown type");
  }
}

struct Collector {
  std::vector<Triple> triples;
  std::optional<std::string> error;
};

void CollectStatement(void* user_data, raptor_statement* statement) {
  auto* collector = static_cast<Collector*>(user_data);
  if (collector->error) return;
  try {
    collector->triples.push_back(
        {ToTerm(statement->subject), ToTerm(statement->predicate), ToTerm(statement->object)});
  } catch (const std::exception& error) {
    collector->error = error.what();
  }
}

void CollectError(void* user_data, raptor_log_message* message) {
  if (message->level < RAPTOR_LOG_LEVEL_ERROR) return;
  auto* collector = static_cast<Collector*>(user_data);
  if (collector->error) return;
  std::string text = message->text != nullptr ? message->text : "parse error";
  if (message->locator != nullptr && message->locator->line > 0) {
    text = "line " + std::to_string(message->locator->line) + ": " + text;
  }
  collector->error = text;
}

}  // namespace

std::vector<Triple> ParseInDocumentOrder(std::string_view text, std::string_view syntax,
                                         const std::string& base_iri) {
  WorldHandle world(raptor_new_world());
  if (!world || raptor_world_open(world.get()) != 0) throw std::runtime_error("raptor: cannot create a world");
  Collector collector;
  raptor_world_set_log_handler(world.get(), &collector, CollectError);
  ParserHandle parser(raptor_new_parser(world.get(), std::string(syntax).c_str()));
  if (!parser) throw std::invalid_argument("unknown RDF syntax '" + std::string(syntax) + "'");
  raptor_parser_set_statement_handler(parser.get(), &collector, CollectStatement);
  UriHandle base(raptor_new_uri(world.get(), reinterpret_cast<const unsigned char*>(base_iri.c_str())));
  if (!base) throw std::invalid_argument("bad base IRI <" + base_iri + ">");
  const bool failed =
      raptor_parser_parse_start(parser.get(), base.get()) != 0 ||
      raptor_parser_parse_chunk(parser.get(), reinterpret_cast<const unsigned char*>(text.data()),
                                text.size(), 1) != 0;
  if (collector.error) throw std::runtime_error(*collector.error);
  if (failed) throw std::runtime_error("cannot parse " + std::string(syntax));
  return std::move(collector.triples);
}

}  // namespace newskg::rdf
