// The graph file the query commands (path, neighbors, sparql) read, and name resolution on it.
#pragma once

#include <string>

#include <CLI/CLI.hpp>

#include "graph/graph_index.h"
#include "graph/name_lookup.h"

namespace newskg::cli {

inline constexpr const char* kDefaultGraphFile = "newskg-out/graph.ttl";
// What path and neighbors read by default: the default build folder (its graph.index).
inline constexpr const char* kDefaultGraph = "newskg-out";

// Adds --graph FILE (default kDefaultGraphFile).
void AddGraphOption(CLI::App& command, std::string& graph_file);

// Adds --graph PATH (default kDefaultGraph): a build folder, its graph.index, or a Turtle or
// N-Triples file.
void AddIndexedGraphOption(CLI::App& command, std::string& graph);

// Throws InputError naming the file when it is missing or not a regular file, with a hint
// to run `newskg build` first.
void RequireGraphFile(const std::string& path);

// The RDF syntax of a graph file by its extension: .nt -> ntriples, .rdf/.xml/.owl -> rdfxml,
// anything else turtle.
std::string SyntaxOf(const std::string& path);

// The graph at `path` ready for queries: a build folder or graph.index is mapped, not parsed;
// a Turtle (.ttl) or N-Triples (.nt) file is parsed and indexed in memory. Throws InputError
// naming the file.
graph::GraphIndex LoadGraph(const std::string& path);

// A name the user typed that matches no entity, or several (exit code 1).
class NameNotFound : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The one vertex `name` stands for; throws NameNotFound listing the candidates otherwise.
graph::Vertex ResolveName(const graph::GraphIndex& graph, const graph::NameLookup& lookup,
                          const std::string& name);

}  // namespace newskg::cli
