#include "graph/model_projection.h"

#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <map>
#include <set>
#include <stdexcept>

#include "common/input_error.h"
#include "rdf/vocabulary.h"

namespace newskg::graph {
namespace {

namespace vocab = rdf::vocab;
using rdf::Term;

// subject -> predicate IRI -> objects (in the sorted order Model::Triples gives).
class TripleIndex {
 public:
  explicit TripleIndex(const rdf::Model& model) {
    for (auto& t : model.Triples()) by_subject_[t.subject][t.predicate.value].push_back(t.object);
  }

  const std::vector<Term>& Objects(const Term& subject, std::string_view predicate) const {
    static const std::vector<Term> kNone;
    auto s = by_subject_.find(subject);
    if (s == by_subject_.end()) return kNone;
    auto p = s->second.find(std::string(predicate));
    return p == s->second.end() ? kNone : p->second;
  }

  std::optional<Term> First(const Term& subject, std::string_view predicate) const {
    const auto& objects = Objects(subject, predicate);
    if (objects.empty()) return std::nullopt;
    return objects.front();
  }

  bool HasType(const Term& subject, std::string_view type) const {
    for (const auto& o : Objects(subject, vocab::kRdfType)) {
      if (o.kind == Term::Kind::Iri && o.value == type) return true;
    }
    return false;
  }

  std::vector<Term> SubjectsWith(std::string_view predicate) const {
    std::vector<Term> out;
    for (const auto& [subject, predicates] : by_subject_) {
      if (predicates.count(std::string(predicate))) out.push_back(subject);
    }
    return out;
  }

  std::vector<Term> SubjectsOfType(std::string_view type) const {
    std::vector<Term> out;
    for (const auto& [subject, predicates] : by_subject_) {
      if (HasType(subject, type)) out.push_back(subject);
    }
    return out;
  }

 private:
  std::map<Term, std::map<std::string, std::vector<Term>>> by_subject_;
};

std::string LocalName(const std::string& iri) {
  auto cut = iri.find_last_of("/#");
  return cut == std::string::npos || cut + 1 == iri.size() ? iri : iri.substr(cut + 1);
}

// The rdfs:label to show: German first, then untagged, then any; the smallest text within a rank.
std::string PreferredLabel(const std::vector<Term>& labels, const std::string& iri) {
  const Term* best = nullptr;
  auto rank = [](const Term& t) {
    return t.language == vocab::kLanguage ? 0 : t.language.empty() ? 1 : 2;
  };
  for (const auto& l : labels) {
    if (l.kind != Term::Kind::Literal) continue;
    if (!best || std::make_pair(rank(l), std::cref(l.value)) <
                     std::make_pair(rank(*best), std::cref(best->value))) {
      best = &l;
    }
  }
  return best ? best->value : LocalName(iri);
}

std::string EntityType(const TripleIndex& index, const Term& entity) {
  if (index.HasType(entity, vocab::schema::kPerson)) return "Person";
  if (index.HasType(entity, vocab::schema::kOrganization)) return "Organization";
  if (index.HasType(entity, vocab::schema::kPlace) ||
      index.HasType(entity, vocab::schema::kCountry)) {
    return "Place";
  }
  return "";
}

struct OwnedEvidence {
  std::string article_id, sentence;
  std::optional<std::uint64_t> char_start, char_end;
  std::vector<std::string> qualifiers;
};

class EvidenceReader {
 public:
  EvidenceReader(const TripleIndex& index, const std::string& source)
      : index_(index), source_(source) {}

  // The evidence of a post or meeting: one per prov:qualifiedDerivation, else one (without a
  // sentence) per prov:wasDerivedFrom article.
  std::vector<OwnedEvidence> Read(const Term& fact) const {
    std::vector<OwnedEvidence> out;
    for (const auto& derivation : index_.Objects(fact, vocab::prov::kQualifiedDerivation)) {
      OwnedEvidence e;
      if (auto article = index_.First(derivation, vocab::prov::kEntity)) {
        e.article_id = ArticleId(*article);
      }
      if (auto sentence = index_.First(derivation, vocab::nkg::kSentence)) {
        e.sentence = sentence->value;
      }
      e.char_start = Offset(derivation, vocab::nkg::kCharStart);
      e.char_end = Offset(derivation, vocab::nkg::kCharEnd);
      out.push_back(std::move(e));
    }
    if (out.empty()) {
      for (const auto& article : index_.Objects(fact, vocab::prov::kWasDerivedFrom)) {
        out.push_back({ArticleId(article), {}, {}, {}, {}});
      }
    }
    return out;
  }

