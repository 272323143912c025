#include <arpa/inet.h>

#include <array>
#include <cstdint>
#include <optional>
#include <string>

#include <boost/url/parse.hpp>

#include "accord/schema/detail/checks.hpp"
#include "accord/schema/pattern.hpp"

namespace accord::schema::detail {
namespace {

// zod 4's default z.email() pattern (zod/v4/core/regexes.js, "email").
constexpr std::string_view kEmailPattern =
    R"(^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@)"
    R"((?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$)";

constexpr std::string_view kBase64Pattern =
    "^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$";

constexpr std::size_t kMaxHostnameLength = 253;
constexpr std::size_t kMaxLabelLength = 63;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool is_hex(char c) {
  return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool is_alnum(char c) { return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Reads exactly `width` ASCII digits at `pos`, advancing it.
std::optional<int> read_digits(std::string_view text, std::size_t& pos, std::size_t width) {
  if (text.size() - pos < width) return std::nullopt;
  int value = 0;
  for (std::size_t i = 0; i < width; ++i) {
    const char c = text[pos + i];
    if (!is_digit(c)) return std::nullopt;
    value = value * 10 + (c - '0');
  }
  pos += width;
  return value;
}

bool expect(std::string_view text, std::size_t& pos, char c) {
  if (pos >= text.size() || text[pos] != c) return false;
  ++pos;
  return true;
}

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  constexpr std::array<int, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && is_leap_year(year)) return 29;
  return kDays[static_cast<std::size_t>(month - 1)];
}

bool read_full_date(std::string_view text, std::size_t& pos) {
  const auto year = read_digits(text, pos, 4);
  if (!year || !expect(text, pos, '-')) return false;
  const auto month = read_digits(text, pos, 2);
  if (!month || *month < 1 || *month > 12 || !expect(text, pos, '-')) return false;
  const auto day = read_digits(text, pos, 2);
  return day && *day >= 1 && *day <= days_in_month(*year, *month);
}

// The offset in minutes east of UTC, or nullopt when malformed.
std::optional<int> read_offset(std::string_view text, std::size_t& pos) {
  if (pos >= text.size()) return std::nullopt;
  const char sign = text[pos++];
  if (sign == 'Z' || sign == 'z') return 0;
  if (sign != '+' && sign != '-') return std::nullopt;

  const auto hours = read_digits(text, pos, 2);
  if (!hours || *hours > 23 || !expect(text, pos, ':')) return std::nullopt;
  const auto minutes = read_digits(text, pos, 2);
  if (!minutes || *minutes > 59) return std::nullopt;
  const int offset = *hours * 60 + *minutes;
  return sign == '+' ? offset : -offset;
}

bool read_full_time(std::string_view text, std::size_t& pos) {
  const auto hour = read_digits(text, pos, 2);
  if (!hour || *hour > 23 || !expect(text, pos, ':')) return false;
  const auto minute = read_digits(text, pos, 2);
  if (!minute || *minute > 59 || !expect(text, pos, ':')) return false;
  const auto second = read_digits(text, pos, 2);
  if (!second || *second > 60) return false;

  if (pos < text.size() && text[pos] == '.') {
    const std::size_t start = ++pos;
    while (pos < text.size() && is_digit(text[pos])) ++pos;
    if (pos == start) return false;
  }
  const auto offset = read_offset(text, pos);
  if (!offset) return false;

  // A leap second is only valid at the last minute of the UTC day.
  if (*second == 60) {
    constexpr int kMinutesPerDay = 24 * 60;
    const int utc = ((*hour * 60 + *minute - *offset) % kMinutesPerDay + kMinutesPerDay) %
                    kMinutesPerDay;
    return utc == kMinutesPerDay - 1;
  }
  return true;
}

bool is_date(std::string_view text) {
  std::size_t pos = 0;
  return read_full_date(text, pos) && pos == text.size();
}

bool is_time(std::string_view text) {
  std::size_t pos = 0;
  return read_full_time(text, pos) && pos == text.size();
}

bool is_date_time(std::string_view text) {
  std::size_t pos = 0;
  if (!read_full_date(text, pos) || pos >= text.size()) return false;
  if (text[pos] != 'T' && text[pos] != 't') return false;
  ++pos;
  return read_full_time(text, pos) && pos == text.size();
}

bool is_uuid(std::string_view text) {
  constexpr std::size_t kLength = 36;
  if (text.size() != kLength) return false;
  for (std::size_t i = 0; i < kLength; ++i) {
    const bool dash_position = i == 8 || i == 13 || i == 18 || i == 23;
    if (dash_position ? text[i] != '-' : !is_hex(text[i])) return false;
  }
  return true;
}

bool is_label(std::string_view label) {
  if (label.empty() || label.size() > kMaxLabelLength) return false;
  if (label.front() == '-' || label.back() == '-') return false;
  for (char c : label) {
    if (!is_alnum(c) && c != '-') return false;
  }
  return true;
}

bool is_hostname(std::string_view text) {
  if (text.empty() || text.size() > kMaxHostnameLength) return false;
  std::size_t start = 0;
  while (true) {
    const std::size_t dot = text.find('.', start);
    if (!is_label(text.substr(start, dot - start))) return false;
    if (dot == std::string_view::npos) return true;
    start = dot + 1;
  }
}

bool inet_parses(int family, std::string_view text) {
  constexpr std::size_t kMaxAddressText = 64;
  if (text.size() >= kMaxAddressText || text.find('\0') != std::string_view::npos) return false;
  const std::string copy(text);
  std::array<unsigned char, 16> buffer{};
  return inet_pton(family, copy.c_str(), buffer.data()) == 1;
}

bool is_ipv6(std::string_view text) {
  // inet_pton takes no zone id ("fe80::1%eth0"), which the format does not allow either.
  return text.find('%') == std::string_view::npos && inet_parses(AF_INET6, text);
}

bool is_uri(std::string_view text) {
  const auto uri = boost::urls::parse_uri(text);
  if (!uri) return false;

  // Boost.URL 1.81 reads "http://host:abc/x" as an empty port followed by the path "abc/x";
  // after an authority, RFC 3986 allows only an empty path or one starting with "/".
  const std::string_view path = uri->encoded_path();
  return !uri->has_authority() || path.empty() || path.front() == '/';
}

bool matches_pattern(std::string_view source, std::string_view text) {
  // Patterns are compiled once, on first use, by the thread that gets there first.
  static const auto email = Pattern::compile_or_throw(kEmailPattern);
  static const auto base64 = Pattern::compile_or_throw(kBase64Pattern);
  return (source == kEmailPattern ? email : base64)->search(text);
}

}  // namespace

bool matches_format(StringFormat format, std::string_view value) {
  switch (format) {
    case StringFormat::none: return true;
    case StringFormat::email: return matches_pattern(kEmailPattern, value);
    case StringFormat::uuid: return is_uuid(value);
    case StringFormat::uri: return is_uri(value);
    case StringFormat::date: return is_date(value);
    case StringFormat::date_time: return is_date_time(value);
    case StringFormat::time: return is_time(value);
    case StringFormat::ipv4: return inet_parses(AF_INET, value);
    case StringFormat::ipv6: return is_ipv6(value);
    case StringFormat::hostname: return is_hostname(value);
    case StringFormat::byte: return matches_pattern(kBase64Pattern, value);
  }
  return true;
}

}  // namespace accord::schema::detail
