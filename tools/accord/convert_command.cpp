#include "convert_command.hpp"

#include <fstream>
#include <iostream>
#include <memory>
#include <string>

#include "accord/openapi/convert.hpp"
#include "accord/openapi/text.hpp"
#include "document_input.hpp"
#include "exit_codes.hpp"

namespace accord::cli {
namespace {

struct ConvertOptions {
  std::string file;
  std::string to;
  std::string format;
  std::string output;
};

int run_convert(const ConvertOptions& options) {
  const auto loaded = load_document(options.file);
  if (!loaded) return kInputError;
  const openapi::Version target = options.to.empty()   ? loaded->document.version()
                                  : options.to == "3.0" ? openapi::Version::v3_0
                                                        : openapi::Version::v3_1;
  const auto converted = openapi::convert(loaded->document, target);
  print_findings(std::cerr, *loaded, loaded->findings);
  print_findings(std::cerr, *loaded, converted.warnings);

  bool yaml = options.format == "yaml";
  if (options.format.empty()) {
    const bool json_name = options.output.ends_with(".json");
    const bool yaml_name = options.output.ends_with(".yaml") || options.output.ends_with(".yml");
    yaml = yaml_name || (!json_name && !options.file.ends_with(".json") && options.file != "-");
  }
  std::string text;
  try {
    text = yaml ? openapi::to_yaml_text(converted.document.json())
                : openapi::to_json_text(converted.document.json());
  } catch (const std::invalid_argument& error) {
    std::cerr << "accord: " << options.file << ": cannot be written: " << error.what() << "\n";
    return kInputError;
  }
  if (options.output.empty() || options.output == "-") {
    std::cout << text;
    return kOk;
  }
  std::ofstream out(options.output, std::ios::binary);
  out << text;
  out.close();
  if (!out) {
    std::cerr << "accord: cannot write " << options.output << "\n";
    return kInputError;
  }
  return kOk;
}

}  // namespace

void add_convert_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<ConvertOptions>();
  CLI::App* command = app.add_subcommand(
      "convert",
      "Rewrite an OpenAPI document for version 3.0 or 3.1, as JSON or YAML. What 3.0 cannot "
      "express is reported on standard error. References to other files are brought in.");
  command->add_option("file", options->file, "the document (- for standard input)")->required();
  command->add_option("--to", options->to, "target version (default: the document's)")
      ->check(CLI::IsMember({"3.0", "3.1"}));
  command->add_option("--format", options->format,
                      "json or yaml (default: from -o's extension, else the input's)")
      ->check(CLI::IsMember({"json", "yaml"}));
  command->add_option("-o,--output", options->output, "where to write (default: stdout)");
  command->callback([options, &exit_code] { exit_code = run_convert(*options); });
}

}  // namespace accord::cli
