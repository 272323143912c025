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
struct SchemaResource;

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
  /// "contains": how many items must match this schema is min_contains (default 1) to
  /// max_contains (default any).
  NodePtr contains;
  std::optional<std::uint64_t> min_contains;
  std::optional<std::uint64_t> max_contains;
  /// "unevaluatedItems": schema for the items that no other keyword of this schema, or of a
  /// subschema applied to the same array and satisfied by it, evaluated. Null = none.
  NodePtr unevaluated;
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

/// Keys matching an ECMA-262 pattern ("patternProperties"): their values must match `schema`.
/// A key that matches no declared property and no pattern is an undeclared key.
struct PatternProperty {
  std::string pattern;                      ///< ECMA-262 source, unanchored as in JSON Schema
  std::shared_ptr<const Pattern> compiled;  ///< `pattern`, compiled
  NodePtr schema;
};

/// What an object must also satisfy when it has the key `key` ("dependentRequired",
/// "dependentSchemas", draft 4 "dependencies").
struct Dependency {
  std::string key;
  std::vector<std::string> required;  ///< keys that must then be present too
  NodePtr schema;                     ///< schema the whole object must then match; null = none
};

/// Rules for objects and records (maps).
struct ObjectRules {
  std::vector<Property> properties;  ///< in declared order
  UnknownKeys unknown_keys = UnknownKeys::strip;
  NodePtr additional;  ///< schema for undeclared keys (a record's values); null = see unknown_keys
  NodePtr property_names;  ///< schema every key must satisfy, if any
  std::optional<std::uint64_t> min_properties;
  std::optional<std::uint64_t> max_properties;
  std::vector<PatternProperty> pattern_properties;  ///< in declared order
  std::vector<Dependency> dependencies;             ///< in declared order
  /// "unevaluatedProperties": schema for the keys that no other keyword of this schema, or of a
  /// subschema applied to the same object and satisfied by it, evaluated. Null = none. The
  /// schema `false` reports them as unrecognized_keys.
  NodePtr unevaluated;
};

/// A discriminated union: the property whose value picks the alternative.
struct Discriminator {
  std::string property;
  std::vector<std::pair<std::string, NodePtr>> mapping;  ///< value -> alternative, in order
};

/// A reference to a named schema: a component (typed schemas) or a JSON Schema "$ref" or
/// "$dynamicRef".
struct Reference {
  std::string component;  ///< component name when the target is a named component
  std::string uri;        ///< the "$ref" text as read, when read from JSON Schema
  std::function<const Node*()> resolve;  ///< the target; resolved lazily to allow recursion
  bool dynamic = false;                  ///< read from "$dynamicRef" (and written back as one)
  /// For a "$dynamicRef" whose target is a "$dynamicAnchor": that anchor's name. The validator
  /// then uses the outermost schema resource of the dynamic scope that declares a dynamic
  /// anchor of this name (see SchemaResource), and `resolve` only when none does.
  std::string dynamic_anchor{};
};

/// A JSON Schema resource read from a document (the document itself, or a schema with "$id"),
/// as far as "$dynamicRef" needs it. Owned by the SchemaDocument of its nodes.
struct SchemaResource {
  std::string uri;  ///< absolute URI without fragment; empty for a document without "$id"
  std::vector<std::pair<std::string, const Node*>> dynamic_anchors;  ///< name -> schema
};

/// The identifiers a schema read from JSON Schema declares, kept so that writing it back keeps
/// its references working, and the resource it belongs to.
struct SchemaIdentity {
  std::string id;              ///< "$id" (draft 4 "id") as written; empty when none
  std::string anchor;          ///< "$anchor"
  std::string dynamic_anchor;  ///< "$dynamicAnchor"
  /// The resource the schema is in, set only when its document uses "$dynamicRef": the
  /// validator tracks the resources it passes through (the dynamic scope) with it.
  const SchemaResource* resource = nullptr;
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

  /// "if" / "then" / "else": when the value matches if_schema it must match then_schema, else
  /// else_schema (a null branch accepts). Nothing applies when if_schema is null.
  NodePtr if_schema;
  NodePtr then_schema;
  NodePtr else_schema;

  std::optional<Reference> ref;  ///< when set, the value must also satisfy the target
  std::vector<Refinement> refinements;
  SchemaIdentity identity;  ///< "$id" and anchors of a schema read from JSON Schema

  /// True for the schema `false` of JSON Schema: nothing is valid.
  bool never = false;
};

/// A short, human name for the types a node allows, as used in issues: "string",
/// "integer", "object", "string | null", "CreateUserRequest"... Follows references.
std::string expected_type_name(const Node& node);

}  // namespace accord::schema
