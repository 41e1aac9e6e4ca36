#include "rdf/query_format.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "common/terminal_text.h"
#include "rdf/model.h"

namespace newskg::rdf {

namespace {

using Row = std::vector<std::optional<Term>>;

// SELECT and CONSTRUCT answers seen as tables, so every format can treat both alike. A SELECT
// answer's rows are not copied.
class Table {
 public:
  explicit Table(const QueryResult& result) : rows_(&result.rows) {
    if (result.kind != QueryResult::Kind::Graph) {
      variables_ = result.variables;
      return;
    }
    variables_ = {"subject", "predicate", "object"};
    graph_rows_.reserve(result.triples.size());
    for (const Triple& t : result.triples) graph_rows_.push_back({t.subject, t.predicate, t.object});
    rows_ = &graph_rows_;
  }
  Table(const Table&) = delete;
  Table& operator=(const Table&) = delete;

  const std::vector<std::string>& variables() const { return variables_; }
  const std::vector<Row>& rows() const { return *rows_; }

 private:
  std::vector<std::string> variables_;
  std::vector<Row> graph_rows_;
  const std::vector<Row>* rows_;
};

std::size_t CodePoints(const std::string& text) {
  std::size_t count = 0;
  int32_t i = 0;
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  while (i < length) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    ++count;
  }
  return count;
}

std::string TableCell(const std::optional<Term>& term, const PrefixMap& prefixes) {
  if (!term) return {};
  std::string text;
  switch (term->kind) {
    case Term::Kind::Iri: {
      text = ShortenIri(term->value, prefixes);
      if (text.empty()) text = "<" + term->value + ">";
      break;
    }
    case Term::Kind::Blank:
      text = "_:" + term->value;
      break;
    case Term::Kind::Literal:
      text = term->value;
      break;
  }
  std::replace_if(text.begin(), text.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
  return common::EscapeForTerminal(text);
}

void AppendTsvString(const std::string& text, std::string& out) {
  out += '"';
  for (char c : text) {
    switch (c) {
      case '\t': out += "\\t"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      default: out += c; break;
    }
  }
  out += '"';
}

void AppendTsvValue(const std::optional<Term>& term, std::string& out) {
  if (!term) return;
  switch (term->kind) {
    case Term::Kind::Iri:
      out.append("<").append(term->value).append(">");
      return;
    case Term::Kind::Blank:
      out.append("_:").append(term->value);
      return;
    case Term::Kind::Literal:
      break;
  }
  AppendTsvString(term->value, out);
  if (!term->language.empty()) {
    out.append("@").append(term->language);
  } else if (!term->datatype.empty()) {
    out.append("^^<").append(term->datatype).append(">");
  }
}

std::string CsvValue(const std::optional<Term>& term) {
  if (!term) return {};
  return term->kind == Term::Kind::Blank ? "_:" + term->value : term->value;
}

std::string CsvField(const std::string& value) {
  if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
  std::string quoted = "\"";
  for (char c : value) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

nlohmann::json JsonTerm(const Term& term) {
  nlohmann::json value;
  switch (term.kind) {
    case Term::Kind::Iri:
      value["type"] = "uri";
      break;
    case Term::Kind::Blank:
      value["type"] = "bnode";
      break;
    case Term::Kind::Literal:
      value["type"] = "literal";
      if (!term.language.empty()) value["xml:lang"] = term.language;
      if (!term.datatype.empty()) value["datatype"] = term.datatype;
      break;
  }
  value["value"] = term.value;
  return value;
}

}  // namespace

std::string FormatTable(const QueryResult& result) {
  return FormatTable(result, StandardPrefixes());
}

std::string FormatTable(const QueryResult& result, const PrefixMap& prefixes) {
  if (result.kind == QueryResult::Kind::Boolean) return result.boolean ? "true\n" : "false\n";
  const Table table(result);
  std::vector<std::vector<std::string>> cells;
  cells.push_back(table.variables());
  for (const Row& row : table.rows()) {
    std::vector<std::string> line;
    for (const auto& term : row) line.push_back(TableCell(term, prefixes));
    cells.push_back(std::move(line));
  }
  std::vector<std::size_t> widths(table.variables().size(), 0);
  for (const auto& line : cells) {
    for (std::size_t i = 0; i < line.size() && i < widths.size(); ++i) {
      widths[i] = std::max(widths[i], CodePoints(line[i]));
    }
  }
  std::string out;
  auto write_line = [&](const std::vector<std::string>& line) {
    std::string text;
    for (std::size_t i = 0; i < widths.size(); ++i) {
      const std::string cell = i < line.size() ? line[i] : std::string();
      if (i > 0) text += "  ";
      text += cell;
      text.append(widths[i] - CodePoints(cell), ' ');
    }
    while (!text.empty() && text.back() == ' ') text.pop_back();
    out += text + "\n";
  };
  write_line(cells.front());
  std::vector<std::string> rule;
  for (std::size_t width : widths) rule.push_back(std::string(width, '-'));
  write_line(rule);
  for (std::size_t i = 1; i < cells.size(); ++i) write_line(cells[i]);
  return out;
}

std::string FormatCsv(const QueryResult& result) {
  if (result.kind == QueryResult::Kind::Boolean) return result.boolean ? "true\r\n" : "false\r\n";
  const Table table(result);
  std::string out;
  for (std::size_t i = 0; i < table.variables().size(); ++i) {
    if (i > 0) out += ',';
    out += CsvField(table.variables()[i]);
  }
  out += "\r\n";
  for (const Row& row : table.rows()) {
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (i > 0) out += ',';
      out += CsvField(CsvValue(row[i]));
    }
    out += "\r\n";
  }
  return out;
}

std::string FormatTsv(const QueryResult& result) {
  if (result.kind == QueryResult::Kind::Boolean) return result.boolean ? "true\n" : "false\n";
  const Table table(result);
  std::string out;
  for (std::size_t i = 0; i < table.variables().size(); ++i) {
    if (i > 0) out += '\t';
    out += "?" + table.variables()[i];
  }
  out += "\n";
  for (const Row& row : table.rows()) {
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (i > 0) out += '\t';
      AppendTsvValue(row[i], out);
    }
    out += "\n";
  }
  return out;
}

std::string FormatGraph(const QueryResult& result, std::string_view syntax, const PrefixMap& prefixes) {
  Model graph;
  for (const auto& [name, iri] : prefixes) graph.AddPrefix(name, iri);
  for (const Triple& triple : result.triples) graph.Add(triple);
  return graph.Serialize(syntax);
}

std::string FormatJson(const QueryResult& result) {
  nlohmann::json json;
  if (result.kind == QueryResult::Kind::Boolean) {
    json["head"] = nlohmann::json::object();
    json["boolean"] = result.boolean;
  } else {
    const Table table(result);
    json["head"]["vars"] = table.variables();
    nlohmann::json bindings = nlohmann::json::array();
    for (const Row& row : table.rows()) {
      nlohmann::json binding = nlohmann::json::object();
      for (std::size_t i = 0; i < row.size() && i < table.variables().size(); ++i) {
        if (row[i]) binding[table.variables()[i]] = JsonTerm(*row[i]);
      }
      bindings.push_back(std::move(binding));
    }
    json["results"]["bindings"] = std::move(bindings);
  }
  return json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace newskg::rdf
