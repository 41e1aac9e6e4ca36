#include "rdf/knowledge_graph_builder.h"

#include <map>
#include <stdexcept>
#include <tuple>

#include "rdf/vocabulary.h"

namespace newskg::rdf {

namespace {

using resolution::KnowledgeBase;

Term Iri(std::string_view iri) { return Term::Iri(std::string(iri)); }
Term German(const std::string& text) { return Term::Literal(text, std::string(vocab::kLanguage)); }
Term Integer(std::size_t n) { return Term::Typed(std::to_string(n), std::string(vocab::xsd::kInteger)); }

bool AllDigits(std::string_view text) {
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return !text.empty();
}

// "2025-04-11" -> xsd:date, "2025-04" -> xsd:gYearMonth, "2025" -> xsd:gYear; anything else
// stays a plain literal rather than being dropped.
Term DateLiteral(const std::string& date) {
  std::string_view d = date;
  if (d.size() == 10 && d[4] == '-' && d[7] == '-' && AllDigits(d.substr(0, 4)) &&
      AllDigits(d.substr(5, 2)) && AllDigits(d.substr(8, 2))) {
    return Term::Typed(date, std::string(vocab::xsd::kDate));
  }
  if (d.size() == 7 && d[4] == '-' && AllDigits(d.substr(0, 4)) && AllDigits(d.substr(5, 2))) {
    return Term::Typed(date, std::string(vocab::xsd::kGYearMonth));
  }
  if (d.size() == 4 && AllDigits(d)) return Term::Typed(date, std::string(vocab::xsd::kGYear));
  return Term::Literal(date);
}

std::string_view EntityClass(recognition::EntityType type) {
  switch (type) {
    case recognition::EntityType::Person:
      return vocab::schema::kPerson;
    case recognition::EntityType::Organization:
      return vocab::schema::kOrganization;
    case recognition::EntityType::Place:
      return vocab::schema::kPlace;
  }
  throw std::invalid_argument("unknown entity type");
}

class Builder {
 public:
  Builder(const KnowledgeBase& kb, const std::string& base_iri) : kb_(kb), iris_(base_iri) {
    for (const auto& [name, iri] : iris_.Prefixes()) model_.AddPrefix(name, iri);
  }

  Model Build() {
    for (const auto& article : kb_.articles) AddArticle(article);
    for (const auto& entity : kb_.entities) AddEntity(entity);
    for (const auto& role : kb_.roles) AddRole(role);
    std::map<std::pair<std::size_t, std::size_t>, std::size_t> meetings_at;
    for (const auto& meeting : kb_.meetings) {
      std::size_t n = ++meetings_at[{meeting.evidence.article, meeting.evidence.char_begin}];
      AddMeeting(meeting, n);
    }
    return std::move(model_);
  }

 private:
  void Add(const Term& s, std::string_view p, const Term& o) { model_.Add({s, Iri(p), o}); }

  const resolution::Entity& EntityAt(std::size_t index) const { return kb_.entities.at(index); }
  std::string EntityIri(std::size_t index) const { return iris_.Entity(EntityAt(index)); }
  std::string ArticleIri(std::size_t index) const { return iris_.Article(kb_.articles.at(index).id); }

  void AddArticle(const resolution::ArticleRecord& article) {
    Term a = Iri(iris_.Article(article.id));
    Add(a, vocab::kRdfType, Iri(vocab::schema::kNewsArticle));
    Add(a, vocab::schema::kIdentifier, Term::Literal(article.id));
    if (article.date_published && !article.date_published->empty()) {
      Add(a, vocab::schema::kDatePublished, DateLiteral(*article.date_published));
    }
    for (std::size_t entity : article.mentions) {
      Add(a, vocab::schema::kMentions, Iri(EntityIri(entity)));
    }
  }

  void AddEntity(const resolution::Entity& entity) {
    Term e = Iri(iris_.Entity(entity));
    Add(e, vocab::kRdfType, Iri(EntityClass(entity.type)));
    if (entity.is_country) Add(e, vocab::kRdfType, Iri(vocab::schema::kCountry));
    Add(e, vocab::rdfs::kLabel, German(entity.label));
    for (const std::string& alt : entity.alt_labels) {
      if (alt != entity.label) Add(e, vocab::skos::kAltLabel, German(alt));
    }
  }

  void AddRole(const resolution::Role& role) {
    const resolution::Entity& person = EntityAt(role.person);
    std::optional<std::string_view> of_key;
    if (role.of) of_key = EntityAt(*role.of).key;
    Term post = Iri(iris_.Post(person.key, role.label, of_key));
    Term holder = Iri(iris_.Entity(person));
    Add(holder, vocab::org::kHolds, post);
    Add(post, vocab::org::kHeldBy, holder);
    Add(post, vocab::kRdfType, Iri(vocab::org::kPost));
    Add(post, vocab::rdfs::kLabel, German(role.label));
    if (role.of) Add(post, vocab::org::kPostIn, Iri(EntityIri(*role.of)));
    AddEvidence(post, role.evidence);
  }

  void AddMeeting(const resolution::Meeting& meeting, std::size_t n) {
    const std::string& article_id = kb_.articles.at(meeting.evidence.article).id;
    Term m = Iri(iris_.Meeting(article_id, meeting.evidence.char_begin, n));
    Add(m, vocab::kRdfType, Iri(vocab::schema::kEvent));
    Add(m, vocab::nkg::kMeetingKind, Term::Literal(resolution::ToString(meeting.kind)));
    Add(m, vocab::nkg::kStatus, Term::Literal(resolution::ToString(meeting.status)));
    for (std::size_t attendee : meeting.attendees) {
      Add(m, vocab::schema::kAttendee, Iri(EntityIri(attendee)));
    }
    if (meeting.location) Add(m, vocab::schema::kLocation, Iri(EntityIri(*meeting.location)));
    if (!meeting.date.empty()) Add(m, vocab::schema::kStartDate, DateLiteral(meeting.date));
    if (!meeting.time_text.empty()) {
      Add(m, vocab::nkg::kTimeExpression, German(meeting.time_text));
    }
    AddEvidence(m, meeting.evidence);
  }

  // The derivation from the article, plain (prov:wasDerivedFrom) and qualified with the sentence.
  void AddEvidence(const Term& subject, const resolution::Evidence& evidence) {
    const std::string& article_id = kb_.articles.at(evidence.article).id;
    Term article = Iri(ArticleIri(evidence.article));
    Term ev = Iri(iris_.Evidence(article_id, evidence.char_begin, evidence.char_end));
    Add(subject, vocab::prov::kWasDerivedFrom, article);
    Add(subject, vocab::prov::kQualifiedDerivation, ev);
    Add(ev, vocab::kRdfType, Iri(vocab::prov::kDerivation));
    Add(ev, vocab::prov::kEntity, article);
    Add(ev, vocab::nkg::kSentence, German(evidence.sentence));
    Add(ev, vocab::nkg::kCharStart, Integer(evidence.char_begin));
    Add(ev, vocab::nkg::kCharEnd, Integer(evidence.char_end));
  }

  const KnowledgeBase& kb_;
  IriMinter iris_;
  Model model_;
};

}  // namespace

Model BuildModel(const KnowledgeBase& kb, const std::string& base_iri) {
  return Builder(kb, base_iri).Build();
}

}  // namespace newskg::rdf
