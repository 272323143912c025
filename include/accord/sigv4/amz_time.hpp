#pragma once
/// @file
/// The two time formats SigV4 uses: "20150830T123600Z" (X-Amz-Date) and "20150830" (scope).

#include <chrono>
#include <string>
#include <string_view>

#include "accord/sigv4/result.hpp"

namespace accord::sigv4 {

/// A UTC instant with one-second resolution, as SigV4 carries it.
using SysSeconds = std::chrono::sys_seconds;

/// Formats `time` as the ISO 8601 basic form used by X-Amz-Date, e.g. "20150830T123600Z".
[[nodiscard]] std::string format_amz_date(SysSeconds time);

/// Formats the date part of `time` as used in the credential scope, e.g. "20150830".
[[nodiscard]] std::string format_scope_date(SysSeconds time);

/// Reads "20150830T123600Z" (basic) or "2015-08-30T12:36:00Z" (extended); only UTC ('Z') is
/// accepted. `where` names the input in the error.
[[nodiscard]] Result<SysSeconds> parse_amz_date(std::string_view text, std::string_view where);

}  // namespace accord::sigv4
