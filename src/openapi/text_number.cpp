#include "text_number.hpp"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <limits>
#include <system_error>

namespace accord::openapi::detail {
namespace {

constexpr std::size_t kFloatDigits = 17;  // significant digits that identify any double

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// A decimal literal taken apart: sign, digits before and after the point, exponent text.
struct Parts {
  bool negative = false;
  std::string_view whole;
  std::string_view fraction;
  bool has_point = false;
  bool exponent_negative = false;
  std::string_view exponent;  // digits only; empty when there is no exponent
  bool valid = false;
};

Parts split(std::string_view text) {
  Parts parts;
  std::size_t i = 0;
  if (i < text.size() && (text[i] == '-' || text[i] == '+')) parts.negative = text[i++] == '-';
  const std::size_t whole_start = i;
  while (i < text.size() && is_digit(text[i])) ++i;
  parts.whole = text.substr(whole_start, i - whole_start);
  if (i < text.size() && text[i] == '.') {
    parts.has_point = true;
    const std::size_t fraction_start = ++i;
    while (i < text.size() && is_digit(text[i])) ++i;
    parts.fraction = text.substr(fraction_start, i - fraction_start);
  }
  if (parts.whole.empty() && parts.fraction.empty()) return parts;
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    if (i < text.size() && (text[i] == '-' || text[i] == '+')) {
      parts.exponent_negative = text[i++] == '-';
    }
    const std::size_t exponent_start = i;
    while (i < text.size() && is_digit(text[i])) ++i;
    parts.exponent = text.substr(exponent_start, i - exponent_start);
    if (parts.exponent.empty()) return parts;
  }
  parts.valid = i == text.size();
  return parts;
}

// The value of a literal in a canonical form: significant digits without leading or trailing
// zeros, and the power of ten of the first of them. Zero has no digits.
struct Decimal {
  bool negative = false;
  std::string digits;
  long long power = 0;

  friend bool operator==(const Decimal&, const Decimal&) = default;
};

Decimal canonical(const Parts& parts) {
  constexpr long long kClamp = 1'000'000'000'000LL;  // far beyond any finite double
  long long exponent = 0;
  for (const char c : parts.exponent) {
    exponent = std::min(exponent * 10 + (c - '0'), kClamp);
  }
  if (parts.exponent_negative) exponent = -exponent;

  Decimal decimal;
  long long position = static_cast<long long>(parts.whole.size());  // digits before the point
  bool leading = true;
  std::size_t kept = 0;  // digits up to the last non-zero one
  for (const std::string_view run : {parts.whole, parts.fraction}) {
    for (const char c : run) {
      if (leading && c == '0') {
        --position;
        continue;
      }
      leading = false;
      decimal.digits += c;
      if (c != '0') kept = decimal.digits.size();
    }
  }
  decimal.digits.resize(kept);
  if (decimal.digits.empty()) return decimal;  // zero, whatever its sign
  decimal.negative = parts.negative;
  decimal.power = position - 1 + exponent;
  return decimal;
}

// The shortest text that reads back as `value`, or with `exact` every digit of its value.
Decimal printed(double value, bool exact) {
  // The exact value of a double has at most 309 digits before the point and 1074 after it.
  std::array<char, 1500> buffer{};
  char* const first = buffer.data();
  char* const last = first + buffer.size();
  const auto result = exact ? std::to_chars(first, last, value, std::chars_format::fixed, 1074)
                            : std::to_chars(first, last, value);
  return canonical(split(std::string_view(first, static_cast<std::size_t>(result.ptr - first))));
}

std::string too_precise(std::string_view literal) {
  return "the number " + std::string(literal) +
         " has more significant digits than a 64-bit float keeps (" + std::to_string(kFloatDigits) +
         "), so its value would change; write it as a string to keep it exactly";
}

}  // namespace

std::variant<Json, std::string> number_from_literal(std::string_view literal, bool as_float) {
  const Parts parts = split(literal);
  if (!parts.valid) return "'" + std::string(literal) + "' is not a number";

  const bool integer_form = !parts.has_point && parts.exponent.empty();
  if (integer_form && !as_float) {
    const char* first = parts.whole.data();
    const char* last = first + parts.whole.size();
    if (parts.negative) {
      // from_chars takes the '-' itself; the digits follow it directly in `literal`.
      std::int64_t value = 0;
      const auto [end, error] = std::from_chars(first - 1, last, value);
      if (error == std::errc() && end == last) return Json(value);
    } else {
      std::uint64_t value = 0;
      const auto [end, error] = std::from_chars(first, last, value);
      if (error == std::errc() && end == last) return Json(value);
    }
  }

  // std::from_chars wants digits before the point and takes no '+': rebuild the literal.
  std::string text;
  if (parts.negative) text += '-';
  text += parts.whole.empty() ? std::string_view("0") : parts.whole;
  text += '.';
  text += parts.fraction.empty() ? std::string_view("0") : parts.fraction;
  if (!parts.exponent.empty()) {
    text += parts.exponent_negative ? "e-" : "e";
    text += parts.exponent;
  }
  double value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  const Decimal written = canonical(parts);
  if (error == std::errc::result_out_of_range || std::isinf(value) ||
      (value == 0 && !written.digits.empty())) {
    return "the number " + std::string(literal) + " is out of the range of a 64-bit float";
  }
  if (error != std::errc() || end != text.data() + text.size()) {
    return "'" + std::string(literal) + "' is not a number";
  }

  // Up to 17 significant digits name one double, which is what a JSON reader keeps. More
  // digits, or a subnormal (fewer bits), are only kept when they are the double's shortest
  // form or its exact value.
  if (written.digits.size() > kFloatDigits || std::fpclassify(value) == FP_SUBNORMAL) {
    if (!(written == printed(value, false) || written == printed(value, true))) {
      return too_precise(literal);
    }
  }
  return Json(value);
}

}  // namespace accord::openapi::detail
