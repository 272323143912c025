#pragma once
/// @file
/// The HTTP request as SigV4 sees it, and a reader for raw HTTP/1.1 request messages.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "accord/sigv4/result.hpp"

namespace accord::sigv4 {

/// One header line; the name keeps the case it was sent with. Repeated headers stay separate.
struct Header {
  std::string name;   ///< as sent, for example "X-Amz-Date"
  std::string value;  ///< as sent, folded continuation lines joined with one space

  friend bool operator==(const Header&, const Header&) = default;
};

/// An HTTP request: method, request target (path plus optional "?query", as on the wire),
/// headers in order and the body bytes.
struct Request {
  std::string method;           ///< for example "GET"
  std::string target;           ///< path and query as on the request line, e.g. "/a%20b?x=1"
  std::vector<Header> headers;  ///< in the order sent
  std::string body;             ///< raw bytes; may be empty or binary

  /// The path part of the target (everything before the first '?').
  [[nodiscard]] std::string_view path() const;
  /// The raw query (after the first '?', without it); empty when there is none.
  [[nodiscard]] std::string_view query() const;
  /// The value of the first header named `name` (case-insensitive), if any.
  [[nodiscard]] std::optional<std::string> header(std::string_view name) const;
  /// How many headers are named `name` (case-insensitive).
  [[nodiscard]] std::size_t header_count(std::string_view name) const;
  /// Removes every header named `name` (case-insensitive).
  void remove_header(std::string_view name);
};

/// Reads a raw HTTP/1.1 request message: request line, header lines (LF or CRLF, obsolete
/// line folding joined with a space), a blank line, then the body. The request target may
/// contain spaces (the official suite has "GET /example space/ HTTP/1.1"). Errors name the
/// line at fault.
[[nodiscard]] Result<Request> parse_http_request(std::string_view message);

/// Writes `request` back as an HTTP/1.1 message with LF line endings ("Name:value" lines).
[[nodiscard]] std::string format_http_request(const Request& request);

/// ASCII lower-case copy of `text`.
[[nodiscard]] std::string to_lower(std::string_view text);

/// True when `a` and `b` are equal ignoring ASCII case.
[[nodiscard]] bool iequals(std::string_view a, std::string_view b);

}  // namespace accord::sigv4
