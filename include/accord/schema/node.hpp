#pragma once
/// @file
/// The untyped schema model: what a value must look like, independent of any C++ type.
///
/// Every typed schema (bound to a struct) describes itself as a Node; a schema read from JSON
/// Schema or OpenAPI is a Node too. The DOM validator, the JSON Schema writer and reader and,
/// later, the OpenAPI document all work on Nodes, so the runtime and the document cannot
/// disagree. The shape follows JSON Schema: a set of allowed types plus, per type, the rules
/// that apply when the value has that type.

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace accord::schema {

class Pattern;
struct Node;

/// JSON values as accord handles them; objects keep their key order.
using Json = nlohmann::ordered_json;

/// Shared, immutable schema nodes.
using NodePtr = std::shared_ptr<const Node>;

/// The JSON types of JSON Schema's "type" keyword. An integer is also a number.
enum class JsonType : std::uint8_t {
  null = 1,
  boolean = 2,
  integer = 4,
  number = 8,
  string = 16,
  array = 32,
  object = 64,
};

/// A set of JsonType values. The default set allows every type.
class TypeSet {
 public:
  constexpr TypeSet() = default;
  constexpr TypeSet(JsonType type) : bits_(static_cast<std::uint8_t>(type)) {}  // NOLINT

  /// Every JSON type.
  static constexpr TypeSet all() { return TypeSet(0x7f, 0); }
  /// No type at all (a schema that nothing matches).
  static constexpr TypeSet none() { return TypeSet(0, 0); }

  [[nodiscard]] constexpr bool has(JsonType type) const {
    return (bits_ & static_cast<std::uint8_t>(type)) != 0;
  }
  /// True when a value of JSON type `type` is allowed: integers also match "number".
  [[nodiscard]] constexpr bool allows(JsonType type) const {
    return has(type) || (type == JsonType::integer && has(JsonType::number));
  }
  [[nodiscard]] constexpr bool is_all() const { return bits_ == 0x7f; }
  [[nodiscard]] constexpr bool empty() const { return bits_ == 0; }
  constexpr TypeSet& add(JsonType type) {
    bits_ = static_cast<std::uint8_t>(bits_ | static_cast<std::uint8_t>(type));
    return *this;
  }
  constexpr TypeSet& remove(JsonType type) {
    bits_ = static_cast<std::uint8_t>(bits_ & ~static_cast<std::uint8_t>(type));
    return *this;
  }
  [[nodiscard]] constexpr std::uint8_t bits() const { return bits_; }
  friend constexpr bool operator==(TypeSet, TypeSet) = default;

 private:
  constexpr TypeSet(std::uint8_t bits, int /*tag*/) : bits_(bits) {}
  std::uint8_t bits_ = 0x7f;
};

/// The string formats accord checks. Other format names are kept (and written back) but not
/// checked, as JSON Schema allows: see StringRules::format_name.
enum class StringFormat : std::uint8_t {
  none,
  email,      ///< the addresses zod 4's z.email() accepts
  uuid,       ///< RFC 9562 8-4-4-4-12 hexadecimal
  uri,        ///< RFC 3986 absolute URI
  date,       ///< RFC 3339 full-date, with a real calendar day
  date_time,  ///< RFC 3339 date-time, offset required
  time,       ///< RFC 3339 full-time, offset required
  ipv4,       ///< dotted quad, no leading zeros
  ipv6,       ///< RFC 4291 text forms
  hostname,   ///< RFC 1123 host name
  byte,       ///< base64 (RFC 4648, padded)
};

/// The wire name of a string format ("date-time"), empty for StringFormat::none.
std::string_view to_string(StringFormat format) noexcept;
/// The format for a wire name; StringFormat::none when accord does not check that name.
StringFormat string_format_from_name(std::string_view name) noexcept;

/// Rules for string values. Lengths count Unicode code points, as JSON Schema does.
struct StringRules {
  std::optional<std::uint64_t> min_length;
  std::optional<std::uint64_t> max_length;
  std::optional<std::string> pattern;       ///< ECMA-262 source, unanchored as in JSON Schema
  std::shared_ptr<const Pattern> compiled;  ///< `pattern`, compiled (set with the pattern)
  StringFormat format = StringFormat::none;
  std::string format_name;  ///< the format as written; may name a format accord does not check
};

/// The range of the C++ integer type a value binds to (int32_t, uint8_t, ...): a value outside
/// it is a too_small / too_big issue, never undefined behaviour.
struct IntegerRange {
  std::int64_t min = 0;
  std::uint64_t max = 0;
  std::string type_name;  ///< "int32", "uint8", ... for messages
};

/// Rules for numeric values (integer and number).
struct NumberRules {
  std::optional<double> minimum;
  std::optional<double> maximum;
  std::optional<double> exclusive_minimum;
  std::optional<double> exclusive_maximum;
  std::optional<double> multiple_of;
  std::optional<IntegerRange> range;  ///< bound C++ integer type, when there is one
  std::string format;                 ///< OpenAPI numeric format: "int32", "int64", "double", ...
};

/// Rules for arrays and tuples.
struct ArrayRules {
  NodePtr items;                     ///< schema of every item (after prefix_items); null = any
  std::vector<NodePtr> prefix_items; ///< tuple positions
  bool closed = false;               ///< no items allowed beyond prefix_items (a fixed tuple)
  std::optional<std::uint64_t> min_items;
  std::optional<std::uint64_t> max_items;
  bool unique_items = false;
};

/// What an object does with keys it does not declare.
enum class UnknownKeys : std::uint8_t {
  strip,        ///< accept and drop them (the default for typed schemas, as zod does)
  strict,       ///< report an unrecognized_keys issue (additionalProperties: false)
  passthrough,  ///< accept and keep them (JSON Schema's default)
};

/// One declared property of an object.
struct Property {
  std::string name;  ///< the wire name
  NodePtr schema;
  bool required = true;
};

/// Rules for objects and records (maps).
struct ObjectRules {
  std::vector<Property> properties;  ///< in declared order
  UnknownKeys unknown_keys = UnknownKeys::strip;
  NodePtr additional;  ///< schema for undeclared keys (a record's values); null = see unknown_keys
  NodePtr property_names;  ///< schema every key must satisfy, if any
  std::optional<std::uint64_t> min_properties;
  std::optional<std::uint64_t> max_properties;
};

/// A discriminated union: the property whose value picks the alternative.
struct Discriminator {
  std::string property;
  std::vector<std::pair<std::string, NodePtr>> mapping;  ///< value -> alternative, in order
};

/// A reference to a named schema: a component (typed schemas) or a JSON Schema "$ref".
struct Reference {
  std::string component;  ///< component name when the target is a named component
  std::string uri;        ///< the "$ref" text as read, when read from JSON Schema
  std::function<const Node*()> resolve;  ///< the target; resolved lazily to allow recursion
};

/// A user predicate with its own message. On DOM values the predicate sees JSON.
struct Refinement {
  std::string message;
  std::string name;  ///< optional machine-readable name, reported as Issue::expected
  std::function<bool(const Json&)> check;
};

/// Documentation that travels with a schema into the OpenAPI document.
struct Metadata {
  std::string name;  ///< component name ("CreateUserRequest"); empty when anonymous
  std::string title;
  std::string description;
  std::vector<Json> examples;
  std::optional<Json> default_value;
  bool deprecated = false;
  bool read_only = false;
  bool write_only = false;
  Json extensions = Json::object();  ///< vendor extensions, keys starting with "x-"
};

/// A schema node: the allowed types, the rules per type, composition and metadata.
struct Node {
  TypeSet types = TypeSet::all();
  bool nullable = false;  ///< null is also allowed (OpenAPI 3.0 "nullable", 3.1 type "null")
  Metadata meta;

  std::optional<StringRules> string;
  std::optional<NumberRules> number;
  std::optional<ArrayRules> array;
  std::optional<ObjectRules> object;

  std::optional<std::vector<Json>> enum_values;
  std::optional<Json> const_value;

  std::vector<NodePtr> all_of;
  std::vector<NodePtr> any_of;
  std::vector<NodePtr> one_of;
  NodePtr not_schema;
  std::optional<Discriminator> discriminator;

  std::optional<Reference> ref;  ///< when set, the value must also satisfy the target
  std::vector<Refinement> refinements;

  /// True for the schema `false` of JSON Schema: nothing is valid.
  bool never = false;
};

/// A short, human name for the types a node allows, as used in issues: "string",
/// "integer", "object", "string | null", "CreateUserRequest"... Follows references.
std::string expected_type_name(const Node& node);

}  // namespace accord::schema
