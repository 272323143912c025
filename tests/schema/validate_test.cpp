#include "accord/schema/validate.hpp"

#include <gtest/gtest.h>

#include <memory>
#include <string>

namespace accord::schema {
namespace {

std::shared_ptr<Node> typed(JsonType type) {
  auto node = std::make_shared<Node>();
  node->types = type;
  return node;
}

std::shared_ptr<Node> string_node(std::uint64_t min_length = 0) {
  auto node = typed(JsonType::string);
  node->string = StringRules{};
  if (min_length > 0) node->string->min_length = min_length;
  return node;
}

std::shared_ptr<Node> object_node(std::vector<Property> properties,
                                  UnknownKeys unknown = UnknownKeys::strip) {
  auto node = typed(JsonType::object);
  node->object = ObjectRules{};
  node->object->properties = std::move(properties);
  node->object->unknown_keys = unknown;
  return node;
}

// "pointer: message" per issue, for compact exact assertions.
std::vector<std::string> lines(const std::vector<Issue>& issues) {
  std::vector<std::string> out;
  for (const auto& issue : issues) out.push_back(issue.path.pointer() + ": " + issue.message);
  return out;
}

using Lines = std::vector<std::string>;

TEST(Validate, TypeMismatch) {
  EXPECT_EQ(lines(validate(*string_node(), Json(1))),
            Lines{": Invalid input: expected string, received number"});
}

TEST(Validate, NullableAcceptsNull) {
  auto node = string_node();
  node->nullable = true;

  EXPECT_TRUE(validate(*node, Json(nullptr)).empty());
  EXPECT_EQ(lines(validate(*node, Json(true))),
            Lines{": Invalid input: expected string | null, received boolean"});
}

TEST(Validate, IntegralFloatIsAnInteger) {
  auto node = typed(JsonType::integer);
  node->number = NumberRules{};
  node->number->range = IntegerRange{0, 255, "uint8"};

  EXPECT_TRUE(validate(*node, Json(1.0)).empty());
  EXPECT_EQ(lines(validate(*node, Json(1.5))),
            Lines{": Invalid input: expected integer, received number"});
  EXPECT_EQ(lines(validate(*node, Json(256))), Lines{": Number must fit in uint8: <= 255"});
  EXPECT_EQ(lines(validate(*node, Json(1e30))), Lines{": Number must fit in uint8: <= 255"});
}

TEST(Validate, EnumUsesJsonEquality) {
  Node node;
  node.enum_values = std::vector<Json>{Json(1), Json::parse(R"({"a":1,"b":2})")};

  EXPECT_TRUE(validate(node, Json(1.0)).empty());
  EXPECT_TRUE(validate(node, Json::parse(R"({"b":2.0,"a":1})")).empty());
  EXPECT_EQ(lines(validate(node, Json(2))),
            Lines{": Invalid option: expected one of 1|{\"a\":1,\"b\":2}"});
}

TEST(Validate, ObjectIssuesInInputOrderThenMissingThenUnknown) {
  auto node = object_node(
      {{"name", string_node(2)}, {"email", string_node()}, {"id", typed(JsonType::integer)}},
      UnknownKeys::strict);
  const Json value = Json::parse(R"({"x":1,"id":"7","name":"a","y":2})");

  EXPECT_EQ(lines(validate(*node, value)),
            (Lines{"/id: Invalid input: expected integer, received string",
                   "/name: Too small: expected string to have >=2 characters",
                   "/email: Invalid input: expected string, received undefined",
                   ": Unrecognized keys: \"x\", \"y\""}));
}

TEST(Validate, CoerceStripsUnknownKeysAndAppliesDefaults) {
  auto role = string_node();
  role->meta.default_value = Json("user");
  auto node = object_node({{"name", string_node()}, {"role", role}});

  auto result = coerce(*node, Json::parse(R"({"extra":1,"name":"a"})"));

  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result.value().dump(), R"({"name":"a","role":"user"})");
  EXPECT_TRUE(validate(*node, Json::parse(R"({"name":"a"})")).empty());
}

TEST(Validate, PassthroughKeepsUnknownKeys) {
  auto node = object_node({}, UnknownKeys::passthrough);

  EXPECT_EQ(coerce(*node, Json::parse(R"({"x":1})")).value().dump(), R"({"x":1})");
}

TEST(Validate, AdditionalAndPropertyNames) {
  auto node = object_node({});
  node->object->additional = typed(JsonType::integer);
  node->object->property_names = string_node(2);

  EXPECT_EQ(lines(validate(*node, Json::parse(R"({"ab":1,"c":"x"})"))),
            (Lines{"/c: Invalid key \"c\": Too small: expected string to have >=2 characters",
                   "/c: Invalid input: expected integer, received string"}));
}

TEST(Validate, ArraysItemsTuplesAndUniqueness) {
  auto tuple = typed(JsonType::array);
  tuple->array = ArrayRules{};
  tuple->array->prefix_items = {string_node(), typed(JsonType::integer)};
  tuple->array->closed = true;
  EXPECT_EQ(lines(validate(*tuple, Json::parse(R"(["a", "b", 3])"))),
            (Lines{": Too big: expected array to have <=2 items",
                   "/1: Invalid input: expected integer, received string"}));

  auto set = typed(JsonType::array);
  set->array = ArrayRules{};
  set->array->items = typed(JsonType::number);
  set->array->unique_items = true;
  set->array->min_items = 1;
  EXPECT_EQ(lines(validate(*set, Json::parse("[1, 2, 1.0]"))),
            Lines{": Invalid array: items 0 and 2 are equal"});
  EXPECT_EQ(lines(validate(*set, Json::parse(R"([1, 1, "x"])"))),
            Lines{"/2: Invalid input: expected number, received string"});
  EXPECT_EQ(lines(validate(*set, Json::array())),
            Lines{": Too small: expected array to have >=1 items"});
}

TEST(Validate, AnyOfReportsEachAlternative) {
  Node node;
  node.any_of = {string_node(), typed(JsonType::integer)};

  EXPECT_TRUE(validate(node, Json(3)).empty());
  const auto issues = validate(node, Json(true));
  ASSERT_EQ(issues.size(), 1U);
  EXPECT_EQ(issues[0].code, IssueCode::invalid_union);
  ASSERT_EQ(issues[0].union_errors.size(), 2U);
  EXPECT_EQ(issues[0].union_errors[1][0].message,
            "Invalid input: expected integer, received boolean");
}

TEST(Validate, OneOfNeedsExactlyOne) {
  Node node;
  node.one_of = {typed(JsonType::number), typed(JsonType::integer)};

  EXPECT_TRUE(validate(node, Json(1.5)).empty());
  const auto issues = validate(node, Json(1));
  ASSERT_EQ(issues.size(), 1U);
  EXPECT_EQ(issues[0].code, IssueCode::invalid_union);
}

TEST(Validate, DiscriminatorPicksOneAlternative) {
  auto cat = object_node({{"kind", string_node()}, {"lives", typed(JsonType::integer)}});
  auto dog = object_node({{"kind", string_node()}});
  Node node;
  node.discriminator = Discriminator{"kind", {{"cat", cat}, {"dog", dog}}};

  EXPECT_TRUE(validate(node, Json::parse(R"({"kind":"dog"})")).empty());
  EXPECT_EQ(lines(validate(node, Json::parse(R"({"kind":"cat"})"))),
            Lines{"/lives: Invalid input: expected integer, received undefined"});
  EXPECT_EQ(lines(validate(node, Json::parse(R"({"kind":"cow"})"))),
            Lines{"/kind: Invalid input: expected one of \"cat\"|\"dog\""});
}

TEST(Validate, AllOfNotAndNever) {
  Node node;
  node.all_of = {string_node(2), typed(JsonType::string)};
  node.not_schema = [] {
    auto excluded = std::make_shared<Node>();
    excluded->const_value = Json("no");
    return excluded;
  }();

  EXPECT_EQ(lines(validate(node, Json("x"))),
            Lines{": Too small: expected string to have >=2 characters"});
  EXPECT_EQ(lines(validate(node, Json("no"))),
            Lines{": Invalid input: must not match the excluded schema"});

  Node never;
  never.never = true;
  EXPECT_EQ(lines(validate(never, Json(1))),
            Lines{": Invalid input: expected never, received number"});
}

TEST(Validate, RefinementsRunOnlyOnOtherwiseValidValues) {
  auto node = string_node(2);
  node->refinements.push_back({"Must start with a", "starts_with_a", [](const Json& value) {
                                 return value.get<std::string>().starts_with("a");
                               }});

  EXPECT_EQ(lines(validate(*node, Json("b"))),
            Lines{": Too small: expected string to have >=2 characters"});
  EXPECT_EQ(lines(validate(*node, Json("bc"))), Lines{": Must start with a"});
  EXPECT_TRUE(validate(*node, Json("ab")).empty());
}

TEST(Validate, RecursiveReferencesAndDepthLimit) {
  auto list = std::make_shared<Node>();
  list->types = JsonType::array;
  list->array = ArrayRules{};
  list->array->items = [&list] {
    auto ref = std::make_shared<Node>();
    std::weak_ptr<Node> weak = list;
    ref->ref = Reference{"List", "", [weak] { return weak.lock().get(); }};
    return ref;
  }();

  EXPECT_TRUE(validate(*list, Json::parse("[[[]],[]]")).empty());

  Json deep = Json::array();
  for (int i = 0; i < 300; ++i) deep = Json::array({deep});
  const auto issues = validate(*list, deep);
  ASSERT_EQ(issues.size(), 1U);
  EXPECT_EQ(issues[0].code, IssueCode::too_deep);
}

TEST(Validate, ReferenceCycleWithoutProgressIsTooDeep) {
  auto loop = std::make_shared<Node>();
  std::weak_ptr<Node> weak = loop;
  loop->ref = Reference{"Loop", "", [weak] { return weak.lock().get(); }};

  const auto issues = validate(*loop, Json(1));
  ASSERT_EQ(issues.size(), 1U);
  EXPECT_EQ(issues[0].code, IssueCode::too_deep);
}

TEST(ParseJson, ReadsThenCoerces) {
  auto node = object_node({{"name", string_node()}});

  EXPECT_EQ(parse_json(*node, R"({"name":"a","x":1})").value().dump(), R"({"name":"a"})");
  EXPECT_EQ(parse_json(*node, "{").issues().at(0).code, IssueCode::invalid_json);
  EXPECT_EQ(lines(parse_json(*node, "{}").issues()),
            Lines{"/name: Invalid input: expected string, received undefined"});
}

TEST(ParseJson, DuplicateKeysAreReportedAlone) {
  auto node = object_node({{"name", string_node()}, {"id", typed(JsonType::integer)}});

  EXPECT_EQ(lines(parse_json(*node, R"({"name":"a","name":"b"})").issues()),
            (Lines{": Duplicate key: \"name\""}));
}

}  // namespace
}  // namespace accord::schema
