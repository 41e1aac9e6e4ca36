#include "rdf/graph_emitter.h"

#include <algorithm>
#include <map>
#include <set>

#include "common/content_hash.h"
#include "rdf/vocabulary.h"

namespace newskg::rdf {
namespace {

using resolution::EntityType;

bool AllDigits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
    return c >= '0' && c <= '9';
  });
}

std::string_view EntityClass(EntityType type) {
  switch (type) {
    case EntityType::Person:
      return vocab::schema::kPerson;
    case EntityType::Organization:
      return vocab::schema::kOrganization;
    case EntityType::Place:
      return vocab::schema::kPlace;
  }
  return vocab::schema::kPlace;
}

TermRef German(std::string_view text) { return TermRef::Literal(text, vocab::kLanguage); }

// schema.org's EventStatusType for newskg's status, where one fits: a meeting that took place,
// is under way or is planned went or goes ahead as scheduled; one only considered has no
// schema.org status (nkg:status says it).
std::string_view EventStatus(resolution::MeetingStatus status) {
  switch (status) {
    case resolution::MeetingStatus::Held:
    case resolution::MeetingStatus::Ongoing:
    case resolution::MeetingStatus::Planned:
      return vocab::schema::kEventScheduled;
    case resolution::MeetingStatus::Considered:
      return {};
  }
  return {};
}

}  // namespace

DateValue ToDateValue(std::string_view d) {
  if (d.size() == 10 && d[4] == '-' && d[7] == '-' && AllDigits(d.substr(0, 4)) &&
      AllDigits(d.substr(5, 2)) && AllDigits(d.substr(8, 2))) {
    return {std::string(d), vocab::xsd::kDate, "day"};
  }
  if (d.size() == 7 && d[4] == '-' && AllDigits(d.substr(0, 4)) && AllDigits(d.substr(5, 2))) {
    return {std::string(d) + "-01", vocab::xsd::kDate, "month"};
  }
  if (d.size() == 4 && AllDigits(d)) return {std::string(d) + "-01-01", vocab::xsd::kDate, "year"};
  return {std::string(d), {}, {}};
}

GraphEmitter::GraphEmitter(const resolution::EntityTable& entities,
                           const resolution::EventTable& events,
                           const resolution::RoleOwnerTable& owners, const IriMinter& iris,
                           TripleSink& sink)
    : entities_(entities), events_(events), owners_(owners), iris_(iris), sink_(sink) {
  entity_iris_.reserve(entities_.size());
  for (const auto& entity : entities_.entities()) entity_iris_.push_back(iris_.Entity(entity));
}

void GraphEmitter::Add(const TermRef& s, std::string_view p, const TermRef& o) {
  sink_.Add(s, TermRef::Iri(p), o);
  ++counts_.triples;
}

const std::string& GraphEmitter::LabelSlug(const std::string& label) {
  auto it = label_slugs_.find(label);
  if (it == label_slugs_.end()) it = label_slugs_.emplace(label, slugger_.Slug(label)).first;
  return it->second;
}

namespace {

// Feeds strings and numbers to a hash, each with its length so that concatenations differ.
class BlockHash {
 public:
  void Add(std::string_view text) {
    Add(text.size());
    hash_.Update(text);
  }
  void Add(std::uint64_t n) { hash_.Update(std::string_view(reinterpret_cast<const char*>(&n), sizeof n)); }
  std::uint64_t Digest() const { return hash_.Digest(); }

 private:
  common::StreamingHash hash_;
};

}  // namespace

BlockId GraphEmitter::EntityBlock(std::uint32_t index) const {
  const resolution::Entity& entity = entities_[index];
  BlockHash hash;
  hash.Add(EntityIri(index));
  hash.Add(static_cast<std::uint64_t>(entity.type));
  hash.Add(entity.is_country ? 1u : 0u);
  hash.Add(entity.label);
  for (const std::string& alt : entity.alt_labels) hash.Add(alt);
  return {"E" + entity.key, hash.Digest()};
}

void GraphEmitter::EmitEntity(std::uint32_t index) {
  const resolution::Entity& entity = entities_[index];
  const TermRef e = TermRef::Iri(EntityIri(index));
  Add(e, vocab::kRdfType, TermRef::Iri(EntityClass(entity.type)));
  if (entity.is_country) Add(e, vocab::kRdfType, TermRef::Iri(vocab::schema::kCountry));
  Add(e, vocab::rdfs::kLabel, German(entity.label));
  for (const std::string& alt : entity.alt_labels) Add(e, vocab::skos::kAltLabel, German(alt));
}

BlockId GraphEmitter::AliasBlock(std::size_t alias) const {
  const auto& [key, entity] = entities_.aliases().at(alias);
  BlockHash hash;
  hash.Add(iris_.EntityKey(key));
  hash.Add(EntityIri(entity));
  return {"A" + key, hash.Digest()};
}

void GraphEmitter::EmitAlias(std::size_t alias) {
  const auto& [key, entity] = entities_.aliases().at(alias);
  const std::string iri = iris_.EntityKey(key);
  Add(TermRef::Iri(iri), vocab::owl::kSameAs, TermRef::Iri(EntityIri(entity)));
}

