#pragma once
/// @file
/// The OpenAPI versions accord reads and writes.

#include <cstdint>
#include <optional>
#include <string_view>

#include "accord/schema/json_schema.hpp"

namespace accord::openapi {

/// JSON values as accord handles them; objects keep their key order.
using Json = schema::Json;

/// An OpenAPI version line. Documents are written as 3.0.3 or 3.1.0.
enum class Version : std::uint8_t {
  v3_0,  ///< OpenAPI 3.0.x: schemas in the 3.0 dialect (nullable, boolean exclusive bounds)
  v3_1,  ///< OpenAPI 3.1.x: schemas are JSON Schema 2020-12
};

/// The version written in the "openapi" field: "3.0.3" or "3.1.0".
std::string_view version_string(Version version) noexcept;

/// The version line of an "openapi" field ("3.0.0" ... "3.0.4", "3.1.0", "3.1.1", ...), or
/// nothing for any other text (2.0, 3.2, "3.1", garbage).
std::optional<Version> parse_version(std::string_view text) noexcept;

/// The schema dialect used inside documents of `version`.
schema::Dialect dialect_of(Version version) noexcept;

}  // namespace accord::openapi
