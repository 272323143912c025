#pragma once
/// @file
/// A problem found in an OpenAPI document, by the reader, the structure check or the linter.

#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>

namespace accord::openapi {

/// How bad a finding is. Errors make `accord lint` fail; warnings do not.
enum class Severity : std::uint8_t { error, warning };

/// "error" or "warning".
std::string_view to_string(Severity severity) noexcept;

/// One problem in a document: the rule that found it, where (JSON Pointer into the document,
/// RFC 6901) and what, in words a reader can act on.
struct Finding {
  Severity severity = Severity::error;
  std::string rule;     ///< "structure", "unresolved-ref", "duplicate-operation-id", ...
  std::string pointer;  ///< "/paths/~1users/get/responses"
  std::string message;

  friend bool operator==(const Finding&, const Finding&) = default;
};

/// "error [rule] pointer: message", for logs and test output.
std::string to_string(const Finding& finding);

/// Lets GoogleTest print findings readably.
void PrintTo(const Finding& finding, std::ostream* out);

}  // namespace accord::openapi
