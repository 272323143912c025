// libFuzzer target: arbitrary bytes through parse_text as JSON, as YAML and detected. A text
// that is read must write (to_yaml_text, to_json_text) to text that reads back as the same
// value; a text that is refused must be refused with a line and a column. A failure aborts, so
// libFuzzer keeps the input; tests/openapi/text_fuzz_corpus_test.cpp replays the corpus through
// text_round_trip_report() (it includes this file for that).

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

#include "accord/openapi/text.hpp"

namespace accord_fuzz {

/// What went wrong reading `bytes` and writing them back, or "" when nothing did. Errors must
/// have a place and a UTF-8 message (messages end up in JSON problem reports).
inline std::string text_round_trip_report(std::string_view bytes) {
  using namespace accord::openapi;
  TextLimits limits;  // small enough that one input cannot take seconds
  limits.max_values = 100'000;
  limits.max_string_bytes = 1 << 20;
  TextLimits written_limits = limits;  // the written text holds aliases expanded
  written_limits.max_bytes = std::numeric_limits<std::size_t>::max();

  for (const auto format : {std::optional(TextFormat::json), std::optional(TextFormat::yaml),
                            std::optional<TextFormat>()}) {
    const std::string label = format ? std::string(to_string(*format)) : "detected";
    auto result = parse_text(bytes, "input", limits, format);
    if (const auto* error = std::get_if<TextError>(&result)) {
      if (error->where.line == 0 || error->where.column == 0 || error->message.empty()) {
        return label + ": an error without a place: " + to_string(*error);
      }
      try {
        (void)Json(error->message).dump();  // throws when the message is not UTF-8
      } catch (const Json::exception&) {
        return label + ": an error message that is not UTF-8: " + to_string(*error);
      }
      continue;
    }
    const Json& value = std::get<ParsedText>(result).value;
    for (const TextFormat written : {TextFormat::yaml, TextFormat::json}) {
      const std::string text =
          written == TextFormat::yaml ? to_yaml_text(value) : to_json_text(value);
      auto again = parse_text(text, "written", written_limits, written);
      if (const auto* error = std::get_if<TextError>(&again)) {
        return label + " read, but its " + std::string(to_string(written)) +
               " text is refused: " + to_string(*error) + "\n--- written:\n" + text;
      }
      if (std::get<ParsedText>(again).value != value) {
        return label + " read, but its " + std::string(to_string(written)) +
               " text reads back as another value\n--- value: " +
               value.dump(-1, ' ', false, Json::error_handler_t::replace) + "\n--- written:\n" +
               text;
      }
    }
  }
  return "";
}

}  // namespace accord_fuzz

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const std::string report = accord_fuzz::text_round_trip_report(bytes);
  if (!report.empty()) {
    std::fputs(report.c_str(), stderr);
    std::abort();
  }
  return 0;
}
