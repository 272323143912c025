#pragma once
// Helpers shared by the JSON Schema writer and reader (private to accord::schema).

#include <array>
#include <cmath>
#include <cstdint>
#include <string_view>
#include <utility>

#include "accord/schema/node.hpp"

namespace accord::schema::detail {

/// The JSON Schema type names, in the order the writer lists them ("null" last).
inline constexpr std::array<std::pair<JsonType, std::string_view>, 7> kTypeNames{{
    {JsonType::string, "string"},
    {JsonType::integer, "integer"},
    {JsonType::number, "number"},
    {JsonType::boolean, "boolean"},
    {JsonType::array, "array"},
    {JsonType::object, "object"},
    {JsonType::null, "null"},
}};

/// A number as JSON: integral values that a double holds exactly are written as integers, so
/// that 3.0 is written as 3 and reading it back gives the same text.
inline Json number_json(double value) {
  constexpr double kExact = 9007199254740992.0;  // 2^53
  if (std::isfinite(value) && std::trunc(value) == value && std::abs(value) <= kExact) {
    return Json(static_cast<std::int64_t>(value));
  }
  return Json(value);
}

}  // namespace accord::schema::detail
