#pragma once
// YAML 1.2 core-schema resolution of scalars, shared by the YAML reader and writer so that
// what the writer leaves unquoted reads back as the same value.

#include <string>
#include <string_view>
#include <variant>

#include "accord/openapi/version.hpp"

namespace accord::openapi::detail {

/// What an untagged plain scalar means under the YAML 1.2 core schema.
enum class PlainKind : unsigned char {
  null,         ///< "", "~", null, Null, NULL
  boolean,      ///< true, True, TRUE, false, False, FALSE
  integer,      ///< [-+]?[0-9]+
  octal,        ///< 0o[0-7]+
  hexadecimal,  ///< 0x[0-9a-fA-F]+
  floating,     ///< [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?
  infinity,     ///< [-+]?(\.inf|\.Inf|\.INF)
  nan,          ///< \.nan, \.NaN, \.NAN
  string,       ///< anything else
};

/// The core-schema kind of the plain scalar `text`.
PlainKind classify_plain(std::string_view text) noexcept;

/// The tag "tag:yaml.org,2002:<name>" (written !!<name>) as a full tag.
inline constexpr std::string_view kYamlTagPrefix = "tag:yaml.org,2002:";

/// The value of a scalar: `plain` tells whether it was written without quotes or block
/// indicator; `tag` is its resolved tag ("" when untagged, "!" for the non-specific tag).
/// Untagged plain scalars resolve by classify_plain; other untagged scalars are strings; the
/// tags !!str, !!null, !!bool, !!int and !!float are honoured (the text must then read as that
/// type) and every other tag is refused. Infinity and NaN are refused, since JSON has neither.
/// A refusal is a message naming the scalar.
std::variant<Json, std::string> resolve_scalar(std::string_view text, bool plain,
                                               std::string_view tag);

/// How a tag is shown in messages: "!!int" for the YAML tags, the tag itself otherwise.
std::string show_tag(std::string_view tag);

}  // namespace accord::openapi::detail
