#pragma once
/// @file
/// The exit statuses of the accord command, the same for every subcommand.

namespace accord::cli {

/// What the process exit status means. Documented in the README.
enum ExitCode : int {
  kOk = 0,            ///< the command did what was asked; a check passed
  kCheckFailed = 1,   ///< a check ran and said no (lint errors, denied signature, breaking diff)
  kUsageError = 2,    ///< the command line was wrong
  kInputError = 3,    ///< an input could not be read or parsed
};

}  // namespace accord::cli
