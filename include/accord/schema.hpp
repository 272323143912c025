#pragma once
/// @file
/// accord's schema language: declare a schema once, bound to a plain C++ struct, and get
/// validation, serialisation and JSON Schema from it. Parsing lives in
/// <accord/schema/parse.hpp>, which only the translation units that parse need.

#include "accord/schema/issue.hpp"
#include "accord/schema/json_schema.hpp"
#include "accord/schema/node.hpp"
#include "accord/schema/result.hpp"
#include "accord/schema/typed/boolean_schema.hpp"
#include "accord/schema/typed/container_schemas.hpp"
#include "accord/schema/typed/enum_schema.hpp"
#include "accord/schema/typed/field.hpp"
#include "accord/schema/typed/intersection_schema.hpp"
#include "accord/schema/typed/number_schema.hpp"
#include "accord/schema/typed/object_schema.hpp"
#include "accord/schema/typed/ref_schema.hpp"
#include "accord/schema/typed/schema_of.hpp"
#include "accord/schema/typed/string_schema.hpp"
#include "accord/schema/typed/tristate.hpp"
#include "accord/schema/typed/union_schema.hpp"
#include "accord/schema/validate.hpp"

namespace accord::schema {

/// The JSON form of `value`, through T's schema: fields in declared order.
template <class T>
Json to_json(const T& value) {
  return schema_of<T>().to_json(value);
}

/// `value` as compact JSON text.
template <class T>
std::string to_json_text(const T& value) {
  return to_json(value).dump();
}

/// Validates a DOM value against T's schema and converts it into T.
template <class T>
Result<T> from_json(const Json& json) {
  const auto& schema = schema_of<T>();
  auto issues = validate(schema.node(), json);
  if (!issues.empty()) return issues;
  T value{};
  schema.convert(json, value);
  return value;
}

}  // namespace accord::schema
