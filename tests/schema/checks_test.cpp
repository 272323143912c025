#include "accord/schema/detail/checks.hpp"

#include <gtest/gtest.h>

#include <limits>

#include "accord/schema/pattern.hpp"

namespace accord::schema::detail {
namespace {

std::vector<std::string> messages(const IssueSink& sink) {
  std::vector<std::string> out;
  for (const auto& issue : sink.issues()) out.push_back(issue.message);
  return out;
}

using Messages = std::vector<std::string>;

TEST(IssueSink, RecordsThePathAndTakesIssuesSinceAMark) {
  IssueSink sink;
  sink.push("items");
  sink.push(std::size_t{2});
  sink.add(IssueCode::custom, "first");
  sink.pop();
  sink.add(IssueCode::custom, "second");

  EXPECT_EQ(sink.issues()[0].path.pointer(), "/items/2");
  const auto taken = sink.take_since(1);
  ASSERT_EQ(taken.size(), 1U);
  EXPECT_EQ(taken[0].message, "second");
  EXPECT_EQ(sink.count(), 1U);
}

TEST(IssueSink, FatalReplacesEverything) {
  IssueSink sink;
  sink.add(IssueCode::custom, "a");
  Issue fatal;
  fatal.code = IssueCode::too_deep;
  sink.set_fatal(fatal);

  EXPECT_TRUE(sink.fatal());
  ASSERT_EQ(sink.count(), 1U);
  EXPECT_EQ(sink.issues()[0].code, IssueCode::too_deep);
}

TEST(Checks, TypeIssueNamesBothTypes) {
  IssueSink sink;
  report_type(sink, "string", json_type_name(JsonType::integer));

  const Issue& issue = sink.issues().at(0);
  EXPECT_EQ(issue.code, IssueCode::invalid_type);
  EXPECT_EQ(issue.message, "Invalid input: expected string, received number");
  EXPECT_EQ(issue.expected, "string");
  EXPECT_EQ(issue.received, "number");
}

TEST(Checks, MissingPropertyIsUndefined) {
  IssueSink sink;
  Node node;
  node.types = JsonType::string;
  node.nullable = true;
  report_missing(sink, node);

  EXPECT_EQ(messages(sink), Messages{"Invalid input: expected string | null, received undefined"});
}

TEST(Checks, StringLengthsCountCodePoints) {
  StringRules rules;
  rules.min_length = 3;
  rules.max_length = 4;
  IssueSink sink;
  check_string(rules, "\xC3\xA9\xC3\xA9\xC3\xA9", sink);
  check_string(rules, "ab", sink);
  check_string(rules, "abcde", sink);

  EXPECT_EQ(messages(sink), (Messages{"Too small: expected string to have >=3 characters",
                                      "Too big: expected string to have <=4 characters"}));
  EXPECT_EQ(sink.issues()[0].expected, ">=3");
}

TEST(Checks, EqualBoundsSayExactly) {
  StringRules rules;
  rules.min_length = 2;
  rules.max_length = 2;
  IssueSink sink;
  check_string(rules, "abc", sink);

  EXPECT_EQ(messages(sink), Messages{"Too big: expected string to have exactly 2 characters"});
}

TEST(Checks, FormatAndPatternMessages) {
  StringRules rules;
  rules.format = StringFormat::email;
  rules.pattern = "^a";
  rules.compiled = Pattern::compile_or_throw("^a");
  IssueSink sink;
  check_string(rules, "bob", sink);

  EXPECT_EQ(messages(sink), (Messages{"Invalid email address",
                                      "Invalid string: must match pattern /^a/"}));
  EXPECT_EQ(sink.issues()[0].expected, "email");
}

TEST(Checks, PatternWithoutCompiledFormIsCompiledOnUse) {
  StringRules rules;
  rules.pattern = "^[0-9]+$";
  IssueSink sink;
  check_string(rules, "12a", sink);

  EXPECT_EQ(messages(sink), Messages{"Invalid string: must match pattern /^[0-9]+$/"});
}

TEST(Checks, NumberBounds) {
  NumberRules rules;
  rules.minimum = 3;
  rules.exclusive_maximum = 10.5;
  IssueSink sink;
  check_number(rules, 1, sink);
  check_number(rules, 10.5, sink);
  check_number(rules, 5, sink);

  EXPECT_EQ(messages(sink), (Messages{"Too small: expected number to be >=3",
                                      "Too big: expected number to be <10.5"}));
  EXPECT_EQ(sink.issues()[1].expected, "<10.5");
  EXPECT_EQ(sink.issues()[1].received, "10.5");
}

TEST(Checks, MultipleOfToleratesDecimalDivisors) {
  NumberRules rules;
  rules.multiple_of = 0.1;
  IssueSink sink;
  check_number(rules, 0.3, sink);
  check_number(rules, 0.35, sink);

  EXPECT_EQ(messages(sink), Messages{"Invalid number: must be a multiple of 0.1"});
  EXPECT_EQ(sink.issues()[0].code, IssueCode::not_multiple_of);
}

TEST(Checks, InfiniteQuotientIsNotAMultiple) {
  NumberRules rules;
  rules.multiple_of = 0.123456789;
  IssueSink sink;
  check_number(rules, 1e308, sink);

  EXPECT_EQ(sink.count(), 1U);
}

TEST(Checks, IntegerMultipleOfIsExact) {
  NumberRules rules;
  rules.multiple_of = 3;
  IssueSink sink;
  check_integer(rules, 9007199254740993, sink);  // 2^53 + 1 = 3 * 3002399751580331
  check_integer(rules, std::numeric_limits<std::int64_t>::min(), sink);
  check_unsigned(rules, 18446744073709551615U, sink);  // 2^64 - 1 = 3 * 6148914691236517205

  EXPECT_EQ(messages(sink), Messages{"Invalid number: must be a multiple of 3"});
  EXPECT_EQ(sink.issues()[0].received, "-9223372036854775808");
}

TEST(Checks, IntegerBoundsCompareExactly) {
  NumberRules rules;
  rules.maximum = 9007199254740992.0;  // 2^53
  IssueSink sink;
  check_integer(rules, 9007199254740993, sink);

  EXPECT_EQ(messages(sink), Messages{"Too big: expected number to be <=9007199254740992"});
}

TEST(Checks, IntegerRangeNamesTheType) {
  NumberRules rules;
  rules.range = IntegerRange{-2147483648, 2147483647, "int32"};
  IssueSink sink;
  check_integer(rules, 3000000000, sink);
  check_integer(rules, -3000000000, sink);
  check_unsigned(rules, 10000000000000000000U, sink);

  EXPECT_EQ(messages(sink), (Messages{"Number must fit in int32: <= 2147483647",
                                      "Number must fit in int32: >= -2147483648",
                                      "Number must fit in int32: <= 2147483647"}));
  EXPECT_EQ(sink.issues()[0].code, IssueCode::too_big);
  EXPECT_EQ(sink.issues()[1].code, IssueCode::too_small);
  EXPECT_EQ(sink.issues()[0].expected, "<=2147483647");
}

TEST(Checks, IntegerOverflowLiteral) {
  NumberRules rules;
  IssueSink sink;
  report_integer_overflow(rules, "99999999999999999999", false, sink);
  rules.range = IntegerRange{0, 255, "uint8"};
  report_integer_overflow(rules, "-99999999999999999999", true, sink);

  EXPECT_EQ(messages(sink), (Messages{"Number must fit in uint64: <= 18446744073709551615",
                                      "Number must fit in uint8: >= 0"}));
  EXPECT_EQ(sink.issues()[0].received, "99999999999999999999");
}

TEST(Checks, ArrayAndObjectSizes) {
  ArrayRules array;
  array.min_items = 2;
  ObjectRules object;
  object.max_properties = 1;
  IssueSink sink;
  check_array_size(array, 1, sink);
  check_object_size(object, 2, sink);

  EXPECT_EQ(messages(sink), (Messages{"Too small: expected array to have >=2 items",
                                      "Too big: expected object to have <=1 properties"}));
}

TEST(Checks, InvalidValueListsOptions) {
  IssueSink sink;
  report_invalid_value(sink, {Json("a"), Json("b")}, Json("c"));
  report_invalid_value(sink, {Json(3)}, Json(4));

  EXPECT_EQ(messages(sink), (Messages{"Invalid option: expected one of \"a\"|\"b\"",
                                      "Invalid input: expected 3"}));
  EXPECT_EQ(sink.issues()[0].received, "\"c\"");
}

TEST(Checks, UnrecognizedKeys) {
  IssueSink sink;
  report_unrecognized_keys(sink, {"x"});
  report_unrecognized_keys(sink, {"x", "y"});

  EXPECT_EQ(messages(sink),
            (Messages{"Unrecognized key: \"x\"", "Unrecognized keys: \"x\", \"y\""}));
  EXPECT_EQ(sink.issues()[1].keys, (std::vector<std::string>{"x", "y"}));
}

TEST(Checks, DuplicateUniqueAndRefinement) {
  IssueSink sink;
  report_duplicate_key(sink, "id");
  report_not_unique(sink, 0, 2);
  report_refinement(sink, Refinement{"Must be even", "even", nullptr});

  EXPECT_EQ(messages(sink), (Messages{"Duplicate key: \"id\"",
                                      "Invalid array: items 0 and 2 are equal", "Must be even"}));
  EXPECT_EQ(sink.issues()[2].code, IssueCode::custom);
  EXPECT_EQ(sink.issues()[2].expected, "even");
}

TEST(Checks, CodePointCount) {
  EXPECT_EQ(code_point_count(""), 0U);
  EXPECT_EQ(code_point_count("a\xC3\xA9\xF0\x9F\x98\x80"), 3U);
}

TEST(NodeNames, TypeNames) {
  Node node;
  EXPECT_EQ(expected_type_name(node), "unknown");
  node.types = TypeSet(JsonType::integer).add(JsonType::number);
  EXPECT_EQ(expected_type_name(node), "number");
  node.types = JsonType::integer;
  node.nullable = true;
  EXPECT_EQ(expected_type_name(node), "integer | null");
}

TEST(NodeNames, ValuesReferencesAndUnions) {
  Node values;
  values.enum_values = std::vector<Json>{"a", "b"};
  EXPECT_EQ(expected_type_name(values), "\"a\" | \"b\"");

  auto target = std::make_shared<Node>();
  target->types = JsonType::object;
  Node ref;
  ref.ref = Reference{"Address", "", [target] { return target.get(); }};
  EXPECT_EQ(expected_type_name(ref), "object");

  auto text = std::make_shared<Node>();
  text->types = JsonType::string;
  Node either;
  either.any_of = {text, target};
  EXPECT_EQ(expected_type_name(either), "string | object");
}

TEST(NodeNames, FormatNamesRoundTrip) {
  EXPECT_EQ(to_string(StringFormat::date_time), "date-time");
  EXPECT_EQ(string_format_from_name("date-time"), StringFormat::date_time);
  EXPECT_EQ(string_format_from_name("color"), StringFormat::none);
  EXPECT_EQ(to_string(StringFormat::none), "");
}

}  // namespace
}  // namespace accord::schema::detail
