#include "rdf/sparql_lexer.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace newskg::rdf {
namespace {

using Kind = SparqlToken::Kind;

bool IsAsciiLetter(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }
// Letters of names: ASCII letters, digits, '_' and any byte of a multi-byte UTF-8 character
// (SPARQL allows most non-ASCII characters in names).
bool IsNameChar(unsigned char c) { return IsAsciiLetter(c) || IsDigit(c) || c == '_' || c >= 0x80; }

// Characters that may not appear inside an IRIREF (SPARQL grammar rule [139]).
bool IsIriChar(unsigned char c) {
  if (c <= 0x20) return false;
  switch (c) {
    case '<': case '>': case '"': case '{': case '}': case '|': case '^': case '`': case '\\':
      return false;
    default:
      return true;
  }
}

bool EqualsIgnoringCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::toupper(static_cast<unsigned char>(x)) ==
                  std::toupper(static_cast<unsigned char>(y));
         });
}

class Lexer {
 public:
  explicit Lexer(std::string_view text) : text_(text) {}

  std::vector<SparqlToken> Run() {
    std::vector<SparqlToken> tokens;
    while (SkipSpaceAndComments()) tokens.push_back(Next());
    return tokens;
  }

 private:
  unsigned char At(std::size_t i) const {
    return i < text_.size() ? static_cast<unsigned char>(text_[i]) : 0;
  }

  bool SkipSpaceAndComments() {
    while (pos_ < text_.size()) {
      const unsigned char c = At(pos_);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        ++pos_;
      } else if (c == '#') {
        while (pos_ < text_.size() && At(pos_) != '\n') ++pos_;
      } else {
        return true;
      }
    }
    return false;
  }

  SparqlToken Make(Kind kind, std::size_t start, std::size_t end, std::size_t text_start,
                   std::size_t text_end) {
    pos_ = end;
    return {kind, std::string(text_.substr(text_start, text_end - text_start)), start};
  }

  SparqlToken Next() {
    const std::size_t start = pos_;
    const unsigned char c = At(pos_);
    if (c == '<') {
      std::size_t end = pos_ + 1;
      while (end < text_.size() && IsIriChar(At(end))) ++end;
      if (At(end) == '>') return Make(Kind::Iri, start, end + 1, start + 1, end);
      if (At(pos_ + 1) == '=') return Make(Kind::Punct, start, pos_ + 2, start, pos_ + 2);
      return Make(Kind::Punct, start, pos_ + 1, start, pos_ + 1);
    }
    if ((c == '?' || c == '$') && IsNameChar(At(pos_ + 1))) {
      std::size_t end = pos_ + 1;
      while (end < text_.size() && IsNameChar(At(end))) ++end;
      return Make(Kind::Variable, start, end, start + 1, end);
    }
    if (c == '"' || c == '\'') return String(c);
    if (c == '@' && IsAsciiLetter(At(pos_ + 1))) {
      std::size_t end = pos_ + 1;
      while (end < text_.size() && (IsAsciiLetter(At(end)) || IsDigit(At(end)) || At(end) == '-')) {
        ++end;
      }
      return Make(Kind::LangTag, start, end, start + 1, end);
    }
    if (c == '_' && At(pos_ + 1) == ':') {
      std::size_t end = pos_ + 2;
      while (end < text_.size() && (IsNameChar(At(end)) || At(end) == '-' || At(end) == '.')) ++end;
      while (end > pos_ + 2 && At(end - 1) == '.') --end;
      return Make(Kind::BlankNode, start, end, start, end);
    }
    if (IsDigit(c) || (c == '.' && IsDigit(At(pos_ + 1)))) {
      return Number();
    }
    if (IsNameChar(c) || c == ':') return Name();
    static constexpr std::array<std::string_view, 6> kPairs = {"^^", "&&", "||", "!=", "<=", ">="};
    for (std::string_view pair : kPairs) {
      if (text_.substr(pos_, 2) == pair) return Make(Kind::Punct, start, pos_ + 2, start, pos_ + 2);
    }
    return Make(Kind::Punct, start, pos_ + 1, start, pos_ + 1);
  }

  SparqlToken String(unsigned char quote) {
    const std::size_t start = pos_;
    const bool triple = At(pos_ + 1) == quote && At(pos_ + 2) == quote;
    std::size_t end = pos_ + (triple ? 3 : 1);
    while (end < text_.size()) {
      const unsigned char c = At(end);
      if (c == '\\') {
        end += 2;
        continue;
      }
      if (c == quote) {
        if (!triple) {
          ++end;
          break;
        }
        if (At(end + 1) == quote && At(end + 2) == quote) {
          end += 3;
          break;
        }
      }
      if (!triple && (c == '\n' || c == '\r')) break;
      ++end;
    }
    end = std::min(end, text_.size());
    return Make(Kind::String, start, end, start, end);
  }

  SparqlToken Number() {
    const std::size_t start = pos_;
    std::size_t end = pos_;
    while (IsDigit(At(end))) ++end;
    if (At(end) == '.' && IsDigit(At(end + 1))) {
      ++end;
      while (IsDigit(At(end))) ++end;
    }
    if ((At(end) == 'e' || At(end) == 'E') &&
        (IsDigit(At(end + 1)) || ((At(end + 1) == '+' || At(end + 1) == '-') && IsDigit(At(end + 2))))) {
      end += 2;
      while (IsDigit(At(end))) ++end;
    }
    return Make(Kind::Number, start, end, start, end);
  }

  SparqlToken Name() {
    const std::size_t start = pos_;
    std::size_t end = pos_;
    bool prefixed = false;
    while (end < text_.size()) {
      const unsigned char c = At(end);
      if (c == ':') {
        prefixed = true;
      } else if (c == '%' && prefixed) {
        // PLX percent escape in a local name.
      } else if (c == '\\' && prefixed && end + 1 < text_.size()) {
        ++end;  // PN_LOCAL_ESC
      } else if (!(IsNameChar(c) || c == '-' || c == '.')) {
        break;
      }
      ++end;
    }
    while (end > start + 1 && At(end - 1) == '.') --end;  // a name never ends with '.'
    return Make(prefixed ? Kind::PrefixedName : Kind::Word, start, end, start, end);
  }

  std::string_view text_;
  std::size_t pos_ = 0;
};

