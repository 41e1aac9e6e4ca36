#include "graph/fact_projection.h"

#include <algorithm>
#include <numeric>
#include <optional>
#include <set>

namespace newskg::graph {

FactProjection::FactProjection(const resolution::EntityTable& entities,
                               const rdf::IriMinter& iris, IndexBuilder& builder)
    : entities_(entities), builder_(builder), vertex_of_(entities.size()) {
  std::vector<std::string> entity_iris;
  entity_iris.reserve(entities.size());
  for (const auto& entity : entities.entities()) entity_iris.push_back(iris.Entity(entity));
  std::vector<std::uint32_t> order(entities.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(),
            [&](std::uint32_t a, std::uint32_t b) { return entity_iris[a] < entity_iris[b]; });
  for (std::uint32_t index : order) {
    const resolution::Entity& entity = entities[index];
    VertexInput vertex;
    vertex.iri = entity_iris[index];
    vertex.label = entity.label;
    vertex.type = recognition::ToString(entity.type);
    vertex.alt_labels = entity.alt_labels;
    vertex_of_[index] = builder_.AddVertex(vertex);
  }
}

void FactProjection::AddArticle(const resolution::ResolvedArticle& article) {
  std::vector<std::optional<std::uint32_t>> entity(article.entities.size());
  for (std::size_t i = 0; i < article.entities.size(); ++i) {
    entity[i] = entities_.Find(article.entities[i].key);
  }
  auto evidence_of = [&](std::uint32_t sentence) {
    const resolution::EvidenceSentence& s = article.sentences.at(sentence);
    EvidenceInput evidence;
    evidence.article_id = article.id;
    evidence.sentence = s.text;
    evidence.char_start = s.char_begin;
    evidence.char_end = s.char_end;
    return evidence;
  };

  for (const resolution::LocalRole& role : article.roles) {
    const auto person = entity[role.person];
    if (!person) continue;
    builder_.AddRole(vertex_of_[*person], role.label);
    std::optional<std::uint32_t> of = role.of ? entity[*role.of] : std::nullopt;
    if (!of || *of == *person) continue;
    builder_.AddRelation(vertex_of_[*person], vertex_of_[*of], RelationKind::HoldsPost, role.label,
                         true, evidence_of(role.sentence));
  }

  for (const resolution::LocalMeeting& meeting : article.meetings) {
    std::set<std::uint32_t> attendees;  // vertices
    for (std::uint32_t local : meeting.attendees) {
      if (entity[local]) attendees.insert(vertex_of_[*entity[local]]);
    }
    if (attendees.size() < 2) continue;
    std::optional<std::uint32_t> place_entity, place;
    if (meeting.location && entity[*meeting.location]) {
      place_entity = *entity[*meeting.location];
      place = vertex_of_[*place_entity];
    }
    const std::string label = MeetingLabel(resolution::ToString(meeting.kind));
    EvidenceInput evidence = evidence_of(meeting.sentence);
    EvidenceInput place_evidence = evidence;
    evidence.qualifiers.push_back(resolution::ToString(meeting.status));
    place_evidence.qualifiers = evidence.qualifiers;
    if (place_entity) evidence.qualifiers.push_back(entities_[*place_entity].label);
    const std::string& when = !meeting.date.empty() ? meeting.date : meeting.time_text;
    if (!when.empty()) {
      evidence.qualifiers.push_back(when);
      place_evidence.qualifiers.push_back(when);
    }
    const std::vector<std::uint32_t> list(attendees.begin(), attendees.end());
    for (std::size_t i = 0; i < list.size(); ++i) {
      for (std::size_t j = i + 1; j < list.size(); ++j) {
        builder_.AddRelation(list[i], list[j], RelationKind::Meeting, label, false, evidence);
      }
      if (place && *place != list[i]) {
        builder_.AddRelation(list[i], *place, RelationKind::MeetingPlace, label + " in", true,
                             place_evidence);
      }
    }
  }
}

}  // namespace newskg::graph
