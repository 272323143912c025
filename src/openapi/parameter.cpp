#include "accord/openapi/parameter.hpp"

#include <stdexcept>

namespace accord::openapi {

std::string_view to_string(ParameterLocation location) noexcept {
  switch (location) {
    case ParameterLocation::path: return "path";
    case ParameterLocation::query: return "query";
    case ParameterLocation::header: return "header";
    case ParameterLocation::cookie: return "cookie";
  }
  return "query";
}

void check_extension_key(std::string_view key) {
  if (!key.starts_with("x-")) {
    throw std::invalid_argument("extension \"" + std::string(key) + "\" must start with \"x-\"");
  }
}

Parameter::Parameter(std::string name, ParameterLocation in, NodePtr node)
    : name_(std::move(name)), in_(in), schema_(std::move(node)),
      required_(in == ParameterLocation::path) {
  if (name_.empty()) throw std::invalid_argument("a parameter needs a name");
  if (!schema_) throw std::invalid_argument("parameter \"" + name_ + "\" needs a schema");
}

Parameter Parameter::required(bool on) const {
  Parameter copy = *this;
  copy.required_ = on;
  return copy;
}

Parameter Parameter::describe(std::string text) const {
  Parameter copy = *this;
  copy.description_ = std::move(text);
  return copy;
}

Parameter Parameter::deprecated(bool on) const {
  Parameter copy = *this;
  copy.deprecated_ = on;
  return copy;
}

Parameter Parameter::style(std::string name) const {
  Parameter copy = *this;
  copy.style_ = std::move(name);
  return copy;
}

Parameter Parameter::explode(bool on) const {
  Parameter copy = *this;
  copy.explode_ = on;
  return copy;
}

Parameter Parameter::example(Json value) const {
  Parameter copy = *this;
  copy.examples_.push_back(std::move(value));
  return copy;
}

Parameter Parameter::extension(const std::string& key, Json value) const {
  check_extension_key(key);
  Parameter copy = *this;
  copy.extensions_[key] = std::move(value);
  return copy;
}

std::vector<Parameter> parameters_from_object(const schema::Node& object, ParameterLocation in) {
  const schema::Node* node = &object;
  for (int hops = 0; node->ref && node->ref->resolve && hops < 64; ++hops) {
    const schema::Node* target = node->ref->resolve();
    if (target == nullptr || target == node) break;
    node = target;
  }
  if (!node->object) {
    throw std::invalid_argument(std::string(to_string(in)) +
                                " parameters come from an object schema, not from " +
                                schema::expected_type_name(object));
  }
  std::vector<Parameter> parameters;
  for (const auto& property : node->object->properties) {
    // The description belongs to the parameter; the schema keeps the rest.
    schema::NodePtr schema_node = property.schema;
    if (!schema_node->meta.description.empty()) {
      auto copy = std::make_shared<schema::Node>(*schema_node);
      copy->meta.description.clear();
      schema_node = std::move(copy);
    }
    Parameter parameter(property.name, in, schema_node);
    // An optional path field stays optional here, so that registration refuses it.
    parameters.push_back(parameter.required(property.required)
                             .describe(property.schema->meta.description));
  }
  return parameters;
}

}  // namespace accord::openapi
