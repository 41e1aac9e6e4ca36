#include "rdf/rdf_result_set.h"

#include <algorithm>
#include <cstring>
#include <optional>
#include <stdexcept>
#include <unordered_map>
#include <vector>

#include "rdf/raptor_handles.h"

namespace newskg::rdf {

using namespace detail;

namespace {

constexpr std::string_view kRes = "http://www.w3.org/2005/sparql-results#";
constexpr std::string_view kType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

// A node of the result-set structure (a blank node or an IRI) as a map key.
std::string NodeKey(const raptor_term* term) {
  if (term->type == RAPTOR_TERM_TYPE_BLANK) {
    return "_:" + RaptorText(term->value.blank.string, term->value.blank.string_len);
  }
  if (term->type == RAPTOR_TERM_TYPE_URI) return "<" + RaptorUriText(term->value.uri);
  return "\"";  // a literal is never a structure node
}

std::string_view UriView(raptor_uri* uri) {
  size_t length = 0;
  const unsigned char* text = raptor_uri_as_counted_string(uri, &length);
  return {reinterpret_cast<const char*>(text), length};
}

struct Binding {
  std::string solution;
  std::optional<std::string> variable;
  std::optional<Term> value;
};

struct Reader {
  std::optional<std::string> result_set;
  std::vector<std::string> variables;       // with their result set, checked at the end
  std::vector<std::string> variable_owners;
  std::vector<std::string> solutions;       // in document order
  std::vector<std::string> solution_owners;
  std::unordered_map<std::string, Binding> bindings;
  std::unordered_map<std::string, long long> index_of;
  std::optional<std::string> error;

  void Take(const raptor_statement* statement) {
    if (statement->predicate->type != RAPTOR_TERM_TYPE_URI) return;
    const std::string_view predicate = UriView(statement->predicate->value.uri);
    if (predicate == kType) {
      if (statement->object->type == RAPTOR_TERM_TYPE_URI &&
          UriView(statement->object->value.uri) == std::string(kRes) + "ResultSet") {
        result_set = NodeKey(statement->subject);
      }
      return;
    }
    if (predicate.substr(0, kRes.size()) != kRes) return;
    const std::string_view name = predicate.substr(kRes.size());
    if (name == "resultVariable") {
      variables.push_back(RaptorTerm(statement->object).value);
      variable_owners.push_back(NodeKey(statement->subject));
    } else if (name == "solution") {
      solutions.push_back(NodeKey(statement->object));
      solution_owners.push_back(NodeKey(statement->subject));
    } else if (name == "binding") {
      bindings[NodeKey(statement->object)].solution = NodeKey(statement->subject);
    } else if (name == "variable") {
      bindings[NodeKey(statement->subject)].variable = RaptorTerm(statement->object).value;
    } else if (name == "value") {
      bindings[NodeKey(statement->subject)].value = RaptorTerm(statement->object);
    } else if (name == "index") {
      index_of[NodeKey(statement->subject)] = std::stoll(RaptorTerm(statement->object).value);
    }
  }

  QueryResult Result() {
    if (!result_set) throw std::runtime_error("the RDF answer has no res:ResultSet");
    QueryResult result;
    std::unordered_map<std::string, std::size_t> column;
    for (std::size_t i = 0; i < variables.size(); ++i) {
      if (variable_owners[i] != *result_set) continue;
      column.emplace(variables[i], result.variables.size());
      result.variables.push_back(variables[i]);
    }
    std::vector<std::string> ordered;
    for (std::size_t i = 0; i < solutions.size(); ++i) {
      if (solution_owners[i] == *result_set) ordered.push_back(solutions[i]);
    }
    if (!index_of.empty() && index_of.size() == ordered.size()) {
      std::stable_sort(ordered.begin(), ordered.end(), [&](const std::string& a, const std::string& b) {
        return index_of[a] < index_of[b];
      });
    }
    std::unordered_map<std::string, std::size_t> row_of;
    row_of.reserve(ordered.size());
    for (std::size_t i = 0; i < ordered.size(); ++i) row_of.emplace(ordered[i], i);
    result.rows.assign(ordered.size(), std::vector<std::optional<Term>>(result.variables.size()));
    for (auto& [key, binding] : bindings) {
      if (!binding.variable || !binding.value) throw std::runtime_error("an incomplete res:binding");
      const auto row = row_of.find(binding.solution);
      if (row == row_of.end()) throw std::runtime_error("a res:binding outside the solutions");
      const auto found = column.find(*binding.variable);
      if (found == column.end()) {
        throw std::runtime_error("a binding of ?" + *binding.variable + ", which is no result variable");
      }
      result.rows[row->second][found->second] = std::move(binding.value);
    }
    return result;
  }
};

void TakeStatement(void* user_data, raptor_statement* statement) {
  auto* reader = static_cast<Reader*>(user_data);
  if (reader->error) return;
  try {
    reader->Take(statement);
  } catch (const std::exception& error) {
    reader->error = error.what();
  }
}

void TakeError(void* user_data, raptor_log_message* message) {
  if (message->level < RAPTOR_LOG_LEVEL_ERROR) return;
  auto* reader = static_cast<Reader*>(user_data);
  if (reader->error) return;
  std::string text = message->text != nullptr ? message->text : "parse error";
  if (message->locator != nullptr && message->locator->line > 0) {
    text = "line " + std::to_string(message->locator->line) + ": " + text;
  }
  reader->error = text;
}

}  // namespace

QueryResult ReadRdfResultSet(std::string_view text, const std::string& base_iri) {
  RaptorWorldHandle world(raptor_new_world());
  if (!world || raptor_world_open(world.get()) != 0) throw std::runtime_error("raptor: cannot create a world");
  Reader reader;
  reader.bindings.reserve(text.size() / 64);  // a binding takes about 70 bytes of Turtle
  raptor_world_set_log_handler(world.get(), &reader, TakeError);
  RaptorParserHandle parser(raptor_new_parser(world.get(), "turtle"));
  if (!parser) throw std::runtime_error("raptor: no Turtle parser");
  raptor_parser_set_statement_handler(parser.get(), &reader, TakeStatement);
  RaptorUriHandle base(raptor_new_uri(world.get(), reinterpret_cast<const unsigned char*>(base_iri.c_str())));
  if (!base) throw std::invalid_argument("bad base IRI <" + base_iri + ">");
  const bool failed =
      raptor_parser_parse_start(parser.get(), base.get()) != 0 ||
      raptor_parser_parse_chunk(parser.get(), reinterpret_cast<const unsigned char*>(text.data()),
                                text.size(), 1) != 0;
  if (reader.error) throw std::runtime_error(*reader.error);
  if (failed) throw std::runtime_error("cannot parse the Turtle result set");
  return reader.Result();
}

}  // namespace newskg::rdf
