// read_text_file: the format from the file name, errors for files that cannot be read, and the
// size limit checked before reading.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "accord/openapi/text.hpp"

namespace accord::openapi {
namespace {

namespace fs = std::filesystem;

class TextFile : public ::testing::Test {
 protected:
  void SetUp() override {
    folder_ =
        fs::temp_directory_path() /
        ("accord-text-file-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
         "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(folder_);
    fs::create_directories(folder_);
  }
  void TearDown() override { fs::remove_all(folder_); }

  fs::path write(const std::string& name, const std::string& text) {
    const fs::path path = folder_ / name;
    std::ofstream(path, std::ios::binary) << text;
    return path;
  }

  fs::path folder_;
};

TEST_F(TextFile, PicksTheFormatFromTheName) {
  // "{a: 1}" is YAML flow style, not JSON: the name decides how it is read.
  auto result = read_text_file(write("flow.yaml", "{a: 1}\n"));
  ASSERT_TRUE(std::holds_alternative<ParsedText>(result));
  EXPECT_EQ(std::get<ParsedText>(result).format, TextFormat::yaml);
  EXPECT_EQ(std::get<ParsedText>(result).value, Json::parse(R"({"a":1})"));

  result = read_text_file(write("flow.YML", "{a: 1}\n"));
  ASSERT_TRUE(std::holds_alternative<ParsedText>(result));

  result = read_text_file(write("flow.json", "{a: 1}\n"));
  ASSERT_TRUE(std::holds_alternative<TextError>(result));
  EXPECT_EQ(std::get<TextError>(result).where.file, (folder_ / "flow.json").string());
  EXPECT_EQ(std::get<TextError>(result).where.line, 1U);

  // A JSON document named .yaml is read as YAML, to the same value.
  result = read_text_file(write("doc.yaml", R"({"a": [1, "x"]})"));
  ASSERT_TRUE(std::holds_alternative<ParsedText>(result));
  EXPECT_EQ(std::get<ParsedText>(result).format, TextFormat::yaml);
  EXPECT_EQ(std::get<ParsedText>(result).value, Json::parse(R"({"a": [1, "x"]})"));

  // Other names: detected from the text.
  result = read_text_file(write("openapi", "[1]"));
  ASSERT_TRUE(std::holds_alternative<ParsedText>(result));
  EXPECT_EQ(std::get<ParsedText>(result).format, TextFormat::json);
  result = read_text_file(write("openapi.txt", "a: 1"));
  ASSERT_TRUE(std::holds_alternative<ParsedText>(result));
  EXPECT_EQ(std::get<ParsedText>(result).format, TextFormat::yaml);
}

TEST_F(TextFile, NamesTheFileInLocations) {
  const fs::path path = write("api.yaml", "info:\n  title: T\n");
  auto result = read_text_file(path);
  ASSERT_TRUE(std::holds_alternative<ParsedText>(result));
  EXPECT_EQ(std::get<ParsedText>(result).locations.find("/info/title"),
            (SourceLocation{path.string(), 2, 3}));
}

TEST_F(TextFile, ReportsFilesThatCannotBeRead) {
  auto result = read_text_file(folder_ / "missing.yaml");
  ASSERT_TRUE(std::holds_alternative<TextError>(result));
  const TextError& missing = std::get<TextError>(result);
  EXPECT_EQ(missing.where, (SourceLocation{(folder_ / "missing.yaml").string(), 0, 0}));
  EXPECT_NE(missing.message.find("cannot open"), std::string::npos) << missing.message;
  EXPECT_NE(missing.message.find("No such file"), std::string::npos) << missing.message;

  result = read_text_file(folder_);
  ASSERT_TRUE(std::holds_alternative<TextError>(result));
  EXPECT_NE(std::get<TextError>(result).message.find("directory"), std::string::npos);
}

TEST_F(TextFile, RefusesFilesOverTheLimit) {
  TextLimits limits;
  limits.max_bytes = 16;
  auto result = read_text_file(write("big.yaml", "a: " + std::string(100, 'x')), limits);
  ASSERT_TRUE(std::holds_alternative<TextError>(result));
  EXPECT_NE(std::get<TextError>(result).message.find("max_bytes"), std::string::npos);
  EXPECT_EQ(std::get<TextError>(result).where.line, 0U);
  result = read_text_file(write("small.yaml", "a: 1"), limits);
  EXPECT_TRUE(std::holds_alternative<ParsedText>(result));
}

TEST_F(TextFile, RefusesStreamsOverTheLimitWhileReading) {
  // /dev/zero has no size to ask for: reading stops once the limit is passed.
  if (!fs::exists("/dev/zero")) GTEST_SKIP() << "no /dev/zero here";
  TextLimits limits;
  limits.max_bytes = 100'000;
  auto result = read_text_file("/dev/zero", limits);
  ASSERT_TRUE(std::holds_alternative<TextError>(result));
  EXPECT_NE(std::get<TextError>(result).message.find("max_bytes"), std::string::npos);
}

}  // namespace
}  // namespace accord::openapi
