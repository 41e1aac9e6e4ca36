#include "rdf/model.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <new>
#include <optional>
#include <stdexcept>

#include "common/input_error.h"
#include "rdf/librdf_handles.h"
#include "rdf/librdf_terms.h"
#include "rdf/query_limits.h"
#include "rdf/utf8_file.h"

namespace newskg::rdf {

using namespace detail;

namespace {

// rasqal 0.9.33 knows "sparql11" only as an alias of "sparql" (SPARQL 1.1 query+update), and
// librdf registers only each language's first name, so "sparql11" is unknown to librdf.
// "sparql11-query" is the same parser restricted to queries.
constexpr const char* kQueryLanguage = "sparql11-query";

struct LogEntry {
  librdf_log_level level = LIBRDF_LOG_NONE;
  std::string message;
  int line = -1;
  int column = -1;
  int byte = -1;
};

// Collects librdf/raptor/rasqal messages instead of letting them go to stderr.
int CollectLog(void* user_data, librdf_log_message* message) {
  auto* log = static_cast<std::vector<LogEntry>*>(user_data);
  LogEntry entry;
  entry.level = librdf_log_message_level(message);
  if (const char* text = librdf_log_message_message(message)) entry.message = text;
  if (raptor_locator* locator = librdf_log_message_locator(message)) {
    entry.line = raptor_locator_line(locator);
    entry.column = raptor_locator_column(locator);
    entry.byte = raptor_locator_byte(locator);
  }
  log->push_back(std::move(entry));
  return 1;
}

const LogEntry* FirstError(const std::vector<LogEntry>& log) {
  for (const LogEntry& entry : log) {
    if (entry.level >= LIBRDF_LOG_ERROR) return &entry;
  }
  return nullptr;
}

std::string ErrorText(const std::vector<LogEntry>& log, const std::string& fallback) {
  std::string text;
  for (const LogEntry& entry : log) {
    if (entry.level < LIBRDF_LOG_ERROR) continue;
    if (!text.empty()) text += "; ";
    text += entry.message;
  }
  return text.empty() ? fallback : text;
}

// Feeds already-built statements to librdf as a stream (for serializing in a fixed order).
struct VectorStream {
  std::vector<StatementHandle> statements;
  std::size_t next = 0;

  static int IsEnd(void* self) {
    auto* stream = static_cast<VectorStream*>(self);
    return stream->next >= stream->statements.size() ? 1 : 0;
  }
  static int Next(void* self) {
    auto* stream = static_cast<VectorStream*>(self);
    ++stream->next;
    return IsEnd(self);
  }
  static void* Get(void* self, int flags) {
    auto* stream = static_cast<VectorStream*>(self);
    if (flags != LIBRDF_STREAM_GET_METHOD_GET_OBJECT) return nullptr;
    return stream->statements[stream->next].get();
  }
  static void Finished(void*) {}
};

std::string TooManyRows(std::size_t max_rows) {
  return "the answer has more than " + std::to_string(max_rows) +
         " rows; add LIMIT to the query, or raise --max-rows";
}

std::vector<Triple> DrainSorted(librdf_stream* stream, std::size_t max_rows = 0) {
  std::vector<Triple> triples;
  for (; !librdf_stream_end(stream); librdf_stream_next(stream)) {
    triples.push_back(ToTriple(librdf_stream_get_object(stream)));
    if (max_rows > 0 && triples.size() > max_rows) throw QueryLimitError(TooManyRows(max_rows));
  }
  std::sort(triples.begin(), triples.end());
  triples.erase(std::unique(triples.begin(), triples.end()), triples.end());
  return triples;
}

}  // namespace

struct Model::Impl {
  // Declared in construction order so that destruction runs model, storage, world.
  WorldHandle world;
  StorageHandle storage;
  ModelHandle model;
  PrefixMap prefixes = StandardPrefixes();
  mutable std::vector<LogEntry> log;

  Impl() {
    world.reset(librdf_new_world());
    if (!world) throw std::runtime_error("librdf: cannot create a world");
    librdf_world_set_logger(world.get(), &log, CollectLog);
    librdf_world_open(world.get());
    storage = NewStorage();
    model.reset(librdf_new_model(world.get(), storage.get(), nullptr));
    if (!model) throw std::runtime_error("librdf: cannot create a model: " + ErrorText(log, ""));
  }

