#include "accord/openapi/convert.hpp"

#include <array>
#include <string>

#include "accord/openapi/route.hpp"
#include "document_walk.hpp"

namespace accord::openapi {
namespace {

bool is_schema_position(const std::vector<std::string>& tokens) {
  return component_kind_at(tokens) == "schemas" && !tokens.empty() &&
         !(tokens.size() == 2 && tokens[0] == "components");
}

Json type_schema(const Json& type) {
  return Json{{"type", type}};
}

// 3.0 -> 3.1 for one schema object whose children are already converted.
void schema_to_31(Json& schema) {
  if (!schema.is_object()) return;
  for (const char* bound : {"Minimum", "Maximum"}) {
    const std::string exclusive = std::string("exclusive") + bound;
    std::string inclusive = bound;
    inclusive[0] = static_cast<char>(inclusive[0] - 'A' + 'a');
    const auto flag = schema.find(exclusive);
    if (flag == schema.end() || !flag->is_boolean()) continue;
    const bool on = flag->get<bool>();
    if (on && schema.contains(inclusive)) {
      *flag = schema[inclusive];
      schema.erase(inclusive);
    } else {
      schema.erase(exclusive);
    }
  }
  if (const auto example = schema.find("example"); example != schema.end()) {
    if (!schema.contains("examples")) schema["examples"] = Json::array({*example});
    schema.erase("example");
  }
  const auto nullable = schema.find("nullable");
  if (nullable == schema.end()) return;
  const bool on = nullable->is_boolean() && nullable->get<bool>();
  schema.erase("nullable");
  if (!on) return;
  if (const auto type = schema.find("type"); type != schema.end() && type->is_string()) {
    *type = Json::array({*type, "null"});
    if (const auto values = schema.find("enum"); values != schema.end() && values->is_array()) {
      bool has_null = false;
      for (const auto& value : *values) has_null = has_null || value.is_null();
      if (!has_null) values->push_back(nullptr);
    }
    return;
  }
  // No type to extend: null becomes an alternative of the whole schema.
  Json inner = Json::object();
  Json outer = Json::object();
  static constexpr std::array<std::string_view, 6> kAnnotations = {
      "title", "description", "default", "examples", "deprecated", "readOnly"};
  for (auto& [key, value] : schema.items()) {
    bool annotation = key.starts_with("x-");
    for (const auto name : kAnnotations) annotation = annotation || key == name;
    (annotation ? outer : inner)[key] = value;
  }
  // {"allOf": [X]} is X: null becomes X's alternative without one more level of nesting.
  if (inner.size() == 1 && inner.contains("allOf") && inner["allOf"].is_array() &&
      inner["allOf"].size() == 1) {
    inner = Json(inner["allOf"][0]);
  }
  Json wrapped = Json::object();
  wrapped["anyOf"] = Json::array({inner, type_schema("null")});
  for (auto& [key, value] : outer.items()) wrapped[key] = value;
  schema = std::move(wrapped);
}

class To30 {
 public:
  explicit To30(std::vector<Finding>& warnings) : warnings_(warnings) {}

  void schema(Json& schema, const std::string& pointer) {
    if (schema.is_boolean()) {
      schema = schema.get<bool>() ? Json::object() : Json{{"not", Json::object()}};
      return;
    }
    if (!schema.is_object()) return;
    drop_unsupported(schema, pointer);
    types(schema);
    if (const auto value = schema.find("const"); value != schema.end()) {
      if (!schema.contains("enum")) schema["enum"] = Json::array({*value});
      schema.erase("const");
    }
    if (const auto examples = schema.find("examples");
        examples != schema.end() && examples->is_array()) {
      if (!examples->empty() && !schema.contains("example")) schema["example"] = examples->front();
      schema.erase("examples");
    }
    bounds(schema);
    tuple(schema, pointer);
    null_alternatives(schema, "anyOf");
    null_alternatives(schema, "oneOf");
    ref_siblings(schema);
  }

  void warn(const std::string& pointer, std::string message) {
    warnings_.push_back({Severity::warning, "convert", pointer, std::move(message)});
  }

