// Article codec: a ResolvedArticle as bytes in the archive's segment files, and back. Decoding
// checks every count and index, so a damaged record is an InputError, never a crash.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "common/byte_codec.h"
#include "resolution/resolved_article.h"

namespace newskg::archive {

// Appends the encoding of `article` to `out`.
void EncodeArticle(const resolution::ResolvedArticle& article, common::ByteWriter& out);

// Decodes one record; `file` and `offset` (of `bytes` in the file) name it in errors.
resolution::ResolvedArticle DecodeArticle(std::string_view bytes, const std::string& file,
                                          std::size_t offset);

// The id, date, entities and meetings only (what cross-article resolution of entities and
// events needs), skipping the sentences and roles.
resolution::ResolvedArticle DecodeEntities(std::string_view bytes, const std::string& file,
                                           std::size_t offset);

// As DecodeEntities, and the roles (with their sentence numbers, but not the sentences).
resolution::ResolvedArticle DecodeEntitiesAndRoles(std::string_view bytes, const std::string& file,
                                                   std::size_t offset);

}  // namespace newskg::archive
