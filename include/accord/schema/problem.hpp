#pragma once
/// @file
/// The HTTP form of issues: an RFC 9457 problem+json body. See docs/problem-details.md; this
/// shape is part of every accord service's contract.

#include <vector>

#include "accord/schema/issue.hpp"
#include "accord/schema/node.hpp"

namespace accord::schema {

/// The media type of problem bodies.
inline constexpr const char* kProblemMediaType = "application/problem+json";

/// The HTTP status for a set of issues: 400 when the input is not JSON (invalid_json,
/// too_deep, duplicate_key), 422 when it is JSON that breaks the schema.
int problem_status(const std::vector<Issue>& issues) noexcept;

/// One issue as JSON: code, path (keys and indices), pointer, message, and expected, received,
/// keys, line/column/offset and union_errors where they apply.
Json issue_to_json(const Issue& issue);

/// The problem+json body for `issues` (type, title, status, detail, issues).
Json problem_details(const std::vector<Issue>& issues);

/// The JSON Schema (OpenAPI 3.1 dialect) of the problem body, for the OpenAPI document.
Json problem_details_schema();

}  // namespace accord::schema
