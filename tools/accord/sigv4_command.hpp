#pragma once
/// @file
/// `accord sigv4 sign` and `accord sigv4 verify`.

#include <CLI/CLI.hpp>

namespace accord::cli {

/// Registers the `sigv4` command and its `sign` and `verify` subcommands on `app`. When one
/// of them runs, it writes its exit status (see exit_codes.hpp) into `exit_code`.
void add_sigv4_command(CLI::App& app, int& exit_code);

}  // namespace accord::cli
