#pragma once
/// @file
/// ObjectSchema: a plain struct on the wire, field by field.

#include <array>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>

#include "accord/schema/typed/field.hpp"
#include "accord/schema/typed/typed_schema.hpp"

namespace accord::schema {

/// A struct T bound through its members, with no macro, base class or generated code:
///
///     object<User>(field("name", &User::name, string().min(1)),
///                  field("phoneNumber", &User::phone_number))
///         .named("User")
///
/// Unknown keys are dropped by default (strip); strict() reports them; passthrough() keeps
/// them in a Json member.
template <class T, class... F>
class ObjectSchema : public TypedSchema<ObjectSchema<T, F...>, T> {
  using Base = TypedSchema<ObjectSchema<T, F...>, T>;

 public:
  static_assert((std::is_same_v<typename F::owner_type, T> && ...),
                "every field must be a member of the object's type");
  static_assert(sizeof...(F) <= 64, "an object schema holds at most 64 fields");

  explicit ObjectSchema(F... fields) : Base(make_node(fields...)), fields_(std::move(fields)...) {
    names_ = std::apply(
        [](const auto&... f) { return std::array<std::string_view, sizeof...(F)>{f.name()...}; },
        fields_);
  }

  ObjectSchema(const ObjectSchema& other)
      : Base(other), fields_(other.fields_), extras_(other.extras_) {
    refresh_names();
  }
  ObjectSchema& operator=(const ObjectSchema& other) {
    Base::operator=(other);
    fields_ = other.fields_;
    extras_ = other.extras_;
    refresh_names();
    return *this;
  }

  /// Unknown keys are an unrecognized_keys issue (additionalProperties: false).
  [[nodiscard]] ObjectSchema strict() const {
    return this->edit([](Node& n) { n.object->unknown_keys = UnknownKeys::strict; });
  }
  /// Unknown keys are accepted and dropped (the default).
  [[nodiscard]] ObjectSchema strip() const {
    return this->edit([](Node& n) { n.object->unknown_keys = UnknownKeys::strip; });
  }
  /// Unknown keys are accepted and kept in `extras` (a Json object member of T).
  [[nodiscard]] ObjectSchema passthrough(Json T::*extras) const {
    ObjectSchema copy =
        this->edit([](Node& n) { n.object->unknown_keys = UnknownKeys::passthrough; });
    copy.extras_ = extras;
    return copy;
  }

  [[nodiscard]] const std::tuple<F...>& fields() const noexcept { return fields_; }
  /// The wire names, in declared order (views into the fields).
  [[nodiscard]] const std::array<std::string_view, sizeof...(F)>& names() const noexcept {
    return names_;
  }
  /// The member that keeps unknown keys, or nullptr.
  [[nodiscard]] Json T::*extras() const noexcept { return extras_; }
  [[nodiscard]] UnknownKeys unknown_keys() const noexcept {
    return this->node().object->unknown_keys;
  }

  /// Writes `value` as JSON, fields in declared order; absent optionals are left out.
  [[nodiscard]] Json to_json(const T& value) const {
    Json out = Json::object();
    std::apply([&](const auto&... f) { (write_field(f, value, out), ...); }, fields_);
    if (extras_ != nullptr) {
      for (const auto& [key, extra] : (value.*extras_).items()) {
        if (!out.contains(key)) out[key] = extra;
      }
    }
    return out;
  }

  /// Fills `out` from a DOM value that satisfies node() (defaults for absent keys).
  void convert(const Json& json, T& out) const {
    std::apply([&](const auto&... f) { (read_field(f, json, out), ...); }, fields_);
    if (extras_ == nullptr) return;
    (out.*extras_) = Json::object();
    for (const auto& [key, extra] : json.items()) {
      if (!is_declared(key)) (out.*extras_)[key] = extra;
    }
  }

  /// True when `key` is one of the declared wire names.
  [[nodiscard]] bool is_declared(std::string_view key) const noexcept {
    for (auto name : names_) {
      if (name == key) return true;
    }
    return false;
  }

 private:
  template <class Fld>
  static void write_field(const Fld& f, const T& value, Json& out) {
    const auto& member = value.*(f.member());
    if constexpr (Fld::shape == FieldShape::plain) {
      out[std::string(f.name())] = f.schema().to_json(member);
    } else if constexpr (Fld::shape == FieldShape::optional) {
      if (member) {
        out[std::string(f.name())] = f.schema().to_json(*member);
      } else if (f.is_required()) {
        out[std::string(f.name())] = nullptr;
      }
    } else {
      if (member.has_value()) {
        out[std::string(f.name())] = f.schema().to_json(member.value());
      } else if (member.is_null()) {
        out[std::string(f.name())] = nullptr;
      }
    }
  }

  template <class Fld>
  static void read_field(const Fld& f, const Json& json, T& out) {
    auto& member = out.*(f.member());
    auto found = json.find(std::string(f.name()));
    if (found == json.end()) {
      if constexpr (Fld::shape == FieldShape::plain) {
        if (f.default_value()) member = *f.default_value();
      } else if constexpr (Fld::shape == FieldShape::optional) {
        if (f.default_value())
          member = *f.default_value();
        else
          member.reset();
      } else {
        if (f.default_value())
          member = *f.default_value();
        else
          member.reset();
      }
      return;
    }
    if constexpr (Fld::shape == FieldShape::plain) {
      f.schema().convert(*found, member);
    } else if constexpr (Fld::shape == FieldShape::optional) {
      if (found->is_null())
        member.reset();
      else
        f.schema().convert(*found, member.emplace());
    } else {
      if (found->is_null())
        member.set_null();
      else
        f.schema().convert(*found, member.emplace());
    }
  }

  void refresh_names() {
    names_ = std::apply(
        [](const auto&... f) { return std::array<std::string_view, sizeof...(F)>{f.name()...}; },
        fields_);
  }

  static Node make_node(const F&... fields) {
    Node node;
    node.types = JsonType::object;
    node.object.emplace();
    (node.object->properties.push_back(
         Property{std::string(fields.name()), fields.node(), fields.is_required()}),
     ...);
    std::set<std::string_view> seen;
    for (const auto& property : node.object->properties) {
      if (!seen.insert(property.name).second) {
        throw std::invalid_argument("object schema declares field '" + property.name + "' twice");
      }
    }
    return node;
  }

  std::tuple<F...> fields_;
  std::array<std::string_view, sizeof...(F)> names_{};
  Json T::*extras_ = nullptr;
};

/// An object schema for struct T from its fields.
template <class T, class... F>
ObjectSchema<T, F...> object(F... fields) {
  return ObjectSchema<T, F...>(std::move(fields)...);
}

}  // namespace accord::schema
