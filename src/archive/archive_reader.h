// ArchiveReader: the resolved articles of an output folder's generation (its manifest and
// segments), checked on opening, readable in article-id order.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "archive/manifest.h"
#include "archive/segment.h"
#include "resolution/resolved_article.h"

namespace newskg::archive {

// Where one article lives: which segment, which entry.
struct ArticleRef {
  std::uint32_t segment = 0;
  std::uint32_t entry = 0;
};

class ArchiveSet {
 public:
  // Adds a segment (of an earlier generation, or the one just written); throws InputError when
  // an article id is already present.
  void Add(SegmentReader segment);

  std::size_t article_count() const { return by_id_.size(); }
  const std::vector<SegmentReader>& segments() const { return segments_; }

  // The content hash of the article with this id, if present.
  std::optional<std::uint64_t> ContentHash(const std::string& id) const;

  // Every article, ordered by id.
  std::vector<ArticleRef> InIdOrder() const;

  resolution::ResolvedArticle Read(const ArticleRef& ref) const;
  // The hash of the article's record: equal hashes, equal resolved articles.
  std::uint64_t RecordHash(const ArticleRef& ref) const;
  resolution::ResolvedArticle ReadEntities(const ArticleRef& ref) const;
  resolution::ResolvedArticle ReadEntitiesAndRoles(const ArticleRef& ref) const;

 private:
  std::vector<SegmentReader> segments_;
  std::unordered_map<std::string, ArticleRef> by_id_;
};

// Opens the generation folder's manifest and every segment it lists (sizes checked).
ArchiveSet OpenArchive(const std::filesystem::path& generation, Manifest& manifest);

}  // namespace newskg::archive
