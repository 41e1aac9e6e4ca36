#include "extraction/clauses.h"

#include <algorithm>
#include <cctype>

#include "text/utf8.h"

namespace newskg::extraction {

bool IsSubordinator(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "dass",  "ob",   "weil",   "während", "als",   "wenn", "obwohl",  "nachdem", "bevor",
      "damit", "wie",  "sodass", "falls",   "da",    "seit", "seitdem", "sobald",  "indem",
      "wobei", "wann", "wer",    "wo",      "warum", "ehe",  "bis"};
  for (std::string_view s : kWords) {
    if (w == s) return true;
  }
  return false;
}

namespace {

// ", der zugleich ...", ", die sich ...", ", der dem Rat angehört": a relative pronoun after a
// comma opens a clause when a determiner, a preposition, "sich" or an adverb follows it; an
// apposition goes on with an adjective or a noun (", der russische Präsident,").
bool OpensRelativeClause(std::string_view pronoun, std::string_view next) {
  if (pronoun != "der" && pronoun != "die" && pronoun != "das" && pronoun != "dem" && pronoun != "den" &&
      pronoun != "deren" && pronoun != "dessen") {
    return false;
  }
  static constexpr std::string_view kNext[] = {
      "der",   "die",      "das",     "dem",    "den",   "des",     "ein",       "eine",    "einen",  "einem",
      "einer", "sich",     "zugleich", "auch",  "bereits", "seit",  "noch",      "schon",   "erst",   "nun",
      "inzwischen", "derzeit", "zuvor", "damals", "jetzt", "selbst", "ebenfalls", "mit",   "von",    "vom",
      "für",   "über",     "gegen",   "zu",     "zum",   "zur",     "in",        "im",      "am",     "an",
      "auf",   "bei",      "beim",    "nach",   "aus",   "als",     "nicht",     "kein",    "keine",  "er",
      "sie",   "es",       "ihn",     "ihm",    "ihr",   "ihnen",   "wir",       "uns"};
  for (std::string_view w : kNext) {
    if (next == w) return true;
  }
  return false;
}

// ", mit dem er ...", ", bei der sie ...": a preposition and a relative pronoun after a comma
// open a clause as the pronoun alone does; ", mit dem Ziel" is no clause.
bool OpensPrepositionalRelativeClause(const std::vector<std::string>& folded, std::size_t i) {
  static constexpr std::string_view kPrepositions[] = {"mit", "bei", "an", "auf", "für", "über", "von", "zu",
                                                       "nach", "aus", "in", "gegen", "vor", "unter", "neben"};
  if (i + 2 >= folded.size() ||
      std::find(std::begin(kPrepositions), std::end(kPrepositions), folded[i]) == std::end(kPrepositions)) {
    return false;
  }
  if (folded[i + 1] == "denen") return true;
  return OpensRelativeClause(folded[i + 1], folded[i + 2]);
}

bool IsClauseBreak(const std::string& w) {
  if (w.size() == 1) {
    const char c = w[0];
    // ("Ulm (dpa) - Während ...": a hyphen alone is a dash.)
    return c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '-';
  }
  return w.size() == 3 && (w == "–" || w == "—");
}

}  // namespace

