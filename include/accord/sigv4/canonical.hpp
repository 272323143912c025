#pragma once
/// @file
/// The building blocks of a signature: canonical headers and request, string to sign, scope
/// and signing key. The signer and the verifier both assemble signatures from these.

#include <string>
#include <string_view>
#include <vector>

#include "accord/sigv4/request.hpp"
#include "accord/sigv4/result.hpp"

namespace accord::sigv4 {

/// The algorithm name that starts the string to sign and the Authorization header.
inline constexpr std::string_view kAlgorithm = "AWS4-HMAC-SHA256";
/// The payload hash placeholder for bodies that are not signed.
inline constexpr std::string_view kUnsignedPayload = "UNSIGNED-PAYLOAD";
/// The SHA-256 of the empty string, the payload hash of a request without a body.
inline constexpr std::string_view kEmptySha256 =
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

/// Canonical header lines and the matching signed-headers list.
struct CanonicalHeaders {
  std::string lines;           ///< "name:value\n" per header, sorted by name
  std::string signed_headers;  ///< names joined with ';', e.g. "host;x-amz-date"
};

/// One header value in canonical form: CR and LF become spaces, runs of spaces and tabs
/// become one space, and leading and trailing spaces are removed.
[[nodiscard]] std::string canonical_header_value(std::string_view value);

/// The lower-case names of every header of `request` except Authorization, sorted, unique.
[[nodiscard]] std::vector<std::string> signable_header_names(const Request& request);

/// Canonical headers for the lower-case `names` (sorted, unique). Repeated headers are joined
/// with ',' in the order sent. A name with no header in `request` is an error naming it.
[[nodiscard]] Result<CanonicalHeaders> canonical_headers(const Request& request,
                                                         const std::vector<std::string>& names);

/// The six-part canonical request, joined with newlines.
[[nodiscard]] std::string canonical_request(std::string_view method, std::string_view uri,
                                            std::string_view query,
                                            const CanonicalHeaders& headers,
                                            std::string_view payload_hash);

/// "date/region/service/aws4_request".
[[nodiscard]] std::string credential_scope(std::string_view date, std::string_view region,
                                           std::string_view service);

/// The string to sign: algorithm, X-Amz-Date, scope and the hex hash of the canonical request.
[[nodiscard]] std::string string_to_sign(std::string_view amz_date, std::string_view scope,
                                         std::string_view canonical_request_text);

/// The derived signing key: HMAC chain over date, region, service and "aws4_request".
[[nodiscard]] std::string signing_key(std::string_view secret_access_key, std::string_view date,
                                      std::string_view region, std::string_view service);

/// The hex signature of `string_to_sign_text` under `key`.
[[nodiscard]] std::string signature_hex(std::string_view key, std::string_view string_to_sign_text);

}  // namespace accord::sigv4
