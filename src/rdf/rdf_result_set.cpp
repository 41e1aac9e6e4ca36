#include "rdf/rdf_result_set.h"

#include <algorithm>
#include <map>
#include <stdexcept>

namespace newskg::rdf {
namespace {

const std::string kRes = "http://www.w3.org/2005/sparql-results#";
const std::string kType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

// A node of the result-set graph: an IRI or a blank node, by kind and value.
std::string Key(const Term& term) { return (term.kind == Term::Kind::Blank ? "_:" : "<") + term.value; }

struct Binding {
  std::optional<std::string> variable;
  std::optional<Term> value;
};

}  // namespace

QueryResult ReadRdfResultSet(const std::vector<Triple>& triples) {
  std::optional<std::string> result_set;
  for (const Triple& t : triples) {
    if (t.predicate.value == kType && t.object.kind == Term::Kind::Iri && t.object.value == kRes + "ResultSet") {
      result_set = Key(t.subject);
    }
  }
  if (!result_set) throw std::runtime_error("the RDF answer has no res:ResultSet");

  QueryResult result;
  std::vector<std::string> solutions;                            // in document order
  std::map<std::string, std::vector<std::string>> bindings_of;   // solution -> bindings
  std::map<std::string, Binding> bindings;
  std::map<std::string, long long> index_of;
  for (const Triple& t : triples) {
    const std::string& p = t.predicate.value;
    if (p.rfind(kRes, 0) != 0) continue;
    const std::string name = p.substr(kRes.size());
    const std::string subject = Key(t.subject);
    if (name == "resultVariable" && subject == *result_set) {
      result.variables.push_back(t.object.value);
    } else if (name == "solution" && subject == *result_set) {
      solutions.push_back(Key(t.object));
    } else if (name == "binding") {
      bindings_of[subject].push_back(Key(t.object));
    } else if (name == "variable") {
      bindings[subject].variable = t.object.value;
    } else if (name == "value") {
      bindings[subject].value = t.object;
    } else if (name == "index") {
      index_of[subject] = std::stoll(t.object.value);
    }
  }
  if (!index_of.empty() && index_of.size() == solutions.size()) {
    std::stable_sort(solutions.begin(), solutions.end(),
                     [&](const std::string& a, const std::string& b) { return index_of[a] < index_of[b]; });
  }
  std::map<std::string, std::size_t> column;
  for (std::size_t i = 0; i < result.variables.size(); ++i) column[result.variables[i]] = i;
  for (const std::string& solution : solutions) {
    std::vector<std::optional<Term>> row(result.variables.size());
    for (const std::string& key : bindings_of[solution]) {
      const Binding& binding = bindings[key];
      if (!binding.variable || !binding.value) throw std::runtime_error("an incomplete res:binding");
      const auto found = column.find(*binding.variable);
      if (found == column.end()) {
        throw std::runtime_error("a binding of ?" + *binding.variable + ", which is no result variable");
      }
      row[found->second] = binding.value;
    }
    result.rows.push_back(std::move(row));
  }
  return result;
}

}  // namespace newskg::rdf
