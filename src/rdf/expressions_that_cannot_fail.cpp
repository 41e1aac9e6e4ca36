#include "rdf/expressions_that_cannot_fail.h"

#include "rdf/rasqal_query_reading.h"

namespace newskg::rdf::detail {

bool IsBoundVariable(rasqal_expression* e, const std::set<std::string>& bound) {
  if (e == nullptr || e->op != RASQAL_EXPR_LITERAL) return false;
  rasqal_variable* variable = VariableOf(e->literal);
  return variable != nullptr && variable->expression == nullptr && bound.count(NameOf(variable)) > 0;
}

bool CannotFail(rasqal_expression* e, const std::set<std::string>& bound) {
  if (e == nullptr) return false;
  switch (e->op) {
    case RASQAL_EXPR_LITERAL:
      return VariableOf(e->literal) == nullptr || IsBoundVariable(e, bound);
    case RASQAL_EXPR_STR:
      return CannotFail(e->arg1, bound);
    case RASQAL_EXPR_BOUND:
      return true;
    case RASQAL_EXPR_ISURI:
    case RASQAL_EXPR_ISBLANK:
    case RASQAL_EXPR_ISLITERAL:
    case RASQAL_EXPR_ISNUMERIC:
      return CannotFail(e->arg1, bound);
    case RASQAL_EXPR_SAMETERM:
      return CannotFail(e->arg1, bound) && CannotFail(e->arg2, bound);
    case RASQAL_EXPR_AND:
    case RASQAL_EXPR_OR:
      return CannotFail(e->arg1, bound) && CannotFail(e->arg2, bound);
    case RASQAL_EXPR_BANG:
      return CannotFail(e->arg1, bound);
    case RASQAL_EXPR_IF:
      return CannotFail(e->arg1, bound) && CannotFail(e->arg2, bound) && CannotFail(e->arg3, bound);
    case RASQAL_EXPR_COALESCE:
      for (int i = 0; e->args != nullptr && i < raptor_sequence_size(e->args); ++i) {
        if (CannotFail(static_cast<rasqal_expression*>(raptor_sequence_get_at(e->args, i)), bound)) return true;
      }
      return false;
    case RASQAL_EXPR_EQ:
    case RASQAL_EXPR_NEQ:
    case RASQAL_EXPR_STRSTARTS:
    case RASQAL_EXPR_STRENDS:
    case RASQAL_EXPR_CONTAINS:
    case RASQAL_EXPR_STRBEFORE:
    case RASQAL_EXPR_STRAFTER:
      return IsString(e->arg1, bound) && IsString(e->arg2, bound);
    case RASQAL_EXPR_STRLEN:
    case RASQAL_EXPR_ENCODE_FOR_URI:
      return IsString(e->arg1, bound);
    case RASQAL_EXPR_SUBSTR:
      return IsString(e->arg1, bound) && IsNumberConstant(e->arg2) &&
             (e->arg3 == nullptr || IsNumberConstant(e->arg3));
    case RASQAL_EXPR_CONCAT:
      for (int i = 0; e->args != nullptr && i < raptor_sequence_size(e->args); ++i) {
        if (!IsString(static_cast<rasqal_expression*>(raptor_sequence_get_at(e->args, i)), bound)) return false;
      }
      return true;
    default:
      return false;
  }
}

bool IsString(rasqal_expression* e, const std::set<std::string>& bound) {
  if (e == nullptr) return false;
  switch (e->op) {
    case RASQAL_EXPR_LITERAL:
      return e->literal != nullptr &&
             (e->literal->type == RASQAL_LITERAL_STRING || e->literal->type == RASQAL_LITERAL_XSD_STRING) &&
             e->literal->language == nullptr;
    case RASQAL_EXPR_STR:
      return CannotFail(e->arg1, bound);
    case RASQAL_EXPR_CONCAT:
    case RASQAL_EXPR_SUBSTR:
    case RASQAL_EXPR_STRBEFORE:
    case RASQAL_EXPR_STRAFTER:
    case RASQAL_EXPR_ENCODE_FOR_URI:
      return CannotFail(e, bound);
    case RASQAL_EXPR_IF:
      return CannotFail(e->arg1, bound) && IsString(e->arg2, bound) && IsString(e->arg3, bound);
    default:
      return false;
  }
}

bool IsIntegerConstant(rasqal_expression* e, int low, int high) {
  if (!IsNumberConstant(e)) return false;
  const int value = e->literal->value.integer;
  return value >= low && (high < low || value <= high);
}

bool IsNumberConstant(rasqal_expression* e) {
  return e != nullptr && e->op == RASQAL_EXPR_LITERAL && e->literal != nullptr &&
         e->literal->type == RASQAL_LITERAL_INTEGER;
}

}  // namespace newskg::rdf::detail
