// ModelProjection: the graph of any RDF model in newskg's terms (a Turtle or N-Triples file
// given instead of an index), fed to an IndexBuilder: the same vertices and relations the
// build's FactProjection gives for the graph it wrote.
#pragma once

#include <filesystem>
#include <string>

#include "graph/graph_index.h"
#include "graph/index_builder.h"
#include "rdf/model.h"

namespace newskg::graph {

// `source` names the model in errors (InputError) about malformed evidence.
void ProjectModel(const rdf::Model& model, IndexBuilder& builder, const std::string& source);

// Parses an RDF file ("turtle" or "ntriples") and projects it into an index in memory.
// Throws InputError naming the file.
GraphIndex IndexRdfFile(const std::filesystem::path& path, const std::string& syntax);

// The same for a model already in memory (tests).
GraphIndex IndexModel(const rdf::Model& model, const std::string& source = "RDF model");

}  // namespace newskg::graph
