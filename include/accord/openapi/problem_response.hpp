#pragma once
/// @file
/// Responses whose body is accord's problem+json (the same type the server sends).

#include <string>

#include "accord/openapi/response.hpp"

namespace accord::openapi {

/// The component name of the problem body schema ("Problem").
inline constexpr const char* kProblemComponent = "Problem";

/// The problem+json body schema as a named component node (schema::problem_details_schema()).
const NodePtr& problem_schema();

/// A response with an application/problem+json body: `problem_response(404, "No such user")`.
Response problem_response(StatusKey status, std::string description);

}  // namespace accord::openapi
