#pragma once
/// @file
/// Checking a SigV4 signature on the receiving side: allow, or deny with a reason.
///
///     accord::sigv4::Verifier verifier{store, {.region = "eu-west-1", .service = "execute-api"}};
///     auto decision = verifier.verify(request, std::chrono::floor<std::chrono::seconds>(
///                                                  std::chrono::system_clock::now()));
///     if (!decision.allowed) reply_403(decision.message);

#include <chrono>
#include <string>
#include <string_view>

#include "accord/sigv4/amz_time.hpp"
#include "accord/sigv4/credential_store.hpp"
#include "accord/sigv4/request.hpp"
#include "accord/sigv4/signer.hpp"

namespace accord::sigv4 {

/// Why a request was denied. The numbering is stable.
enum class DenyReason {
  kNone = 0,                ///< allowed
  kMalformedRequest,        ///< no Authorization header, or the request cannot be checked
  kMalformedAuthorization,  ///< the Authorization header (or presigned query) is malformed
  kUnknownAccessKey,        ///< the access key id is not in the store
  kWrongScope,              ///< the credential scope has the wrong date, region or service
  kRequestTimeSkewed,       ///< X-Amz-Date too far from now, or the presigned URL expired
  kRequiredHeaderNotSigned, ///< host or x-amz-date is not among the signed headers
  kBodyHashMismatch,        ///< x-amz-content-sha256 does not match the body
  kSignatureMismatch,       ///< the signature is wrong
};

/// A short stable name for `reason`, e.g. "signature-mismatch".
[[nodiscard]] std::string_view to_string(DenyReason reason);

/// The verifier's answer. `message` explains a denial; it never contains a secret.
struct Decision {
  bool allowed = false;                          ///< true only when every check passed
  DenyReason reason = DenyReason::kMalformedRequest;  ///< kNone when allowed
  std::string message;                           ///< human-readable reason
  std::string access_key_id;                     ///< the claimed key id, when it could be read
  std::string principal;                         ///< the key's principal, when allowed
};

/// What the verifier expects of every request.
struct VerifierOptions {
  std::string region;                     ///< the service's own region
  std::string service;                    ///< the service's signing name
  std::chrono::seconds max_skew{300};     ///< allowed |now - X-Amz-Date|; AWS uses 5 minutes
  bool normalize_path = true;             ///< as SigningParams::normalize_path
  bool escape_path = true;                ///< as SigningParams::escape_path (false for S3)
  bool allow_unsigned_payload = false;    ///< accept x-amz-content-sha256: UNSIGNED-PAYLOAD
  /// Presigned URLs only: kAddedAfter leaves X-Amz-Security-Token out of the canonical query,
  /// for clients that append the token after signing.
  SessionTokenPlacement token_placement = SessionTokenPlacement::kSigned;
};

/// Verifies header-signed and presigned (query-signed) requests against a CredentialStore.
/// Checks in order: shape of Authorization, known key, scope (date of X-Amz-Date, region,
/// service), host and x-amz-date signed, time within skew (or presigned URL not expired),
/// body hash, then the signature, compared in constant time.
class Verifier {
 public:
  /// Keeps a reference to `store`, which must outlive the verifier.
  Verifier(const CredentialStore& store, VerifierOptions options);

  /// The decision for `request` received at `now`. Never throws on bad input.
  [[nodiscard]] Decision verify(const Request& request, SysSeconds now) const;

 private:
  const CredentialStore& store_;
  VerifierOptions options_;
};

}  // namespace accord::sigv4
