#pragma once
/// @file
/// `accord validate --spec FILE --schema NAME [INSTANCE]`: validates a JSON value against a
/// schema of any OpenAPI document.

#include <CLI/CLI.hpp>

namespace accord::cli {

/// Registers the `validate` command on `app`; it writes its exit status into `exit_code`.
void add_validate_command(CLI::App& app, int& exit_code);

}  // namespace accord::cli