 private:
  std::string ArticleId(const Term& article) const {
    auto id = index_.First(article, vocab::schema::kIdentifier);
    return id ? id->value : LocalName(article.value);
  }

  std::optional<std::uint64_t> Offset(const Term& derivation, std::string_view predicate) const {
    auto term = index_.First(derivation, predicate);
    if (!term) return std::nullopt;
    std::uint64_t value = 0;
    const auto& text = term->value;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size()) {
      throw InputError(source_, "evidence " + derivation.value + " has a non-numeric " +
                                    LocalName(std::string(predicate)) + " \"" + text + "\"");
    }
    return value;
  }

  const TripleIndex& index_;
  const std::string& source_;
};

struct PendingRelation {
  std::string subject, object;
  RelationKind kind;
  std::string label;
  bool directed;
  std::optional<OwnedEvidence> evidence;  // none: the graph gives no provenance
};

class Projector {
 public:
  Projector(const rdf::Model& model, const std::string& source)
      : index_(model), evidence_(index_, source) {}

  void Run(IndexBuilder& builder) {
    for (auto type : {vocab::schema::kPerson, vocab::schema::kOrganization,
                      vocab::schema::kPlace, vocab::schema::kCountry}) {
      for (const auto& entity : index_.SubjectsOfType(type)) {
        if (entity.kind == Term::Kind::Iri) iris_.insert(entity.value);
      }
    }
    ReadRoles();
    ReadMeetings();
    std::map<std::string, std::uint32_t> vertex;
    for (const auto& iri : iris_) {  // std::set: IRI order
      const Term entity = Term::Iri(iri);
      VertexInput v;
      v.iri = iri;
      const auto& labels = index_.Objects(entity, vocab::rdfs::kLabel);
      v.label = PreferredLabel(labels, iri);
      v.type = EntityType(index_, entity);
      for (const auto& l : labels) v.alt_labels.push_back(l.value);
      for (const auto& l : index_.Objects(entity, vocab::skos::kAltLabel)) {
        v.alt_labels.push_back(l.value);
      }
      if (auto r = roles_.find(iri); r != roles_.end()) v.roles.assign(r->second.begin(), r->second.end());
      vertex[iri] = builder.AddVertex(v);
    }
    // Relations grouped by article, as the builder shares an article's sentences.
    auto article = [](const PendingRelation& r) {
      return r.evidence ? r.evidence->article_id : std::string();
    };
    std::stable_sort(relations_.begin(), relations_.end(),
                     [&](const auto& a, const auto& b) { return article(a) < article(b); });
    for (const auto& r : relations_) {
      const std::uint32_t s = vertex.at(r.subject), o = vertex.at(r.object);
      if (!r.evidence) {
        builder.AddRelation(s, o, r.kind, r.label, r.directed);
        continue;
      }
      const OwnedEvidence& ev = *r.evidence;
      builder.AddRelation(s, o, r.kind, r.label, r.directed,
                          {ev.article_id, ev.sentence, ev.char_start, ev.char_end, ev.qualifiers});
    }
  }

 private:
  void ReadRoles() {
    for (const auto& person : index_.SubjectsWith(vocab::org::kHolds)) {
      if (person.kind != Term::Kind::Iri) continue;
      iris_.insert(person.value);
      for (const auto& post : index_.Objects(person, vocab::org::kHolds)) {
        auto label = index_.Objects(post, vocab::rdfs::kLabel);
        if (label.empty()) continue;
        std::string role = PreferredLabel(label, post.value);
        roles_[person.value].insert(role);
        std::vector<Term> owners = index_.Objects(post, vocab::org::kPostIn);
        const auto& of_places = index_.Objects(post, vocab::nkg::kPostOf);
        owners.insert(owners.end(), of_places.begin(), of_places.end());
        for (const auto& of : owners) {
          if (of.kind != Term::Kind::Iri || of.value == person.value) continue;
          auto evidence = evidence_.Read(post);
          if (evidence.empty()) Add({person.value, of.value, RelationKind::HoldsPost, role, true, {}});
          for (auto& e : evidence) {
            Add({person.value, of.value, RelationKind::HoldsPost, role, true, std::move(e)});
          }
        }
      }
    }
  }