bool IsWord(const SparqlToken& token, std::string_view word) {
  return token.kind == Kind::Word && EqualsIgnoringCase(token.text, word);
}

bool IsPunct(const SparqlToken& token, std::string_view text) {
  return token.kind == Kind::Punct && token.text == text;
}

// An IRI in the predicate position of a path: <iri>, prefix:name or the keyword a.
bool IsPathIri(const SparqlToken& token) {
  return token.kind == Kind::Iri || token.kind == Kind::PrefixedName || IsWord(token, "a");
}

std::string Spelled(const SparqlToken& token) {
  return token.kind == Kind::Iri ? "<" + token.text + ">" : token.text;
}

// The form keyword comes after the prologue (BASE, PREFIX) and Virtuoso's DEFINE pragmas.
std::size_t SkipPrologue(const std::vector<SparqlToken>& tokens) {
  std::size_t i = 0;
  while (i < tokens.size()) {
    if (IsWord(tokens[i], "BASE")) {
      i += 2;
    } else if (IsWord(tokens[i], "PREFIX")) {
      i += 3;
    } else if (IsWord(tokens[i], "DEFINE")) {
      i += 3;
      while (i < tokens.size() && IsPunct(tokens[i], ",")) i += 2;
    } else {
      break;
    }
  }
  return i;
}

QueryForm FormOf(const SparqlToken& token) {
  if (token.kind != Kind::Word) return QueryForm::Unknown;
  if (EqualsIgnoringCase(token.text, "SELECT")) return QueryForm::Select;
  if (EqualsIgnoringCase(token.text, "ASK")) return QueryForm::Ask;
  if (EqualsIgnoringCase(token.text, "CONSTRUCT")) return QueryForm::Construct;
  if (EqualsIgnoringCase(token.text, "DESCRIBE")) return QueryForm::Describe;
  static constexpr std::array<std::string_view, 11> kUpdates = {
      "INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH", "SPARQL"};
  for (std::string_view update : kUpdates) {
    if (EqualsIgnoringCase(token.text, update)) return QueryForm::Update;
  }
  return QueryForm::Unknown;
}

