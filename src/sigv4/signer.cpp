// Header signing and query signing share the canonical pieces and differ in where they go.
#include "accord/sigv4/signer.hpp"

#include "accord/sigv4/canonical.hpp"
#include "accord/sigv4/crypto.hpp"
#include "accord/sigv4/uri.hpp"

namespace accord::sigv4 {
namespace {

constexpr std::chrono::seconds kMaxPresignedLifetime{7 * 24 * 3600};

std::optional<Error> check_inputs(const Request& request, const Credentials& credentials,
                                  const SigningParams& params) {
  if (credentials.access_key_id.empty() || credentials.secret_access_key.empty()) {
    return Error{"credentials", "the access key id and the secret access key must be set"};
  }
  if (params.region.empty() || params.service.empty()) {
    return Error{"signing parameters", "the region and the service must be set"};
  }
  if (request.header_count("host") == 0) {
    return Error{"request", "a Host header is required"};
  }
  return std::nullopt;
}

std::string payload_hash(const Request& request, const SigningParams& params) {
  if (auto declared = request.header("x-amz-content-sha256")) {
    return *declared;
  }
  if (params.payload == PayloadSigning::kUnsigned) {
    return std::string(kUnsignedPayload);
  }
  return sha256_hex(request.body);
}

// Canonical request, string to sign and signature of `request` as it stands.
Result<SignedRequest> compute(Request request, const std::vector<QueryParam>& query,
                              const Credentials& credentials, const SigningParams& params,
                              const std::string& hash) {
  const std::string date = format_scope_date(params.time);
  auto headers = canonical_headers(request, signable_header_names(request));
  if (!headers) {
    return headers.error();
  }
  SignedRequest out;
  out.canonical_request = canonical_request(
      request.method, canonical_uri(request.path(), params.normalize_path, params.escape_path),
      canonical_query(query), headers.value(), hash);
  out.string_to_sign = string_to_sign(format_amz_date(params.time),
                                      credential_scope(date, params.region, params.service),
                                      out.canonical_request);
  const std::string key =
      signing_key(credentials.secret_access_key, date, params.region, params.service);
  out.signature = signature_hex(key, out.string_to_sign);
  out.authorization = std::string(kAlgorithm) + " Credential=" + credentials.access_key_id + "/" +
                      credential_scope(date, params.region, params.service) +
                      ", SignedHeaders=" + headers->signed_headers +
                      ", Signature=" + out.signature;
  out.request = std::move(request);
  return out;
}

}  // namespace

Result<SignedRequest> sign_request(const Request& request, const Credentials& credentials,
                                   const SigningParams& params) {
  if (auto error = check_inputs(request, credentials, params)) {
    return *error;
  }
  Request copy = request;
  copy.remove_header("authorization");
  copy.remove_header("x-amz-date");
  copy.headers.push_back({"X-Amz-Date", format_amz_date(params.time)});
  const bool has_token = !credentials.session_token.empty();
  if (has_token) {
    copy.remove_header("x-amz-security-token");
  }
  if (has_token && params.token_placement == SessionTokenPlacement::kSigned) {
    copy.headers.push_back({"X-Amz-Security-Token", credentials.session_token});
  }
  const std::string hash = payload_hash(copy, params);
  if (params.add_content_sha256 && copy.header_count("x-amz-content-sha256") == 0) {
    copy.headers.push_back({"x-amz-content-sha256", hash});
  }

  auto result = compute(std::move(copy), parse_query(request.query()), credentials, params, hash);
  if (!result) {
    return result;
  }
  result->request.headers.push_back({"Authorization", result->authorization});
  if (has_token && params.token_placement == SessionTokenPlacement::kAddedAfter) {
    result->request.headers.push_back({"X-Amz-Security-Token", credentials.session_token});
  }
  return result;
}

Result<SignedRequest> presign_request(const Request& request, const Credentials& credentials,
                                      const SigningParams& params) {
  if (auto error = check_inputs(request, credentials, params)) {
    return *error;
  }
  if (params.expires.count() < 1 || params.expires > kMaxPresignedLifetime) {
    return Error{"expires", "a presigned URL must live between 1 second and 7 days"};
  }
  Request copy = request;
  copy.remove_header("authorization");
  const std::string date = format_scope_date(params.time);
  const bool signed_token = !credentials.session_token.empty() &&
                            params.token_placement == SessionTokenPlacement::kSigned;

  std::vector<QueryParam> added = {
      {"X-Amz-Algorithm", std::string(kAlgorithm)},
      {"X-Amz-Credential", credentials.access_key_id + "/" +
                               credential_scope(date, params.region, params.service)},
      {"X-Amz-Date", format_amz_date(params.time)},
      {"X-Amz-SignedHeaders", canonical_headers(copy, signable_header_names(copy))
                                  ->signed_headers},
      {"X-Amz-Expires", std::to_string(params.expires.count())}};
  if (signed_token) {
    added.emplace_back("X-Amz-Security-Token", credentials.session_token);
  }
  std::vector<QueryParam> query = parse_query(request.query());
  query.insert(query.end(), added.begin(), added.end());

  auto result = compute(copy, query, credentials, params, payload_hash(copy, params));
  if (!result) {
    return result;
  }
  if (!credentials.session_token.empty() && !signed_token) {
    added.emplace_back("X-Amz-Security-Token", credentials.session_token);
  }
  added.emplace_back("X-Amz-Signature", result->signature);
  std::string& target = result->request.target;
  const bool has_query = target.find('?') != std::string::npos;
  target += has_query ? (target.back() == '?' ? "" : "&") : "?";
  for (std::size_t i = 0; i < added.size(); ++i) {
    target += (i == 0 ? "" : "&") + added[i].first + "=" + uri_encode(added[i].second);
  }
  result->authorization.clear();
  return result;
}

}  // namespace accord::sigv4
