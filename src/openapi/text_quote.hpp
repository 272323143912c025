#pragma once
// Keys and scalars quoted for error messages.

#include <string>
#include <string_view>

#include "accord/openapi/version.hpp"

namespace accord::openapi::detail {

/// `text` as a JSON string literal, so that messages show spaces, quotes and control
/// characters unambiguously; bytes that are not UTF-8 are shown as U+FFFD.
inline std::string quoted(std::string_view text) {
  return Json(std::string(text)).dump(-1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace accord::openapi::detail
