// Arrays, objects and JSON equality for the DOM validator.
#include <string>

#include "accord/schema/detail/checks.hpp"
#include "accord/schema/pattern.hpp"
#include "validator.hpp"

namespace accord::schema::detail {
namespace {

bool numbers_equal(const Json& a, const Json& b) {
  if (a.is_number_float() || b.is_number_float()) return a.get<double>() == b.get<double>();
  if (a.is_number_unsigned() && b.is_number_unsigned()) {
    return a.get<std::uint64_t>() == b.get<std::uint64_t>();
  }
  // One is signed: a negative value cannot equal an unsigned one.
  const auto signed_a = a.get<std::int64_t>();
  const auto signed_b = b.get<std::int64_t>();
  if (a.is_number_integer() && b.is_number_integer()) return signed_a == signed_b;
  const auto& negative_side = a.is_number_unsigned() ? b : a;
  if (negative_side.get<std::int64_t>() < 0) return false;
  return a.get<std::uint64_t>() == b.get<std::uint64_t>();
}

bool objects_equal(const Json& a, const Json& b) {
  if (a.size() != b.size()) return false;
  for (const auto& [key, member] : a.items()) {
    const auto other = b.find(key);
    if (other == b.end() || !json_equal(member, *other)) return false;
  }
  return true;
}

ACCORD_ALWAYS_INLINE const Property* find_property(const ObjectRules& rules,
                                                   std::string_view name) {
  for (const auto& property : rules.properties) {
    if (property.name == name) return &property;
  }
  return nullptr;
}

}  // namespace

bool json_equal(const Json& a, const Json& b) {
  if (a.is_number() && b.is_number()) return numbers_equal(a, b);
  if (a.type() != b.type()) return false;
  if (a.is_object()) return objects_equal(a, b);
  if (!a.is_array()) return a == b;

  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (!json_equal(a[i], b[i])) return false;
  }
  return true;
}

void Validator::walk_array(const ArrayRules& rules, const Json& value, Json* out) {
  const bool max_covers_tuple =
      rules.max_items && *rules.max_items <= rules.prefix_items.size();
  if (rules.closed && value.size() > rules.prefix_items.size() && !max_covers_tuple) {
    ArrayRules tuple;
    tuple.max_items = rules.prefix_items.size();
    check_array_size(tuple, value.size(), sink_);
  }
  check_array_size(rules, value.size(), sink_);
  if (out != nullptr) *out = Json::array();
  const std::size_t mark = sink_.count();
  Evaluated* marks = tracking(value);

  for (std::size_t i = 0; i < value.size() && !sink_.fatal(); ++i) {
    const bool positional = i < rules.prefix_items.size();
    const Node* item = positional ? rules.prefix_items[i].get() : rules.items.get();
    if (marks != nullptr && (positional || item != nullptr || rules.closed)) marks->marks[i] = 1;
    Json* slot = out != nullptr ? &out->emplace_back() : nullptr;
    if (item == nullptr) {
      if (slot != nullptr) *slot = value[i];
      continue;
    }
    sink_.push(i);
    walk(*item, value[i], slot);
    sink_.pop();
  }
  if (rules.contains && !sink_.fatal()) walk_contains(rules, value, marks);
  // As in the typed parse, equal items are looked for only among items that are valid.
  if (rules.unique_items && sink_.count() == mark) check_unique(value);
}

void Validator::check_unique(const Json& value) {
  for (std::size_t second = 1; second < value.size(); ++second) {
    for (std::size_t first = 0; first < second; ++first) {
      if (json_equal(value[first], value[second])) return report_not_unique(sink_, first, second);
    }
  }
}

void Validator::walk_object(const ObjectRules& rules, const Json& value, Json* out) {
  if (out != nullptr) *out = Json::object();
  std::vector<std::string> unknown;
  Evaluated* marks = tracking(value);
  if (marks != nullptr || !rules.pattern_properties.empty()) [[unlikely]] {
    std::size_t index = 0;
    for (const auto& [key, member] : value.items()) {
      if (sink_.fatal()) return;
      const bool evaluated = walk_matching_member(rules, key, member, out, unknown);
      if (marks != nullptr && evaluated) marks->marks[index] = 1;
      ++index;
    }
  } else {
    for (const auto& [key, member] : value.items()) {
      if (sink_.fatal()) return;
      walk_member(rules, key, member, out, unknown);
    }
  }
  if (sink_.fatal()) return;

  add_missing(rules, value, out);
  if (!rules.dependencies.empty()) walk_dependencies(rules, value);
  if (!unknown.empty()) report_unrecognized_keys(sink_, std::move(unknown));
  check_object_size(rules, value.size(), sink_);
}

