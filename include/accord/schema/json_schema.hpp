#pragma once
/// @file
/// Writing schema Nodes as JSON Schema (OpenAPI 3.0 schema objects or the 3.1 / 2020-12
/// dialect), and reading JSON Schema back into Nodes.

#include <cstdint>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "accord/schema/issue.hpp"
#include "accord/schema/node.hpp"

namespace accord::schema {

/// The JSON Schema dialect to write or read.
enum class Dialect : std::uint8_t {
  openapi_3_0,   ///< OpenAPI 3.0 schema object: nullable, boolean exclusive bounds, example
  openapi_3_1,   ///< OpenAPI 3.1 = JSON Schema 2020-12: type arrays, numeric exclusive bounds
  draft4,        ///< JSON Schema draft 4 (reading only, for the conformance suite)
  draft2020_12,  ///< JSON Schema 2020-12 (same output as openapi_3_1)
};

/// Writes schemas as JSON Schema. Named nodes (Metadata::name) become components, referenced
/// with "$ref" and collected in components(); anonymous nodes are written inline.
/// Output is deterministic: keys in a fixed order ($ref, type, format, nullable, enum/const,
/// constraints, properties, required, additionalProperties, composition, annotations).
/// Refinements (C++ predicates) cannot be expressed in JSON Schema and are not written.
/// Dialect::draft4 is written like openapi_3_0, Dialect::draft2020_12 like openapi_3_1.
///
///     JsonSchemaWriter writer({.dialect = Dialect::openapi_3_0});
///     Json schema = writer.write(node);      // {"$ref": "#/components/schemas/User"}
///     Json bodies = writer.components();     // {"User": {"type": "object", ...}}
class JsonSchemaWriter {
 public:
  struct Options {
    Dialect dialect = Dialect::openapi_3_1;
    std::string ref_prefix = "#/components/schemas/";
  };

  JsonSchemaWriter() = default;
  explicit JsonSchemaWriter(Options options) : options_(std::move(options)) {}

  /// The schema of `node`. When `node` itself is named, the result is a "$ref" and its body is
  /// added to components(); pass `inline_root` to get the body itself.
  /// Throws std::logic_error when two different schemas claim one component name, or when an
  /// anonymous schema refers to itself (a recursive schema needs a name).
  Json write(const Node& node, bool inline_root = false);

  /// The components written so far, name -> schema, in first-use order.
  [[nodiscard]] const Json& components() const noexcept { return components_; }

 private:
  class Emitter;
  friend class Emitter;

  Options options_;
  Json components_ = Json::object();
  std::map<std::string, const Node*> owners_;
  std::vector<const Node*> in_progress_;
  std::set<std::string> comparing_;                    // names whose second body is being checked
  std::vector<std::pair<std::string, Json>> deferred_;  // bodies to compare once written
};

/// A schema read from JSON Schema: the root node and every node it reaches. References
/// (Reference::resolve) point at nodes owned by this document, so keep it alive while the
/// nodes are in use.
class SchemaDocument {
 public:
  /// The root schema.
  [[nodiscard]] const NodePtr& root() const noexcept { return root_; }

 private:
  friend class JsonSchemaReader;
  NodePtr root_;
  std::vector<NodePtr> nodes_;  // every node, so references stay valid while the document lives
  std::vector<std::shared_ptr<const SchemaResource>> resources_;  // for "$dynamicRef"
};

/// A problem found when reading JSON Schema: where (JSON Pointer into the schema) and what.
struct SchemaError {
  std::string pointer;
  std::string message;
};

/// Reads JSON Schema into Nodes. A keyword accord does not support is an error (never silently
/// ignored); annotations (title, description, examples, $comment, ...) are kept or skipped.
/// Untrusted input is safe: nesting is limited, and reference cycles that never reach a real
/// schema ({"$ref": "#"}) are errors rather than hangs. See docs/json-schema.md for the keywords.
///
///     JsonSchemaReader reader({.dialect = Dialect::openapi_3_0});
///     auto read = reader.read(openapi_document, "/components/schemas/Pet");
///     if (auto* errors = std::get_if<std::vector<SchemaError>>(&read)) { ... }
class JsonSchemaReader {
 public:
  struct Options {
    Dialect dialect = Dialect::openapi_3_1;
    /// Schemas reachable by absolute URI (for "$ref": "http://..."), e.g. the suite's remotes.
    std::map<std::string, Json> remote_documents;
    /// Whether "format" is asserted (the formats accord checks, see StringFormat) or only kept
    /// as an annotation, as JSON Schema 2020-12 does by default and as most validators do.
    bool assert_formats = true;
  };

  /// The document read, or every error found (each with its JSON Pointer).
  using ReadResult = std::variant<std::shared_ptr<const SchemaDocument>, std::vector<SchemaError>>;

  JsonSchemaReader() = default;
  explicit JsonSchemaReader(Options options) : options_(std::move(options)) {}

  /// Reads `schema` (the document root). Returns the document or every error found.
  [[nodiscard]] ReadResult read(const Json& schema) const;

  /// Reads the schema at JSON Pointer `pointer` (RFC 6901, e.g. "/components/schemas/Pet"; a
  /// leading "#" is allowed) inside `document`, such as an OpenAPI file. Local references
  /// ("#/...") resolve against the whole document. Schemas under /components/schemas, /$defs
  /// and /definitions are named after their key (Metadata::name).
  [[nodiscard]] ReadResult read(const Json& document, std::string_view pointer) const;

 private:
  Options options_;
};

}  // namespace accord::schema
