#pragma once
/// @file
/// The structure check of `accord lint`: an OpenAPI document against the OpenAPI Initiative's
/// own JSON Schema for its version, validated with accord's JSON Schema validator.

#include <vector>

#include "accord/openapi/finding.hpp"
#include "accord/openapi/version.hpp"

namespace accord::openapi {

/// Validates `document` (an OpenAPI document as JSON) against the official schema of
/// `version`: 3.0 against schemas/v3.0/schema.json (2021-09-28), which checks Schema Objects
/// too; 3.1 against schemas/v3.1/schema.json (2022-10-07), which checks each Schema Object only
/// for being an object or a boolean. Both schemas are embedded in the library and read once, on
/// first use (thread-safe). "format" is an annotation there, as in the reference validators: a
/// malformed URL or e-mail address is not reported.
///
/// Returns one error Finding (rule "structure") per problem, in document order; empty when the
/// document conforms. `pointer` is the JSON Pointer of the offending value; for a missing
/// property, of the object that lacks it. `message` starts with the place in dotted form and
/// says what is wrong:
///
///     /paths/~1pets/get   paths./pets.get.responses: required property "responses" is missing
///     /info/x             info.x: property "x" is not allowed here
///     /openapi            openapi: "3.0" does not match the pattern ^3\.0\.\d(-.+)?$
///
/// Where the schema offers alternatives (oneOf, anyOf) and none fits, the findings are those of
/// the alternative the value came closest to (the one whose problems lie deepest, preferring a
/// Reference Object only when the value has "$ref"), not a list of every alternative's
/// complaints. Never throws for a bad document; the document's own nesting is limited as
/// validate() limits it (too_deep). Cost: one validation pass over the document.
std::vector<Finding> check_structure(const Json& document, Version version);

}  // namespace accord::openapi
