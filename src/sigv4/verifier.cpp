// Each check either passes or returns the Decision that denies; the signature comes last so
// that cheap, informative checks answer first. Messages name fields, never secrets.
#include "accord/sigv4/verifier.hpp"

#include <algorithm>
#include <map>
#include <variant>

#include "accord/sigv4/authorization.hpp"
#include "accord/sigv4/canonical.hpp"
#include "accord/sigv4/crypto.hpp"
#include "accord/sigv4/uri.hpp"

namespace accord::sigv4 {
namespace {

// What the request claims about its own signature, from headers or from a presigned query.
struct Claim {
  Authorization auth;
  std::string amz_date;
  std::optional<std::chrono::seconds> expires;  // presigned only
  std::vector<QueryParam> query;
};

Decision deny(DenyReason reason, std::string message, std::string key_id = {}) {
  return Decision{false, reason, std::move(message), std::move(key_id), {}};
}

bool contains(const std::vector<std::string>& names, std::string_view name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

std::variant<Claim, Decision> claim_from_headers(const Request& request) {
  if (request.header_count("authorization") > 1) {
    return deny(DenyReason::kMalformedAuthorization, "Authorization header: sent more than once");
  }
  auto auth = parse_authorization(*request.header("authorization"));
  if (!auth) {
    return deny(DenyReason::kMalformedAuthorization, auth.error().to_string());
  }
  if (request.header_count("x-amz-date") > 1) {
    return deny(DenyReason::kMalformedRequest, "X-Amz-Date header: sent more than once");
  }
  Claim claim{std::move(auth).value(), request.header("x-amz-date").value_or(""), std::nullopt,
              parse_query(request.query())};
  if (!contains(claim.auth.signed_headers, "x-amz-date")) {
    return deny(DenyReason::kRequiredHeaderNotSigned,
                "SignedHeaders: x-amz-date must be signed", claim.auth.access_key_id);
  }
  return claim;
}

std::variant<Claim, Decision> claim_from_query(const Request& request,
                                               SessionTokenPlacement token_placement) {
  Claim claim;
  claim.query = parse_query(request.query());
  std::map<std::string, std::string, std::less<>> fields;
  for (const auto& [key, value] : claim.query) {
    if (key.starts_with("X-Amz-") && !fields.emplace(key, value).second) {
      return deny(DenyReason::kMalformedAuthorization, "query parameter " + key +
                                                           ": sent more than once");
    }
  }
  for (const char* name : {"X-Amz-Algorithm", "X-Amz-Credential", "X-Amz-Date",
                           "X-Amz-Expires", "X-Amz-SignedHeaders", "X-Amz-Signature"}) {
    if (!fields.contains(name)) {
      return deny(DenyReason::kMalformedAuthorization,
                  std::string("presigned query: ") + name + " is missing");
    }
  }
  if (fields["X-Amz-Algorithm"] != kAlgorithm) {
    return deny(DenyReason::kMalformedAuthorization, "X-Amz-Algorithm: must be AWS4-HMAC-SHA256");
  }
  std::optional<Error> error = parse_credential(fields["X-Amz-Credential"], "X-Amz-Credential",
                                                claim.auth);
  if (!error) {
    error = parse_signed_headers(fields["X-Amz-SignedHeaders"], "X-Amz-SignedHeaders",
                                 claim.auth.signed_headers);
  }
  const std::string& expires = fields["X-Amz-Expires"];
  if (!error && (expires.empty() || expires.size() > 6 ||
                 expires.find_first_not_of("0123456789") != std::string::npos ||
                 std::stol(expires) > 7 * 24 * 3600)) {
    error = Error{"X-Amz-Expires", "must be a number of seconds up to 604800"};
  }
  if (!error && !is_signature_hex(fields["X-Amz-Signature"])) {
    error = Error{"X-Amz-Signature", "must be 64 lower-case hex digits"};
  }
  if (error) {
    return deny(DenyReason::kMalformedAuthorization, error->to_string());
  }
  if (token_placement == SessionTokenPlacement::kAddedAfter) {
    std::erase_if(claim.query,
                  [](const QueryParam& q) { return q.first == "X-Amz-Security-Token"; });
  }
  claim.auth.signature = fields["X-Amz-Signature"];
  claim.amz_date = fields["X-Amz-Date"];
  claim.expires = std::chrono::seconds{std::stol(expires)};
  return claim;
}

std::optional<Decision> check_time(const Claim& claim, const VerifierOptions& options,
                                   SysSeconds signed_at, SysSeconds now) {
  const std::string& id = claim.auth.access_key_id;
  if (signed_at > now + options.max_skew) {
    return deny(DenyReason::kRequestTimeSkewed, "X-Amz-Date " + claim.amz_date +
                    " is later than the allowed clock skew permits", id);
  }
  if (claim.expires) {
    if (now > signed_at + *claim.expires) {
      return deny(DenyReason::kRequestTimeSkewed, "the presigned URL signed at " +
                      claim.amz_date + " has expired", id);
    }
  } else if (signed_at + options.max_skew < now) {
    return deny(DenyReason::kRequestTimeSkewed, "X-Amz-Date " + claim.amz_date +
                    " is older than the allowed clock skew; replayed or delayed request", id);
  }
  return std::nullopt;
}

std::variant<std::string, Decision> payload_hash(const Request& request, const Claim& claim,
                                                 const VerifierOptions& options) {
  const std::string& id = claim.auth.access_key_id;
  if (request.header_count("x-amz-content-sha256") > 1) {
    return deny(DenyReason::kMalformedRequest, "x-amz-content-sha256: sent more than once", id);
  }
  const std::string actual = sha256_hex(request.body);
  const auto declared = request.header("x-amz-content-sha256");
  if (!declared) {
    return actual;
  }
  if (*declared == kUnsignedPayload) {
    if (!options.allow_unsigned_payload) {
      return deny(DenyReason::kBodyHashMismatch,
                  "x-amz-content-sha256: UNSIGNED-PAYLOAD is not accepted", id);
    }
    return *declared;
  }
  if (!constant_time_equal(*declared, actual)) {
    return deny(DenyReason::kBodyHashMismatch,
                "x-amz-content-sha256 does not match the SHA-256 of the body", id);
  }
  return actual;
}

}  // namespace

std::string_view to_string(DenyReason reason) {
  switch (reason) {
    case DenyReason::kNone: return "allowed";
    case DenyReason::kMalformedRequest: return "malformed-request";
    case DenyReason::kMalformedAuthorization: return "malformed-authorization";
    case DenyReason::kUnknownAccessKey: return "unknown-access-key";
    case DenyReason::kWrongScope: return "wrong-scope";
    case DenyReason::kRequestTimeSkewed: return "request-time-skewed";
    case DenyReason::kRequiredHeaderNotSigned: return "required-header-not-signed";
    case DenyReason::kBodyHashMismatch: return "body-hash-mismatch";
    case DenyReason::kSignatureMismatch: return "signature-mismatch";
  }
  return "unknown";
}

Verifier::Verifier(const CredentialStore& store, VerifierOptions options)
    : store_(store), options_(std::move(options)) {}

Decision Verifier::verify(const Request& request, SysSeconds now) const {
  std::variant<Claim, Decision> read;
  if (request.header_count("authorization") > 0) {
    read = claim_from_headers(request);
  } else if (request.query().find("X-Amz-Signature=") != std::string_view::npos) {
    read = claim_from_query(request, options_.token_placement);
  } else {
    return deny(DenyReason::kMalformedRequest, "no Authorization header and no presigned query");
  }
  if (auto* denied = std::get_if<Decision>(&read)) {
    return std::move(*denied);
  }
  const Claim& claim = std::get<Claim>(read);
  const Authorization& auth = claim.auth;
  const std::string& id = auth.access_key_id;

  const StoredKey* key = store_.find(id);
  if (key == nullptr) {
    return deny(DenyReason::kUnknownAccessKey, "access key id " + id + " is not known", id);
  }
  if (!contains(auth.signed_headers, "host")) {
    return deny(DenyReason::kRequiredHeaderNotSigned, "SignedHeaders: host must be signed", id);
  }
  auto signed_at = parse_amz_date(claim.amz_date, "X-Amz-Date");
  if (!signed_at) {
    return deny(DenyReason::kMalformedRequest, signed_at.error().to_string(), id);
  }
  if (auth.date != claim.amz_date.substr(0, 8)) {
    return deny(DenyReason::kWrongScope, "credential scope date " + auth.date +
                    " is not the date of X-Amz-Date " + claim.amz_date, id);
  }
  if (auth.region != options_.region) {
    return deny(DenyReason::kWrongScope, "credential scope region " + auth.region +
                    " is not this service's region " + options_.region, id);
  }
  if (auth.service != options_.service) {
    return deny(DenyReason::kWrongScope, "credential scope service " + auth.service +
                    " is not this service's name " + options_.service, id);
  }
  if (auto late = check_time(claim, options_, signed_at.value(), now)) {
    return *late;
  }
  auto hash = payload_hash(request, claim, options_);
  if (auto* denied = std::get_if<Decision>(&hash)) {
    return std::move(*denied);
  }

  auto headers = canonical_headers(request, auth.signed_headers);
  if (!headers) {
    return deny(DenyReason::kMalformedRequest, headers.error().to_string(), id);
  }
  const std::string canonical = canonical_request(
      request.method, canonical_uri(request.path(), options_.normalize_path, options_.escape_path),
      canonical_query(claim.query), headers.value(), std::get<std::string>(hash));
  const std::string scope = credential_scope(auth.date, auth.region, auth.service);
  const std::string expected = signature_hex(
      signing_key(key->secret_access_key, auth.date, auth.region, auth.service),
      string_to_sign(claim.amz_date, scope, canonical));
  if (!constant_time_equal(expected, auth.signature)) {
    return deny(DenyReason::kSignatureMismatch,
                "the signature does not match the request signed with key " + id, id);
  }
  return Decision{true, DenyReason::kNone, "signature valid", id, key->principal};
}

}  // namespace accord::sigv4
