#pragma once
/// @file
/// Validation issues: what went wrong with an input, where, and what was expected.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace accord::schema {

/// The closed set of issue codes. Each is documented in docs/issues.md; the names are the wire
/// names used in problem+json bodies (they follow zod's codes where zod has one).
enum class IssueCode : std::uint8_t {
  invalid_type,       ///< the value has the wrong JSON type (or a required field is absent)
  too_small,          ///< below a minimum: length, items, properties or numeric bound
  too_big,            ///< above a maximum, or a number beyond the bound C++ type
  invalid_format,     ///< a string that does not match its format or pattern
  not_multiple_of,    ///< a number that is not a multiple of multipleOf
  invalid_value,      ///< not one of the allowed enum / literal values
  unrecognized_keys,  ///< keys that a strict object does not declare
  invalid_union,      ///< no (or, for oneOf, more than one) alternative of a union matched
  not_unique,         ///< an array with uniqueItems holds equal items
  duplicate_key,      ///< an object key that appears twice in the input
  invalid_json,       ///< the bytes are not JSON: malformed, truncated, trailing data, bad UTF-8
  too_deep,           ///< nesting deeper than the documented limit
  custom,             ///< a refinement (user predicate) rejected the value
};

/// The wire name of `code`, for example "invalid_type".
std::string_view to_string(IssueCode code) noexcept;

/// Parses a wire name back into a code; empty when the name is unknown.
std::optional<IssueCode> issue_code_from_string(std::string_view name) noexcept;

/// One step of a path into a JSON value: an object key or an array index.
using PathSegment = std::variant<std::string, std::size_t>;

/// Where in the input an issue is: the keys and indices from the root.
class Path {
 public:
  Path() = default;
  explicit Path(std::vector<PathSegment> segments) : segments_(std::move(segments)) {}

  /// Appends a key or an index (walkers push on the way down and pop on the way back).
  void push(std::string_view key) { segments_.emplace_back(std::string(key)); }
  void push(std::size_t index) { segments_.emplace_back(index); }
  void pop() { segments_.pop_back(); }

  [[nodiscard]] const std::vector<PathSegment>& segments() const noexcept { return segments_; }
  [[nodiscard]] bool empty() const noexcept { return segments_.empty(); }
  [[nodiscard]] std::size_t size() const noexcept { return segments_.size(); }

  /// The path as an RFC 6901 JSON Pointer, for example "/address/city" or "/items/0".
  [[nodiscard]] std::string pointer() const;

  friend bool operator==(const Path&, const Path&) = default;

 private:
  std::vector<PathSegment> segments_;
};

/// Where in the input text an invalid_json issue was found.
struct TextLocation {
  std::size_t line = 1;    ///< 1-based line
  std::size_t column = 1;  ///< 1-based column, in bytes
  std::size_t offset = 0;  ///< 0-based byte offset

  friend bool operator==(const TextLocation&, const TextLocation&) = default;
};

/// One thing wrong with an input value.
struct Issue {
  IssueCode code = IssueCode::custom;
  Path path;                          ///< where the offending value is
  std::string message;                ///< a sentence a person can act on
  std::string expected;               ///< what the schema wanted ("string", ">= 1", "email", ...)
  std::string received;               ///< what the input had ("number", "undefined", ...)
  std::vector<std::string> keys;      ///< unrecognized_keys: the offending keys
  std::optional<TextLocation> where;  ///< invalid_json, too_deep: position in the text
  std::vector<std::vector<Issue>> union_errors;  ///< invalid_union: each alternative's issues

  friend bool operator==(const Issue&, const Issue&) = default;
};

/// Renders issues one per line as "pointer: message (code)", for logs and the command line.
std::string format_issues(const std::vector<Issue>& issues);

}  // namespace accord::schema
