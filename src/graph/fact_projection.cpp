#include "graph/fact_projection.h"

#include <algorithm>
#include <numeric>
#include <optional>
#include <set>

namespace newskg::graph {

FactProjection::FactProjection(const resolution::EntityTable& entities,
                               const resolution::EventTable& events,
                               const resolution::RoleOwnerTable& owners, const rdf::IriMinter& iris,
                               IndexBuilder& builder)
    : entities_(entities),
      events_(events),
      owners_(owners),
      iris_(iris),
      builder_(builder),
      vertex_of_(entities.size()) {
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

FactProjection::~FactProjection() = default;

void FactProjection::AddArticle(const resolution::ResolvedArticle& article) {
  if (!emitter_) emitter_.emplace(entities_, events_, owners_, iris_, null_sink_);
  AddPrepared(emitter_->Prepare(article, 0));
}

void FactProjection::AddPrepared(const rdf::PreparedArticle& prepared) {
  const resolution::ResolvedArticle& article = *prepared.article;
  auto evidence_of = [&](std::uint32_t sentence) {
    const resolution::EvidenceSentence& s = article.sentences.at(sentence);
    EvidenceInput evidence;
    evidence.article_id = article.id;
    evidence.sentence = s.text;
    evidence.char_start = s.char_begin;
    evidence.char_end = s.char_end;
    return evidence;
  };

  for (const rdf::PreparedArticle::Role& role : prepared.roles) {
    const std::uint32_t person = vertex_of_[role.person];
    builder_.AddRole(person, role.fact->label);
    if (role.of) {
      builder_.AddRelation(person, vertex_of_[*role.of], RelationKind::HoldsPost, role.fact->label,
                           true, evidence_of(role.fact->sentence));
    } else {
      builder_.AddPost(role.post, role.fact->label, person, evidence_of(role.fact->sentence));
    }
  }

  for (const rdf::PreparedArticle::Meeting& prepared_meeting : prepared.meetings) {
    const resolution::LocalMeeting& meeting = *prepared_meeting.fact;
    // A meeting several articles report is their shared event: its status, place and date.
    const resolution::SharedEvent* event =
        prepared_meeting.shared ? &events_[prepared_meeting.shared->event] : nullptr;
    std::vector<std::uint32_t> list;  // vertices, ascending
    for (std::uint32_t e : prepared_meeting.attendees) list.push_back(vertex_of_[e]);
    std::sort(list.begin(), list.end());
    const std::optional<std::uint32_t> location = event ? event->location : prepared_meeting.location;
    std::optional<std::uint32_t> place;
    if (location) place = vertex_of_[*location];
    // A building's town: attendees met in it too.
    const std::optional<std::uint32_t> town_entity = event ? event->town : prepared_meeting.town;
    std::optional<std::uint32_t> town;
    if (town_entity && town_entity != location) town = vertex_of_[*town_entity];
    const std::string& date = event ? event->date : meeting.date;

    const std::string kind = resolution::ToString(meeting.kind);
    const std::string status = resolution::ToString(event ? event->status : meeting.status);
    const std::string label = MeetingLabel(kind);
    EvidenceInput evidence = evidence_of(meeting.sentence);
    EvidenceInput place_evidence = evidence;
    evidence.qualifiers.push_back(status);
    place_evidence.qualifiers = evidence.qualifiers;
    if (location) evidence.qualifiers.push_back(entities_[*location].label);
    const std::string& when = !date.empty() ? date : meeting.time_text;
    if (!when.empty()) {
      evidence.qualifiers.push_back(when);
      place_evidence.qualifiers.push_back(when);
    }
    for (std::size_t i = 0; i < list.size(); ++i) {
      for (std::size_t j = i + 1; j < list.size(); ++j) {
        builder_.AddRelation(list[i], list[j], RelationKind::Meeting, label, false, evidence);
      }
      if (place && *place != list[i]) {
        builder_.AddRelation(list[i], *place, RelationKind::MeetingPlace, label + " in", true,
                             place_evidence);
      }
      if (town && *town != list[i]) {
        builder_.AddRelation(list[i], *town, RelationKind::MeetingPlace, label + " in", true, place_evidence);
      }
    }

    MeetingInput record;
    record.iri = event ? iris_.Event(event->slug)
                       : iris_.Meeting(article.id, article.sentences.at(meeting.sentence).char_begin,
                                       prepared_meeting.number_at_sentence);
    record.kind = kind;
    record.status = status;
    record.date = date;
    record.time_text = meeting.time_text;
    record.article_id = article.id;
    record.article_date = article.date_published.value_or("");
    record.place = place;
    record.attendees = list;
    record.evidence.push_back(evidence_of(meeting.sentence));
    builder_.AddMeeting(record);
  }
}

}  // namespace newskg::graph
