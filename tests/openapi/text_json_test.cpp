// The JSON side of parse_text: strict reading, locations of values and of errors.

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <string>

#include "accord/openapi/text.hpp"

namespace accord::openapi {
namespace {

ParsedText parsed(std::string_view text, const TextLimits& limits = {}) {
  auto result = parse_text(text, "api.json", limits, TextFormat::json);
  if (const auto* error = std::get_if<TextError>(&result)) {
    ADD_FAILURE() << "unexpected error: " << to_string(*error);
    return {};
  }
  return std::get<ParsedText>(std::move(result));
}

TextError failed(std::string_view text, const TextLimits& limits = {}) {
  auto result = parse_text(text, "api.json", limits, TextFormat::json);
  if (const auto* error = std::get_if<TextError>(&result)) return *error;
  ADD_FAILURE() << "parsed, but should not have: " << text.substr(0, 80);
  return {};
}

SourceLocation at(std::size_t line, std::size_t column) {
  return {"api.json", line, column};
}

TEST(TextJson, ReadsTheValueWithKeysInOrder) {
  const ParsedText text = parsed(R"({"z": 1, "a": [true, null, "x", -2, 2.5], "m": {}})");
  EXPECT_EQ(text.format, TextFormat::json);
  EXPECT_EQ(text.value.dump(), R"({"z":1,"a":[true,null,"x",-2,2.5],"m":{}})");
  EXPECT_EQ(parsed("\"root\"").value, Json("root"));
  EXPECT_EQ(parsed(" 42 ").value, Json(42));
}

TEST(TextJson, RecordsWhereEveryValueStarts) {
  const std::string text =
      "{\n"
      "  \"info\": {\"title\": \"x\"},\n"
      "  \"tags\": [\n"
      "    1,\n"
      "    {\"a~b/c\": true}\n"
      "  ],\n"
      "  \"\xC3\xA9\": \"\xC3\xBC\", \"z\": null\n"
      "}\n";
  const ParsedText doc = parsed(text);
  const SourceMap& map = doc.locations;
  EXPECT_EQ(map.file(), "api.json");
  EXPECT_EQ(map.find(""), at(1, 1));
  EXPECT_EQ(map.find("/info"), at(2, 3));  // members are located at their key
  EXPECT_EQ(map.find("/info/title"), at(2, 12));
  EXPECT_EQ(map.find("/tags"), at(3, 3));
  EXPECT_EQ(map.find("/tags/0"), at(4, 5));  // items at their first character
  EXPECT_EQ(map.find("/tags/1"), at(5, 5));
  EXPECT_EQ(map.find("/tags/1/a~0b~1c"), at(5, 6));
  EXPECT_EQ(map.find("/\xC3\xA9"), at(7, 3));
  EXPECT_EQ(map.find("/z"), at(7, 13));  // columns count characters: "é" and "ü" are one each
  EXPECT_EQ(map.find("/tags/1/missing"), at(5, 5));
  EXPECT_EQ(map.size(), 9U);
}

TEST(TextJson, CountsLinesEndedByCrLf) {
  const ParsedText doc = parsed("{\r\n  \"a\": [\r\n    1]\r\n}");
  EXPECT_EQ(doc.locations.find("/a"), at(2, 3));
  EXPECT_EQ(doc.locations.find("/a/0"), at(3, 5));
}

TEST(TextJson, SkipsAByteOrderMarkWithoutCountingIt) {
  const ParsedText doc = parsed("\xEF\xBB\xBF{\"a\": 1}");
  EXPECT_EQ(doc.value, Json::parse(R"({"a":1})"));
  EXPECT_EQ(doc.locations.find("/a"), at(1, 2));
}

TEST(TextJson, ReportsSyntaxErrorsWithLineAndColumn) {
  TextError error = failed("{\n  \"a\": 1,\n}");
  EXPECT_EQ(error.where, at(3, 1));
  EXPECT_NE(error.message.find("invalid JSON"), std::string::npos) << error.message;

  error = failed("{\"a\": \"abc");  // unterminated string
  EXPECT_EQ(error.where.line, 1U);
  EXPECT_NE(error.message.find("invalid JSON"), std::string::npos) << error.message;

  error = failed("{} []");  // trailing data
  EXPECT_EQ(error.where, at(1, 4));

  error = failed("");
  EXPECT_EQ(error.where, at(1, 1));

  error = failed("{'a': 1}");  // YAML-ish quotes are not JSON
  EXPECT_EQ(error.where, at(1, 2));
}

TEST(TextJson, RefusesDuplicateKeysAtTheSecondOne) {
  const TextError error = failed("{\"a\": {\"b\": 1,\n       \"b\": 2}}");
  EXPECT_EQ(error.where, at(2, 8));
  EXPECT_EQ(error.message, "duplicate key \"b\" (first at line 1, column 8)");
  // The same key in different objects is fine.
  EXPECT_EQ(parsed(R"({"a": {"b": 1}, "c": {"b": 2}})").value.size(), 2U);
}

TEST(TextJson, RefusesInvalidUtf8AndControlCharacters) {
  TextError error = failed("{\"a\": \"\xFF\"}");
  EXPECT_EQ(error.where.line, 1U);
  EXPECT_EQ(error.where.column, 8U);
  EXPECT_NE(error.message.find("UTF-8"), std::string::npos) << error.message;

  // The message quotes a short piece of the text, as UTF-8.
  error = failed("{\"a\": \"" + std::string(5000, 'x') + "\xFF\"}");
  EXPECT_EQ(error.where, at(1, 5008));
  EXPECT_LT(error.message.size(), 200U) << error.message;
  EXPECT_NO_THROW((void)Json(error.message).dump()) << error.message;

  error = failed("{\"a\": \"\xC0\xAF\"}");  // overlong "/"
  EXPECT_NE(error.message.find("UTF-8"), std::string::npos) << error.message;

  error = failed(std::string("{\"a\": \"x\0y\"}", 12));  // NUL inside a string
  EXPECT_EQ(error.where, at(1, 9));

  error = failed(std::string("{\"a\": 1}\0", 9));  // NUL after the value
  EXPECT_EQ(error.where, at(1, 9));
}

TEST(TextJson, KeepsIntegersExactAndRefusesNumbersThatWouldChange) {
  const ParsedText doc = parsed(
      "[9223372036854775807, -9223372036854775808, 18446744073709551615, 0.1, "
      "0.10000000000000001, 1e300, 18446744073709552000, 18446744073709551616, -0]");
  const Json& items = doc.value;
  EXPECT_EQ(items[0].get<std::int64_t>(), std::numeric_limits<std::int64_t>::max());
  EXPECT_EQ(items[1].get<std::int64_t>(), std::numeric_limits<std::int64_t>::min());
  EXPECT_TRUE(items[2].is_number_unsigned());
  EXPECT_EQ(items[2].get<std::uint64_t>(), std::numeric_limits<std::uint64_t>::max());
  EXPECT_EQ(items[3].get<double>(), 0.1);
  EXPECT_EQ(items[4].get<double>(), 0.1);  // 17 digits name one double: kept
  EXPECT_EQ(items[5].get<double>(), 1e300);
  EXPECT_EQ(items[6].get<double>(), 18446744073709551616.0);  // the double's shortest form
  EXPECT_EQ(items[7].get<double>(), 18446744073709551616.0);  // the double's exact value
  EXPECT_TRUE(items[8].is_number_integer());

  TextError error = failed("{\"id\": 123456789012345678901}");
  EXPECT_EQ(error.where, at(1, 8));
  EXPECT_NE(error.message.find("123456789012345678901"), std::string::npos) << error.message;
  EXPECT_NE(error.message.find("17"), std::string::npos) << error.message;

  error = failed("[\n 3.14159265358979323846264]");
  EXPECT_EQ(error.where, at(2, 2));

  error = failed("[18446744073709551617]");  // 2^64 + 1 is no double
  EXPECT_EQ(error.where, at(1, 2));

  error = failed("[1e-400]");  // would read as 0
  EXPECT_NE(error.message.find("out of the range"), std::string::npos) << error.message;

  error = failed("[1e400]");
  EXPECT_NE(error.message.find("invalid JSON"), std::string::npos) << error.message;
}

TEST(TextJson, LimitsDepthAndValues) {
  TextLimits limits;
  limits.max_depth = 3;
  EXPECT_EQ(parsed("[[[1]]]", limits).value, Json::parse("[[[1]]]"));
  TextError error = failed("[[[[1]]]]", limits);
  EXPECT_EQ(error.where, at(1, 4));
  EXPECT_NE(error.message.find("max_depth"), std::string::npos) << error.message;

  limits = TextLimits{};
  limits.max_values = 4;
  EXPECT_EQ(parsed("[1, 2, 3]", limits).value.size(), 3U);
  error = failed("{\"a\": [1, 2],\n \"b\": 3}", limits);
  EXPECT_EQ(error.where, at(2, 7));
  EXPECT_NE(error.message.find("max_values"), std::string::npos) << error.message;

  limits = TextLimits{};
  limits.max_bytes = 8;
  EXPECT_TRUE(parsed("[1,2,3]", limits).value.is_array());
  error = failed("[1,2,3,4]", limits);
  EXPECT_EQ(error.where, (SourceLocation{"api.json", 0, 0}));
  EXPECT_NE(error.message.find("max_bytes"), std::string::npos) << error.message;
}

TEST(TextJson, DetectsJsonByItsFirstCharacter) {
  auto result = parse_text(" \n\t[1]", "x");
  ASSERT_TRUE(std::holds_alternative<ParsedText>(result));
  EXPECT_EQ(std::get<ParsedText>(result).format, TextFormat::json);
  result = parse_text("\xEF\xBB\xBF{}", "x");
  ASSERT_TRUE(std::holds_alternative<ParsedText>(result));
  EXPECT_EQ(std::get<ParsedText>(result).format, TextFormat::json);
  // Detected as JSON, so a duplicate key is refused by the strict reader, and YAML's flow
  // style is not JSON.
  EXPECT_TRUE(std::holds_alternative<TextError>(parse_text("{\"a\": 1, \"a\": 1}", "x")));
  EXPECT_TRUE(std::holds_alternative<TextError>(parse_text("{a: 1}", "x")));
  // ...unless YAML is asked for.
  result = parse_text("{a: 1}", "x", {}, TextFormat::yaml);
  ASSERT_TRUE(std::holds_alternative<ParsedText>(result));
  EXPECT_EQ(std::get<ParsedText>(result).value, Json::parse(R"({"a":1})"));
}

TEST(TextJson, WritesErrorsLikeCompilers) {
  const TextError error = failed("{\n  \"a\": 1,\n}");
  EXPECT_EQ(to_string(error).rfind("api.json:3:1: invalid JSON", 0), 0U) << to_string(error);
}

}  // namespace
}  // namespace accord::openapi
