// Hostile text: every limit of TextLimits, alias bombs, deep nesting and broken bytes give a
// TextError, never a crash, a hang or a huge allocation.

#include <gtest/gtest.h>

#include <iterator>
#include <string>
#include <utility>

#include "accord/openapi/text.hpp"

namespace accord::openapi {
namespace {

TextError failed(std::string_view text, std::optional<TextFormat> format,
                 const TextLimits& limits = {}) {
  auto result = parse_text(text, "hostile", limits, format);
  if (const auto* error = std::get_if<TextError>(&result)) return *error;
  ADD_FAILURE() << "parsed, but should not have: " << text.substr(0, 80);
  return {};
}

bool mentions(const TextError& error, std::string_view words) {
  return error.message.find(words) != std::string::npos;
}

// The classic billion laughs: ten levels, each an anchored list of nine aliases of the level
// before; fully expanded it would be 9^9 (387 million) strings.
std::string billion_laughs() {
  std::string text = "l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
  for (int level = 1; level < 10; ++level) {
    const std::string before = "*l" + std::to_string(level - 1);
    text += "l" + std::to_string(level) + ": &l" + std::to_string(level) + " [";
    for (int i = 0; i < 9; ++i) text += (i == 0 ? "" : ", ") + before;
    text += "]\n";
  }
  return text;
}

TEST(TextLimits, BillionLaughsFailsBeforeExpanding) {
  const TextError error = failed(billion_laughs(), TextFormat::yaml);
  EXPECT_TRUE(mentions(error, "max_values")) << error.message;
  EXPECT_TRUE(mentions(error, "aliases")) << error.message;
  // Levels 0 to 6 hold 6 million values; the first alias of level 6 in level 7 (line 8) passes
  // ten million.
  EXPECT_EQ(error.where, (SourceLocation{"hostile", 8, 10})) << to_string(error);

  TextLimits small;
  small.max_values = 1000;
  const TextError early = failed(billion_laughs(), TextFormat::yaml, small);
  EXPECT_EQ(early.where.line, 4U) << to_string(early);  // 923 values, then 820 more
}

TEST(TextLimits, AliasesWithinTheLimitAreExpanded) {
  TextLimits limits;
  limits.max_values = 9;  // the mapping, the list and its 3 strings, the copy of the list: 9
  auto result = parse_text("a: &a [x, y, z]\nb: *a\n", "ok", limits, TextFormat::yaml);
  ASSERT_TRUE(std::holds_alternative<ParsedText>(result));
  limits.max_values = 8;
  const TextError error = failed("a: &a [x, y, z]\nb: *a\n", TextFormat::yaml, limits);
  EXPECT_EQ(error.where, (SourceLocation{"hostile", 2, 4}));
}

TEST(TextLimits, OneLongStringRepeatedFailsOnItsBytes) {
  std::string text = "s: &s " + std::string(100'000, 'x') + "\nl: [";
  for (int i = 0; i < 3000; ++i) text += "*s, ";
  text += "*s]\n";
  TextLimits limits;
  limits.max_string_bytes = 50'000'000;  // 3001 copies of 100 kB are 300 MB
  const TextError error = failed(text, TextFormat::yaml, limits);
  EXPECT_TRUE(mentions(error, "max_string_bytes")) << error.message;
  EXPECT_EQ(error.where.line, 2U);
  EXPECT_TRUE(mentions(failed(text, TextFormat::yaml), "max_string_bytes"));  // 256 MiB
}

TEST(TextLimits, DeepNestingFailsAtTheLimitInBothFormats) {
  for (const std::size_t depth : {257UL, 100'000UL}) {
    const std::string flow = std::string(depth, '[') + std::string(depth, ']');
    TextError error = failed(flow, TextFormat::json);
    EXPECT_TRUE(mentions(error, "max_depth")) << error.message;
    EXPECT_EQ(error.where, (SourceLocation{"hostile", 1, 257}));
    error = failed(flow, TextFormat::yaml);
    EXPECT_TRUE(mentions(error, "max_depth")) << error.message;
    EXPECT_EQ(error.where, (SourceLocation{"hostile", 1, 257}));
  }
  std::string block;
  for (int level = 0; level < 300; ++level) block += std::string(level, ' ') + "k:\n";
  const TextError error = failed(block, TextFormat::yaml);
  EXPECT_TRUE(mentions(error, "max_depth")) << error.message;
  EXPECT_EQ(error.where.line, 257U);
  // At the limit itself the text is read.
  const std::string at_limit = std::string(256, '[') + std::string(256, ']');
  EXPECT_TRUE(std::holds_alternative<ParsedText>(parse_text(at_limit, "ok", {}, TextFormat::json)));
  EXPECT_TRUE(std::holds_alternative<ParsedText>(parse_text(at_limit, "ok", {}, TextFormat::yaml)));
}

TEST(TextLimits, AliasesCountTowardsDepth) {
  TextLimits limits;
  limits.max_depth = 4;
  const std::string text = "a: &deep [[[1]]]\nb: [*deep]\n";  // b nests 1 + 1 + 3 levels
  const TextError error = failed(text, TextFormat::yaml, limits);
  EXPECT_TRUE(mentions(error, "max_depth")) << error.message;
  EXPECT_EQ(error.where, (SourceLocation{"hostile", 2, 5}));
  limits.max_depth = 5;
  EXPECT_TRUE(std::holds_alternative<ParsedText>(parse_text(text, "ok", limits, TextFormat::yaml)));
}

TEST(TextLimits, AHigherDepthLimitReadsDeepTextWithoutRecursion) {
  TextLimits limits;
  limits.max_depth = 200'000;
  // libyaml takes time quadratic in the depth of flow nesting (it rescans its open flow levels
  // for each token), so YAML goes less deep; the default limit keeps it linear.
  for (const auto& [format, depth] :
       {std::pair(TextFormat::json, 100'000UL), std::pair(TextFormat::yaml, 5'000UL)}) {
    const std::string flow = std::string(depth, '[') + std::string(depth, ']');
    auto result = parse_text(flow, "deep", limits, format);
    ASSERT_TRUE(std::holds_alternative<ParsedText>(result))
        << to_string(std::get<TextError>(result));
    EXPECT_EQ(std::get<ParsedText>(result).locations.size(), depth);
    std::string innermost;
    for (std::size_t level = 1; level < depth; ++level) innermost += "/0";
    EXPECT_EQ(std::get<ParsedText>(result).locations.find(innermost),
              (SourceLocation{"deep", 1, depth}));
  }
}

TEST(TextLimits, ObjectsWithManyKeysAreReadInLinearTime) {
  // A reader that looks for each new key among the ones before it (as nlohmann's ordered_json
  // does) would take minutes here; the test's time limit would stop it.
  constexpr int kKeys = 100'000;
  std::string json = "{";
  std::string yaml;
  for (int i = 0; i < kKeys; ++i) {
    const std::string key = "key" + std::to_string(i);
    json += (i == 0 ? "\"" : ",\"") + key + "\": [" + std::to_string(i) + "]";
    yaml += key + ": [" + std::to_string(i) + "]\n";
  }
  json += "}";
  for (const auto& [text, format] :
       {std::pair(&json, TextFormat::json), std::pair(&yaml, TextFormat::yaml)}) {
    auto result = parse_text(*text, "wide", {}, format);
    ASSERT_TRUE(std::holds_alternative<ParsedText>(result));
    const Json& value = std::get<ParsedText>(result).value;
    ASSERT_EQ(value.size(), static_cast<std::size_t>(kKeys));
    EXPECT_EQ(value["key99999"][0], kKeys - 1);
    EXPECT_EQ(std::prev(value.end()).key(), "key99999");  // keys keep their order
  }
}

TEST(TextLimits, TooManyValuesInPlainText) {
  TextLimits limits;
  limits.max_values = 100;
  std::string text = "[";
  for (int i = 0; i < 200; ++i) text += "1,";
  text += "1]";
  EXPECT_TRUE(mentions(failed(text, TextFormat::json, limits), "max_values"));
  EXPECT_TRUE(mentions(failed(text, TextFormat::yaml, limits), "max_values"));
}

TEST(TextLimits, TooManyBytesIsRefusedBeforeParsing) {
  TextLimits limits;
  limits.max_bytes = 10;
  // Not even valid text: the size is checked first.
  for (const auto format : {std::optional<TextFormat>(), std::optional(TextFormat::yaml)}) {
    const TextError error = failed("\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF", format, limits);
    EXPECT_TRUE(mentions(error, "max_bytes")) << error.message;
    EXPECT_EQ(error.where, (SourceLocation{"hostile", 0, 0}));
  }
}

TEST(TextLimits, BrokenBytesAreErrorsWithPlaces) {
  struct Case {
    std::string text;
    std::size_t line;
    std::size_t column;
  };
  const Case yaml_cases[] = {
      {std::string("a: \0\n", 5), 1, 4},
      // A truncated UTF-8 sequence: the place is the byte that breaks it.
      {"a:\n  b: \"\xE2\x82\"\n", 2, 8},
      {"a: \xC3\n", 1, 5},
      {"a:\n\t- 1\n", 2, 1},
      {"a: 'never closed\nb: 1\n", 3, 1},
      {"a: [1, 2\n", 2, 1},
      {"? \n", 0, 0},  // an empty key and value: fine, checked below
  };
  for (const Case& c : yaml_cases) {
    auto result = parse_text(c.text, "hostile", {}, TextFormat::yaml);
    if (c.line == 0) {
      EXPECT_TRUE(std::holds_alternative<ParsedText>(result));
      continue;
    }
    ASSERT_TRUE(std::holds_alternative<TextError>(result)) << c.text;
    const TextError& error = std::get<TextError>(result);
    EXPECT_EQ(error.where, (SourceLocation{"hostile", c.line, c.column})) << error.message;
  }
  const Case json_cases[] = {
      {std::string("{\"a\": \0}", 8), 1, 7},
      {"{\"a\": \"\xE2\x82\"}", 1, 9},
      {"{\"a\": \"never closed}\n", 1, 21},  // the line break may not be in a string
      {"[1, 2", 1, 6},
      {"{\"a\"\n:\n", 3, 1},
  };
  for (const Case& c : json_cases) {
    auto result = parse_text(c.text, "hostile", {}, TextFormat::json);
    ASSERT_TRUE(std::holds_alternative<TextError>(result)) << c.text;
    const TextError& error = std::get<TextError>(result);
    EXPECT_EQ(error.where, (SourceLocation{"hostile", c.line, c.column})) << error.message;
  }
}

TEST(TextLimits, EveryPrefixOfADocumentIsReadOrRefusedCleanly) {
  const std::string yaml =
      "openapi: 3.1.0\ninfo: {title: \"T\", version: '1'}\npaths:\n  /a:\n    get:\n"
      "      description: |\n        text\n      tags: [&t x, *t]\n";
  const std::string json = R"({"openapi": "3.1.0", "paths": {"/a": {"get": {"tags": ["x"]}}}})";
  for (std::size_t size = 0; size <= yaml.size(); ++size) {
    auto result = parse_text(yaml.substr(0, size), "prefix", {}, TextFormat::yaml);
    if (const auto* error = std::get_if<TextError>(&result)) {
      EXPECT_GE(error->where.line, 1U) << size;
      EXPECT_FALSE(error->message.empty());
    }
  }
  for (std::size_t size = 0; size < json.size(); ++size) {
    auto result = parse_text(json.substr(0, size), "prefix", {}, TextFormat::json);
    ASSERT_TRUE(std::holds_alternative<TextError>(result)) << size;
    EXPECT_GE(std::get<TextError>(result).where.line, 1U);
  }
}

}  // namespace
}  // namespace accord::openapi
