// The accord command: one subcommand per file, registered here.
#include <CLI/CLI.hpp>

#include "convert_command.hpp"
#include "exit_codes.hpp"
#include "iam_command.hpp"
#include "lint_command.hpp"
#include "sigv4_command.hpp"
#include "validate_command.hpp"

int main(int argc, char** argv) {
  CLI::App app{"accord: code-first API contracts between services", "accord"};
  app.set_version_flag("--version", "accord 0.1.0");
  app.require_subcommand(1);
  int exit_code = accord::cli::kOk;
  accord::cli::add_lint_command(app, exit_code);
  accord::cli::add_convert_command(app, exit_code);
  accord::cli::add_validate_command(app, exit_code);
  accord::cli::add_sigv4_command(app, exit_code);
  accord::cli::add_iam_command(app, exit_code);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    const int status = app.exit(error);
    return status == 0 ? accord::cli::kOk : accord::cli::kUsageError;
  }
  return exit_code;
}
