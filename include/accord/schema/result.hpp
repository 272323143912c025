#pragma once
/// @file
/// Result<T>: either a value or the list of issues that prevented it.

#include <stdexcept>
#include <utility>
#include <variant>
#include <vector>

#include "accord/schema/issue.hpp"

namespace accord::schema {

/// Thrown by Result::value() when the result holds issues (a programming error at the call
/// site: check ok() first, or use the throwing convenience functions on purpose).
class ValidationError : public std::runtime_error {
 public:
  explicit ValidationError(std::vector<Issue> issues)
      : std::runtime_error(format_issues(issues)), issues_(std::move(issues)) {}

  /// Every issue of the failed parse.
  [[nodiscard]] const std::vector<Issue>& issues() const noexcept { return issues_; }

 private:
  std::vector<Issue> issues_;
};

/// The outcome of parsing or validating untrusted input: a value, or every issue found.
/// Untrusted input never needs a try block: inspect ok() and then value() or issues().
template <class T>
class Result {
 public:
  Result(T value) : state_(std::in_place_index<0>, std::move(value)) {}  // NOLINT: implicit
  Result(std::vector<Issue> issues)
      : state_(std::in_place_index<1>, std::move(issues)) {}  // NOLINT

  /// True when there is a value and no issue.
  [[nodiscard]] bool ok() const noexcept { return state_.index() == 0; }
  explicit operator bool() const noexcept { return ok(); }

  /// The value; throws ValidationError when the result holds issues.
  [[nodiscard]] T& value() & { return checked(); }
  [[nodiscard]] const T& value() const& { return const_cast<Result*>(this)->checked(); }
  [[nodiscard]] T&& value() && { return std::move(checked()); }

  /// The issues; empty when ok().
  [[nodiscard]] const std::vector<Issue>& issues() const noexcept {
    static const std::vector<Issue> kNone;
    return ok() ? kNone : std::get<1>(state_);
  }

 private:
  T& checked() {
    if (!ok()) throw ValidationError(std::get<1>(state_));
    return std::get<0>(state_);
  }

  std::variant<T, std::vector<Issue>> state_;
};

}  // namespace accord::schema
