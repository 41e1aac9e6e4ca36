#include "rdf/embedded_query_check.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <set>

#include "rdf/expressions_that_cannot_fail.h"
#include "rdf/portable_regex.h"
#include "rdf/rasqal_handles.h"
#include "rdf/rasqal_query_reading.h"

namespace newskg::rdf {

using namespace detail;

namespace {

constexpr const char* kXsdInteger = "http://www.w3.org/2001/XMLSchema#integer";

struct ParseLog {
  std::vector<std::string> errors;
};

void CollectRasqalLog(void* user_data, raptor_log_message* message) {
  if (message->level < RAPTOR_LOG_LEVEL_ERROR) return;
  auto* log = static_cast<ParseLog*>(user_data);
  std::string text = message->text != nullptr ? message->text : "syntax error";
  if (message->locator != nullptr && message->locator->line > 0) {
    text = "line " + std::to_string(message->locator->line) + ": " + text;
  }
  log->errors.push_back(std::move(text));
}

std::string Join(const std::vector<std::string>& parts, const std::string& separator) {
  std::string out;
  for (const std::string& part : parts) {
    if (!out.empty()) out += separator;
    out += part;
  }
  return out;
}

class Checker {
 public:
  explicit Checker(rasqal_query* query) : query_(query) {}

  EmbeddedQueryCheck Run() {
    EmbeddedQueryCheck check;
    switch (rasqal_query_get_verb(query_)) {
      case RASQAL_QUERY_VERB_SELECT: check.form = QueryForm::Select; break;
      case RASQAL_QUERY_VERB_ASK: check.form = QueryForm::Ask; break;
      case RASQAL_QUERY_VERB_CONSTRUCT: check.form = QueryForm::Construct; break;
      case RASQAL_QUERY_VERB_DESCRIBE: check.form = QueryForm::Describe; break;
      default: check.form = QueryForm::Update; break;
    }
    if (check.form == QueryForm::Describe) {
      Refuse("DESCRIBE",
             "rasqal cannot execute DESCRIBE; ask for the triples you want with CONSTRUCT, e.g. "
             "CONSTRUCT { <iri> ?p ?o } WHERE { <iri> ?p ?o }");
    }
    if (raptor_sequence* graphs = rasqal_query_get_data_graph_sequence(query_);
        graphs != nullptr && raptor_sequence_size(graphs) > 0) {
      Refuse("FROM / FROM NAMED",
             "the embedded engine queries the graph file only and ignores FROM; drop FROM, or "
             "query a store that holds the named graphs with --endpoint");
    }
    if (rasqal_query_get_bindings_variables_sequence(query_) != nullptr) {
      Refuse("VALUES", VALUES_REASON);
    }

    rasqal_graph_pattern* where = rasqal_query_get_query_graph_pattern(query_);
    if (where != nullptr) {
      CollectCertainlyBound(where);
      CheckPattern(where);
    }

    raptor_sequence* projection = rasqal_query_get_bound_variable_sequence(query_);
    bool has_aggregate = false;
    bool fixable = true;
    std::vector<std::optional<Term>> empty_row;
    for (int i = 0; projection != nullptr && i < raptor_sequence_size(projection); ++i) {
      auto* variable = static_cast<rasqal_variable*>(raptor_sequence_get_at(projection, i));
      check.variables.push_back(NameOf(variable));
      if (variable->expression == nullptr) {
        fixable = false;
        empty_row.emplace_back();
        continue;
      }
      CheckExpression(variable->expression);
      if ((variable->expression->flags & RASQAL_EXPR_FLAG_AGGREGATE) != 0) {
        has_aggregate = true;
        if (variable->expression->op == RASQAL_EXPR_COUNT) count_variables_.insert(NameOf(variable));
      } else if (ContainsAggregate(variable->expression)) {
        has_aggregate = true;
      }
      std::optional<std::optional<Term>> value = EmptyGroupValue(variable->expression);
      if (!value) fixable = false;
      empty_row.push_back(value.value_or(std::nullopt));
    }

    raptor_sequence* group_by = rasqal_query_get_group_conditions_sequence(query_);
    const bool grouped = group_by != nullptr && raptor_sequence_size(group_by) > 0;
    for (int i = 0; grouped && i < raptor_sequence_size(group_by); ++i) {
      auto* condition = static_cast<rasqal_expression*>(raptor_sequence_get_at(group_by, i));
      rasqal_variable* variable =
          condition->op == RASQAL_EXPR_LITERAL ? VariableOf(condition->literal) : nullptr;
      if (variable == nullptr || variable->expression != nullptr) {
        Refuse("GROUP BY (expression)",
               "rasqal groups by an expression wrongly (one group instead of 22 on the seeds' "
               "graph); compute it first with BIND(expression AS ?v) and GROUP BY ?v");
      }
    }
    raptor_sequence* having = rasqal_query_get_having_conditions_sequence(query_);
    const bool has_having = having != nullptr && raptor_sequence_size(having) > 0;
    for (int i = 0; has_having && i < raptor_sequence_size(having); ++i) {
      CheckExpression(static_cast<rasqal_expression*>(raptor_sequence_get_at(having, i)));
    }
    CheckOrderBy();

    // LIMIT 0 or an OFFSET removes the one row of the implicit group: then no row is right.
    const bool sliced_away = rasqal_query_get_limit(query_) == 0 || rasqal_query_get_offset(query_) > 0;
    if (check.form == QueryForm::Select && has_aggregate && !grouped && !sliced_away) {
      check.implicit_group = true;
      check.empty_group_fixable = fixable && !has_having;
      if (check.empty_group_fixable) check.empty_group_row = std::move(empty_row);
    }
    check.refusals = std::move(refusals_);
    return check;
  }

