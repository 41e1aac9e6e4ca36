// A small hand-built RDF model (invented people, places and sentences) for the graph tests.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "graph/graph_index.h"
#include "graph/model_projection.h"
#include "graph/relations.h"
#include "rdf/model.h"
#include "rdf/vocabulary.h"

namespace newskg::graph::testing {

inline constexpr const char* kBase = "https://newskg.example.org/id/";

inline std::string Id(const std::string& local) { return std::string(kBase) + local; }

inline constexpr const char* kSentenceSprecherin =
    "Anna Bergmann, Sprecherin der Stadtwerke Lindau, bestätigte die Preiserhöhung.";
inline constexpr const char* kSentenceGf =
    "Geschäftsführer Jonas Weißhaupt verteidigte die Entscheidung der Stadtwerke Lindau.";
inline constexpr const char* kSentenceGf2 =
    "Die Stadtwerke Lindau werden seit 2019 von Jonas Weißhaupt geführt.";
inline constexpr const char* kSentenceMinisterin =
    "Landesministerin Lena Krause kündigte eine Prüfung an.";
inline constexpr const char* kSentenceTalks =
    "Krause und Bergmann führten am Mittwoch in Lindau Gespräche über die Tarife.";
inline constexpr const char* kSentenceTalks2 =
    "Bereits im Januar hatten Bergmann und die Ministerin miteinander gesprochen.";
inline constexpr const char* kSentenceMeeting =
    "Krause will sich kommende Woche in Konstanz mit Weißhaupt und Karl Petersen treffen.";
inline constexpr const char* kSentenceSprecher = "Tobias Krause, Sprecher des Vereins, schwieg.";

class ModelBuilder {
 public:
  rdf::Model& model() { return model_; }

  void Add(const rdf::Term& s, std::string_view p, const rdf::Term& o) {
    model_.Add({s, rdf::Term::Iri(std::string(p)), o});
  }

  void Entity(const std::string& local, std::vector<std::string_view> types,
              const std::string& label, std::vector<std::string> alts = {}) {
    auto e = rdf::Term::Iri(Id(local));
    for (auto t : types) Add(e, rdf::vocab::kRdfType, rdf::Term::Iri(std::string(t)));
    Add(e, rdf::vocab::rdfs::kLabel, rdf::Term::Literal(label, "de"));
    for (const auto& a : alts) Add(e, rdf::vocab::skos::kAltLabel, rdf::Term::Literal(a, "de"));
  }

  void Article(const std::string& local, const std::string& id) {
    auto a = rdf::Term::Iri(Id(local));
    Add(a, rdf::vocab::kRdfType, rdf::Term::Iri(std::string(rdf::vocab::schema::kNewsArticle)));
    Add(a, rdf::vocab::schema::kIdentifier, rdf::Term::Literal(id));
  }

  void Evidence(const rdf::Term& fact, const rdf::Term& node, const std::string& article,
                const std::string& sentence, std::size_t start, std::size_t end) {
    namespace v = rdf::vocab;
    auto xsd_int = std::string(v::xsd::kInteger);
    Add(fact, v::prov::kWasDerivedFrom, rdf::Term::Iri(Id(article)));
    Add(fact, v::prov::kQualifiedDerivation, node);
    Add(node, v::kRdfType, rdf::Term::Iri(std::string(v::prov::kDerivation)));
    Add(node, v::prov::kEntity, rdf::Term::Iri(Id(article)));
    Add(node, v::nkg::kSentence, rdf::Term::Literal(sentence, "de"));
    Add(node, v::nkg::kCharStart, rdf::Term::Typed(std::to_string(start), xsd_int));
    Add(node, v::nkg::kCharEnd, rdf::Term::Typed(std::to_string(end), xsd_int));
  }

