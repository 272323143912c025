#pragma once
/// @file
/// RefSchema<T>: a lazy reference to the declared schema of T (recursion, components).

#include "accord/schema/typed/typed_schema.hpp"

namespace accord::schema {

template <class T>
const auto& schema_of();

/// Refers to `schema_of<T>()` without building it, so a type may contain itself:
///
///     struct Tree { std::string name; std::vector<Tree> children; };
///     // children's schema is array(ref<Tree>()), found automatically.
template <class T>
class RefSchema : public TypedSchema<RefSchema<T>, T> {
 public:
  RefSchema() : TypedSchema<RefSchema<T>, T>(make_node()) {}

  /// The schema referred to (built on first use).
  [[nodiscard]] const auto& target() const { return schema_of<T>(); }

  [[nodiscard]] Json to_json(const T& value) const { return target().to_json(value); }
  void convert(const Json& json, T& out) const { target().convert(json, out); }

 private:
  static Node make_node() {
    Node node;
    node.ref = Reference{{}, {}, [] { return &schema_of<T>().node(); }};
    return node;
  }
};

/// A lazy reference to T's declared schema.
template <class T>
RefSchema<T> ref() {
  return {};
}

}  // namespace accord::schema
