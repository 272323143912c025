#pragma once
/// @file
/// A route's path template, such as "/v1/users/{userId}", checked when it is written.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace accord::openapi {

/// What is wrong with a path template, or nullptr when it is well formed. A template starts
/// with '/', has no query ('?'), fragment ('#') or whitespace, and each placeholder is
/// "{name}" with a name of letters, digits, '_', '-' or '.', used once.
constexpr const char* path_template_error(std::string_view text) noexcept {
  if (text.empty() || text.front() != '/') return "a path template starts with '/'";
  constexpr std::size_t kMaxPlaceholders = 32;
  std::string_view names[kMaxPlaceholders] = {};
  std::size_t count = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '?' || c == '#') return "a path template has no query or fragment";
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') return "a path template has no spaces";
    if (c == '}') return "'}' without its '{' in a path template";
    if (c != '{') continue;
    const std::size_t start = i + 1;
    std::size_t end = start;
    while (end < text.size() && text[end] != '}') {
      const char n = text[end];
      const bool allowed = (n >= 'a' && n <= 'z') || (n >= 'A' && n <= 'Z') ||
                           (n >= '0' && n <= '9') || n == '_' || n == '-' || n == '.';
      if (!allowed) return "a path parameter name has only letters, digits, '_', '-' and '.'";
      ++end;
    }
    if (end == text.size()) return "'{' without its '}' in a path template";
    if (end == start) return "empty path parameter name '{}'";
    const std::string_view name = text.substr(start, end - start);
    for (std::size_t k = 0; k < count; ++k) {
      if (names[k] == name) return "a path parameter appears twice in the template";
    }
    if (count == kMaxPlaceholders) return "more than 32 parameters in a path template";
    names[count++] = name;
    i = end;
  }
  return nullptr;
}

/// A path template, checked when it is built: a string literal is checked at compile time
/// (a malformed one does not compile), any other text with PathTemplate::parse.
///
///     Route::get("/v1/users/{userId}")   // checked by the compiler
///     Route::get("/v1/users/{userId")    // error: call to consteval function ...
class PathTemplate {
 public:
  /// A template from a string literal, checked at compile time.
  consteval PathTemplate(const char* text)  // NOLINT(google-explicit-constructor)
      : text_(text) {
    if (path_template_error(text_) != nullptr) {
      throw "malformed path template: see path_template_error() for the rule it breaks";
    }
  }

  /// A template from run-time text; throws std::invalid_argument naming the problem. The
  /// result refers to `text`, which must outlive it (a Route copies it at once).
  static PathTemplate parse(std::string_view text);

  /// The template text.
  [[nodiscard]] constexpr std::string_view text() const noexcept { return text_; }

  /// The placeholder names, in order ("userId").
  [[nodiscard]] std::vector<std::string> parameter_names() const;

 private:
  struct Checked {};
  constexpr PathTemplate(std::string_view text, Checked) : text_(text) {}
  std::string_view text_;
};

/// The placeholder names of a well-formed template text, in order.
std::vector<std::string> path_parameter_names(std::string_view text);

/// The template with every placeholder name erased ("/users/{}"): two templates that route the
/// same requests have the same shape.
std::string path_shape(std::string_view text);

}  // namespace accord::openapi
