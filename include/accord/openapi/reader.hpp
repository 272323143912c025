#pragma once
/// @file
/// Reading OpenAPI 3.0 and 3.1 documents from JSON or YAML files into a Document, with
/// references to other files brought in so that the result stands alone.

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "accord/openapi/document.hpp"
#include "accord/openapi/finding.hpp"
#include "accord/openapi/source_map.hpp"
#include "accord/openapi/text.hpp"

namespace accord::openapi {

/// Limits for reading a document and the files it refers to.
struct ReadOptions {
  TextLimits limits;             ///< applied to every file
  std::size_t max_files = 256;   ///< files read in all, the document included
  std::size_t max_total_bytes = 256u << 20;  ///< bytes read in all
  /// Referenced files must lie inside this folder (after resolving "..", symbolic links and
  /// absolute paths); empty means the main document's own folder. A reference elsewhere is an
  /// unresolved-ref finding, so a document cannot make accord copy /etc/passwd into it.
  std::filesystem::path reference_root;
};

/// A document read from a file.
///
/// References to other files ("common.yaml#/components/schemas/Error", "pet.json") are
/// resolved and their targets copied into the document: targets that are components, or
/// that are used where a component could stand (a schema, a parameter, a response, ...), are
/// added under components and referenced locally; others are copied in place. Local
/// references are kept as they are: a recursive schema stays recursive.
struct LoadedDocument {
  Document document;
  SourceMap locations;               ///< of the main file's values
  std::vector<std::string> files;    ///< every file read, the main one first
  std::vector<Finding> findings;     ///< problems found while reading (unresolved file refs)
};

/// Why a document could not be read: where (file, line, JSON Pointer) and what.
struct ReadError {
  SourceLocation where;
  std::string pointer;
  std::string message;
};

/// "file:line:column: pointer: message".
std::string to_string(const ReadError& error);

/// Reads the document in `path` and the files it refers to.
std::variant<LoadedDocument, ReadError> read_document(const std::filesystem::path& path,
                                                      const ReadOptions& options = {});

/// Reads a document from `text`; `name` names it in locations, and relative file references
/// are resolved against `base_directory`.
std::variant<LoadedDocument, ReadError> read_document_text(
    std::string_view text, std::string_view name,
    const std::filesystem::path& base_directory = std::filesystem::current_path(),
    const ReadOptions& options = {});

}  // namespace accord::openapi
