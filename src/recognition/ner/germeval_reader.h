// GermEval 2014 TSV: reading labelled sentences (outer tags) and writing predictions.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace newskg::recognition::ner {

struct LabeledSentence {
  std::vector<std::string> comments;  // "#\tURL\t[date]" lines before the tokens, as read
  std::vector<std::string> lines;     // the token lines as read (trailing empty fields dropped)
  std::vector<std::string> tokens;
  std::vector<std::string> tags;      // outer BIO tags
};

// Accepts GermEval's 4-column layout (index, token, outer, inner) and also 2- and 3-column
// "token<TAB>tag" / "index<TAB>token<TAB>tag" files; sentences end at blank lines.
// Throws InputError naming file and line on an unknown tag or a malformed line.
std::vector<LabeledSentence> ReadGermEval(const std::filesystem::path& path);

// Every `every`-th sentence (index % every == every - 1) goes to `held_out`, the rest to `kept`.
void SplitEvery(const std::vector<LabeledSentence>& sentences, std::size_t every,
                std::vector<LabeledSentence>& kept, std::vector<LabeledSentence>& held_out);

// The input with each token line's predicted tag appended as a last column; atomic write.
void WritePredictions(const std::filesystem::path& path,
                      const std::vector<LabeledSentence>& sentences,
                      const std::vector<std::vector<std::string>>& predicted);

}  // namespace newskg::recognition::ner
