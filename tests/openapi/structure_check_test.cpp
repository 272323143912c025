// check_structure(): OpenAPI documents against the official OpenAPI schemas, validated by
// accord's own JSON Schema reader and validator.
//
// Always: the documents in tests/data/openapi-specs (valid ones, the OAI's own pass/fail test
// documents with their exact findings) and hand-written broken documents. When the project's
// corpus is there (../shared/corpus, or ACCORD_CORPUS_DIR): every document of its
// openapi-specs/index.json must get the verdict Python's jsonschema gave it.

#include "accord/openapi/structure_check.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#if __has_include("accord/openapi/text.hpp")
#include <variant>

#include "accord/openapi/text.hpp"
#define ACCORD_TEST_READS_YAML 1
#else
#define ACCORD_TEST_READS_YAML 0
#endif

namespace accord::openapi {
namespace {

namespace fs = std::filesystem;
using Lines = std::vector<std::string>;

const fs::path kData = fs::path(ACCORD_SOURCE_DIR) / "tests/data/openapi-specs";

fs::path corpus_dir() {
  if (const char* dir = std::getenv("ACCORD_CORPUS_DIR")) return dir;
  return fs::path(ACCORD_SOURCE_DIR) / "../shared/corpus";
}

Json load_json(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return Json::parse(text.str());
}

// A document as JSON; YAML only when the openapi text reader is part of the build.
std::optional<Json> load_document(const fs::path& path) {
  if (path.extension() == ".json") return load_json(path);
#if ACCORD_TEST_READS_YAML
  auto read = read_text_file(path);
  if (auto* parsed = std::get_if<ParsedText>(&read)) return std::move(parsed->value);
  ADD_FAILURE() << path << ": " << to_string(std::get<TextError>(read));
#endif
  return std::nullopt;
}

Version version_of(const Json& document) {
  const auto text = document.is_object() ? document.value("openapi", "") : std::string();
  return parse_version(text).value_or(Version::v3_0);
}

// "pointer  message" per finding; also checks what every finding has in common.
Lines findings(const Json& document, Version version) {
  Lines out;
  for (const auto& finding : check_structure(document, version)) {
    EXPECT_EQ(finding.rule, "structure");
    EXPECT_EQ(finding.severity, Severity::error);
    out.push_back(finding.pointer + "  " + finding.message);
  }
  return out;
}

Lines findings(const Json& document) {
  return findings(document, version_of(document));
}

std::vector<fs::path> json_files(const fs::path& folder) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(folder)) {
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// ---- Documents that must pass -----------------------------------------------------------------

TEST(StructureCheck, OfficialExamplesAndRealWorldDocumentsConform) {
  std::size_t checked = 0;
  for (const auto* folder : {"oai-examples/v3.0", "oai-examples/v3.1", "real-world"}) {
    for (const auto& path : json_files(kData / folder)) {
      EXPECT_EQ(findings(load_json(path)), Lines{}) << path;
      ++checked;
    }
  }
  EXPECT_EQ(checked, 13U);
}

// The OAI's test documents for its (work-in-progress) 3.1 schema. Against the published schema
// three behave the other way (tests/data/openapi-specs/SOURCES.md); the findings of every
// rejected one are in expected-findings.json.
TEST(StructureCheck, OaiSchemaTestsAgainstThePublishedSchema) {
  const Json expected = load_json(kData / "oas-schema-tests/expected-findings.json");
  const fs::path root = kData / "oas-schema-tests";
  std::size_t rejected = 0;
  for (const auto* kind : {"pass", "fail"}) {
    for (const auto& path : json_files(root / kind)) {
      const std::string name = std::string(kind) + "/" + path.stem().string();
      const Lines got = findings(load_json(path), Version::v3_1);
      const Lines want = expected.contains(name) ? expected[name].get<Lines>() : Lines{};
      EXPECT_EQ(got, want) << name;
      if (!got.empty()) ++rejected;
    }
  }
  // 10 documents: fail/ minus example-examples and link-object-no-body (11 - 2), plus
  // pass/path_item_servers_parameters.
  EXPECT_EQ(rejected, 10U);
  EXPECT_EQ(expected.size(), 10U);
}

// ---- Hand-written broken documents ------------------------------------------------------------

Json petstore(std::string_view openapi) {
  return Json::parse(R"({
    "openapi": ")" + std::string(openapi) +
                     R"(",
    "info": {"title": "Pets", "version": "1.0.0"},
    "paths": {"/pets": {"get": {
      "parameters": [{"name": "limit", "in": "query", "schema": {"type": "integer"}}],
      "responses": {"200": {"description": "ok", "content": {"application/json": {
        "schema": {"$ref": "#/components/schemas/Pet"}}}}}}}},
    "components": {"schemas": {"Pet": {"type": "object",
                                       "properties": {"id": {"type": "integer"}}}}}
  })");
}

Json& get_operation(Json& document) {
  return document["paths"]["/pets"]["get"];
}
Json& first_parameter(Json& document) {
  return get_operation(document)["parameters"][0];
}

class BothVersions : public ::testing::TestWithParam<std::string> {
 protected:
  Json document_ = petstore(GetParam());
};

INSTANTIATE_TEST_SUITE_P(StructureCheck, BothVersions, ::testing::Values("3.0.3", "3.1.0"),
                         [](const auto& test) { return test.param == "3.0.3" ? "v3_0" : "v3_1"; });

TEST_P(BothVersions, TheBaseDocumentConforms) {
  EXPECT_EQ(findings(document_), Lines{});
}

TEST_P(BothVersions, AMissingPropertyIsReportedAtItsObject) {
  document_["info"].erase("title");

  EXPECT_EQ(findings(document_),
            Lines{"/info  info.title: required property \"title\" is missing"});
}

TEST_P(BothVersions, AnUnknownPropertyIsReportedAtItself) {
  get_operation(document_)["summry"] = "typo";

  EXPECT_EQ(findings(document_),
            Lines{"/paths/~1pets/get/summry  paths./pets.get.summry: property \"summry\" is not "
                  "allowed here"});
}

TEST_P(BothVersions, AWrongTypeSaysWhatWasFound) {
  document_["info"]["version"] = 1.5;

  EXPECT_EQ(findings(document_),
            Lines{"/info/version  info.version: expected string, found number 1.5"});
}

TEST_P(BothVersions, AWrongParameterLocationListsTheAllowedOnes) {
  first_parameter(document_)["in"] = "body";

  const std::string allowed = GetParam() == "3.0.3" ? R"("path", "query", "header", "cookie")"
                                                    : R"("query", "header", "path", "cookie")";
  EXPECT_EQ(findings(document_),
            Lines{"/paths/~1pets/get/parameters/0/in  paths./pets.get.parameters[0].in: must be "
                  "one of " +
                  allowed + ", found \"body\""});
}

TEST_P(BothVersions, AParameterWithoutLocationIsNotAReference) {
  first_parameter(document_).erase("in");

  EXPECT_EQ(findings(document_),
            Lines{"/paths/~1pets/get/parameters/0  paths./pets.get.parameters[0].in: required "
                  "property \"in\" is missing"});
}

TEST_P(BothVersions, SchemaOrContentIsRequired) {
  first_parameter(document_).erase("schema");

  EXPECT_EQ(findings(document_),
            Lines{"/paths/~1pets/get/parameters/0  paths./pets.get.parameters[0]: one of the "
                  "properties \"schema\" or \"content\" is required"});
}

TEST_P(BothVersions, SchemaAndContentExcludeEachOther) {
  first_parameter(document_)["content"] = {{"application/json", Json::object()}};

  const std::string words = GetParam() == "3.0.3"
                                ? R"(must not have "schema" and "content" together)"
                                : R"("schema" and "content" cannot both be present)";
  EXPECT_EQ(findings(document_),
            Lines{"/paths/~1pets/get/parameters/0  paths./pets.get.parameters[0]: " + words});
}

TEST_P(BothVersions, AResponseWithoutDescriptionIsNotAReference) {
  get_operation(document_)["responses"]["200"].erase("description");

  EXPECT_EQ(findings(document_),
            Lines{"/paths/~1pets/get/responses/200  paths./pets.get.responses.200.description: "
                  "required property \"description\" is missing"});
}

TEST_P(BothVersions, AReferenceMustBeAString) {
  get_operation(document_)["responses"]["200"] = {{"$ref", 5}};

  EXPECT_EQ(findings(document_),
            Lines{"/paths/~1pets/get/responses/200/$ref  paths./pets.get.responses.200.$ref: "
                  "expected string, found number 5"});
}

TEST_P(BothVersions, PathsStartWithASlash) {
  document_["paths"]["pets"] = Json::object();

  EXPECT_EQ(findings(document_),
            Lines{"/paths/pets  paths.pets: property \"pets\" is not allowed here"});
}

TEST_P(BothVersions, TheOpenapiFieldMustMatchTheCheckedVersion) {
  document_["openapi"] = GetParam() == "3.0.3" ? "3.1.0" : "3.0.3";

  const auto got = findings(document_, GetParam() == "3.0.3" ? Version::v3_0 : Version::v3_1);
  const std::string pattern =
      GetParam() == "3.0.3" ? R"(^3\.0\.\d(-.+)?$)" : R"(^3\.1\.\d+(-.+)?$)";
  EXPECT_EQ(got, Lines{"/openapi  openapi: \"" + document_["openapi"].get<std::string>() +
                       "\" does not match the pattern " + pattern});
}

TEST_P(BothVersions, AnHttpSchemeNeedsItsScheme) {
  document_["components"]["securitySchemes"] = {{"basic", {{"type", "http"}}}};

  EXPECT_EQ(findings(document_),
            Lines{"/components/securitySchemes/basic  components.securitySchemes.basic.scheme: "
                  "required property \"scheme\" is missing"});
}

TEST_P(BothVersions, EveryProblemIsReportedInDocumentOrder) {
  document_["info"].erase("version");
  document_["servers"] = {{{"description", "no url"}}};
  get_operation(document_)["responses"]["600"] = {{"description", "x"}};

  EXPECT_EQ(findings(document_),
            (Lines{"/info  info.version: required property \"version\" is missing",
                   "/paths/~1pets/get/responses/600  paths./pets.get.responses.600: property "
                   "\"600\" is not allowed here",
                   "/servers/0  servers[0].url: required property \"url\" is missing"}));
}

TEST(StructureCheck, ThreeZeroChecksSchemaObjects) {
  Json document = petstore("3.0.3");
  document["components"]["schemas"]["Pet"]["properties"]["id"]["type"] = "file";
  document["components"]["schemas"]["Pet"]["nullable"] = "yes";

  EXPECT_EQ(findings(document),
            (Lines{"/components/schemas/Pet/properties/id/type  components.schemas.Pet."
                   "properties.id.type: must be one of \"array\", \"boolean\", \"integer\", "
                   "\"number\", \"object\", \"string\", found \"file\"",
                   "/components/schemas/Pet/nullable  components.schemas.Pet.nullable: expected "
                   "boolean, found string \"yes\""}));
}

TEST(StructureCheck, ThreeOneChecksComponentNamesAndLicenses) {
  Json document = petstore("3.1.0");
  document["components"]["schemas"]["my pet"] = Json::object();
  document["info"]["license"] = {{"name", "MIT"}, {"identifier", "MIT"}, {"url", "https://x"}};

  EXPECT_EQ(findings(document),
            (Lines{"/info/license  info.license: must not have property \"url\"",
                   "/components/schemas/my pet  components.schemas.my pet: property name \"my "
                   "pet\" does not match the pattern ^[a-zA-Z0-9._-]+$"}));
}

TEST(StructureCheck, ThreeOneNeedsPathsComponentsOrWebhooks) {
  Json document = petstore("3.1.0");
  document.erase("paths");
  document.erase("components");

  EXPECT_EQ(findings(document),
            Lines{"  (document): one of the properties \"paths\", \"components\" or \"webhooks\" "
                  "is required"});
}

TEST(StructureCheck, NotADocumentAtAll) {
  EXPECT_EQ(findings(Json::array(), Version::v3_0),
            Lines{"  (document): expected object, found array"});
  EXPECT_EQ(findings(Json("openapi: 3.1.0"), Version::v3_1),
            Lines{"  (document): expected object, found string \"openapi: 3.1.0\""});
  EXPECT_EQ(findings(Json::object(), Version::v3_0),
            (Lines{"  openapi: required property \"openapi\" is missing",
                   "  info: required property \"info\" is missing",
                   "  paths: required property \"paths\" is missing"}));
}

TEST(StructureCheck, DeepNestingIsAFindingNotACrash) {
  Json document = petstore("3.0.3");
  Json schema = {{"type", "string"}};
  for (int i = 0; i < 1000; ++i) {
    Json outer = Json::object();
    outer["properties"]["a"] = std::move(schema);
    schema = std::move(outer);
  }
  document["components"]["schemas"]["Deep"] = std::move(schema);

  const auto got = findings(document);

  ASSERT_EQ(got.size(), 1U);
  EXPECT_NE(got[0].find("nests deeper than 128 levels"), std::string::npos) << got[0];
}

// A large real document with three problems put in: exactly those three are found.
TEST(StructureCheck, ProblemsInALargeDocument) {
  Json document = load_json(kData / "real-world/apache-airflow.json");
  auto& get_dags = document["paths"]["/dags"]["get"];
  get_dags.erase("responses");
  document["paths"]["/dagWarnings"]["get"]["parameters"][0]["in"] = "body";
  document["components"]["schemas"]["DAG"]["properties"]["dag_id"]["maxLength"] = -1;

  EXPECT_EQ(findings(document),
            (Lines{"/paths/~1dagWarnings/get/parameters/0/in  paths./dagWarnings.get.parameters[0]"
                   ".in: must be one of \"path\", \"query\", \"header\", \"cookie\", found "
                   "\"body\"",
                   "/paths/~1dags/get  paths./dags.get.responses: required property "
                   "\"responses\" is missing",
                   "/components/schemas/DAG/properties/dag_id/maxLength  components.schemas.DAG."
                   "properties.dag_id.maxLength: must be >= 0, found -1"}));
}

TEST(StructureCheck, FirstUseFromManyThreads) {
  const Json valid = petstore("3.1.0");
  Json invalid = petstore("3.0.3");
  invalid["info"].erase("title");
  std::vector<std::size_t> counts(8);
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < counts.size(); ++i) {
    threads.emplace_back([&, i] {
      counts[i] = i % 2 == 0 ? check_structure(valid, Version::v3_1).size()
                             : check_structure(invalid, Version::v3_0).size();
    });
  }
  for (auto& thread : threads) thread.join();

