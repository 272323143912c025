#include "validate_command.hpp"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <sstream>
#include <string>

#include "accord/openapi/text.hpp"
#include "accord/schema/json_schema.hpp"
#include "accord/schema/problem.hpp"
#include "accord/schema/validate.hpp"
#include "document_input.hpp"
#include "exit_codes.hpp"

namespace accord::cli {
namespace {

struct ValidateOptions {
  std::string spec;
  std::string schema;
  std::string instance = "-";
  std::string format = "text";
};

// "User" -> "/components/schemas/User"; pointers ("/..." or "#/...") stay as they are.
std::string schema_pointer(const std::string& name) {
  if (name.starts_with("#")) return name.substr(1);
  if (name.starts_with("/")) return name;
  return "/components/schemas/" + openapi::escape_pointer_token(name);
}

int run_validate(const ValidateOptions& options) {
  const auto loaded = load_document(options.spec);
  if (!loaded) return kInputError;
  const std::string pointer = schema_pointer(options.schema);
  if (loaded->document.find(pointer) == nullptr) {
    std::cerr << "accord: " << options.spec << ": no schema at " << pointer << "\n";
    return kInputError;
  }
  schema::JsonSchemaReader::Options reader_options;
  reader_options.dialect = openapi::dialect_of(loaded->document.version());
  const schema::JsonSchemaReader reader(reader_options);
  const auto read = reader.read(loaded->document.json(), pointer);
  if (const auto* errors = std::get_if<std::vector<schema::SchemaError>>(&read)) {
    for (const auto& error : *errors) {
      std::cerr << "accord: " << options.spec << ": schema " << error.pointer << ": "
                << error.message << "\n";
    }
    return kInputError;
  }
  const auto& document = std::get<std::shared_ptr<const schema::SchemaDocument>>(read);

  std::string text;
  if (options.instance == "-" && options.spec == "-") {
    std::cerr << "accord: the document and the instance cannot both come from standard input\n";
    return kUsageError;
  }
  if (options.instance != "-" && !std::filesystem::is_regular_file(options.instance)) {
    std::cerr << "accord: cannot read " << options.instance << ": "
              << (std::filesystem::exists(options.instance) ? "not a regular file"
                                                            : "no such file")
              << "\n";
    return kInputError;
  }
  if (options.instance == "-") {
    text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  } else {
    std::ifstream in(options.instance, std::ios::binary);
    if (!in) {
      std::cerr << "accord: cannot read " << options.instance << "\n";
      return kInputError;
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    text = buffer.str();
  }
  const auto result = schema::parse_json(*document->root(), text);
  // An instance that is not JSON could not be read: exit 3, with its place.
  const bool unreadable = !result.ok() && schema::problem_status(result.issues()) == 400;
  if (unreadable && options.format != "json") {
    for (const auto& issue : result.issues()) {
      std::cerr << "accord: " << (options.instance == "-" ? "<stdin>" : options.instance);
      if (issue.where) std::cerr << ":" << issue.where->line << ":" << issue.where->column;
      std::cerr << ": " << issue.message << " (the instance must be JSON)\n";
    }
    return kInputError;
  }
  if (options.format == "json") {
    std::cout << openapi::to_json_text(result.ok() ? openapi::Json::array()
                                                   : schema::problem_details(result.issues()));
  } else if (result.ok()) {
    std::cout << options.instance << ": valid " << options.schema << "\n";
  } else {
    std::cout << schema::format_issues(result.issues());
  }
  if (unreadable) return kInputError;
  return result.ok() ? kOk : kCheckFailed;
}

}  // namespace

void add_validate_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<ValidateOptions>();
  CLI::App* command = app.add_subcommand(
      "validate",
      "Validate a JSON value against a schema of an OpenAPI document. Exit 0: valid; 1: "
      "invalid (issues printed); 3: the document, schema or value could not be read.");
  command->add_option("--spec", options->spec, "the OpenAPI document (JSON or YAML)")
      ->required();
  command->add_option("--schema", options->schema,
                      "a component name (User) or a JSON Pointer (/paths/~1users/...)")
      ->required();
  command->add_option("instance", options->instance, "the JSON value (default: - for stdin)");
  command->add_option("--format", options->format, "issues as text or json (problem+json)")
      ->check(CLI::IsMember({"text", "json"}));
  command->callback([options, &exit_code] { exit_code = run_validate(*options); });
}

}  // namespace accord::cli
