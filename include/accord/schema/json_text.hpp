#pragma once
/// @file
/// Reading JSON text into a DOM value with accord's rules for untrusted input.

#include <cstddef>
#include <string_view>

#include "accord/schema/node.hpp"
#include "accord/schema/result.hpp"

namespace accord::schema {

/// Limits applied to untrusted JSON text, by both the typed parse and the DOM reader.
struct JsonLimits {
  /// Deepest nesting of arrays and objects accepted; deeper input is one too_deep issue.
  std::size_t max_depth = 128;
  /// Duplicate keys in one object are rejected (duplicate_key issue) unless this is set.
  bool allow_duplicate_keys = false;
};

/// Parses `text` as one JSON value. Malformed or truncated text, trailing data and invalid UTF-8
/// give one invalid_json issue with line, column and byte offset; nesting beyond the limit gives
/// too_deep; duplicate keys give duplicate_key issues (every one, with its path).
Result<Json> read_json(std::string_view text, const JsonLimits& limits = {});

/// The 1-based line and column of byte `offset` in `text`.
TextLocation locate(std::string_view text, std::size_t offset) noexcept;

}  // namespace accord::schema
