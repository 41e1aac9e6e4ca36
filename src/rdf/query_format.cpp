#include "rdf/query_format.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "common/terminal_text.h"
#include "rdf/model.h"

namespace newskg::rdf {

namespace {

using Row = std::vector<std::optional<Term>>;

// ASK and CONSTRUCT answers seen as tables, so every format can treat all kinds alike.
struct Table {
  std::vector<std::string> variables;
  std::vector<Row> rows;
};

Table AsTable(const QueryResult& result) {
  Table table;
  if (result.kind == QueryResult::Kind::Graph) {
    table.variables = {"subject", "predicate", "object"};
    for (const Triple& t : result.triples) table.rows.push_back({t.subject, t.predicate, t.object});
  } else {
    table.variables = result.variables;
    table.rows = result.rows;
  }
  return table;
}

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

std::string TsvString(const std::string& text) {
  std::string out = "\"";
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
  return out + "\"";
}

std::string TsvValue(const std::optional<Term>& term) {
  if (!term) return {};
  switch (term->kind) {
    case Term::Kind::Iri: return "<" + term->value + ">";
    case Term::Kind::Blank: return "_:" + term->value;
    case Term::Kind::Literal: break;
  }
  std::string out = TsvString(term->value);
  if (!term->language.empty()) {
    out += "@" + term->language;
  } else if (!term->datatype.empty()) {
    out += "^^<" + term->datatype + ">";
  }
  return out;
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
  Table table = AsTable(result);
  std::vector<std::vector<std::string>> cells;
  cells.push_back(table.variables);
  for (const Row& row : table.rows) {
    std::vector<std::string> line;
    for (const auto& term : row) line.push_back(TableCell(term, prefixes));
    cells.push_back(std::move(line));
  }
  std::vector<std::size_t> widths(table.variables.size(), 0);
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
  Table table = AsTable(result);
  std::string out;
  for (std::size_t i = 0; i < table.variables.size(); ++i) {
    if (i > 0) out += ',';
    out += CsvField(table.variables[i]);
  }
  out += "\r\n";
  for (const Row& row : table.rows) {
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
  Table table = AsTable(result);
  std::string out;
  for (std::size_t i = 0; i < table.variables.size(); ++i) {
    if (i > 0) out += '\t';
    out += "?" + table.variables[i];
  }
  out += "\n";
  for (const Row& row : table.rows) {
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (i > 0) out += '\t';
      out += TsvValue(row[i]);
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
    Table table = AsTable(result);
    json["head"]["vars"] = table.variables;
    nlohmann::json bindings = nlohmann::json::array();
    for (const Row& row : table.rows) {
      nlohmann::json binding = nlohmann::json::object();
      for (std::size_t i = 0; i < row.size() && i < table.variables.size(); ++i) {
        if (row[i]) binding[table.variables[i]] = JsonTerm(*row[i]);
      }
      bindings.push_back(std::move(binding));
    }
    json["results"]["bindings"] = std::move(bindings);
  }
  return json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace newskg::rdf