  for (std::size_t i = 0; i < counts.size(); ++i) EXPECT_EQ(counts[i], i % 2 == 0 ? 0U : 1U);
}

// ---- The corpus, when it is there -------------------------------------------------------------

TEST(StructureCheck, CorpusAgreesWithTheReferenceValidator) {
  const fs::path corpus = corpus_dir() / "openapi-specs";
  if (!fs::exists(corpus / "index.json")) GTEST_SKIP() << "no corpus at " << corpus;

  std::size_t agree = 0;
  std::size_t checked = 0;
  std::size_t unread = 0;
  const Json index = load_json(corpus / "index.json");
  for (const auto& entry : index["documents"]) {
    const auto file = entry["file"].get<std::string>();
    const auto document = load_document(corpus / file);
    if (!document) {
      ++unread;
      continue;
    }
    const auto version = parse_version(entry["openapi"].get<std::string>());
    ASSERT_TRUE(version) << file;
    const Lines got = findings(*document, *version);
    const bool valid = entry["valid_against_official_schema"].get<bool>();
    ++checked;
    if (got.empty() == valid) ++agree;
    EXPECT_EQ(got.empty(), valid) << file << (got.empty() ? "" : ": " + got.front());
  }
  std::cout << "[corpus] " << checked << " documents checked, " << agree
            << " agree with Python jsonschema, " << unread << " YAML documents not read\n";
  EXPECT_GT(checked, 20U);
}

// The OAI's test documents in their original YAML form, when YAML can be read here.
TEST(StructureCheck, CorpusOaiSchemaTestsInYaml) {
  const fs::path root = corpus_dir() / "oas-schemas/v3.1-dev-wip";
  if (!fs::exists(root / "pass")) GTEST_SKIP() << "no corpus at " << root;
  if (!ACCORD_TEST_READS_YAML) GTEST_SKIP() << "this build has no YAML reader";

  const Json expected = load_json(kData / "oas-schema-tests/expected-findings.json");
  std::size_t checked = 0;
  for (const auto* kind : {"pass", "fail"}) {
    for (const auto& entry : fs::directory_iterator(root / kind)) {
      const auto document = load_document(entry.path());
      ASSERT_TRUE(document) << entry.path();
      const std::string name = std::string(kind) + "/" + entry.path().stem().string();
      const Lines want = expected.contains(name) ? expected[name].get<Lines>() : Lines{};
      EXPECT_EQ(findings(*document, Version::v3_1), want) << name;
      ++checked;
    }
  }
  EXPECT_EQ(checked, 46U);
}

}  // namespace
}  // namespace accord::openapi
