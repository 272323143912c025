#pragma once
/// @file
/// `accord lint FILE...`: checks OpenAPI documents (structure and semantic rules).

#include <CLI/CLI.hpp>

namespace accord::cli {

/// Registers the `lint` command on `app`; it writes its exit status into `exit_code`.
void add_lint_command(CLI::App& app, int& exit_code);

}  // namespace accord::cli
