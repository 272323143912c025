#pragma once
// The state of one JsonSchemaReader::read call (private to accord::schema).

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "accord/schema/json_schema.hpp"

namespace accord::schema::detail {

/// Dialect bits, for the table of which keyword each dialect accepts.
inline constexpr unsigned kDraft4 = 1;
inline constexpr unsigned kOpenApi30 = 2;
inline constexpr unsigned kOpenApi31 = 4;
inline constexpr unsigned kDraft2020 = 8;
inline constexpr unsigned kAll = kDraft4 | kOpenApi30 | kOpenApi31 | kDraft2020;
inline constexpr unsigned kModern = kOpenApi31 | kDraft2020;
inline constexpr unsigned kOpenApi = kOpenApi30 | kOpenApi31;

/// The object rules of `node`, created with JSON Schema's default (passthrough) if absent.
inline ObjectRules& object_rules(Node& node) {
  if (!node.object) {
    node.object.emplace();
    node.object->unknown_keys = UnknownKeys::passthrough;
  }
  return *node.object;
}

/// Where a schema is: which document (0 = the one being read, then remotes) and the JSON
/// Pointer inside it, with RFC 6901 escapes.
struct SchemaLocation {
  std::size_t document = 0;
  std::string pointer;

  [[nodiscard]] SchemaLocation child(std::string_view key) const;
  [[nodiscard]] SchemaLocation child(std::size_t index) const;
  friend bool operator<(const SchemaLocation& a, const SchemaLocation& b) {
    return std::tie(a.document, a.pointer) < std::tie(b.document, b.pointer);
  }
};

/// A count keyword's value (minLength, maxItems, ...): a non-negative integer, 2.0 included.
std::optional<std::uint64_t> count_value(const Json& value);

/// Escapes one JSON Pointer segment (~ as ~0, / as ~1).
std::string escape_pointer_segment(std::string_view segment);

/// Splits a JSON Pointer into unescaped segments; empty when the pointer is malformed.
std::optional<std::vector<std::string>> split_pointer(std::string_view pointer);

/// Decodes %XX escapes; empty when an escape is malformed.
std::optional<std::string> percent_decode(std::string_view text);

/// Resolves a URI reference against a base URI (RFC 3986 section 5.2, without dot segments).
std::string resolve_uri(std::string_view base, std::string_view reference);

/// Reads schemas into nodes, resolves references and rejects reference cycles.
class SchemaReadContext {
 public:
  SchemaReadContext(const JsonSchemaReader::Options& options, const Json& document);

  /// Reads the schema at `pointer` in the main document; null when it is not there.
  std::shared_ptr<Node> read_root(std::string_view pointer);

  [[nodiscard]] const std::vector<SchemaError>& errors() const noexcept { return errors_; }
  [[nodiscard]] std::vector<NodePtr> nodes() const;
  /// The schema resources "$dynamicRef" needs (empty when the schema uses none).
  [[nodiscard]] std::vector<std::shared_ptr<const SchemaResource>> resources() const;

 private:
  struct DocumentInfo {
    const Json* json = nullptr;
    std::string base_uri;  // "" for the main document without $id
  };
  struct PendingRef {
    Node* node = nullptr;
    SchemaLocation target;
  };
  // Where a reference leads: the schema, and for a plain-name fragment declared by
  // "$dynamicAnchor", that name.
  struct RefTarget {
    SchemaLocation location;
    std::string dynamic_anchor;
  };
  using Handler = void (SchemaReadContext::*)(Node&, const Json&, const Json&,
                                              const SchemaLocation&);
  struct Keyword {
    Handler handler = nullptr;
    unsigned dialects = 0;
  };

  // Reading (json_schema_reader.cpp).
  std::shared_ptr<Node> read_schema(const Json& value, const SchemaLocation& where);
  std::shared_ptr<Node> read_child(const Json& value, const SchemaLocation& where);
  void read_keywords(Node& node, const Json& schema, const SchemaLocation& where);
  void read_keyword(Node& node, const Json& schema, const std::string& key,
                    const SchemaLocation& where);
  void finish_object(Node& node, const Json& schema, const SchemaLocation& where);
  [[nodiscard]] bool allows(unsigned dialects) const;
  static const std::map<std::string, Keyword, std::less<>>& keywords();