 private:
  static constexpr const char* VALUES_REASON =
      "rasqal joins VALUES with the pattern wrongly (it bound ?m to a literal on the seeds' "
      "graph); write the alternatives as FILTER(?x IN (...)) or a UNION";

  void Refuse(const std::string& construct, const std::string& reason) {
    for (const Refusal& known : refusals_) {
      if (known.construct == construct) return;
    }
    refusals_.push_back({construct, reason});
  }

  // Variables every solution binds: those of the triples of the query's required part (not
  // inside OPTIONAL, UNION, MINUS, GRAPH, ...).
  void CollectCertainlyBound(rasqal_graph_pattern* gp) {
    const auto op = rasqal_graph_pattern_get_operator(gp);
    if (op == RASQAL_GRAPH_PATTERN_OPERATOR_BASIC) {
      for (rasqal_triple* triple : Triples(gp)) {
        for (const std::string& name : TripleVariables(triple)) certainly_bound_.insert(name);
      }
    } else if (op == RASQAL_GRAPH_PATTERN_OPERATOR_GROUP) {
      for (rasqal_graph_pattern* sub : SubPatterns(gp)) CollectCertainlyBound(sub);
    }
  }

  void CheckPattern(rasqal_graph_pattern* gp) {
    switch (rasqal_graph_pattern_get_operator(gp)) {
      case RASQAL_GRAPH_PATTERN_OPERATOR_SERVICE:
        Refuse("SERVICE",
               "the embedded engine does not run federated queries; use --endpoint with a store "
               "that does, and --allow-remote");
        return;
      case RASQAL_GRAPH_PATTERN_OPERATOR_MINUS:
        Refuse("MINUS",
               "rasqal cannot execute MINUS; use OPTIONAL { ... } FILTER(!BOUND(?x)) on a "
               "store, or run the query with --endpoint");
        return;
      case RASQAL_GRAPH_PATTERN_OPERATOR_SELECT:
        Refuse("a sub-SELECT",
               "rasqal joins sub-queries wrongly (wrong counts on the seeds' graph); run it with "
               "--endpoint, or run the inner query on its own");
        return;
      case RASQAL_GRAPH_PATTERN_OPERATOR_VALUES:
        Refuse("VALUES", VALUES_REASON);
        return;
      default:
        break;
    }
    if (rasqal_expression* expression = rasqal_graph_pattern_get_filter_expression(gp)) {
      CheckExpression(expression);
      if (rasqal_graph_pattern_get_operator(gp) == RASQAL_GRAPH_PATTERN_OPERATOR_LET &&
          !CannotFail(expression, certainly_bound_)) {
        Refuse("BIND with an expression that can fail",
               "rasqal drops the whole row when a BIND expression fails (an unbound variable, a "
               "type error), where SPARQL keeps the row with the variable unbound (12 rows "
               "instead of 68 on the seeds' graph). Compute it in the SELECT clause instead, "
               "(expression AS ?v), which keeps such rows, and use the expression itself in "
               "FILTER or ORDER BY; or use only variables of the query's required part, inside "
               "STR(...), with string functions, IF, COALESCE and BOUND");
      }
    }
    const std::vector<rasqal_graph_pattern*> subs = SubPatterns(gp);
    if (rasqal_graph_pattern_get_operator(gp) != RASQAL_GRAPH_PATTERN_OPERATOR_UNION) {
      CheckJoinSequence(subs);
    }
    for (rasqal_graph_pattern* sub : subs) CheckPattern(sub);
  }

