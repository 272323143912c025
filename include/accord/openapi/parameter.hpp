#pragma once
/// @file
/// Route parameters (path, query, header, cookie) and the schemas they take.

#include <concepts>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "accord/schema/node.hpp"

namespace accord::openapi {

using schema::Json;
using schema::NodePtr;

/// A typed schema of accord::schema (anything with node_ptr()).
template <class S>
concept TypedSchemaLike = requires(const S& s) {
  { s.node_ptr() } -> std::convertible_to<NodePtr>;
};

/// Where a parameter travels in the request.
enum class ParameterLocation : std::uint8_t { path, query, header, cookie };

/// "path", "query", "header" or "cookie".
std::string_view to_string(ParameterLocation location) noexcept;

/// One request parameter. Path parameters are always required; the others are optional unless
/// made required. Builders return a changed copy:
///
///     Parameter::query("limit", s::integer<std::int32_t>().min(1).max(100))
///         .describe("Page size")
///         .example(20)
class Parameter {
 public:
  /// A parameter of schema `node`.
  Parameter(std::string name, ParameterLocation in, NodePtr node);

  template <TypedSchemaLike S>
  static Parameter path(std::string name, const S& schema) {
    return {std::move(name), ParameterLocation::path, schema.node_ptr()};
  }
  template <TypedSchemaLike S>
  static Parameter query(std::string name, const S& schema) {
    return {std::move(name), ParameterLocation::query, schema.node_ptr()};
  }
  template <TypedSchemaLike S>
  static Parameter header(std::string name, const S& schema) {
    return {std::move(name), ParameterLocation::header, schema.node_ptr()};
  }
  template <TypedSchemaLike S>
  static Parameter cookie(std::string name, const S& schema) {
    return {std::move(name), ParameterLocation::cookie, schema.node_ptr()};
  }

  [[nodiscard]] Parameter required(bool on = true) const;
  [[nodiscard]] Parameter describe(std::string text) const;
  [[nodiscard]] Parameter deprecated(bool on = true) const;
  /// Serialisation style ("form", "simple", "label", "matrix", "spaceDelimited",
  /// "pipeDelimited", "deepObject"); empty means the location's default.
  [[nodiscard]] Parameter style(std::string name) const;
  [[nodiscard]] Parameter explode(bool on) const;
  /// An example value; checked against the schema when the route is registered.
  [[nodiscard]] Parameter example(Json value) const;
  /// A vendor extension; `key` must start with "x-".
  [[nodiscard]] Parameter extension(const std::string& key, Json value) const;

  [[nodiscard]] const std::string& name() const noexcept { return name_; }
  [[nodiscard]] ParameterLocation in() const noexcept { return in_; }
  [[nodiscard]] const NodePtr& schema() const noexcept { return schema_; }
  [[nodiscard]] bool is_required() const noexcept { return required_; }
  [[nodiscard]] const std::string& description() const noexcept { return description_; }
  [[nodiscard]] bool is_deprecated() const noexcept { return deprecated_; }
  [[nodiscard]] const std::string& style_name() const noexcept { return style_; }
  [[nodiscard]] const std::optional<bool>& explodes() const noexcept { return explode_; }
  [[nodiscard]] const std::vector<Json>& examples() const noexcept { return examples_; }
  [[nodiscard]] const Json& extensions() const noexcept { return extensions_; }

 private:
  std::string name_;
  ParameterLocation in_;
  NodePtr schema_;
  bool required_ = false;
  std::string description_;
  bool deprecated_ = false;
  std::string style_;
  std::optional<bool> explode_;
  std::vector<Json> examples_;
  Json extensions_ = Json::object();
};

/// One parameter per property of an object schema (a bound struct's): the property's wire
/// name, schema and optionality. Throws std::invalid_argument when `object` is no object.
std::vector<Parameter> parameters_from_object(const schema::Node& object, ParameterLocation in);

/// Throws std::invalid_argument unless `key` starts with "x-".
void check_extension_key(std::string_view key);

}  // namespace accord::openapi
