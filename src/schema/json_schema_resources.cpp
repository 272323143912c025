// JsonSchemaReader: schema resources ("$id"), anchors ("$anchor", "$dynamicAnchor", draft 4
// "id": "#name") and the resources "$dynamicRef" needs at validation time.
//
// Before a document's schemas are read, its schema positions are scanned once: every "$id"
// starts a resource (its URI resolved against the enclosing one) and every anchor is recorded
// as "resource-uri#name". Only schema positions are scanned (the values of properties, items,
// allOf, ...), so an "$id" inside an enum or a const is data, not an identifier.

#include <array>
#include <string_view>

#include "schema/json_schema_reader.hpp"

namespace accord::schema::detail {
namespace {

// Deepest nesting scanned for identifiers; reading reports deeper schemas as errors anyway.
constexpr std::size_t kMaxScanDepth = 200;

// Keywords whose value is one schema.
constexpr std::array<std::string_view, 11> kSchemaKeywords{"additionalProperties",
                                                           "propertyNames",
                                                           "items",
                                                           "additionalItems",
                                                           "contains",
                                                           "not",
                                                           "if",
                                                           "then",
                                                           "else",
                                                           "unevaluatedItems",
                                                           "unevaluatedProperties"};

// Keywords whose value is an array of schemas.
constexpr std::array<std::string_view, 5> kSchemaListKeywords{"allOf", "anyOf", "oneOf",
                                                              "prefixItems", "items"};

// Keywords whose value maps names to schemas.
constexpr std::array<std::string_view, 6> kSchemaMapKeywords{
    "properties", "patternProperties", "$defs", "definitions", "dependentSchemas", "dependencies"};

SchemaLocation parent_of(const SchemaLocation& where) {
  return {where.document, where.pointer.substr(0, where.pointer.rfind('/'))};
}

}  // namespace

void SchemaReadContext::register_resource(const std::string& uri, const SchemaLocation& where) {
  resources_by_uri_.emplace(uri, where);
  resource_uris_[where] = uri;
}

void SchemaReadContext::index_main_document(const Json& root_schema, const SchemaLocation& root) {
  // The document itself is the outermost resource: "#/..." points into the whole document,
  // even when the schema read sits deeper in it (an OpenAPI file).
  const std::string base = documents_[0].base_uri;
  register_resource(base, SchemaLocation{0, {}});
  scanned_.insert(root);
  scan(root_schema, root, base, true, 0);
  if (root.pointer.empty()) return;

  // A schema inside a larger document may refer to anchors of its sibling schemas.
  for (const char* folder : {"/components/schemas", "/$defs", "/definitions"}) {
    const SchemaLocation at{0, folder};
    const Json* schemas = find(at);
    if (schemas == nullptr || !schemas->is_object()) continue;
    for (const auto& [name, schema] : schemas->items()) {
      const auto where = at.child(name);
      if (scanned_.insert(where).second) scan(schema, where, base, false, 0);
    }
  }
}

void SchemaReadContext::index_document(std::size_t document) {
  const SchemaLocation root{document, {}};
  register_resource(documents_[document].base_uri, root);
  scanned_.insert(root);
  scan(*documents_[document].json, root, documents_[document].base_uri, false, 0);
}

void SchemaReadContext::scan(const Json& schema, const SchemaLocation& where, std::string base,
                             bool first, std::size_t depth) {
  if (!schema.is_object() || depth > kMaxScanDepth) return;
  // Draft 4 and OpenAPI 3.0 ignore everything beside "$ref", identifiers included.
  const bool legacy = allows(kDraft4 | kOpenApi30);
  if (legacy && schema.contains("$ref")) return;

  const auto id = schema.find(allows(kDraft4) ? "id" : "$id");
  if (!first && id != schema.end() && id->is_string() && !allows(kOpenApi30)) {
    const auto& text = id->get_ref<const std::string&>();
    const auto hash = text.find('#');
    if (hash != 0) {
      base = resolve_uri(base, std::string_view(text).substr(0, hash));
      register_resource(base, where);
    }
    // Draft 4 names a schema with a fragment-only id: "id": "#foo".
    if (hash != std::string::npos && hash + 1 < text.size() && allows(kDraft4)) {
      anchors_.emplace(base + text.substr(hash), where);
    }
  }
  if (allows(kModern)) {
    if (auto it = schema.find("$anchor"); it != schema.end() && it->is_string()) {
      anchors_.emplace(base + "#" + it->get<std::string>(), where);
    }
    if (auto it = schema.find("$dynamicAnchor"); it != schema.end() && it->is_string()) {
      const auto key = base + "#" + it->get<std::string>();
      anchors_.emplace(key, where);
      dynamic_anchors_.insert(key);
    }
  }
  scan_children(schema, where, base, depth);
}

void SchemaReadContext::scan_children(const Json& schema, const SchemaLocation& where,
                                      const std::string& base, std::size_t depth) {
  for (const auto key : kSchemaKeywords) {
    const auto it = schema.find(key);
    if (it != schema.end() && it->is_object()) scan(*it, where.child(key), base, false, depth + 1);
  }
  for (const auto key : kSchemaListKeywords) {
    const auto it = schema.find(key);
    if (it == schema.end() || !it->is_array()) continue;
    const auto list = where.child(key);
    for (std::size_t i = 0; i < it->size(); ++i) {
      scan((*it)[i], list.child(i), base, false, depth + 1);
    }
  }
  for (const auto key : kSchemaMapKeywords) {
    const auto it = schema.find(key);
    if (it == schema.end() || !it->is_object()) continue;
    const auto map = where.child(key);
    for (const auto& [name, value] : it->items()) {
      scan(value, map.child(name), base, false, depth + 1);
    }
  }
}

SchemaLocation SchemaReadContext::resource_root(const SchemaLocation& where) const {
  SchemaLocation at = where;
  while (!resource_uris_.contains(at) && !at.pointer.empty()) at = parent_of(at);
  return at;
}

std::string SchemaReadContext::base_uri(const SchemaLocation& where) const {
  const auto it = resource_uris_.find(resource_root(where));
  return it != resource_uris_.end() ? it->second : documents_[where.document].base_uri;
}

void SchemaReadContext::build_resources() {
  // Any dynamic anchor may become the target of a dynamic reference: read them all.
  for (const auto& key : dynamic_anchors_) {
    const auto& location = anchors_.at(key);
    if (const Json* json = find(location)) read_schema(*json, location);
  }
  resolve_pending();

  std::map<SchemaLocation, SchemaResource*> by_root;
  for (const auto& [root, uri] : resource_uris_) {
    auto resource = std::make_shared<SchemaResource>();
    resource->uri = uri;
    by_root[root] = resource.get();
    resources_.push_back(std::move(resource));
  }
  const auto resource_of = [&](const SchemaLocation& location) -> SchemaResource* {
    const auto it = by_root.find(resource_root(location));
    return it != by_root.end() ? it->second : nullptr;
  };
  for (const auto& key : dynamic_anchors_) {
    const auto& location = anchors_.at(key);
    const auto node = cache_.find(location);
    SchemaResource* resource = resource_of(location);
    if (node == cache_.end() || resource == nullptr) continue;
    resource->dynamic_anchors.emplace_back(key.substr(key.find('#') + 1), node->second.get());
  }
  for (const auto& [location, node] : cache_) node->identity.resource = resource_of(location);
}

std::vector<std::shared_ptr<const SchemaResource>> SchemaReadContext::resources() const {
  return {resources_.begin(), resources_.end()};
}

}  // namespace accord::schema::detail