  void Role(const std::string& post_local, const std::string& person, const std::string& label,
            std::optional<std::string> of) {
    namespace v = rdf::vocab;
    auto post = rdf::Term::Iri(Id(post_local));
    Add(rdf::Term::Iri(Id(person)), v::org::kHolds, post);
    Add(post, v::kRdfType, rdf::Term::Iri(std::string(v::org::kPost)));
    Add(post, v::rdfs::kLabel, rdf::Term::Literal(label, "de"));
    if (of) Add(post, v::org::kPostIn, rdf::Term::Iri(Id(*of)));
  }

  void Meeting(const std::string& local, const std::vector<std::string>& attendees,
               const std::string& kind, const std::string& status,
               std::optional<std::string> place, std::optional<std::string> date) {
    namespace v = rdf::vocab;
    auto m = rdf::Term::Iri(Id(local));
    Add(m, v::kRdfType, rdf::Term::Iri(std::string(v::schema::kEvent)));
    for (const auto& a : attendees) Add(m, v::schema::kAttendee, rdf::Term::Iri(Id(a)));
    Add(m, v::nkg::kMeetingKind, rdf::Term::Literal(kind));
    Add(m, v::nkg::kStatus, rdf::Term::Literal(status));
    if (place) Add(m, v::schema::kLocation, rdf::Term::Iri(Id(*place)));
    if (date) {
      Add(m, v::schema::kStartDate, rdf::Term::Typed(*date, std::string(v::xsd::kDate)));
    }
  }

