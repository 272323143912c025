#pragma once
/// @file
/// Signing a request with SigV4, in the Authorization header or in the query (presigned URL).
///
///     accord::sigv4::SigningParams params{.region = "us-east-1", .service = "execute-api",
///                                         .time = now};
///     auto signed_request = accord::sigv4::sign_request(request, credentials, params);
///     if (signed_request) send(signed_request->request);

#include <chrono>
#include <string>

#include "accord/sigv4/amz_time.hpp"
#include "accord/sigv4/credentials.hpp"
#include "accord/sigv4/request.hpp"
#include "accord/sigv4/result.hpp"

namespace accord::sigv4 {

/// Whether the body's SHA-256 goes into the signature.
enum class PayloadSigning {
  kHashBody,  ///< hex SHA-256 of the body (of "" when there is none)
  kUnsigned,  ///< the literal UNSIGNED-PAYLOAD, as S3 allows
};

/// Where the session token of temporary credentials goes.
enum class SessionTokenPlacement {
  kSigned,      ///< X-Amz-Security-Token is part of the signed request (most services)
  kAddedAfter,  ///< added after signing, outside the signature (some older services)
};

/// Everything besides the request and the credentials that a signature depends on.
struct SigningParams {
  std::string region;                ///< for example "us-east-1"
  std::string service;               ///< for example "execute-api" or "s3"
  SysSeconds time{};                 ///< the signing time; becomes X-Amz-Date
  bool normalize_path = true;        ///< remove "."/".." and empty segments (not for S3)
  bool escape_path = true;           ///< encode the path again (every service but S3)
  PayloadSigning payload = PayloadSigning::kHashBody;  ///< hash the body or not
  bool add_content_sha256 = false;   ///< also send the payload hash as x-amz-content-sha256
  SessionTokenPlacement token_placement = SessionTokenPlacement::kSigned;  ///< see enum
  std::chrono::seconds expires{3600};  ///< presigned URLs only: lifetime, at most 7 days
};

/// A signed request and the intermediate texts, for debugging and the conformance tests.
struct SignedRequest {
  Request request;                ///< the input plus X-Amz-* and Authorization (or query)
  std::string canonical_request;  ///< step 1
  std::string string_to_sign;     ///< step 2
  std::string signature;          ///< step 3, 64 hex digits
  std::string authorization;      ///< the Authorization header value; empty when presigned
};

/// Signs `request` in headers: replaces any Authorization and X-Amz-Date, adds X-Amz-Date,
/// X-Amz-Security-Token (when the credentials have one) and Authorization. Every header
/// present is signed. Errors: missing Host header, empty key, region or service.
[[nodiscard]] Result<SignedRequest> sign_request(const Request& request,
                                                 const Credentials& credentials,
                                                 const SigningParams& params);

/// Signs `request` in the query string (a presigned URL): appends X-Amz-Algorithm,
/// X-Amz-Credential, X-Amz-Date, X-Amz-SignedHeaders, X-Amz-Expires, X-Amz-Security-Token
/// and X-Amz-Signature to the target. Errors as sign_request, plus `expires` out of range.
[[nodiscard]] Result<SignedRequest> presign_request(const Request& request,
                                                    const Credentials& credentials,
                                                    const SigningParams& params);

}  // namespace accord::sigv4