  // The parts of a group are joined left to right; see EarlyBoundVariables.
  void CheckJoinSequence(const std::vector<rasqal_graph_pattern*>& parts) {
    for (std::size_t i = 0; i + 1 < parts.size(); ++i) {
      std::vector<rasqal_graph_pattern*> basics;
      CollectBasicPatterns(parts[i], basics);
      std::set<std::string> early;
      for (rasqal_graph_pattern* basic : basics) early.merge(EarlyBoundVariables(basic));
      if (early.empty()) continue;
      for (std::size_t j = i + 1; j < parts.size(); ++j) {
        std::set<std::string> later;
        CollectPatternVariables(parts[j], later);
        for (const std::string& name : early) {
          if (later.count(name) == 0) continue;
          const std::string construct = OperatorName(parts[j]);
          Refuse(construct + " after several triple patterns",
                 "?" + name + " is bound by an earlier triple of a pattern with several triples "
                 "and used again by the " + construct + " that follows; rasqal then pairs rows "
                 "wrongly (32,155 rows instead of 18 for \"who met Putin, OPTIONAL place\" on "
                 "the seeds' graph). Run it with --endpoint, or split it into a query for the "
                 "required part and one for the optional part");
          return;
        }
      }
    }
  }

  bool ContainsAggregate(rasqal_expression* expression) {
    bool found = false;
    rasqal_expression_visit(
        expression,
        [](void* user_data, rasqal_expression* e) -> int {
          if ((e->flags & RASQAL_EXPR_FLAG_AGGREGATE) != 0) *static_cast<bool*>(user_data) = true;
          return 0;
        },
        &found);
    return found;
  }

  // The value of a projected expression over no solutions at all, when SPARQL defines it
  // without evaluating anything: nullopt when it cannot be known here.
  std::optional<std::optional<Term>> EmptyGroupValue(rasqal_expression* expression) {
    switch (expression->op) {
      case RASQAL_EXPR_COUNT:
      case RASQAL_EXPR_SUM:
      case RASQAL_EXPR_AVG:
        return std::optional<Term>(Term::Typed("0", kXsdInteger));
      case RASQAL_EXPR_MIN:
      case RASQAL_EXPR_MAX:
      case RASQAL_EXPR_SAMPLE:
        return std::optional<Term>();
      case RASQAL_EXPR_GROUP_CONCAT:
        return std::optional<Term>(Term::Literal(""));
      default:
        return std::nullopt;
    }
  }

