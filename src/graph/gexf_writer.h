// GEXF writer: the graph index as a GEXF 1.3 document for Gephi, with a timeline of meetings
// (Gephi reads time only from GEXF), streamed to a file.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "common/buffered_writer.h"
#include "graph/export_view.h"
#include "graph/graph_index.h"

namespace newskg::graph {

// Nodes and edges as ExportView gives them, node ids the IRIs (stable across builds), edge ids
// e0... A dynamic graph with timeformat "date" and interval time: a meeting node, its edges
// and (meetings as edges) the meeting edges carry the days of their meetings as start/end or
// spells (inclusive; a month or year for a date that precise). Entities and roles have no time.
// Node attributes: type, iri, roles (liststring), and for meetings meeting_kind, status, place,
// date, date_source ("text": the article says when; "article": its publication date),
// time_expression, article and sentence; edge attributes relation, status and meetings.
// Directed edges throughout with meetings as nodes (defaultedgetype "directed"); with meetings
// as edges the graph is mixed (no defaultedgetype, each edge typed), as Gephi writes it.
void WriteGexf(const GraphIndex& graph, const ExportOptions& options,
               common::BufferedWriter& out);

// The same as a string (tests).
std::string GexfString(const GraphIndex& graph, const ExportOptions& options = {});

// A GEXF liststring value as Gephi parses it: ["a", "b \"c\""].
std::string GexfList(const std::vector<std::string_view>& items);

}  // namespace newskg::graph
