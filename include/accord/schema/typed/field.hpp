#pragma once
/// @file
/// Field: one member of a struct, bound to a wire name and a schema.

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include "accord/schema/typed/container_schemas.hpp"
#include "accord/schema/typed/schema_of.hpp"
#include "accord/schema/typed/tristate.hpp"

namespace accord::schema {

/// How a member type holds absence and null.
enum class FieldShape : std::uint8_t {
  plain,     ///< T: present (or defaulted) always
  optional,  ///< std::optional<T>: absent (and, if nullable, null) is std::nullopt
  tristate,  ///< Tristate<T>: absent, null and a value stay distinct
};

namespace detail {

template <class M>
struct MemberTraits {
  using value_type = M;
  static constexpr FieldShape shape = FieldShape::plain;
};
template <class V>
struct MemberTraits<std::optional<V>> {
  using value_type = V;
  static constexpr FieldShape shape = FieldShape::optional;
};
template <class V>
struct MemberTraits<Tristate<V>> {
  using value_type = V;
  static constexpr FieldShape shape = FieldShape::tristate;
};

}  // namespace detail

/// A struct member on the wire: `field("phoneNumber", &User::phone_number)`. The schema is
/// that of the member's value type (the T in std::optional<T> or Tristate<T>), given
/// explicitly or found with member_schema<T>().
///
/// Required-ness follows the member type: a plain member is required unless it has a default;
/// std::optional and Tristate members are optional. nullable() lets null in (an optional or
/// tristate member only).
template <class Owner, class M, class S>
class Field {
 public:
  using owner_type = Owner;
  using member_type = M;
  using schema_type = S;
  using value_type = typename detail::MemberTraits<M>::value_type;
  static constexpr FieldShape shape = detail::MemberTraits<M>::shape;

  static_assert(std::is_same_v<typename S::value_type, value_type>,
                "the field's schema must bind the member's value type");

  Field(std::string name, M Owner::*member, S schema)
      : name_(std::move(name)), member_(member), schema_(std::move(schema)),
        required_(shape == FieldShape::plain), nullable_(shape == FieldShape::tristate) {
    rebuild_node();
  }

  /// The value used when the key is absent from the input (never written on output as a
  /// substitute). Makes the field not required.
  [[nodiscard]] Field default_value(value_type value) const {
    Field copy = *this;
    copy.default_ = std::move(value);
    copy.required_ = false;
    copy.rebuild_node();
    return copy;
  }

  /// Accepts null (std::nullopt / Tristate null). Only for std::optional and Tristate members.
  [[nodiscard]] Field nullable() const
    requires(shape != FieldShape::plain)
  {
    Field copy = *this;
    copy.nullable_ = true;
    copy.rebuild_node();
    return copy;
  }

  /// Makes an optional member required (it must be present, and may be null if nullable).
  [[nodiscard]] Field required() const {
    Field copy = *this;
    copy.required_ = true;
    copy.rebuild_node();
    return copy;
  }

  [[nodiscard]] Field describe(std::string text) const {
    return with_meta([&](Metadata& m) { m.description = std::move(text); });
  }
  [[nodiscard]] Field example(Json value) const {
    return with_meta([&](Metadata& m) { m.examples.push_back(std::move(value)); });
  }
  [[nodiscard]] Field deprecated(bool on = true) const {
    return with_meta([&](Metadata& m) { m.deprecated = on; });
  }
  [[nodiscard]] Field read_only(bool on = true) const {
    return with_meta([&](Metadata& m) { m.read_only = on; });
  }
  [[nodiscard]] Field write_only(bool on = true) const {
    return with_meta([&](Metadata& m) { m.write_only = on; });
  }

  [[nodiscard]] std::string_view name() const noexcept { return name_; }
  [[nodiscard]] M Owner::*member() const noexcept { return member_; }
  [[nodiscard]] const S& schema() const noexcept { return schema_; }
  [[nodiscard]] bool is_required() const noexcept { return required_; }
  [[nodiscard]] bool is_nullable() const noexcept { return nullable_; }
  [[nodiscard]] const std::optional<value_type>& default_value() const noexcept { return default_; }
  /// The property's schema as it appears in the object (with field-level details).
  [[nodiscard]] const NodePtr& node() const noexcept { return node_; }

 private:
  template <class Change>
  Field with_meta(Change&& change) const {
    Field copy = *this;
    change(copy.meta_);
    copy.rebuild_node();
    return copy;
  }

  void rebuild_node() {
    bool plain = !nullable_ && !default_ && is_empty(meta_);
    if (plain) {
      node_ = schema_.node_ptr();
      return;
    }
    Node node = detail::use_site_node(schema_.node_ptr());
    node.nullable = node.nullable || nullable_;
    if (default_) node.meta.default_value = schema_.to_json(*default_);
    merge(node.meta, meta_);
    node_ = std::make_shared<const Node>(std::move(node));
  }

  static bool is_empty(const Metadata& m) {
    return m.description.empty() && m.examples.empty() && !m.deprecated && !m.read_only &&
           !m.write_only;
  }
  static void merge(Metadata& into, const Metadata& from) {
    if (!from.description.empty()) into.description = from.description;
    if (!from.examples.empty()) into.examples = from.examples;
    into.deprecated = into.deprecated || from.deprecated;
    into.read_only = into.read_only || from.read_only;
    into.write_only = into.write_only || from.write_only;
  }

  std::string name_;
  M Owner::*member_;
  S schema_;
  bool required_;
  bool nullable_;
  std::optional<value_type> default_;
  Metadata meta_;
  NodePtr node_;
};

/// A field whose schema is the member value type's own (member_schema<T>()).
template <class Owner, class M>
auto field(std::string name, M Owner::*member) {
  using Value = typename detail::MemberTraits<M>::value_type;
  return Field<Owner, M, decltype(member_schema<Value>())>(std::move(name), member,
                                                            member_schema<Value>());
}

/// A field with an explicit schema for the member's value type.
template <class Owner, class M, class S>
auto field(std::string name, M Owner::*member, S schema) {
  return Field<Owner, M, S>(std::move(name), member, std::move(schema));
}

}  // namespace accord::schema
