#include "accord/openapi/finding.hpp"

#include <ostream>

namespace accord::openapi {

std::string_view to_string(Severity severity) noexcept {
  return severity == Severity::error ? "error" : "warning";
}

std::string to_string(const Finding& finding) {
  return std::string(to_string(finding.severity)) + " [" + finding.rule + "] " + finding.pointer +
         ": " + finding.message;
}

void PrintTo(const Finding& finding, std::ostream* out) { *out << to_string(finding); }

}  // namespace accord::openapi
