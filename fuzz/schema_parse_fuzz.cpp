// libFuzzer target: arbitrary bytes through the typed parse and the DOM path of two schemas
// (the user-service request and a fuzz-only schema using every kind), which must report the
// same issues. A disagreement aborts, so libFuzzer keeps the input; replay the corpus with
// tests/schema/fuzz_regression_test.cpp.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "schema_agreement.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const std::string report = accord_fuzz::check_agreement(bytes);
  if (!report.empty()) {
    std::fputs(report.c_str(), stderr);
    std::abort();
  }
  return 0;
}
