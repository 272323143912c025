// Encoding rules from the SigV4 specification: unreserved bytes pass, all others become %XX.
#include "accord/sigv4/uri.hpp"

#include <algorithm>

#include "accord/sigv4/request.hpp"

namespace accord::sigv4 {
namespace {

bool is_unreserved(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
         c == '-' || c == '_' || c == '.' || c == '~';
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') {
    return c - '0';
  }
  if (c >= 'a' && c <= 'f') {
    return c - 'a' + 10;
  }
  if (c >= 'A' && c <= 'F') {
    return c - 'A' + 10;
  }
  return -1;
}

bool is_escape_at(std::string_view text, std::size_t i) {
  return i + 2 < text.size() && text[i] == '%' && hex_value(text[i + 1]) >= 0 &&
         hex_value(text[i + 2]) >= 0;
}

void append_escape(std::string& out, char c) {
  static constexpr char kDigits[] = "0123456789ABCDEF";
  const auto byte = static_cast<unsigned char>(c);
  out.push_back('%');
  out.push_back(kDigits[byte >> 4U]);
  out.push_back(kDigits[byte & 0x0FU]);
}

}  // namespace

std::string uri_encode(std::string_view text, bool keep_slash) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    if (is_unreserved(c) || (keep_slash && c == '/')) {
      out.push_back(c);
    } else {
      append_escape(out, c);
    }
  }
  return out;
}

std::string uri_decode(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (is_escape_at(text, i)) {
      out.push_back(static_cast<char>(hex_value(text[i + 1]) * 16 + hex_value(text[i + 2])));
      i += 2;
    } else {
      out.push_back(text[i]);
    }
  }
  return out;
}

std::string normalize_path(std::string_view path) {
  std::vector<std::string_view> segments;
  std::size_t start = 0;
  while (start <= path.size()) {
    const auto end = std::min(path.find('/', start), path.size());
    const std::string_view segment = path.substr(start, end - start);
    if (segment == "..") {
      if (!segments.empty()) {
        segments.pop_back();
      }
    } else if (!segment.empty() && segment != ".") {
      segments.push_back(segment);
    }
    start = end + 1;
  }
  std::string out = path.starts_with('/') ? "/" : "";
  for (std::size_t i = 0; i < segments.size(); ++i) {
    out += (i == 0 ? "" : "/");
    out += segments[i];
  }
  if (!segments.empty() && path.ends_with('/')) {
    out += '/';
  }
  return out;
}

std::string canonical_uri(std::string_view path, bool normalize, bool escape_path) {
  if (path.empty()) {
    return "/";
  }
  if (escape_path) {
    return uri_encode(normalize ? normalize_path(path) : std::string(path), true);
  }
  std::string out;
  for (std::size_t i = 0; i < path.size(); ++i) {
    if (is_unreserved(path[i]) || path[i] == '/' || is_escape_at(path, i)) {
      out.push_back(path[i]);
    } else {
      append_escape(out, path[i]);
    }
  }
  return out;
}

std::vector<QueryParam> parse_query(std::string_view query) {
  std::vector<QueryParam> params;
  std::size_t start = 0;
  while (start <= query.size()) {
    const auto end = std::min(query.find('&', start), query.size());
    const std::string_view piece = query.substr(start, end - start);
    if (!piece.empty()) {
      const auto eq = piece.find('=');
      params.emplace_back(uri_decode(piece.substr(0, eq)),
                          eq == std::string_view::npos ? "" : uri_decode(piece.substr(eq + 1)));
    }
    start = end + 1;
  }
  return params;
}

std::string canonical_query(const std::vector<QueryParam>& params) {
  std::vector<std::pair<std::string, std::string>> encoded;
  encoded.reserve(params.size());
  for (const auto& [key, value] : params) {
    if (iequals(key, "X-Amz-Signature")) {
      continue;
    }
    encoded.emplace_back(uri_encode(key), uri_encode(value));
  }
  std::sort(encoded.begin(), encoded.end());
  std::string out;
  for (const auto& [key, value] : encoded) {
    out += (out.empty() ? "" : "&");
    out += key + "=" + value;
  }
  return out;
}

}  // namespace accord::sigv4
