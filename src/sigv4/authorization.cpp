// A strict reader: anything that is not exactly one well-formed component of each kind fails.
#include "accord/sigv4/authorization.hpp"

#include <algorithm>

#include "accord/sigv4/canonical.hpp"

namespace accord::sigv4 {
namespace {

constexpr std::string_view kWhere = "Authorization header";

std::string_view trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) {
    return {};
  }
  return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

std::vector<std::string_view> split(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (true) {
    const auto end = text.find(separator, start);
    parts.push_back(text.substr(start, end - start));
    if (end == std::string_view::npos) {
      return parts;
    }
    start = end + 1;
  }
}

bool is_header_name(std::string_view name) {
  return !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
  });
}

}  // namespace

bool is_signature_hex(std::string_view text) {
  return text.size() == 64 && std::all_of(text.begin(), text.end(), [](char c) {
           return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
         });
}

std::optional<Error> parse_credential(std::string_view text, std::string_view where,
                                      Authorization& out) {
  const auto parts = split(text, '/');
  if (parts.size() != 5 || parts[4] != "aws4_request") {
    return Error{std::string(where),
                 "Credential must be AKID/YYYYMMDD/region/service/aws4_request"};
  }
  if (parts[0].empty() || parts[2].empty() || parts[3].empty() || parts[1].size() != 8 ||
      parts[1].find_first_not_of("0123456789") != std::string_view::npos) {
    return Error{std::string(where),
                 "Credential has an empty key id, region or service, or a bad date"};
  }
  out.access_key_id = std::string(parts[0]);
  out.date = std::string(parts[1]);
  out.region = std::string(parts[2]);
  out.service = std::string(parts[3]);
  return std::nullopt;
}

std::optional<Error> parse_signed_headers(std::string_view text, std::string_view where,
                                          std::vector<std::string>& out) {
  out.clear();
  for (const auto name : split(text, ';')) {
    if (!is_header_name(name)) {
      return Error{std::string(where),
                   "SignedHeaders must be lower-case header names joined by ';'"};
    }
    if (!out.empty() && out.back() >= name) {
      return Error{std::string(where), "SignedHeaders must be sorted and without repeats"};
    }
    out.emplace_back(name);
  }
  return std::nullopt;
}

Result<Authorization> parse_authorization(std::string_view value) {
  value = trim(value);
  if (!value.starts_with(kAlgorithm) || value.size() == kAlgorithm.size() ||
      value[kAlgorithm.size()] != ' ') {
    return Error{std::string(kWhere), "the algorithm must be AWS4-HMAC-SHA256"};
  }
  Authorization out;
  bool has_credential = false, has_signed_headers = false, has_signature = false;
  for (const auto raw : split(value.substr(kAlgorithm.size() + 1), ',')) {
    const std::string_view component = trim(raw);
    const auto eq = component.find('=');
    const std::string_view name = component.substr(0, eq);
    const std::string_view text =
        eq == std::string_view::npos ? std::string_view{} : component.substr(eq + 1);
    bool* seen = name == "Credential"      ? &has_credential
                 : name == "SignedHeaders" ? &has_signed_headers
                 : name == "Signature"     ? &has_signature
                                           : nullptr;
    if (seen == nullptr || eq == std::string_view::npos) {
      return Error{std::string(kWhere), "expected Credential=, SignedHeaders= and Signature="};
    }
    if (*seen) {
      return Error{std::string(kWhere), std::string(name) + " appears twice"};
    }
    *seen = true;
    std::optional<Error> error;
    if (name == "Credential") {
      error = parse_credential(text, kWhere, out);
    } else if (name == "SignedHeaders") {
      error = parse_signed_headers(text, kWhere, out.signed_headers);
    } else if (is_signature_hex(text)) {
      out.signature = std::string(text);
    } else {
      error = Error{std::string(kWhere), "Signature must be 64 lower-case hex digits"};
    }
    if (error) {
      return *error;
    }
  }
  if (!has_credential || !has_signed_headers || !has_signature) {
    return Error{std::string(kWhere), "Credential, SignedHeaders and Signature are all required"};
  }
  return out;
}

}  // namespace accord::sigv4
