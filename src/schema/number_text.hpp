#pragma once
// Numbers as issue messages show them, the way JavaScript prints them ("3", "0.5", "1e+21").

#include <array>
#include <charconv>
#include <string>

namespace accord::schema::detail {

/// The shortest text that reads back as `value`, without a trailing ".0".
inline std::string format_number(double value) {
  std::array<char, 32> buffer{};
  const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
  return std::string(buffer.data(), result.ptr);
}

}  // namespace accord::schema::detail
