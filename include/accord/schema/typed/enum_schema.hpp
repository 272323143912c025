#pragma once
/// @file
/// EnumSchema: a C++ `enum class` on the wire as one of its string names.

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "accord/schema/typed/typed_schema.hpp"

namespace accord::schema {

/// An enum class whose enumerators travel as strings chosen per value:
///
///     enumeration<Role>({{Role::admin, "admin"}, {Role::member, "member"}})
template <class E>
requires std::is_enum_v<E>
class EnumSchema : public TypedSchema<EnumSchema<E>, E> {
 public:
  using Entry = std::pair<E, std::string_view>;

  /// Throws std::invalid_argument on an empty list or a repeated wire name.
  EnumSchema(std::initializer_list<Entry> entries)
      : TypedSchema<EnumSchema<E>, E>(make_node(entries)),
        entries_(entries.begin(), entries.end()) {}

  /// The enumerator for wire name `name`, or nullptr.
  [[nodiscard]] const E* find(std::string_view name) const noexcept {
    for (const auto& [value, wire] : entries_) {
      if (wire == name) return &value;
    }
    return nullptr;
  }

  /// The wire name of `value`; throws std::out_of_range for an enumerator not in the list.
  [[nodiscard]] std::string_view name_of(E value) const {
    for (const auto& [candidate, wire] : entries_) {
      if (candidate == value) return wire;
    }
    throw std::out_of_range("enumerator has no wire name");
  }

  [[nodiscard]] Json to_json(E value) const { return std::string(name_of(value)); }
  void convert(const Json& json, E& out) const { out = *find(json.get<std::string>()); }

 private:
  static Node make_node(std::initializer_list<Entry> entries) {
    if (entries.size() == 0) throw std::invalid_argument("an enumeration needs at least one value");
    Node node;
    node.types = JsonType::string;
    node.string.emplace();
    node.enum_values.emplace();
    for (const auto& [value, wire] : entries) {
      Json name = std::string(wire);
      for (const auto& seen : *node.enum_values) {
        if (seen == name)
          throw std::invalid_argument("repeated enum wire name: " + std::string(wire));
      }
      node.enum_values->push_back(std::move(name));
    }
    return node;
  }

  std::vector<Entry> entries_;
};

/// An enum schema for enum class E, with a wire name per enumerator.
template <class E>
EnumSchema<E> enumeration(std::initializer_list<std::pair<E, std::string_view>> entries) {
  return EnumSchema<E>(entries);
}

}  // namespace accord::schema
