#pragma once
/// @file
/// Schemas of containers: NullableSchema (std::optional), ArraySchema (std::vector),
/// TupleSchema (std::tuple) and RecordSchema (std::map<std::string, T>).

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "accord/schema/typed/typed_schema.hpp"

namespace accord::schema {

namespace detail {

/// A node to add use-site details to (nullable, description, ...) without changing the
/// schema it came from: a named component is referenced, an anonymous one is copied.
inline Node use_site_node(const NodePtr& node) {
  if (node->meta.name.empty()) return *node;
  Node wrapper;
  wrapper.ref = Reference{node->meta.name, {}, [node] { return node.get(); }};
  return wrapper;
}

}  // namespace detail

/// A value or null, bound to std::optional<T> (null <-> std::nullopt).
template <class S>
class NullableSchema
    : public TypedSchema<NullableSchema<S>, std::optional<typename S::value_type>> {
  using Base = TypedSchema<NullableSchema<S>, std::optional<typename S::value_type>>;

 public:
  explicit NullableSchema(S inner) : Base(make_node(inner)), inner_(std::move(inner)) {}

  [[nodiscard]] const S& inner() const noexcept { return inner_; }

  [[nodiscard]] Json to_json(const std::optional<typename S::value_type>& value) const {
    return value ? inner_.to_json(*value) : Json(nullptr);
  }
  void convert(const Json& json, std::optional<typename S::value_type>& out) const {
    if (json.is_null()) {
      out.reset();
    } else {
      inner_.convert(json, out.emplace());
    }
  }

 private:
  static Node make_node(const S& inner) {
    Node node = detail::use_site_node(inner.node_ptr());
    node.nullable = true;
    return node;
  }

  S inner_;
};

/// An array bound to std::vector<T>.
template <class S>
class ArraySchema : public TypedSchema<ArraySchema<S>, std::vector<typename S::value_type>> {
  using Base = TypedSchema<ArraySchema<S>, std::vector<typename S::value_type>>;
  using Items = std::vector<typename S::value_type>;

 public:
  explicit ArraySchema(S items) : Base(make_node(items)), items_(std::move(items)) {}

  [[nodiscard]] ArraySchema min(std::uint64_t count) const {
    return this->edit([&](Node& n) { n.array->min_items = count; });
  }
  [[nodiscard]] ArraySchema max(std::uint64_t count) const {
    return this->edit([&](Node& n) { n.array->max_items = count; });
  }
  /// No two items may be equal (as JSON values).
  [[nodiscard]] ArraySchema unique() const {
    return this->edit([&](Node& n) { n.array->unique_items = true; });
  }

  [[nodiscard]] const S& items() const noexcept { return items_; }

  [[nodiscard]] Json to_json(const Items& values) const {
    Json out = Json::array();
    for (const auto& value : values) out.push_back(items_.to_json(value));
    return out;
  }
  void convert(const Json& json, Items& out) const {
    out.clear();
    out.reserve(json.size());
    for (const auto& item : json) items_.convert(item, out.emplace_back());
  }

 private:
  static Node make_node(const S& items) {
    Node node;
    node.types = JsonType::array;
    node.array.emplace();
    node.array->items = items.node_ptr();
    return node;
  }

  S items_;
};

/// A fixed-length array whose positions have their own schemas, bound to std::tuple.
template <class... S>
class TupleSchema
    : public TypedSchema<TupleSchema<S...>, std::tuple<typename S::value_type...>> {
  using Base = TypedSchema<TupleSchema<S...>, std::tuple<typename S::value_type...>>;
  using Values = std::tuple<typename S::value_type...>;

 public:
  explicit TupleSchema(S... items) : Base(make_node(items...)), items_(std::move(items)...) {}

  [[nodiscard]] const std::tuple<S...>& items() const noexcept { return items_; }

  [[nodiscard]] Json to_json(const Values& values) const {
    Json out = Json::array();
    std::apply([&](const auto&... schema) {
      std::apply([&](const auto&... value) { (out.push_back(schema.to_json(value)), ...); },
                 values);
    }, items_);
    return out;
  }
  void convert(const Json& json, Values& out) const {
    convert_each(json, out, std::index_sequence_for<S...>{});
  }

 private:
  template <std::size_t... I>
  void convert_each(const Json& json, Values& out, std::index_sequence<I...>) const {
    (std::get<I>(items_).convert(json.at(I), std::get<I>(out)), ...);
  }

  static Node make_node(const S&... items) {
    Node node;
    node.types = JsonType::array;
    node.array.emplace();
    node.array->prefix_items = {items.node_ptr()...};
    node.array->closed = true;
    node.array->min_items = sizeof...(S);
    node.array->max_items = sizeof...(S);
    return node;
  }

  std::tuple<S...> items_;
};

/// An object used as a map from string keys to values of one schema, bound to
/// std::map<std::string, T> (JSON Schema: additionalProperties).
template <class S>
class RecordSchema
    : public TypedSchema<RecordSchema<S>, std::map<std::string, typename S::value_type>> {
  using Map = std::map<std::string, typename S::value_type>;
  using Base = TypedSchema<RecordSchema<S>, Map>;

 public:
  explicit RecordSchema(S values) : Base(make_node(values)), values_(std::move(values)) {}

  [[nodiscard]] RecordSchema min(std::uint64_t count) const {
    return this->edit([&](Node& n) { n.object->min_properties = count; });
  }
  [[nodiscard]] RecordSchema max(std::uint64_t count) const {
    return this->edit([&](Node& n) { n.object->max_properties = count; });
  }

  [[nodiscard]] const S& values() const noexcept { return values_; }

  [[nodiscard]] Json to_json(const Map& map) const {
    Json out = Json::object();
    for (const auto& [key, value] : map) out[key] = values_.to_json(value);
    return out;
  }
  void convert(const Json& json, Map& out) const {
    out.clear();
    for (const auto& [key, value] : json.items()) values_.convert(value, out[key]);
  }

 private:
  static Node make_node(const S& values) {
    Node node;
    node.types = JsonType::object;
    node.object.emplace();
    node.object->unknown_keys = UnknownKeys::passthrough;
    node.object->additional = values.node_ptr();
    return node;
  }

  S values_;
};

/// null or a value of `inner`, bound to std::optional.
template <class S>
NullableSchema<S> nullable(S inner) {
  return NullableSchema<S>(std::move(inner));
}
/// An array of `items`, bound to std::vector.
template <class S>
ArraySchema<S> array(S items) {
  return ArraySchema<S>(std::move(items));
}
/// A tuple of the given positions, bound to std::tuple.
template <class... S>
TupleSchema<S...> tuple(S... items) {
  return TupleSchema<S...>(std::move(items)...);
}
/// A string-keyed map of `values`, bound to std::map<std::string, T>.
template <class S>
RecordSchema<S> record(S values) {
  return RecordSchema<S>(std::move(values));
}

}  // namespace accord::schema
