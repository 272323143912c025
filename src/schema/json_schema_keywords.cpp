// JsonSchemaReader: the keywords on scalar values (type, enum, const, strings, numbers).

#include <cmath>
#include <limits>

#include "accord/schema/pattern.hpp"
#include "schema/json_schema_common.hpp"
#include "schema/json_schema_reader.hpp"

namespace accord::schema::detail {
namespace {

std::optional<JsonType> type_from_name(std::string_view name) {
  for (const auto& [type, type_name] : kTypeNames) {
    if (type_name == name) return type;
  }
  return std::nullopt;
}

StringRules& string_rules(Node& node) {
  if (!node.string) node.string.emplace();
  return *node.string;
}

NumberRules& number_rules(Node& node) {
  if (!node.number) node.number.emplace();
  return *node.number;
}

std::string keyword_of(const SchemaLocation& where) {
  const auto segments = split_pointer(where.pointer);
  return segments && !segments->empty() ? segments->back() : std::string();
}

}  // namespace

std::optional<std::uint64_t> count_value(const Json& value) {
  if (value.is_number_unsigned()) return value.get<std::uint64_t>();
  if (value.is_number_integer()) {
    const auto number = value.get<std::int64_t>();
    if (number >= 0) return static_cast<std::uint64_t>(number);
    return std::nullopt;
  }
  if (value.is_number_float()) {
    const double number = value.get<double>();
    if (number >= 0 && number < 1.8e19 && std::trunc(number) == number) {
      return static_cast<std::uint64_t>(number);
    }
  }
  return std::nullopt;
}

void SchemaReadContext::on_type(Node& node, const Json&, const Json& value,
                                const SchemaLocation& where) {
  std::vector<Json> names;
  if (value.is_string()) {
    names.push_back(value);
  } else if (value.is_array() && !value.empty() && !allows(kOpenApi30)) {
    names.assign(value.begin(), value.end());
  } else {
    error(where, allows(kOpenApi30) ? "'type' must be one type name in OpenAPI 3.0"
                                    : "'type' must be a type name or a list of them");
    return;
  }

  node.types = TypeSet::none();
  for (const auto& name : names) {
    const auto type = name.is_string() ? type_from_name(name.get<std::string>()) : std::nullopt;
    if (!type) {
      error(where, "unknown type " + name.dump());
      continue;
    }
    node.types.add(*type);
  }
}

void SchemaReadContext::on_enum(Node& node, const Json&, const Json& value,
                                const SchemaLocation& where) {
  if (!value.is_array()) {
    error(where, "'enum' must be an array");
    return;
  }
  node.enum_values = std::vector<Json>(value.begin(), value.end());
}

void SchemaReadContext::on_const(Node& node, const Json&, const Json& value,
                                 const SchemaLocation&) {
  node.const_value = value;
}

void SchemaReadContext::on_nullable(Node& node, const Json&, const Json& value,
                                    const SchemaLocation& where) {
  if (!value.is_boolean()) {
    error(where, "'nullable' must be a boolean");
    return;
  }
  node.nullable = value.get<bool>();
}

void SchemaReadContext::on_string(Node& node, const Json&, const Json& value,
                                  const SchemaLocation& where) {
  const auto key = keyword_of(where);
  const auto count = count_value(value);
  if (!count) {
    error(where, "'" + key + "' must be a non-negative integer");
    return;
  }
  auto& rules = string_rules(node);
  (key == "minLength" ? rules.min_length : rules.max_length) = *count;
}

void SchemaReadContext::on_pattern(Node& node, const Json&, const Json& value,
                                   const SchemaLocation& where) {
  if (!value.is_string()) {
    error(where, "'pattern' must be a string");
    return;
  }
  auto compiled = Pattern::compile(value.get<std::string>());
  if (auto* message = std::get_if<std::string>(&compiled)) {
    error(where, "invalid pattern: " + *message);
    return;
  }
  auto& rules = string_rules(node);
  rules.pattern = value.get<std::string>();
  rules.compiled = std::get<std::shared_ptr<const Pattern>>(std::move(compiled));
}

void SchemaReadContext::on_format(Node& node, const Json&, const Json& value,
                                  const SchemaLocation& where) {
  if (!value.is_string()) {
    error(where, "'format' must be a string");
    return;
  }
  const auto name = value.get<std::string>();
  if (!options_.assert_formats && (name == "int32" || name == "int64")) {
    number_rules(node).format = name;
  } else if (name == "int32") {
    auto& rules = number_rules(node);
    rules.format = name;
    rules.range = IntegerRange{std::numeric_limits<std::int32_t>::min(),
                               std::numeric_limits<std::int32_t>::max(), name};
  } else if (name == "int64") {
    auto& rules = number_rules(node);
    rules.format = name;
    rules.range = IntegerRange{std::numeric_limits<std::int64_t>::min(),
                               std::numeric_limits<std::int64_t>::max(), name};
  } else if (name == "float" || name == "double") {
    number_rules(node).format = name;
  } else {
    auto& rules = string_rules(node);
    rules.format = options_.assert_formats ? string_format_from_name(name) : StringFormat::none;
    rules.format_name = name;
  }
}

void SchemaReadContext::on_number(Node& node, const Json& schema, const Json& value,
                                  const SchemaLocation& where) {
  const auto key = keyword_of(where);
  if (!value.is_number()) {
    error(where, "'" + key + "' must be a number");
    return;
  }
  const double number = value.get<double>();
  auto& rules = number_rules(node);
  if (key == "multipleOf") {
    if (!(number > 0)) error(where, "'multipleOf' must be greater than 0");
    rules.multiple_of = number;
    return;
  }

  // With the boolean form (draft 4, OpenAPI 3.0) the bound is exclusive instead.
  const bool is_min = key == "minimum";
  const auto flag = schema.find(is_min ? "exclusiveMinimum" : "exclusiveMaximum");
  if (flag != schema.end() && flag->is_boolean() && flag->get<bool>()) return;
  (is_min ? rules.minimum : rules.maximum) = number;
}

void SchemaReadContext::on_exclusive(Node& node, const Json& schema, const Json& value,
                                     const SchemaLocation& where) {
  const auto key = keyword_of(where);
  const bool is_min = key == "exclusiveMinimum";
  auto& rules = number_rules(node);
  auto& bound = is_min ? rules.exclusive_minimum : rules.exclusive_maximum;

  if (allows(kModern)) {
    if (!value.is_number()) {
      error(where, "'" + key + "' must be a number");
      return;
    }
    bound = value.get<double>();
    return;
  }

  if (!value.is_boolean()) {
    error(where, "'" + key + "' must be a boolean in this dialect");
    return;
  }
  const std::string limit_key = is_min ? "minimum" : "maximum";
  const auto limit = schema.find(limit_key);
  if (limit == schema.end() || !limit->is_number()) {
    if (value.get<bool>()) error(where, "'" + key + "' needs '" + limit_key + "'");
    return;
  }
  if (value.get<bool>()) bound = limit->get<double>();
}

}  // namespace accord::schema::detail
