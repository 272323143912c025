#pragma once
/// @file
/// BooleanSchema and LiteralSchema: true/false, and one fixed value.

#include <string>
#include <utility>

#include "accord/schema/typed/typed_schema.hpp"

namespace accord::schema {

/// A boolean bound to bool.
class BooleanSchema : public TypedSchema<BooleanSchema, bool> {
 public:
  BooleanSchema() : TypedSchema(make_node()) {}

  [[nodiscard]] Json to_json(bool value) const { return value; }
  void convert(const Json& json, bool& out) const { out = json.get<bool>(); }

 private:
  static Node make_node() {
    Node node;
    node.types = JsonType::boolean;
    return node;
  }
};

/// Exactly one string value, bound to std::string: the tag of a discriminated union
/// (`literal("card")`), or a fixed marker.
class LiteralSchema : public TypedSchema<LiteralSchema, std::string> {
 public:
  explicit LiteralSchema(std::string value)
      : TypedSchema(make_node(value)), value_(std::move(value)) {}

  /// The one allowed value.
  [[nodiscard]] const std::string& value() const noexcept { return value_; }

  [[nodiscard]] Json to_json(const std::string& value) const { return value; }
  void convert(const Json& json, std::string& out) const { out = json.get<std::string>(); }

 private:
  static Node make_node(const std::string& value) {
    Node node;
    node.types = JsonType::string;
    node.string.emplace();
    node.const_value = value;
    return node;
  }

  std::string value_;
};

/// A boolean schema.
inline BooleanSchema boolean() {
  return {};
}

/// A schema that accepts only `value`.
inline LiteralSchema literal(std::string value) {
  return LiteralSchema(std::move(value));
}

}  // namespace accord::schema