// A path operator after `previous` (an IRI) where an expression could not have one: before
// a term of the triple's object or another path step, never before '(' (a function call).
std::string PathAt(const std::vector<SparqlToken>& tokens, std::size_t i) {
  const SparqlToken& op = tokens[i];
  const SparqlToken* previous = i > 0 ? &tokens[i - 1] : nullptr;
  const SparqlToken* next = i + 1 < tokens.size() ? &tokens[i + 1] : nullptr;
  const SparqlToken* after_next = i + 2 < tokens.size() ? &tokens[i + 2] : nullptr;
  if (next == nullptr) return {};
  const bool next_is_call = after_next != nullptr && IsPunct(*after_next, "(");
  if (IsPunct(op, "^") && IsPathIri(*next) && !next_is_call) return "^" + Spelled(*next);
  if (previous == nullptr || !IsPathIri(*previous)) return {};
  if ((IsPunct(op, "/") || IsPunct(op, "|")) &&
      ((IsPathIri(*next) && !next_is_call) || IsPunct(*next, "^") || IsPunct(*next, "!"))) {
    return Spelled(*previous) + op.text + (IsPathIri(*next) ? Spelled(*next) : next->text);
  }
  if (IsPunct(op, "+") || IsPunct(op, "*") || IsPunct(op, "?")) {
    const bool object_follows = next->kind == Kind::Variable || next->kind == Kind::Iri ||
                                next->kind == Kind::PrefixedName ||
                                next->kind == Kind::BlankNode || next->kind == Kind::String ||
                                IsPunct(*next, "/") || IsPunct(*next, "|") || IsPunct(*next, "[");
    if (object_follows) return Spelled(*previous) + op.text;
  }
  return {};
}

}  // namespace

std::vector<SparqlToken> TokenizeSparql(std::string_view text) { return Lexer(text).Run(); }

std::string QueryFormName(QueryForm form) {
  switch (form) {
    case QueryForm::Select: return "SELECT";
    case QueryForm::Ask: return "ASK";
    case QueryForm::Construct: return "CONSTRUCT";
    case QueryForm::Describe: return "DESCRIBE";
    case QueryForm::Update: return "an update";
    case QueryForm::Unknown: break;
  }
  return "unknown";
}

LexicalFacts InspectSparql(std::string_view text) {
  const std::vector<SparqlToken> tokens = TokenizeSparql(text);
  LexicalFacts facts;
  const std::size_t body = SkipPrologue(tokens);
  if (body < tokens.size()) {
    facts.form = FormOf(tokens[body]);
    if (facts.form != QueryForm::Unknown) facts.form_keyword = tokens[body].text;
  }
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const SparqlToken& token = tokens[i];
    const SparqlToken* next = i + 1 < tokens.size() ? &tokens[i + 1] : nullptr;
    if (IsWord(token, "SERVICE")) {
      std::size_t target = i + 1;
      if (target < tokens.size() && IsWord(tokens[target], "SILENT")) ++target;
      facts.services.push_back(target < tokens.size() ? Spelled(tokens[target]) : "");
    } else if (IsWord(token, "FROM") && next != nullptr) {
      if (IsWord(*next, "NAMED")) {
        if (i + 2 < tokens.size()) facts.from_named.push_back(Spelled(tokens[i + 2]));
      } else {
        facts.from.push_back(Spelled(*next));
      }
    } else if (IsWord(token, "DEFINE") && next != nullptr && next->kind == Kind::PrefixedName) {
      const std::string& name = next->text;
      if (name.rfind("get:", 0) == 0 || name.rfind("input:grab", 0) == 0) {
        facts.remote_pragmas.push_back(name);
      }
    } else if (IsWord(token, "EXISTS")) {
      facts.exists = true;
    } else if (token.kind == Kind::Punct) {
      std::string path = PathAt(tokens, i);
      if (!path.empty() &&
          std::find(facts.property_paths.begin(), facts.property_paths.end(), path) ==
              facts.property_paths.end()) {
        facts.property_paths.push_back(std::move(path));
      }
    }
  }
  return facts;
}

}  // namespace newskg::rdf