std::vector<int> SplitClauses(const std::vector<std::string>& words, const std::vector<std::string>& folded,
                              const std::function<bool(std::size_t)>& meeting_noun) {
  std::vector<int> clause(words.size(), 0);
  int next = 1;
  int current = 0;
  // Whether a meeting's noun stands between the last break before `comma` and it, close enough
  // to be what the pronoun refers to ("ein Treffen im Kanzleramt, an dem"; not "traf nach dem
  // Gespräch mit X den Minister Y, mit dem er").
  auto after_a_meeting = [&](std::size_t comma) {
    for (std::size_t k = comma; k-- > 0 && comma - k <= 4 && !IsClauseBreak(words[k]);) {
      if (meeting_noun && meeting_noun(k)) return true;
    }
    return false;
  };
  // ", nach der Drohnen in Ulm gebaut werden sollen": "nach" and a relative pronoun before a
  // noun open a clause (what a paper says) when what follows, up to the next break, ends in its
  // verb (a lower-case word); ", nach der Sitzung des Rates" ends in a noun.
  auto ends_in_verb = [&](std::size_t from) {
    std::size_t k = from;
    while (k + 1 < words.size() && !IsClauseBreak(words[k + 1]) && words[k + 1] != ".") ++k;
    return k >= from + 4 && !text::StartsUpper(words[k]) && words[k].size() > 2 &&
           !std::isdigit(static_cast<unsigned char>(words[k][0]));
  };
  auto according_to_which = [&](std::size_t i) {
    if (i + 2 >= words.size() || folded[i] != "nach") return false;
    const std::string& pronoun = folded[i + 1];
    return (pronoun == "der" || pronoun == "dem" || pronoun == "denen") && text::StartsUpper(words[i + 2]) &&
           ends_in_verb(i);
  };
  bool apposition = false;  // inside ", Anna Kessler," within a subordinate clause
  for (std::size_t i = 0; i < words.size(); ++i) {
    const bool after_break = i > 0 && IsClauseBreak(words[i - 1]);
    const bool at_start = i == 0 || after_break;
    const bool relative = i > 0 && words[i - 1] == "," && i + 1 < words.size() &&
                          (OpensRelativeClause(folded[i], folded[i + 1]) ||
                           OpensPrepositionalRelativeClause(folded, i) || according_to_which(i)) &&
                          !after_a_meeting(i - 1);
    if (at_start && (IsSubordinator(folded[i]) || relative) && !(i == 0 && folded[i] == "als")) {
      current = next++;
      apposition = false;
    } else if (after_break && current != 0 && words[i - 1] != "(" && words[i - 1] != ")") {
      // (A bracket, "(CDU)", is inside the clause: it ends none.)
      // A subordinate clause ends at the next break that is not followed by another one; a
      // name after a comma is an apposition inside it (", wo sie mit dem Chef, Anna Kessler,
      // sprechen will"), and the comma after the name goes on with the clause.
      if (words[i - 1] == "," && !apposition && text::StartsUpper(words[i])) {
        apposition = true;
      } else if (words[i - 1] == "," && apposition) {
        apposition = false;
      } else {
        current = 0;
        apposition = false;
      }
    }
    clause[i] = current;
  }
  return clause;
}

bool IsQuoteMark(const std::string& w) {
  return w == "„" || w == "»" || w == "‚" || w == "“" || w == "«" || w == "‘" || w == "”" || w == "\"";
}

std::vector<bool> QuotedTokens(const std::vector<std::string>& words) {
  std::vector<bool> quoted(words.size(), false);
  // Guillemets point inwards in German (»...«) and outwards in Swiss and Austrian text («...»):
  // the first one of the sentence tells which.
  bool outwards = false;
  for (const std::string& w : words) {
    if (w.size() == 2 && static_cast<unsigned char>(w[0]) == 0xC2 && (w == "«" || w == "»")) {
      outwards = w == "«";
      break;
    }
  }
  const std::string_view opening = outwards ? "«" : "»";
  const std::string_view closing = outwards ? "»" : "«";
  bool inside = false;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    // Quote marks are '"' or start with the UTF-8 lead bytes of U+00AB-U+00BB and U+2018-U+201E.
    const auto lead = w.empty() ? 0 : static_cast<unsigned char>(w[0]);
    if (lead != '"' && lead != 0xC2 && lead != 0xE2) {
      quoted[i] = inside;
      continue;
    }
    bool open = w == "„" || w == opening || w == "‚";
    bool close = w == "“" || w == closing || w == "‘" || w == "”";
    if (w == "\"") {
      if (inside) close = true; else open = true;
    }
    if (open && !inside) { inside = true; quoted[i] = true; continue; }
    if (close && inside) { inside = false; quoted[i] = true; continue; }
    quoted[i] = inside;
  }
  return quoted;
}

std::vector<bool> BracketedTokens(const std::vector<std::string>& words) {
  std::vector<bool> bracketed(words.size(), false);
  std::size_t depth = 0;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (words[i] == "(") ++depth;
    bracketed[i] = depth > 0;
    if (words[i] == ")" && depth > 0) --depth;
  }
  return bracketed;
}

}  // namespace newskg::extraction
