#pragma once
/// @file
/// `accord convert FILE --to 3.0|3.1`: rewrites a document for the other OpenAPI version,
/// or in the other text format.

#include <CLI/CLI.hpp>

namespace accord::cli {

/// Registers the `convert` command on `app`; it writes its exit status into `exit_code`.
void add_convert_command(CLI::App& app, int& exit_code);

}  // namespace accord::cli
