#include "archive/article_codec.h"

#include <algorithm>

namespace newskg::archive {
namespace {

using common::ByteReader;
using common::ByteWriter;
using resolution::ResolvedArticle;

// Counts beyond these are corruption, not news.
constexpr std::uint64_t kMaxItems = 1u << 24;

std::uint32_t Count(ByteReader& in, const char* what) {
  const std::uint64_t n = in.GetVarint();
  if (n > kMaxItems) in.Fail(std::string("implausible number of ") + what);
  return static_cast<std::uint32_t>(n);
}

std::uint32_t Index(ByteReader& in, std::size_t size, const char* what) {
  const std::uint64_t i = in.GetVarint();
  if (i >= size) in.Fail(std::string(what) + " out of range");
  return static_cast<std::uint32_t>(i);
}

void ReadHead(ByteReader& in, ResolvedArticle& article) {
  article.id = in.GetString();
  if (in.GetU8() != 0) article.date_published = in.GetString();
  const std::uint32_t entities = Count(in, "entities");
  article.entities.resize(entities);
  for (auto& entity : article.entities) {
    entity.key = in.GetString();
    for (auto& votes : entity.type_votes) votes = static_cast<std::uint32_t>(in.GetVarint());
    const std::uint8_t flags = in.GetU8();
    entity.is_country = (flags & 1) != 0;
    entity.named = (flags & 2) != 0;
    entity.names.resize(Count(in, "names"));
    for (auto& [name, count] : entity.names) {
      name = in.GetString();
      count = static_cast<std::uint32_t>(in.GetVarint());
    }
    entity.surfaces.resize(Count(in, "surfaces"));
    for (auto& surface : entity.surfaces) surface = in.GetString();
  }
  article.meetings.resize(Count(in, "meetings"));
  for (auto& meeting : article.meetings) {
    meeting.attendees.resize(Count(in, "attendees"));
    for (auto& attendee : meeting.attendees) attendee = Index(in, entities, "attendee");
    // The place's index plus one (0: none), doubled, plus one when it was inferred.
    const std::uint64_t location = in.GetVarint();
    if (location == 1) in.Fail("bad meeting place");
    if (location > 1) {
      if (location / 2 > entities) in.Fail("meeting place out of range");
      meeting.location = static_cast<std::uint32_t>(location / 2 - 1);
      meeting.location_inferred = (location & 1) != 0;
    }
    // The town's index plus one (0: none).
    if (const std::uint64_t town = in.GetVarint(); town > 0) {
      if (town > entities) in.Fail("meeting town out of range");
      meeting.town = static_cast<std::uint32_t>(town - 1);
    }
    meeting.time_text = in.GetString();
    meeting.date = in.GetString();
    const std::uint8_t status = in.GetU8();
    const std::uint8_t kind = in.GetU8();
    if (status > static_cast<std::uint8_t>(resolution::MeetingStatus::Considered) ||
        kind > static_cast<std::uint8_t>(resolution::MeetingKind::Visit)) {
      in.Fail("bad meeting status or kind");
    }
    meeting.status = static_cast<resolution::MeetingStatus>(status);
    meeting.kind = static_cast<resolution::MeetingKind>(kind);
    meeting.sentence = static_cast<std::uint32_t>(std::min<std::uint64_t>(in.GetVarint(), kMaxItems));
  }
}

void ReadRoles(ByteReader& in, ResolvedArticle& article, std::size_t sentences) {
  const std::size_t entities = article.entities.size();
  article.roles.resize(Count(in, "roles"));
  for (auto& role : article.roles) {
    role.person = Index(in, entities, "role holder");
    role.label = in.GetString();
    if (std::uint64_t of = in.GetVarint(); of > 0) {
      if (of > entities) in.Fail("role owner out of range");
      role.of = static_cast<std::uint32_t>(of - 1);
    }
    role.sentence = Index(in, sentences, "role sentence");
  }
}

}  // namespace

void EncodeArticle(const ResolvedArticle& article, ByteWriter& out) {
  out.PutString(article.id);
  out.PutU8(article.date_published ? 1 : 0);
  if (article.date_published) out.PutString(*article.date_published);
  out.PutVarint(article.entities.size());
  for (const auto& entity : article.entities) {
    out.PutString(entity.key);
    for (auto votes : entity.type_votes) out.PutVarint(votes);
    out.PutU8(static_cast<std::uint8_t>((entity.is_country ? 1 : 0) | (entity.named ? 2 : 0)));
    out.PutVarint(entity.names.size());
    for (const auto& [name, count] : entity.names) {
      out.PutString(name);
      out.PutVarint(count);
    }
    out.PutVarint(entity.surfaces.size());
    for (const auto& surface : entity.surfaces) out.PutString(surface);
  }
  out.PutVarint(article.meetings.size());
  for (const auto& meeting : article.meetings) {
    out.PutVarint(meeting.attendees.size());
    for (auto attendee : meeting.attendees) out.PutVarint(attendee);
    out.PutVarint(meeting.location ? (*meeting.location + 1u) * 2u + (meeting.location_inferred ? 1u : 0u) : 0u);
    out.PutVarint(meeting.town ? *meeting.town + 1u : 0u);
    out.PutString(meeting.time_text);
    out.PutString(meeting.date);
    out.PutU8(static_cast<std::uint8_t>(meeting.status));
    out.PutU8(static_cast<std::uint8_t>(meeting.kind));
    out.PutVarint(meeting.sentence);
  }
  out.PutVarint(article.sentences.size());
  for (const auto& sentence : article.sentences) {
    out.PutString(sentence.text);
    out.PutVarint(sentence.char_begin);
    out.PutVarint(sentence.char_end);
  }
  out.PutVarint(article.roles.size());
  for (const auto& role : article.roles) {
    out.PutVarint(role.person);
    out.PutString(role.label);
    out.PutVarint(role.of ? *role.of + 1u : 0u);
    out.PutVarint(role.sentence);
  }
}

ResolvedArticle DecodeEntities(std::string_view bytes, const std::string& file,
                               std::size_t offset) {
  ByteReader in(bytes, file, "archive segment", offset);
  ResolvedArticle article;
  ReadHead(in, article);
  return article;
}

ResolvedArticle DecodeEntitiesAndRoles(std::string_view bytes, const std::string& file,
                                       std::size_t offset) {
  ByteReader in(bytes, file, "archive segment", offset);
  ResolvedArticle article;
  ReadHead(in, article);
  const std::uint32_t sentences = Count(in, "sentences");
  for (std::uint32_t i = 0; i < sentences; ++i) {
    in.GetView();  // the text, skipped
    in.GetVarint();
    in.GetVarint();
  }
  ReadRoles(in, article, sentences);
  return article;
}

ResolvedArticle DecodeArticle(std::string_view bytes, const std::string& file,
                              std::size_t offset) {
  ByteReader in(bytes, file, "archive segment", offset);
  ResolvedArticle article;
  ReadHead(in, article);
  article.sentences.resize(Count(in, "sentences"));
  for (auto& sentence : article.sentences) {
    sentence.text = in.GetString();
    sentence.char_begin = in.GetVarint();
    sentence.char_end = in.GetVarint();
  }
  ReadRoles(in, article, article.sentences.size());
  for (const auto& meeting : article.meetings) {
    if (meeting.sentence >= article.sentences.size()) in.Fail("meeting sentence out of range");
  }
  if (!in.AtEnd()) in.Fail("trailing bytes in an article record");
  return article;
}

}  // namespace newskg::archive
