// Canonical forms exactly as the SigV4 specification and the official suite define them.
#include "accord/sigv4/canonical.hpp"

#include <algorithm>

#include "accord/sigv4/crypto.hpp"

namespace accord::sigv4 {

std::string canonical_header_value(std::string_view value) {
  std::string out;
  out.reserve(value.size());
  bool pending_space = false;
  for (const char c : value) {
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) {
      out.push_back(' ');
      pending_space = false;
    }
    out.push_back(c);
  }
  return out;
}

std::vector<std::string> signable_header_names(const Request& request) {
  std::vector<std::string> names;
  for (const auto& h : request.headers) {
    std::string name = to_lower(h.name);
    if (name != "authorization") {
      names.push_back(std::move(name));
    }
  }
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

Result<CanonicalHeaders> canonical_headers(const Request& request,
                                           const std::vector<std::string>& names) {
  CanonicalHeaders out;
  for (const auto& name : names) {
    std::string joined;
    bool found = false;
    for (const auto& h : request.headers) {
      if (iequals(h.name, name)) {
        joined += (found ? "," : "");
        joined += canonical_header_value(h.value);
        found = true;
      }
    }
    if (!found) {
      return Error{"header '" + name + "'", "is listed as signed but the request lacks it"};
    }
    out.lines += name + ":" + joined + "\n";
    out.signed_headers += (out.signed_headers.empty() ? "" : ";") + name;
  }
  return out;
}

std::string canonical_request(std::string_view method, std::string_view uri,
                              std::string_view query, const CanonicalHeaders& headers,
                              std::string_view payload_hash) {
  std::string out;
  out.append(method).append("\n");
  out.append(uri).append("\n");
  out.append(query).append("\n");
  out.append(headers.lines).append("\n");
  out.append(headers.signed_headers).append("\n");
  out.append(payload_hash);
  return out;
}

std::string credential_scope(std::string_view date, std::string_view region,
                             std::string_view service) {
  std::string out(date);
  out.append("/").append(region).append("/").append(service).append("/aws4_request");
  return out;
}

std::string string_to_sign(std::string_view amz_date, std::string_view scope,
                           std::string_view canonical_request_text) {
  std::string out(kAlgorithm);
  out.append("\n").append(amz_date).append("\n").append(scope).append("\n");
  out.append(sha256_hex(canonical_request_text));
  return out;
}

std::string signing_key(std::string_view secret_access_key, std::string_view date,
                        std::string_view region, std::string_view service) {
  std::string key = "AWS4";
  key.append(secret_access_key);
  std::string derived = hmac_sha256(key, date);
  derived = hmac_sha256(derived, region);
  derived = hmac_sha256(derived, service);
  return hmac_sha256(derived, "aws4_request");
}

std::string signature_hex(std::string_view key, std::string_view string_to_sign_text) {
  return to_hex(hmac_sha256(key, string_to_sign_text));
}

}  // namespace accord::sigv4
