// to_yaml_text and to_json_text: exact output for typical documents, quoting, block literals,
// numbers, and values that have no text.

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <limits>
#include <stdexcept>
#include <string>
#include <vector>

#include "accord/openapi/text.hpp"

namespace accord::openapi {
namespace {

// Reads `text` back as `format` and returns the value (null and a failure when it fails).
Json read_back(const std::string& text, TextFormat format) {
  auto result = parse_text(text, "written", {}, format);
  if (const auto* error = std::get_if<TextError>(&result)) {
    ADD_FAILURE() << to_string(*error) << "\nin:\n" << text;
    return nullptr;
  }
  return std::get<ParsedText>(std::move(result)).value;
}

void expect_round_trip(const Json& value) {
  const std::string yaml = to_yaml_text(value);
  EXPECT_EQ(read_back(yaml, TextFormat::yaml), value) << yaml;
  const std::string json = to_json_text(value);
  EXPECT_EQ(read_back(json, TextFormat::json), value) << json;
}

TEST(TextWriter, WritesBlockYamlInKeyOrder) {
  const Json value = Json::parse(R"({
    "openapi": "3.1.0",
    "info": {"title": "Pets", "version": "1.0"},
    "paths": {"/pets": {"get": {
      "parameters": [{"name": "limit", "in": "query", "required": false}],
      "responses": {"200": {"description": "ok"}}}}},
    "empty": {}, "list": [],
    "numbers": [1, -2, 2.5, 1.0, 1e300, true, null],
    "nested": [[1, 2], [], [{"a": [3]}]]
  })");
  EXPECT_EQ(to_yaml_text(value),
            "openapi: \"3.1.0\"\n"
            "info:\n"
            "  title: Pets\n"
            "  version: \"1.0\"\n"
            "paths:\n"
            "  /pets:\n"
            "    get:\n"
            "      parameters:\n"
            "      - name: limit\n"
            "        in: query\n"
            "        required: false\n"
            "      responses:\n"
            "        \"200\":\n"
            "          description: ok\n"
            "empty: {}\n"
            "list: []\n"
            "numbers:\n"
            "- 1\n"
            "- -2\n"
            "- 2.5\n"
            "- 1.0\n"
            "- 1.0e+300\n"
            "- true\n"
            "- null\n"
            "nested:\n"
            "- - 1\n"
            "  - 2\n"
            "- []\n"
            "- - a:\n"
            "    - 3\n");
  expect_round_trip(value);
}

TEST(TextWriter, WritesScalarsAndEmptyContainersAtTheRoot) {
  EXPECT_EQ(to_yaml_text(Json::object()), "{}\n");
  EXPECT_EQ(to_yaml_text(Json::array()), "[]\n");
  EXPECT_EQ(to_yaml_text(Json("text")), "text\n");
  EXPECT_EQ(to_yaml_text(Json(nullptr)), "null\n");
  EXPECT_EQ(to_yaml_text(Json("a\nb")), "|-\n  a\n  b\n");
  for (const Json& value : {Json::object(), Json::array(), Json("text"), Json(nullptr),
                            Json("a\nb"), Json(""), Json(7), Json("null")}) {
    expect_round_trip(value);
  }
}

TEST(TextWriter, QuotesExactlyTheStringsThatWouldReadBackAsSomethingElse) {
  const std::vector<std::string> quoted = {"",
                                           " a",
                                           "a ",
                                           "null",
                                           "Null",
                                           "~",
                                           "true",
                                           "False",
                                           "yes",
                                           "No",
                                           "on",
                                           "OFF",
                                           "y",
                                           "n",
                                           "1",
                                           "-1",
                                           "+1",
                                           "1.0",
                                           "0x1F",
                                           "0o17",
                                           "1e3",
                                           ".inf",
                                           "-.inf",
                                           ".nan",
                                           "1_000",
                                           "12:30",
                                           "2001-12-14",
                                           "3.0.0",
                                           ".5",
                                           "...",
                                           "--- x",
                                           "a: b",
                                           "a #b",
                                           "a:",
                                           "- a",
                                           "-a",
                                           "?a",
                                           ":a",
                                           ",a",
                                           "[a",
                                           "]a",
                                           "{a",
                                           "}a",
                                           "#a",
                                           "&a",
                                           "*a",
                                           "!a",
                                           "|a",
                                           ">a",
                                           "'a",
                                           "\"a",
                                           "%a",
                                           "@a",
                                           "`a",
                                           "<<",
                                           "=",
                                           "a\tb",
                                           "\x01",
                                           "\x7F",
                                           "a\rb",
                                           "\xC2\x85",
                                           "\xE2\x80\xA8",
                                           "\xEF\xBB\xBF",
                                           "\xC2\x9F",
                                           "a:\tb"};
  for (const std::string& text : quoted) {
    const Json value = {{"k", text}};
    const std::string yaml = to_yaml_text(value);
    EXPECT_EQ(yaml.rfind("k: \"", 0), 0U) << "not quoted: " << yaml;
    EXPECT_EQ(read_back(yaml, TextFormat::yaml), value) << yaml;
    // Keys with line breaks are written by libyaml as explicit keys ("? key").
    const Json as_key = {{text, 1}};
    const std::string key_yaml = to_yaml_text(as_key);
    EXPECT_TRUE(key_yaml.front() == '"' || key_yaml.rfind("? \"", 0) == 0) << key_yaml;
    EXPECT_EQ(read_back(to_yaml_text(as_key), TextFormat::yaml), as_key) << to_yaml_text(as_key);
  }
  const std::vector<std::string> plain = {"hello world",
                                          "\xC3\xA9t\xC3\xA9",
                                          "\xE6\x97\xA5\xE6\x9C\xAC",
                                          "a'b\"c",
                                          "a:b",
                                          "a#b",
                                          "http://example.com/a?b=c#frag",
                                          "a\\b",
                                          "/pets/{id}",
                                          "x-ms-version",
                                          "application/json",
                                          "NaN",
                                          "inf",
                                          "nULL",
                                          "~x",
                                          "a - b",
                                          "a, b",
                                          "a ? b",
                                          "<html>"};
  for (const std::string& text : plain) {
    const Json value = {{"k", text}};
    EXPECT_EQ(to_yaml_text(value), "k: " + text + "\n");
    EXPECT_EQ(read_back(to_yaml_text(value), TextFormat::yaml), value);
    EXPECT_EQ(to_yaml_text(Json{{text, 1}}), text + ": 1\n");
  }
}

TEST(TextWriter, EscapesWhatCannotBeWrittenRaw) {
  static constexpr char kRaw[] =
      "t\tn\nr\rz\0e\x1B"
      "d\x7F"
      "c\xC2\x80"
      "\xC2\x85"
      "\xE2\x80\xA8\xE2\x80\xA9\xEF\xBB\xBF\xEF\xBF\xBE\\\"";
  const Json value = {{"k", std::string(kRaw, sizeof(kRaw) - 1)}};
  const std::string yaml = to_yaml_text(value);
  EXPECT_EQ(yaml, "k: \"t\\tn\\nr\\rz\\0e\\ed\\x7Fc\\x80\\N\\L\\P\\uFEFF\\uFFFE\\\\\\\"\"\n");
  EXPECT_EQ(read_back(yaml, TextFormat::yaml), value);
}

TEST(TextWriter, WritesMultiLineStringsAsLiteralBlocks) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"line1\nline2", "k: |-\n  line1\n  line2\n"},
      {"a\n", "k: |\n  a\n"},
      // libyaml ends the stream with "..." after a "+" block, whose final line breaks are kept.
      {"a\n\n", "k: |+\n  a\n\n...\n"},
      {"a\n\nb\n", "k: |\n  a\n\n  b\n"},
      {" lead\nx", "k: |2-\n   lead\n  x\n"},
      {"\nafter", "k: |2-\n\n  after\n"},
      {"a\n  b\n", "k: |\n  a\n    b\n"},
      {"# not a comment\n- not an item\n", "k: |\n  # not a comment\n  - not an item\n"},
  };
  for (const auto& [text, expected] : cases) {
    const Json value = {{"k", text}};
    EXPECT_EQ(to_yaml_text(value), expected);
    EXPECT_EQ(read_back(to_yaml_text(value), TextFormat::yaml), value) << to_yaml_text(value);
  }
  // Lines of blanks, blanks before a line break, tabs, carriage returns and strings of line
  // breaks only go in double quotes.
  for (const std::string text : {"a\n \nb", "a\n\t", "a\r\nb", "\n", "\n\n", "a\nb\xC2\x85",
                                 "\tx\ny", "trailing \nspaces  "}) {
    const Json value = {{"k", text}};
    EXPECT_EQ(to_yaml_text(value).rfind("k: \"", 0), 0U) << to_yaml_text(value);
    EXPECT_EQ(read_back(to_yaml_text(value), TextFormat::yaml), value) << to_yaml_text(value);
  }
}