 private:
  void drop_unsupported(Json& schema, const std::string& pointer) {
    if (const auto encoding = schema.find("contentEncoding");
        encoding != schema.end() && *encoding == "base64" && !schema.contains("format")) {
      schema["format"] = "byte";  // 3.0's name for base64 text
      schema.erase("contentEncoding");
    }
    static constexpr std::array<std::string_view, 23> kNotIn30 = {"if",
                                                                  "then",
                                                                  "else",
                                                                  "dependentSchemas",
                                                                  "dependentRequired",
                                                                  "unevaluatedProperties",
                                                                  "unevaluatedItems",
                                                                  "patternProperties",
                                                                  "propertyNames",
                                                                  "contains",
                                                                  "minContains",
                                                                  "maxContains",
                                                                  "$defs",
                                                                  "$id",
                                                                  "$anchor",
                                                                  "$dynamicAnchor",
                                                                  "$dynamicRef",
                                                                  "contentSchema",
                                                                  "contentEncoding",
                                                                  "contentMediaType",
                                                                  "$comment",
                                                                  "$schema",
                                                                  "$vocabulary"};
    for (const auto keyword : kNotIn30) {
      const std::string key(keyword);
      if (!schema.contains(key)) continue;
      schema.erase(key);
      warn(pointer + "/" + key, "\"" + key + "\" has no OpenAPI 3.0 equivalent and is left out");
    }
  }

  void types(Json& schema) {
    const auto type = schema.find("type");
    if (type != schema.end() && *type == "null") {  // 3.0 has no null type
      schema.erase("type");
      schema["nullable"] = true;
      schema["enum"] = Json::array({nullptr});
      return;
    }
    if (type == schema.end() || !type->is_array()) return;
    Json kinds = Json::array();
    bool null = false;
    for (const auto& kind : *type) {
      if (kind == "null") {
        null = true;
      } else {
        kinds.push_back(kind);
      }
    }
    schema.erase("type");
    if (kinds.size() == 1) {
      schema["type"] = kinds.front();
    } else if (kinds.size() > 1) {
      // 3.0.3 honours nullable only beside a type: each alternative carries its own.
      Json alternatives = Json::array();
      for (const auto& kind : kinds) {
        Json alternative = type_schema(kind);
        if (null) alternative["nullable"] = true;
        alternatives.push_back(std::move(alternative));
      }
      add_composition(schema, "anyOf", std::move(alternatives));
      return;
    } else if (null) {
      schema["enum"] = Json::array({nullptr});
    }
    if (null) schema["nullable"] = true;
  }

  static void add_composition(Json& schema, const char* keyword, Json alternatives) {
    if (!schema.contains(keyword)) {
      schema[keyword] = std::move(alternatives);
      return;
    }
    Json all = schema.value("allOf", Json::array());
    all.push_back(Json{{keyword, std::move(alternatives)}});
    schema["allOf"] = std::move(all);
  }

  static void bounds(Json& schema) {
    for (const auto& [exclusive, inclusive] :
         {std::pair{"exclusiveMinimum", "minimum"}, std::pair{"exclusiveMaximum", "maximum"}}) {
      const auto bound = schema.find(exclusive);
      if (bound == schema.end() || !bound->is_number()) continue;
      const Json value = *bound;
      const auto other = schema.find(inclusive);
      const bool minimum = std::string_view(inclusive) == "minimum";
      const bool inclusive_is_tighter = other != schema.end() && other->is_number() &&
                                        (minimum ? other->get<double>() > value.get<double>()
                                                 : other->get<double>() < value.get<double>());
      if (inclusive_is_tighter) {
        schema.erase(exclusive);
      } else {
        schema[inclusive] = value;
        schema[exclusive] = true;
      }
    }
  }

  void tuple(Json& schema, const std::string& pointer) {
    const auto prefix = schema.find("prefixItems");
    if (prefix == schema.end()) return;
    const Json positions = *prefix;
    schema.erase("prefixItems");
    const auto items = schema.find("items");
    // `items: false` may already read {"not": {}}: children are converted first.
    const bool closed =
        items != schema.end() && (*items == Json(false) || *items == Json{{"not", Json::object()}});
    Json alternatives = positions;
    if (items != schema.end() && !closed) alternatives.push_back(*items);
    schema["items"] = Json{{"anyOf", alternatives}};
    if (closed && !schema.contains("maxItems")) schema["maxItems"] = positions.size();
    warn(pointer + "/prefixItems",
         "OpenAPI 3.0 has no tuples: each position may now hold any of the position schemas");
  }

  static void null_alternatives(Json& schema, const char* keyword) {
    const auto list = schema.find(keyword);
    if (list == schema.end() || !list->is_array()) return;
    Json kept = Json::array();
    bool null = false;
    for (const auto& alternative : *list) {
      // {"type": "null"}, or its 3.0 form when children were converted first.
      const bool is_null = alternative == Json{{"type", "null"}} ||
                           (alternative.is_object() && alternative.size() == 2 &&
                            alternative.value("nullable", false) == true &&
                            alternative.value("enum", Json()) == Json::array({nullptr}));
      if (is_null) {
        null = true;
      } else {
        kept.push_back(alternative);
      }
    }
    if (!null || kept.empty()) return;
    // 3.0.3 honours nullable only beside a type: an alternative with a type carries it; the
    // schema itself carries it for alternatives without one ($ref), as 3.0 tools expect.
    for (auto& alternative : kept) {
      if (alternative.is_object() && alternative.contains("type")) alternative["nullable"] = true;
    }
    schema["nullable"] = true;
    if (kept.size() == 1) {
      schema.erase(keyword);
      Json all = schema.value("allOf", Json::array());
      all.push_back(kept.front());
      schema["allOf"] = std::move(all);
    } else {
      *list = std::move(kept);
    }
  }

