// Every document read, written as YAML and as JSON, and read again gives the same value: the
// documents copied into tests/data/openapi-text, the shared corpus when it is there, and
// generated values full of strings that need quoting.

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <iostream>
#include <random>
#include <string>
#include <vector>

#include "accord/openapi/text.hpp"

namespace accord::openapi {
namespace {

namespace fs = std::filesystem;

const fs::path kLocalData = fs::path(ACCORD_SOURCE_DIR) / "tests" / "data" / "openapi-text";
const fs::path kSharedCorpus = "/work/shared/corpus";

std::vector<fs::path> documents_under(const fs::path& folder) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(folder)) {
    const std::string extension = entry.path().extension().string();
    if (entry.is_regular_file() &&
        (extension == ".json" || extension == ".yaml" || extension == ".yml")) {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

// Reads `path`, writes the value in both formats and reads each back; returns a description of
// the first difference, or "".
std::string round_trip_problem(const fs::path& path) {
  auto read = read_text_file(path);
  if (const auto* error = std::get_if<TextError>(&read)) return "read: " + to_string(*error);
  const Json& value = std::get<ParsedText>(read).value;
  for (const TextFormat format : {TextFormat::yaml, TextFormat::json}) {
    const std::string text = format == TextFormat::yaml ? to_yaml_text(value) : to_json_text(value);
    auto again = parse_text(text, "written", {}, format);
    if (const auto* error = std::get_if<TextError>(&again)) {
      return "reading the written " + std::string(to_string(format)) + ": " + to_string(*error);
    }
    if (std::get<ParsedText>(again).value != value) {
      return "the written " + std::string(to_string(format)) + " reads back as another value";
    }
  }
  return "";
}

void round_trip_all(const std::vector<fs::path>& files, const std::string& label) {
  ASSERT_FALSE(files.empty()) << "no documents for " << label;
  std::size_t passed = 0;
  for (const fs::path& file : files) {
    const std::string problem = round_trip_problem(file);
    EXPECT_EQ(problem, "") << file;
    if (problem.empty()) ++passed;
  }
  std::cout << "[round trip] " << label << ": " << passed << " of " << files.size()
            << " documents\n";
}

TEST(TextRoundTrip, LocalDocuments) {
  round_trip_all(documents_under(kLocalData), "local");
}

TEST(TextRoundTrip, SharedCorpus) {
  if (!fs::is_directory(kSharedCorpus)) {
    GTEST_SKIP() << kSharedCorpus << " is absent (it exists only on development machines); "
                 << "the local copies in tests/data/openapi-text are checked instead";
  }
  std::vector<fs::path> files;
  for (const char* folder : {"openapi-specs", "oas-schemas", "oasdiff-fixtures"}) {
    const auto found = documents_under(kSharedCorpus / folder);
    files.insert(files.end(), found.begin(), found.end());
  }
  // The collector's index is not a document, but it is JSON: it round-trips all the same.
  round_trip_all(files, "shared corpus");
}

Json read_or_fail(const fs::path& path) {
  auto read = read_text_file(path);
  if (const auto* error = std::get_if<TextError>(&read)) {
    ADD_FAILURE() << to_string(*error);
    return nullptr;
  }
  return std::get<ParsedText>(std::move(read)).value;
}

TEST(TextRoundTrip, YamlAndJsonTwinsReadToEqualValues) {
  std::size_t pairs = 0;
  for (const fs::path& json : documents_under(kLocalData)) {
    if (json.extension() != ".json") continue;
    fs::path yaml = json;
    yaml.replace_extension(".yaml");
    if (!fs::exists(yaml) || json.parent_path().filename() == "oas-schemas") continue;
    EXPECT_EQ(read_or_fail(yaml), read_or_fail(json)) << yaml;
    ++pairs;
  }
  EXPECT_EQ(pairs, 9U);  // the 8 OAI examples and features.yaml
}

// Random values built from awkward pieces: strings that look like other YAML types or hold
// indicators, blanks, line breaks and control characters; keys of the same kind; numbers at
// the edges. Seeded, so a failure repeats.
class ValueGenerator {
 public:
  explicit ValueGenerator(std::uint32_t seed) : random_(seed) {}

  Json value(int depth) {
    switch (pick(depth > 3 ? 6 : 8)) {
      case 0:
        return nullptr;
      case 1:
        return pick(2) == 0;
      case 2:
        return integer();
      case 3:
        return floating();
      case 4:
      case 5:
        return string();
      case 6: {
        Json array = Json::array();
        for (std::size_t n = pick(4); n > 0; --n) array.push_back(value(depth + 1));
        return array;
      }
      default: {
        Json object = Json::object();
        for (std::size_t n = pick(4); n > 0; --n) object[string()] = value(depth + 1);
        return object;
      }
    }
  }

 private:
  std::size_t pick(std::size_t count) {
    return std::uniform_int_distribution<std::size_t>(0, count - 1)(random_);
  }

  Json integer() {
    static const std::vector<Json> edges = {0, -1, 7, INT64_MIN, INT64_MAX, UINT64_MAX};
    if (pick(2) == 0) return edges[pick(edges.size())];
    return std::uniform_int_distribution<std::int64_t>(-100000, 100000)(random_);
  }

  Json floating() {
    static const std::vector<double> edges = {
        0.0, -0.0, 1.0, 0.1, 1e300, -1e-300, 5e-324, 1.7976931348623157e308, 123456.789, 1e16};
    if (pick(2) == 0) return edges[pick(edges.size())];
    return std::uniform_real_distribution<double>(-1e6, 1e6)(random_);
  }

  std::string string() {
    static const std::vector<std::string> pieces = {"a",
                                                    "Z",
                                                    " ",
                                                    "  ",
                                                    "\t",
                                                    "\n",
                                                    "\n\n",
                                                    "\r",
                                                    "\r\n",
                                                    "#",
                                                    " #",
                                                    ":",
                                                    ": ",
                                                    "-",
                                                    "- ",
                                                    "?",
                                                    ",",
                                                    "[",
                                                    "]",
                                                    "{",
                                                    "}",
                                                    "&",
                                                    "*",
                                                    "!",
                                                    "|",
                                                    ">",
                                                    "'",
                                                    "\"",
                                                    "%",
                                                    "@",
                                                    "`",
                                                    "\\",
                                                    "~",
                                                    "null",
                                                    "true",
                                                    "no",
                                                    "yes",
                                                    "1",
                                                    "0x1F",
                                                    "1.5",
                                                    ".inf",
                                                    ".nan",
                                                    "1e3",
                                                    "<<",
                                                    "=",
                                                    "---",
                                                    "...",
                                                    "\xC3\xA9",
                                                    "\xE6\x97\xA5",
                                                    "\xF0\x9F\x98\x80",
                                                    std::string(1, '\0'),
                                                    "\x01",
                                                    "\x7F",
                                                    "\xC2\x85",
                                                    "\xE2\x80\xA8",
                                                    "\xEF\xBB\xBF",
                                                    "\xEF\xBF\xBE",
                                                    "\xC2\xA0"};
    std::string text;
    for (std::size_t n = pick(6); n > 0; --n) text += pieces[pick(pieces.size())];
    return text;
  }

  std::mt19937 random_;
};

TEST(TextRoundTrip, GeneratedValues) {
  ValueGenerator generator(20240601);
  for (int i = 0; i < 3000; ++i) {
    Json value = generator.value(0);
    const std::string yaml = to_yaml_text(value);
    auto yaml_back = parse_text(yaml, "generated", {}, TextFormat::yaml);
    ASSERT_TRUE(std::holds_alternative<ParsedText>(yaml_back))
        << to_string(std::get<TextError>(yaml_back)) << "\n"
        << yaml;
    ASSERT_EQ(std::get<ParsedText>(yaml_back).value, value) << yaml;
    const std::string json = to_json_text(value);
    auto json_back = parse_text(json, "generated", {}, TextFormat::json);
    ASSERT_TRUE(std::holds_alternative<ParsedText>(json_back))
        << to_string(std::get<TextError>(json_back)) << "\n"
        << json;
    ASSERT_EQ(std::get<ParsedText>(json_back).value, value) << json;
  }
}

}  // namespace
}  // namespace accord::openapi