// Validates one member against its property or the schema for undeclared keys.
void Validator::walk_member(const ObjectRules& rules, const std::string& key, const Json& member,
                            Json* out, std::vector<std::string>& unknown) {
  sink_.push(key);
  if (rules.property_names) walk_property_name(*rules.property_names, key);

  const Property* property = find_property(rules, key);
  const Node* schema = property != nullptr ? property->schema.get() : rules.additional.get();
  const bool keep = property != nullptr || rules.additional != nullptr ||
                    rules.unknown_keys == UnknownKeys::passthrough;
  if (property == nullptr && rules.additional == nullptr &&
      rules.unknown_keys == UnknownKeys::strict) {
    unknown.push_back(key);
  }
  Json* slot = out != nullptr && keep ? &(*out)[key] : nullptr;
  if (schema != nullptr) {
    walk(*schema, member, slot);
  } else if (slot != nullptr) {
    *slot = member;
  }
  sink_.pop();
}

// walk_member for an object with patternProperties or whose annotations are collected: the
// property and every matching pattern apply; the schema for undeclared keys only when neither
// does. The first schema that applies builds the coerced value. True when one of those
// keywords evaluated the member (an annotation, for unevaluatedProperties).
bool Validator::walk_matching_member(const ObjectRules& rules, const std::string& key,
                                     const Json& member, Json* out,
                                     std::vector<std::string>& unknown) {
  sink_.push(key);
  const bool evaluated = walk_matching_schemas(rules, key, member, out, unknown);
  sink_.pop();
  return evaluated;
}

bool Validator::walk_matching_schemas(const ObjectRules& rules, const std::string& key,
                                      const Json& member, Json* out,
                                      std::vector<std::string>& unknown) {
  if (rules.property_names) walk_property_name(*rules.property_names, key);
  bool evaluated = false;
  if (const Property* property = find_property(rules, key)) {
    Json* slot = out != nullptr ? &(*out)[key] : nullptr;
    if (property->schema) {
      walk(*property->schema, member, slot);
    } else if (slot != nullptr) {
      *slot = member;
    }
    evaluated = true;
  }
  for (const auto& pattern : rules.pattern_properties) {
    if (!pattern.schema || !pattern.compiled || !pattern.compiled->search(key)) continue;
    walk(*pattern.schema, member, out != nullptr && !evaluated ? &(*out)[key] : nullptr);
    evaluated = true;
  }
  if (evaluated) return true;

  if (rules.additional) {
    walk(*rules.additional, member, out != nullptr ? &(*out)[key] : nullptr);
    return true;
  }
  if (rules.unknown_keys == UnknownKeys::strict) {
    unknown.push_back(key);
    return true;
  }
  if (rules.unknown_keys == UnknownKeys::passthrough && out != nullptr) (*out)[key] = member;
  return false;
}

// Checks a key against propertyNames. Its issues sit at the member's path, so each names the
// key it is about (Issue::keys) and says so first.
void Validator::walk_property_name(const Node& names, const std::string& key) {
  const std::size_t mark = sink_.count();
  walk(names, Json(key), nullptr);
  if (sink_.fatal()) return;
  for (std::size_t i = mark; i < sink_.count(); ++i) {
    Issue& issue = sink_.issue(i);
    issue.keys = {key};
    issue.message = "Invalid key " + Json(key).dump() + ": " + issue.message;
  }
}

void Validator::add_missing(const ObjectRules& rules, const Json& value, Json* out) {
  for (const auto& property : rules.properties) {
    if (value.contains(property.name) || !property.schema) continue;

    const auto& fallback = property.schema->meta.default_value;
    if (fallback) {
      if (out != nullptr) (*out)[property.name] = *fallback;
    } else if (property.required) {
      sink_.push(property.name);
      report_missing(sink_, *property.schema);
      sink_.pop();
    }
  }
}

}  // namespace accord::schema::detail
