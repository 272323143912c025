#include <fstream>
#include <limits>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <string>

#include <gtest/gtest.h>

#include "accord/schema/json_schema.hpp"
#include "accord/schema/node.hpp"

namespace accord::schema {
namespace {

Json write(const Node& node, Dialect dialect) {
  JsonSchemaWriter writer({.dialect = dialect});
  return writer.write(node);
}

Json write30(const Node& node) { return write(node, Dialect::openapi_3_0); }
Json write31(const Node& node) { return write(node, Dialect::openapi_3_1); }

Json load(const std::string& name) {
  std::ifstream in(std::string(ACCORD_SOURCE_DIR) + "/tests/data/json-schema/" + name);
  std::stringstream text;
  text << in.rdbuf();
  return Json::parse(text.str());
}

Node typed(JsonType type) {
  Node node;
  node.types = type;
  return node;
}

NodePtr share(Node node) { return std::make_shared<const Node>(std::move(node)); }

Node string_node() {
  Node node = typed(JsonType::string);
  node.string = StringRules{};
  return node;
}

Node integer_node(std::int64_t min, std::uint64_t max, std::string name, std::string format) {
  Node node = typed(JsonType::integer);
  node.number = NumberRules{};
  node.number->range = IntegerRange{min, max, std::move(name)};
  node.number->format = std::move(format);
  return node;
}

Node named_object(std::string name, std::string property) {
  Node node = typed(JsonType::object);
  node.meta.name = std::move(name);
  node.object = ObjectRules{};
  node.object->properties.push_back({std::move(property), share(string_node()), true});
  return node;
}

Node ref_node(std::string component, const Node* target) {
  Node node;
  node.ref = Reference{std::move(component), {}, [target] { return target; }};
  return node;
}

TEST(JsonSchemaWriter, StringConstraintsInKeyOrder) {
  Node node = string_node();
  node.string->min_length = 1;
  node.string->max_length = 64;
  node.string->pattern = "^[a-z]+$";
  node.string->format = StringFormat::email;
  node.meta.description = "a mailbox";

  EXPECT_EQ(write31(node).dump(),
            R"({"type":"string","format":"email","minLength":1,"maxLength":64,)"
            R"("pattern":"^[a-z]+$","description":"a mailbox"})");
}

TEST(JsonSchemaWriter, UncheckedFormatNameIsKept) {
  Node node = string_node();
  node.string->format_name = "iri-reference";

  EXPECT_EQ(write30(node).dump(), R"({"type":"string","format":"iri-reference"})");
}

TEST(JsonSchemaWriter, NullableByDialect) {
  Node node = string_node();
  node.nullable = true;

  EXPECT_EQ(write30(node).dump(), R"({"type":"string","nullable":true})");
  EXPECT_EQ(write31(node).dump(), R"({"type":["string","null"]})");
}

TEST(JsonSchemaWriter, SeveralTypesIn30BecomeAnyOf) {
  Node node = typed(JsonType::string);
  node.types.add(JsonType::integer);

  EXPECT_EQ(write30(node).dump(), R"({"anyOf":[{"type":"string"},{"type":"integer"}]})");
  EXPECT_EQ(write31(node).dump(), R"({"type":["string","integer"]})");
}

TEST(JsonSchemaWriter, ExclusiveBoundsByDialect) {
  Node node = typed(JsonType::number);
  node.number = NumberRules{};
  node.number->exclusive_minimum = 0;
  node.number->maximum = 1.5;
  node.number->multiple_of = 0.5;

  EXPECT_EQ(write30(node).dump(),
            R"({"type":"number","minimum":0,"exclusiveMinimum":true,"maximum":1.5,)"
            R"("multipleOf":0.5})");
  EXPECT_EQ(write31(node).dump(),
            R"({"type":"number","exclusiveMinimum":0,"maximum":1.5,"multipleOf":0.5})");
}

TEST(JsonSchemaWriter, IntegerFormatImpliesItsRange) {
  const auto int32 = integer_node(std::numeric_limits<std::int32_t>::min(),
                                  std::numeric_limits<std::int32_t>::max(), "int32", "int32");
  const auto int64 = integer_node(std::numeric_limits<std::int64_t>::min(),
                                  std::numeric_limits<std::int64_t>::max(), "int64", "int64");

  EXPECT_EQ(write31(int32).dump(), R"({"type":"integer","format":"int32"})");
  EXPECT_EQ(write30(int64).dump(), R"({"type":"integer","format":"int64"})");
}

TEST(JsonSchemaWriter, IntegerRangeWithoutFormatIsWrittenAsBounds) {
  const auto uint8 = integer_node(0, 255, "uint8", "");
  const auto uint32 = integer_node(0, 4294967295U, "uint32", "int64");
  auto small = integer_node(-32768, 32767, "int16", "int32");
  small.number->minimum = 10;

  EXPECT_EQ(write31(uint8).dump(), R"({"type":"integer","minimum":0,"maximum":255})");
  EXPECT_EQ(write31(uint32).dump(),
            R"({"type":"integer","format":"int64","minimum":0,"maximum":4294967295})");
  EXPECT_EQ(write31(small).dump(),
            R"({"type":"integer","format":"int32","minimum":10,"maximum":32767})");
}

TEST(JsonSchemaWriter, ConstAndEnum) {
  Node constant = string_node();
  constant.const_value = "cat";
  Node choice = string_node();
  choice.enum_values = std::vector<Json>{"a", "b"};

  EXPECT_EQ(write30(constant).dump(), R"({"type":"string","enum":["cat"]})");
  EXPECT_EQ(write31(constant).dump(), R"({"type":"string","const":"cat"})");
  EXPECT_EQ(write31(choice).dump(), R"({"type":"string","enum":["a","b"]})");
}

TEST(JsonSchemaWriter, MetadataAndExtensions) {
  Node node = typed(JsonType::boolean);
  node.meta.title = "Flag";
  node.meta.description = "on or off";
  node.meta.default_value = false;
  node.meta.examples = {true, false};
  node.meta.deprecated = true;
  node.meta.read_only = true;
  node.meta.write_only = true;
  node.meta.extensions = {{"x-internal", true}};

  EXPECT_EQ(write30(node).dump(),
            R"({"type":"boolean","title":"Flag","description":"on or off","default":false,)"
            R"("example":true,"deprecated":true,"readOnly":true,"writeOnly":true,)"
            R"("x-internal":true})");
  EXPECT_EQ(write31(node)["examples"].dump(), "[true,false]");
}

TEST(JsonSchemaWriter, RefinementsAreNotWritten) {
  Node node = string_node();
  node.refinements.push_back({"must be upper case", "upper", [](const Json&) { return true; }});

  EXPECT_EQ(write31(node).dump(), R"({"type":"string"})");
}

TEST(JsonSchemaWriter, NeverByDialect) {
  Node node;
  node.never = true;

  EXPECT_EQ(write30(node).dump(), R"({"not":{}})");
  EXPECT_EQ(write31(node).dump(), "false");
}

TEST(JsonSchemaWriter, NamedNodesBecomeComponentsInFirstUseOrder) {
  const auto pet = share(named_object("Pet", "name"));
  const auto owner = share(named_object("Owner", "email"));
  Node pair = typed(JsonType::object);
  pair.object = ObjectRules{};
  pair.object->properties = {{"pet", pet, true}, {"owner", owner, false}, {"again", pet, true}};

  JsonSchemaWriter writer;
  const Json out = writer.write(pair);

  EXPECT_EQ(out, load("named.openapi-3.1.json")["schema"]);
  EXPECT_EQ(writer.components(), load("named.openapi-3.1.json")["components"]);
}

TEST(JsonSchemaWriter, NamedRootIsARefUnlessInlined) {
  const Node pet = named_object("Pet", "name");
  JsonSchemaWriter writer;

  EXPECT_EQ(writer.write(pet).dump(), R"({"$ref":"#/components/schemas/Pet"})");
  EXPECT_EQ(writer.write(pet, true), writer.components()["Pet"]);
}

TEST(JsonSchemaWriter, EqualBodiesMayShareAName) {
  const Node first = named_object("Pet", "name");
  const Node second = named_object("Pet", "name");
  JsonSchemaWriter writer;
  writer.write(first);

  EXPECT_NO_THROW(writer.write(second));
  EXPECT_EQ(writer.components().size(), 1U);
}

TEST(JsonSchemaWriter, DifferentBodiesUnderOneNameThrow) {
  const Node first = named_object("Pet", "name");
  const Node second = named_object("Pet", "species");
  JsonSchemaWriter writer;
  writer.write(first);

  try {
    writer.write(second);
    FAIL() << "expected std::logic_error";
  } catch (const std::logic_error& error) {
    EXPECT_STREQ(error.what(), "two different schemas are named 'Pet'");
  }
}

TEST(JsonSchemaWriter, RefWithSiblingsByDialect) {
  const Node pet = named_object("Pet", "name");
  Node node = ref_node("Pet", &pet);
  node.meta.description = "the pet";

  EXPECT_EQ(write30(node).dump(),
            R"({"allOf":[{"$ref":"#/components/schemas/Pet"}],"description":"the pet"})");
  EXPECT_EQ(write31(node).dump(),
            R"({"$ref":"#/components/schemas/Pet","description":"the pet"})");
}

TEST(JsonSchemaWriter, NullableRefByDialect) {
  const Node pet = named_object("Pet", "name");
  Node node = ref_node("Pet", &pet);
  node.nullable = true;

  EXPECT_EQ(write30(node).dump(),
            R"({"nullable":true,"allOf":[{"$ref":"#/components/schemas/Pet"}]})");
  EXPECT_EQ(write31(node).dump(),
            R"({"anyOf":[{"$ref":"#/components/schemas/Pet"},{"type":"null"}]})");
}

TEST(JsonSchemaWriter, BareRefWritesTargetIntoComponents) {
  const Node pet = named_object("Pet", "name");
  JsonSchemaWriter writer;

  EXPECT_EQ(writer.write(ref_node("Pet", &pet)).dump(), R"({"$ref":"#/components/schemas/Pet"})");
  EXPECT_EQ(writer.components()["Pet"]["required"].dump(), R"(["name"])");
}

TEST(JsonSchemaWriter, RecursiveComponentThroughRef) {
  auto tree = std::make_shared<Node>(named_object("Tree", "label"));
  Node children = typed(JsonType::array);
  children.array = ArrayRules{};
  children.array->items = share(ref_node("Tree", tree.get()));
  tree->object->properties.push_back({"children", share(std::move(children)), false});

  JsonSchemaWriter writer;
  writer.write(*tree);

  EXPECT_EQ(writer.components(), load("recursive.openapi-3.1.json"));
}

TEST(JsonSchemaWriter, AnonymousSelfReferenceThrows) {
  auto list = std::make_shared<Node>(typed(JsonType::array));
  list->array = ArrayRules{};
  list->array->items = list;

  EXPECT_THROW(write31(*list), std::logic_error);
  list->array->items.reset();  // break the cycle
}

TEST(JsonSchemaWriter, RecordsAndUnknownKeys) {
  Node record = typed(JsonType::object);
  record.object = ObjectRules{};
  record.object->additional = share(typed(JsonType::integer));
  Node strict = typed(JsonType::object);
  strict.object = ObjectRules{};
  strict.object->unknown_keys = UnknownKeys::strict;
  Node strip = typed(JsonType::object);
  strip.object = ObjectRules{};

  EXPECT_EQ(write31(record).dump(),
            R"({"type":"object","additionalProperties":{"type":"integer"}})");
  EXPECT_EQ(write31(strict).dump(), R"({"type":"object","additionalProperties":false})");
  EXPECT_EQ(write31(strip).dump(), R"({"type":"object"})");
}

TEST(JsonSchemaWriter, TupleByDialect) {
  Node tuple = typed(JsonType::array);
  tuple.array = ArrayRules{};
  tuple.array->prefix_items = {share(string_node()), share(typed(JsonType::integer))};
  tuple.array->closed = true;
  tuple.array->min_items = 2;

  EXPECT_EQ(write30(tuple).dump(),
            R"({"type":"array","items":{"anyOf":[{"type":"string"},{"type":"integer"}]},)"
            R"("minItems":2,"maxItems":2})");
  EXPECT_EQ(write31(tuple).dump(),
            R"({"type":"array","prefixItems":[{"type":"string"},{"type":"integer"}],)"
            R"("items":false,"minItems":2})");
}

TEST(JsonSchemaWriter, DiscriminatorWritesOneOfAndMapping) {
  const auto cat = share(named_object("Cat", "kind"));
  const auto dog = share(named_object("Dog", "kind"));
  Node pet;
  pet.discriminator = Discriminator{"kind", {{"cat", cat}, {"dog", dog}}};

  EXPECT_EQ(write30(pet), load("discriminator.json"));
}

TEST(JsonSchemaWriter, CompositionKeywords) {
  Node node;
  node.all_of = {share(string_node())};
  node.any_of = {share(typed(JsonType::integer))};
  node.not_schema = share(typed(JsonType::null));

  EXPECT_EQ(write31(node).dump(),
            R"({"allOf":[{"type":"string"}],"anyOf":[{"type":"integer"}],)"
            R"("not":{"type":"null"}})");
}

TEST(JsonSchemaWriter, ArrayAndObjectLimits) {
  Node node = typed(JsonType::object);
  node.object = ObjectRules{};
  node.object->min_properties = 1;
  node.object->max_properties = 3;
  node.object->property_names = share(string_node());
  Node list = typed(JsonType::array);
  list.array = ArrayRules{};
  list.array->items = share(string_node());
  list.array->min_items = 1;
  list.array->max_items = 2;
  list.array->unique_items = true;

  EXPECT_EQ(write31(node).dump(),
            R"({"type":"object","minProperties":1,"maxProperties":3,)"
            R"("propertyNames":{"type":"string"}})");
  EXPECT_EQ(write30(node).dump(), R"({"type":"object","minProperties":1,"maxProperties":3})");
  EXPECT_EQ(write31(list).dump(),
            R"({"type":"array","items":{"type":"string"},"minItems":1,"maxItems":2,)"
            R"("uniqueItems":true})");
}

}  // namespace
}  // namespace accord::schema
