// Runs the JSON-Schema-Test-Suite (draft 4 and 2020-12) through JsonSchemaReader and validate().
//
// A case whose schema uses a keyword accord does not support (a SchemaError "unsupported ...",
// or a reference to a document that is not in the suite, such as a meta-schema) counts as
// unsupported. Every other case must pass, except the few listed in kKnownFailures.
// The per-file table is written to json-schema-suite.txt in the working directory (the build
// directory under ctest); with ACCORD_SUITE_REPORT=<path> the Markdown report
// (docs/json-schema-conformance.md) is written too.

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "accord/schema/json_schema.hpp"
#include "accord/schema/validate.hpp"

namespace accord::schema {
namespace {

namespace fs = std::filesystem;

const fs::path kSuite = fs::path(ACCORD_SOURCE_DIR) / "tests/data/json-schema-test-suite";

// Tests that fail for a reason outside accord's scope. A rule matches a test when the file is
// equal and the case and test descriptions contain the given texts (empty matches any).
struct KnownFailure {
  std::string file;
  std::string in_case;
  std::string in_test;
  std::string reason;
};

const std::vector<KnownFailure> kKnownFailures = {
    // accord asserts every format it knows; 2020-12 makes format an annotation by default.
    {"format", "", "is only an annotation by default",
     "accord asserts known formats (as the format-assertion vocabulary would)"},
    // accord's email is zod 4's: no quoted local parts, no address literals, no '~'.
    {"optional/format/email", "", "quoted string", "email follows zod 4, not RFC 5321"},
    {"optional/format/email", "", "address-literal", "email follows zod 4, not RFC 5321"},
    {"optional/format/email", "", "tilde", "email follows zod 4, not RFC 5321"},
    // IDNA2008 rules for punycode (xn--) labels are not checked.
    {"optional/format/hostname", "A-label (punycode)", "", "IDNA2008 label rules not checked"},
    // PCRE2 does not know long Unicode property names such as \p{Letter}.
    {"pattern", "Unicode property escape", "", "PCRE2 lacks long property names"},
    {"patternProperties", "Unicode property escape", "", "PCRE2 lacks long property names"},
    // The dialect is chosen by the caller: $schema and $vocabulary are not followed.
    {"vocabulary", "custom metaschema", "", "$schema / $vocabulary not followed"},
};

const KnownFailure* known_failure(const std::string& file, const std::string& in_case,
                                  const std::string& in_test) {
  for (const auto& rule : kKnownFailures) {
    if (rule.file == file && in_case.find(rule.in_case) != std::string::npos &&
        in_test.find(rule.in_test) != std::string::npos) {
      return &rule;
    }
  }
  return nullptr;
}

struct Tally {
  int passed = 0;
  int failed = 0;
  int unsupported = 0;
};

struct SuiteRun {
  std::map<std::string, Tally> by_file;            // file (without .json) -> counts
  std::map<std::string, int> unsupported_reasons;  // first error message -> tests
  std::vector<std::string> failures;               // unexpected failures
  std::map<std::string, int> known;                // reason of a known failure -> tests
};

Json load(const fs::path& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return Json::parse(text.str());
}

std::map<std::string, Json> remotes() {
  std::map<std::string, Json> out;
  const auto root = kSuite / "remotes";
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (entry.path().extension() != ".json") continue;
    const auto relative = fs::relative(entry.path(), root).generic_string();
    out["http://localhost:1234/" + relative] = load(entry.path());
  }
  return out;
}

// A reference to a document outside the suite (a meta-schema), which the reader cannot load:
// every other target (pointers, anchors, nested $id, the suite's remotes) is resolved.
bool is_unsupported(const SchemaError& error) {
  const auto& m = error.message;
  return m.starts_with("unsupported ") || (m.starts_with("unresolvable reference '") &&
                                           !m.starts_with("unresolvable reference '#"));
}

std::string reason_of(const SchemaError& error) {
  const auto& m = error.message;
  if (m.starts_with("unresolvable reference")) {
    return "reference to a document outside the suite (a meta-schema)";
  }
  return m;
}

// One test that did not agree with the suite: known (with its reason) or a failure.
void record_failure(const std::string& file, const std::string& in_case,
                    const std::string& in_test, const std::string& detail, SuiteRun& run) {
  ++run.by_file[file].failed;
  if (const auto* rule = known_failure(file, in_case, in_test)) {
    ++run.known[rule->reason];
  } else {
    run.failures.push_back(file + " | " + in_case + " | " + in_test + detail);
  }
}

void check_case(const std::string& file, const Json& test_case, const JsonSchemaReader& reader,
                SuiteRun& run) {
  const auto& tests = test_case["tests"];
  const auto description = test_case["description"].get<std::string>();
  auto read = reader.read(test_case["schema"]);

  if (auto* errors = std::get_if<std::vector<SchemaError>>(&read)) {
    // One unsupported keyword or reference makes the case unsupported: the other errors
    // usually follow from it (a $ref into a resource that a nested $id would have named).
    const auto hit = std::find_if(errors->begin(), errors->end(),
                                  [](const auto& e) { return is_unsupported(e); });
    const bool unsupported = hit != errors->end();
    const auto& first = unsupported ? *hit : errors->front();
    for (const auto& test : tests) {
      if (unsupported) {
        ++run.by_file[file].unsupported;
        ++run.unsupported_reasons[reason_of(first)];
      } else {
        record_failure(file, description, test["description"].get<std::string>(),
                       " (schema not read: " + first.pointer + ": " + first.message + ")", run);
      }
    }
    return;
  }

  const auto& root = *std::get<std::shared_ptr<const SchemaDocument>>(read)->root();
  for (const auto& test : tests) {
    const bool valid = validate(root, test["data"]).empty();
    if (valid == test["valid"].get<bool>()) {
      ++run.by_file[file].passed;
    } else {
      record_failure(file, description, test["description"].get<std::string>(), "", run);
    }
  }
}

SuiteRun run_suite(const std::string& folder, Dialect dialect) {
  const JsonSchemaReader reader({dialect, remotes()});
  const auto root = kSuite / "tests" / folder;
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());

