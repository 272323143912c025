// libFuzzer target: arbitrary JSON or YAML through the document reader, the linter and both
// conversions. Nothing may crash, hang or throw; a document that reads must lint, convert to
// both versions and be written as text. No other file is read (ReadOptions::max_files = 1).

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <stdexcept>
#include <string>
#include <string_view>

#include "accord/openapi/convert.hpp"
#include "accord/openapi/lint.hpp"
#include "accord/openapi/reader.hpp"
#include "accord/openapi/text.hpp"

namespace accord_fuzz {

/// "" when `text` passes the check, else what went wrong.
inline std::string document_report(std::string_view text) {
  namespace oa = accord::openapi;
  oa::ReadOptions options;
  options.max_files = 1;
  options.limits.max_bytes = 1 << 20;
  try {
    auto read = oa::read_document_text(text, "fuzz.yaml", "/nonexistent-accord-fuzz", options);
    auto* loaded = std::get_if<oa::LoadedDocument>(&read);
    if (loaded == nullptr) {
      return std::get<oa::ReadError>(read).message.empty() ? "a read error without a message"
                                                           : "";
    }
    (void)oa::lint(loaded->document);
    for (const auto version : {oa::Version::v3_0, oa::Version::v3_1}) {
      const auto converted = oa::convert(loaded->document, version);
      (void)oa::lint(converted.document, {.structure = true, .unused_components = false});
      try {
        (void)oa::to_yaml_text(converted.document.json());
      } catch (const std::invalid_argument&) {
        // Text JSON cannot hold (invalid UTF-8 kept from the input is refused the same way).
      }
    }
  } catch (const std::exception& error) {
    return std::string("threw: ") + error.what();
  }
  return "";
}

}  // namespace accord_fuzz

#ifndef ACCORD_FUZZ_NO_MAIN
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string report = accord_fuzz::document_report(
      std::string_view(reinterpret_cast<const char*>(data), size));
  if (!report.empty()) {
    std::fprintf(stderr, "%s\n", report.c_str());
    std::abort();
  }
  return 0;
}
#endif
