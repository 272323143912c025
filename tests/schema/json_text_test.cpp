#include "accord/schema/json_text.hpp"

#include <gtest/gtest.h>

#include <string>

namespace accord::schema {
namespace {

Issue only_issue(const Result<Json>& result) {
  EXPECT_EQ(result.issues().size(), 1U);
  return result.issues().empty() ? Issue{} : result.issues()[0];
}

TEST(ReadJson, KeepsKeyOrder) {
  auto result = read_json(R"({"b":1,"a":[true,null,"x"]})");

  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result.value().dump(), R"({"b":1,"a":[true,null,"x"]})");
}

TEST(ReadJson, BigIntegersBecomeDoubles) {
  auto result = read_json("[18446744073709551615, 18446744073709551616, -9223372036854775808]");

  ASSERT_TRUE(result.ok());
  EXPECT_TRUE(result.value()[0].is_number_unsigned());
  EXPECT_TRUE(result.value()[1].is_number_float());
  EXPECT_TRUE(result.value()[2].is_number_integer());
}

TEST(ReadJson, MalformedTextIsOneIssueWithLocation) {
  auto result = read_json("{\n  \"a\": tru }");

  const Issue issue = only_issue(result);
  EXPECT_EQ(issue.code, IssueCode::invalid_json);
  EXPECT_EQ(issue.message,
            "Invalid JSON: syntax error while parsing value - invalid literal; last read: "
            "'\"a\": tru '");
  EXPECT_EQ(issue.where, (TextLocation{2, 11, 12}));
}

TEST(ReadJson, EmptyAndTruncatedText) {
  EXPECT_EQ(only_issue(read_json("")).message,
            "Invalid JSON: syntax error while parsing value - unexpected end of input; expected "
            "'[', '{', or a literal");
  EXPECT_EQ(only_issue(read_json("[1,")).code, IssueCode::invalid_json);
}

TEST(ReadJson, RejectsTrailingData) {
  const Issue issue = only_issue(read_json("{} x"));

  EXPECT_EQ(issue.code, IssueCode::invalid_json);
  EXPECT_EQ(issue.where->offset, 3U);
}

TEST(ReadJson, RejectsInvalidUtf8) {
  EXPECT_EQ(only_issue(read_json("\"a\xC3\x28\"")).code, IssueCode::invalid_json);
  EXPECT_EQ(only_issue(read_json("\"\xED\xA0\x80\"")).code, IssueCode::invalid_json);
  EXPECT_EQ(only_issue(read_json("[\xFF]")).code, IssueCode::invalid_json);
}

TEST(ReadJson, RejectsNumbersBeyondDouble) {
  const Issue issue = only_issue(read_json("[1, 1e400]"));

  EXPECT_EQ(issue.code, IssueCode::invalid_json);
  EXPECT_EQ(issue.message, "Invalid JSON: number overflow parsing '1e400'");
  EXPECT_EQ(issue.where->offset, 8U);
}

TEST(ReadJson, ReportsEveryDuplicateKeyWithItsPath) {
  auto result = read_json(R"({"a":1,"a":2,"list":[{},{"b":1,"b":2}]})");

  ASSERT_EQ(result.issues().size(), 2U);
  EXPECT_EQ(result.issues()[0].message, "Duplicate key: \"a\"");
  EXPECT_EQ(result.issues()[0].path.pointer(), "");
  EXPECT_EQ(result.issues()[1].path.pointer(), "/list/1");
  EXPECT_EQ(result.issues()[1].keys, std::vector<std::string>{"b"});
}

TEST(ReadJson, DuplicateKeysCanBeAllowed) {
  auto result = read_json(R"({"a":1,"a":2})", JsonLimits{128, true});

  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result.value()["a"], 2);
}

TEST(ReadJson, DepthLimitIsFatal) {
  const JsonLimits limits{3, false};
  EXPECT_TRUE(read_json("[[[1]]]", limits).ok());

  const Issue issue = only_issue(read_json(R"({"a":"[[[[","b":[[[1]]]})", limits));
  EXPECT_EQ(issue.code, IssueCode::too_deep);
  EXPECT_EQ(issue.message, "Input nests deeper than 3 levels");
  EXPECT_EQ(issue.path.pointer(), "/b/0/0");
  EXPECT_EQ(issue.where->offset, 18U);
}

TEST(ReadJson, DefaultDepthHandlesHostileNesting) {
  const std::string text(100000, '[');

  EXPECT_EQ(only_issue(read_json(text)).code, IssueCode::too_deep);
}

TEST(Locate, CountsLinesAndColumns) {
  EXPECT_EQ(locate("ab\ncd", 4), (TextLocation{2, 2, 4}));
  EXPECT_EQ(locate("", 0), (TextLocation{1, 1, 0}));
}

}  // namespace
}  // namespace accord::schema
