// GraphEmitter: the triples of the public contract (CONTRACT.md, schema/newskg.ttl) for an
// archive's entities and, one at a time, its articles with their roles, meetings and evidence.
// Streams to any TripleSink; memory holds only the set of posts already written.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>

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
  std::uint64_t meetings = 0;
};

class GraphEmitter {
 public:
  // Keeps references: all three must outlive the emitter.
  GraphEmitter(const resolution::EntityTable& entities, const IriMinter& iris, TripleSink& sink);

  // Every entity (type, label, alternative labels) in key order, then the owl:sameAs links of
  // keys merged into another entity.
  void EmitEntities();

  // One article: the schema:NewsArticle, its mentions, roles (org:Post, written once per post
  // IRI, with one prov derivation per fact) and meetings (schema:Event). Call in article-id
  // order for byte-identical output whatever the input order.
  void EmitArticle(const resolution::ResolvedArticle& article);

  const EmitCounts& counts() const { return counts_; }

 private:
  void Add(const TermRef& s, std::string_view p, const TermRef& o);
  const std::string& EntityIri(std::uint32_t entity);
  const std::string& LabelSlug(const std::string& label);
  void AddEvidence(const std::string& fact, const std::string& article_iri,
                   const resolution::ResolvedArticle& article, std::uint32_t sentence, char kind,
                   std::size_t n);

  const resolution::EntityTable& entities_;
  const IriMinter& iris_;
  TripleSink& sink_;
  Slugger slugger_;
  std::vector<std::string> entity_iris_;  // by entity index, made once
  std::unordered_map<std::string, std::string> label_slugs_;
  std::unordered_set<std::string> posts_written_;
  EmitCounts counts_;
};

// Everything: entities, then every article in id order.
EmitCounts EmitKnowledgeBase(const resolution::KnowledgeBase& kb, const IriMinter& iris,
                             TripleSink& sink);

// "2025-04-11" -> xsd:date, "2025-04" -> xsd:gYearMonth, "2025" -> xsd:gYear, else untyped.
TermRef DateTerm(std::string_view date);

}  // namespace newskg::rdf