 private:
  rdf::Model model_;
};

// People: Anna Bergmann (Sprecherin, Stadtwerke Lindau), Jonas Weißhaupt (Geschäftsführer,
// Stadtwerke Lindau, from two articles), Lena Krause (Ministerin, Landesregierung), Tobias
// Krause (Sprecher, of nothing), Karl Petersen, Maria Schmidt (no relations).
// Meetings: talks Bergmann–Krause in Lindau (held, 2025-03-12), talks Bergmann–Krause without
// place (held, other article), a planned meeting Krause–Weißhaupt–Petersen in Konstanz.
inline rdf::Model SampleModel() {
  namespace v = rdf::vocab;
  ModelBuilder b;
  b.Article("article/a1", "001_lindau.txt");
  b.Article("article/a2", "002_konstanz.txt");
  b.Entity("person/anna-bergmann", {v::schema::kPerson}, "Anna Bergmann", {"Bergmann"});
  b.Entity("person/jonas-weisshaupt", {v::schema::kPerson}, "Jonas Weißhaupt");
  b.Entity("person/lena-krause", {v::schema::kPerson}, "Lena Krause", {"Krause", "Ministerin Krause"});
  b.Entity("person/tobias-krause", {v::schema::kPerson}, "Tobias Krause");
  b.Entity("person/karl-petersen", {v::schema::kPerson}, "Karl Petersen");
  b.Entity("person/maria-schmidt", {v::schema::kPerson}, "Maria Schmidt");
  b.Entity("org/stadtwerke-lindau", {v::schema::kOrganization}, "Stadtwerke Lindau",
           {"Stadtwerke", "Stadtwerken Lindau"});
  b.Entity("org/landesregierung", {v::schema::kOrganization}, "Landesregierung");
  b.Entity("place/lindau", {v::schema::kPlace}, "Lindau");
  b.Entity("place/konstanz", {v::schema::kPlace}, "Konstanz");
  b.Entity("place/oesterreich", {v::schema::kPlace, v::schema::kCountry}, "Österreich");

  b.Role("post/p1", "person/anna-bergmann", "Sprecherin", "org/stadtwerke-lindau");
  b.Evidence(rdf::Term::Iri(Id("post/p1")), rdf::Term::Iri(Id("evidence/e1")), "article/a1",
             kSentenceSprecherin, 0, 78);
  b.Role("post/p2", "person/jonas-weisshaupt", "Geschäftsführer", "org/stadtwerke-lindau");
  b.Evidence(rdf::Term::Iri(Id("post/p2")), rdf::Term::Iri(Id("evidence/e2")), "article/a1",
             kSentenceGf, 79, 162);
  // The same role read again from another article: merges into the same edge.
  b.Role("post/p3", "person/jonas-weisshaupt", "Geschäftsführer", "org/stadtwerke-lindau");
  b.Evidence(rdf::Term::Iri(Id("post/p3")), rdf::Term::Iri(Id("evidence/e3")), "article/a2",
             kSentenceGf2, 0, 67);
  b.Role("post/p4", "person/lena-krause", "Ministerin", "org/landesregierung");
  b.Evidence(rdf::Term::Iri(Id("post/p4")), rdf::Term{rdf::Term::Kind::Blank, "ev4", {}, {}},
             "article/a1", kSentenceMinisterin, 163, 217);
  b.Role("post/p5", "person/tobias-krause", "Sprecher", std::nullopt);
  b.Evidence(rdf::Term::Iri(Id("post/p5")), rdf::Term::Iri(Id("evidence/e5")), "article/a2",
             kSentenceSprecher, 300, 345);

  b.Meeting("event/m1", {"person/lena-krause", "person/anna-bergmann"}, "talks", "held",
            "place/lindau", "2025-03-12");
  b.Evidence(rdf::Term::Iri(Id("event/m1")), rdf::Term::Iri(Id("evidence/e6")), "article/a1",
             kSentenceTalks, 218, 294);
  b.Meeting("event/m2", {"person/anna-bergmann", "person/lena-krause"}, "talks", "held",
            std::nullopt, std::nullopt);
  b.Evidence(rdf::Term::Iri(Id("event/m2")), rdf::Term::Iri(Id("evidence/e7")), "article/a2",
             kSentenceTalks2, 68, 144);
  b.Meeting("event/m3", {"person/lena-krause", "person/jonas-weisshaupt", "person/karl-petersen"},
            "meeting", "planned", "place/konstanz", std::nullopt);
  b.Evidence(rdf::Term::Iri(Id("event/m3")), rdf::Term::Iri(Id("evidence/e8")), "article/a2",
             kSentenceMeeting, 145, 229);
  return std::move(b.model());
}

inline GraphIndex Project(const rdf::Model& model) { return IndexModel(model); }

inline Vertex V(const GraphIndex& kg, const std::string& local) {
  auto v = kg.FindIri(Id(local));
  if (!v) throw std::runtime_error("no vertex " + local);
  return *v;
}

// Owned copies of what the index holds, for comparisons in tests.
struct VertexData {
  std::string iri, label, type;
  std::vector<std::string> alt_labels, roles;
};

inline VertexData At(const GraphIndex& kg, Vertex v) {
  VertexData d{std::string(kg.iri(v)), std::string(kg.label(v)), std::string(kg.type(v)), {}, {}};
  for (auto alt : kg.alt_labels(v)) d.alt_labels.emplace_back(alt);
  for (auto role : kg.roles(v)) d.roles.emplace_back(role);
  return d;
}

struct EvidenceData {
  std::string article_id, sentence;
  std::optional<std::uint64_t> char_start, char_end;
  std::vector<std::string> qualifiers;
  bool operator==(const EvidenceData&) const = default;
};

struct EdgeData {
  std::string label, kind;
  bool directed = false;
  Vertex subject = 0;
  std::uint32_t weight = 0;
  std::vector<EvidenceData> evidence;
};

inline EdgeData EdgeAt(const GraphIndex& kg, Edge e) {
  const EdgeView view = kg.edge(e);
  EdgeData d{std::string(view.label), std::string(view.kind), view.directed, view.subject,
             view.weight, {}};
  for (std::size_t i = 0; i < view.evidence_count; ++i) {
    const EvidenceView ev = kg.evidence(e, i);
    EvidenceData data{std::string(ev.article_id), std::string(ev.sentence), ev.char_start,
                      ev.char_end, {}};
    for (auto q : ev.qualifiers) data.qualifiers.emplace_back(q);
    d.evidence.push_back(std::move(data));
  }
  return d;
}

}  // namespace newskg::graph::testing
