// JsonSchemaReader: JSON Schema (draft 4, 2020-12, OpenAPI 3.0 / 3.1) to schema Nodes.
// The walk and the keyword table are here; the keyword handlers are in
// json_schema_keywords.cpp and json_schema_members.cpp, references and cycles in
// json_schema_refs.cpp.

#include "schema/json_schema_reader.hpp"

#include <algorithm>

namespace accord::schema::detail {
namespace {

// Deepest nesting of schemas read; deeper input is an error, not a stack overflow.
constexpr std::size_t kMaxDepth = 200;

unsigned dialect_bit(Dialect dialect) {
  switch (dialect) {
    case Dialect::draft4: return kDraft4;
    case Dialect::openapi_3_0: return kOpenApi30;
    case Dialect::openapi_3_1: return kOpenApi31;
    case Dialect::draft2020_12: return kDraft2020;
  }
  return kDraft2020;
}

// The name a schema gets from where it is defined: /components/schemas/X, /$defs/X, ...
std::string component_name(const SchemaLocation& where) {
  if (where.document != 0) return {};
  const auto segments = split_pointer(where.pointer);
  if (!segments) return {};
  const auto& s = *segments;
  if (s.size() == 3 && s[0] == "components" && s[1] == "schemas") return s[2];
  if (s.size() == 2 && (s[0] == "$defs" || s[0] == "definitions")) return s[1];
  return {};
}

}  // namespace

const std::map<std::string, SchemaReadContext::Keyword, std::less<>>&
SchemaReadContext::keywords() {
  using C = SchemaReadContext;
  static const std::map<std::string, Keyword, std::less<>> table{
      {"type", {&C::on_type, kAll}},
      {"enum", {&C::on_enum, kAll}},
      {"const", {&C::on_const, kOpenApi30 | kModern}},
      {"nullable", {&C::on_nullable, kOpenApi30}},
      {"minLength", {&C::on_string, kAll}},
      {"maxLength", {&C::on_string, kAll}},
      {"pattern", {&C::on_pattern, kAll}},
      {"format", {&C::on_format, kAll}},
      {"minimum", {&C::on_number, kAll}},
      {"maximum", {&C::on_number, kAll}},
      {"multipleOf", {&C::on_number, kAll}},
      {"exclusiveMinimum", {&C::on_exclusive, kAll}},
      {"exclusiveMaximum", {&C::on_exclusive, kAll}},
      {"items", {&C::on_items, kAll}},
      {"prefixItems", {&C::on_prefix_items, kModern}},
      {"additionalItems", {&C::on_additional_items, kDraft4}},
      {"minItems", {&C::on_array_limit, kAll}},
      {"maxItems", {&C::on_array_limit, kAll}},
      {"uniqueItems", {&C::on_array_limit, kAll}},
      {"properties", {&C::on_properties, kAll}},
      {"required", {&C::on_required, kAll}},
      {"additionalProperties", {&C::on_additional_properties, kAll}},
      {"minProperties", {&C::on_object_limit, kAll}},
      {"maxProperties", {&C::on_object_limit, kAll}},
      {"propertyNames", {&C::on_property_names, kModern}},
      {"allOf", {&C::on_composition, kAll}},
      {"anyOf", {&C::on_composition, kAll}},
      {"oneOf", {&C::on_composition, kAll}},
      {"not", {&C::on_not, kAll}},
      {"discriminator", {&C::on_discriminator, kOpenApi}},
      {"$defs", {&C::on_definitions, kAll}},
      {"definitions", {&C::on_definitions, kAll}},
      {"title", {&C::on_annotation, kAll}},
      {"description", {&C::on_annotation, kAll}},
      {"default", {&C::on_annotation, kAll}},
      {"examples", {&C::on_annotation, kAll}},
      {"example", {&C::on_example, kOpenApi}},
      {"deprecated", {&C::on_flag, kOpenApi | kDraft2020}},
      {"readOnly", {&C::on_flag, kOpenApi | kDraft2020}},
      {"writeOnly", {&C::on_flag, kOpenApi | kDraft2020}},
      {"$comment", {&C::on_ignored, kModern}},
      {"$schema", {&C::on_ignored, kAll}},
      {"externalDocs", {&C::on_ignored, kOpenApi}},
      {"xml", {&C::on_ignored, kOpenApi}},
      {"$id", {&C::on_id, kModern}},
      {"id", {&C::on_id, kDraft4}},
      {"patternProperties", {&C::on_pattern_properties, kDraft4 | kModern}},
      {"dependencies", {&C::on_dependencies, kDraft4}},
      {"dependentRequired", {&C::on_dependent_required, kModern}},
      {"dependentSchemas", {&C::on_dependent_schemas, kModern}},
      {"if", {&C::on_if, kModern}},
      {"then", {&C::on_then_else, kModern}},
      {"else", {&C::on_then_else, kModern}},
      {"unevaluatedProperties", {&C::on_unevaluated, kModern}},
      {"unevaluatedItems", {&C::on_unevaluated, kModern}},
      {"contains", {&C::on_contains, kModern}},
      {"minContains", {&C::on_contains_limit, kModern}},
      {"maxContains", {&C::on_contains_limit, kModern}},
      {"$anchor", {&C::on_anchor, kModern}},
      {"$dynamicAnchor", {&C::on_anchor, kModern}},
      {"$dynamicRef", {&C::on_dynamic_ref, kModern}},
      // 2020-12 makes the content keywords annotations: they never fail a value.
      {"contentMediaType", {&C::on_ignored, kModern}},
      {"contentEncoding", {&C::on_ignored, kModern}},
      {"contentSchema", {&C::on_ignored, kModern}},
  };
  return table;
}

SchemaReadContext::SchemaReadContext(const JsonSchemaReader::Options& options,
                                     const Json& document)
    : options_(options) {
  documents_.push_back({&document, {}});
}

bool SchemaReadContext::allows(unsigned dialects) const {
  return (dialects & dialect_bit(options_.dialect)) != 0;
}

void SchemaReadContext::error(const SchemaLocation& where, std::string message) {
  errors_.push_back({label(where), std::move(message)});
}

std::vector<NodePtr> SchemaReadContext::nodes() const {
  std::vector<NodePtr> out;
  out.reserve(cache_.size());
  for (const auto& entry : cache_) out.push_back(entry.second);
  return out;
}

std::shared_ptr<Node> SchemaReadContext::read_root(std::string_view pointer) {
  if (pointer.starts_with('#')) pointer.remove_prefix(1);
  const auto segments = split_pointer(pointer);
  SchemaLocation root{0, {}};
  for (const auto& segment : segments.value_or(std::vector<std::string>{})) {
    root = root.child(segment);
  }

  const Json* json = segments ? find(root) : nullptr;
  if (json == nullptr) {
    error(SchemaLocation{0, std::string(pointer)}, "no schema at this pointer");
    return nullptr;
  }

  const char* id_key = allows(kDraft4) ? "id" : "$id";
  if (json->is_object() && json->contains(id_key) && (*json)[id_key].is_string()) {
    const auto id = (*json)[id_key].get<std::string>();
    documents_[0].base_uri = id.substr(0, id.find('#'));
  }
  index_main_document(*json, root);
  auto node = read_schema(*json, root);
  resolve_pending();
  if (dynamic_refs_) build_resources();
  if (errors_.empty()) check_cycles();
  return node;
}

std::shared_ptr<Node> SchemaReadContext::read_child(const Json& value,
                                                    const SchemaLocation& where) {
  if (depth_ >= kMaxDepth) {
    error(where, "schemas nested deeper than " + std::to_string(kMaxDepth));
    return std::make_shared<Node>();
  }
  ++depth_;
  auto node = read_schema(value, where);
  --depth_;
  return node;
}

std::shared_ptr<Node> SchemaReadContext::read_schema(const Json& value,
                                                     const SchemaLocation& where) {
  if (auto it = cache_.find(where); it != cache_.end()) return it->second;

  auto node = std::make_shared<Node>();
  cache_.emplace(where, node);
  where_.emplace(node.get(), where);
  node->meta.name = component_name(where);

  if (value.is_boolean()) {
    if (!allows(kModern)) error(where, "a boolean schema is not allowed in this dialect");
    node->never = !value.get<bool>();
  } else if (!value.is_object()) {
    error(where, "a schema must be an object");
  } else {
    read_keywords(*node, value, where);
  }
  return node;
}

void SchemaReadContext::read_keywords(Node& node, const Json& schema,
                                      const SchemaLocation& where) {
  // Draft 4 and OpenAPI 3.0 ignore every keyword beside "$ref".
  const bool ref_alone = allows(kDraft4 | kOpenApi30);
  if (auto it = schema.find("$ref"); it != schema.end()) {
    const auto at = where.child("$ref");
    if (it->is_string()) {
      add_ref(node, it->get<std::string>(), at, false);
    } else {
      error(at, "'$ref' must be a string");
    }
    if (ref_alone) return;
  }

  for (const auto& [key, value] : schema.items()) {
    if (key != "$ref" && key != "discriminator") read_keyword(node, schema, key, where);
  }
  // The discriminator may derive its mapping from oneOf / anyOf, so it comes last.
  if (schema.contains("discriminator")) read_keyword(node, schema, "discriminator", where);
  finish_object(node, schema, where);
}

void SchemaReadContext::read_keyword(Node& node, const Json& schema, const std::string& key,
                                     const SchemaLocation& where) {
  const auto at = where.child(key);
  const Json& value = schema[key];
  if (key.starts_with("x-")) {
    node.meta.extensions[key] = value;
    return;
  }

  const auto& table = keywords();
  const auto entry = table.find(key);
  if (entry == table.end() || !allows(entry->second.dialects)) {
    error(at, "unsupported keyword '" + key + "'");
    return;
  }
  (this->*entry->second.handler)(node, schema, value, at);
}

void SchemaReadContext::finish_object(Node& node, const Json& schema,
                                      const SchemaLocation& where) {
  const bool object_type = !node.types.is_all() && node.types.has(JsonType::object);
  if (object_type) object_rules(node);

  const auto required = schema.find("required");
  if (required == schema.end() || !required->is_array()) return;

  auto& rules = object_rules(node);
  for (const auto& name : *required) {
    if (!name.is_string()) continue;
    const auto key = name.get<std::string>();
    auto it = std::find_if(rules.properties.begin(), rules.properties.end(),
                           [&](const Property& p) { return p.name == key; });
    if (it != rules.properties.end()) {
      it->required = true;
    } else {
      rules.properties.push_back({key, read_child(Json::object(), where.child("required")), true});
    }
  }
}

}  // namespace accord::schema::detail
