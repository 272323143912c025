#include "accord/schema/detail/checks.hpp"

#include <array>
#include <charconv>
#include <cmath>
#include <limits>
#include <string>

#include "accord/schema/pattern.hpp"
#include "number_text.hpp"

namespace accord::schema::detail {
namespace {

// zod 4's messages for its string formats.
std::string_view format_message(StringFormat format) {
  switch (format) {
    case StringFormat::email: return "Invalid email address";
    case StringFormat::uuid: return "Invalid UUID";
    case StringFormat::uri: return "Invalid URL";
    case StringFormat::date: return "Invalid ISO date";
    case StringFormat::date_time: return "Invalid ISO datetime";
    case StringFormat::time: return "Invalid ISO time";
    case StringFormat::ipv4: return "Invalid IPv4 address";
    case StringFormat::ipv6: return "Invalid IPv6 address";
    case StringFormat::hostname: return "Invalid hostname";
    case StringFormat::byte: return "Invalid base64-encoded string";
    case StringFormat::none: break;
  }
  return "Invalid string";
}

// "Too small: expected string to have >=3 characters" and its siblings.
void report_size(IssueSink& sink, bool too_small, std::string_view origin, std::string bound,
                 std::string_view unit) {
  std::string message = too_small ? "Too small: expected " : "Too big: expected ";
  message += origin;
  message += " to have ";
  message += bound;
  message += ' ';
  message += unit;
  sink.add(too_small ? IssueCode::too_small : IssueCode::too_big, std::move(message),
           std::move(bound));
}

void check_size(IssueSink& sink, std::uint64_t count, std::optional<std::uint64_t> min,
                std::optional<std::uint64_t> max, std::string_view origin,
                std::string_view unit) {
  if (min && max && *min == *max && count != *min) {
    report_size(sink, count < *min, origin, "exactly " + std::to_string(*min), unit);
    return;
  }
  if (min && count < *min) report_size(sink, true, origin, ">=" + std::to_string(*min), unit);
  if (max && count > *max) report_size(sink, false, origin, "<=" + std::to_string(*max), unit);
}

// "Too small: expected number to be >=3" (or >, <=, <).
void report_bound(IssueSink& sink, bool too_small, std::string_view op, double bound,
                  std::string_view received) {
  std::string expected = std::string(op) + format_number(bound);
  std::string message = too_small ? "Too small: expected number to be " :
                                    "Too big: expected number to be ";
  message += expected;
  sink.add(too_small ? IssueCode::too_small : IssueCode::too_big, std::move(message),
           std::move(expected), std::string(received));
}

void report_range(IssueSink& sink, const IntegerRange& range, bool too_small,
                  std::string received) {
  const std::string type = range.type_name.empty() ? "integer" : range.type_name;
  std::string expected = too_small ? ">=" + std::to_string(range.min) :
                                     "<=" + std::to_string(range.max);
  std::string message = "Number must fit in " + type + (too_small ? ": >= " : ": <= ") +
                        expected.substr(2);
  sink.add(too_small ? IssueCode::too_small : IssueCode::too_big, std::move(message),
           std::move(expected), std::move(received));
}

void report_multiple(IssueSink& sink, double divisor, std::string received) {
  const std::string text = format_number(divisor);
  sink.add(IssueCode::not_multiple_of, "Invalid number: must be a multiple of " + text,
           "multiple of " + text, std::move(received));
}

// Three-way comparison of an exact integer with a double, without rounding the integer.
template <class Int>
int compare_exact(Int value, double bound) {
  constexpr double kLimit = static_cast<double>(std::numeric_limits<Int>::max()) + 1.0;
  constexpr double kLowest = static_cast<double>(std::numeric_limits<Int>::min());
  if (bound >= kLimit) return -1;
  if (bound < kLowest) return 1;

  const double whole = std::trunc(bound);
  const auto bound_int = static_cast<Int>(whole);
  if (value != bound_int) return value < bound_int ? -1 : 1;
  if (bound > whole) return -1;
  return bound < whole ? 1 : 0;
}

template <class Compare>
void check_bounds(const NumberRules& rules, Compare compare, std::string_view received,
                  IssueSink& sink) {
  if (rules.minimum && compare(*rules.minimum) < 0) {
    report_bound(sink, true, ">=", *rules.minimum, received);
  }
  if (rules.exclusive_minimum && compare(*rules.exclusive_minimum) <= 0) {
    report_bound(sink, true, ">", *rules.exclusive_minimum, received);
  }
  if (rules.maximum && compare(*rules.maximum) > 0) {
    report_bound(sink, false, "<=", *rules.maximum, received);
  }
  if (rules.exclusive_maximum && compare(*rules.exclusive_maximum) >= 0) {
    report_bound(sink, false, "<", *rules.exclusive_maximum, received);
  }
}

bool is_multiple(double value, double divisor) {
  if (divisor == 0) return true;
  const double quotient = value / divisor;
  if (!std::isfinite(quotient)) return false;

  // Decimal divisors are inexact in binary (0.3 / 0.1 is 2.9999999999999996).
  constexpr double kTolerance = 64 * std::numeric_limits<double>::epsilon();
  const double nearest = std::round(quotient);
  return std::abs(quotient - nearest) <= kTolerance * std::max(1.0, std::abs(quotient));
}

// The divisor as an exact integer magnitude, when it is one.
std::optional<std::uint64_t> integral_divisor(double divisor) {
  constexpr double kExact = 9007199254740992.0;  // 2^53
  const double magnitude = std::abs(divisor);
  if (magnitude == 0 || magnitude > kExact || std::trunc(magnitude) != magnitude) return {};
  return static_cast<std::uint64_t>(magnitude);
}

void check_unsigned_multiple(const NumberRules& rules, std::uint64_t magnitude,
                             double as_double, std::string received, IssueSink& sink) {
  if (!rules.multiple_of) return;
  const auto divisor = integral_divisor(*rules.multiple_of);
  const bool ok = divisor ? magnitude % *divisor == 0 : is_multiple(as_double, *rules.multiple_of);
  if (!ok) report_multiple(sink, *rules.multiple_of, std::move(received));
}

// True for a node that allows any value: the empty schema.
bool unconstrained(const Node& node) {
  return node.types.is_all() && !node.never && !node.string && !node.number && !node.array &&
         !node.object && !node.enum_values && !node.const_value && node.all_of.empty() &&
         node.any_of.empty() && node.one_of.empty() && !node.not_schema && !node.discriminator &&
         !node.ref && !node.if_schema && node.refinements.empty();
}

std::string dump_values(const std::vector<Json>& values, std::string_view separator) {
  std::string out;
  for (const auto& value : values) {
    if (!out.empty()) out += separator;
    out += value.dump();
  }
  return out;
}

}  // namespace

std::string_view json_type_name(JsonType type) noexcept {
  switch (type) {
    case JsonType::null: return "null";
    case JsonType::boolean: return "boolean";
    case JsonType::integer:
    case JsonType::number: return "number";
    case JsonType::string: return "string";
    case JsonType::array: return "array";
    case JsonType::object: return "object";
  }
  return "unknown";
}

void report_type(IssueSink& sink, std::string_view expected, std::string_view received) {
  std::string message = "Invalid input: expected ";
  message += expected;
  message += ", received ";
  message += received;
  sink.add(IssueCode::invalid_type, std::move(message), std::string(expected),
           std::string(received));
}

void report_missing(IssueSink& sink, const Node& property_schema) {
  report_type(sink, expected_type_name(property_schema), "undefined");
}

void check_string(const StringRules& rules, std::string_view value, IssueSink& sink) {
  if (rules.min_length || rules.max_length) {
    check_size(sink, code_point_count(value), rules.min_length, rules.max_length, "string",
               "characters");
  }
  if (rules.format != StringFormat::none && !matches_format(rules.format, value)) {
    sink.add(IssueCode::invalid_format, std::string(format_message(rules.format)),
             std::string(to_string(rules.format)));
  }
  if (!rules.pattern) return;

  // A node built by hand may carry a pattern without its compiled form; a pattern that does
  // not compile is a schema error that the schema's author sees when the schema is read.
  std::shared_ptr<const Pattern> compiled = rules.compiled;
  if (!compiled) {
    auto result = Pattern::compile(*rules.pattern);
    if (auto* pattern = std::get_if<std::shared_ptr<const Pattern>>(&result)) compiled = *pattern;
  }
  if (compiled && !compiled->search(value)) {
    const std::string shown = "/" + *rules.pattern + "/";
    sink.add(IssueCode::invalid_format, "Invalid string: must match pattern " + shown, shown);
  }
}

void check_number(const NumberRules& rules, double value, IssueSink& sink) {
  const std::string received = format_number(value);
  const auto compare = [value](double bound) { return value < bound ? -1 : value > bound; };
  check_bounds(rules, compare, received, sink);
  if (rules.multiple_of && !is_multiple(value, *rules.multiple_of)) {
    report_multiple(sink, *rules.multiple_of, received);
  }
}

void check_integer(const NumberRules& rules, std::int64_t value, IssueSink& sink) {
  std::string received = std::to_string(value);
  if (rules.range) {
    if (value < rules.range->min) return report_range(sink, *rules.range, true, received);
    if (value > 0 && static_cast<std::uint64_t>(value) > rules.range->max) {
      return report_range(sink, *rules.range, false, received);
    }
  }
  const auto compare = [value](double bound) { return compare_exact(value, bound); };
  check_bounds(rules, compare, received, sink);

  const std::uint64_t magnitude = value < 0 ? 0 - static_cast<std::uint64_t>(value) :
                                              static_cast<std::uint64_t>(value);
  check_unsigned_multiple(rules, magnitude, static_cast<double>(value), std::move(received),
                          sink);
}

void check_unsigned(const NumberRules& rules, std::uint64_t value, IssueSink& sink) {
  std::string received = std::to_string(value);
  if (rules.range && value > rules.range->max) {
    return report_range(sink, *rules.range, false, received);
  }
  const auto compare = [value](double bound) { return compare_exact(value, bound); };
  check_bounds(rules, compare, received, sink);
  check_unsigned_multiple(rules, value, static_cast<double>(value), std::move(received), sink);
}

void report_integer_overflow(const NumberRules& rules, std::string_view literal, bool negative,
                             IssueSink& sink) {
  IntegerRange range;
  if (rules.range) {
    range = *rules.range;
  } else {
    range = {std::numeric_limits<std::int64_t>::min(), std::numeric_limits<std::uint64_t>::max(),
             negative ? "int64" : "uint64"};
  }
  report_range(sink, range, negative, std::string(literal));
}

void check_array_size(const ArrayRules& rules, std::uint64_t count, IssueSink& sink) {
  check_size(sink, count, rules.min_items, rules.max_items, "array", "items");
}

void check_object_size(const ObjectRules& rules, std::uint64_t count, IssueSink& sink) {
  check_size(sink, count, rules.min_properties, rules.max_properties, "object", "properties");
}

void report_not_unique(IssueSink& sink, std::size_t first, std::size_t second) {
  sink.add(IssueCode::not_unique,
           "Invalid array: items " + std::to_string(first) + " and " + std::to_string(second) +
               " are equal",
           "unique items");
}

void report_invalid_value(IssueSink& sink, const std::vector<Json>& allowed, const Json& got) {
  std::string expected = dump_values(allowed, "|");
  std::string message = allowed.size() == 1 ? "Invalid input: expected " + expected :
                                              "Invalid option: expected one of " + expected;
  sink.add(IssueCode::invalid_value, std::move(message), std::move(expected), got.dump());
}

std::vector<std::string> required_keys_only(const Node& node) {
  if (!node.object || !node.types.is_all() || node.string || node.number || node.array ||
      node.enum_values || node.const_value || !node.all_of.empty() || !node.any_of.empty() ||
      !node.one_of.empty() || node.not_schema || node.ref || node.if_schema) {
    return {};
  }
  const ObjectRules& rules = *node.object;
  if (rules.additional || rules.unknown_keys == UnknownKeys::strict || rules.property_names ||
      rules.min_properties || rules.max_properties || !rules.pattern_properties.empty() ||
      !rules.dependencies.empty() || rules.unevaluated) {
    return {};
  }
  std::vector<std::string> keys;
  for (const auto& property : rules.properties) {
    if (!property.required || !property.schema || !unconstrained(*property.schema)) return {};
    keys.push_back(property.name);
  }
  return keys;
}

void report_missing_dependency(IssueSink& sink, std::string_view present) {
  const std::string quoted = Json(std::string(present)).dump();
  sink.add(IssueCode::invalid_type, "Invalid input: required when " + quoted + " is present",
           "present with " + quoted, "undefined");
}

void check_contains_count(const ArrayRules& rules, std::uint64_t matches, IssueSink& sink) {
  const std::uint64_t min = rules.min_contains.value_or(1);
  if (matches < min) {
    report_size(sink, true, "array", ">=" + std::to_string(min), "items matching 'contains'");
  }
  if (rules.max_contains && matches > *rules.max_contains) {
    report_size(sink, false, "array", "<=" + std::to_string(*rules.max_contains),
                "items matching 'contains'");
  }
}

void report_excluded(IssueSink& sink, const Node& excluded, const Json& value) {
  std::string received = value.is_object() || value.is_array()
                             ? std::string(value.is_object() ? "object" : "array")
                             : value.dump();
  const auto keys = required_keys_only(excluded);
  if (keys.empty()) {
    sink.add(IssueCode::invalid_value, "Invalid input: must not match the excluded schema", "not",
             std::move(received));
    return;
  }
  std::string names;
  for (std::size_t i = 0; i < keys.size(); ++i) {
    if (i > 0) names += i + 1 == keys.size() ? " and " : ", ";
    names += Json(keys[i]).dump();
  }
  std::string message = keys.size() == 1 ? "Invalid input: must not have property " + names
                                         : "Invalid input: must not have " + names + " together";
  sink.add(IssueCode::invalid_value, std::move(message), "not", std::move(received));
}

void report_unrecognized_keys(IssueSink& sink, std::vector<std::string> keys) {
  std::string message = keys.size() == 1 ? "Unrecognized key: " : "Unrecognized keys: ";
  for (std::size_t i = 0; i < keys.size(); ++i) {
    if (i > 0) message += ", ";
    message += Json(keys[i]).dump();
  }
  sink.add(IssueCode::unrecognized_keys, std::move(message)).keys = std::move(keys);
}

void report_duplicate_key(IssueSink& sink, std::string_view key) {
  const std::string quoted = Json(std::string(key)).dump();
  sink.add(IssueCode::duplicate_key, "Duplicate key: " + quoted, "unique keys")
      .keys.emplace_back(key);
}

void report_refinement(IssueSink& sink, const Refinement& refinement) {
  sink.add(IssueCode::custom, refinement.message.empty() ? "Invalid input" : refinement.message,
           refinement.name);
}

std::uint64_t code_point_count(std::string_view value) noexcept {
  std::uint64_t count = 0;
  for (char c : value) {
    if ((static_cast<unsigned char>(c) & 0xC0U) != 0x80U) ++count;
  }
  return count;
}

}  // namespace accord::schema::detail