  void ReadMeetings() {
    for (const auto& meeting : index_.SubjectsOfType(vocab::schema::kEvent)) {
      std::vector<std::string> attendees;
      for (const auto& a : index_.Objects(meeting, vocab::schema::kAttendee)) {
        if (a.kind == Term::Kind::Iri) attendees.push_back(a.value);
      }
      std::sort(attendees.begin(), attendees.end());
      attendees.erase(std::unique(attendees.begin(), attendees.end()), attendees.end());
      if (attendees.empty()) continue;

      auto kind = index_.First(meeting, vocab::nkg::kMeetingKind);
      const std::string label = MeetingLabel(kind ? kind->value : "");
      std::optional<std::string> place;
      if (auto p = index_.First(meeting, vocab::schema::kLocation);
          p && p->kind == Term::Kind::Iri) {
        place = p->value;
      }
      // Qualifiers: status, place, date. The place is left out on edges that lead to it.
      std::vector<std::string> qualifiers, place_qualifiers;
      if (auto status = index_.First(meeting, vocab::nkg::kStatus)) {
        qualifiers.push_back(status->value);
      }
      place_qualifiers = qualifiers;
      if (place) {
        qualifiers.push_back(
            PreferredLabel(index_.Objects(Term::Iri(*place), vocab::rdfs::kLabel), *place));
      }
      std::optional<Term> when = index_.First(meeting, vocab::schema::kStartDate);
      if (when) {
        // A date known only to the month or year is written as its first day.
        const auto precision = index_.First(meeting, vocab::nkg::kDatePrecision);
        if (precision && precision->value == "month" && when->value.size() >= 7) {
          when->value.resize(7);
        } else if (precision && precision->value == "year" && when->value.size() >= 4) {
          when->value.resize(4);
        }
      } else {
        when = index_.First(meeting, vocab::nkg::kTimeExpression);
      }
      if (when) {
        qualifiers.push_back(when->value);
        place_qualifiers.push_back(when->value);
      }
      const auto evidence = evidence_.Read(meeting);
      for (const auto& a : attendees) iris_.insert(a);
      for (std::size_t i = 0; i < attendees.size(); ++i) {
        for (std::size_t j = i + 1; j < attendees.size(); ++j) {
          if (evidence.empty()) {
            Add({attendees[i], attendees[j], RelationKind::Meeting, label, false, {}});
          }
          for (auto e : evidence) {
            e.qualifiers = qualifiers;
            Add({attendees[i], attendees[j], RelationKind::Meeting, label, false, std::move(e)});
          }
        }
        if (place && *place != attendees[i]) {
          if (evidence.empty()) {
            Add({attendees[i], *place, RelationKind::MeetingPlace, label + " in", true, {}});
          }
          for (auto e : evidence) {
            e.qualifiers = place_qualifiers;
            Add({attendees[i], *place, RelationKind::MeetingPlace, label + " in", true,
                 std::move(e)});
          }
        }
      }
    }
  }

  void Add(PendingRelation relation) {
    iris_.insert(relation.subject);
    iris_.insert(relation.object);
    relations_.push_back(std::move(relation));
  }

  TripleIndex index_;
  EvidenceReader evidence_;
  std::set<std::string> iris_;
  std::map<std::string, std::set<std::string>> roles_;
  std::vector<PendingRelation> relations_;
};

// An anonymous in-memory file for an index built on the fly.
class MemoryFile {
 public:
  MemoryFile() : fd_(::memfd_create("newskg-index", MFD_CLOEXEC)) {
    if (fd_ < 0) throw std::runtime_error(std::string("memfd_create: ") + std::strerror(errno));
  }
  ~MemoryFile() { ::close(fd_); }
  MemoryFile(const MemoryFile&) = delete;
  MemoryFile& operator=(const MemoryFile&) = delete;
  int fd() const { return fd_; }

 private:
  int fd_;
};

}  // namespace

void ProjectModel(const rdf::Model& model, IndexBuilder& builder, const std::string& source) {
  Projector(model, source).Run(builder);
}

GraphIndex IndexModel(const rdf::Model& model, const std::string& source) {
  MemoryFile memory;
  IndexBuilder builder(memory.fd(), source);
  ProjectModel(model, builder, source);
  builder.Finish();
  return GraphIndex::FromMapped(common::MappedFile::FromDescriptor(memory.fd(), source));
}

GraphIndex IndexRdfFile(const std::filesystem::path& path, const std::string& syntax) {
  rdf::Model model;
  model.ParseFile(path.string(), syntax);
  return IndexModel(model, path.string());
}

}  // namespace newskg::graph
