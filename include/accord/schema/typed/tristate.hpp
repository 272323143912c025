#pragma once
/// @file
/// Tristate<T>: a field that can be absent, explicitly null, or hold a value.

#include <optional>
#include <utility>

namespace accord::schema {

/// The three states of an optional, nullable field, kept apart (a PATCH body distinguishes
/// "leave unchanged" (absent) from "clear" (null)). Default-constructed: absent.
template <class T>
class Tristate {
 public:
  Tristate() = default;
  Tristate(T value) : value_(std::move(value)), null_(false) {}  // NOLINT: implicit on purpose

  /// Explicit null.
  static Tristate null() {
    Tristate state;
    state.null_ = true;
    return state;
  }

  [[nodiscard]] bool is_absent() const noexcept { return !value_ && !null_; }
  [[nodiscard]] bool is_null() const noexcept { return null_; }
  [[nodiscard]] bool has_value() const noexcept { return value_.has_value(); }

  /// The value; std::bad_optional_access when absent or null.
  [[nodiscard]] const T& value() const { return value_.value(); }
  [[nodiscard]] T& value() { return value_.value(); }

  void set_null() {
    value_.reset();
    null_ = true;
  }
  void reset() {
    value_.reset();
    null_ = false;
  }
  T& emplace() {
    null_ = false;
    return value_.emplace();
  }

  friend bool operator==(const Tristate&, const Tristate&) = default;

 private:
  std::optional<T> value_;
  bool null_ = false;
};

}  // namespace accord::schema
