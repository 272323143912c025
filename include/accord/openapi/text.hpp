#pragma once
/// @file
/// OpenAPI documents as text: reading JSON or YAML (with the source location of every value)
/// and writing JSON or YAML. The rules and limits are described in docs/openapi-text.md.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "accord/openapi/source_map.hpp"
#include "accord/openapi/version.hpp"

namespace accord::openapi {

/// The two text formats of OpenAPI documents.
enum class TextFormat : std::uint8_t { json, yaml };

/// "json" or "yaml".
std::string_view to_string(TextFormat format) noexcept;

/// Limits for untrusted document text; documented in docs/openapi-text.md. A text that passes
/// a limit is refused with a TextError that names the limit.
struct TextLimits {
  /// Larger input is refused before parsing (read_text_file refuses before reading it all).
  std::size_t max_bytes = 64 << 20;
  /// Nesting of arrays and objects (the root container is level 1), after alias expansion.
  std::size_t max_depth = 256;
  /// Values produced after YAML alias expansion (billion-laughs guard); keys are not counted.
  std::size_t max_values = 10'000'000;
  /// Bytes of keys and strings produced after YAML alias expansion (guards against an alias
  /// of one long string repeated many times). JSON text never exceeds max_bytes of them.
  std::size_t max_string_bytes = 256 << 20;
};

/// A document read from text: its value, where each value came from, and the format it was in.
struct ParsedText {
  Json value;
  SourceMap locations;
  TextFormat format = TextFormat::json;
};

/// A text that could not be read: where and why. `where.line` is 0 when there is no place in
/// the text to point at (a file that cannot be opened, a text over max_bytes).
struct TextError {
  SourceLocation where;
  std::string message;
};

/// "file:line:column: message", the way compilers write diagnostics.
std::string to_string(const TextError& error);

/// Parses JSON or YAML. `format` nullopt = detect: JSON when the first byte that is not a
/// space, tab, line break or UTF-8 byte order mark is '{' or '[', else YAML (YAML also accepts
/// JSON, but JSON goes through the strict JSON reader). `file_name` only names the text in
/// locations. Never throws on bad text: every problem is a TextError.
std::variant<ParsedText, TextError> parse_text(std::string_view text, std::string_view file_name,
                                               const TextLimits& limits = {},
                                               std::optional<TextFormat> format = std::nullopt);

/// Reads a file and parses it: ".json" files as JSON, ".yaml" and ".yml" files as YAML, other
/// names as parse_text detects. Refuses a file over max_bytes before reading it all; a missing
/// or unreadable file is a TextError.
std::variant<ParsedText, TextError> read_text_file(const std::filesystem::path& path,
                                                   const TextLimits& limits = {});

/// The value as JSON text, `indent` spaces per level (negative: all on one line), ending with a
/// newline. Keys keep their order; non-ASCII text is written as UTF-8. Throws
/// std::invalid_argument for what JSON cannot hold: a string that is not UTF-8, NaN or an
/// infinity, binary data.
std::string to_json_text(const Json& value, int indent = 2);

/// The value as YAML text (block style, 2-space indent, keys in order), ending with a newline.
/// Reading it back with parse_text gives an equal value. Throws std::invalid_argument like
/// to_json_text. Recurses once per level of nesting of `value`.
std::string to_yaml_text(const Json& value);

}  // namespace accord::openapi
