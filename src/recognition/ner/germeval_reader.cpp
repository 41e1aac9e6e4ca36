#include "recognition/ner/germeval_reader.h"

#include <fstream>
#include <sstream>

#include "common/input_error.h"
#include "common/atomic_file.h"
#include "recognition/ner/tag_set.h"

namespace newskg::recognition::ner {
namespace {

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> fields;
  std::size_t start = 0;
  while (true) {
    std::size_t tab = line.find('\t', start);
    if (tab == std::string_view::npos) {
      fields.push_back(line.substr(start));
      break;
    }
    fields.push_back(line.substr(start, tab - start));
    start = tab + 1;
  }
  while (!fields.empty() && fields.back().empty()) fields.pop_back();
  return fields;
}

bool AllDigits(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

bool IsBlank(std::string_view line) {
  return line.find_first_not_of(" \t") == std::string_view::npos;
}

}  // namespace

std::vector<LabeledSentence> ReadGermEval(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path.string(), "cannot open GermEval file");
  std::vector<LabeledSentence> sentences;
  LabeledSentence current;
  std::string line;
  std::size_t offset = 0;
  std::size_t line_number = 0;
  auto finish = [&] {
    if (!current.tokens.empty()) sentences.push_back(std::move(current));
    current = LabeledSentence{};
  };
  while (std::getline(in, line)) {
    const std::size_t line_offset = offset;
    offset += line.size() + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (IsBlank(line)) {
      finish();
      continue;
    }
    std::vector<std::string_view> fields = SplitTabs(line);
    auto fail = [&](const std::string& message) {
      throw InputError(path.string(), "line " + std::to_string(line_number) + ": " + message, line_offset);
    };
    if (line[0] == '#' && current.tokens.empty() &&
        (fields.size() < 2 || !IsBioTag(fields.back()))) {
      current.comments.push_back(line);
      continue;
    }
    std::string_view token, tag;
    if (fields.size() >= 3 && AllDigits(fields[0])) {
      token = fields[1];
      tag = fields[2];
    } else if (fields.size() == 2) {
      token = fields[0];
      tag = fields[1];
    } else {
      fail("expected 'index<TAB>token<TAB>tag...' or 'token<TAB>tag'");
    }
    if (token.empty()) fail("empty token");
    if (!IsBioTag(tag)) fail("unknown NER tag '" + std::string(tag) + "'");
    std::string kept(line.substr(0, line.find_last_not_of('\t') + 1));
    current.lines.push_back(std::move(kept));
    current.tokens.emplace_back(token);
    current.tags.emplace_back(tag);
  }
  finish();
  return sentences;
}

void SplitEvery(const std::vector<LabeledSentence>& sentences, std::size_t every,
                std::vector<LabeledSentence>& kept, std::vector<LabeledSentence>& held_out) {
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    if (every > 0 && i % every == every - 1) held_out.push_back(sentences[i]);
    else kept.push_back(sentences[i]);
  }
}

void WritePredictions(const std::filesystem::path& path,
                      const std::vector<LabeledSentence>& sentences,
                      const std::vector<std::vector<std::string>>& predicted) {
  std::string out;
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    if (s > 0) out += '\n';
    for (const std::string& comment : sentences[s].comments) out += comment + '\n';
    for (std::size_t i = 0; i < sentences[s].lines.size(); ++i) {
      out += sentences[s].lines[i];
      out += '\t';
      out += predicted[s][i];
      out += '\n';
    }
  }
  common::WriteFileAtomically(path, out, common::Overwrite::kAllow);
}

}  // namespace newskg::recognition::ner
