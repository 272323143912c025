#include "accord/openapi/version.hpp"

#include <cctype>

namespace accord::openapi {

std::string_view version_string(Version version) noexcept {
  return version == Version::v3_0 ? "3.0.3" : "3.1.0";
}

std::optional<Version> parse_version(std::string_view text) noexcept {
  std::optional<Version> line;
  if (text.starts_with("3.0.")) line = Version::v3_0;
  if (text.starts_with("3.1.")) line = Version::v3_1;
  if (!line) return std::nullopt;
  const std::string_view patch = text.substr(4);
  if (patch.empty()) return std::nullopt;
  for (const char c : patch) {
    if (std::isdigit(static_cast<unsigned char>(c)) == 0) return std::nullopt;
  }
  return line;
}

schema::Dialect dialect_of(Version version) noexcept {
  return version == Version::v3_0 ? schema::Dialect::openapi_3_0 : schema::Dialect::openapi_3_1;
}

}  // namespace accord::openapi
