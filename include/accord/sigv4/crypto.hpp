#pragma once
/// @file
/// SHA-256 and HMAC-SHA256 through OpenSSL's libcrypto, and a constant-time comparison.

#include <string>
#include <string_view>

namespace accord::sigv4 {

/// The raw 32-byte SHA-256 digest of `data`.
[[nodiscard]] std::string sha256(std::string_view data);

/// The SHA-256 digest of `data` as 64 lower-case hex digits.
[[nodiscard]] std::string sha256_hex(std::string_view data);

/// The raw 32-byte HMAC-SHA256 of `data` under `key`.
[[nodiscard]] std::string hmac_sha256(std::string_view key, std::string_view data);

/// Lower-case hex of arbitrary bytes.
[[nodiscard]] std::string to_hex(std::string_view bytes);

/// Compares two strings in time that depends only on their lengths, not on where they differ.
[[nodiscard]] bool constant_time_equal(std::string_view a, std::string_view b);

}  // namespace accord::sigv4