TEST(TextWriter, IndentsLiteralBlocksUnderSequencesAndNestedMappings) {
  const Json value = Json::parse(R"({"a": ["x\ny", {"d": " z\nw\n"}], "b": {"c": "p\nq"}})");
  EXPECT_EQ(to_yaml_text(value),
            "a:\n"
            "- |-\n"
            "  x\n"
            "  y\n"
            "- d: |2\n"
            "     z\n"
            "    w\n"
            "b:\n"
            "  c: |-\n"
            "    p\n"
            "    q\n");
  expect_round_trip(value);
}

TEST(TextWriter, WritesLongKeysAsExplicitKeys) {
  // libyaml writes keys over 128 bytes as explicit keys.
  const Json just_over = {{std::string(129, 'k'), 1}};
  EXPECT_EQ(to_yaml_text(just_over), "? " + std::string(129, 'k') + "\n: 1\n");
  EXPECT_EQ(to_yaml_text(Json{{std::string(128, 'k'), 1}}), std::string(128, 'k') + ": 1\n");
  const std::string long_key(1500, 'k');
  const Json value = {{long_key, {{"x", 1}}}, {"short", 2}};
  const std::string yaml = to_yaml_text(value);
  EXPECT_EQ(yaml.rfind("? " + long_key + "\n: x: 1\n", 0), 0U) << yaml.substr(0, 40);
  expect_round_trip(value);
  const Json literal = {{long_key, "two\nlines"}, {std::string(1200, 'q'), Json::array({1})}};
  EXPECT_EQ(to_yaml_text(literal),
            "? " + long_key + "\n: |-\n  two\n  lines\n? " + std::string(1200, 'q') + "\n: - 1\n");
  expect_round_trip(literal);
  const Json in_sequence = Json::array({{{long_key, "v"}, {"b", "w"}}});
  EXPECT_EQ(to_yaml_text(in_sequence), "- ? " + long_key + "\n  : v\n  b: w\n");
  expect_round_trip(in_sequence);
}

