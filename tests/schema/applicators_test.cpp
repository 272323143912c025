// DOM validation of the keywords read from JSON Schema 2019-09 / 2020-12 and draft 4's
// patternProperties / dependencies: exact paths and messages, annotations for unevaluated*,
// the dynamic scope of $dynamicRef, and the writer's output for them.

#include <memory>
#include <string>
#include <variant>
#include <vector>

#include <gtest/gtest.h>

#include "accord/schema/json_schema.hpp"
#include "accord/schema/validate.hpp"

namespace accord::schema {
namespace {

using Document = std::shared_ptr<const SchemaDocument>;
using Lines = std::vector<std::string>;

Document read(const Json& schema, Dialect dialect = Dialect::draft2020_12) {
  auto result = JsonSchemaReader({.dialect = dialect, .remote_documents = {}}).read(schema);
  if (auto* errors = std::get_if<std::vector<SchemaError>>(&result)) {
    ADD_FAILURE() << errors->front().pointer << ": " << errors->front().message;
    return nullptr;
  }
  return std::get<Document>(result);
}

// "pointer: message" per issue.
Lines check(const Document& document, const char* value) {
  Lines out;
  if (!document) return {"schema not read"};
  for (const auto& issue : validate(*document->root(), Json::parse(value))) {
    out.push_back(issue.path.pointer() + ": " + issue.message);
  }
  return out;
}

TEST(Applicators, PatternPropertiesApplyBesideProperties) {
  const auto doc =
      read({{"properties", {{"x-id", {{"type", "string"}}}}},
            {"patternProperties", {{"^x-", {{"minLength", 2}}}, {"id$", {{"type", "string"}}}}},
            {"additionalProperties", false}});

  EXPECT_EQ(check(doc, R"({"x-a": "ok", "x-id": "ab"})"), Lines{});
  EXPECT_EQ(check(doc, R"({"x-id": 1, "x-b": "b", "c": 1})"),
            (Lines{"/x-id: Invalid input: expected string, received number",
                   "/x-id: Invalid input: expected string, received number",
                   "/x-b: Too small: expected string to have >=2 characters",
                   ": Unrecognized key: \"c\""}));
}

TEST(Applicators, PatternPropertiesFillTheCoercedValue) {
  const auto doc =
      read({{"patternProperties", {{"^a", {{"properties", {{"n", {{"default", 1}}}}}}}}},
            {"additionalProperties", false}});
  ASSERT_TRUE(doc);

  const auto result = coerce(*doc->root(), Json::parse(R"({"ab": {}})"));

  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result.value().dump(), R"({"ab":{"n":1}})");
}

TEST(Applicators, DependentRequiredAndSchemas) {
  const auto doc =
      read({{"dependentRequired", {{"card", {"expiry", "cvc"}}}},
            {"dependentSchemas", {{"card", {{"properties", {{"cvc", {{"type", "string"}}}}}}}}}});

  EXPECT_EQ(check(doc, R"({"expiry": 1})"), Lines{});
  EXPECT_EQ(check(doc, R"({"card": "4111", "cvc": 1})"),
            (Lines{"/expiry: Invalid input: required when \"card\" is present",
                   "/cvc: Invalid input: expected string, received number"}));
}

TEST(Applicators, Draft4Dependencies) {
  const auto doc =
      read({{"dependencies", {{"a", {"b"}}, {"c", {{"required", {"d"}}}}}}}, Dialect::draft4);

  EXPECT_EQ(check(doc, R"({"a": 1, "c": 1})"),
            (Lines{"/b: Invalid input: required when \"a\" is present",
                   "/d: Invalid input: expected unknown, received undefined"}));
}

TEST(Applicators, IfThenElse) {
  const auto doc = read({{"if", {{"properties", {{"kind", {{"const", "card"}}}}}}},
                         {"then", {{"required", {"number"}}}},
                         {"else", {{"required", {"iban"}}}}});

  EXPECT_EQ(check(doc, R"({"kind": "card", "number": "4111"})"), Lines{});
  EXPECT_EQ(check(doc, R"({"kind": "card"})"),
            Lines{"/number: Invalid input: expected unknown, received undefined"});
  EXPECT_EQ(check(doc, R"({"kind": "bank"})"),
            Lines{"/iban: Invalid input: expected unknown, received undefined"});
}

TEST(Applicators, ContainsCounts) {
  const auto doc =
      read({{"contains", {{"type", "integer"}}}, {"minContains", 2}, {"maxContains", 3}});

  EXPECT_EQ(check(doc, "[1, \"a\", 2]"), Lines{});
  EXPECT_EQ(check(doc, "[1, \"a\"]"),
            Lines{": Too small: expected array to have >=2 items matching 'contains'"});
  EXPECT_EQ(check(doc, "[1, 2, 3, 4]"),
            Lines{": Too big: expected array to have <=3 items matching 'contains'"});
}

TEST(Applicators, UnevaluatedPropertiesSeeInPlaceSubschemas) {
  const auto doc = read({{"$defs", {{"ext", {{"patternProperties", {{"^x-", true}}}}}}},
                         {"$ref", "#/$defs/ext"},
                         {"properties", {{"name", true}}},
                         {"anyOf",
                          {{{"properties", {{"a", true}}}, {"required", {"a"}}},
                           {{"properties", {{"b", true}}}, {"required", {"b"}}}}},
                         {"unevaluatedProperties", false}});

  EXPECT_EQ(check(doc, R"({"name": 1, "x-y": 2, "a": 3, "b": 4})"), Lines{});
  // The second alternative fails (no "b"), so it evaluates nothing; "c" and "d" stay unevaluated.
  EXPECT_EQ(check(doc, R"({"a": 1, "c": 2, "d": 3})"), Lines{": Unrecognized keys: \"c\", \"d\""});
}

TEST(Applicators, FailedAlternativesEvaluateNothing) {
  const auto doc =
      read({{"anyOf", {{{"properties", {{"a", {{"type", "string"}}}}}}, {{"required", {"b"}}}}},
            {"unevaluatedProperties", false}});

  // The first alternative fails on "a", so "a" is unevaluated for the second, which matches.
  EXPECT_EQ(check(doc, R"({"a": 1, "b": 2})"), Lines{": Unrecognized key: \"a\""});
  EXPECT_EQ(check(doc, R"({"a": "x"})"), Lines{});
}

TEST(Applicators, UnevaluatedPropertiesAsASchema) {
  const auto doc =
      read({{"properties", {{"a", true}}}, {"unevaluatedProperties", {{"type", "integer"}}}});

  EXPECT_EQ(check(doc, R"({"a": "x", "b": 1, "c": "y"})"),
            Lines{"/c: Invalid input: expected integer, received string"});
}

TEST(Applicators, IfContributesOnlyWhenItMatches) {
  const auto doc = read({{"if", {{"properties", {{"a", {{"const", 1}}}}}, {"required", {"a"}}}},
                         {"unevaluatedProperties", false}});

  EXPECT_EQ(check(doc, R"({"a": 1})"), Lines{});
  EXPECT_EQ(check(doc, R"({"a": 2})"), Lines{": Unrecognized key: \"a\""});
}

TEST(Applicators, UnevaluatedItems) {
  const auto doc = read({{"prefixItems", {{{"type", "string"}}}},
                         {"contains", {{"type", "integer"}}},
                         {"unevaluatedItems", false}});

  EXPECT_EQ(check(doc, R"(["a", 1, 2])"), Lines{});
  EXPECT_EQ(check(doc, R"(["a", 1, null])"),
            Lines{"/2: Invalid input: expected never, received null"});
}

TEST(Applicators, NotOfRequiredKeysNamesThem) {
  const auto both = read({{"not", {{"required", {"example", "examples"}}}}});
  const auto one = read({{"not", {{"required", {"url"}}}}});

  EXPECT_EQ(check(both, R"({"example": 1, "examples": {}})"),
            Lines{": Invalid input: must not have \"example\" and \"examples\" together"});
  EXPECT_EQ(check(one, R"({"url": "x"})"),
            Lines{": Invalid input: must not have property \"url\""});
}

TEST(Applicators, OneOfOfRequiredKeysNamesThem) {
  const auto doc = read({{"oneOf", {{{"required", {"schema"}}}, {{"required", {"content"}}}}}});

  EXPECT_EQ(check(doc, R"({"schema": {}, "content": {}})"),
            Lines{": Invalid input: \"schema\" and \"content\" cannot both be present"});
}

TEST(Applicators, PropertyNameIssuesNameTheKey) {
  const auto doc = read({{"propertyNames", {{"pattern", "^[a-z]+$"}}}});
  ASSERT_TRUE(doc);

  const auto issues = validate(*doc->root(), Json::parse(R"({"ok": 1, "Not ok": 2})"));

  ASSERT_EQ(issues.size(), 1U);
  EXPECT_EQ(issues[0].path.pointer(), "/Not ok");
  EXPECT_EQ(issues[0].keys, std::vector<std::string>{"Not ok"});
  EXPECT_EQ(issues[0].message,
            "Invalid key \"Not ok\": Invalid string: must match pattern /^[a-z]+$/");
}

// The dynamic scope: a tree whose nodes are extended by an outer resource ("strict-tree").
TEST(Applicators, DynamicRefResolvesInTheDynamicScope) {
  const Json tree = {
      {"$id", "https://example.com/tree"},
      {"$dynamicAnchor", "node"},
      {"type", "object"},
      {"properties", {{"children", {{"type", "array"}, {"items", {{"$dynamicRef", "#node"}}}}}}}};
  const Json strict = {{"$id", "https://example.com/strict-tree"},
                       {"$dynamicAnchor", "node"},
                       {"$ref", "tree"},
                       {"unevaluatedProperties", false}};
  JsonSchemaReader::Options options;
  options.dialect = Dialect::draft2020_12;
  options.remote_documents["https://example.com/tree"] = tree;
  auto read_strict = JsonSchemaReader(options).read(strict);
  ASSERT_TRUE(std::holds_alternative<Document>(read_strict));
  const auto& root = *std::get<Document>(read_strict)->root();

  EXPECT_TRUE(validate(root, Json::parse(R"({"children": [{"children": []}]})")).empty());
  // The misspelt key deep down is caught: the inner nodes are strict-tree nodes too.
  const auto issues = validate(root, Json::parse(R"({"children": [{"daat": 1}]})"));
  ASSERT_EQ(issues.size(), 1U);
  EXPECT_EQ(issues[0].path.pointer(), "/children/0");
  EXPECT_EQ(issues[0].keys, std::vector<std::string>{"daat"});
}

TEST(Applicators, DynamicReferenceCyclesAreRejected) {
  // Through dynamic resolution, "a" would apply itself to the same value forever.
  const Json schema = {{"$dynamicAnchor", "a"}, {"anyOf", {{{"$dynamicRef", "#a"}}, false}}};

  auto result =
      JsonSchemaReader({.dialect = Dialect::draft2020_12, .remote_documents = {}}).read(schema);

  ASSERT_TRUE(std::holds_alternative<std::vector<SchemaError>>(result));
  EXPECT_EQ(std::get<std::vector<SchemaError>>(result).front().message,
            "reference cycle that never reaches a schema");
}

// The writer: 2020-12 writes every keyword back; OpenAPI 3.0 has none of them and draft 4 only
// patternProperties and dependencies.
TEST(Applicators, WriteReadWrite) {
  const Json schema = {{"$id", "https://example.com/s"},
                       {"$dynamicAnchor", "meta"},
                       {"type", "object"},
                       {"properties", {{"next", {{"$dynamicRef", "#meta"}}}}},
                       {"patternProperties", {{"^x-", {{"type", "string"}}}}},
                       {"dependentRequired", {{"a", {"b"}}}},
                       {"dependentSchemas", {{"c", {{"required", {"d"}}}}}},
                       {"unevaluatedProperties", false},
                       {"if", {{"required", {"a"}}}},
                       {"then", {{"minProperties", 2}}},
                       {"else", {{"maxProperties", 9}}}};
  const auto doc = read(schema);
  ASSERT_TRUE(doc);

  JsonSchemaWriter writer({.dialect = Dialect::draft2020_12});
  const Json written = writer.write(*doc->root(), true);
  const auto again = read(written);
  ASSERT_TRUE(again);
  JsonSchemaWriter second({.dialect = Dialect::draft2020_12});

  EXPECT_EQ(written.dump(),
            R"({"$id":"https://example.com/s","$dynamicAnchor":"meta","type":"object",)"
            R"("properties":{"next":{"$dynamicRef":"#meta"}},"patternProperties":{"^x-":)"
            R"({"type":"string"}},"dependentRequired":{"a":["b"]},"dependentSchemas":)"
            R"({"c":{"properties":{"d":{}},"required":["d"]}},"unevaluatedProperties":false,)"
            R"("if":{"properties":{"a":{}},"required":["a"]},)"
            R"("then":{"minProperties":2},"else":{"maxProperties":9}})");
  EXPECT_EQ(second.write(*again->root(), true), written);

  JsonSchemaWriter v30({.dialect = Dialect::openapi_3_0});
  EXPECT_EQ(v30.write(*doc->root(), true).dump(),
            R"({"type":"object","properties":{"next":{"$ref":"#meta"}}})");
  JsonSchemaWriter draft4({.dialect = Dialect::draft4});
  EXPECT_EQ(draft4.write(*doc->root(), true).dump(),
            R"({"type":"object","properties":{"next":{"$ref":"#meta"}},"patternProperties":)"
            R"({"^x-":{"type":"string"}},"dependencies":{"a":["b"],"c":{"properties":{"d":{}},)"
            R"("required":["d"]}}})");
}

}  // namespace
}  // namespace accord::schema
