#pragma once
/// @file
/// The error and result types returned by every sigv4 function that reads untrusted input.

#include <string>
#include <utility>
#include <variant>

namespace accord::sigv4 {

/// What went wrong and where: `where` names the input (a file, a header, a line), `message`
/// says what was wrong with it. Neither ever contains a secret key.
struct Error {
  std::string where;    ///< the input or field at fault, for example "Authorization header"
  std::string message;  ///< what is wrong with it, lower-case, no trailing period

  /// "where: message", or just the message when `where` is empty.
  [[nodiscard]] std::string to_string() const {
    return where.empty() ? message : where + ": " + message;
  }
};

/// Either a value or an Error; lets callers handle bad input without a try block.
template <class T>
class Result {
 public:
  /// A successful result holding `value`.
  Result(T value) : data_(std::move(value)) {}  // NOLINT(google-explicit-constructor)
  /// A failed result holding `error`.
  Result(Error error) : data_(std::move(error)) {}  // NOLINT(google-explicit-constructor)

  /// True when a value is held.
  [[nodiscard]] bool ok() const { return std::holds_alternative<T>(data_); }
  /// Same as ok().
  explicit operator bool() const { return ok(); }

  /// The value; precondition: ok().
  [[nodiscard]] const T& value() const& { return std::get<T>(data_); }
  /// The value; precondition: ok().
  [[nodiscard]] T& value() & { return std::get<T>(data_); }
  /// The value, moved out; precondition: ok().
  [[nodiscard]] T&& value() && { return std::get<T>(std::move(data_)); }
  /// The error; precondition: !ok().
  [[nodiscard]] const Error& error() const { return std::get<Error>(data_); }

  /// Member access to the value; precondition: ok().
  const T* operator->() const { return &value(); }
  /// Member access to the value; precondition: ok().
  T* operator->() { return &value(); }

 private:
  std::variant<T, Error> data_;
};

}  // namespace accord::sigv4
