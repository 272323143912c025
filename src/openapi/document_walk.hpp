#pragma once
// Walking a document's JSON tree: which members hold literal data (examples, defaults,
// extensions) rather than OpenAPI objects, and which component kind fits a position.

#include <string>
#include <string_view>
#include <vector>

namespace accord::openapi {

/// True when the member `key` of the object at `parent_tokens` holds literal data (an example,
/// a default, an enum list, a schema's examples array, a vendor extension) in which "$ref" is
/// just a key.
bool is_literal_member(const std::vector<std::string>& parent_tokens, std::string_view key,
                       bool value_is_array);

/// The components section ("schemas", "parameters", ...) whose objects may stand at the
/// position `tokens` (the JSON Pointer tokens of a value), or "" when none fits.
std::string component_kind_at(const std::vector<std::string>& tokens);

/// The JSON Pointer of `tokens`.
std::string pointer_of(const std::vector<std::string>& tokens);

}  // namespace accord::openapi
