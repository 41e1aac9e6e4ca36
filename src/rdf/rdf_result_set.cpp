#include "rdf/rdf_result_set.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <vector>

#include "rdf/serd_handles.h"

namespace newskg::rdf {

using namespace detail;

namespace {

constexpr std::string_view kRes = "http://www.w3.org/2005/sparql-results#";
constexpr std::string_view kType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

struct Binding {
  std::string solution;
  std::optional<std::string> variable;
  std::optional<Term> value;
};

struct Reader {
  SerdEnvHandle env{serd_env_new(nullptr)};
  std::optional<std::string> result_set;
  std::vector<std::string> variables;  // with their result set, checked at the end
  std::vector<std::string> variable_owners;
  std::vector<std::string> solutions;  // in document order
  std::vector<std::string> solution_owners;
  std::unordered_map<std::string, Binding> bindings;
  std::unordered_map<std::string, long long> index_of;
  std::optional<std::string> error;
  std::string scratch;  // an expanded IRI

  // The absolute IRI a URI or prefixed-name node stands for; `scratch` may hold it.
  std::string_view Iri(const SerdNode& node) {
    const std::string_view text = SerdText(node);
    if (node.type == SERD_URI && serd_uri_string_has_scheme(node.buf)) return text;
    const OwnedSerdNode expanded(serd_env_expand_node(env.get(), &node));
    if (expanded.get().buf == nullptr) {
      throw std::runtime_error("cannot expand <" + std::string(text) + "> (unknown prefix or no base)");
    }
    scratch.assign(SerdText(expanded.get()));
    return scratch;
  }

  // A node of the result-set structure (a blank node or an IRI) as a map key.
  std::string NodeKey(const SerdNode& node) {
    if (node.type == SERD_BLANK) return "_:" + std::string(SerdText(node));
    if (node.type == SERD_URI || node.type == SERD_CURIE) return "<" + std::string(Iri(node));
    return "\"";  // a literal is never a structure node
  }

  Term ValueTerm(const SerdNode& node, const SerdNode* datatype, const SerdNode* language) {
    switch (node.type) {
      case SERD_URI:
      case SERD_CURIE:
        return Term::Iri(std::string(Iri(node)));
      case SERD_BLANK:
        return Term{Term::Kind::Blank, std::string(SerdText(node)), {}, {}};
      case SERD_LITERAL: {
        Term out = Term::Literal(std::string(SerdText(node)), std::string(SerdText(language)));
        if (datatype != nullptr && datatype->buf != nullptr) out.datatype = std::string(Iri(*datatype));
        return out;
      }
      default:
        throw std::runtime_error("an RDF term of unknown type");
    }
  }

  std::string LexicalForm(const SerdNode& node) {
    if (node.type != SERD_LITERAL) throw std::runtime_error("a result variable or index that is not a literal");
    return std::string(SerdText(node));
  }

  void Take(const SerdNode& subject, const SerdNode& predicate, const SerdNode& object,
            const SerdNode* datatype, const SerdNode* language) {
    if (predicate.type != SERD_URI && predicate.type != SERD_CURIE) return;
    const std::string predicate_iri(Iri(predicate));
    if (predicate_iri == kType) {
      if ((object.type == SERD_URI || object.type == SERD_CURIE) &&
          Iri(object) == std::string(kRes) + "ResultSet") {
        result_set = NodeKey(subject);
      }
      return;
    }
    if (predicate_iri.compare(0, kRes.size(), kRes) != 0) return;
    const std::string_view name = std::string_view(predicate_iri).substr(kRes.size());
    if (name == "resultVariable") {
      variables.push_back(LexicalForm(object));
      variable_owners.push_back(NodeKey(subject));
    } else if (name == "solution") {
      solutions.push_back(NodeKey(object));
      solution_owners.push_back(NodeKey(subject));
    } else if (name == "binding") {
      bindings[NodeKey(object)].solution = NodeKey(subject);
    } else if (name == "variable") {
      bindings[NodeKey(subject)].variable = LexicalForm(object);
    } else if (name == "value") {
      bindings[NodeKey(subject)].value = ValueTerm(object, datatype, language);
    } else if (name == "index") {
      index_of[NodeKey(subject)] = std::stoll(LexicalForm(object));
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

// serd's sinks: C code calls them, so they must not throw.
SerdStatus TakeBase(void* handle, const SerdNode* uri) {
  auto* reader = static_cast<Reader*>(handle);
  return serd_env_set_base_uri(reader->env.get(), uri);
}

SerdStatus TakePrefix(void* handle, const SerdNode* name, const SerdNode* uri) {
  auto* reader = static_cast<Reader*>(handle);
  return serd_env_set_prefix(reader->env.get(), name, uri);
}

SerdStatus TakeStatement(void* handle, SerdStatementFlags, const SerdNode*, const SerdNode* subject,
                         const SerdNode* predicate, const SerdNode* object,
                         const SerdNode* datatype, const SerdNode* language) {
  auto* reader = static_cast<Reader*>(handle);
  if (reader->error) return SERD_FAILURE;
  try {
    reader->Take(*subject, *predicate, *object, datatype, language);
    return SERD_SUCCESS;
  } catch (const std::exception& error) {
    reader->error = error.what();
    return SERD_FAILURE;
  }
}

SerdStatus TakeError(void* handle, const SerdError* error) {
  auto* reader = static_cast<Reader*>(handle);
  if (reader->error) return SERD_SUCCESS;
  char message[512];
  std::vsnprintf(message, sizeof message, error->fmt, *error->args);
  std::string text = message;
  while (!text.empty() && text.back() == '\n') text.pop_back();
  reader->error = "line " + std::to_string(error->line) + ": " + text;
  return SERD_SUCCESS;
}

}  // namespace

QueryResult ReadRdfResultSet(std::string_view text, const std::string& base_iri) {
  Reader reader;
  if (!reader.env) throw std::runtime_error("serd: cannot create an environment");
  const SerdNode base = serd_node_from_string(SERD_URI, reinterpret_cast<const std::uint8_t*>(base_iri.c_str()));
  if (serd_env_set_base_uri(reader.env.get(), &base) != SERD_SUCCESS) {
    throw std::invalid_argument("bad base IRI <" + base_iri + ">");
  }
  reader.bindings.reserve(text.size() / 64);  // a binding takes about 70 bytes of Turtle
  SerdReaderHandle parser(serd_reader_new(SERD_TURTLE, &reader, nullptr, TakeBase, TakePrefix,
                                          TakeStatement, nullptr));
  if (!parser) throw std::runtime_error("serd: cannot create a Turtle reader");
  serd_reader_set_error_sink(parser.get(), TakeError, &reader);
  const std::string terminated(text);  // serd reads a NUL-terminated string
  const SerdStatus status =
      serd_reader_read_string(parser.get(), reinterpret_cast<const std::uint8_t*>(terminated.c_str()));
  if (reader.error) throw std::runtime_error(*reader.error);
  if (status != SERD_SUCCESS) {
    throw std::runtime_error(std::string("cannot parse the Turtle result set: ") +
                             reinterpret_cast<const char*>(serd_strerror(status)));
  }
  return reader.Result();
}

}  // namespace newskg::rdf
