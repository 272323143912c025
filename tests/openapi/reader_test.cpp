#include "accord/openapi/reader.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <sys/stat.h>
#include <unistd.h>

#include "accord/openapi/lint.hpp"

namespace accord::openapi {
namespace {

namespace fs = std::filesystem;

// A folder of files for one test, removed afterwards.
class Files {
 public:
  Files()
      : root_(fs::temp_directory_path() /
              ("accord-reader-" + std::to_string(::getpid()) + "-" + std::to_string(counter_++))) {
    fs::create_directories(root_);
  }
  ~Files() { fs::remove_all(root_); }
  fs::path write(const std::string& name, const std::string& text) {
    const fs::path path = root_ / name;
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
    return path;
  }

 private:
  static inline int counter_ = 0;
  fs::path root_;
};

LoadedDocument read_ok(const fs::path& path) {
  auto read = read_document(path);
  if (auto* error = std::get_if<ReadError>(&read)) {
    ADD_FAILURE() << to_string(*error);
    return {};
  }
  return std::move(std::get<LoadedDocument>(read));
}

std::string read_error(const fs::path& path) {
  auto read = read_document(path);
  if (auto* error = std::get_if<ReadError>(&read)) return to_string(*error);
  return "";
}

constexpr const char* kHeader = "openapi: 3.1.0\ninfo: {title: T, version: '1'}\n";

TEST(Reader, ReadsYamlAndJsonWithTheirVersion) {
  Files files;
  const auto yaml = read_ok(files.write("a.yaml", std::string(kHeader) + "paths: {}\n"));
  EXPECT_EQ(yaml.document.version(), Version::v3_1);
  EXPECT_EQ(yaml.document.json()["info"]["version"], "1");
  const auto json = read_ok(files.write(
      "b.json", R"({"openapi": "3.0.2", "info": {"title": "T", "version": "1"}, "paths": {},
                   "x-unknown": {"kept": [1, 2]}})"));
  EXPECT_EQ(json.document.version(), Version::v3_0);
  EXPECT_EQ(json.document.json()["x-unknown"]["kept"], Json::array({1, 2}));
  EXPECT_EQ(json.locations.find("/info/title")->line, 1u);
}

TEST(Reader, RefusesWhatIsNotOpenApi3WithTheReason) {
  Files files;
  EXPECT_NE(read_error(files.write("s.yaml", "swagger: '2.0'\ninfo: {}\n"))
                .find("Swagger 2.0 is not read"),
            std::string::npos);
  EXPECT_NE(read_error(files.write("v.yaml", "openapi: 3.2.0\n")).find("accord reads 3.0.x"),
            std::string::npos);
  EXPECT_NE(read_error(files.write("n.yaml", "info: {}\n")).find("no \"openapi\""),
            std::string::npos);
  EXPECT_NE(read_error(files.write("l.yaml", "- 1\n")).find("is an object"), std::string::npos);
  const std::string broken = read_error(files.write("bad.yaml", "openapi: 3.1.0\ninfo: [\n"));
  EXPECT_NE(broken.find("bad.yaml:"), std::string::npos) << broken;
  EXPECT_NE(read_error(fs::temp_directory_path() / "accord-no-such-file.yaml")
                .find("accord-no-such-file.yaml"),
            std::string::npos);
}

TEST(Reader, BringsInReferencesToOtherFiles) {
  Files files;
  files.write("schemas/pet.yaml",
              "type: object\nproperties:\n  name: {type: string}\n"
              "  owner: {$ref: '../common.yaml#/components/schemas/Person'}\n"
              "  friends: {type: array, items: {$ref: '#'}}\n");
  files.write("common.yaml",
              "components:\n  schemas:\n"
              "    Person: {type: object, properties: {name: {type: string}}}\n"
              "    Error: {type: object, properties: {message: {type: string}}}\n"
              "  parameters:\n"
              "    Limit: {name: limit, in: query, schema: {type: integer}}\n"
              "paths:\n  /shared:\n    get:\n      operationId: shared\n"
              "      responses: {'204': {description: none}}\n");
  const auto main = files.write(
      "api.yaml", std::string(kHeader) +
                      "paths:\n"
                      "  /pets:\n"
                      "    get:\n"
                      "      operationId: listPets\n"
                      "      parameters: [{$ref: 'common.yaml#/components/parameters/Limit'}]\n"
                      "      responses:\n"
                      "        '200':\n"
                      "          description: ok\n"
                      "          content:\n"
                      "            application/json:\n"
                      "              schema: {$ref: 'schemas/pet.yaml'}\n"
                      "        default:\n"
                      "          description: error\n"
                      "          content:\n"
                      "            application/json:\n"
                      "              schema: {$ref: './common.yaml#/components/schemas/Error'}\n"
                      "  /shared: {$ref: 'common.yaml#/paths/~1shared'}\n");
  const auto loaded = read_ok(main);
  const Json& root = loaded.document.json();
  EXPECT_EQ(loaded.files.size(), 3u);
  EXPECT_TRUE(loaded.findings.empty());
  const Json& get = root["paths"]["/pets"]["get"];
  EXPECT_EQ(get["parameters"][0]["$ref"], "#/components/parameters/Limit");
  EXPECT_EQ(get["responses"]["200"]["content"]["application/json"]["schema"]["$ref"],
            "#/components/schemas/pet");
  EXPECT_EQ(get["responses"]["default"]["content"]["application/json"]["schema"]["$ref"],
            "#/components/schemas/Error");
  // The whole-file schema refers to itself with '#': now a local recursive reference.
  const Json& pet = root["components"]["schemas"]["pet"];
  EXPECT_EQ(pet["properties"]["friends"]["items"]["$ref"], "#/components/schemas/pet");
  EXPECT_EQ(pet["properties"]["owner"]["$ref"], "#/components/schemas/Person");
  EXPECT_EQ(root["components"]["schemas"]["Person"]["properties"]["name"]["type"], "string");
  // A path item is copied in place (the official 3.1 schema refuses "$ref" under paths).
  EXPECT_EQ(root["paths"]["/shared"]["get"]["operationId"], "shared");
  // The result stands alone and is a correct document.
  const auto findings = lint(loaded.document, {.structure = true, .unused_components = false});
  EXPECT_EQ(findings, std::vector<Finding>{});
}

TEST(Reader, ReportsReferencesThatCannotBeResolved) {
  Files files;
  files.write("other.yaml", "components: {schemas: {A: {type: string}}}\n");
  const auto loaded = read_ok(files.write(
      "api.yaml", std::string(kHeader) + "paths: {}\ncomponents:\n  schemas:\n"
                                         "    X: {$ref: 'nowhere.yaml#/A'}\n"
                                         "    Y: {$ref: 'other.yaml#/components/schemas/B'}\n"
                                         "    Z: {$ref: 'https://example.com/schemas/z.json'}\n"));
  ASSERT_EQ(loaded.findings.size(), 3u);
  EXPECT_EQ(loaded.findings[0].rule, "unresolved-ref");
  EXPECT_EQ(loaded.findings[0].pointer, "/components/schemas/X");
  EXPECT_NE(loaded.findings[0].message.find("nowhere.yaml"), std::string::npos);
  EXPECT_NE(loaded.findings[1].message.find("has nothing at #/components/schemas/B"),
            std::string::npos);
  EXPECT_EQ(loaded.findings[2].rule, "remote-ref");
  EXPECT_EQ(loaded.findings[2].severity, Severity::warning);
}

TEST(Reader, ReadsOnlyRegularFilesInsideTheDocumentsFolder) {
  Files files;
  const auto main = files.write("api/api.yaml", std::string(kHeader) +
                                                    "paths: {}\ncomponents:\n  schemas:\n"
                                                    "    Up: {$ref: '../secret.yaml'}\n"
                                                    "    Absolute: {$ref: '/etc/passwd#/x'}\n"
                                                    "    Pipe: {$ref: 'fifo#/x'}\n");
  files.write("secret.yaml", "type: string\n");
  ASSERT_EQ(::mkfifo((main.parent_path() / "fifo").c_str(), 0600), 0);
  const auto loaded = read_ok(main);
  ASSERT_EQ(loaded.findings.size(), 3u);
  EXPECT_NE(loaded.findings[0].message.find("is outside"), std::string::npos)
      << loaded.findings[0].message;
  EXPECT_NE(loaded.findings[1].message.find("is outside"), std::string::npos);
  EXPECT_NE(loaded.findings[2].message.find("not a regular file"), std::string::npos)
      << loaded.findings[2].message;
  EXPECT_EQ(loaded.files.size(), 1u);
  // A wider root lets the parent folder in.
  ReadOptions wider;
  wider.reference_root = main.parent_path().parent_path();
  auto read = read_document(main, wider);
  ASSERT_TRUE(std::holds_alternative<LoadedDocument>(read));
  EXPECT_EQ(std::get<LoadedDocument>(read).document.json()["components"]["schemas"]["Up"]["$ref"],
            "#/components/schemas/secret");
}

TEST(Reader, HandlesCyclesBetweenFiles) {
  Files files;
  files.write("a.yaml", "type: object\nproperties: {b: {$ref: 'b.yaml'}}\n");
  files.write("b.yaml", "type: object\nproperties: {a: {$ref: 'a.yaml'}}\n");
  const auto loaded = read_ok(files.write(
      "api.yaml",
      std::string(kHeader) + "paths: {}\ncomponents: {schemas: {Root: {$ref: 'a.yaml'}}}\n"));
  EXPECT_TRUE(loaded.findings.empty());
  const Json& schemas = loaded.document.json()["components"]["schemas"];
  EXPECT_EQ(schemas["Root"]["$ref"], "#/components/schemas/a");
  EXPECT_EQ(schemas["a"]["properties"]["b"]["$ref"], "#/components/schemas/b");
  EXPECT_EQ(schemas["b"]["properties"]["a"]["$ref"], "#/components/schemas/a");
}

TEST(Reader, LimitsTheFilesItReads) {
  Files files;
  std::string chain;
  for (int i = 0; i < 5; ++i) {
    files.write("s" + std::to_string(i) + ".yaml", "type: object\nproperties: {next: {$ref: 's" +
                                                       std::to_string(i + 1) + ".yaml'}}\n");
  }
  files.write("s5.yaml", "type: string\n");
  ReadOptions options;
  options.max_files = 3;
  auto read = read_document(
      files.write("api.yaml", std::string(kHeader) +
                                  "paths: {}\ncomponents: {schemas: {R: {$ref: 's0.yaml'}}}\n"),
      options);
  ASSERT_TRUE(std::holds_alternative<LoadedDocument>(read));
  const auto& loaded = std::get<LoadedDocument>(read);
  EXPECT_EQ(loaded.files.size(), 3u);
  ASSERT_FALSE(loaded.findings.empty());
  EXPECT_NE(loaded.findings.front().message.find("max_files"), std::string::npos);
}

}  // namespace
}  // namespace accord::openapi