  void CheckExpression(rasqal_expression* expression) {
    rasqal_expression_visit(
        expression,
        [](void* user_data, rasqal_expression* e) -> int {
          static_cast<Checker*>(user_data)->CheckOne(e);
          return 0;
        },
        this);
  }

  bool IsCertainlyBoundVariable(rasqal_expression* e) { return IsBoundVariable(e, certainly_bound_); }

  void CheckRegexPattern(const std::string& function, rasqal_expression* pattern,
                         rasqal_expression* flags) {
    const std::optional<std::string> text = ConstantString(pattern);
    if (!text) {
      Refuse(function + " with a computed pattern",
             "the embedded engine's regular expressions differ from SPARQL's, so only constant "
             "patterns it is known to match alike are accepted; write the pattern as a string");
      return;
    }
    std::string flag_text;
    if (flags != nullptr) {
      const std::optional<std::string> constant_flags = ConstantString(flags);
      if (!constant_flags) {
        Refuse(function + " with computed flags", "write the flags as a string (\"i\")");
        return;
      }
      flag_text = *constant_flags;
    }
    if (std::optional<std::string> difference = RegexDialectDifference(*text, flag_text)) {
      Refuse(function + " \"" + *text + "\"",
             "the embedded engine uses POSIX regular expressions on bytes (C locale), not "
             "SPARQL's: " + *difference + ". Use CONTAINS/STRSTARTS/STRENDS, a simpler pattern, "
             "or --endpoint");
    }
  }

  void CheckOne(rasqal_expression* e) {
    if ((e->flags & RASQAL_EXPR_FLAG_AGGREGATE) != 0) CheckAggregate(e);
    switch (e->op) {
      case RASQAL_EXPR_YEAR:
      case RASQAL_EXPR_MONTH:
      case RASQAL_EXPR_DAY:
      case RASQAL_EXPR_HOURS:
      case RASQAL_EXPR_MINUTES:
      case RASQAL_EXPR_SECONDS:
      case RASQAL_EXPR_TIMEZONE:
      case RASQAL_EXPR_TZ:
        Refuse(OpName(e->op) + "()",
               "rasqal returns no value for xsd:date (0 rows for YEAR(?d) = 2025 on the seeds' "
               "graph); compare the text instead, e.g. STRSTARTS(STR(?d), \"2025\") or "
               "SUBSTR(STR(?d), 6, 2) for the month, or use --endpoint");
        break;
      case RASQAL_EXPR_UCASE:
      case RASQAL_EXPR_LCASE:
        Refuse(OpName(e->op) + "()",
               "rasqal changes the case of ASCII letters only (\"Dörte\" becomes \"DöRTE\"); use "
               "REGEX(?x, \"...\", \"i\") with an ASCII pattern, or --endpoint");
        break;
      case RASQAL_EXPR_REGEX:
        CheckRegexPattern("REGEX", e->arg2, e->arg3);
        break;
      case RASQAL_EXPR_SUBSTR:
        if (!IsIntegerConstant(e->arg2, 1, 1) || (e->arg3 != nullptr && !IsIntegerConstant(e->arg3, 1, -1))) {
          Refuse("SUBSTR() from a position other than 1, or of a length below 1",
                 "rasqal returns no value where the string is shorter than the start "
                 "(SUBSTR(\"ab\", 3) should be \"\") and the whole string for length 0; use "
                 "SUBSTR(?x, 1, n), STRSTARTS, STRAFTER, or --endpoint");
        }
        break;
      case RASQAL_EXPR_MD5:
      case RASQAL_EXPR_SHA1:
      case RASQAL_EXPR_SHA224:
      case RASQAL_EXPR_SHA256:
      case RASQAL_EXPR_SHA384:
      case RASQAL_EXPR_SHA512:
        if (!IsString(e->arg1, certainly_bound_)) {
          Refuse(OpName(e->op) + "() of a value that may have a language tag",
                 "SPARQL hashes simple strings only and rasqal hashes language-tagged text as "
                 "well; write " + OpName(e->op) + "(STR(?x))");
        }
        break;
      case RASQAL_EXPR_CONCAT:
      case RASQAL_EXPR_STRBEFORE:
      case RASQAL_EXPR_STRAFTER: {
        std::vector<rasqal_expression*> arguments = {e->arg1, e->arg2};
        if (e->op == RASQAL_EXPR_CONCAT) {
          arguments.clear();
          for (int i = 0; e->args != nullptr && i < raptor_sequence_size(e->args); ++i) {
            arguments.push_back(static_cast<rasqal_expression*>(raptor_sequence_get_at(e->args, i)));
          }
        }
        for (rasqal_expression* argument : arguments) {
          if (argument != nullptr && argument->op != RASQAL_EXPR_LITERAL) {
            Refuse(OpName(e->op) + "() of a computed value",
                   "rasqal frees a computed argument before using it and returns garbage bytes "
                   "(CONCAT(STR(?k), \"x\") on the seeds' graph); give it variables and "
                   "constants only, e.g. compute STR(?x) in one SELECT expression and join the "
                   "parts elsewhere, or use --endpoint");
            break;
          }
        }
        break;
      }
      case RASQAL_EXPR_REPLACE: {
        CheckRegexPattern("REPLACE", e->arg2, e->arg4);
        if (e->arg1 == nullptr || e->arg1->op != RASQAL_EXPR_STR) {
          Refuse("REPLACE", "rasqal drops the language tag and corrupts the argument's value; "
                            "write REPLACE(STR(?x), ...)");
        }
        const std::optional<std::string> replacement = ConstantString(e->arg3);
        if (!replacement || replacement->find_first_of("$\\") != std::string::npos) {
          Refuse("REPLACE with $n or \\ in the replacement",
                 "rasqal substitutes groups wrongly (REPLACE(\"abc\", \"(b)\", \"[$1]\") gives "
                 "\"a[bc]c\"); use a constant replacement, or --endpoint");
        }
        break;
      }
      default:
        break;
    }
  }

