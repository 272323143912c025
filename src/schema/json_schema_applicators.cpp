// JsonSchemaReader: the keywords JSON Schema added after draft 4 (patternProperties aside):
// patternProperties, dependencies and dependent*, if/then/else, unevaluated*, contains,
// anchors and "$dynamicRef".

#include <algorithm>

#include "accord/schema/pattern.hpp"
#include "schema/json_schema_reader.hpp"

namespace accord::schema::detail {
namespace {

std::string keyword_of(const SchemaLocation& where) {
  const auto segments = split_pointer(where.pointer);
  return segments && !segments->empty() ? segments->back() : std::string();
}

ArrayRules& array_rules(Node& node) {
  if (!node.array) node.array.emplace();
  return *node.array;
}

// The dependency on `key`, added when the object has none yet.
Dependency& dependency_on(ObjectRules& rules, const std::string& key) {
  auto it = std::find_if(rules.dependencies.begin(), rules.dependencies.end(),
                         [&](const Dependency& d) { return d.key == key; });
  if (it != rules.dependencies.end()) return *it;
  return rules.dependencies.emplace_back(Dependency{key, {}, nullptr});
}

// An anchor name as JSON Schema 2020-12 allows it: a letter or '_', then letters, digits,
// '-', '_' and '.'.
bool is_anchor_name(const std::string& name) {
  const auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  if (name.empty() || !(letter(name[0]) || name[0] == '_')) return false;
  return std::all_of(name.begin(), name.end(), [&](char c) {
    return letter(c) || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
  });
}

}  // namespace

void SchemaReadContext::on_pattern_properties(Node& node, const Json&, const Json& value,
                                              const SchemaLocation& where) {
  if (!value.is_object()) {
    error(where, "'patternProperties' must be an object");
    return;
  }
  auto& rules = object_rules(node);
  for (const auto& [source, schema] : value.items()) {
    const auto at = where.child(source);
    auto compiled = Pattern::compile(source);
    if (auto* message = std::get_if<std::string>(&compiled)) {
      error(at, "invalid pattern: " + *message);
      continue;
    }
    rules.pattern_properties.push_back(
        {source, std::get<std::shared_ptr<const Pattern>>(std::move(compiled)),
         read_child(schema, at)});
  }
}

bool SchemaReadContext::add_dependent_required(Node& node, const std::string& key,
                                               const Json& names) {
  const bool valid = names.is_array() && std::all_of(names.begin(), names.end(),
                                                     [](const Json& n) { return n.is_string(); });
  if (!valid) return false;
  auto& required = dependency_on(object_rules(node), key).required;
  for (const auto& name : names) required.push_back(name.get<std::string>());
  return true;
}

void SchemaReadContext::on_dependencies(Node& node, const Json&, const Json& value,
                                        const SchemaLocation& where) {
  if (!value.is_object()) {
    error(where, "'dependencies' must be an object");
    return;
  }
  for (const auto& [key, dependency] : value.items()) {
    const auto at = where.child(key);
    if (dependency.is_object()) {
      dependency_on(object_rules(node), key).schema = read_child(dependency, at);
    } else if (!add_dependent_required(node, key, dependency)) {
      error(at, "a dependency must be a schema or an array of property names");
    }
  }
}

void SchemaReadContext::on_dependent_required(Node& node, const Json&, const Json& value,
                                              const SchemaLocation& where) {
  if (!value.is_object()) {
    error(where, "'dependentRequired' must be an object");
    return;
  }
  for (const auto& [key, names] : value.items()) {
    const auto at = where.child(key);
    if (!add_dependent_required(node, key, names)) {
      error(at, "'dependentRequired' values must be arrays of property names");
    }
  }
}

void SchemaReadContext::on_dependent_schemas(Node& node, const Json&, const Json& value,
                                             const SchemaLocation& where) {
  if (!value.is_object()) {
    error(where, "'dependentSchemas' must be an object");
    return;
  }
  for (const auto& [key, schema] : value.items()) {
    dependency_on(object_rules(node), key).schema = read_child(schema, where.child(key));
  }
}

void SchemaReadContext::on_if(Node& node, const Json&, const Json& value,
                              const SchemaLocation& where) {
  node.if_schema = read_child(value, where);
}

void SchemaReadContext::on_then_else(Node& node, const Json& schema, const Json& value,
                                     const SchemaLocation& where) {
  // Without "if", "then" and "else" have no effect.
  if (!schema.contains("if")) return;
  (keyword_of(where) == "then" ? node.then_schema : node.else_schema) = read_child(value, where);
}

void SchemaReadContext::on_unevaluated(Node& node, const Json&, const Json& value,
                                       const SchemaLocation& where) {
  if (keyword_of(where) == "unevaluatedProperties") {
    object_rules(node).unevaluated = read_child(value, where);
  } else {
    array_rules(node).unevaluated = read_child(value, where);
  }
}

void SchemaReadContext::on_contains(Node& node, const Json&, const Json& value,
                                    const SchemaLocation& where) {
  array_rules(node).contains = read_child(value, where);
}

void SchemaReadContext::on_contains_limit(Node& node, const Json&, const Json& value,
                                          const SchemaLocation& where) {
  const auto key = keyword_of(where);
  const auto count = count_value(value);
  if (!count) {
    error(where, "'" + key + "' must be a non-negative integer");
    return;
  }
  auto& rules = array_rules(node);
  (key == "minContains" ? rules.min_contains : rules.max_contains) = *count;
}

void SchemaReadContext::on_anchor(Node& node, const Json&, const Json& value,
                                  const SchemaLocation& where) {
  // The anchor was recorded when the document was scanned; here it is only checked and kept.
  const auto key = keyword_of(where);
  if (!value.is_string() || !is_anchor_name(value.get<std::string>())) {
    error(where,
          "'" + key + "' must be a name: a letter or '_', then letters, digits, '-', '_', '.'");
    return;
  }
  (key == "$anchor" ? node.identity.anchor : node.identity.dynamic_anchor) =
      value.get<std::string>();
}

void SchemaReadContext::on_dynamic_ref(Node& node, const Json&, const Json& value,
                                       const SchemaLocation& where) {
  if (!value.is_string()) {
    error(where, "'$dynamicRef' must be a string");
  } else if (node.ref) {
    error(where, "'$ref' and '$dynamicRef' in one schema are not supported");
  } else {
    add_ref(node, value.get<std::string>(), where, true);
  }
}

}  // namespace accord::schema::detail
