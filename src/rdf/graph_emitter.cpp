#include "rdf/graph_emitter.h"

#include <algorithm>
#include <map>
#include <set>

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

}  // namespace

TermRef DateTerm(std::string_view d) {
  if (d.size() == 10 && d[4] == '-' && d[7] == '-' && AllDigits(d.substr(0, 4)) &&
      AllDigits(d.substr(5, 2)) && AllDigits(d.substr(8, 2))) {
    return TermRef::Typed(d, vocab::xsd::kDate);
  }
  if (d.size() == 7 && d[4] == '-' && AllDigits(d.substr(0, 4)) && AllDigits(d.substr(5, 2))) {
    return TermRef::Typed(d, vocab::xsd::kGYearMonth);
  }
  if (d.size() == 4 && AllDigits(d)) return TermRef::Typed(d, vocab::xsd::kGYear);
  return TermRef::Literal(d);
}

GraphEmitter::GraphEmitter(const resolution::EntityTable& entities, const IriMinter& iris,
                           TripleSink& sink)
    : entities_(entities), iris_(iris), sink_(sink) {
  entity_iris_.reserve(entities_.size());
  for (const auto& entity : entities_.entities()) entity_iris_.push_back(iris_.Entity(entity));
}

void GraphEmitter::Add(const TermRef& s, std::string_view p, const TermRef& o) {
  sink_.Add(s, TermRef::Iri(p), o);
  ++counts_.triples;
}

const std::string& GraphEmitter::EntityIri(std::uint32_t entity) { return entity_iris_.at(entity); }

const std::string& GraphEmitter::LabelSlug(const std::string& label) {
  auto it = label_slugs_.find(label);
  if (it == label_slugs_.end()) it = label_slugs_.emplace(label, slugger_.Slug(label)).first;
  return it->second;
}

void GraphEmitter::EmitEntities() {
  const auto& all = entities_.entities();
  for (std::uint32_t i = 0; i < all.size(); ++i) {
    const resolution::Entity& entity = all[i];
    const TermRef e = TermRef::Iri(EntityIri(i));
    Add(e, vocab::kRdfType, TermRef::Iri(EntityClass(entity.type)));
    if (entity.is_country) Add(e, vocab::kRdfType, TermRef::Iri(vocab::schema::kCountry));
    Add(e, vocab::rdfs::kLabel, German(entity.label));
    for (const std::string& alt : entity.alt_labels) Add(e, vocab::skos::kAltLabel, German(alt));
  }
  for (const auto& [key, entity] : entities_.aliases()) {
    const std::string alias = iris_.EntityKey(key);
    Add(TermRef::Iri(alias), vocab::owl::kSameAs, TermRef::Iri(EntityIri(entity)));
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

void GraphEmitter::EmitArticle(const resolution::ResolvedArticle& article) {
  ++counts_.articles;
  const std::string article_iri = iris_.Article(article.id);
  const TermRef a = TermRef::Iri(article_iri);
  // The final entity of each local one (a surname may have joined a full name).
  std::vector<std::optional<std::uint32_t>> entity(article.entities.size());
  std::set<std::uint32_t> mentioned;
  for (std::size_t i = 0; i < article.entities.size(); ++i) {
    entity[i] = entities_.Find(article.entities[i].key);
    if (entity[i] && article.entities[i].named) mentioned.insert(*entity[i]);
  }

  Add(a, vocab::kRdfType, TermRef::Iri(vocab::schema::kNewsArticle));
  Add(a, vocab::schema::kIdentifier, TermRef::Literal(article.id));
  if (article.date_published && !article.date_published->empty()) {
    Add(a, vocab::schema::kDatePublished, DateTerm(*article.date_published));
  }
  for (std::uint32_t e : mentioned) Add(a, vocab::schema::kMentions, TermRef::Iri(EntityIri(e)));

  std::set<std::string> derived_here;  // posts already linked to this article
  std::size_t role_number = 0;
  for (const resolution::LocalRole& role : article.roles) {
    const auto person = entity[role.person];
    if (!person) continue;
    std::optional<std::uint32_t> of = role.of ? entity[*role.of] : std::nullopt;
    if (of == person) of.reset();
    std::optional<std::string_view> of_key;
    if (of) of_key = entities_[*of].key;
    const std::string post = iris_.Post(entities_[*person].key, LabelSlug(role.label), of_key);
    const TermRef post_term = TermRef::Iri(post);
    if (posts_written_.insert(post).second) {
      ++counts_.posts;
      const TermRef holder = TermRef::Iri(EntityIri(*person));
      Add(holder, vocab::org::kHolds, post_term);
      Add(post_term, vocab::kRdfType, TermRef::Iri(vocab::org::kPost));
      Add(post_term, vocab::rdfs::kLabel, German(role.label));
      Add(post_term, vocab::org::kHeldBy, holder);
      if (of) Add(post_term, vocab::org::kPostIn, TermRef::Iri(EntityIri(*of)));
    }
    if (derived_here.insert(post).second) Add(post_term, vocab::prov::kWasDerivedFrom, a);
    AddEvidence(post, article_iri, article, role.sentence, 'r', ++role_number);
    ++counts_.roles;
  }

  std::map<std::uint64_t, std::size_t> meetings_at;
  std::size_t meeting_number = 0;
  for (const resolution::LocalMeeting& meeting : article.meetings) {
    std::set<std::uint32_t> attendees;
    for (std::uint32_t local : meeting.attendees) {
      if (entity[local]) attendees.insert(*entity[local]);
    }
    if (attendees.size() < 2) continue;
    const std::uint64_t begin = article.sentences.at(meeting.sentence).char_begin;
    const std::string m = iris_.Meeting(article.id, begin, ++meetings_at[begin]);
    const TermRef m_term = TermRef::Iri(m);
    Add(m_term, vocab::kRdfType, TermRef::Iri(vocab::schema::kEvent));
    Add(m_term, vocab::nkg::kMeetingKind, TermRef::Literal(resolution::ToString(meeting.kind)));
    Add(m_term, vocab::nkg::kStatus, TermRef::Literal(resolution::ToString(meeting.status)));
    for (std::uint32_t e : attendees) {
      Add(m_term, vocab::schema::kAttendee, TermRef::Iri(EntityIri(e)));
    }
    if (meeting.location && entity[*meeting.location]) {
      Add(m_term, vocab::schema::kLocation, TermRef::Iri(EntityIri(*entity[*meeting.location])));
    }
    if (!meeting.date.empty()) Add(m_term, vocab::schema::kStartDate, DateTerm(meeting.date));
    if (!meeting.time_text.empty()) {
      Add(m_term, vocab::nkg::kTimeExpression, German(meeting.time_text));
    }
    Add(m_term, vocab::prov::kWasDerivedFrom, a);
    AddEvidence(m, article_iri, article, meeting.sentence, 'm', ++meeting_number);
    ++counts_.meetings;
  }
}

EmitCounts EmitKnowledgeBase(const resolution::KnowledgeBase& kb, const IriMinter& iris,
                             TripleSink& sink) {
  GraphEmitter emitter(kb.entities, iris, sink);
  emitter.EmitEntities();
  for (const auto& article : kb.articles) emitter.EmitArticle(article);
  return emitter.counts();
}

}  // namespace newskg::rdf