  SuiteRun run;
  for (const auto& path : files) {
    auto file = fs::relative(path, root).generic_string();
    file = file.substr(0, file.size() - 5);
    for (const auto& test_case : load(path)) check_case(file, test_case, reader, run);
  }
  return run;
}

Tally total(const SuiteRun& run) {
  Tally sum;
  for (const auto& [file, tally] : run.by_file) {
    sum.passed += tally.passed;
    sum.failed += tally.failed;
    sum.unsupported += tally.unsupported;
  }
  return sum;
}

std::string table(const SuiteRun& run) {
  std::ostringstream out;
  out << "| file (keyword) | passed | failed | unsupported |\n|---|---:|---:|---:|\n";
  for (const auto& [file, t] : run.by_file) {
    out << "| " << file << " | " << t.passed << " | " << t.failed << " | " << t.unsupported
        << " |\n";
  }
  const auto sum = total(run);
  out << "| **total** | **" << sum.passed << "** | **" << sum.failed << "** | **"
      << sum.unsupported << "** |\n";
  return out.str();
}

std::string reasons(const SuiteRun& run) {
  std::ostringstream out;
  out << "Why tests were unsupported:\n\n";
  for (const auto& [reason, count] : run.unsupported_reasons) {
    out << "- " << reason << ": " << count << " tests\n";
  }
  out << "\nKnown failures (counted as failed; see kKnownFailures):\n\n";
  for (const auto& [reason, count] : run.known) {
    out << "- " << reason << ": " << count << " tests\n";
  }
  if (run.known.empty()) out << "- none\n";
  return out.str();
}

std::map<std::string, SuiteRun>& runs() {
  static std::map<std::string, SuiteRun> all;
  return all;
}

void write_report(const std::string& path);

void expect_suite(const std::string& folder, Dialect dialect) {
  const auto run = run_suite(folder, dialect);
  runs()[folder] = run;
  std::ofstream(fs::current_path() / ("json-schema-suite-" + folder + ".txt")) << table(run)
                                                                              << reasons(run);

  for (const auto& failure : run.failures) ADD_FAILURE() << failure;
  const auto sum = total(run);
  std::cout << folder << ": " << sum.passed << " passed, " << sum.failed << " failed, "
            << sum.unsupported << " unsupported\n";

  if (const char* report = std::getenv("ACCORD_SUITE_REPORT"); report && runs().size() == 2) {
    write_report(report);
  }
}

void write_report(const std::string& path) {
  std::ofstream out(path);
  out << "# JSON Schema conformance\n\n"
      << "accord's JSON Schema reader (`JsonSchemaReader`) and DOM validator (`validate()`) run\n"
      << "against the official [JSON-Schema-Test-Suite](https://github.com/json-schema-org/"
      << "JSON-Schema-Test-Suite)\n(copied into `tests/data/json-schema-test-suite/`, see its "
      << "SOURCES.md). Counts are\nindividual tests (one instance checked against one schema).\n\n"
      << "- **passed**: the schema was read and validate() agreed with the suite.\n"
      << "- **failed**: validate() disagreed, or the schema could not be read for a reason other\n"
      << "  than an unsupported keyword.\n"
      << "- **unsupported**: the schema uses a keyword accord rejects on purpose (a SchemaError\n"
      << "  \"unsupported keyword\"), or refers to a document outside the suite (a "
         "meta-schema).\n\n"
      << "Regenerate with:\n\n```sh\n"
      << "cmake --build build/jsonschema --target schema_tests\n"
      << "ACCORD_SUITE_REPORT=$PWD/docs/json-schema-conformance.md \\\n"
      << "  build/jsonschema/tests/schema/schema_tests --gtest_filter='JsonSchemaSuite.*'\n```\n\n"
      << "The test fails when any test of a supported keyword fails (apart from the commented\n"
      << "list `kKnownFailures` in tests/schema/json_schema_suite_test.cpp).\n";
  for (const auto& [folder, run] : runs()) {
    out << "\n## " << folder << "\n\n" << table(run) << "\n" << reasons(run);
  }
}

TEST(JsonSchemaSuite, Draft4) { expect_suite("draft4", Dialect::draft4); }

TEST(JsonSchemaSuite, Draft2020) { expect_suite("draft2020-12", Dialect::draft2020_12); }

}  // namespace
}  // namespace accord::schema
