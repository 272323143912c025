// JsonSchemaWriter: schema Nodes to OpenAPI 3.0 schema objects or JSON Schema 2020-12.

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string_view>
#include <utility>
#include <vector>

#include "accord/schema/json_schema.hpp"
#include "schema/json_schema_common.hpp"

namespace accord::schema {
namespace {

using detail::number_json;

// How a "$ref" is combined with the keywords written beside it.
struct RefPlacement {
  Json ref_keyword;            // "$ref" as the first key (3.1)
  Json first_all_of;           // first entry of "allOf" (3.0, a $ref with siblings)
  std::vector<Json> any_of;    // first "anyOf" group (3.1, a nullable $ref)
};

// The inclusive integer bounds a numeric format implies, when it implies any.
std::optional<std::pair<std::int64_t, std::uint64_t>> format_bounds(std::string_view format) {
  if (format == "int32") {
    return std::pair<std::int64_t, std::uint64_t>{std::numeric_limits<std::int32_t>::min(),
                                                  std::numeric_limits<std::int32_t>::max()};
  }
  if (format == "int64") {
    return std::pair<std::int64_t, std::uint64_t>{std::numeric_limits<std::int64_t>::min(),
                                                  std::numeric_limits<std::int64_t>::max()};
  }
  return std::nullopt;
}

// A bound as written: its value for comparisons and its JSON form.
struct Bound {
  double value = 0;
  Json json;
};

std::optional<Bound> lower_bound(const NumberRules& rules) {
  std::optional<Bound> bound;
  if (rules.minimum) bound = Bound{*rules.minimum, number_json(*rules.minimum)};
  if (!rules.range) return bound;

  const auto implied = format_bounds(rules.format);
  const auto min = rules.range->min;
  const bool tighter = !implied || min > implied->first;
  if (tighter && (!bound || static_cast<double>(min) > bound->value)) {
    bound = Bound{static_cast<double>(min), Json(min)};
  }
  return bound;
}

std::optional<Bound> upper_bound(const NumberRules& rules) {
  std::optional<Bound> bound;
  if (rules.maximum) bound = Bound{*rules.maximum, number_json(*rules.maximum)};
  if (!rules.range) return bound;

  const auto implied = format_bounds(rules.format);
  const auto max = rules.range->max;
  const bool tighter = !implied || max < implied->second;
  if (tighter && (!bound || static_cast<double>(max) < bound->value)) {
    bound = Bound{static_cast<double>(max), Json(max)};
  }
  return bound;
}

// True when the node says nothing but "see the reference".
bool only_ref(const Node& node) {
  const Metadata& meta = node.meta;
  const bool bare_meta = meta.title.empty() && meta.description.empty() &&
                         meta.examples.empty() && !meta.default_value && !meta.deprecated &&
                         !meta.read_only && !meta.write_only && meta.extensions.empty();
  return bare_meta && node.types.is_all() && !node.nullable && !node.string && !node.number &&
         !node.array && !node.object && !node.enum_values && !node.const_value &&
         node.all_of.empty() && node.any_of.empty() && node.one_of.empty() && !node.not_schema &&
         !node.discriminator && !node.never && !node.if_schema && node.identity.id.empty() &&
         node.identity.anchor.empty() && node.identity.dynamic_anchor.empty();
}

Json type_json(const std::vector<std::string_view>& names) {
  if (names.size() == 1) return Json(names.front());
  Json list = Json::array();
  for (auto name : names) list.push_back(name);
  return list;
}

}  // namespace

// Does the work of one write() call; the writer itself keeps the state across calls.
class JsonSchemaWriter::Emitter {
 public:
  explicit Emitter(JsonSchemaWriter& writer) : w_(writer) {}

  Json schema(const Node& node) {
    if (!node.meta.name.empty()) return component(node.meta.name, node);
    return body(node);
  }

  Json component(const std::string& name, const Node& target);
  Json body(const Node& node);

 private:
  [[nodiscard]] bool v30() const {
    return w_.options_.dialect == Dialect::openapi_3_0 || w_.options_.dialect == Dialect::draft4;
  }
  [[nodiscard]] bool draft4() const { return w_.options_.dialect == Dialect::draft4; }
  [[nodiscard]] Json ref_to(const std::string& name) const {
    return Json{{"$ref", w_.options_.ref_prefix + name}};
  }

