// Calendar arithmetic comes from <chrono>; only the fixed-width digit fields are read here.
#include "accord/sigv4/amz_time.hpp"

#include <array>
#include <cstdio>

namespace accord::sigv4 {
namespace {

bool read_digits(std::string_view text, std::size_t pos, std::size_t count, int& out) {
  if (pos + count > text.size()) {
    return false;
  }
  out = 0;
  for (std::size_t i = pos; i < pos + count; ++i) {
    if (text[i] < '0' || text[i] > '9') {
      return false;
    }
    out = out * 10 + (text[i] - '0');
  }
  return true;
}

struct Fields {
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
};

bool read_fields(std::string_view text, Fields& f) {
  if (text.size() == 16 && text[8] == 'T' && text[15] == 'Z') {
    return read_digits(text, 0, 4, f.year) && read_digits(text, 4, 2, f.month) &&
           read_digits(text, 6, 2, f.day) && read_digits(text, 9, 2, f.hour) &&
           read_digits(text, 11, 2, f.minute) && read_digits(text, 13, 2, f.second);
  }
  if (text.size() == 20 && text[4] == '-' && text[7] == '-' && text[10] == 'T' &&
      text[13] == ':' && text[16] == ':' && text[19] == 'Z') {
    return read_digits(text, 0, 4, f.year) && read_digits(text, 5, 2, f.month) &&
           read_digits(text, 8, 2, f.day) && read_digits(text, 11, 2, f.hour) &&
           read_digits(text, 14, 2, f.minute) && read_digits(text, 17, 2, f.second);
  }
  return false;
}

}  // namespace

std::string format_amz_date(SysSeconds time) {
  const auto day = std::chrono::floor<std::chrono::days>(time);
  const std::chrono::year_month_day ymd{day};
  const std::chrono::hh_mm_ss hms{time - day};
  std::array<char, 32> buffer{};
  std::snprintf(buffer.data(), buffer.size(), "%04d%02u%02uT%02d%02d%02dZ",
                static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                static_cast<unsigned>(ymd.day()), static_cast<int>(hms.hours().count()),
                static_cast<int>(hms.minutes().count()), static_cast<int>(hms.seconds().count()));
  return buffer.data();
}

std::string format_scope_date(SysSeconds time) { return format_amz_date(time).substr(0, 8); }

Result<SysSeconds> parse_amz_date(std::string_view text, std::string_view where) {
  Fields f;
  if (!read_fields(text, f)) {
    return Error{std::string(where), "expected a UTC time like 20150830T123600Z"};
  }
  const std::chrono::year_month_day ymd{std::chrono::year{f.year},
                                        std::chrono::month{static_cast<unsigned>(f.month)},
                                        std::chrono::day{static_cast<unsigned>(f.day)}};
  if (!ymd.ok() || f.hour > 23 || f.minute > 59 || f.second > 60) {
    return Error{std::string(where), "not a valid calendar date and time"};
  }
  return std::chrono::sys_days{ymd} + std::chrono::hours{f.hour} +
         std::chrono::minutes{f.minute} + std::chrono::seconds{f.second};
}

}  // namespace accord::sigv4
