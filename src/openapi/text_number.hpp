#pragma once
// Decimal number literals as JSON numbers, refusing the ones a JSON value cannot keep.

#include <string>
#include <string_view>
#include <variant>

#include "accord/openapi/version.hpp"

namespace accord::openapi::detail {

/// The number written `literal`: an optional sign, digits with an optional fraction (either
/// side of the point may be empty, not both) and an optional exponent; JSON numbers and YAML
/// core-schema integers and floats are of this form. Integers that fit 64 bits stay integers
/// (unsigned when not negative, as the JSON reader makes them); other numbers, or every number
/// when `as_float`, become 64-bit floats. A float that would be infinite, or would lose digits
/// beyond the 17 significant digits a float holds, or would underflow, is refused with a
/// message instead: the value must not change silently.
std::variant<Json, std::string> number_from_literal(std::string_view literal,
                                                    bool as_float = false);

}  // namespace accord::openapi::detail
