// Raw HTTP/1.1 request messages in and out, lenient about line endings, strict about shape.
#include "accord/sigv4/request.hpp"

#include <algorithm>

namespace accord::sigv4 {
namespace {

// Splits off one line (without its LF or CRLF); advances `rest` past the terminator.
std::string_view take_line(std::string_view& rest, bool& had_terminator) {
  const auto end = rest.find('\n');
  had_terminator = end != std::string_view::npos;
  std::string_view line = rest.substr(0, end);
  rest = had_terminator ? rest.substr(end + 1) : std::string_view{};
  if (!line.empty() && line.back() == '\r') {
    line.remove_suffix(1);
  }
  return line;
}

std::string_view trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) {
    return {};
  }
  const auto last = text.find_last_not_of(" \t");
  return text.substr(first, last - first + 1);
}

bool is_token_char(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u > 32 && u < 127 && c != ':' && c != '(' && c != ')' && c != ',' && c != ';' &&
         c != '"' && c != '/' && c != '[' && c != ']' && c != '{' && c != '}' && c != '\\';
}

Error line_error(std::size_t line, std::string message) {
  return Error{"request line " + std::to_string(line), std::move(message)};
}

}  // namespace

std::string_view Request::path() const {
  const std::string_view view = target;
  return view.substr(0, view.find('?'));
}

std::string_view Request::query() const {
  const std::string_view view = target;
  const auto mark = view.find('?');
  return mark == std::string_view::npos ? std::string_view{} : view.substr(mark + 1);
}

std::optional<std::string> Request::header(std::string_view name) const {
  for (const auto& h : headers) {
    if (iequals(h.name, name)) {
      return h.value;
    }
  }
  return std::nullopt;
}

std::size_t Request::header_count(std::string_view name) const {
  return static_cast<std::size_t>(std::count_if(
      headers.begin(), headers.end(), [&](const Header& h) { return iequals(h.name, name); }));
}

void Request::remove_header(std::string_view name) {
  std::erase_if(headers, [&](const Header& h) { return iequals(h.name, name); });
}

Result<Request> parse_http_request(std::string_view message) {
  Request request;
  std::string_view rest = message;
  bool terminated = false;

  const std::string_view start = take_line(rest, terminated);
  const auto first_space = start.find(' ');
  const auto last_space = start.rfind(' ');
  if (first_space == std::string_view::npos || first_space == last_space) {
    return line_error(1, "expected 'METHOD TARGET HTTP/1.1'");
  }
  request.method = std::string(start.substr(0, first_space));
  request.target = std::string(start.substr(first_space + 1, last_space - first_space - 1));
  const std::string_view version = start.substr(last_space + 1);
  if (request.method.empty() || !std::all_of(request.method.begin(), request.method.end(),
                                             is_token_char)) {
    return line_error(1, "the method is not an HTTP token");
  }
  if (request.target.empty() || request.target.front() != '/') {
    return line_error(1, "the request target must start with '/'");
  }
  if (version.substr(0, 5) != "HTTP/") {
    return line_error(1, "expected an HTTP version such as HTTP/1.1");
  }

  std::size_t line_number = 1;
  while (terminated) {
    const std::string_view line = take_line(rest, terminated);
    ++line_number;
    if (line.empty()) {
      request.body = std::string(rest);
      return request;
    }
    if (line.front() == ' ' || line.front() == '\t') {
      if (request.headers.empty()) {
        return line_error(line_number, "a continuation line comes before any header");
      }
      auto& value = request.headers.back().value;
      value += ' ';
      value += trim(line);
      continue;
    }
    const auto colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0) {
      return line_error(line_number, "expected 'Name: value'");
    }
    const std::string_view name = line.substr(0, colon);
    if (!std::all_of(name.begin(), name.end(), is_token_char)) {
      return line_error(line_number, "the header name is not an HTTP token");
    }
    request.headers.push_back(Header{std::string(name), std::string(trim(line.substr(colon + 1)))});
  }
  return request;
}

std::string format_http_request(const Request& request) {
  std::string out = request.method + " " + request.target + " HTTP/1.1\n";
  for (const auto& h : request.headers) {
    out += h.name + ":" + h.value + "\n";
  }
  out += "\n";
  out += request.body;
  return out;
}

std::string to_lower(std::string_view text) {
  std::string out(text);
  for (auto& c : out) {
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    }
  }
  return out;
}

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && to_lower(a) == to_lower(b);
}

}  // namespace accord::sigv4