  Json never() const { return v30() ? Json{{"not", Json::object()}} : Json(false); }
  Json reference(const Reference& ref);
  void check_same_body(const std::string& name, const Node& target);
  std::vector<Json> list(const std::vector<NodePtr>& nodes);

  void write_type(const Node& node, Json& out, std::vector<Json>& alternatives);
  void write_format(const Node& node, Json& out);
  void write_values(const Node& node, Json& out);
  void write_string(const StringRules& rules, Json& out);
  void write_number(const NumberRules& rules, Json& out);
  void write_array(const ArrayRules& rules, Json& out);
  void write_object_limits(const ObjectRules& rules, Json& out);
  void write_object_members(const ObjectRules& rules, Json& out);
  void write_dependencies(const ObjectRules& rules, Json& out);
  void write_identity(const SchemaIdentity& identity, Json& out);
  void write_conditional(const Node& node, Json& out);
  void write_composition(const Node& node, RefPlacement& placement,
                         std::vector<Json> type_alternatives, Json& out);
  void write_discriminator(const Node& node, Json& out);
  void write_metadata(const Metadata& meta, Json& out);

  JsonSchemaWriter& w_;
};

Json JsonSchemaWriter::Emitter::component(const std::string& name, const Node& target) {
  if (auto it = w_.owners_.find(name); it != w_.owners_.end()) {
    if (it->second != &target) check_same_body(name, target);
    return ref_to(name);
  }

  w_.owners_.emplace(name, &target);
  w_.components_[name] = nullptr;  // reserves the first-use position
  w_.components_[name] = body(target);
  return ref_to(name);
}

void JsonSchemaWriter::Emitter::check_same_body(const std::string& name, const Node& target) {
  if (w_.comparing_.contains(name)) return;

  w_.comparing_.insert(name);
  Json other = body(target);
  w_.comparing_.erase(name);

  const Json& first = w_.components_[name];
  if (first.is_null()) {
    w_.deferred_.emplace_back(name, std::move(other));
  } else if (first != other) {
    throw std::logic_error("two different schemas are named '" + name + "'");
  }
}

Json JsonSchemaWriter::Emitter::reference(const Reference& ref) {
  if (ref.dynamic && !v30()) return Json{{"$dynamicRef", ref.uri}};
  if (ref.component.empty() && !ref.uri.empty()) return Json{{"$ref", ref.uri}};
  if (ref.component.empty()) {
    // A typed reference to a declared type: a component when the type is named, inline when
    // it is anonymous.
    const Node* target = ref.resolve ? ref.resolve() : nullptr;
    if (target == nullptr) throw std::logic_error("a schema reference does not resolve");
    return schema(*target);
  }

  const Node* target = ref.resolve ? ref.resolve() : nullptr;
  if (target == nullptr) {
    throw std::logic_error("reference to component '" + ref.component + "' does not resolve");
  }
  return component(ref.component, *target);
}

std::vector<Json> JsonSchemaWriter::Emitter::list(const std::vector<NodePtr>& nodes) {
  std::vector<Json> out;
  out.reserve(nodes.size());
  for (const auto& node : nodes) out.push_back(schema(*node));
  return out;
}

Json JsonSchemaWriter::Emitter::body(const Node& node) {
  if (node.never || (node.types.empty() && !node.nullable)) return never();

  const bool anonymous = node.meta.name.empty();
  if (anonymous && std::find(w_.in_progress_.begin(), w_.in_progress_.end(), &node) !=
                       w_.in_progress_.end()) {
    throw std::logic_error("an anonymous schema refers to itself; give it a name");
  }
  w_.in_progress_.push_back(&node);

  RefPlacement placement;
  if (node.ref) {
    Json ref = reference(*node.ref);
    if (only_ref(node)) {
      w_.in_progress_.pop_back();
      return ref;
    }
    if (v30()) {
      placement.first_all_of = std::move(ref);
    } else if (node.nullable) {
      placement.any_of = {std::move(ref), Json{{"type", "null"}}};
    } else {
      placement.ref_keyword = std::move(ref);
    }
  }

  Json out = Json::object();
  if (!v30()) write_identity(node.identity, out);
  if (!placement.ref_keyword.is_null()) {
    const auto first = placement.ref_keyword.begin();  // "$ref" or "$dynamicRef"
    out[first.key()] = first.value();
  }
  std::vector<Json> type_alternatives;
  write_type(node, out, type_alternatives);
  write_format(node, out);
  if (v30() && (node.nullable || (!node.types.is_all() && node.types.has(JsonType::null)))) {
    out["nullable"] = true;
  }
  write_values(node, out);
  if (node.string) write_string(*node.string, out);
  if (node.number) write_number(*node.number, out);
  if (node.array) write_array(*node.array, out);
  if (node.object) write_object_limits(*node.object, out);
  if (node.object) write_object_members(*node.object, out);
  write_composition(node, placement, std::move(type_alternatives), out);
  if (!v30()) write_conditional(node, out);
  write_metadata(node.meta, out);

  w_.in_progress_.pop_back();
  return out;
}

void JsonSchemaWriter::Emitter::write_type(const Node& node, Json& out,
                                           std::vector<Json>& alternatives) {
  const bool all = node.types.is_all();
  const bool null = node.nullable || (!all && node.types.has(JsonType::null));
  std::vector<std::string_view> names;
  if (!all) {
    for (const auto& [type, name] : detail::kTypeNames) {
      if (type != JsonType::null && node.types.has(type)) names.push_back(name);
    }
  }

  if (!v30()) {
    if (!all && null) names.emplace_back("null");
    if (!names.empty()) out["type"] = type_json(names);
    return;
  }

  if (names.size() == 1) out["type"] = names.front();
  if (names.size() > 1) {
    for (auto name : names) alternatives.push_back(Json{{"type", name}});
  }
}

void JsonSchemaWriter::Emitter::write_format(const Node& node, Json& out) {
  if (node.string && (!node.string->format_name.empty() ||
                      node.string->format != StringFormat::none)) {
    const auto& rules = *node.string;
    out["format"] = rules.format_name.empty() ? std::string(to_string(rules.format))
                                              : rules.format_name;
  } else if (node.number && !node.number->format.empty()) {
    out["format"] = node.number->format;
  }
}

void JsonSchemaWriter::Emitter::write_values(const Node& node, Json& out) {
  const bool null_only = !node.types.is_all() && node.types.empty() && node.nullable;
  if (node.enum_values) {
    out["enum"] = Json(*node.enum_values);
  } else if (node.const_value) {
    if (v30()) {
      out["enum"] = Json::array({*node.const_value});
    } else {
      out["const"] = *node.const_value;
    }
  } else if (null_only && v30()) {
    out["enum"] = Json::array({nullptr});
  }
}

void JsonSchemaWriter::Emitter::write_string(const StringRules& rules, Json& out) {
  if (rules.min_length) out["minLength"] = *rules.min_length;
  if (rules.max_length) out["maxLength"] = *rules.max_length;
  if (rules.pattern) out["pattern"] = *rules.pattern;
}

void JsonSchemaWriter::Emitter::write_number(const NumberRules& rules, Json& out) {
  const auto lower = lower_bound(rules);
  const auto upper = upper_bound(rules);
  const auto& excl_min = rules.exclusive_minimum;
  const auto& excl_max = rules.exclusive_maximum;

  if (v30()) {
    if (excl_min && (!lower || *excl_min >= lower->value)) {
      out["minimum"] = number_json(*excl_min);
      out["exclusiveMinimum"] = true;
    } else if (lower) {
      out["minimum"] = lower->json;
    }
    if (excl_max && (!upper || *excl_max <= upper->value)) {
      out["maximum"] = number_json(*excl_max);
      out["exclusiveMaximum"] = true;
    } else if (upper) {
      out["maximum"] = upper->json;
    }
  } else {
    if (lower) out["minimum"] = lower->json;
    if (excl_min) out["exclusiveMinimum"] = number_json(*excl_min);
    if (upper) out["maximum"] = upper->json;
    if (excl_max) out["exclusiveMaximum"] = number_json(*excl_max);
  }
  if (rules.multiple_of) out["multipleOf"] = number_json(*rules.multiple_of);
}

void JsonSchemaWriter::Emitter::write_array(const ArrayRules& rules, Json& out) {
  const bool tuple = !rules.prefix_items.empty();
  std::optional<std::uint64_t> max_items = rules.max_items;

  if (!v30()) {
    if (tuple) out["prefixItems"] = Json(list(rules.prefix_items));
    if (rules.items) {
      out["items"] = schema(*rules.items);
    } else if (rules.closed) {
      out["items"] = false;
    }
  } else {
    // OpenAPI 3.0 has no tuples: every item may be any of the positions' schemas.
    std::vector<NodePtr> choices = rules.prefix_items;
    if (tuple && rules.items) choices.push_back(rules.items);
    if (tuple) out["items"] = Json{{"anyOf", Json(list(choices))}};
    if (!tuple && rules.items) out["items"] = schema(*rules.items);
    if (rules.closed && !rules.items && !max_items) max_items = rules.prefix_items.size();
  }

  if (rules.min_items) out["minItems"] = *rules.min_items;
  if (max_items) out["maxItems"] = *max_items;
  if (rules.unique_items) out["uniqueItems"] = true;
  if (v30()) return;  // neither OpenAPI 3.0 nor draft 4 has the keywords below
  if (rules.contains) out["contains"] = schema(*rules.contains);
  if (rules.contains && rules.min_contains) out["minContains"] = *rules.min_contains;
  if (rules.contains && rules.max_contains) out["maxContains"] = *rules.max_contains;
  if (rules.unevaluated) out["unevaluatedItems"] = schema(*rules.unevaluated);
}

void JsonSchemaWriter::Emitter::write_object_limits(const ObjectRules& rules, Json& out) {
  if (rules.min_properties) out["minProperties"] = *rules.min_properties;
  if (rules.max_properties) out["maxProperties"] = *rules.max_properties;
  // OpenAPI 3.0 has no propertyNames; the docs list this as not expressible there.
  if (rules.property_names && !v30()) out["propertyNames"] = schema(*rules.property_names);
}

void JsonSchemaWriter::Emitter::write_object_members(const ObjectRules& rules, Json& out) {
  if (!rules.properties.empty()) {
    Json properties = Json::object();
    Json required = Json::array();
    for (const auto& property : rules.properties) {
      properties[property.name] = schema(*property.schema);
      if (property.required) required.push_back(property.name);
    }
    out["properties"] = std::move(properties);
    if (!required.empty()) out["required"] = std::move(required);
  }
  // OpenAPI 3.0 schema objects have no patternProperties; draft 4 and 2020-12 have.
  if (!rules.pattern_properties.empty() && (!v30() || draft4())) {
    Json patterns = Json::object();
    for (const auto& pattern : rules.pattern_properties) {
      patterns[pattern.pattern] = schema(*pattern.schema);
    }
    out["patternProperties"] = std::move(patterns);
  }

  if (rules.additional) {
    out["additionalProperties"] = schema(*rules.additional);
  } else if (rules.unknown_keys == UnknownKeys::strict) {
    out["additionalProperties"] = false;
  }
  write_dependencies(rules, out);
  if (rules.unevaluated && !v30()) out["unevaluatedProperties"] = schema(*rules.unevaluated);
}

void JsonSchemaWriter::Emitter::write_dependencies(const ObjectRules& rules, Json& out) {
  if (rules.dependencies.empty() || (v30() && !draft4())) return;
  Json required = Json::object();
  Json schemas = Json::object();
  for (const auto& dependency : rules.dependencies) {
    if (!dependency.required.empty()) required[dependency.key] = Json(dependency.required);
    if (dependency.schema) schemas[dependency.key] = schema(*dependency.schema);
  }
  if (draft4()) {
    // Draft 4's one keyword takes either form per key; a key with both keeps its schema with
    // the keys added as "required" (what the two forms together mean).
    Json dependencies = std::move(required);
    for (auto& [key, value] : schemas.items()) {
      if (dependencies.contains(key)) {
        Json both = Json::object();
        both["allOf"] = Json::array({value, Json{{"required", dependencies[key]}}});
        dependencies[key] = std::move(both);
      } else {
        dependencies[key] = value;
      }
    }
    out["dependencies"] = std::move(dependencies);
    return;
  }
  if (!required.empty()) out["dependentRequired"] = std::move(required);
  if (!schemas.empty()) out["dependentSchemas"] = std::move(schemas);
}

void JsonSchemaWriter::Emitter::write_identity(const SchemaIdentity& identity, Json& out) {
  if (!identity.id.empty()) out["$id"] = identity.id;
  if (!identity.anchor.empty()) out["$anchor"] = identity.anchor;
  if (!identity.dynamic_anchor.empty()) out["$dynamicAnchor"] = identity.dynamic_anchor;
}

void JsonSchemaWriter::Emitter::write_conditional(const Node& node, Json& out) {
  if (!node.if_schema) return;
  out["if"] = schema(*node.if_schema);
  if (node.then_schema) out["then"] = schema(*node.then_schema);
  if (node.else_schema) out["else"] = schema(*node.else_schema);
}

void JsonSchemaWriter::Emitter::write_composition(const Node& node, RefPlacement& placement,
                                                  std::vector<Json> type_alternatives,
                                                  Json& out) {
  std::vector<std::vector<Json>> any_of_groups;
  if (!placement.any_of.empty()) any_of_groups.push_back(std::move(placement.any_of));
  if (!type_alternatives.empty()) any_of_groups.push_back(std::move(type_alternatives));
  if (!node.any_of.empty()) any_of_groups.push_back(list(node.any_of));

  Json all_of = Json::array();
  if (!placement.first_all_of.is_null()) all_of.push_back(std::move(placement.first_all_of));
  for (const auto& part : list(node.all_of)) all_of.push_back(part);
  for (std::size_t i = 1; i < any_of_groups.size(); ++i) {
    all_of.push_back(Json{{"anyOf", Json(any_of_groups[i])}});
  }

  if (!all_of.empty()) out["allOf"] = std::move(all_of);
  if (!any_of_groups.empty()) out["anyOf"] = Json(any_of_groups.front());
  write_discriminator(node, out);
  if (node.not_schema) out["not"] = schema(*node.not_schema);
}

void JsonSchemaWriter::Emitter::write_discriminator(const Node& node, Json& out) {
  if (!node.discriminator) {
    if (!node.one_of.empty()) out["oneOf"] = Json(list(node.one_of));
    return;
  }

  const auto& discriminator = *node.discriminator;
  Json alternatives = Json::array();
  Json mapping = Json::object();
  for (const auto& [value, alternative] : discriminator.mapping) {
    Json written = schema(*alternative);
    if (written.is_object() && written.size() == 1 && written.contains("$ref")) {
      mapping[value] = written["$ref"];
    }
    if (std::find(alternatives.begin(), alternatives.end(), written) == alternatives.end()) {
      alternatives.push_back(std::move(written));
    }
  }

  out["oneOf"] = node.one_of.empty() ? std::move(alternatives) : Json(list(node.one_of));
  Json object{{"propertyName", discriminator.property}};
  if (!mapping.empty()) object["mapping"] = std::move(mapping);
  out["discriminator"] = std::move(object);
}

void JsonSchemaWriter::Emitter::write_metadata(const Metadata& meta, Json& out) {
  if (!meta.title.empty()) out["title"] = meta.title;
  if (!meta.description.empty()) out["description"] = meta.description;
  if (meta.default_value) out["default"] = *meta.default_value;
  if (!meta.examples.empty()) {
    if (v30()) {
      out["example"] = meta.examples.front();
    } else {
      out["examples"] = Json(meta.examples);
    }
  }
  if (meta.deprecated) out["deprecated"] = true;
  if (meta.read_only) out["readOnly"] = true;
  if (meta.write_only) out["writeOnly"] = true;
  for (const auto& [key, value] : meta.extensions.items()) out[key] = value;
}

Json JsonSchemaWriter::write(const Node& node, bool inline_root) {
  Emitter emitter(*this);
  Json out;
  try {
    out = inline_root ? emitter.body(node) : emitter.schema(node);
  } catch (...) {
    in_progress_.clear();
    comparing_.clear();
    throw;
  }

  if (in_progress_.empty()) {
    auto deferred = std::move(deferred_);
    deferred_.clear();
    for (const auto& [name, body] : deferred) {
      if (components_[name] != body) {
        throw std::logic_error("two different schemas are named '" + name + "'");
      }
    }
  }
  return out;
}

}  // namespace accord::schema
