// GraphEmitter: the triples of the public contract (CONTRACT.md, schema/newskg.ttl) for an
// archive's entities and, one at a time, its articles with their roles, meetings and evidence.
// Output comes in blocks (an entity, an alias, an article with its facts), each with a key and
// a hash of what it is made from, so that a writer can copy an unchanged block from the
// previous output instead of writing it again. Memory holds only the set of posts written.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "rdf/iris.h"
#include "rdf/slug.h"
#include "rdf/triple_sink.h"
#include "resolution/entity_table.h"
#include "resolution/knowledge_base.h"
#include "resolution/resolved_article.h"

namespace newskg::rdf {

struct EmitCounts {
  std::uint64_t triples = 0;
  std::uint64_t articles = 0;
  std::uint64_t roles = 0;     // role facts (each with its evidence)
  std::uint64_t posts = 0;     // distinct org:Post nodes
  std::uint64_t meetings = 0;  // events: a meeting several articles report counts once
};

// What identifies a block of output and what it is made from.
struct BlockId {
  std::string key;         // 'E' + entity key, 'A' + alias key, 'R' + article id
  std::uint64_t hash = 0;  // equal hashes, equal triples
};

// An article resolved against the archive's entities, ready to be written.
struct PreparedArticle {
  const resolution::ResolvedArticle* article = nullptr;
  std::vector<std::optional<std::uint32_t>> entity;  // final entity of each local entity
  struct Role {
    const resolution::LocalRole* fact = nullptr;
    std::uint32_t person = 0;
    std::optional<std::uint32_t> of;
    std::string post;        // IRI
    bool first = false;      // the post's own triples are written here
    bool derived = false;    // the article's first reading of the post
  };
  std::vector<Role> roles;
  struct Meeting {
    const resolution::LocalMeeting* fact = nullptr;
    std::vector<std::uint32_t> attendees;  // final entities, sorted, at least two
    std::optional<std::uint32_t> location;
    std::optional<std::uint32_t> town;  // the town the location is in
    std::size_t number_at_sentence = 0;   // n of the meeting IRI
    std::optional<resolution::EventReport> shared;  // one report of an event several articles tell
    bool writes_derivation = true;  // false for a second report of a shared event in one article
    bool writes_time = true;        // false when the event already has this time expression
  };
  std::vector<Meeting> meetings;
  BlockId block;
};

class GraphEmitter {
 public:
  // Keeps references: all five must outlive the emitter. A role written without its owner
  // takes the one `owners` knows for the person's title.
  GraphEmitter(const resolution::EntityTable& entities, const resolution::EventTable& events,
               const resolution::RoleOwnerTable& owners, const IriMinter& iris, TripleSink& sink);

  // Entities in key order, then the owl:sameAs aliases of keys merged into another entity.
  std::size_t entity_count() const { return entities_.size(); }
  BlockId EntityBlock(std::uint32_t entity) const;
  void EmitEntity(std::uint32_t entity);
  std::size_t alias_count() const { return entities_.aliases().size(); }
  BlockId AliasBlock(std::size_t alias) const;
  void EmitAlias(std::size_t alias);

  // Articles, in article-id order (for byte-identical output whatever the input order), the
  // n-th being the n-th the event table was built from: Prepare resolves one and notes the
  // posts it introduces (call it for every article, also for those whose block is copied),
  // EmitArticle writes it. A meeting other articles also report is written as their shared
  // event: its first report writes the event, every report its own reading and evidence. `record_hash` identifies the
  // article's resolved content (its archive record).
  PreparedArticle Prepare(const resolution::ResolvedArticle& article, std::uint64_t record_hash);
  void EmitArticle(const PreparedArticle& article);

  // Everything so far, as counted by Prepare and the Emit calls.
  const EmitCounts& counts() const { return counts_; }

 private:
  void Add(const TermRef& s, std::string_view p, const TermRef& o);
  const std::string& EntityIri(std::uint32_t entity) const { return entity_iris_.at(entity); }
  const std::string& LabelSlug(const std::string& label);
  void AddDate(const TermRef& subject, std::string_view predicate, std::string_view date);
  void AddEvidence(const std::string& fact, const std::string& article_iri,
                   const resolution::ResolvedArticle& article, std::uint32_t sentence, char kind,
                   std::size_t n);

  const resolution::EntityTable& entities_;
  const resolution::EventTable& events_;
  const resolution::RoleOwnerTable& owners_;
  const IriMinter& iris_;
  TripleSink& sink_;
  Slugger slugger_;
  std::vector<std::string> entity_iris_;  // by entity index, made once
  std::unordered_map<std::string, std::string> label_slugs_;
  std::unordered_set<std::string> posts_written_;
  std::set<std::pair<std::uint32_t, std::string>> event_times_written_;  // (shared event, wording)
  std::uint32_t articles_prepared_ = 0;
  EmitCounts counts_;
};

// Everything: entities, aliases, then every article in the order given (tests, eval).
EmitCounts EmitKnowledgeBase(const resolution::KnowledgeBase& kb, const IriMinter& iris,
                             TripleSink& sink);

// A date as written into the graph: always an xsd:date (the first day of the month or year when
// only those are known, so that YEAR() and comparisons work in every engine), with the
// precision ("day", "month", "year") said apart; anything else stays an untyped literal.
struct DateValue {
  std::string lexical;        // "2025-04-01"
  std::string_view datatype;  // xsd:date, or empty for an untyped literal
  std::string_view precision; // "day", "month", "year", or empty
};
DateValue ToDateValue(std::string_view date);

}  // namespace newskg::rdf