  void CheckAggregate(rasqal_expression* e) {
    const std::string name = OpName(e->op);
    if ((e->flags & RASQAL_EXPR_FLAG_DISTINCT) != 0) {
      Refuse(name + "(DISTINCT ...)",
             "rasqal removes duplicates within an aggregate only partly (COUNT(DISTINCT ?a) "
             "gave 12 instead of 11 on the seeds' graph); count the distinct values with SELECT "
             "DISTINCT in a separate query, or use --endpoint");
    }
    if (e->op == RASQAL_EXPR_GROUP_CONCAT) {
      const std::string separator = e->literal != nullptr ? StringOf(e->literal) : " ";
      if (separator != " ") {
        Refuse("GROUP_CONCAT(...; separator=...)",
               "rasqal ignores the separator and always joins with a space; use the default "
               "separator, or --endpoint");
      }
    }
    // The argument: COUNT(*) is VARSTAR; others have arg1 (or args for GROUP_CONCAT).
    rasqal_expression* argument = e->arg1;
    if (e->op == RASQAL_EXPR_GROUP_CONCAT && e->args != nullptr && raptor_sequence_size(e->args) == 1) {
      argument = static_cast<rasqal_expression*>(raptor_sequence_get_at(e->args, 0));
    }
    if (argument != nullptr && argument->op == RASQAL_EXPR_VARSTAR) return;
    if (!IsCertainlyBoundVariable(argument)) {
      Refuse(name + "(...) over a value that may be unbound",
             "rasqal counts unbound values (COUNT(?place) with ?place from an OPTIONAL gave 7 "
             "instead of 1); aggregate a variable of the query's required part, use COUNT(*), "
             "or --endpoint");
    }
  }

