#pragma once
/// @file
/// Regular expressions with ECMA-262 semantics, as OpenAPI and JSON Schema require (PCRE2).

#include <memory>
#include <string>
#include <string_view>
#include <variant>

namespace accord::schema {

/// A compiled, immutable, thread-safe regular expression. Matching is a search (unanchored),
/// as JSON Schema's "pattern" is. Built on PCRE2 with UTF mode and JIT where available.
class Pattern {
 public:
  /// Compiles `source`. On failure returns the compiler's message with the offset it names.
  static std::variant<std::shared_ptr<const Pattern>, std::string> compile(std::string_view source);

  /// Compiles `source`, throwing std::invalid_argument on a bad pattern (for schemas written
  /// in code, where a bad pattern is a programming error found at start-up).
  static std::shared_ptr<const Pattern> compile_or_throw(std::string_view source);

  /// True when the pattern matches somewhere in `text` (valid UTF-8).
  [[nodiscard]] bool search(std::string_view text) const;

  /// The pattern as written.
  [[nodiscard]] const std::string& source() const noexcept { return source_; }

  ~Pattern();
  Pattern(const Pattern&) = delete;
  Pattern& operator=(const Pattern&) = delete;

 private:
  struct Impl;
  Pattern(std::string source, std::unique_ptr<Impl> impl);

  std::string source_;
  std::unique_ptr<Impl> impl_;
};

}  // namespace accord::schema
