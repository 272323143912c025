#pragma once
/// @file
/// Validating untyped JSON values (DOM) against a schema Node.

#include <string_view>
#include <vector>

#include "accord/schema/issue.hpp"
#include "accord/schema/json_text.hpp"
#include "accord/schema/node.hpp"
#include "accord/schema/result.hpp"

namespace accord::schema {

/// Validates `value` against `schema` and returns every issue, in input order. The value is not
/// changed: unknown keys are not stripped and defaults are not applied (see coerce()).
std::vector<Issue> validate(const Node& schema, const Json& value);

/// Validates and returns the value as a typed parse would see it: defaults applied to absent
/// properties, unknown keys dropped where the object strips them.
Result<Json> coerce(const Node& schema, const Json& value);

/// Reads `text` (with read_json's rules) and validates it; the issues are the same as the typed
/// parse of a schema's bound type reports for the same text.
Result<Json> parse_json(const Node& schema, std::string_view text, const JsonLimits& limits = {});

}  // namespace accord::schema
