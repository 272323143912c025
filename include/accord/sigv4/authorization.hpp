#pragma once
/// @file
/// Reading the Authorization header of a SigV4-signed request.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "accord/sigv4/result.hpp"

namespace accord::sigv4 {

/// The parts of "AWS4-HMAC-SHA256 Credential=AKID/20150830/us-east-1/service/aws4_request,
/// SignedHeaders=host;x-amz-date, Signature=<64 hex>".
struct Authorization {
  std::string access_key_id;                ///< the key the request claims to be signed with
  std::string date;                         ///< scope date, "YYYYMMDD"
  std::string region;                       ///< scope region
  std::string service;                      ///< scope service
  std::vector<std::string> signed_headers;  ///< lower-case, sorted, unique
  std::string signature;                    ///< 64 lower-case hex digits
};

/// Parses an Authorization header value. The three components may come in any order, each
/// exactly once; the scope must end in "aws4_request"; signed header names must be lower-case,
/// sorted and unique. Errors say which component is wrong.
[[nodiscard]] Result<Authorization> parse_authorization(std::string_view value);

/// Parses the value of X-Amz-Credential or of the Credential component ("AKID/date/region/
/// service/aws4_request") into `out`; `where` names the input in the error.
[[nodiscard]] std::optional<Error> parse_credential(std::string_view text, std::string_view where,
                                                    Authorization& out);

/// Splits "a;b;c" into names and checks they are lower-case, sorted and unique.
[[nodiscard]] std::optional<Error> parse_signed_headers(std::string_view text,
                                                        std::string_view where,
                                                        std::vector<std::string>& out);

/// True when `text` is exactly 64 lower-case hex digits.
[[nodiscard]] bool is_signature_hex(std::string_view text);

}  // namespace accord::sigv4
