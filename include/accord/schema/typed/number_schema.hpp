#pragma once
/// @file
/// IntegerSchema and NumberSchema: numbers bound to C++ integer and floating-point types.

#include <concepts>
#include <cstdint>
#include <limits>
#include <string>
#include <type_traits>

#include "accord/schema/typed/typed_schema.hpp"

namespace accord::schema {

namespace detail {

/// The OpenAPI name of an integer type's range ("int32", "uint8", ...).
template <class I>
std::string integer_type_name() {
  return std::string(std::is_signed_v<I> ? "int" : "uint") +
         std::to_string(sizeof(I) * 8);
}

/// Shared numeric bound setters for IntegerSchema and NumberSchema.
template <class Derived, class T>
class NumericSchema : public TypedSchema<Derived, T> {
 public:
  /// value >= bound
  [[nodiscard]] Derived min(double bound) const {
    return this->edit([&](Node& n) { n.number->minimum = bound; });
  }
  /// value <= bound
  [[nodiscard]] Derived max(double bound) const {
    return this->edit([&](Node& n) { n.number->maximum = bound; });
  }
  /// value > bound
  [[nodiscard]] Derived gt(double bound) const {
    return this->edit([&](Node& n) { n.number->exclusive_minimum = bound; });
  }
  /// value < bound
  [[nodiscard]] Derived lt(double bound) const {
    return this->edit([&](Node& n) { n.number->exclusive_maximum = bound; });
  }
  [[nodiscard]] Derived multiple_of(double factor) const {
    return this->edit([&](Node& n) { n.number->multiple_of = factor; });
  }
  [[nodiscard]] Json to_json(const T& value) const { return value; }
  void convert(const Json& json, T& out) const {
    if constexpr (std::is_floating_point_v<T>) {
      out = json.get<T>();
    } else if (json.is_number_float()) {
      out = static_cast<T>(json.get<double>());
    } else {
      out = json.get<T>();
    }
  }

 protected:
  using TypedSchema<Derived, T>::TypedSchema;
};

}  // namespace detail

/// An integer bound to `I` (int8_t ... uint64_t). Values outside I's range are issues.
template <std::integral I>
  requires(!std::same_as<I, bool>)
class IntegerSchema : public detail::NumericSchema<IntegerSchema<I>, I> {
 public:
  IntegerSchema() : detail::NumericSchema<IntegerSchema<I>, I>(make_node()) {}

 private:
  static Node make_node() {
    Node node;
    node.types = JsonType::integer;
    node.number.emplace();
    node.number->range = IntegerRange{
        static_cast<std::int64_t>(std::numeric_limits<I>::min()),
        static_cast<std::uint64_t>(std::numeric_limits<I>::max()), detail::integer_type_name<I>()};
    // OpenAPI names only int32 and int64; other widths are described by their bounds.
    if (sizeof(I) >= 4 && std::is_signed_v<I>) node.number->format = detail::integer_type_name<I>();
    return node;
  }
};

/// A number bound to `F` (double or float). NaN and infinities cannot occur in JSON.
template <std::floating_point F>
class NumberSchema : public detail::NumericSchema<NumberSchema<F>, F> {
 public:
  NumberSchema() : detail::NumericSchema<NumberSchema<F>, F>(make_node()) {}

 private:
  static Node make_node() {
    Node node;
    node.types = JsonType::number;
    node.number.emplace();
    if (std::is_same_v<F, float>) node.number->format = "float";
    return node;
  }
};

/// An integer schema: `integer<std::int32_t>().min(0)`.
template <std::integral I = std::int64_t>
IntegerSchema<I> integer() {
  return {};
}

/// A number schema: `number().gt(0)`.
template <std::floating_point F = double>
NumberSchema<F> number() {
  return {};
}

}  // namespace accord::schema
