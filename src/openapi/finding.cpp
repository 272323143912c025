#include "accord/openapi/finding.hpp"

namespace accord::openapi {

std::string_view to_string(Severity severity) noexcept {
  return severity == Severity::error ? "error" : "warning";
}

}  // namespace accord::openapi
