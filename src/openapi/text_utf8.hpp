#pragma once
// Stepping through UTF-8 text one code point at a time, for the writers.

#include <cstddef>
#include <string_view>

namespace accord::openapi::detail {

/// Decodes the code point that starts at byte `index` of `text` into `code_point` and moves
/// `index` past it. Returns false, leaving both alone, when the bytes there are not well-formed
/// UTF-8 (overlong forms, surrogates and values beyond U+10FFFF included).
bool next_code_point(std::string_view text, std::size_t& index, char32_t& code_point) noexcept;

}  // namespace accord::openapi::detail