  void on_type(Node&, const Json&, const Json&, const SchemaLocation&);
  void on_enum(Node&, const Json&, const Json&, const SchemaLocation&);
  void on_const(Node&, const Json&, const Json&, const SchemaLocation&);
  void on_nullable(Node&, const Json&, const Json&, const SchemaLocation&);
  void on_string(Node&, const Json&, const Json&, const SchemaLocation&);
  void on_pattern(Node&, const Json&, const Json&, const SchemaLocation&);
  void on_format(Node&, const Json&, const Json&, const SchemaLocation&);
  void on_number(Node&, const Json&, const Json&, const SchemaLocation&);
  void on_exclusive(Node&, const Json&, const Json&, const SchemaLocation&);
  void on_items(Node&, const Json&, const Json&, const SchemaLocation&);
  void on_prefix_items(Node&, const Json&, const Json&, const SchemaLocation&);
  void on_additional_items(Node&, const Json&, const Json&, const SchemaLocation&);
  void on_array_limit(Node&, const Json&, const Json&, const SchemaLocation&);
  void on_properties(Node&, const Json&, const Json&, const SchemaLocation&);
  void on_required(Node&, const Json&, const Json&, const SchemaLocation&);
  void on_additional_properties(Node&, const Json&, const Json&, const SchemaLocation&);
  void on_object_limit(Node&, const Json&, const Json&, const SchemaLocation&);
  void on_property_names(Node&, const Json&, const Json&, const SchemaLocation&);
  void on_composition(Node&, const Json&, const Json&, const SchemaLocation&);
  void on_not(Node&, const Json&, const Json&, const SchemaLocation&);
  void on_discriminator(Node&, const Json&, const Json&, const SchemaLocation&);
  void on_definitions(Node&, const Json&, const Json&, const SchemaLocation&);
  void on_annotation(Node&, const Json&, const Json&, const SchemaLocation&);
  void on_flag(Node&, const Json&, const Json&, const SchemaLocation&);
  void on_example(Node&, const Json&, const Json&, const SchemaLocation&);
  void on_id(Node&, const Json&, const Json&, const SchemaLocation&);
  void on_ignored(Node&, const Json&, const Json&, const SchemaLocation&);

  // Keywords added with 2019-09 / 2020-12 and draft 4's dependencies
  // (json_schema_applicators.cpp).
  void on_pattern_properties(Node&, const Json&, const Json&, const SchemaLocation&);
  void on_dependencies(Node&, const Json&, const Json&, const SchemaLocation&);
  void on_dependent_required(Node&, const Json&, const Json&, const SchemaLocation&);
  void on_dependent_schemas(Node&, const Json&, const Json&, const SchemaLocation&);
  void on_if(Node&, const Json&, const Json&, const SchemaLocation&);
  void on_then_else(Node&, const Json&, const Json&, const SchemaLocation&);
  void on_unevaluated(Node&, const Json&, const Json&, const SchemaLocation&);
  void on_contains(Node&, const Json&, const Json&, const SchemaLocation&);
  void on_contains_limit(Node&, const Json&, const Json&, const SchemaLocation&);
  void on_anchor(Node&, const Json&, const Json&, const SchemaLocation&);
  void on_dynamic_ref(Node&, const Json&, const Json&, const SchemaLocation&);
  bool add_dependent_required(Node& node, const std::string& key, const Json& names);

  // References, pointers and cycles (json_schema_refs.cpp).
  void add_ref(Node& node, std::string_view uri, const SchemaLocation& where, bool dynamic);
  std::optional<RefTarget> locate_ref(std::string_view uri, const SchemaLocation& where);
  std::optional<RefTarget> locate_ref_once(std::string_view uri, const SchemaLocation& where);
  std::optional<std::size_t> document_for(const std::string& absolute_uri);
  const Json* find(const SchemaLocation& where) const;
  void resolve_pending();
  void check_cycles();
  [[nodiscard]] std::string label(const SchemaLocation& where) const;
  void error(const SchemaLocation& where, std::string message);

  // Schema resources, "$id" and anchors (json_schema_resources.cpp).
  void index_main_document(const Json& root_schema, const SchemaLocation& root);
  [[nodiscard]] bool covered(const SchemaLocation& where) const;
  void ensure_scanned(const SchemaLocation& where);
  bool scan_folders();
  void index_document(std::size_t document);
  void scan(const Json& schema, const SchemaLocation& where, std::string base, bool first,
            std::size_t depth);
  void scan_schema(const Json& schema, std::size_t document, std::string& pointer, std::string base,
                   bool first, std::size_t depth);
  void register_resource(const std::string& uri, const SchemaLocation& where);
  [[nodiscard]] SchemaLocation resource_root(const SchemaLocation& where) const;
  [[nodiscard]] std::string base_uri(const SchemaLocation& where) const;
  void build_resources();

  const JsonSchemaReader::Options& options_;
  std::vector<DocumentInfo> documents_;
  std::map<SchemaLocation, std::shared_ptr<Node>> cache_;
  std::map<const Node*, SchemaLocation> where_;
  std::vector<PendingRef> pending_;
  std::vector<SchemaError> errors_;
  std::size_t depth_ = 0;

  std::map<std::string, SchemaLocation, std::less<>> resources_by_uri_;  // absolute URI -> root
  std::map<SchemaLocation, std::string> resource_uris_;         // resource root -> its base URI
  std::map<std::string, SchemaLocation, std::less<>> anchors_;  // "uri#name" -> schema
  std::set<std::string, std::less<>> dynamic_anchors_;          // "uri#name" of the $dynamicAnchors
  std::set<SchemaLocation> scanned_;                            // roots of the scanned schema trees
  bool folders_scanned_ = false;
  bool nested_resources_ = false;  // some "$id" below a document's root
  bool dynamic_refs_ = false;
  std::vector<std::shared_ptr<SchemaResource>> resources_;
};

}  // namespace accord::schema::detail