  StorageHandle NewStorage() const {
    StorageHandle result(
        librdf_new_storage(world.get(), "hashes", "newskg", "hash-type='memory'"));
    if (!result) throw std::runtime_error("librdf: cannot create storage: " + ErrorText(log, ""));
    return result;
  }

  void Parse(const std::string& place, librdf_parser* parser, const auto& parse_into) {
    // Parse into a scratch model first so that a syntax error leaves this model unchanged.
    StorageHandle scratch_storage = NewStorage();
    ModelHandle scratch(librdf_new_model(world.get(), scratch_storage.get(), nullptr));
    if (!scratch) throw std::runtime_error("librdf: cannot create a model");
    log.clear();
    int failed = parse_into(parser, scratch.get());
    if (const LogEntry* error = FirstError(log)) {
      std::string where;
      if (error->line >= 0) where = "line " + std::to_string(error->line);
      if (error->column >= 0) where += ", column " + std::to_string(error->column);
      std::optional<std::size_t> byte;
      if (error->byte >= 0) byte = static_cast<std::size_t>(error->byte);
      throw InputError(place, (where.empty() ? "" : where + ": ") + error->message, byte);
    }
    if (failed != 0) throw InputError(place, "cannot parse RDF");
    StreamHandle stream(librdf_model_as_stream(scratch.get()));
    if (!stream || librdf_model_add_statements(model.get(), stream.get()) != 0) {
      throw std::runtime_error("librdf: cannot copy parsed statements: " + ErrorText(log, ""));
    }
  }
};

Model::Model() : impl_(std::make_unique<Impl>()) {}
Model::~Model() = default;
Model::Model(Model&&) noexcept = default;
Model& Model::operator=(Model&&) noexcept = default;

void Model::Add(const Triple& triple) {
  impl_->log.clear();
  StatementHandle statement = ToStatement(impl_->world.get(), triple);
  if (librdf_model_add_statement(impl_->model.get(), statement.get()) != 0) {
    throw std::invalid_argument("librdf refused the triple with subject <" +
                                triple.subject.value + ">: " + ErrorText(impl_->log, "invalid"));
  }
}

std::size_t Model::size() const {
  int count = librdf_model_size(impl_->model.get());
  if (count >= 0) return static_cast<std::size_t>(count);
  return Triples().size();
}

std::vector<Triple> Model::Triples() const {
  StreamHandle stream(librdf_model_as_stream(impl_->model.get()));
  if (!stream) throw std::runtime_error("librdf: cannot list statements");
  return DrainSorted(stream.get());
}

void Model::ParseFile(const std::string& path, std::string_view syntax) {
  std::error_code error;
  if (!std::filesystem::is_regular_file(path, error)) {
    throw InputError(path, "no such file");
  }
  ParserHandle parser(
      librdf_new_parser(impl_->world.get(), std::string(syntax).c_str(), nullptr, nullptr));
  if (!parser) throw std::invalid_argument("unknown RDF syntax '" + std::string(syntax) + "'");
  RequireUtf8File(path);
  UriHandle uri(librdf_new_uri_from_filename(impl_->world.get(), path.c_str()));
  if (!uri) throw InputError(path, "cannot make a file URI");
  try {
    impl_->Parse(path, parser.get(), [&](librdf_parser* p, librdf_model* into) {
      return librdf_parser_parse_into_model(p, uri.get(), uri.get(), into);
    });
  } catch (const std::bad_alloc&) {
    std::error_code ignored;
    throw InputError(path, "not enough memory to hold the graph (" +
                               std::to_string(std::filesystem::file_size(path, ignored) >> 20) +
                               " MB) in the embedded engine; load it into a SPARQL store instead "
                               "(newskg load, see README)");
  }
}

void Model::ParseString(std::string_view text, std::string_view syntax,
                        const std::string& base_iri) {
  ParserHandle parser(
      librdf_new_parser(impl_->world.get(), std::string(syntax).c_str(), nullptr, nullptr));
  if (!parser) throw std::invalid_argument("unknown RDF syntax '" + std::string(syntax) + "'");
  UriHandle base(librdf_new_uri(impl_->world.get(), Utf8(base_iri.c_str())));
  if (!base) throw std::invalid_argument("bad base IRI <" + base_iri + ">");
  impl_->Parse("<string>", parser.get(), [&](librdf_parser* p, librdf_model* into) {
    return librdf_parser_parse_counted_string_into_model(p, Utf8(text.data()), text.size(),
                                                         base.get(), into);
  });
}

void Model::AddPrefix(const std::string& name, const std::string& namespace_iri) {
  impl_->prefixes[name] = namespace_iri;
}

const PrefixMap& Model::Prefixes() const { return impl_->prefixes; }

std::string Model::Serialize(std::string_view syntax) const {
  librdf_world* world = impl_->world.get();
  impl_->log.clear();
  SerializerHandle serializer(
      librdf_new_serializer(world, std::string(syntax).c_str(), nullptr, nullptr));
  if (!serializer) throw std::invalid_argument("unknown RDF syntax '" + std::string(syntax) + "'");
  for (const auto& [name, iri] : impl_->prefixes) {
    // raptor's serializers declare rdf: themselves and refuse a second declaration.
    if (name == "rdf") continue;
    UriHandle uri(librdf_new_uri(world, Utf8(iri.c_str())));
    if (!uri || librdf_serializer_set_namespace(serializer.get(), uri.get(), name.c_str()) != 0) {
      throw std::runtime_error("librdf: cannot declare prefix " + name);
    }
  }
  // librdf hands statements to the serializer in storage (hash) order; sorting first makes the
  // output depend only on the triple set.
  VectorStream source;
  for (const Triple& triple : Triples()) source.statements.push_back(ToStatement(world, triple));
  StreamHandle stream(librdf_new_stream(world, &source, VectorStream::IsEnd, VectorStream::Next,
                                        VectorStream::Get, VectorStream::Finished));
  if (!stream) throw std::runtime_error("librdf: cannot make a stream");
  size_t length = 0;
  LibrdfString text(librdf_serializer_serialize_stream_to_counted_string(
      serializer.get(), nullptr, stream.get(), &length));
  if (!text) {
    throw std::runtime_error("cannot serialize as " + std::string(syntax) + ": " +
                             ErrorText(impl_->log, "serializer failed"));
  }
  return std::string(Chars(text.get()), length);
}

QueryResult Model::Query(std::string_view sparql, std::size_t max_rows) const {
  librdf_world* world = impl_->world.get();
  impl_->log.clear();
  std::string query_text(sparql);
  QueryHandle query(
      librdf_new_query(world, kQueryLanguage, nullptr, Utf8(query_text.c_str()), nullptr));
  if (!query) {
    throw std::runtime_error("bad SPARQL query: " + ErrorText(impl_->log, "cannot parse"));
  }
  QueryResultsHandle results(librdf_query_execute(query.get(), impl_->model.get()));
  if (!results || FirstError(impl_->log) != nullptr) {
    throw std::runtime_error("SPARQL query failed: " + ErrorText(impl_->log, "cannot execute"));
  }
  QueryResult answer;
  if (librdf_query_results_is_boolean(results.get())) {
    answer.kind = QueryResult::Kind::Boolean;
    int value = librdf_query_results_get_boolean(results.get());
    if (value < 0) throw std::runtime_error("SPARQL query failed: no boolean result");
    answer.boolean = value > 0;
  } else if (librdf_query_results_is_graph(results.get())) {
    answer.kind = QueryResult::Kind::Graph;
    StreamHandle stream(librdf_query_results_as_stream(results.get()));
    if (stream) answer.triples = DrainSorted(stream.get(), max_rows);
  } else if (librdf_query_results_is_bindings(results.get())) {
    answer.kind = QueryResult::Kind::Bindings;
    int count = librdf_query_results_get_bindings_count(results.get());
    for (int i = 0; i < count; ++i) {
      const char* name = librdf_query_results_get_binding_name(results.get(), i);
      answer.variables.emplace_back(name != nullptr ? name : "");
    }
    for (; !librdf_query_results_finished(results.get());
         librdf_query_results_next(results.get())) {
      std::vector<std::optional<Term>> row;
      for (int i = 0; i < count; ++i) {
        NodeHandle value(librdf_query_results_get_binding_value(results.get(), i));
        row.push_back(value ? std::optional<Term>(ToTerm(value.get())) : std::nullopt);
      }
      answer.rows.push_back(std::move(row));
      if (max_rows > 0 && answer.rows.size() > max_rows) throw QueryLimitError(TooManyRows(max_rows));
    }
  } else {
    throw std::runtime_error("SPARQL query gave a result of unknown kind");
  }
  if (FirstError(impl_->log) != nullptr) {
    throw std::runtime_error("SPARQL query failed: " + ErrorText(impl_->log, ""));
  }
  return answer;
}

}  // namespace newskg::rdf