void GraphEmitter::AddDate(const TermRef& subject, std::string_view predicate,
                           std::string_view date) {
  const DateValue value = ToDateValue(date);
  Add(subject, predicate,
      value.datatype.empty() ? TermRef::Literal(value.lexical)
                             : TermRef::Typed(value.lexical, value.datatype));
  if (!value.precision.empty() && value.precision != "day") {
    Add(subject, vocab::nkg::kDatePrecision, TermRef::Literal(value.precision));
  }
}

void GraphEmitter::AddEvidence(const std::string& fact, const std::string& article_iri,
                               const resolution::ResolvedArticle& article, std::uint32_t sentence,
                               char kind, std::size_t n) {
  const resolution::EvidenceSentence& evidence = article.sentences.at(sentence);
  const std::string ev = iris_.Evidence(article.id, kind, n);
  const TermRef ev_term = TermRef::Iri(ev);
  Add(TermRef::Iri(fact), vocab::prov::kQualifiedDerivation, ev_term);
  Add(ev_term, vocab::kRdfType, TermRef::Iri(vocab::prov::kDerivation));
  Add(ev_term, vocab::prov::kEntity, TermRef::Iri(article_iri));
  Add(ev_term, vocab::nkg::kSentence, German(evidence.text));
  const std::string begin = std::to_string(evidence.char_begin);
  const std::string end = std::to_string(evidence.char_end);
  Add(ev_term, vocab::nkg::kCharStart, TermRef::Typed(begin, vocab::xsd::kInteger));
  Add(ev_term, vocab::nkg::kCharEnd, TermRef::Typed(end, vocab::xsd::kInteger));
}

PreparedArticle GraphEmitter::Prepare(const resolution::ResolvedArticle& article,
                                      std::uint64_t record_hash) {
  PreparedArticle out;
  out.article = &article;
  BlockHash hash;
  hash.Add(record_hash);
  hash.Add(iris_.base());
  out.entity.resize(article.entities.size());
  for (std::size_t i = 0; i < article.entities.size(); ++i) {
    out.entity[i] = entities_.Find(article.entities[i].key);
    hash.Add(out.entity[i] ? std::string_view(entities_[*out.entity[i]].key) : std::string_view());
    hash.Add(out.entity[i] ? static_cast<std::uint64_t>(entities_[*out.entity[i]].type) : 9u);
  }
  std::set<std::string> derived_here;
  for (const resolution::LocalRole& role : article.roles) {
    const auto person = out.entity[role.person];
    if (!person) continue;
    PreparedArticle::Role r;
    r.fact = &role;
    r.person = *person;
    r.of = role.of ? out.entity[*role.of] : std::nullopt;
    if (r.of == person) r.of.reset();
    if (!role.of) {
      // Learned from the archive, so part of what this article's block depends on.
      r.of = owners_.Owner(r.person, role.label);
      hash.Add(r.of ? std::string_view(entities_[*r.of].key) : std::string_view());
    }
    std::optional<std::string_view> of_key;
    if (r.of) of_key = entities_[*r.of].key;
    r.post = iris_.Post(entities_[*person].key, LabelSlug(role.label), of_key);
    r.first = posts_written_.insert(r.post).second;
    r.derived = derived_here.insert(r.post).second;
    hash.Add(r.first ? 1u : 0u);
    if (r.first) ++counts_.posts;
    ++counts_.roles;
    out.roles.push_back(std::move(r));
  }
  std::map<std::uint64_t, std::size_t> meetings_at;
  std::set<std::uint32_t> derived_events;
  const std::uint32_t number = articles_prepared_++;
  for (std::uint32_t i = 0; i < article.meetings.size(); ++i) {
    const resolution::LocalMeeting& meeting = article.meetings[i];
    std::set<std::uint32_t> attendees;
    for (std::uint32_t local : meeting.attendees) {
      if (out.entity[local]) attendees.insert(*out.entity[local]);
    }
    if (attendees.size() < 2) continue;
    PreparedArticle::Meeting m;
    m.fact = &meeting;
    m.attendees.assign(attendees.begin(), attendees.end());
    if (meeting.location) m.location = out.entity[*meeting.location];
    if (meeting.town) m.town = out.entity[*meeting.town];
    if (m.town == m.location) m.town.reset();
    m.number_at_sentence = ++meetings_at[article.sentences.at(meeting.sentence).char_begin];
    m.shared = events_.Find(number, i);
    if (m.shared) {
      const resolution::SharedEvent& event = events_[m.shared->event];
      hash.Add(event.slug);
      hash.Add(m.shared->first ? event.digest : 0u);
      // Each triple once: the article's derivation per event, a time expression per event and
      // wording across the archive (so it depends on earlier articles, like a post's first).
      m.writes_derivation = derived_events.insert(m.shared->event).second;
      m.writes_time = event_times_written_.insert({m.shared->event, meeting.time_text}).second;
      hash.Add(m.writes_time ? 1u : 0u);
    }
    if (!m.shared || m.shared->first) ++counts_.meetings;
    out.meetings.push_back(std::move(m));
  }
  ++counts_.articles;
  out.block = {"R" + article.id, hash.Digest()};
  return out;
}

