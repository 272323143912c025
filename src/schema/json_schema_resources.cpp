// JsonSchemaReader: schema resources ("$id"), anchors ("$anchor", "$dynamicAnchor", draft 4
// "id": "#name") and the resources "$dynamicRef" needs at validation time.
//
// Before schemas are read, their schema positions are scanned once: every "$id" starts a
// resource (its URI resolved against the enclosing one) and every anchor is recorded as
// "resource-uri#name". Only schema positions are scanned (the values of properties, items,
// allOf, ...), so an "$id" inside an enum or a const is data, not an identifier. A schema
// document is scanned whole, a remote one when it is first referred to; in a document read at a
// pointer (an OpenAPI file), the other schemas are scanned when a reference reaches them
// (ensure_scanned), or all at once when an identifier is not found (scan_folders), so that
// reading every component of a large document one by one costs no more than the reading.

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>

#include "schema/json_schema_reader.hpp"

namespace accord::schema::detail {
namespace {

// Deepest nesting scanned for identifiers; reading reports deeper schemas as errors anyway.
constexpr std::size_t kMaxScanDepth = 200;

// What a keyword's value holds, for the scan.
enum class Holds : std::uint8_t { schema, schemas, named_schemas };

// The keywords whose values are (or hold) schemas; "items" is a schema or, in draft 4, a list.
constexpr std::array<std::pair<std::string_view, Holds>, 21> kSubschemaKeywords{{
    {"$defs", Holds::named_schemas},
    {"additionalItems", Holds::schema},
    {"additionalProperties", Holds::schema},
    {"allOf", Holds::schemas},
    {"anyOf", Holds::schemas},
    {"contains", Holds::schema},
    {"definitions", Holds::named_schemas},
    {"dependencies", Holds::named_schemas},
    {"dependentSchemas", Holds::named_schemas},
    {"else", Holds::schema},
    {"if", Holds::schema},
    {"items", Holds::schema},
    {"not", Holds::schema},
    {"oneOf", Holds::schemas},
    {"patternProperties", Holds::named_schemas},
    {"prefixItems", Holds::schemas},
    {"properties", Holds::named_schemas},
    {"propertyNames", Holds::schema},
    {"then", Holds::schema},
    {"unevaluatedItems", Holds::schema},
    {"unevaluatedProperties", Holds::schema},
}};

std::optional<Holds> holds(std::string_view key) {
  const auto it = std::lower_bound(kSubschemaKeywords.begin(), kSubschemaKeywords.end(), key,
                                   [](const std::pair<std::string_view, Holds>& entry,
                                      std::string_view k) { return entry.first < k; });
  if (it == kSubschemaKeywords.end() || it->first != key) return std::nullopt;
  return it->second;
}

// Appends "/segment" to a JSON Pointer, escaped.
void append_segment(std::string& pointer, std::string_view segment) {
  pointer += '/';
  for (const char c : segment) {
    if (c == '~') {
      pointer += "~0";
    } else if (c == '/') {
      pointer += "~1";
    } else {
      pointer += c;
    }
  }
}

SchemaLocation parent_of(const SchemaLocation& where) {
  return {where.document, where.pointer.substr(0, where.pointer.rfind('/'))};
}

// The schema of a folder of schemas (/components/schemas/X, /$defs/X, /definitions/X) that
// `where` lies in, if any.
std::optional<SchemaLocation> folder_entry(const SchemaLocation& where) {
  if (where.document != 0) return std::nullopt;
  for (const std::string_view folder : {"/components/schemas/", "/$defs/", "/definitions/"}) {
    if (!where.pointer.starts_with(folder)) continue;
    const auto end = where.pointer.find('/', folder.size());
    return SchemaLocation{0, where.pointer.substr(0, end)};
  }
  return std::nullopt;
}

}  // namespace

void SchemaReadContext::register_resource(const std::string& uri, const SchemaLocation& where) {
  resources_by_uri_.emplace(uri, where);
  resource_uris_[where] = uri;
  if (!where.pointer.empty()) nested_resources_ = true;
}

void SchemaReadContext::index_main_document(const Json& root_schema, const SchemaLocation& root) {
  // The document itself is the outermost resource: "#/..." points into the whole document,
  // even when the schema read sits deeper in it (an OpenAPI file).
  const std::string base = documents_[0].base_uri;
  register_resource(base, SchemaLocation{0, {}});
  scanned_.insert(root);
  scan(root_schema, root, base, true, 0);
}

bool SchemaReadContext::covered(const SchemaLocation& where) const {
  for (SchemaLocation at = where;; at = parent_of(at)) {
    if (scanned_.contains(at)) return true;
    if (at.pointer.empty()) return false;
  }
}

void SchemaReadContext::ensure_scanned(const SchemaLocation& where) {
  if (allows(kOpenApi30) || covered(where)) return;
  const SchemaLocation root = folder_entry(where).value_or(where);
  if (!scanned_.insert(root).second) return;
  if (const Json* json = find(root)) scan(*json, root, base_uri(root), false, 0);
}

bool SchemaReadContext::scan_folders() {
  if (folders_scanned_ || allows(kOpenApi30)) return false;
  folders_scanned_ = true;
  for (const char* folder : {"/components/schemas", "/$defs", "/definitions"}) {
    const SchemaLocation at{0, folder};
    const Json* schemas = find(at);
    if (schemas == nullptr || !schemas->is_object()) continue;
    for (const auto& [name, schema] : schemas->items()) {
      const auto where = at.child(name);
      if (covered(where)) continue;
      scanned_.insert(where);
      scan(schema, where, documents_[0].base_uri, false, 0);
    }
  }
  return true;
}

void SchemaReadContext::index_document(std::size_t document) {
  const SchemaLocation root{document, {}};
  register_resource(documents_[document].base_uri, root);
  scanned_.insert(root);
  scan(*documents_[document].json, root, documents_[document].base_uri, false, 0);
}

void SchemaReadContext::scan(const Json& schema, const SchemaLocation& where, std::string base,
                             bool first, std::size_t depth) {
  // An OpenAPI 3.0 Schema Object has neither identifiers nor anchors: nothing to find.
  if (allows(kOpenApi30)) return;
  std::string pointer = where.pointer;
  scan_schema(schema, where.document, pointer, std::move(base), first, depth);
}

void SchemaReadContext::scan_schema(const Json& schema, std::size_t document, std::string& pointer,
                                    std::string base, bool first, std::size_t depth) {
  if (!schema.is_object() || depth > kMaxScanDepth) return;
  // Draft 4 ignores everything beside "$ref", identifiers included.
  if (allows(kDraft4) && schema.contains("$ref")) return;

  const auto id = schema.find(allows(kDraft4) ? "id" : "$id");
  if (!first && id != schema.end() && id->is_string()) {
    const auto& text = id->get_ref<const std::string&>();
    const auto hash = text.find('#');
    if (hash != 0) {
      base = resolve_uri(base, std::string_view(text).substr(0, hash));
      register_resource(base, SchemaLocation{document, pointer});
    }
    // Draft 4 names a schema with a fragment-only id: "id": "#foo".
    if (hash != std::string::npos && hash + 1 < text.size() && allows(kDraft4)) {
      anchors_.emplace(base + text.substr(hash), SchemaLocation{document, pointer});
    }
  }
  if (allows(kModern)) {
    if (auto it = schema.find("$anchor"); it != schema.end() && it->is_string()) {
      anchors_.emplace(base + "#" + it->get<std::string>(), SchemaLocation{document, pointer});
    }
    if (auto it = schema.find("$dynamicAnchor"); it != schema.end() && it->is_string()) {
      const auto key = base + "#" + it->get<std::string>();
      anchors_.emplace(key, SchemaLocation{document, pointer});
      dynamic_anchors_.insert(key);
    }
  }

  // One pass over the members: the keywords that hold schemas are scanned in turn.
  const std::size_t size = pointer.size();
  for (const auto& [key, value] : schema.items()) {
    const auto kind = holds(key);
    if (!kind) continue;
    append_segment(pointer, key);
    const std::size_t keyword_size = pointer.size();
    if (value.is_array() && kind != Holds::named_schemas) {
      for (std::size_t i = 0; i < value.size(); ++i) {
        pointer += '/';
        pointer += std::to_string(i);
        scan_schema(value[i], document, pointer, base, false, depth + 1);
        pointer.resize(keyword_size);
      }
    } else if (value.is_object() && kind == Holds::named_schemas) {
      for (const auto& [name, member] : value.items()) {
        append_segment(pointer, name);
        scan_schema(member, document, pointer, base, false, depth + 1);
        pointer.resize(keyword_size);
      }
    } else if (value.is_object() && kind == Holds::schema) {
      scan_schema(value, document, pointer, base, false, depth + 1);
    }
    pointer.resize(size);
  }
}

SchemaLocation SchemaReadContext::resource_root(const SchemaLocation& where) const {
  SchemaLocation at = where;
  while (!resource_uris_.contains(at) && !at.pointer.empty()) at = parent_of(at);
  return at;
}

std::string SchemaReadContext::base_uri(const SchemaLocation& where) const {
  // Without a nested "$id" every schema has its document's base URI.
  const auto it = resource_uris_.find(nested_resources_ ? resource_root(where)
                                                        : SchemaLocation{where.document, {}});
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