  // rasqal does not compare the later ORDER BY keys of rows whose earlier key is unbound in
  // both, so those rows come out in no particular order.
  void CheckOrderBy() {
    raptor_sequence* order = rasqal_query_get_order_conditions_sequence(query_);
    const int count = order != nullptr ? raptor_sequence_size(order) : 0;
    for (int i = 0; i < count; ++i) {
      auto* condition = static_cast<rasqal_expression*>(raptor_sequence_get_at(order, i));
      const bool wrapped =
          condition->op == RASQAL_EXPR_ORDER_COND_ASC || condition->op == RASQAL_EXPR_ORDER_COND_DESC;
      rasqal_expression* key = wrapped && condition->arg1 != nullptr ? condition->arg1 : condition;
      CheckExpression(key);
      if (i + 1 == count) break;
      rasqal_variable* variable = key->op == RASQAL_EXPR_LITERAL ? VariableOf(key->literal) : nullptr;
      const bool always_bound =
          variable != nullptr &&
          (variable->expression == nullptr
               ? certainly_bound_.count(NameOf(variable)) > 0
               : count_variables_.count(NameOf(variable)) > 0);
      if (!always_bound) {
        Refuse("ORDER BY on a value that may be unbound, before other keys",
               "rasqal leaves rows whose first key is unbound unsorted by the later keys; order "
               "by variables of the query's required part first, make the optional key the last "
               "one, or use --endpoint");
      }
    }
  }

  rasqal_query* query_;
  std::set<std::string> certainly_bound_;
  std::set<std::string> count_variables_;
  std::vector<Refusal> refusals_;
};

std::string SyntaxErrorMessage(const ParseLog& log, std::string_view query) {
  const LexicalFacts facts = InspectSparql(query);
  std::vector<std::string> missing;
  if (!facts.property_paths.empty()) {
    missing.push_back("property paths (" + Join(facts.property_paths, ", ") + ")");
  }
  if (facts.exists) missing.push_back("EXISTS / NOT EXISTS");
  std::string message = "the embedded engine (Redland rasqal) cannot parse the query: " +
                        (log.errors.empty() ? std::string("syntax error") : Join(log.errors, "; "));
  if (!missing.empty()) {
    message += "\nIt has no " + Join(missing, " and ") +
               ". Run the query on a SPARQL 1.1 store with --endpoint (see README, \"SPARQL on "
               "a store\"), or spell paths out with variables (?a org:holds ?post . ?post "
               "rdfs:label ?role) and use OPTIONAL { ... } FILTER(!BOUND(?x)) for NOT EXISTS.";
  }
  return message;
}

}  // namespace

EmbeddedQueryCheck CheckForEmbeddedEngine(std::string_view query) {
  RasqalWorldHandle world(rasqal_new_world());
  if (!world || rasqal_world_open(world.get()) != 0) {
    throw std::runtime_error("rasqal: cannot create a world");
  }
  ParseLog log;
  rasqal_world_set_log_handler(world.get(), &log, CollectRasqalLog);
  RasqalQueryHandle parsed(rasqal_new_query(world.get(), "sparql11-query", nullptr));
  if (!parsed) throw std::runtime_error("rasqal: no SPARQL 1.1 query parser");
  const std::string text(query);
  if (rasqal_query_prepare(parsed.get(), reinterpret_cast<const unsigned char*>(text.c_str()),
                           nullptr) != 0 ||
      !log.errors.empty()) {
    throw QuerySyntaxError(SyntaxErrorMessage(log, query));
  }
  return Checker(parsed.get()).Run();
}

std::string RefusalMessage(const std::vector<Refusal>& refusals) {
  std::string message =
      "the embedded engine (Redland rasqal 0.9.33) answers this query wrongly, so newskg "
      "refuses it:";
  for (const Refusal& refusal : refusals) {
    message += "\n  - " + refusal.construct + ": " + refusal.reason;
  }
  message +=
      "\nThe README lists what the embedded engine supports. For full SPARQL 1.1, load the "
      "graph into a store and query it there: newskg load OUTDIR --store URL, then newskg "
      "sparql --endpoint URL (README, \"SPARQL on a store\").";
  return message;
}

}  // namespace newskg::rdf