void GraphEmitter::EmitArticle(const PreparedArticle& prepared) {
  const resolution::ResolvedArticle& article = *prepared.article;
  const std::string article_iri = iris_.Article(article.id);
  const TermRef a = TermRef::Iri(article_iri);
  std::set<std::uint32_t> mentioned;
  for (std::size_t i = 0; i < article.entities.size(); ++i) {
    if (prepared.entity[i] && article.entities[i].named) mentioned.insert(*prepared.entity[i]);
  }
  Add(a, vocab::kRdfType, TermRef::Iri(vocab::schema::kNewsArticle));
  Add(a, vocab::schema::kIdentifier, TermRef::Literal(article.id));
  if (article.date_published && !article.date_published->empty()) {
    AddDate(a, vocab::schema::kDatePublished, *article.date_published);
  }
  for (std::uint32_t e : mentioned) Add(a, vocab::schema::kMentions, TermRef::Iri(EntityIri(e)));

  std::size_t role_number = 0;
  for (const PreparedArticle::Role& role : prepared.roles) {
    const TermRef post = TermRef::Iri(role.post);
    if (role.first) {
      const TermRef holder = TermRef::Iri(EntityIri(role.person));
      Add(holder, vocab::org::kHolds, post);
      Add(post, vocab::kRdfType, TermRef::Iri(vocab::org::kPost));
      Add(post, vocab::rdfs::kLabel, German(role.fact->label));
      Add(post, vocab::org::kHeldBy, holder);
      if (role.of) {
        // org:postIn's range is org:Organization: places and persons get nkg:postOf, so that
        // no reasoner takes a country or a person for an organization.
        const bool organization = entities_[*role.of].type == resolution::EntityType::Organization;
        Add(post, organization ? vocab::org::kPostIn : vocab::nkg::kPostOf,
            TermRef::Iri(EntityIri(*role.of)));
      }
    }
    if (role.derived) Add(post, vocab::prov::kWasDerivedFrom, a);
    AddEvidence(role.post, article_iri, article, role.fact->sentence, 'r', ++role_number);
  }

  std::size_t meeting_number = 0;
  for (const PreparedArticle::Meeting& meeting : prepared.meetings) {
    const resolution::LocalMeeting& fact = *meeting.fact;
    const std::uint64_t begin = article.sentences.at(fact.sentence).char_begin;
    const resolution::SharedEvent* event = meeting.shared ? &events_[meeting.shared->event] : nullptr;
    const std::string m = event ? iris_.Event(event->slug)
                                : iris_.Meeting(article.id, begin, meeting.number_at_sentence);
    const TermRef m_term = TermRef::Iri(m);
    if (!event || meeting.shared->first) {
      // The event itself: as this report tells it, or as all reports of a shared event do.
      const resolution::MeetingStatus status = event ? event->status : fact.status;
      Add(m_term, vocab::kRdfType, TermRef::Iri(vocab::schema::kEvent));
      Add(m_term, vocab::nkg::kMeetingKind, TermRef::Literal(resolution::ToString(fact.kind)));
      Add(m_term, vocab::nkg::kStatus, TermRef::Literal(resolution::ToString(status)));
      if (const std::string_view schema_status = EventStatus(status); !schema_status.empty()) {
        Add(m_term, vocab::schema::kEventStatus, TermRef::Iri(schema_status));
      }
      for (std::uint32_t e : meeting.attendees) {
        Add(m_term, vocab::schema::kAttendee, TermRef::Iri(EntityIri(e)));
      }
      const std::optional<std::uint32_t> location = event ? event->location : meeting.location;
      if (location) Add(m_term, vocab::schema::kLocation, TermRef::Iri(EntityIri(*location)));
      // A building's town is where the meeting was too.
      const std::optional<std::uint32_t> town = event ? event->town : meeting.town;
      if (town && town != location) Add(m_term, vocab::schema::kLocation, TermRef::Iri(EntityIri(*town)));
      const std::string& date = event ? event->date : fact.date;
      if (!date.empty()) AddDate(m_term, vocab::schema::kStartDate, date);
    }
    if (!fact.time_text.empty() && meeting.writes_time) {
      Add(m_term, vocab::nkg::kTimeExpression, German(fact.time_text));
    }
    if (meeting.writes_derivation) Add(m_term, vocab::prov::kWasDerivedFrom, a);
    AddEvidence(m, article_iri, article, fact.sentence, 'm', ++meeting_number);
  }
}

EmitCounts EmitKnowledgeBase(const resolution::KnowledgeBase& kb, const IriMinter& iris,
                             TripleSink& sink) {
  GraphEmitter emitter(kb.entities, kb.events, kb.owners, iris, sink);
  for (std::uint32_t e = 0; e < emitter.entity_count(); ++e) emitter.EmitEntity(e);
  for (std::size_t a = 0; a < emitter.alias_count(); ++a) emitter.EmitAlias(a);
  for (const auto& article : kb.articles) emitter.EmitArticle(emitter.Prepare(article, 0));
  return emitter.counts();
}

}  // namespace newskg::rdf
