// The YAML side of parse_text: core-schema scalars, keys, tags, anchors, documents, locations.

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "accord/openapi/text.hpp"

namespace accord::openapi {
namespace {

ParsedText parsed(std::string_view text, const TextLimits& limits = {}) {
  auto result = parse_text(text, "api.yaml", limits, TextFormat::yaml);
  if (const auto* error = std::get_if<TextError>(&result)) {
    ADD_FAILURE() << "unexpected error: " << to_string(*error) << "\nin: " << text;
    return {};
  }
  return std::get<ParsedText>(std::move(result));
}

TextError failed(std::string_view text, const TextLimits& limits = {}) {
  auto result = parse_text(text, "api.yaml", limits, TextFormat::yaml);
  if (const auto* error = std::get_if<TextError>(&result)) return *error;
  ADD_FAILURE() << "parsed, but should not have: " << text.substr(0, 80);
  return {};
}

SourceLocation at(std::size_t line, std::size_t column) {
  return {"api.yaml", line, column};
}

// The value of `scalar` written as a mapping value.
Json value_of(const std::string& scalar) {
  return parsed("v: " + scalar + "\n").value["v"];
}

TEST(TextYaml, ResolvesPlainScalarsByTheCoreSchema) {
  const std::vector<std::pair<std::string, Json>> cases = {
      {"null", nullptr},
      {"Null", nullptr},
      {"NULL", nullptr},
      {"~", nullptr},
      {"", nullptr},
      {"true", true},
      {"True", true},
      {"TRUE", true},
      {"false", false},
      {"False", false},
      {"FALSE", false},
      {"0", 0U},
      {"-12", -12},
      {"+12", 12U},
      {"007", 7U},
      {"0o17", 15U},
      {"0x1F", 31U},
      {"0xff", 255U},
      {"1.5", 1.5},
      {"-1.5", -1.5},
      {"1.", 1.0},
      {".5", 0.5},
      {"+.5", 0.5},
      {"1e3", 1000.0},
      {"1E-2", 0.01},
      {"6.02e+23", 6.02e+23},
      {"yes", "yes"},
      {"No", "No"},
      {"on", "on"},
      {"nULL", "nULL"},
      {"tRUE", "tRUE"},
      {"1_000", "1_000"},
      {"12:30", "12:30"},
      {"0b101", "0b101"},
      {"0x", "0x"},
      {"0o8", "0o8"},
      {"0X1F", "0X1F"},
      {".", "."},
      {"1e", "1e"},
      {"+", "+"},
      {"inf", "inf"},
      {"nan", "nan"},
      {"2001-12-14", "2001-12-14"},
      {"3.0.0", "3.0.0"},
      {"hello world", "hello world"},
  };
  for (const auto& [text, expected] : cases) {
    const Json value = value_of(text);
    EXPECT_EQ(value, expected) << "'" << text << "' read as " << value.dump();
    EXPECT_EQ(value.type(), expected.type()) << "'" << text << "' read as " << value.dump();
  }
  // Integers stay integers and floats stay floats, as the JSON reader makes them.
  EXPECT_TRUE(value_of("12").is_number_unsigned());
  EXPECT_TRUE(value_of("-12").is_number_integer());
  EXPECT_TRUE(value_of("1e3").is_number_float());
  EXPECT_TRUE(value_of("1.0").is_number_float());
}

TEST(TextYaml, ReadsQuotedAndBlockScalarsAsStrings) {
  const Json doc = parsed(
                       "a: '123'\n"
                       "b: \"true\"\n"
                       "c: 'it''s'\n"
                       "d: \"tab\\there \\u00e9 \\x41\"\n"
                       "e: |\n"
                       "  12\n"
                       "  line two\n"
                       "f: >-\n"
                       "  folded\n"
                       "  text\n"
                       "g: plain\n"
                       "  continued\n"
                       "h: ''\n")
                       .value;
  EXPECT_EQ(doc["a"], "123");
  EXPECT_EQ(doc["b"], "true");
  EXPECT_EQ(doc["c"], "it's");
  EXPECT_EQ(doc["d"], "tab\there \xC3\xA9 A");
  EXPECT_EQ(doc["e"], "12\nline two\n");
  EXPECT_EQ(doc["f"], "folded text");
  EXPECT_EQ(doc["g"], "plain continued");
  EXPECT_EQ(doc["h"], "");
}

TEST(TextYaml, RefusesInfinityAndNaNUnlessQuoted) {
  for (const char* text : {".inf", "-.inf", "+.INF", ".Inf", ".nan", ".NaN", ".NAN"}) {
    const TextError error = failed(std::string("maximum: ") + text + "\n");
    EXPECT_EQ(error.where, at(1, 10)) << text;
    EXPECT_NE(error.message.find("no JSON value"), std::string::npos) << error.message;
  }
  EXPECT_EQ(value_of("'.inf'"), ".inf");
  EXPECT_EQ(failed("v: !!float .nan\n").where, at(1, 4));
}

TEST(TextYaml, RefusesNumbersThatWouldChange) {
  const TextError error = failed("a: 1\nid: 123456789012345678901\n");
  EXPECT_EQ(error.where, at(2, 5));
  EXPECT_NE(error.message.find("123456789012345678901"), std::string::npos) << error.message;
  EXPECT_NE(failed("v: 0x1FFFFFFFFFFFFFFFF\n").message.find("64 bits"), std::string::npos);
  EXPECT_NE(failed("v: 1e400\n").message.find("out of the range"), std::string::npos);
  // The same literals as JSON gives the same values.
  EXPECT_EQ(value_of("18446744073709551615"), Json(18446744073709551615ULL));
  EXPECT_EQ(value_of("18446744073709552000"), Json(18446744073709551616.0));
  EXPECT_EQ(value_of("-9223372036854775808"), Json(INT64_MIN));
}

TEST(TextYaml, TakesKeysAsWrittenAndAsStrings) {
  const Json doc = parsed(
                       "200: ok\n"
                       "1.0: a\n"
                       "true: b\n"
                       "~: c\n"
                       "'quoted key': d\n"
                       "\"0x1F\": e\n"
                       "? |\n"
                       "  block key\n"
                       ": f\n"
                       "null: g\n")
                       .value;
  EXPECT_EQ(doc.dump(), R"({"200":"ok","1.0":"a","true":"b","~":"c","quoted key":"d","0x1F":"e",)"
                        R"("block key\n":"f","null":"g"})");
}

TEST(TextYaml, RefusesKeysThatAreNotScalars) {
  TextError error = failed("a: 1\n? [x, y]\n: 2\n");
  EXPECT_EQ(error.where, at(2, 3));
  EXPECT_NE(error.message.find("cannot be a key"), std::string::npos) << error.message;
  error = failed("{a: 1}: 2\n");
  EXPECT_EQ(error.where, at(1, 1));
  error = failed("a: &k x\n*k : 2\n");
  EXPECT_EQ(error.where, at(2, 1));
  EXPECT_NE(error.message.find("alias"), std::string::npos) << error.message;
  error = failed("!!int 1: x\n");
  EXPECT_NE(error.message.find("!!int"), std::string::npos) << error.message;
}

TEST(TextYaml, RefusesDuplicateKeysAtTheSecondOne) {
  TextError error = failed("info:\n  title: a\n  version: b\n  title: c\n");
  EXPECT_EQ(error.where, at(4, 3));
  EXPECT_EQ(error.message, "duplicate key \"title\" (first at line 2, column 3)");
  // Keys are compared as strings, whatever their quotes.
  error = failed("200: a\n'200': b\n");
  EXPECT_EQ(error.where, at(2, 1));
  error = failed("{a: 1, b: 2, a: 3}");
  EXPECT_EQ(error.where, at(1, 14));
  EXPECT_EQ(parsed("a: {x: 1}\nb: {x: 1}\n").value.size(), 2U);
}

TEST(TextYaml, RefusesMergeKeys) {
  const TextError error = failed("base: &b {x: 1}\nderived:\n  <<: *b\n  y: 2\n");
  EXPECT_EQ(error.where, at(3, 3));
  EXPECT_NE(error.message.find("merge keys"), std::string::npos) << error.message;
  // A quoted "<<" is an ordinary key.
  EXPECT_EQ(parsed("'<<': 1\n").value["<<"], 1);
}

TEST(TextYaml, HonoursCoreTagsAndRefusesOthers) {
  EXPECT_EQ(value_of("!!str 12"), "12");
  EXPECT_EQ(value_of("!!str"), "");
  EXPECT_EQ(value_of("! 12"), "12");
  EXPECT_EQ(value_of("!!int \"12\""), 12);
  EXPECT_EQ(value_of("!!int 0x10"), 16);
  EXPECT_TRUE(value_of("!!float 1").is_number_float());
  EXPECT_EQ(value_of("!!float 1"), 1.0);
  EXPECT_EQ(value_of("!!bool 'true'"), true);
  EXPECT_EQ(value_of("!!null ~"), nullptr);
  EXPECT_EQ(value_of("!<tag:yaml.org,2002:str> 5"), "5");
  EXPECT_EQ(value_of("!!map {a: 1}"), Json::parse(R"({"a":1})"));
  EXPECT_EQ(value_of("!!seq [1]"), Json::parse("[1]"));

  EXPECT_EQ(failed("v: !!bool yes\n").where, at(1, 4));
  EXPECT_NE(failed("v: !!int 1.5\n").message.find("!!int"), std::string::npos);
  EXPECT_NE(failed("v: !!binary aGk=\n").message.find("!!binary"), std::string::npos);
  EXPECT_NE(failed("v: !!timestamp 2001-12-14\n").message.find("not supported"), std::string::npos);
  const TextError error = failed("Resources:\n  Fn: !Ref Handler\n");
  EXPECT_EQ(error.where, at(2, 7));
  EXPECT_NE(error.message.find("!Ref"), std::string::npos) << error.message;
  EXPECT_NE(failed("v: !!set {a}\n").message.find("!!set"), std::string::npos);
  EXPECT_NE(failed("v: !!map [1]\n").message.find("!!map"), std::string::npos);
}

TEST(TextYaml, ExpandsAnchorsAndAliases) {
  const ParsedText doc = parsed(
      "defs:\n"
      "  error: &error\n"
      "    type: object\n"
      "    properties: {code: {type: integer}}\n"
      "  name: &name Ada\n"
      "uses:\n"
      "  - *error\n"
      "  - *name\n"
      "  - &again [1, 2]\n"
      "  - *again\n");
  const Json& value = doc.value;
  EXPECT_EQ(value["uses"][0], value["defs"]["error"]);
  EXPECT_EQ(value["uses"][1], "Ada");
  EXPECT_EQ(value["uses"][3], Json::parse("[1, 2]"));
  // An alias is located where it is written; what it repeats has no locations of its own.
  EXPECT_EQ(doc.locations.find("/uses/0"), at(7, 5));
  EXPECT_EQ(doc.locations.find("/uses/0/properties/code"), at(7, 5));
  EXPECT_EQ(doc.locations.find("/defs/error/properties/code"), at(4, 18));
}

TEST(TextYaml, RedefinedAnchorsRepeatTheLatestDefinition) {
  EXPECT_EQ(parsed("a: &x 1\nb: *x\nc: &x 2\nd: *x\n").value.dump(),
            R"({"a":1,"b":1,"c":2,"d":2})");
}

TEST(TextYaml, RefusesUnknownAndRecursiveAliases) {
  TextError error = failed("a: *nowhere\n");
  EXPECT_EQ(error.where, at(1, 4));
  EXPECT_NE(error.message.find("no anchor"), std::string::npos) << error.message;
  error = failed("a: &loop\n  b: *loop\n");
  EXPECT_EQ(error.where, at(2, 6));
  EXPECT_NE(error.message.find("recursive"), std::string::npos) << error.message;
}

TEST(TextYaml, ReadsExactlyOneDocument) {
  EXPECT_EQ(parsed("---\na: 1\n...\n").value, Json::parse(R"({"a":1})"));
  EXPECT_EQ(parsed("%YAML 1.2\n---\na: 1\n").value, Json::parse(R"({"a":1})"));
  EXPECT_EQ(parsed("---\n").value, Json(nullptr));
  TextError error = failed("a: 1\n---\nb: 2\n");
  EXPECT_EQ(error.where, at(2, 1));
  EXPECT_NE(error.message.find("second YAML document"), std::string::npos) << error.message;
  error = failed("");
  EXPECT_NE(error.message.find("no YAML document"), std::string::npos) << error.message;
  error = failed("# only a comment\n\n");
  EXPECT_NE(error.message.find("no YAML document"), std::string::npos) << error.message;
}

TEST(TextYaml, RecordsWhereEveryValueStarts) {
  const ParsedText doc = parsed(
      "openapi: 3.1.0\n"
      "info:\n"
      "  title: \"T\"\n"
      "tags:\n"
      "  - name: a\n"
      "  - plain\n"
      "  - [x, y]\n"
      "\"a/b~\": \xC3\xA9t\xC3\xA9\n"
      "last: {k: \xC3\xA9, z: 1}\n");
  const SourceMap& map = doc.locations;
  EXPECT_EQ(map.find(""), at(1, 1));
  EXPECT_EQ(map.find("/openapi"), at(1, 1));  // members are located at their key
  EXPECT_EQ(map.find("/info"), at(2, 1));
  EXPECT_EQ(map.find("/info/title"), at(3, 3));
  EXPECT_EQ(map.find("/tags"), at(4, 1));
  EXPECT_EQ(map.find("/tags/0"), at(5, 5));  // items at their first character
  EXPECT_EQ(map.find("/tags/0/name"), at(5, 5));
  EXPECT_EQ(map.find("/tags/1"), at(6, 5));
  EXPECT_EQ(map.find("/tags/2"), at(7, 5));
  EXPECT_EQ(map.find("/tags/2/1"), at(7, 9));
  EXPECT_EQ(map.find("/a~1b~0"), at(8, 1));
  EXPECT_EQ(map.find("/last/z"), at(9, 14));  // "é" is one column
  EXPECT_EQ(map.find("/info/version"), at(2, 1));
  EXPECT_EQ(map.size(), 15U);
}

TEST(TextYaml, ReportsSyntaxErrorsWithLineAndColumn) {
  TextError error = failed("paths:\n\t/pets: {}\n");  // a tab indents
  EXPECT_EQ(error.where, at(2, 1));
  EXPECT_NE(error.message.find("tab"), std::string::npos) << error.message;

  error = failed("a: 1\nb: \"unterminated\nc: 3\n");
  EXPECT_EQ(error.where.line, 4U);
  EXPECT_NE(error.message.find("quoted scalar"), std::string::npos) << error.message;
  EXPECT_NE(error.message.find("line 2, column 4"), std::string::npos) << error.message;

  error = failed("a: 'open\n");
  EXPECT_NE(error.message.find("quoted scalar"), std::string::npos) << error.message;

  error = failed("a: b: c\n");
  EXPECT_EQ(error.where, at(1, 5));

  error = failed("a:\n  - 1\n  b: 2\n");
  EXPECT_EQ(error.where.line, 3U);

  error = failed("[1, 2\n");
  EXPECT_EQ(error.where.line, 2U);
}

TEST(TextYaml, RefusesInvalidUtf8AndControlCharacters) {
  TextError error = failed("a: b\nc: \xFF\n");
  EXPECT_EQ(error.where, at(2, 4));
  EXPECT_NE(error.message.find("UTF-8"), std::string::npos) << error.message;
  error = failed("a: \xED\xA0\x80\n");  // a surrogate
  EXPECT_EQ(error.where, at(1, 4));
  error = failed(std::string("a: x\0y\n", 7));
  EXPECT_EQ(error.where, at(1, 5));
  EXPECT_NE(error.message.find("control characters"), std::string::npos) << error.message;
  error =
      failed(std::string("\xFF\xFE"
                         "a\0:\0 \0"
                         "1\0",
                         10));  // UTF-16: only UTF-8 is read
  EXPECT_EQ(error.where, at(1, 1));
}

TEST(TextYaml, ReadsCrLfAndAByteOrderMark) {
  const ParsedText doc = parsed(
      "\xEF\xBB\xBF"
      "a: 1\r\nb:\r\n  - x\r\n");
  EXPECT_EQ(doc.value, Json::parse(R"({"a":1,"b":["x"]})"));
  EXPECT_EQ(doc.locations.find("/a"), at(1, 1));
  EXPECT_EQ(doc.locations.find("/b/0"), at(3, 5));
}

TEST(TextYaml, ReadsJsonTextToo) {
  const std::string text = R"({"a": [1, 2.5, "x", true, null], "b": {"c": "d"}})";
  auto as_json = parse_text(text, "x", {}, TextFormat::json);
  auto as_yaml = parse_text(text, "x", {}, TextFormat::yaml);
  ASSERT_TRUE(std::holds_alternative<ParsedText>(as_json));
  ASSERT_TRUE(std::holds_alternative<ParsedText>(as_yaml));
  EXPECT_EQ(std::get<ParsedText>(as_yaml).value, std::get<ParsedText>(as_json).value);
  EXPECT_EQ(std::get<ParsedText>(as_yaml).format, TextFormat::yaml);
}

TEST(TextYaml, DetectsYamlWhenTheTextDoesNotStartWithABracket) {
  auto result = parse_text("a: 1\n", "x");
  ASSERT_TRUE(std::holds_alternative<ParsedText>(result));
  EXPECT_EQ(std::get<ParsedText>(result).format, TextFormat::yaml);
  result = parse_text("\"just a string\"", "x");
  ASSERT_TRUE(std::holds_alternative<ParsedText>(result));
  EXPECT_EQ(std::get<ParsedText>(result).format, TextFormat::yaml);
}

}  // namespace
}  // namespace accord::openapi
