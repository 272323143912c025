#pragma once
/// @file
/// `accord iam`: the IAM statement a consumer needs to invoke some operations of an API.

#include <CLI/CLI.hpp>

namespace accord::cli {

/// Registers the `iam` command on `app`; it writes its exit status into `exit_code`.
void add_iam_command(CLI::App& app, int& exit_code);

}  // namespace accord::cli
