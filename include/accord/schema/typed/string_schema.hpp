#pragma once
/// @file
/// StringSchema: strings bound to std::string, with lengths, pattern, format and enum values.

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

#include "accord/schema/pattern.hpp"
#include "accord/schema/typed/typed_schema.hpp"

namespace accord::schema {

/// A string value. Lengths count Unicode code points.
class StringSchema : public TypedSchema<StringSchema, std::string> {
 public:
  StringSchema() : TypedSchema(make_node()) {}

  [[nodiscard]] StringSchema min(std::uint64_t length) const {
    return edit([&](Node& n) { n.string->min_length = length; });
  }
  [[nodiscard]] StringSchema max(std::uint64_t length) const {
    return edit([&](Node& n) { n.string->max_length = length; });
  }
  [[nodiscard]] StringSchema length(std::uint64_t exact) const { return min(exact).max(exact); }

  /// An ECMA-262 regular expression the string must match somewhere (anchor it with ^...$).
  /// Throws std::invalid_argument when the pattern does not compile.
  [[nodiscard]] StringSchema pattern(std::string_view source) const {
    auto compiled = Pattern::compile_or_throw(source);
    return edit([&](Node& n) {
      n.string->pattern = std::string(source);
      n.string->compiled = compiled;
    });
  }

  /// A format accord checks (email, uuid, uri, date, date-time, time, ipv4, ipv6, ...).
  [[nodiscard]] StringSchema format(StringFormat format) const {
    return edit([&](Node& n) {
      n.string->format = format;
      n.string->format_name = std::string(to_string(format));
    });
  }
  [[nodiscard]] StringSchema email() const { return format(StringFormat::email); }
  [[nodiscard]] StringSchema uuid() const { return format(StringFormat::uuid); }
  [[nodiscard]] StringSchema uri() const { return format(StringFormat::uri); }
  [[nodiscard]] StringSchema date() const { return format(StringFormat::date); }
  [[nodiscard]] StringSchema date_time() const { return format(StringFormat::date_time); }
  [[nodiscard]] StringSchema time() const { return format(StringFormat::time); }
  [[nodiscard]] StringSchema ipv4() const { return format(StringFormat::ipv4); }
  [[nodiscard]] StringSchema ipv6() const { return format(StringFormat::ipv6); }
  [[nodiscard]] StringSchema hostname() const { return format(StringFormat::hostname); }
  [[nodiscard]] StringSchema byte() const { return format(StringFormat::byte); }

  /// Restricts the string to these values (a string enum).
  [[nodiscard]] StringSchema one_of(std::initializer_list<std::string_view> values) const {
    return edit([&](Node& n) {
      n.enum_values.emplace();
      for (auto value : values) n.enum_values->emplace_back(std::string(value));
    });
  }

  /// The value to use when the field is absent (input only).
  [[nodiscard]] Json to_json(const std::string& value) const { return value; }
  void convert(const Json& json, std::string& out) const { out = json.get<std::string>(); }

 private:
  static Node make_node() {
    Node node;
    node.types = JsonType::string;
    node.string.emplace();
    return node;
  }
};

/// A string schema: `string().min(1).email()`.
inline StringSchema string() { return {}; }

}  // namespace accord::schema
