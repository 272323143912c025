#pragma once
// A hand-written email check that accepts exactly the strings zod 4's z.email() regex accepts:
//   ^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@
//    (?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$
// A character scan instead of a regex engine: it is the cheapest way to run that language.

#include <string_view>

namespace bench {

constexpr bool is_ascii_alpha(char c) noexcept {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
constexpr bool is_ascii_alnum(char c) noexcept {
  return is_ascii_alpha(c) || (c >= '0' && c <= '9');
}

constexpr bool is_zod_email(std::string_view text) noexcept {
  // Neither side of the regex admits '@', so the separator is the first '@'.
  const auto at = text.find('@');
  if (at == std::string_view::npos || at == 0) return false;
  const auto local = text.substr(0, at);
  const auto domain = text.substr(at + 1);

  // Local part: runs of [A-Za-z0-9_'+-] joined by single dots, ending in a char other than '.
  bool after_dot = true;  // "at a segment start": a leading dot is as bad as a doubled one
  for (const char c : local) {
    if (c == '.') {
      if (after_dot) return false;
      after_dot = true;
    } else if (is_ascii_alnum(c) || c == '_' || c == '\'' || c == '+' || c == '-') {
      after_dot = false;
    } else {
      return false;
    }
  }
  if (local.back() == '.' || local.back() == '\'') return false;

  // Domain: one or more labels [A-Za-z0-9][A-Za-z0-9-]* each ending in '.', then 2+ letters.
  const auto last_dot = domain.rfind('.');
  if (last_dot == std::string_view::npos || last_dot == 0) return false;
  const auto tld = domain.substr(last_dot + 1);
  if (tld.size() < 2) return false;
  for (const char c : tld) {
    if (!is_ascii_alpha(c)) return false;
  }
  bool label_start = true;
  for (const char c : domain.substr(0, last_dot + 1)) {
    if (c == '.') {
      if (label_start) return false;
      label_start = true;
    } else if (label_start ? is_ascii_alnum(c) : (is_ascii_alnum(c) || c == '-')) {
      label_start = false;
    } else {
      return false;
    }
  }
  return true;
}

}  // namespace bench
