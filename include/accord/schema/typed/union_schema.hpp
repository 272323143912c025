#pragma once
/// @file
/// UnionSchema (anyOf / oneOf) and DiscriminatedUnionSchema, bound to std::variant.

#include <stdexcept>
#include <string>
#include <tuple>
#include <utility>
#include <variant>
#include <vector>

#include "accord/schema/typed/typed_schema.hpp"
#include "accord/schema/validate.hpp"

namespace accord::schema {

namespace detail {

// Follows references to the node that carries the rules.
inline const Node& resolved(const Node& node) {
  const Node* current = &node;
  for (int hops = 0; current->ref && hops < 64; ++hops) {
    const Node* next = current->ref->resolve();
    if (next == nullptr) break;
    current = next;
  }
  return *current;
}

/// The index of alternative type V in variant type Values.
template <class V, class Values, std::size_t I = 0>
constexpr std::size_t variant_index() {
  if constexpr (std::is_same_v<std::variant_alternative_t<I, Values>, V>) {
    return I;
  } else {
    return variant_index<V, Values, I + 1>();
  }
}

}  // namespace detail

/// A value matching one of several schemas, bound to std::variant. The first alternative
/// that accepts the value wins (anyOf); with exclusive(), exactly one must (oneOf).
template <class... S>
class UnionSchema : public TypedSchema<UnionSchema<S...>, std::variant<typename S::value_type...>> {
  using Values = std::variant<typename S::value_type...>;
  using Base = TypedSchema<UnionSchema<S...>, Values>;

 public:
  explicit UnionSchema(S... options)
      : Base(make_node(false, options...)), options_(std::move(options)...) {}

  /// Exactly one alternative may accept the value (oneOf).
  [[nodiscard]] UnionSchema exclusive() const {
    return this->edit([](Node& n) { std::swap(n.any_of, n.one_of); });
  }
  [[nodiscard]] bool is_exclusive() const noexcept { return !this->node().one_of.empty(); }

  [[nodiscard]] const std::tuple<S...>& options() const noexcept { return options_; }

  [[nodiscard]] Json to_json(const Values& value) const {
    return std::visit(
        [&](const auto& alternative) -> Json {
          constexpr auto index =
              detail::variant_index<std::decay_t<decltype(alternative)>, Values>();
          return std::get<index>(options_).to_json(alternative);
        },
        value);
  }
  /// DOM conversion: the first alternative whose node accepts the value.
  void convert(const Json& json, Values& out) const {
    convert_first(json, out, std::index_sequence_for<S...>{});
  }

 private:
  template <std::size_t... I>
  void convert_first(const Json& json, Values& out, std::index_sequence<I...>) const {
    (void)((validate(std::get<I>(options_).node(), json).empty()
                ? (std::get<I>(options_).convert(json, out.template emplace<I>()), true)
                : false) ||
           ...);
  }

  static Node make_node(bool exclusive, const S&... options) {
    Node node;
    std::vector<NodePtr> alternatives{options.node_ptr()...};
    (exclusive ? node.one_of : node.any_of) = std::move(alternatives);
    return node;
  }

  std::tuple<S...> options_;
};

/// Object alternatives told apart by the value of one property (a literal in each):
///
///     discriminated_union("type", card_schema, bank_schema)
template <class... S>
class DiscriminatedUnionSchema
    : public TypedSchema<DiscriminatedUnionSchema<S...>, std::variant<typename S::value_type...>> {
  using Values = std::variant<typename S::value_type...>;
  using Base = TypedSchema<DiscriminatedUnionSchema<S...>, Values>;

 public:
  /// Throws std::invalid_argument when an alternative is not an object with a single-valued
  /// `property`, or two alternatives share a value.
  DiscriminatedUnionSchema(std::string property, S... options)
      : Base(make_node(property, options...)),
        property_(std::move(property)),
        options_(std::move(options)...) {
    for (const auto& [value, node] : this->node().discriminator->mapping) tags_.push_back(value);
  }

  [[nodiscard]] const std::string& property() const noexcept { return property_; }
  /// The tag value of each alternative, in order.
  [[nodiscard]] const std::vector<std::string>& tags() const noexcept { return tags_; }
  [[nodiscard]] const std::tuple<S...>& options() const noexcept { return options_; }

  [[nodiscard]] Json to_json(const Values& value) const {
    return std::visit(
        [&](const auto& alternative) -> Json {
          constexpr auto index =
              detail::variant_index<std::decay_t<decltype(alternative)>, Values>();
          return std::get<index>(options_).to_json(alternative);
        },
        value);
  }
  void convert(const Json& json, Values& out) const {
    const auto tag = json.at(property_).get<std::string>();
    convert_at(json, out, tag, std::index_sequence_for<S...>{});
  }

 private:
  template <std::size_t... I>
  void convert_at(const Json& json, Values& out, const std::string& tag,
                  std::index_sequence<I...>) const {
    (void)((tags_[I] == tag ? (std::get<I>(options_).convert(json, out.template emplace<I>()), true)
                            : false) ||
           ...);
  }

  static std::string tag_of(const Node& alternative, const std::string& property) {
    const Node& body = detail::resolved(alternative);
    if (body.object) {
      for (const auto& field : body.object->properties) {
        const Node& value = detail::resolved(*field.schema);
        if (field.name == property && value.const_value && value.const_value->is_string()) {
          return value.const_value->template get<std::string>();
        }
      }
    }
    throw std::invalid_argument("discriminated union: an alternative has no literal string '" +
                                property + "' property");
  }

  static Node make_node(const std::string& property, const S&... options) {
    Node node;
    node.one_of = {options.node_ptr()...};
    node.discriminator.emplace();
    node.discriminator->property = property;
    for (const auto& option : node.one_of) {
      std::string tag = tag_of(*option, property);
      for (const auto& [seen, unused] : node.discriminator->mapping) {
        if (seen == tag) throw std::invalid_argument("discriminated union: repeated tag " + tag);
      }
      node.discriminator->mapping.emplace_back(std::move(tag), option);
    }
    return node;
  }

  std::string property_;
  std::tuple<S...> options_;
  std::vector<std::string> tags_;
};

/// A union of the alternatives (anyOf), bound to std::variant of their types.
template <class... S>
UnionSchema<S...> union_of(S... options) {
  return UnionSchema<S...>(std::move(options)...);
}

/// A discriminated union on `property`, bound to std::variant of the alternatives' types.
template <class... S>
DiscriminatedUnionSchema<S...> discriminated_union(std::string property, S... options) {
  return DiscriminatedUnionSchema<S...>(std::move(property), std::move(options)...);
}

}  // namespace accord::schema
