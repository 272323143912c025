#include "accord/openapi/lint.hpp"

#include <gtest/gtest.h>

#include <map>
#include <string>

#include "accord/openapi/reader.hpp"
#include "corpus.hpp"

namespace accord::openapi {
namespace {

// Lints `document` (without the structure check and unused-component warnings, so each test
// sees only the rule it is about) and returns "rule pointer" lines.
std::vector<std::string> rules_found(const Json& document, bool unused = false) {
  const Document parsed(document, parse_version(document.value("openapi", "3.1.0"))
                                      .value_or(Version::v3_1));
  std::vector<std::string> found;
  for (const auto& finding :
       lint(parsed, {.structure = false, .unused_components = unused})) {
    found.push_back(finding.rule + " " + finding.pointer);
  }
  return found;
}

Json minimal() {
  return Json::parse(R"({"openapi": "3.1.0", "info": {"title": "T", "version": "1"},
                         "paths": {}})");
}

Json operation(const char* id) {
  return Json{{"operationId", id}, {"responses", {{"200", {{"description", "ok"}}}}}};
}

TEST(Lint, ACleanDocumentHasNoFindings) {
  Json document = minimal();
  document["paths"]["/pets/{petId}"]["get"] = operation("getPet");
  document["paths"]["/pets/{petId}"]["parameters"] = Json::parse(
      R"([{"name": "petId", "in": "path", "required": true, "schema": {"type": "string"}}])");
  EXPECT_EQ(rules_found(document), std::vector<std::string>{});
  EXPECT_EQ(lint(Document(document, Version::v3_1)), std::vector<Finding>{});
}

TEST(Lint, FindsUnresolvedReferencesAndCycles) {
  Json document = minimal();
  document["components"]["schemas"] = Json::parse(R"({
      "A": {"$ref": "#/components/schemas/B"},
      "B": {"$ref": "#/components/schemas/A"},
      "C": {"type": "object", "properties": {"next": {"$ref": "#/components/schemas/C"}}},
      "D": {"properties": {"x": {"$ref": "#/components/schemas/Missing"}}},
      "E": {"example": {"$ref": "not a reference, an example"}}})");
  EXPECT_EQ(rules_found(document),
            (std::vector<std::string>{
                "ref-cycle /components/schemas/A/$ref", "ref-cycle /components/schemas/B/$ref",
                "unresolved-ref /components/schemas/D/properties/x/$ref"}));
}

TEST(Lint, ReportsNoCycleForLongChainsOrChainsEndingNowhere) {
  Json document = minimal();
  Json& schemas = document["components"]["schemas"];
  constexpr int kLength = 3000;
  for (int i = 0; i < kLength; ++i) {
    schemas["S" + std::to_string(i)] = {{"$ref", "#/components/schemas/S" + std::to_string(i + 1)}};
  }
  schemas["S" + std::to_string(kLength)] = {{"type", "string"}};
  schemas["A"] = {{"$ref", "#/components/schemas/B"}};
  schemas["B"] = {{"$ref", "#/components/schemas/Missing"}};
  schemas["C"] = {{"$ref", "#/components/schemas/A"}};
  EXPECT_EQ(rules_found(document),
            (std::vector<std::string>{"unresolved-ref /components/schemas/B/$ref"}));
}

TEST(Lint, FindsOperationIdAndPathProblems) {
  Json document = minimal();
  document["paths"]["/a"]["get"] = operation("same");
  document["paths"]["/b"]["get"] = operation("same");
  document["paths"]["/c/{id}"]["get"] = operation("c");
  document["paths"]["/c/{other}"]["get"] = operation("c2");
  document["paths"]["/c/{other}"]["get"]["parameters"] = Json::parse(
      R"([{"name": "other", "in": "path", "required": true, "schema": {}},
          {"name": "gone", "in": "path", "required": true, "schema": {}},
          {"name": "q", "in": "query", "schema": {}},
          {"name": "q", "in": "query", "schema": {}}])");
  document["paths"]["/d#fragment"]["get"] = operation("d");
  document["paths"]["/e"]["get"] = Json{{"responses", {{"200", {{"description", "ok"}}}}}};
  EXPECT_EQ(rules_found(document),
            (std::vector<std::string>{
                "ambiguous-path /paths/~1c~1{other}",
                "path-template /paths/~1d#fragment",
                "duplicate-operation-id /paths/~1b/get/operationId",
                "path-parameter /paths/~1c~1{id}/get",
                "duplicate-parameter /paths/~1c~1{other}/get/parameters/3",
                "path-parameter /paths/~1c~1{other}/get/parameters/1",
                "missing-operation-id /paths/~1e/get"}));
}

