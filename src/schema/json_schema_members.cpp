// JsonSchemaReader: the keywords on arrays, objects, composition and annotations.

#include <algorithm>

#include "schema/json_schema_reader.hpp"

namespace accord::schema::detail {
namespace {

ArrayRules& array_rules(Node& node) {
  if (!node.array) node.array.emplace();
  return *node.array;
}

std::string keyword_of(const SchemaLocation& where) {
  const auto segments = split_pointer(where.pointer);
  return segments && !segments->empty() ? segments->back() : std::string();
}

// The component a discriminator mapping value names: "#/components/schemas/Dog" or "Dog".
std::string mapping_uri(const std::string& value) {
  if (value.find('/') != std::string::npos || value.find('#') != std::string::npos) return value;
  return "#/components/schemas/" + escape_pointer_segment(value);
}

}  // namespace

void SchemaReadContext::on_items(Node& node, const Json&, const Json& value,
                                 const SchemaLocation& where) {
  auto& rules = array_rules(node);
  if (value.is_array() && allows(kDraft4)) {
    for (std::size_t i = 0; i < value.size(); ++i) {
      rules.prefix_items.push_back(read_child(value[i], where.child(i)));
    }
  } else if (value.is_boolean() && allows(kModern)) {
    // "items": true is the empty schema: it accepts, and evaluates, every item.
    if (value.get<bool>()) rules.items = read_child(Json::object(), where);
    rules.closed = !value.get<bool>();
  } else if (value.is_object()) {
    rules.items = read_child(value, where);
  } else {
    error(where, "'items' must be a schema");
  }
}

void SchemaReadContext::on_prefix_items(Node& node, const Json&, const Json& value,
                                        const SchemaLocation& where) {
  if (!value.is_array() || value.empty()) {
    error(where, "'prefixItems' must be a non-empty array of schemas");
    return;
  }
  auto& rules = array_rules(node);
  for (std::size_t i = 0; i < value.size(); ++i) {
    rules.prefix_items.push_back(read_child(value[i], where.child(i)));
  }
}

void SchemaReadContext::on_additional_items(Node& node, const Json& schema, const Json& value,
                                            const SchemaLocation& where) {
  // Only meaningful after an array of "items"; otherwise the keyword has no effect.
  const auto items = schema.find("items");
  if (items == schema.end() || !items->is_array()) return;

  auto& rules = array_rules(node);
  if (value.is_boolean()) {
    if (value.get<bool>()) rules.items = read_child(Json::object(), where);
    rules.closed = !value.get<bool>();
  } else if (value.is_object()) {
    rules.items = read_child(value, where);
  } else {
    error(where, "'additionalItems' must be a boolean or a schema");
  }
}

void SchemaReadContext::on_array_limit(Node& node, const Json&, const Json& value,
                                       const SchemaLocation& where) {
  const auto key = keyword_of(where);
  auto& rules = array_rules(node);
  if (key == "uniqueItems") {
    if (!value.is_boolean()) error(where, "'uniqueItems' must be a boolean");
    rules.unique_items = value.is_boolean() && value.get<bool>();
    return;
  }
  const auto count = count_value(value);
  if (!count) {
    error(where, "'" + key + "' must be a non-negative integer");
    return;
  }
  (key == "minItems" ? rules.min_items : rules.max_items) = *count;
}

void SchemaReadContext::on_properties(Node& node, const Json&, const Json& value,
                                      const SchemaLocation& where) {
  if (!value.is_object()) {
    error(where, "'properties' must be an object");
    return;
  }
  auto& rules = object_rules(node);
  for (const auto& [name, schema] : value.items()) {
    rules.properties.push_back({name, read_child(schema, where.child(name)), false});
  }
}

void SchemaReadContext::on_required(Node&, const Json&, const Json& value,
                                    const SchemaLocation& where) {
  // Applied by finish_object, once every property is known.
  const bool names = value.is_array() && std::all_of(value.begin(), value.end(),
                                                     [](const Json& n) { return n.is_string(); });
  if (!names) error(where, "'required' must be an array of property names");
}

void SchemaReadContext::on_additional_properties(Node& node, const Json&, const Json& value,
                                                 const SchemaLocation& where) {
  auto& rules = object_rules(node);
  if (value.is_boolean()) {
    rules.unknown_keys = value.get<bool>() ? UnknownKeys::passthrough : UnknownKeys::strict;
    // "true" is the empty schema: unlike an absent keyword, it evaluates every other key
    // (which unevaluatedProperties sees).
    if (value.get<bool>()) rules.additional = read_child(Json::object(), where);
  } else if (value.is_object()) {
    rules.additional = read_child(value, where);
  } else {
    error(where, "'additionalProperties' must be a boolean or a schema");
  }
}

void SchemaReadContext::on_object_limit(Node& node, const Json&, const Json& value,
                                        const SchemaLocation& where) {
  const auto key = keyword_of(where);
  const auto count = count_value(value);
  if (!count) {
    error(where, "'" + key + "' must be a non-negative integer");
    return;
  }
  auto& rules = object_rules(node);
  (key == "minProperties" ? rules.min_properties : rules.max_properties) = *count;
}

void SchemaReadContext::on_property_names(Node& node, const Json&, const Json& value,
                                          const SchemaLocation& where) {
  object_rules(node).property_names = read_child(value, where);
}

void SchemaReadContext::on_composition(Node& node, const Json&, const Json& value,
                                       const SchemaLocation& where) {
  const auto key = keyword_of(where);
  if (!value.is_array() || value.empty()) {
    error(where, "'" + key + "' must be a non-empty array of schemas");
    return;
  }
  auto& list = key == "allOf" ? node.all_of : key == "anyOf" ? node.any_of : node.one_of;
  for (std::size_t i = 0; i < value.size(); ++i) {
    list.push_back(read_child(value[i], where.child(i)));
  }
}

void SchemaReadContext::on_not(Node& node, const Json&, const Json& value,
                               const SchemaLocation& where) {
  node.not_schema = read_child(value, where);
}

void SchemaReadContext::on_discriminator(Node& node, const Json& schema, const Json& value,
                                         const SchemaLocation& where) {
  const auto property = value.is_object() ? value.find("propertyName") : value.end();
  if (!value.is_object() || property == value.end() || !property->is_string()) {
    error(where, "'discriminator' must be an object with a 'propertyName'");
    return;
  }
  Discriminator discriminator{property->get<std::string>(), {}};

  const auto mapping = value.find("mapping");
  if (mapping != value.end() && mapping->is_object()) {
    for (const auto& [key, target] : mapping->items()) {
      const auto at = where.child("mapping").child(key);
      if (!target.is_string()) {
        error(at, "a discriminator mapping value must be a string");
        continue;
      }
      auto alternative = read_child(Json::object(), at);
      add_ref(*alternative, mapping_uri(target.get<std::string>()), at, false);
      discriminator.mapping.emplace_back(key, std::move(alternative));
    }
  } else {
    // Without a mapping, each $ref alternative is selected by its component name.
    const auto& alternatives = schema.contains("oneOf") ? node.one_of : node.any_of;
    for (const auto& alternative : alternatives) {
      if (alternative->ref && !alternative->ref->component.empty()) {
        discriminator.mapping.emplace_back(alternative->ref->component, alternative);
      }
    }
  }
  node.discriminator = std::move(discriminator);
}

void SchemaReadContext::on_definitions(Node&, const Json&, const Json& value,
                                       const SchemaLocation& where) {
  // Read when referenced, so that an unused definition costs nothing.
  if (!value.is_object()) error(where, "'" + keyword_of(where) + "' must be an object");
}

void SchemaReadContext::on_annotation(Node& node, const Json&, const Json& value,
                                      const SchemaLocation& where) {
  const auto key = keyword_of(where);
  if (key == "default") {
    node.meta.default_value = value;
  } else if (key == "examples") {
    if (!value.is_array()) error(where, "'examples' must be an array");
    if (value.is_array()) node.meta.examples.assign(value.begin(), value.end());
  } else if (!value.is_string()) {
    error(where, "'" + key + "' must be a string");
  } else {
    (key == "title" ? node.meta.title : node.meta.description) = value.get<std::string>();
  }
}

void SchemaReadContext::on_flag(Node& node, const Json&, const Json& value,
                                const SchemaLocation& where) {
  const auto key = keyword_of(where);
  if (!value.is_boolean()) {
    error(where, "'" + key + "' must be a boolean");
    return;
  }
  auto& flag = key == "deprecated" ? node.meta.deprecated
               : key == "readOnly" ? node.meta.read_only
                                   : node.meta.write_only;
  flag = value.get<bool>();
}

void SchemaReadContext::on_example(Node& node, const Json& schema, const Json& value,
                                   const SchemaLocation&) {
  if (!schema.contains("examples")) node.meta.examples.insert(node.meta.examples.begin(), value);
}

void SchemaReadContext::on_id(Node& node, const Json&, const Json& value,
                              const SchemaLocation& where) {
  // The resource it starts was recorded when the document was scanned.
  const auto key = keyword_of(where);
  if (!value.is_string()) {
    error(where, "'" + key + "' must be a string");
    return;
  }
  const auto& id = value.get_ref<const std::string&>();
  const auto hash = id.find('#');
  if (allows(kModern) && hash != std::string::npos && hash + 1 < id.size()) {
    error(where, "'$id' must not have a fragment (name the schema with '$anchor')");
    return;
  }
  node.identity.id = id;
}

void SchemaReadContext::on_ignored(Node&, const Json&, const Json&, const SchemaLocation&) {}

}  // namespace accord::schema::detail
