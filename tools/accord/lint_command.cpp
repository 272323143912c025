#include "lint_command.hpp"

#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "accord/openapi/lint.hpp"
#include "document_input.hpp"
#include "exit_codes.hpp"

namespace accord::cli {
namespace {

struct LintOptions {
  std::vector<std::string> files;
  std::string format = "text";
  bool no_structure = false;
  bool no_unused = false;
  bool errors_only = false;
};

int run_lint(const LintOptions& options) {
  int status = kOk;
  openapi::Json all = openapi::Json::array();  // --format json: one array for every file
  for (const auto& file : options.files) {
    const auto loaded = load_document(file);
    if (!loaded) {
      status = kInputError;
      if (options.format == "json") {
        all.push_back({{"severity", "error"}, {"rule", "read"}, {"file", file},
                       {"message", "the document could not be read (see standard error)"}});
      }
      continue;
    }
    std::vector<openapi::Finding> findings = loaded->findings;
    auto found = openapi::lint(loaded->document, {.structure = !options.no_structure,
                                                  .unused_components = !options.no_unused});
    findings.insert(findings.end(), found.begin(), found.end());
    if (options.errors_only) {
      std::erase_if(findings,
                    [](const auto& f) { return f.severity != openapi::Severity::error; });
    }
    std::size_t errors = 0;
    for (const auto& finding : findings) errors += finding.severity == openapi::Severity::error;
    if (options.format == "json") {
      for (auto& item : openapi::Json::parse(findings_json(*loaded, findings))) {
        all.push_back(std::move(item));
      }
    } else {
      print_findings(std::cout, *loaded, findings);
      std::cerr << file << ": " << errors << " error(s), " << findings.size() - errors
                << " warning(s)\n";
    }
    if (errors > 0 && status == kOk) status = kCheckFailed;
  }
  if (options.format == "json") std::cout << all.dump(2) << "\n";
  return status;
}

}  // namespace

void add_lint_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<LintOptions>();
  CLI::App* command = app.add_subcommand(
      "lint",
      "Check OpenAPI 3.0/3.1 documents (JSON or YAML) against the official schema and "
      "semantic rules. Exit 0: no errors; 1: errors found; 3: a file could not be read.");
  command->add_option("files", options->files, "documents to check (- for standard input)")
      ->required();
  command->add_option("--format", options->format, "output: text or json")
      ->check(CLI::IsMember({"text", "json"}));
  command->add_flag("--no-structure", options->no_structure,
                    "skip the check against the official OpenAPI schema");
  command->add_flag("--no-unused", options->no_unused, "do not report unused components");
  command->add_flag("--errors-only", options->errors_only, "leave warnings out");
  command->callback([options, &exit_code] { exit_code = run_lint(*options); });
}

}  // namespace accord::cli
