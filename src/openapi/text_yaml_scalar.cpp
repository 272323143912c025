#include "text_yaml_scalar.hpp"

#include <charconv>
#include <cstdint>
#include <limits>
#include <system_error>

#include "text_number.hpp"
#include "text_quote.hpp"

namespace accord::openapi::detail {
namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_octal(char c) {
  return c >= '0' && c <= '7';
}
bool is_hex(char c) {
  return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

template <class Predicate>
bool all_of(std::string_view text, Predicate predicate) {
  for (const char c : text) {
    if (!predicate(c)) return false;
  }
  return true;
}

bool one_of(std::string_view text, std::initializer_list<std::string_view> words) {
  for (const std::string_view word : words) {
    if (text == word) return true;
  }
  return false;
}

bool is_float(std::string_view text) {
  std::size_t i = 0;
  if (i < text.size() && (text[i] == '-' || text[i] == '+')) ++i;
  const std::size_t whole_start = i;
  while (i < text.size() && is_digit(text[i])) ++i;
  const bool whole = i > whole_start;
  bool fraction = false;
  if (i < text.size() && text[i] == '.') {
    const std::size_t fraction_start = ++i;
    while (i < text.size() && is_digit(text[i])) ++i;
    fraction = i > fraction_start;
    if (!whole && !fraction) return false;  // "." alone, or ".e1"
  } else if (!whole) {
    return false;
  }
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    if (i < text.size() && (text[i] == '-' || text[i] == '+')) ++i;
    const std::size_t exponent_start = i;
    while (i < text.size() && is_digit(text[i])) ++i;
    if (i == exponent_start) return false;
  }
  return i == text.size();
}

// An unsigned integer in base 8 or 16 (digits already checked).
std::variant<Json, std::string> radix_integer(std::string_view text, std::string_view digits,
                                              int base) {
  std::uint64_t value = 0;
  const auto [end, error] =
      std::from_chars(digits.data(), digits.data() + digits.size(), value, base);
  if (error != std::errc() || end != digits.data() + digits.size()) {
    return "the integer " + std::string(text) + " does not fit in 64 bits";
  }
  return Json(value);
}

std::variant<Json, std::string> mismatch(std::string_view text, std::string_view tag) {
  return quoted(text) + " is not a valid " + show_tag(tag) + " value";
}

std::variant<Json, std::string> no_json_value(std::string_view text) {
  return "the YAML float " + std::string(text) +
         " has no JSON value (JSON has no infinity or NaN); quote it to keep it as a string";
}

}  // namespace

PlainKind classify_plain(std::string_view text) noexcept {
  if (one_of(text, {"", "~", "null", "Null", "NULL"})) return PlainKind::null;
  if (one_of(text, {"true", "True", "TRUE", "false", "False", "FALSE"})) {
    return PlainKind::boolean;
  }
  if (text.size() > 2 && text.starts_with("0o") && all_of(text.substr(2), is_octal)) {
    return PlainKind::octal;
  }
  if (text.size() > 2 && text.starts_with("0x") && all_of(text.substr(2), is_hex)) {
    return PlainKind::hexadecimal;
  }
  std::string_view unsigned_part = text;
  if (!unsigned_part.empty() && (unsigned_part[0] == '-' || unsigned_part[0] == '+')) {
    unsigned_part.remove_prefix(1);
  }
  if (!unsigned_part.empty() && all_of(unsigned_part, is_digit)) return PlainKind::integer;
  if (is_float(text)) return PlainKind::floating;
  if (one_of(unsigned_part, {".inf", ".Inf", ".INF"})) return PlainKind::infinity;
  if (one_of(text, {".nan", ".NaN", ".NAN"})) return PlainKind::nan;
  return PlainKind::string;
}

std::string show_tag(std::string_view tag) {
  if (tag.starts_with(kYamlTagPrefix)) return "!!" + std::string(tag.substr(kYamlTagPrefix.size()));
  return std::string(tag);
}

std::variant<Json, std::string> resolve_scalar(std::string_view text, bool plain,
                                               std::string_view tag) {
  if (tag == "!" || (tag.empty() && !plain)) return Json(std::string(text));
  std::string_view name;
  if (!tag.empty()) {
    if (!tag.starts_with(kYamlTagPrefix)) {
      return "the tag " + show_tag(tag) +
             " is not supported (only !!str, !!int, !!float, !!bool, !!null, !!seq and !!map)";
    }
    name = tag.substr(kYamlTagPrefix.size());
    if (name == "str") return Json(std::string(text));
  }
  const PlainKind kind = classify_plain(text);
  const auto integer = [&]() -> std::variant<Json, std::string> {
    if (kind == PlainKind::octal) return radix_integer(text, text.substr(2), 8);
    if (kind == PlainKind::hexadecimal) return radix_integer(text, text.substr(2), 16);
    return number_from_literal(text);
  };
  if (name.empty()) {
    switch (kind) {
      case PlainKind::null:
        return Json(nullptr);
      case PlainKind::boolean:
        return Json(text[0] == 't' || text[0] == 'T');
      case PlainKind::integer:
      case PlainKind::octal:
      case PlainKind::hexadecimal:
        return integer();
      case PlainKind::floating:
        return number_from_literal(text, true);
      case PlainKind::infinity:
      case PlainKind::nan:
        return no_json_value(text);
      case PlainKind::string:
        return Json(std::string(text));
    }
  }
  if (name == "null") return kind == PlainKind::null ? Json(nullptr) : mismatch(text, tag);
  if (name == "bool") {
    if (kind != PlainKind::boolean) return mismatch(text, tag);
    return Json(text[0] == 't' || text[0] == 'T');
  }
  if (name == "int") {
    if (kind != PlainKind::integer && kind != PlainKind::octal && kind != PlainKind::hexadecimal) {
      return mismatch(text, tag);
    }
    return integer();
  }
  if (name == "float") {
    if (kind == PlainKind::infinity || kind == PlainKind::nan) return no_json_value(text);
    if (kind == PlainKind::integer || kind == PlainKind::floating) {
      return number_from_literal(text, true);
    }
    return mismatch(text, tag);
  }
  return "the tag " + show_tag(tag) +
         " is not supported (only !!str, !!int, !!float, !!bool, !!null, !!seq and !!map)";
}

}  // namespace accord::openapi::detail
