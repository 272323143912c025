// The user-service example.
//
//   user-service openapi [--version 3.0|3.1] [--format yaml|json]
//       writes the service's OpenAPI document (3.1, YAML by default) to standard output;
//   user-service [--dialect 3.0|3.1] [BODY.json...]
//       prints the contract's schemas as JSON Schema, then validates request bodies (the
//       bundled samples without files) and shows what a client would get back for each.

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <accord/openapi/text.hpp>
#include <accord/schema/parse.hpp>
#include <accord/schema/problem.hpp>

#include "api.hpp"
#include "contract.hpp"

namespace {

namespace s = accord::schema;

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

void print_schemas(s::Dialect dialect) {
  s::JsonSchemaWriter writer({dialect, "#/components/schemas/"});
  (void)writer.write(s::schema_of<user_service::CreateUserRequest>().node());
  (void)writer.write(s::schema_of<user_service::CreateUserResponse>().node());
  std::cout << "== JSON Schemas (components.schemas, OpenAPI "
            << (dialect == s::Dialect::openapi_3_0 ? "3.0" : "3.1") << ")\n"
            << writer.components().dump(2) << "\n";
}

void validate_body(const std::filesystem::path& path) {
  const std::string body = read_file(path);
  auto result = s::parse<user_service::CreateUserRequest>(body);
  std::cout << "\n== " << path.filename().string() << ": ";
  if (result.ok()) {
    const auto& request = result.value();
    std::cout << "valid: " << request.name << " <" << request.email << ">, "
              << request.address.city << "\n";
    return;
  }
  std::cout << result.issues().size() << " issue(s), HTTP " << s::problem_status(result.issues())
            << "\n" << s::format_issues(result.issues())
            << s::problem_details(result.issues()).dump(2) << "\n";
}

int write_openapi(int argc, char** argv) {
  namespace oa = accord::openapi;
  oa::Version version = oa::Version::v3_1;
  oa::TextFormat format = oa::TextFormat::yaml;
  for (int i = 2; i < argc; ++i) {
    const std::string arg = argv[i];
    const std::string value = i + 1 < argc ? argv[i + 1] : "";
    if (arg == "--version" && (value == "3.0" || value == "3.1")) {
      version = value == "3.0" ? oa::Version::v3_0 : oa::Version::v3_1;
      ++i;
    } else if (arg == "--format" && (value == "json" || value == "yaml")) {
      format = value == "json" ? oa::TextFormat::json : oa::TextFormat::yaml;
      ++i;
    } else {
      std::cerr << "usage: user-service openapi [--version 3.0|3.1] [--format yaml|json]\n";
      return 2;
    }
  }
  const oa::Document document = user_service::api().document(version);
  std::cout << (format == oa::TextFormat::json ? oa::to_json_text(document.json())
                                               : oa::to_yaml_text(document.json()));
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc > 1 && std::string(argv[1]) == "openapi") return write_openapi(argc, argv);
  std::vector<std::filesystem::path> bodies;
  s::Dialect dialect = s::Dialect::openapi_3_1;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--dialect" && i + 1 < argc) {
      const std::string value = argv[++i];
      if (value != "3.0" && value != "3.1") {
        std::cerr << "user-service: --dialect takes 3.0 or 3.1, not " << value << "\n";
        return 2;
      }
      dialect = value == "3.0" ? s::Dialect::openapi_3_0 : s::Dialect::openapi_3_1;
    } else if (arg == "--help" || arg == "-h") {
      std::cout << "usage: user-service [--dialect 3.0|3.1] [BODY.json...]\n"
                   "       user-service openapi [--version 3.0|3.1] [--format yaml|json]\n";
      return 0;
    } else {
      bodies.emplace_back(arg);
    }
  }
  if (bodies.empty()) {
    for (const auto& entry : std::filesystem::directory_iterator(ACCORD_EXAMPLE_SAMPLES)) {
      bodies.push_back(entry.path());
    }
    std::sort(bodies.begin(), bodies.end());
  }

  print_schemas(dialect);
  for (const auto& path : bodies) {
    if (!std::filesystem::is_regular_file(path)) {
      std::cerr << "user-service: cannot read " << path.string() << "\n";
      return 3;
    }
    validate_body(path);
  }
  return 0;
}
