#pragma once
/// @file
/// IntersectionSchema: a value that satisfies two object schemas at once (allOf), bound to a
/// struct that derives from the structs of both parts.

#include <type_traits>
#include <utility>

#include "accord/schema/typed/typed_schema.hpp"

namespace accord::schema {

/// Both parts read the same input; each binds its own base of T:
///
///     struct Named { std::string name; };
///     struct Stamped { std::string created_at; };
///     struct Entry : Named, Stamped {};
///     auto entry = all_of<Entry>(named_schema, stamped_schema);
///
/// As in JSON Schema's allOf, a strict part rejects the keys only the other part declares.
template <class T, class A, class B>
class IntersectionSchema : public TypedSchema<IntersectionSchema<T, A, B>, T> {
  using Base = TypedSchema<IntersectionSchema<T, A, B>, T>;
  using First = typename A::value_type;
  using Second = typename B::value_type;

 public:
  static_assert(std::is_base_of_v<First, T> || std::is_same_v<First, T>,
                "the first part must bind T or a base of T");
  static_assert(std::is_base_of_v<Second, T> || std::is_same_v<Second, T>,
                "the second part must bind T or a base of T");

  IntersectionSchema(A first, B second)
      : Base(make_node(first, second)), first_(std::move(first)), second_(std::move(second)) {}

  [[nodiscard]] const A& first() const noexcept { return first_; }
  [[nodiscard]] const B& second() const noexcept { return second_; }

  /// Both parts' keys in one object; the first part's value wins on a shared key.
  [[nodiscard]] Json to_json(const T& value) const {
    Json out = first_.to_json(static_cast<const First&>(value));
    for (auto& [key, item] : second_.to_json(static_cast<const Second&>(value)).items()) {
      if (!out.contains(key)) out[key] = item;
    }
    return out;
  }
  void convert(const Json& json, T& out) const {
    first_.convert(json, static_cast<First&>(out));
    second_.convert(json, static_cast<Second&>(out));
  }

 private:
  static Node make_node(const A& first, const B& second) {
    Node node;
    node.all_of = {first.node_ptr(), second.node_ptr()};
    return node;
  }

  A first_;
  B second_;
};

/// The intersection (allOf) of two object schemas, bound to T.
template <class T, class A, class B>
IntersectionSchema<T, A, B> all_of(A first, B second) {
  return IntersectionSchema<T, A, B>(std::move(first), std::move(second));
}

}  // namespace accord::schema
