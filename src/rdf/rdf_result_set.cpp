#include "rdf/rdf_result_set.h"

#include <algorithm>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
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

struct TransparentHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
};
template <typename Value>
using StringMap = std::unordered_map<std::string, Value, TransparentHash, std::equal_to<>>;

// What a statement's predicate is in the result-set vocabulary.
enum class Predicate { Other, Type, ResultVariable, Solution, Binding, Variable, Value, Index };

constexpr std::uint32_t kNone = UINT32_MAX;

// Structure nodes (the result set, solutions, bindings) are numbered as they appear, so the
// million bindings of a large answer live in flat vectors rather than in maps keyed by strings.
// An anonymous node (`[ ... ]`) can only be named inside its brackets, so the open ones are kept
// on a short stack and never enter the map.
struct Reader {
  SerdEnvHandle env{serd_env_new(nullptr)};
  StringMap<std::uint32_t> node_ids;  // labelled blank nodes ("_:") and IRIs ("<")
  std::vector<std::pair<std::string, std::uint32_t>> open_anonymous;  // innermost last
  std::uint32_t node_count = 0;
  StringMap<Predicate> predicates;  // as written; emptied when a prefix changes
  StringMap<std::uint32_t> variable_ids;
  std::vector<std::string> variable_names;  // by variable id
  std::uint32_t result_set = kNone;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> result_variables;  // (owner, variable id)
  std::vector<std::pair<std::uint32_t, std::uint32_t>> solutions;        // (owner, solution)
  // By node id.
  std::vector<std::uint32_t> binding_solution, binding_variable;
  std::vector<std::uint32_t> binding_value;  // into `values`
  std::vector<Term> values;
  std::vector<long long> index_of;
  std::vector<bool> has_index;
  std::size_t indexed = 0;
  std::optional<std::string> error;
  std::string scratch, key;

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

  std::uint32_t NewNode() {
    binding_solution.push_back(kNone);
    binding_variable.push_back(kNone);
    binding_value.push_back(kNone);
    index_of.push_back(0);
    has_index.push_back(false);
    return node_count++;
  }

  void OpenAnonymous(const SerdNode& node) { open_anonymous.emplace_back(SerdText(node), NewNode()); }

  void CloseAnonymous(const SerdNode& node) {
    const std::string_view label = SerdText(node);
    for (auto it = open_anonymous.rbegin(); it != open_anonymous.rend(); ++it) {
      if (it->first == label) {
        open_anonymous.erase(std::next(it).base());
        return;
      }
    }
  }

  // The number of a structure node: a blank node or an IRI, never a literal.
  std::uint32_t Node(const SerdNode& node) {
    if (node.type == SERD_BLANK) {
      const std::string_view label = SerdText(node);
      for (auto it = open_anonymous.rbegin(); it != open_anonymous.rend(); ++it) {
        if (it->first == label) return it->second;
      }
      key.assign("_:").append(label);
    } else if (node.type == SERD_URI || node.type == SERD_CURIE) {
      const std::string_view iri = Iri(node);
      key.assign("<").append(iri);
    } else {
      throw std::runtime_error("a literal where the result set has a node");
    }
    const auto found = node_ids.find(std::string_view(key));
    if (found != node_ids.end()) return found->second;
    const std::uint32_t id = NewNode();
    node_ids.emplace(key, id);
    return id;
  }

  Predicate Classify(const SerdNode& predicate) {
    key.assign(predicate.type == SERD_CURIE ? "c" : "u").append(SerdText(predicate));
    const auto found = predicates.find(std::string_view(key));
    if (found != predicates.end()) return found->second;
    std::string written = key;
    const Predicate kind = ClassifyIri(Iri(predicate));
    predicates.emplace(std::move(written), kind);
    return kind;
  }

