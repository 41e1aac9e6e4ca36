// SystemOutput: what the graph says, read back through SPARQL in the terms of CONTRACT.md, in
// the shape the scorer compares with the gold annotations.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "recognition/mention.h"
#include "rdf/model.h"

namespace newskg::eval {

// Node ids are IRIs, or "_:" + id for blank nodes; entity identity is the node id.
struct SystemEntity {
  std::string id;
  std::vector<recognition::EntityType> types;  // of schema:Person/Organization/Place, sorted
  std::vector<std::string> labels;             // rdfs:label, sorted
  std::vector<std::string> alt_labels;         // skos:altLabel, sorted
};

struct SystemRole {
  std::string post;                  // the org:Post node
  std::string person;                // the node that org:holds it
  std::vector<std::string> labels;   // the post's rdfs:label, sorted
  std::vector<std::string> post_in;  // org:postIn nodes, sorted
};

struct SystemMeeting {
  std::string id;
  std::vector<std::string> attendees;  // schema:attendee nodes, sorted
  std::vector<std::string> locations;  // schema:location nodes, sorted
  std::vector<std::string> statuses;   // nkg:status, lower case (an IRI gives its local name)
  std::vector<std::string> kinds;      // nkg:meetingKind, likewise
  std::vector<std::string> dates;      // schema:startDate, lexical ("2025-06-01")
};

struct SystemArticle {
  std::string node;
  std::string identifier;             // schema:identifier
  std::vector<std::string> mentions;  // schema:mentions nodes, sorted
  std::vector<SystemRole> roles;      // posts derived from this article, by (post, person)
  std::vector<SystemMeeting> meetings;  // events derived from this article, by id
};

struct SystemOutput {
  std::vector<SystemArticle> articles;  // sorted by identifier
  // Every node that is typed Person/Organization/Place or that an article, role or meeting
  // refers to as an entity, by id.
  std::map<std::string, SystemEntity> entities;

  const SystemEntity* FindEntity(const std::string& id) const;
};

// Throws std::runtime_error when a query fails (a bug, not bad input).
SystemOutput ReadSystemOutput(const rdf::Model& model);

}  // namespace newskg::eval
