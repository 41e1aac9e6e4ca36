#include "archive/archive_reader.h"

#include <algorithm>

#include "archive/article_codec.h"
#include "common/input_error.h"

namespace newskg::archive {

void ArchiveSet::Add(SegmentReader segment) {
  const auto number = static_cast<std::uint32_t>(segments_.size());
  for (std::uint32_t i = 0; i < segment.entries().size(); ++i) {
    const std::string& id = segment.entries()[i].id;
    if (!by_id_.emplace(id, ArticleRef{number, i}).second) {
      throw InputError(segment.name(), "article " + id + " is also in another segment");
    }
  }
  segments_.push_back(std::move(segment));
}

std::optional<std::uint64_t> ArchiveSet::ContentHash(const std::string& id) const {
  auto it = by_id_.find(id);
  if (it == by_id_.end()) return std::nullopt;
  return segments_[it->second.segment].entries()[it->second.entry].content_hash;
}

std::vector<ArticleRef> ArchiveSet::InIdOrder() const {
  std::vector<std::pair<const std::string*, ArticleRef>> all;
  all.reserve(by_id_.size());
  for (const auto& [id, ref] : by_id_) all.emplace_back(&id, ref);
  std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return *a.first < *b.first; });
  std::vector<ArticleRef> refs;
  refs.reserve(all.size());
  for (const auto& [id, ref] : all) refs.push_back(ref);
  return refs;
}

resolution::ResolvedArticle ArchiveSet::Read(const ArticleRef& ref) const {
  const SegmentReader& segment = segments_.at(ref.segment);
  return DecodeArticle(segment.Record(ref.entry), segment.name(),
                       segment.entries()[ref.entry].offset);
}

std::uint64_t ArchiveSet::RecordHash(const ArticleRef& ref) const {
  return segments_.at(ref.segment).entries().at(ref.entry).record_hash;
}

resolution::ResolvedArticle ArchiveSet::ReadEntities(const ArticleRef& ref) const {
  const SegmentReader& segment = segments_.at(ref.segment);
  return DecodeEntities(segment.Record(ref.entry), segment.name(),
                        segment.entries()[ref.entry].offset);
}

resolution::ResolvedArticle ArchiveSet::ReadEntitiesAndRoles(const ArticleRef& ref) const {
  const SegmentReader& segment = segments_.at(ref.segment);
  return DecodeEntitiesAndRoles(segment.Record(ref.entry), segment.name(),
                                segment.entries()[ref.entry].offset);
}

ArchiveSet OpenArchive(const std::filesystem::path& generation, Manifest& manifest) {
  manifest = ReadManifest(generation);
  ArchiveSet set;
  for (const SegmentInfo& info : manifest.segments) {
    const std::filesystem::path path = generation / info.file;
    SegmentReader segment(common::MappedFile::Open(path));
    if (segment.size() != info.bytes || segment.entries().size() != info.articles) {
      throw InputError(path.string(), "does not match the archive manifest (size or article count)");
    }
    set.Add(std::move(segment));
  }
  return set;
}

}  // namespace newskg::archive
