#include "document_walk.hpp"

#include <array>
#include <algorithm>

#include "accord/openapi/source_map.hpp"

namespace accord::openapi {
namespace {

// Keywords whose members are names mapped to schemas: a member called "example" there is a
// property, not an example.
bool maps_names_to_schemas(std::string_view token) {
  return token == "properties" || token == "patternProperties" || token == "$defs" ||
         token == "definitions" || token == "dependentSchemas" || token == "schemas";
}

// Objects whose members are names mapped to OpenAPI objects.
bool maps_names_to_objects(std::string_view token) {
  return token == "responses" || token == "examples" || token == "headers" ||
         token == "links" || token == "callbacks" || token == "parameters" ||
         token == "securitySchemes" || token == "requestBodies" || token == "content" ||
         token == "encoding" || token == "variables" || token == "pathItems" ||
         token == "paths" || token == "webhooks";
}

template <std::size_t N>
bool one_of(std::string_view token, const std::array<std::string_view, N>& names) {
  return std::find(names.begin(), names.end(), token) != names.end();
}

}  // namespace

bool is_literal_member(const std::vector<std::string>& parent_tokens, std::string_view key,
                       bool value_is_array) {
  if (!parent_tokens.empty() && maps_names_to_schemas(parent_tokens.back())) return false;
  if (key.starts_with("x-")) return true;
  // In maps of named objects ("responses", "examples", ...) every key is a name: a response
  // called "default", an example called "example".
  if (!parent_tokens.empty() && maps_names_to_objects(parent_tokens.back())) return false;
  if (key == "example" || key == "default" || key == "enum" || key == "const") return true;
  // A schema's examples are a list of values; a media type's are named Example Objects.
  if (key == "examples" && value_is_array) return true;
  return key == "value" && parent_tokens.size() >= 2 &&
         parent_tokens[parent_tokens.size() - 2] == "examples";
}

std::string component_kind_at(const std::vector<std::string>& tokens) {
  static constexpr std::array<std::string_view, 13> kSchemaSlots = {
      "schema",          "items",    "additionalProperties", "not",  "contains",
      "propertyNames",   "if",       "then",                 "else", "unevaluatedProperties",
      "unevaluatedItems", "additionalItems", "contentSchema"};
  static constexpr std::array<std::string_view, 9> kSchemaMaps = {
      "properties", "patternProperties", "$defs",  "definitions", "dependentSchemas",
      "allOf",      "anyOf",             "oneOf",  "prefixItems"};
  if (tokens.empty()) return "";
  const std::string& last = tokens.back();
  const std::string parent = tokens.size() >= 2 ? tokens[tokens.size() - 2] : "";
  if (one_of(parent, kSchemaMaps)) return "schemas";
  if (one_of(last, kSchemaSlots)) return "schemas";
  if (last == "requestBody") return "requestBodies";
  if (parent == "schemas" || parent == "parameters" || parent == "responses" ||
      parent == "headers" || parent == "examples" || parent == "links" ||
      parent == "callbacks" || parent == "securitySchemes" || parent == "requestBodies" ||
      parent == "pathItems") {
    return parent;
  }
  // Path items are copied in place: the official 3.1 schema (2022-10-07) refuses "$ref" under
  // "paths", although the specification allows it.
  return "";
}

std::string pointer_of(const std::vector<std::string>& tokens) {
  std::string pointer;
  for (const auto& token : tokens) append_pointer_token(pointer, token);
  return pointer;
}

}  // namespace accord::openapi
