#include "rdf/rasqal_query_reading.h"

#include <cctype>

namespace newskg::rdf::detail {

rasqal_variable* VariableOf(rasqal_literal* literal) {
  if (literal == nullptr || literal->type != RASQAL_LITERAL_VARIABLE) return nullptr;
  return literal->value.variable;
}

std::string NameOf(const rasqal_variable* variable) {
  return reinterpret_cast<const char*>(variable->name);
}

std::string StringOf(rasqal_literal* literal) {
  if (literal == nullptr || literal->string == nullptr) return {};
  return std::string(reinterpret_cast<const char*>(literal->string), literal->string_len);
}

std::optional<std::string> ConstantString(rasqal_expression* expression) {
  if (expression == nullptr || expression->op != RASQAL_EXPR_LITERAL) return std::nullopt;
  rasqal_literal* literal = expression->literal;
  if (literal == nullptr) return std::nullopt;
  if (literal->type != RASQAL_LITERAL_STRING && literal->type != RASQAL_LITERAL_XSD_STRING) {
    return std::nullopt;
  }
  return StringOf(literal);
}

std::vector<rasqal_graph_pattern*> SubPatterns(rasqal_graph_pattern* gp) {
  std::vector<rasqal_graph_pattern*> subs;
  for (int i = 0;; ++i) {
    rasqal_graph_pattern* sub = rasqal_graph_pattern_get_sub_graph_pattern(gp, i);
    if (sub == nullptr) break;
    subs.push_back(sub);
  }
  return subs;
}

std::vector<rasqal_triple*> Triples(rasqal_graph_pattern* gp) {
  std::vector<rasqal_triple*> triples;
  if (rasqal_graph_pattern_get_operator(gp) != RASQAL_GRAPH_PATTERN_OPERATOR_BASIC) return triples;
  for (int i = 0;; ++i) {
    rasqal_triple* triple = rasqal_graph_pattern_get_triple(gp, i);
    if (triple == nullptr) break;
    triples.push_back(triple);
  }
  return triples;
}

std::vector<std::string> TripleVariables(const rasqal_triple* triple) {
  std::vector<std::string> names;
  for (rasqal_literal* part : {triple->subject, triple->predicate, triple->object, triple->origin}) {
    if (rasqal_variable* variable = VariableOf(part)) names.push_back(NameOf(variable));
  }
  return names;
}

void CollectPatternVariables(rasqal_graph_pattern* gp, std::set<std::string>& names) {
  for (rasqal_triple* triple : Triples(gp)) {
    for (const std::string& name : TripleVariables(triple)) names.insert(name);
  }
  if (rasqal_variable* origin = VariableOf(rasqal_graph_pattern_get_origin(gp))) {
    names.insert(NameOf(origin));
  }
  for (rasqal_graph_pattern* sub : SubPatterns(gp)) CollectPatternVariables(sub, names);
}

void CollectBasicPatterns(rasqal_graph_pattern* gp, std::vector<rasqal_graph_pattern*>& basics) {
  if (rasqal_graph_pattern_get_operator(gp) == RASQAL_GRAPH_PATTERN_OPERATOR_BASIC) {
    basics.push_back(gp);
  }
  for (rasqal_graph_pattern* sub : SubPatterns(gp)) CollectBasicPatterns(sub, basics);
}

std::set<std::string> EarlyBoundVariables(rasqal_graph_pattern* basic) {
  const std::vector<rasqal_triple*> triples = Triples(basic);
  std::set<std::string> early;
  if (triples.size() < 2) return early;
  std::set<std::string> seen;
  for (std::size_t i = 0; i + 1 < triples.size(); ++i) {
    for (const std::string& name : TripleVariables(triples[i])) {
      if (seen.insert(name).second) early.insert(name);
    }
  }
  return early;
}

std::string OpName(rasqal_op op) {
  std::string name = rasqal_expression_op_label(op);
  for (char& c : name) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return name;
}

std::string OperatorName(rasqal_graph_pattern* gp) {
  switch (rasqal_graph_pattern_get_operator(gp)) {
    case RASQAL_GRAPH_PATTERN_OPERATOR_OPTIONAL: return "OPTIONAL";
    case RASQAL_GRAPH_PATTERN_OPERATOR_UNION: return "UNION";
    case RASQAL_GRAPH_PATTERN_OPERATOR_GRAPH: return "GRAPH";
    case RASQAL_GRAPH_PATTERN_OPERATOR_MINUS: return "MINUS";
    case RASQAL_GRAPH_PATTERN_OPERATOR_SERVICE: return "SERVICE";
    case RASQAL_GRAPH_PATTERN_OPERATOR_SELECT: return "a sub-SELECT";
    case RASQAL_GRAPH_PATTERN_OPERATOR_VALUES: return "VALUES";
    case RASQAL_GRAPH_PATTERN_OPERATOR_LET: return "BIND";
    case RASQAL_GRAPH_PATTERN_OPERATOR_FILTER: return "FILTER";
    default: return "a group { }";
  }
}

}  // namespace newskg::rdf::detail
