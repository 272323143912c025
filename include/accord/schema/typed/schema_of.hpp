#pragma once
/// @file
/// The customisation point: which schema describes a C++ type.
///
/// A type gets its schema from a function `accord_schema(accord::schema::tag<T>)` that ADL
/// finds (declare it next to the type). Standard types have built-in schemas: std::string,
/// bool, every integer width, float and double, std::optional, std::vector, std::map with
/// string keys, std::tuple and std::variant of supported types.

#include <concepts>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>
#include <variant>
#include <vector>

#include "accord/schema/typed/boolean_schema.hpp"
#include "accord/schema/typed/container_schemas.hpp"
#include "accord/schema/typed/number_schema.hpp"
#include "accord/schema/typed/ref_schema.hpp"
#include "accord/schema/typed/string_schema.hpp"
#include "accord/schema/typed/union_schema.hpp"

namespace accord::schema {

/// True when T declares its schema through `accord_schema(tag<T>)`.
template <class T>
concept HasDeclaredSchema = requires { accord_schema(tag<T>{}); };

template <class T>
auto member_schema();

namespace detail {

template <class T>
struct IsVector : std::false_type {};
template <class T, class A>
struct IsVector<std::vector<T, A>> : std::true_type {};
template <class T>
struct IsStringMap : std::false_type {};
template <class T, class C, class A>
struct IsStringMap<std::map<std::string, T, C, A>> : std::true_type {};
template <class T>
struct IsOptional : std::false_type {};
template <class T>
struct IsOptional<std::optional<T>> : std::true_type {};
template <class T>
struct IsVariant : std::false_type {};
template <class... T>
struct IsVariant<std::variant<T...>> : std::true_type {};
template <class T>
struct IsTuple : std::false_type {};
template <class... T>
struct IsTuple<std::tuple<T...>> : std::true_type {};

template <class... T>
auto variant_schema(std::variant<T...>*) {
  return union_of(member_schema<T>()...);
}
template <class... T>
auto tuple_schema(std::tuple<T...>*) {
  return tuple(member_schema<T>()...);
}

}  // namespace detail

/// True for the standard types that have a built-in schema.
template <class T>
inline constexpr bool kHasBuiltinSchema =
    std::is_same_v<T, std::string> || std::is_arithmetic_v<T> || detail::IsVector<T>::value ||
    detail::IsStringMap<T>::value || detail::IsOptional<T>::value || detail::IsVariant<T>::value ||
    detail::IsTuple<T>::value;

/// The built-in schema of a standard type (no constraints).
template <class T>
  requires kHasBuiltinSchema<T>
auto default_schema() {
  if constexpr (std::is_same_v<T, std::string>) {
    return string();
  } else if constexpr (std::is_same_v<T, bool>) {
    return boolean();
  } else if constexpr (std::is_integral_v<T>) {
    return integer<T>();
  } else if constexpr (std::is_floating_point_v<T>) {
    return number<T>();
  } else if constexpr (detail::IsVector<T>::value) {
    return array(member_schema<typename T::value_type>());
  } else if constexpr (detail::IsStringMap<T>::value) {
    return record(member_schema<typename T::mapped_type>());
  } else if constexpr (detail::IsOptional<T>::value) {
    return nullable(member_schema<typename T::value_type>());
  } else if constexpr (detail::IsVariant<T>::value) {
    return detail::variant_schema(static_cast<T*>(nullptr));
  } else {
    return detail::tuple_schema(static_cast<T*>(nullptr));
  }
}

/// The schema of T: the declared one, or the built-in one. One instance per type, built on
/// first use and shared.
template <class T>
const auto& schema_of() {
  if constexpr (kHasBuiltinSchema<T>) {
    static const auto schema = default_schema<T>();
    return schema;
  } else {
    static_assert(HasDeclaredSchema<T>,
                  "no schema for this type: declare accord_schema(accord::schema::tag<T>) "
                  "next to it, or pass a schema explicitly");
    static const auto schema = accord_schema(tag<T>{});
    return schema;
  }
}

/// The schema used where T appears inside another schema (a field, an item, an alternative):
/// declared types are referenced lazily, so that recursive types work (the reference is only
/// followed once every declaration is complete) and a named type is one component
/// referenced everywhere.
template <class T>
auto member_schema() {
  if constexpr (kHasBuiltinSchema<T>) {
    return default_schema<T>();
  } else {
    return ref<T>();
  }
}

}  // namespace accord::schema
