#pragma once
/// @file
/// Reading an OpenAPI document for a command, and printing findings the same way everywhere.

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "accord/openapi/finding.hpp"
#include "accord/openapi/reader.hpp"

namespace accord::cli {

/// Reads `file` ("-" for standard input); on failure prints "accord: file:line:col: ..." to
/// stderr and returns nothing.
std::optional<openapi::LoadedDocument> load_document(const std::string& file);

/// Prints findings one per line: "file:line:column: error: message [rule] (pointer)".
void print_findings(std::ostream& out, const openapi::LoadedDocument& loaded,
                    const std::vector<openapi::Finding>& findings);

/// The findings as a JSON array of {severity, rule, pointer, message, file, line, column}.
std::string findings_json(const openapi::LoadedDocument& loaded,
                          const std::vector<openapi::Finding>& findings);

}  // namespace accord::cli
