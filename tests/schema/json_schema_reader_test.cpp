#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <variant>
#include <vector>

#include <gtest/gtest.h>

#include "accord/schema/json_schema.hpp"
#include "accord/schema/node.hpp"
#include "accord/schema/pattern.hpp"

namespace accord::schema {
namespace {

using Document = std::shared_ptr<const SchemaDocument>;

JsonSchemaReader::ReadResult read(const Json& schema, Dialect dialect = Dialect::openapi_3_1) {
  return JsonSchemaReader({.dialect = dialect, .remote_documents = {}}).read(schema);
}

Document read_ok(const Json& schema, Dialect dialect = Dialect::openapi_3_1) {
  auto result = read(schema, dialect);
  if (auto* errors = std::get_if<std::vector<SchemaError>>(&result)) {
    ADD_FAILURE() << errors->front().pointer << ": " << errors->front().message;
    return nullptr;
  }
  return std::get<Document>(result);
}

std::string first_error(const Json& schema, Dialect dialect = Dialect::openapi_3_1) {
  auto result = read(schema, dialect);
  auto* errors = std::get_if<std::vector<SchemaError>>(&result);
  if (errors == nullptr) return "no error";
  return errors->front().pointer + ": " + errors->front().message;
}

Json load(const std::string& name) {
  std::ifstream in(std::string(ACCORD_SOURCE_DIR) + "/tests/data/json-schema/" + name);
  std::stringstream text;
  text << in.rdbuf();
  return Json::parse(text.str());
}

TEST(JsonSchemaReader, UnsupportedKeywordIsAnErrorWithItsPointer) {
  const Json schema = {{"properties", {{"a", {{"$recursiveRef", "#"}}}}}};

  EXPECT_EQ(first_error(schema),
            "/properties/a/$recursiveRef: unsupported keyword '$recursiveRef'");
  EXPECT_EQ(first_error({{"if", Json::object()}}, Dialect::openapi_3_0),
            "/if: unsupported keyword 'if'");
  EXPECT_EQ(first_error({{"patternProperties", Json::object()}}, Dialect::openapi_3_0),
            "/patternProperties: unsupported keyword 'patternProperties'");
  EXPECT_EQ(first_error({{"unevaluatedProperties", false}}, Dialect::draft4),
            "/unevaluatedProperties: unsupported keyword 'unevaluatedProperties'");
  EXPECT_EQ(first_error({{"const", 1}}, Dialect::draft4), "/const: unsupported keyword 'const'");
}

TEST(JsonSchemaReader, TypesAndNullable) {
  const auto list = read_ok({{"type", {"string", "null"}}});
  const auto nullable = read_ok({{"type", "integer"}, {"nullable", true}}, Dialect::openapi_3_0);

  EXPECT_TRUE(list->root()->types.has(JsonType::string));
  EXPECT_TRUE(list->root()->types.has(JsonType::null));
  EXPECT_EQ(nullable->root()->types, TypeSet(JsonType::integer));
  EXPECT_TRUE(nullable->root()->nullable);
  EXPECT_EQ(first_error({{"type", {"string", "null"}}}, Dialect::openapi_3_0),
            "/type: 'type' must be one type name in OpenAPI 3.0");
  EXPECT_EQ(first_error({{"type", "text"}}), "/type: unknown type \"text\"");
}

TEST(JsonSchemaReader, ExclusiveBoundsInBothForms) {
  const auto old_form = read_ok({{"minimum", 1}, {"exclusiveMinimum", true}, {"maximum", 5}},
                                Dialect::draft4);
  const auto new_form = read_ok({{"exclusiveMaximum", 5}, {"multipleOf", 0.5}});

  const auto& old_rules = *old_form->root()->number;
  EXPECT_FALSE(old_rules.minimum.has_value());
  EXPECT_EQ(old_rules.exclusive_minimum, 1.0);
  EXPECT_EQ(old_rules.maximum, 5.0);
  EXPECT_EQ(new_form->root()->number->exclusive_maximum, 5.0);
  EXPECT_EQ(new_form->root()->number->multiple_of, 0.5);
  EXPECT_EQ(first_error({{"exclusiveMinimum", true}}, Dialect::openapi_3_0),
            "/exclusiveMinimum: 'exclusiveMinimum' needs 'minimum'");
}

TEST(JsonSchemaReader, StringsPatternAndFormats) {
  const auto doc = read_ok({{"minLength", 2.0}, {"pattern", "^a"}, {"format", "email"}});
  const auto unchecked = read_ok({{"format", "iri"}});

  const auto& rules = *doc->root()->string;
  EXPECT_EQ(rules.min_length, 2U);
  ASSERT_TRUE(rules.compiled);
  EXPECT_TRUE(rules.compiled->search("abc"));
  EXPECT_EQ(rules.format, StringFormat::email);
  EXPECT_EQ(unchecked->root()->string->format, StringFormat::none);
  EXPECT_EQ(unchecked->root()->string->format_name, "iri");
  EXPECT_EQ(first_error({{"pattern", "("}}).substr(0, 27), "/pattern: invalid pattern: ");
  EXPECT_EQ(first_error({{"minLength", -1}}),
            "/minLength: 'minLength' must be a non-negative integer");
}

TEST(JsonSchemaReader, ArraysInBothDialects) {
  const auto draft4 = read_ok({{"items", {Json::object(), Json::object()}},
                               {"additionalItems", false}}, Dialect::draft4);
  const auto modern = read_ok({{"prefixItems", {Json::object()}}, {"items", false}});

  EXPECT_EQ(draft4->root()->array->prefix_items.size(), 2U);
  EXPECT_TRUE(draft4->root()->array->closed);
  EXPECT_EQ(modern->root()->array->prefix_items.size(), 1U);
  EXPECT_TRUE(modern->root()->array->closed);
}

TEST(JsonSchemaReader, ObjectsDefaultToPassthrough) {
  const auto open = read_ok({{"type", "object"}, {"required", {"b"}},
                             {"properties", {{"a", Json::object()}, {"b", Json::object()}}}});
  const auto closed = read_ok({{"additionalProperties", false}});

  const auto& rules = *open->root()->object;
  EXPECT_EQ(rules.unknown_keys, UnknownKeys::passthrough);
  ASSERT_EQ(rules.properties.size(), 2U);
  EXPECT_FALSE(rules.properties[0].required);
  EXPECT_TRUE(rules.properties[1].required);
  EXPECT_EQ(closed->root()->object->unknown_keys, UnknownKeys::strict);
}

TEST(JsonSchemaReader, BooleanSchemas) {
  const auto never = read_ok(Json(false));

  EXPECT_TRUE(never->root()->never);
  EXPECT_EQ(first_error(Json(true), Dialect::openapi_3_0),
            ": a boolean schema is not allowed in this dialect");
}

TEST(JsonSchemaReader, AnnotationsAreKept) {
  const Json schema = {{"title", "T"},        {"description", "D"}, {"default", 1},
                       {"example", 2},        {"deprecated", true}, {"readOnly", true},
                       {"$comment", "c"},     {"x-tag", "v"}};
  const auto doc = read_ok(schema);

  const auto& meta = doc->root()->meta;
  EXPECT_EQ(meta.title, "T");
  EXPECT_EQ(meta.description, "D");
  EXPECT_EQ(meta.default_value, Json(1));
  EXPECT_EQ(meta.examples, std::vector<Json>{Json(2)});
  EXPECT_TRUE(meta.deprecated);
  EXPECT_TRUE(meta.read_only);
  EXPECT_EQ(meta.extensions, Json({{"x-tag", "v"}}));
}

TEST(JsonSchemaReader, LocalRefsWithEscapes) {
  const Json schema = {{"$defs", {{"a/b", {{"type", "string"}}}, {"m~n%", {{"type", "integer"}}}}},
                       {"properties", {{"x", {{"$ref", "#/$defs/a~1b"}}},
                                       {"y", {{"$ref", "#/$defs/m~0n%25"}}}}}};
  const auto doc = read_ok(schema);

  const auto& properties = doc->root()->object->properties;
  const Node* x = properties[0].schema->ref->resolve();
  const Node* y = properties[1].schema->ref->resolve();
  EXPECT_EQ(x->types, TypeSet(JsonType::string));
  EXPECT_EQ(x->meta.name, "a/b");
  EXPECT_EQ(properties[0].schema->ref->component, "a/b");
  EXPECT_EQ(y->types, TypeSet(JsonType::integer));
}

TEST(JsonSchemaReader, RecursiveRefResolvesToTheRoot) {
  const Json schema = {{"properties", {{"child", {{"$ref", "#"}}}}}};
  const auto doc = read_ok(schema);

  EXPECT_EQ(doc->root()->object->properties[0].schema->ref->resolve(), doc->root().get());
}

TEST(JsonSchemaReader, RefCyclesAreErrors) {
  EXPECT_EQ(first_error({{"$ref", "#"}}), ": reference cycle that never reaches a schema");
  const Json pair = {{"$defs", {{"a", {{"$ref", "#/$defs/b"}}}, {"b", {{"allOf", {{{"$ref",
                     "#/$defs/a"}}}}}}}}, {"$ref", "#/$defs/a"}};
  EXPECT_NE(first_error(pair).find("reference cycle"), std::string::npos);
}

TEST(JsonSchemaReader, UnresolvableRefs) {
  EXPECT_EQ(first_error({{"$ref", "#/nope"}}), "/$ref: unresolvable reference '#/nope'");
  EXPECT_EQ(first_error({{"$ref", "http://example.com/x.json"}}),
            "/$ref: unresolvable reference 'http://example.com/x.json'");
  EXPECT_EQ(first_error({{"$ref", "#foo"}}), "/$ref: unresolvable reference '#foo'");
}

TEST(JsonSchemaReader, RemoteDocumentsAndRootId) {
  JsonSchemaReader::Options options{Dialect::draft2020_12, {}};
  options.remote_documents["http://localhost:1234/int.json"] = {{"type", "integer"}};
  const Json schema = {{"$id", "http://localhost:1234/root.json"}, {"$ref", "int.json"}};

  auto result = JsonSchemaReader(options).read(schema);

  ASSERT_TRUE(std::holds_alternative<Document>(result));
  const auto& root = std::get<Document>(result)->root();
  EXPECT_EQ(root->ref->resolve()->types, TypeSet(JsonType::integer));
}

TEST(JsonSchemaReader, NestedIdStartsAResource) {
  const Json schema = {{"$id", "http://example.com/root.json"},
                       {"$defs", {{"a", {{"$id", "nested/a.json"}, {"type", "integer"}}}}},
                       {"properties",
                        {{"x", {{"$ref", "nested/a.json"}}},
                         {"y", {{"$ref", "http://example.com/nested/a.json"}}}}}};

  const auto doc = read_ok(schema);

  ASSERT_TRUE(doc);
  const auto& properties = doc->root()->object->properties;
  EXPECT_EQ(properties[0].schema->ref->resolve()->types, TypeSet(JsonType::integer));
  EXPECT_EQ(properties[1].schema->ref->resolve(), properties[0].schema->ref->resolve());
  EXPECT_EQ(properties[0].schema->ref->resolve()->identity.id, "nested/a.json");
}

TEST(JsonSchemaReader, AnchorsInBothDialects) {
  const Json modern = {{"$defs", {{"a", {{"$anchor", "count"}, {"type", "integer"}}}}},
                       {"$ref", "#count"}};
  const Json draft4 = {{"definitions", {{"a", {{"id", "#count"}, {"type", "integer"}}}}},
                       {"allOf", {{{"$ref", "#count"}}}}};

  const auto a = read_ok(modern);
  const auto b = read_ok(draft4, Dialect::draft4);

  ASSERT_TRUE(a && b);
  EXPECT_EQ(a->root()->ref->resolve()->types, TypeSet(JsonType::integer));
  EXPECT_EQ(a->root()->ref->resolve()->identity.anchor, "count");
  EXPECT_EQ(b->root()->all_of[0]->ref->resolve()->types, TypeSet(JsonType::integer));
}

TEST(JsonSchemaReader, IdInsideAValueIsNotAnIdentifier) {
  // An "$id" in an enum is data: it names nothing, so the reference does not resolve.
  const Json schema = {{"enum", {{{"$id", "http://example.com/x.json"}}}},
                       {"properties", {{"a", {{"$ref", "http://example.com/x.json"}}}}}};

  EXPECT_EQ(first_error(schema),
            "/properties/a/$ref: unresolvable reference 'http://example.com/x.json'");
}

TEST(JsonSchemaReader, IdentifierMistakesAreErrors) {
  EXPECT_EQ(first_error({{"$anchor", "1st"}}),
            "/$anchor: '$anchor' must be a name: a letter or '_', then letters, digits, '-', "
            "'_', '.'");
  EXPECT_EQ(first_error({{"items", {{"$id", "a.json#frag"}}}}),
            "/items/$id: '$id' must not have a fragment (name the schema with '$anchor')");
  EXPECT_EQ(first_error({{"$defs", {{"a", {{"$dynamicAnchor", "a"}}}}},
                         {"$ref", "#/$defs/a"},
                         {"$dynamicRef", "#a"}}),
            "/$dynamicRef: '$ref' and '$dynamicRef' in one schema are not supported");
  EXPECT_EQ(first_error({{"$dynamicRef", "#nowhere"}}),
            "/$dynamicRef: unresolvable reference '#nowhere'");
}

TEST(JsonSchemaReader, DynamicRefToADynamicAnchorIsResolvedAtValidation) {
  const Json schema = {{"$dynamicAnchor", "node"},
                       {"type", "object"},
                       {"properties", {{"next", {{"$dynamicRef", "#node"}}}}}};
  const Json plain = {{"$defs", {{"a", {{"$anchor", "node"}}}}}, {"$dynamicRef", "#node"}};

  const auto dynamic = read_ok(schema);
  const auto static_ref = read_ok(plain);

  ASSERT_TRUE(dynamic && static_ref);
  const auto& ref = *dynamic->root()->object->properties[0].schema->ref;
  EXPECT_TRUE(ref.dynamic);
  EXPECT_EQ(ref.dynamic_anchor, "node");
  EXPECT_NE(dynamic->root()->identity.resource, nullptr);
  // A $dynamicRef to a plain $anchor behaves as $ref: nothing to track.
  EXPECT_TRUE(static_ref->root()->ref->dynamic);
  EXPECT_EQ(static_ref->root()->ref->dynamic_anchor, "");
  EXPECT_EQ(static_ref->root()->identity.resource, nullptr);
}

TEST(JsonSchemaReader, ObjectApplicators) {
  const Json schema = {{"patternProperties", {{"^x-", {{"type", "string"}}}}},
                       {"dependentRequired", {{"a", {"b", "c"}}}},
                       {"dependentSchemas", {{"a", {{"maxProperties", 3}}}}},
                       {"unevaluatedProperties", false},
                       {"additionalProperties", true}};

  const auto doc = read_ok(schema);

  ASSERT_TRUE(doc);
  const auto& rules = *doc->root()->object;
  ASSERT_EQ(rules.pattern_properties.size(), 1U);
  EXPECT_TRUE(rules.pattern_properties[0].compiled->search("x-logo"));
  EXPECT_EQ(rules.pattern_properties[0].schema->types, TypeSet(JsonType::string));
  ASSERT_EQ(rules.dependencies.size(), 1U);
  EXPECT_EQ(rules.dependencies[0].required, (std::vector<std::string>{"b", "c"}));
  EXPECT_EQ(rules.dependencies[0].schema->object->max_properties, 3U);
  EXPECT_TRUE(rules.unevaluated->never);
  // "true" is kept as the empty schema: it evaluates the keys it applies to.
  ASSERT_TRUE(rules.additional);
  EXPECT_TRUE(rules.additional->types.is_all());
  EXPECT_EQ(first_error({{"patternProperties", {{"(", Json::object()}}}}).substr(0, 40),
            "/patternProperties/(: invalid pattern: i");
  EXPECT_EQ(first_error({{"dependentRequired", {{"a", "b"}}}}),
            "/dependentRequired/a: 'dependentRequired' values must be arrays of property names");
}

TEST(JsonSchemaReader, Draft4DependenciesTakeBothForms) {
  const Json schema = {{"dependencies", {{"a", {"b"}}, {"c", {{"required", {"d"}}}}}}};

  const auto doc = read_ok(schema, Dialect::draft4);

  ASSERT_TRUE(doc);
  const auto& dependencies = doc->root()->object->dependencies;
  ASSERT_EQ(dependencies.size(), 2U);
  EXPECT_EQ(dependencies[0].required, (std::vector<std::string>{"b"}));
  EXPECT_FALSE(dependencies[0].schema);
  EXPECT_TRUE(dependencies[1].schema);
  EXPECT_EQ(first_error({{"dependencies", {{"a", 1}}}}, Dialect::draft4),
            "/dependencies/a: a dependency must be a schema or an array of property names");
}

TEST(JsonSchemaReader, ConditionalsAndContains) {
  const auto doc = read_ok({{"if", {{"type", "string"}}},
                            {"then", {{"minLength", 2}}},
                            {"contains", {{"type", "integer"}}},
                            {"minContains", 2},
                            {"unevaluatedItems", false}});
  const auto lone_then = read_ok({{"then", {{"type", "string"}}}});

  ASSERT_TRUE(doc && lone_then);
  EXPECT_EQ(doc->root()->if_schema->types, TypeSet(JsonType::string));
  EXPECT_EQ(doc->root()->then_schema->string->min_length, 2U);
  EXPECT_FALSE(doc->root()->else_schema);
  EXPECT_EQ(doc->root()->array->contains->types, TypeSet(JsonType::integer));
  EXPECT_EQ(doc->root()->array->min_contains, 2U);
  EXPECT_TRUE(doc->root()->array->unevaluated->never);
  // Without "if", "then" has no effect and is not read.
  EXPECT_FALSE(lone_then->root()->then_schema);
  EXPECT_EQ(first_error({{"maxContains", -1}}),
            "/maxContains: 'maxContains' must be a non-negative integer");
}

TEST(JsonSchemaReader, FormatsCanBeAnnotationsOnly) {
  JsonSchemaReader::Options options;
  options.assert_formats = false;
  auto result = JsonSchemaReader(options).read(Json{{"format", "email"}});

  ASSERT_TRUE(std::holds_alternative<Document>(result));
  const auto& rules = *std::get<Document>(result)->root()->string;
  EXPECT_EQ(rules.format, StringFormat::none);
  EXPECT_EQ(rules.format_name, "email");
}

TEST(JsonSchemaReader, ReadsAtAPointerInsideADocument) {
  const Json openapi = {{"components", {{"schemas", {
      {"Pet", {{"type", "object"}, {"properties", {{"owner", {{"$ref",
                                                   "#/components/schemas/Owner"}}}}}}},
      {"Owner", {{"type", "string"}}}}}}}};

  const JsonSchemaReader reader({Dialect::openapi_3_0, {}});
  auto result = reader.read(openapi, "/components/schemas/Pet");

  ASSERT_TRUE(std::holds_alternative<Document>(result));
  const auto& pet = std::get<Document>(result)->root();
  EXPECT_EQ(pet->meta.name, "Pet");
  EXPECT_EQ(pet->object->properties[0].schema->ref->component, "Owner");
  EXPECT_EQ(std::get<std::vector<SchemaError>>(JsonSchemaReader().read(openapi, "/nope"))
                .front().message, "no schema at this pointer");
}

TEST(JsonSchemaReader, IdentifiersOfOtherSchemasOfADocument) {
  // Read at a pointer: an anchor in a sibling component, and a component with its own "$id"
  // whose relative reference resolves against it.
  const Json openapi = {
      {"components",
       {{"schemas",
         {{"Pet",
           {{"properties",
             {{"tag", {{"$ref", "#tag"}}}, {"owner", {{"$ref", "#/components/schemas/Owner"}}}}}}},
          {"Tag", {{"$anchor", "tag"}, {"type", "string"}}},
          {"Owner",
           {{"$id", "https://example.com/people/owner.json"},
            {"properties", {{"name", {{"$ref", "name.json"}}}}}}},
          {"Name", {{"$id", "https://example.com/people/name.json"}, {"type", "string"}}}}}}}};

  auto result =
      JsonSchemaReader({Dialect::openapi_3_1, {}}).read(openapi, "/components/schemas/Pet");

  ASSERT_TRUE(std::holds_alternative<Document>(result))
      << std::get<std::vector<SchemaError>>(result).front().message;
  const auto& pet = *std::get<Document>(result)->root();
  EXPECT_EQ(pet.object->properties[0].schema->ref->resolve()->meta.name, "Tag");
  const Node* owner = pet.object->properties[1].schema->ref->resolve();
  EXPECT_EQ(owner->object->properties[0].schema->ref->resolve()->meta.name, "Name");
}

TEST(JsonSchemaReader, DiscriminatorMappingExplicitAndImplicit) {
  const Json openapi = {{"components", {{"schemas", {{"Cat", Json::object()},
                                                     {"Dog", Json::object()}}}}},
                        {"explicit", {{"oneOf", {{{"$ref", "#/components/schemas/Cat"}}}},
                                      {"discriminator", {{"propertyName", "kind"},
                                                         {"mapping", {{"c", "Cat"}}}}}}},
                        {"implicit", {{"discriminator", {{"propertyName", "kind"}}},
                                      {"oneOf", {{{"$ref", "#/components/schemas/Dog"}}}}}}};
  const JsonSchemaReader reader({Dialect::openapi_3_0, {}});

  const auto a = std::get<Document>(reader.read(openapi, "/explicit"));
  const auto b = std::get<Document>(reader.read(openapi, "/implicit"));

  EXPECT_EQ(a->root()->discriminator->mapping.at(0).first, "c");
  EXPECT_EQ(a->root()->discriminator->mapping.at(0).second->ref->component, "Cat");
  EXPECT_EQ(b->root()->discriminator->mapping.at(0).first, "Dog");
}

TEST(JsonSchemaReader, DeepNestingIsAnErrorNotACrash) {
  Json schema = Json::object();
  for (int i = 0; i < 5000; ++i) schema = Json{{"not", std::move(schema)}};

  EXPECT_NE(first_error(schema).find("nested deeper than"), std::string::npos);
}

// Write, read back, write again: the same JSON in both dialects.
void expect_round_trip(const std::string& file, Dialect dialect) {
  const Json original = load(file);
  const Json document = {{"components", {{"schemas", original["components"]}}},
                         {"schema", original["schema"]}};
  auto result = JsonSchemaReader({dialect, {}}).read(document, "/schema");
  ASSERT_TRUE(std::holds_alternative<Document>(result))
      << std::get<std::vector<SchemaError>>(result).front().pointer << " "
      << std::get<std::vector<SchemaError>>(result).front().message;

  JsonSchemaWriter writer({.dialect = dialect});
  const Json again = writer.write(*std::get<Document>(result)->root());

  EXPECT_EQ(again.dump(2), original["schema"].dump(2));
  EXPECT_EQ(writer.components().dump(2), original["components"].dump(2));
}

TEST(JsonSchemaRoundTrip, OpenApi30) {
  expect_round_trip("round-trip.openapi-3.0.json", Dialect::openapi_3_0);
}

TEST(JsonSchemaRoundTrip, OpenApi31) {
  expect_round_trip("round-trip.openapi-3.1.json", Dialect::openapi_3_1);
}

}  // namespace
}  // namespace accord::schema
