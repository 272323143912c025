#pragma once
// Examples and defaults are checked against their schemas when they are registered, so a
// document never shows an example the service would reject.

#include <string>
#include <vector>

#include "accord/openapi/parameter.hpp"
#include "accord/openapi/response.hpp"

namespace accord::openapi {

/// Adds a problem for every example or default, anywhere inside `node`, that its schema
/// rejects. `where` names the declaration ("POST /v1/users body").
void check_schema_examples(const schema::Node& node, const std::string& where,
                           std::vector<std::string>& problems);

/// The parameter's examples, and those inside its schema.
void check_parameter_examples(const Parameter& parameter, const std::string& where,
                              std::vector<std::string>& problems);

/// The examples of each media type, and those inside their schemas.
void check_content_examples(const std::vector<MediaContent>& contents, const std::string& where,
                            std::vector<std::string>& problems);

}  // namespace accord::openapi