  static Predicate ClassifyIri(std::string_view iri) {
    if (iri == kType) return Predicate::Type;
    if (iri.substr(0, kRes.size()) != kRes) return Predicate::Other;
    const std::string_view name = iri.substr(kRes.size());
    if (name == "resultVariable") return Predicate::ResultVariable;
    if (name == "solution") return Predicate::Solution;
    if (name == "binding") return Predicate::Binding;
    if (name == "variable") return Predicate::Variable;
    if (name == "value") return Predicate::Value;
    if (name == "index") return Predicate::Index;
    return Predicate::Other;
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

  static std::string_view LexicalForm(const SerdNode& node) {
    if (node.type != SERD_LITERAL) throw std::runtime_error("a result variable or index that is not a literal");
    return SerdText(node);
  }

  std::uint32_t Variable(std::string_view name) {
    const auto found = variable_ids.find(name);
    if (found != variable_ids.end()) return found->second;
    const auto id = static_cast<std::uint32_t>(variable_names.size());
    variable_names.emplace_back(name);
    variable_ids.emplace(std::string(name), id);
    return id;
  }

  void Take(SerdStatementFlags flags, const SerdNode& subject, const SerdNode& predicate,
            const SerdNode& object, const SerdNode* datatype, const SerdNode* language) {
    if ((flags & SERD_ANON_S_BEGIN) != 0) OpenAnonymous(subject);
    if ((flags & SERD_ANON_O_BEGIN) != 0) OpenAnonymous(object);
    if (predicate.type != SERD_URI && predicate.type != SERD_CURIE) return;
    switch (Classify(predicate)) {
      case Predicate::Other:
        return;
      case Predicate::Type:
        if ((object.type == SERD_URI || object.type == SERD_CURIE) &&
            Iri(object) == std::string(kRes) + "ResultSet") {
          result_set = Node(subject);
        }
        return;
      case Predicate::ResultVariable: {
        const std::uint32_t variable = Variable(LexicalForm(object));
        result_variables.emplace_back(Node(subject), variable);
        return;
      }
      case Predicate::Solution: {
        const std::uint32_t owner = Node(subject);
        solutions.emplace_back(owner, Node(object));
        return;
      }
      case Predicate::Binding: {
        const std::uint32_t solution = Node(subject);
        binding_solution[Node(object)] = solution;
        return;
      }
      case Predicate::Variable: {
        const std::uint32_t variable = Variable(LexicalForm(object));
        binding_variable[Node(subject)] = variable;
        return;
      }
      case Predicate::Value: {
        values.push_back(ValueTerm(object, datatype, language));
        binding_value[Node(subject)] = static_cast<std::uint32_t>(values.size() - 1);
        return;
      }
      case Predicate::Index: {
        const std::uint32_t node = Node(subject);
        index_of[node] = std::stoll(std::string(LexicalForm(object)));
        if (!has_index[node]) ++indexed;
        has_index[node] = true;
        return;
      }
    }
  }

  QueryResult Result() {
    if (result_set == kNone) throw std::runtime_error("the RDF answer has no res:ResultSet");
    QueryResult result;
    std::vector<std::uint32_t> column(variable_names.size(), kNone);
    for (const auto& [owner, variable] : result_variables) {
      if (owner != result_set || column[variable] != kNone) continue;
      column[variable] = static_cast<std::uint32_t>(result.variables.size());
      result.variables.push_back(variable_names[variable]);
    }
    std::vector<std::uint32_t> ordered;
    for (const auto& [owner, solution] : solutions) {
      if (owner == result_set) ordered.push_back(solution);
    }
    if (indexed > 0 && indexed == ordered.size()) {
      std::stable_sort(ordered.begin(), ordered.end(),
                       [&](std::uint32_t a, std::uint32_t b) { return index_of[a] < index_of[b]; });
    }
    std::vector<std::uint32_t> row_of(node_count, kNone);
    for (std::size_t i = 0; i < ordered.size(); ++i) row_of[ordered[i]] = static_cast<std::uint32_t>(i);
    result.rows.assign(ordered.size(), std::vector<std::optional<Term>>(result.variables.size()));
    for (std::uint32_t node = 0; node < binding_solution.size(); ++node) {
      const std::uint32_t solution = binding_solution[node];
      if (solution == kNone && binding_variable[node] == kNone && binding_value[node] == kNone) continue;
      if (solution == kNone || binding_variable[node] == kNone || binding_value[node] == kNone) {
        throw std::runtime_error("an incomplete res:binding");
      }
      if (row_of[solution] == kNone) throw std::runtime_error("a res:binding outside the solutions");
      const std::uint32_t at = column[binding_variable[node]];
      if (at == kNone) {
        throw std::runtime_error("a binding of ?" + variable_names[binding_variable[node]] +
                                 ", which is no result variable");
      }
      result.rows[row_of[solution]][at] = std::move(values[binding_value[node]]);
    }
    return result;
  }
};

// serd's sinks: C code calls them, so they must not throw.
SerdStatus TakeBase(void* handle, const SerdNode* uri) {
  auto* reader = static_cast<Reader*>(handle);
  reader->predicates.clear();  // a relative IRI may now stand for another
  return serd_env_set_base_uri(reader->env.get(), uri);
}

SerdStatus TakePrefix(void* handle, const SerdNode* name, const SerdNode* uri) {
  auto* reader = static_cast<Reader*>(handle);
  reader->predicates.clear();  // a prefixed name may now stand for another IRI
  return serd_env_set_prefix(reader->env.get(), name, uri);
}

SerdStatus TakeStatement(void* handle, SerdStatementFlags flags, const SerdNode*, const SerdNode* subject,
                         const SerdNode* predicate, const SerdNode* object,
                         const SerdNode* datatype, const SerdNode* language) {
  auto* reader = static_cast<Reader*>(handle);
  if (reader->error) return SERD_FAILURE;
  try {
    reader->Take(flags, *subject, *predicate, *object, datatype, language);
    return SERD_SUCCESS;
  } catch (const std::exception& error) {
    reader->error = error.what();
    return SERD_FAILURE;
  }
}

SerdStatus TakeEnd(void* handle, const SerdNode* node) {
  static_cast<Reader*>(handle)->CloseAnonymous(*node);
  return SERD_SUCCESS;
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

namespace {

// A serd reader over `reader`, with the base IRI set.
SerdReaderHandle NewParser(Reader& reader, const std::string& base_iri) {
  if (!reader.env) throw std::runtime_error("serd: cannot create an environment");
  const SerdNode base = serd_node_from_string(SERD_URI, reinterpret_cast<const std::uint8_t*>(base_iri.c_str()));
  if (serd_env_set_base_uri(reader.env.get(), &base) != SERD_SUCCESS) {
    throw std::invalid_argument("bad base IRI <" + base_iri + ">");
  }
  SerdReaderHandle parser(serd_reader_new(SERD_TURTLE, &reader, nullptr, TakeBase, TakePrefix,
                                          TakeStatement, TakeEnd));
  if (!parser) throw std::runtime_error("serd: cannot create a Turtle reader");
  serd_reader_set_error_sink(parser.get(), TakeError, &reader);
  return parser;
}

QueryResult Outcome(Reader& reader, SerdStatus status) {
  if (reader.error) throw std::runtime_error(*reader.error);
  if (status != SERD_SUCCESS) {
    throw std::runtime_error(std::string("cannot parse the Turtle result set: ") +
                             reinterpret_cast<const char*>(serd_strerror(status)));
  }
  return reader.Result();
}

}  // namespace


// The pieces between Take (the transfer's thread) and the parser's thread, at most kMaxQueued
// bytes at a time so that a fast server cannot fill memory ahead of the parser.
struct RdfResultSetStream::State {
  static constexpr std::size_t kMaxQueued = 32u << 20;
  static constexpr std::size_t kPageSize = 64u << 10;

  std::string base_iri;
  std::mutex mutex;
  std::condition_variable changed;
  std::deque<std::string> pieces;
  std::size_t offset = 0;  // into pieces.front()
  std::size_t queued = 0;
  bool ended = false;      // no more pieces
  bool parser_done = false;
  std::thread parser;
  std::optional<QueryResult> result;
  std::exception_ptr error;

  // serd's source: fread's contract, a full page unless the document ends.
  static size_t Read(void* buffer, size_t size, size_t count, void* stream) {
    auto* state = static_cast<State*>(stream);
    auto* out = static_cast<char*>(buffer);
    const std::size_t wanted = size * count;
    std::size_t filled = 0;
    std::unique_lock lock(state->mutex);
    while (filled < wanted) {
      state->changed.wait(lock, [&] { return !state->pieces.empty() || state->ended; });
      if (state->pieces.empty()) break;  // the end
      const std::string& front = state->pieces.front();
      const std::size_t n = std::min(wanted - filled, front.size() - state->offset);
      std::memcpy(out + filled, front.data() + state->offset, n);
      filled += n;
      state->offset += n;
      if (state->offset == front.size()) {
        state->queued -= front.size();
        state->pieces.pop_front();
        state->offset = 0;
        state->changed.notify_all();
      }
    }
    return size == 0 ? 0 : filled / size;
  }
  static int Error(void*) { return 0; }

  void Parse() {
    try {
      Reader reader;
      SerdReaderHandle handle = NewParser(reader, base_iri);
      const SerdStatus status = serd_reader_read_source(handle.get(), Read, Error, this, nullptr, kPageSize);
      result = Outcome(reader, status);
    } catch (...) {
      error = std::current_exception();
    }
    std::lock_guard lock(mutex);
    parser_done = true;
    changed.notify_all();
  }

  void End() {
    {
      std::lock_guard lock(mutex);
      ended = true;
    }
    changed.notify_all();
    if (parser.joinable()) parser.join();
  }
};

RdfResultSetStream::RdfResultSetStream(std::string base_iri) : state_(std::make_unique<State>()) {
  state_->base_iri = std::move(base_iri);
}

RdfResultSetStream::~RdfResultSetStream() { state_->End(); }

void RdfResultSetStream::Start() {
  if (!state_->parser.joinable()) state_->parser = std::thread([state = state_.get()] { state->Parse(); });
}

bool RdfResultSetStream::Take(std::string_view piece) {
  Start();
  std::unique_lock lock(state_->mutex);
  state_->changed.wait(lock, [&] { return state_->queued < State::kMaxQueued || state_->parser_done; });
  if (state_->parser_done) return false;  // it failed, or the document ended early: no more is needed
  state_->pieces.emplace_back(piece);
  state_->queued += piece.size();
  lock.unlock();
  state_->changed.notify_all();
  return true;
}

QueryResult ReadRdfResultSet(std::string_view text, const std::string& base_iri) {
  RdfResultSetStream stream(base_iri);
  stream.Take(text);
  return stream.Finish();
}

QueryResult RdfResultSetStream::Finish() {
  Start();  // an empty document still has to be read
  state_->End();
  if (state_->error) std::rethrow_exception(state_->error);
  return std::move(*state_->result);
}

}  // namespace newskg::rdf
