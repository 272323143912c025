#pragma once
// The two readers behind parse_text. Both take text without a byte order mark that is within
// max_bytes.

#include <string_view>
#include <variant>

#include "accord/openapi/text.hpp"

namespace accord::openapi::detail {

/// Reads strict JSON (RFC 8259): nlohmann-json's SAX parser checks the text, simdjson
/// On-Demand builds the value and the location of every value.
std::variant<ParsedText, TextError> read_json_text(std::string_view text,
                                                   std::string_view file_name,
                                                   const TextLimits& limits);

/// Reads one YAML document with libyaml's event parser, resolving scalars by the YAML 1.2
/// core schema.
std::variant<ParsedText, TextError> read_yaml_text(std::string_view text,
                                                   std::string_view file_name,
                                                   const TextLimits& limits);

}  // namespace accord::openapi::detail