TEST(Lint, FindsUndefinedSecuritySchemesAndBadPatterns) {
  Json document = minimal();
  document["security"] = Json::parse(R"([{"sigv4": []}])");
  document["paths"]["/a"]["get"] = operation("a");
  document["paths"]["/a"]["get"]["security"] = Json::parse(R"([{}, {"oauth": ["read"]}])");
  document["components"]["securitySchemes"]["sigv4"] =
      Json::parse(R"({"type": "apiKey", "name": "Authorization", "in": "header"})");
  document["components"]["schemas"]["Code"] = Json{{"type", "string"}, {"pattern", "([a-z"}};
  EXPECT_EQ(rules_found(document),
            (std::vector<std::string>{"invalid-pattern /components/schemas/Code/pattern",
                                      "undefined-security-scheme /paths/~1a/get/security/1"}));
}

TEST(Lint, FindsUnusedComponentsButNotThoseUsedByADefaultResponse) {
  Json document = minimal();
  document["paths"]["/a"]["get"] = Json::parse(R"({"operationId": "a", "responses": {
      "default": {"description": "error", "content": {"application/json": {
          "schema": {"$ref": "#/components/schemas/Error"}}}}}})");
  document["components"]["schemas"]["Error"] = Json{{"type", "object"}};
  document["components"]["schemas"]["Orphan"] = Json{{"type", "object"}};
  EXPECT_EQ(rules_found(document, true),
            (std::vector<std::string>{"unused-component /components/schemas/Orphan"}));
}

TEST(Lint, ReportsStructureErrorsWithThePointer) {
  Json document = minimal();
  document["openapi"] = "3.0.3";
  document["paths"]["/a"]["get"] = Json{{"operationId", "a"}};  // 3.0 requires responses
  const auto findings = lint(Document(document, Version::v3_0));
  ASSERT_FALSE(findings.empty());
  EXPECT_EQ(findings.front().rule, "structure");
  EXPECT_EQ(findings.front().pointer, "/paths/~1a/get");
  EXPECT_NE(findings.front().message.find("responses"), std::string::npos)
      << findings.front().message;
  // 3.1 lets an operation leave its responses out, but not the API its version.
  document["openapi"] = "3.1.0";
  document["info"].erase("version");
  const auto v31 = lint(Document(document, Version::v3_1));
  ASSERT_EQ(v31.size(), 1u);
  EXPECT_EQ(v31.front().pointer, "/info");
}

// The corpus documents are real APIs; what lint calls an error in them must be a real problem.
// These are all of them, checked by hand:
//  - aws-sqs and box put '#' in path keys to have several operations on one URL: a client
//    cannot send a fragment, so those paths cannot be called as written;
//  - gmail and jira declare the same path twice with different placeholder names, which
//    OpenAPI forbids ("identical" templated paths).
const std::map<std::string, std::map<std::string, int>> kKnownErrors = {
    {"aws-sqs.json", {{"path-template", 40}}},
    {"box.json", {{"path-template", 19}}},
    {"google-gmail-v1.json", {{"ambiguous-path", 1}}},
    {"jira-platform.json", {{"ambiguous-path", 3}}},
};

TEST(LintCorpus, ReadsEveryDocumentAndReportsOnlyRealProblems) {
  const auto documents = testing::corpus_documents();
  ASSERT_GE(documents.size(), 10u) << testing::corpus_root();
  for (const auto& path : documents) {
    SCOPED_TRACE(path.string());
    auto read = read_document(path);
    ASSERT_TRUE(std::holds_alternative<LoadedDocument>(read))
        << to_string(std::get<ReadError>(read));
    const auto& loaded = std::get<LoadedDocument>(read);
    EXPECT_TRUE(loaded.findings.empty());
    std::map<std::string, int> errors;
    for (const auto& finding : lint(loaded.document)) {
      if (finding.severity == Severity::error) ++errors[finding.rule];
    }
    const auto known = kKnownErrors.find(path.filename().string());
    const std::map<std::string, int> expected =
        known == kKnownErrors.end() ? std::map<std::string, int>{} : known->second;
    EXPECT_EQ(errors, expected);
  }
}

}  // namespace
}  // namespace accord::openapi
