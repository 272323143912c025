#pragma once
/// @file
/// URI encoding, path normalisation and the canonical query string of SigV4.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace accord::sigv4 {

/// One decoded query parameter; a key without '=' has an empty value.
using QueryParam = std::pair<std::string, std::string>;

/// Percent-encodes every byte except the unreserved set A-Z a-z 0-9 '-' '_' '.' '~', with
/// upper-case hex. With `keep_slash`, '/' is also left as is (for paths).
[[nodiscard]] std::string uri_encode(std::string_view text, bool keep_slash = false);

/// Decodes %XX escapes; a '%' not followed by two hex digits is kept literally. '+' is not a
/// space in SigV4 and stays '+'.
[[nodiscard]] std::string uri_decode(std::string_view text);

/// Removes empty, "." and ".." segments as AWS does for every service except S3. A leading
/// '/' is kept; a trailing '/' is kept when segments remain.
[[nodiscard]] std::string normalize_path(std::string_view path);

/// The canonical URI. With `escape_path` (every service but S3) the path is normalised when
/// `normalize` is set and then encoded again, so "%20" becomes "%2520". Without it (S3) the
/// path is not normalised and existing %XX escapes are kept, other bytes are encoded once.
[[nodiscard]] std::string canonical_uri(std::string_view path, bool normalize, bool escape_path);

/// Splits a raw query string at '&' and the first '=', decoding keys and values. Empty pieces
/// (as in "a=1&&b=2") are dropped.
[[nodiscard]] std::vector<QueryParam> parse_query(std::string_view query);

/// The canonical query string: keys and values encoded, sorted by key then value, joined
/// with '&'. Parameters named X-Amz-Signature are left out.
[[nodiscard]] std::string canonical_query(const std::vector<QueryParam>& params);

}  // namespace accord::sigv4