  static void ref_siblings(Json& schema) {
    const auto ref = schema.find("$ref");
    if (ref == schema.end() || schema.size() == 1) return;
    const Json target = Json{{"$ref", *ref}};
    schema.erase("$ref");
    Json all = schema.value("allOf", Json::array());
    all.insert(all.begin(), target);
    schema["allOf"] = std::move(all);
  }

  std::vector<Finding>& warnings_;
};

// Calls `visit` on every schema of the document, children before their parent, with the
// schema's pointer in the source document.
template <class Visit>
void for_each_schema(Json& value, std::vector<std::string>& tokens, Visit& visit) {
  if (value.is_object()) {
    if (value.contains("$ref") && !is_schema_position(tokens)) return;
    for (auto& [key, child] : value.items()) {
      if (is_literal_member(tokens, key, child.is_array())) continue;
      tokens.push_back(key);
      for_each_schema(child, tokens, visit);
      tokens.pop_back();
    }
  } else if (value.is_array()) {
    for (std::size_t i = 0; i < value.size(); ++i) {
      tokens.push_back(std::to_string(i));
      for_each_schema(value[i], tokens, visit);
      tokens.pop_back();
    }
  }
  if (is_schema_position(tokens) && (value.is_object() || value.is_boolean())) {
    visit(value, pointer_of(tokens));
  }
}

void document_to_30(Json& root, To30& to30) {
  if (root.contains("webhooks")) {
    root.erase("webhooks");
    to30.warn("/webhooks", "OpenAPI 3.0 has no webhooks: they are left out");
  }
  if (root.contains("jsonSchemaDialect")) root.erase("jsonSchemaDialect");
  if (auto info = root.find("info"); info != root.end() && info->is_object()) {
    if (info->contains("summary")) {
      info->erase("summary");
      to30.warn("/info/summary", "OpenAPI 3.0 has no info.summary: it is left out");
    }
    if (auto license = info->find("license");
        license != info->end() && license->is_object() && license->contains("identifier")) {
      license->erase("identifier");
      to30.warn("/info/license/identifier",
                "OpenAPI 3.0 has no license identifier: it is left out");
    }
  }
  if (auto components = root.find("components");
      components != root.end() && components->is_object() && components->contains("pathItems")) {
    components->erase("pathItems");
    to30.warn("/components/pathItems", "OpenAPI 3.0 has no reusable path items: left out");
  }
  if (const Json* schemes = find_pointer(root, "/components/securitySchemes")) {
    for (const auto& [name, scheme] : schemes->items()) {
      if (scheme.is_object() && scheme.value("type", "") == "mutualTLS") {
        to30.warn("/components/securitySchemes/" + escape_pointer_token(name),
                  "OpenAPI 3.0 has no mutualTLS security scheme");
      }
    }
  }
  if (!root.contains("paths")) root["paths"] = Json::object();
  // 3.1 lets an operation leave its responses out; 3.0 requires at least one.
  if (auto paths = root.find("paths"); paths != root.end() && paths->is_object()) {
    for (auto& [path, item] : paths->items()) {
      if (!item.is_object()) continue;
      for (auto& [method, operation] : item.items()) {
        if (!method_from_string(method) || !operation.is_object() ||
            operation.contains("responses")) {
          continue;
        }
        operation["responses"] = {{"default", {{"description", "Not described."}}}};
        to30.warn("/paths/" + escape_pointer_token(path) + "/" + method,
                  "OpenAPI 3.0 requires responses: a default response was added");
      }
    }
  }
}

}  // namespace

ConvertResult convert(const Document& document, Version target) {
  ConvertResult result{document, {}};
  if (document.version() == target) return result;
  Json root = document.json();
  std::vector<std::string> tokens;
  if (target == Version::v3_1) {
    auto visit = [](Json& schema, const std::string&) { schema_to_31(schema); };
    for_each_schema(root, tokens, visit);
  } else {
    To30 to30(result.warnings);
    auto visit = [&](Json& schema, const std::string& pointer) { to30.schema(schema, pointer); };
    for_each_schema(root, tokens, visit);
    document_to_30(root, to30);
  }
  root["openapi"] = std::string(version_string(target));
  result.document = Document(std::move(root), target);
  return result;
}

}  // namespace accord::openapi
