#include "eval/eval_result.h"

namespace newskg::eval {
namespace {

std::optional<double> Ratio(int numerator, int denominator) {
  if (denominator == 0) return std::nullopt;
  return static_cast<double>(numerator) / denominator;
}

}  // namespace

std::optional<double> Counts::Precision() const { return Ratio(tp, tp + fp); }
std::optional<double> Counts::Recall() const { return Ratio(tp, tp + fn); }
std::optional<double> Counts::F1() const { return Ratio(2 * tp, 2 * tp + fp + fn); }

Counts& Counts::operator+=(const Counts& other) {
  tp += other.tp;
  fp += other.fp;
  fn += other.fn;
  return *this;
}

std::optional<double> Accuracy::Value() const { return Ratio(correct, total); }

Accuracy& Accuracy::operator+=(const Accuracy& other) {
  correct += other.correct;
  total += other.total;
  return *this;
}

Scores& Scores::operator+=(const Scores& other) {
  entities_typed += other.entities_typed;
  entities_untyped += other.entities_untyped;
  roles += other.roles;
  role_of += other.role_of;
  meetings += other.meetings;
  role_of_accuracy += other.role_of_accuracy;
  meeting_place += other.meeting_place;
  meeting_status += other.meeting_status;
  meeting_kind += other.meeting_kind;
  return *this;
}

}  // namespace newskg::eval