TEST(TextWriter, WritesNumbersThatReadBackAsTheSameNumbers) {
  const Json value =
      Json::array({0, -0.0, 1.0, 0.1, 1e16, 1e-7, 123456789.125, -2.5e-300,
                   std::numeric_limits<std::int64_t>::min(),
                   std::numeric_limits<std::uint64_t>::max(), std::numeric_limits<double>::max(),
                   std::numeric_limits<double>::denorm_min(), 18446744073709551616.0});
  EXPECT_EQ(to_yaml_text(value),
            "- 0\n- -0.0\n- 1.0\n- 0.1\n- 1.0e+16\n- 1.0e-07\n- 123456789.125\n- -2.5e-300\n"
            "- -9223372036854775808\n- 18446744073709551615\n- 1.7976931348623157e+308\n"
            "- 5.0e-324\n- 1.8446744073709552e+19\n");
  const Json back = read_back(to_yaml_text(value), TextFormat::yaml);
  ASSERT_EQ(back.size(), value.size());
  for (std::size_t i = 0; i < value.size(); ++i) {
    EXPECT_EQ(back[i], value[i]) << i;
    EXPECT_EQ(back[i].is_number_float(), value[i].is_number_float()) << i;
  }
  EXPECT_TRUE(std::signbit(back[1].get<double>()));
  expect_round_trip(value);
}

TEST(TextWriter, WritesJsonWithTheAskedIndentAndAFinalNewline) {
  const Json value = Json::parse(R"({"b": [1, {"c": "\u00e9"}], "a": 1.0})");
  EXPECT_EQ(
      to_json_text(value),
      "{\n  \"b\": [\n    1,\n    {\n      \"c\": \"\xC3\xA9\"\n    }\n  ],\n  \"a\": 1.0\n}\n");
  EXPECT_EQ(to_json_text(value, -1), "{\"b\":[1,{\"c\":\"\xC3\xA9\"}],\"a\":1.0}\n");
  EXPECT_EQ(to_json_text(value, 0),
            "{\n\"b\": [\n1,\n{\n\"c\": \"\xC3\xA9\"\n}\n],\n\"a\": 1.0\n}\n");
  EXPECT_EQ(to_json_text(Json::object()), "{}\n");
}

TEST(TextWriter, RefusesValuesThatHaveNoText) {
  const Json nan = {{"a", {{"b", std::nan("")}}}};
  const Json infinity = Json::array({1, std::numeric_limits<double>::infinity()});
  const Json bad_string = {{"a", std::string("\xFF")}};
  const Json bad_key = {{std::string("\xC0\xAF"), 1}};
  const Json binary = Json::binary({1, 2});
  for (const Json& value : {nan, infinity, bad_string, bad_key, binary}) {
    EXPECT_THROW(to_yaml_text(value), std::invalid_argument)
        << value.dump(-1, ' ', false, Json::error_handler_t::replace);
    EXPECT_THROW(to_json_text(value), std::invalid_argument);
  }
  try {
    to_yaml_text(nan);
  } catch (const std::invalid_argument& error) {
    EXPECT_NE(std::string(error.what()).find("/a/b"), std::string::npos) << error.what();
  }
}

}  // namespace
}  // namespace accord::openapi
