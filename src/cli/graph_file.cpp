#include "cli/graph_file.h"

#include <algorithm>
#include <filesystem>
#include <sstream>
#include <cstring>
#include <fstream>
#include <vector>

#include "common/input_error.h"
#include "graph/index_format.h"
#include "graph/model_projection.h"
#include "graph/report_format.h"

namespace newskg::cli {
namespace {

std::vector<std::string> Words(const std::string& folded) {
  std::vector<std::string> words;
  std::istringstream stream(folded);
  for (std::string word; stream >> word;) words.push_back(word);
  return words;
}

std::size_t EditDistance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

// A name resembles the query when one contains the other, or a word of each is at most two
// edits apart (one for short words).
bool Resembles(const std::string& folded_name, const std::string& folded_query) {
  if (folded_name.find(folded_query) != std::string::npos ||
      folded_query.find(folded_name) != std::string::npos) {
    return true;
  }
  for (const std::string& name_word : Words(folded_name)) {
    for (const std::string& query_word : Words(folded_query)) {
      const std::size_t allowed = std::min(name_word.size(), query_word.size()) < 6 ? 1 : 2;
      if (EditDistance(name_word, query_word) <= allowed) return true;
    }
  }
  return false;
}

// Entities whose label or alternative labels resemble an unknown name, by label.
std::vector<graph::Vertex> Suggestions(const graph::GraphIndex& graph, const std::string& name) {
  const std::string query = graph::FoldName(name);
  std::vector<graph::Vertex> found;
  if (query.empty()) return found;
  for (graph::Vertex v = 0; v < graph.vertex_count(); ++v) {
    bool resembles = Resembles(graph::FoldName(graph.label(v)), query);
    for (std::string_view alt : graph.alt_labels(v)) {
      resembles = resembles || Resembles(graph::FoldName(alt), query);
    }
    if (resembles) found.push_back(v);
  }
  std::stable_sort(found.begin(), found.end(), [&](graph::Vertex a, graph::Vertex b) {
    return graph.label(a) < graph.label(b);
  });
  return found;
}

bool HasIndexMagic(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  char magic[sizeof graph::index::kMagic] = {};
  in.read(magic, sizeof magic);
  return in.gcount() == sizeof magic && std::memcmp(magic, graph::index::kMagic, sizeof magic) == 0;
}

}  // namespace

void AddGraphOption(CLI::App& command, std::string& graph_file) {
  command.add_option("--graph", graph_file, "the graph to read, as written by `newskg build`")
      ->type_name("FILE")
      ->capture_default_str();
}

void AddIndexedGraphOption(CLI::App& command, std::string& graph) {
  command.add_option("--graph", graph,
                     "the graph: a folder written by `newskg build` (its graph.index is opened, "
                     "not parsed), or a Turtle/N-Triples file (parsed)")
      ->type_name("PATH")
      ->capture_default_str();
}

void RequireGraphFile(const std::string& path) {
  std::error_code error;
  const auto status = std::filesystem::status(path, error);
  if (!std::filesystem::exists(status)) {
    throw InputError(path, "no such file (run `newskg build` first, or name one with --graph)");
  }
  if (!std::filesystem::is_regular_file(status)) throw InputError(path, "not a regular file");
}

std::string SyntaxOf(const std::string& path) {
  const std::string extension = std::filesystem::path(path).extension().string();
  if (extension == ".nt") return "ntriples";
  if (extension == ".rdf" || extension == ".xml" || extension == ".owl") return "rdfxml";
  return "turtle";
}

graph::GraphIndex LoadGraph(const std::string& path) {
  std::error_code error;
  std::filesystem::path file(path);
  if (std::filesystem::is_directory(file, error)) {
    file /= "graph.index";
    if (!std::filesystem::exists(file, error)) {
      throw InputError(path, "holds no graph.index (build it with `newskg build -o " + path +
                                 "`, or name a Turtle file with --graph)");
    }
  }
  RequireGraphFile(file.string());
  if (HasIndexMagic(file)) return graph::GraphIndex::Open(file);
  const std::string syntax = SyntaxOf(file.string());
  if (syntax != "turtle" && syntax != "ntriples") {
    throw InputError(file.string(), "neither a graph index nor Turtle (.ttl) nor N-Triples (.nt)");
  }
  return graph::IndexRdfFile(file, syntax);
}

graph::Vertex ResolveName(const graph::GraphIndex& graph, const graph::NameLookup& lookup,
                          const std::string& name) {
  const graph::NameMatch match = lookup.Find(name);
  if (match.ambiguous()) {
    throw NameNotFound("\"" + name + "\" is " + graph::FormatLookupFailure(graph, name, match) +
                       "\nUse the full name.");
  }
  if (match.found()) return match.candidates.front();

  std::string message = "no entity named \"" + name + "\"";
  const std::vector<graph::Vertex> similar = Suggestions(graph, name);
  constexpr std::size_t kMaxSuggestions = 10;
  if (!similar.empty()) {
    message += "; similar names:";
    for (std::size_t i = 0; i < similar.size() && i < kMaxSuggestions; ++i) {
      message += "\n  " + graph::FormatVertex(graph, similar[i]);
    }
    if (similar.size() > kMaxSuggestions) message += "\n  ...";
  }
  throw NameNotFound(message);
}

}  // namespace newskg::cli
