#pragma once
// The official OpenAPI JSON Schemas, embedded in the library at build time (embed.cmake writes
// the definition into the build directory). Private to accord::openapi.

#include <string_view>

#include "accord/openapi/version.hpp"

namespace accord::openapi::detail {

/// The text of the OpenAPI Initiative's JSON Schema for documents of `version`, byte for byte
/// as published: oas-schemas/v3.0/schema.json (2021-09-28, draft 4) or
/// oas-schemas/v3.1/schema.json (2022-10-07, draft 2020-12). Static storage.
std::string_view embedded_oas_schema(Version version) noexcept;

}  // namespace accord::openapi::detail
