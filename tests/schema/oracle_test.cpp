// Compares accord with the reference TypeScript pipeline (zod 4 + zod-to-openapi, in
// ../shared/oracle/zod-reference) on the user-service contract: the JSON Schemas it writes and
// the issues it reports for request bodies.
//
// The oracle is found at $ACCORD_ORACLE_DIR or <source>/../shared/oracle/zod-reference; without
// it (or without node) the tests are skipped. The folder is read-only: it is copied next to this
// executable (oracle-work/, or $ACCORD_ORACLE_WORK_DIR) and `npm ci` runs there once, reused
// while node_modules matches package-lock.json.

#include <fcntl.h>
#include <sys/file.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include <gtest/gtest.h>

#include <accord/schema/parse.hpp>

#include "../../examples/user-service/contract.hpp"

namespace accord::schema {
namespace {

namespace fs = std::filesystem;
using user_service::CreateUserRequest;
using user_service::CreateUserResponse;

// ---------------------------------------------------------------------------------------------
// Running the oracle

/// Output and exit status of a shell command.
struct CommandResult {
  int status = -1;
  std::string output;
};

std::string shell_quote(const std::string& text) {
  std::string out = "'";
  for (char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

CommandResult run_command(const std::string& command) {
  CommandResult result;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (pipe == nullptr) return result;
  char buffer[4096];
  std::size_t got = 0;
  while ((got = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) result.output.append(buffer, got);
  const int status = ::pclose(pipe);
  result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

std::string read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

void write_text(const fs::path& path, std::string_view text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
}

/// Holds an exclusive flock on a file while alive (ctest runs test cases in parallel).
class FileLock {
 public:
  explicit FileLock(const fs::path& path) : fd_(::open(path.c_str(), O_CREAT | O_RDWR, 0644)) {
    if (fd_ >= 0) ::flock(fd_, LOCK_EX);
  }
  ~FileLock() {
    if (fd_ >= 0) ::close(fd_);
  }
  FileLock(const FileLock&) = delete;
  FileLock& operator=(const FileLock&) = delete;

 private:
  int fd_;
};

/// Copies the oracle's files (not node_modules) into `to`, writable.
void copy_oracle(const fs::path& from, const fs::path& to) {
  for (const auto& entry : fs::directory_iterator(from)) {
    const auto name = entry.path().filename();
    if (name == "node_modules") continue;
    const auto target = to / name;
    if (entry.is_directory()) {
      fs::create_directories(target);
      copy_oracle(entry.path(), target);
    } else if (entry.is_regular_file()) {
      fs::remove(target);
      fs::copy_file(entry.path(), target);
      fs::permissions(target, fs::perms::owner_read | fs::perms::owner_write,
                      fs::perm_options::add);
    }
  }
}

/// The prepared oracle: a writable copy with its dependencies installed.
struct Oracle {
  fs::path source;  ///< the folder found (read-only)
  fs::path work;    ///< the copy that runs
  std::string zod_version;
};

/// Why the oracle cannot run: skip (absent) or fail (present but broken).
struct OracleProblem {
  bool skip = false;
  std::string message;
};

fs::path work_directory() {
  if (const char* dir = std::getenv("ACCORD_ORACLE_WORK_DIR"); dir != nullptr && *dir != 0) {
    return dir;
  }
  std::error_code error;
  const auto exe = fs::read_symlink("/proc/self/exe", error);
  return error ? fs::temp_directory_path() / "accord-oracle-work"
               : exe.parent_path() / "oracle-work";
}

std::variant<Oracle, OracleProblem> prepare_oracle() {
  Oracle oracle;
  if (const char* dir = std::getenv("ACCORD_ORACLE_DIR"); dir != nullptr && *dir != 0) {
    oracle.source = dir;
    if (!fs::exists(oracle.source / "run.mjs")) {
      return OracleProblem{false, "ACCORD_ORACLE_DIR=" + oracle.source.string() +
                                      " has no run.mjs"};
    }
  } else {
    oracle.source = fs::path(ACCORD_SOURCE_DIR) / ".." / "shared" / "oracle" / "zod-reference";
    if (!fs::exists(oracle.source / "run.mjs")) {
      return OracleProblem{true, "zod reference oracle not found at " + oracle.source.string() +
                                     " (set ACCORD_ORACLE_DIR); comparison skipped"};
    }
  }
  if (run_command("node --version 2>&1").status != 0) {
    return OracleProblem{true, "node is not installed; zod oracle comparison skipped"};
  }

  oracle.work = work_directory();
  fs::create_directories(oracle.work);
  const FileLock lock(oracle.work / ".lock");
  copy_oracle(oracle.source, oracle.work);
  const auto stamp = oracle.work / ".installed-package-lock.json";
  const std::string lock_text = read_text(oracle.work / "package-lock.json");
  if (!fs::exists(oracle.work / "node_modules") || read_text(stamp) != lock_text) {
    std::cout << "[oracle] npm ci in " << oracle.work.string() << "\n";
    auto install = run_command("cd " + shell_quote(oracle.work.string()) +
                               " && npm ci --no-audit --no-fund --loglevel=error 2>&1");
    if (install.status != 0) {
      return OracleProblem{false, "npm ci failed in " + oracle.work.string() + ":\n" +
                                      install.output};
    }
    write_text(stamp, lock_text);
  }
  const auto zod_package = oracle.work / "node_modules" / "zod" / "package.json";
  oracle.zod_version = nlohmann::json::parse(read_text(zod_package)).value("version", "?");
  return oracle;
}

/// The oracle, prepared once per process.
const std::variant<Oracle, OracleProblem>& oracle_state() {
  static const auto state = prepare_oracle();
  return state;
}

// Skips or fails the current test when the oracle cannot run.
#define ACCORD_REQUIRE_ORACLE(name)                                            \
  const auto& oracle_state_ = oracle_state();                                  \
  if (const auto* problem = std::get_if<OracleProblem>(&oracle_state_)) {      \
    if (problem->skip) GTEST_SKIP() << problem->message;                       \
    FAIL() << problem->message;                                                \
  }                                                                            \
  const Oracle& name = std::get<Oracle>(oracle_state_)

/// `node run.mjs ARGS` in the oracle's copy; stdin from `input` when given.
CommandResult run_oracle(const Oracle& oracle, const std::string& args,
                         const std::optional<fs::path>& input = std::nullopt) {
  std::string command = "cd " + shell_quote(oracle.work.string()) + " && node run.mjs " + args;
  if (input) command += " < " + shell_quote(input->string());
  return run_command(command + " 2>&1");
}

// ---------------------------------------------------------------------------------------------
// (a) JSON Schemas

/// A deliberate difference between accord's schema and zod-to-openapi's, removed from both
/// before comparing. None is known today: the list is kept so that one cannot slip in silently.
struct SchemaDifference {
  std::string_view component;
  std::string_view pointer;  ///< JSON Pointer inside the component
  std::string_view reason;
};
const std::vector<SchemaDifference> kSchemaDifferences = {};

nlohmann::json without_differences(nlohmann::json schema, std::string_view component) {
  for (const auto& difference : kSchemaDifferences) {
    if (difference.component != component) continue;
    const nlohmann::json::json_pointer pointer{std::string(difference.pointer)};
    if (schema.contains(pointer)) {
      schema[pointer.parent_pointer()].erase(pointer.back());
    }
  }
  return schema;
}

void compare_schemas(const Oracle& oracle, const std::string& version, Dialect dialect) {
  auto doc = run_oracle(oracle, "doc " + version + " json");
  ASSERT_EQ(doc.status, 0) << doc.output;
  const auto reference = nlohmann::json::parse(doc.output).at("components").at("schemas");

  JsonSchemaWriter writer({.dialect = dialect});
  const Json request_ref = writer.write(schema_of<CreateUserRequest>().node());
  const Json response_ref = writer.write(schema_of<CreateUserResponse>().node());
  EXPECT_EQ(request_ref, Json({{"$ref", "#/components/schemas/CreateUserRequest"}}));
  EXPECT_EQ(response_ref, Json({{"$ref", "#/components/schemas/CreateUserResponse"}}));
  // Unordered JSON: the comparison is by value, key order aside.
  const auto ours = nlohmann::json::parse(writer.components().dump());

  std::vector<std::string> our_names;
  std::vector<std::string> their_names;
  for (const auto& [name, unused] : ours.items()) our_names.push_back(name);
  for (const auto& [name, unused] : reference.items()) their_names.push_back(name);
  EXPECT_EQ(our_names, their_names) << "component names, OpenAPI " << version;

  for (const std::string name : {"CreateUserRequest", "CreateUserResponse"}) {
    ASSERT_TRUE(reference.contains(name)) << name;
    ASSERT_TRUE(ours.contains(name)) << name;
    const auto expected = without_differences(reference.at(name), name);
    const auto actual = without_differences(ours.at(name), name);
    EXPECT_EQ(actual, expected)
        << "components.schemas." << name << ", OpenAPI " << version << "\nJSON Patch from zod's "
        << "to accord's: " << nlohmann::json::diff(expected, actual).dump()
        << "\naccord: " << actual.dump(2) << "\nzod-to-openapi: " << expected.dump(2);
    std::cout << "[oracle] OpenAPI " << version << " components.schemas." << name << ": "
              << (actual == expected ? "identical to" : "DIFFERS from") << " zod-to-openapi's\n";
  }
}

TEST(Oracle, JsonSchemasMatchZodToOpenApi30) {
  ACCORD_REQUIRE_ORACLE(oracle);
  compare_schemas(oracle, "3.0", Dialect::openapi_3_0);
}

TEST(Oracle, JsonSchemasMatchZodToOpenApi31) {
  ACCORD_REQUIRE_ORACLE(oracle);
  compare_schemas(oracle, "3.1", Dialect::openapi_3_1);
}

// ---------------------------------------------------------------------------------------------
// (b) Issues

/// A CreateUserRequest body built from JSON fragments; an empty fragment leaves the key out.
struct Body {
  std::string_view name = R"("Ann Lee")";
  std::string_view phone = R"("+46 70 123 45 67")";
  std::string_view email = R"("ann@example.com")";
  std::string_view address = R"({"city":"Lund","street":"Main 1","block":"B"})";
  std::string_view extra = {};  ///< raw members appended after the declared ones

  [[nodiscard]] std::string text() const {
    std::string out = "{";
    auto member = [&](std::string_view key, std::string_view value) {
      if (value.empty()) return;
      if (out.size() > 1) out += ',';
      out += '"';
      out += key;
      out += "\":";
      out += value;
    };
    member("name", name);
    member("phoneNumber", phone);
    member("email", email);
    member("address", address);
    if (!extra.empty()) {
      if (out.size() > 1) out += ',';
      out += extra;
    }
    return out + "}";
  }
};

/// (code, JSON Pointer)
using CodePath = std::pair<std::string, std::string>;

/// One body, and how accord's issues are expected to relate to zod's.
struct OracleCase {
  std::string name;
  std::string body;
  /// Pairs accord reports that zod cannot (why: `reason`).
  std::vector<CodePath> accord_only = {};
  /// Pairs zod reports that accord does not (why: `reason`).
  std::vector<CodePath> zod_only = {};
  /// True when JSON.parse rejects the body: run.mjs would throw, so zod is not asked.
  bool json_error = false;
  std::string_view reason = {};
  /// Why the messages may differ although code and path agree (reported, never failed).
  std::string_view message_reason = {};
};

std::string nested(std::size_t depth) {
  return std::string(depth, '[') + std::string(depth, ']');
}

std::string email_body(std::string_view email) {
  return Body{.email = email}.text();
}

// Invalid JSON: JSON.parse throws in the oracle (no zod issues); accord reports one
// invalid_json at the root.
constexpr std::string_view kNotJson =
    "not JSON: JSON.parse throws in run.mjs before zod runs; accord reports one invalid_json";
// Duplicate keys: JSON.parse keeps the last value, so zod never sees the first one.
constexpr std::string_view kDuplicate =
    "duplicate key: JSON.parse keeps the last value silently; accord rejects a document with "
    "repeated keys as ambiguous and reports its duplicate_key issues alone (400), at the "
    "object holding them";

std::vector<OracleCase> oracle_cases() {
  const std::string valid = Body{}.text();
  const std::string deep_extra = "\"deep\":" + nested(100);
  const std::string too_deep_extra = "\"deep\":" + nested(200);
  const std::string deep_extra_body = Body{.extra = deep_extra}.text();
  const std::string too_deep_body = Body{.extra = too_deep_extra}.text();
  // The typed parse reports too_deep where the limit is crossed: the array at depth 129.
  std::string too_deep_at = "/deep";
  for (std::size_t depth = 2; depth < JsonLimits{}.max_depth + 1; ++depth) too_deep_at += "/0";
  return {
      // Valid bodies.
      {"valid", valid},
      {"valid, keys in reverse order",
       R"({"address":{"block":"B","street":"Main 1","city":"Lund"},"email":"ann@example.com",)"
       R"("phoneNumber":"1","name":"Ann"})"},
      {"unknown keys are stripped", Body{.extra = R"("role":"admin","x":{"y":[1,null]})"}.text()},
      {"unknown key inside address",
       Body{.address = R"({"city":"Lund","street":"Main 1","block":"B","zip":"22100"})"}.text()},
      {"unicode values", Body{.name = R"("Ånn Lée 李 😀")", .phone = R"("\u00c5\ud83d\ude00")"}
                             .text()},
      {"escaped key na\\u006de",
       R"({"na\u006de":"Ann","phoneNumber":"1","email":"ann@example.com",)"
                                 R"("address":{"ci\u0074y":"Lund","street":"S","block":"B"}})"},
      {"empty strings are strings", Body{.name = R"("")", .phone = R"("")"}.text()},
      {"NUL escape in a string", Body{.name = R"("a\u0000b")"}.text()},
      {"lone surrogate escape", Body{.name = R"("\ud800")"}.text(), {{"invalid_json", ""}}, {},
       false,
       "lone surrogate: JSON.parse keeps an unpaired UTF-16 unit; accord's strings are UTF-8, "
       "which cannot hold one, so both of its readers reject the escape (invalid_json)"},
      {"whitespace around the body", " \n\t" + valid + " \r\n"},
      {"deep nesting in an unknown key (100)", deep_extra_body},
      {"email with apostrophe, plus and subdomains",
       email_body(R"("o'brien+tag@mail.example.co.uk")")},
      {"email domain label ending in '-' (zod accepts)", email_body(R"("ann@example-.com")")},
      {"email with digits-only local part", email_body(R"("12345@example.io")")},
      // Missing fields.
      {"empty object", "{}"},
      {"name missing", Body{.name = ""}.text()},
      {"email missing", Body{.email = ""}.text()},
      {"address missing", Body{.address = ""}.text()},
      {"address empty", Body{.address = "{}"}.text()},
      {"address.block missing", Body{.address = R"({"city":"Lund","street":"Main 1"})"}.text()},
      // Wrong types, field by field.
      {"name number", Body{.name = "42"}.text()},
      {"name negative float", Body{.name = "-1.5e3"}.text()},
      {"name null", Body{.name = "null"}.text()},
      {"name true", Body{.name = "true"}.text()},
      {"name array", Body{.name = R"(["Ann"])"}.text()},
      {"name object", Body{.name = R"({"first":"Ann"})"}.text()},
      {"phoneNumber number", Body{.phone = "46701234567"}.text()},
      {"phoneNumber false", Body{.phone = "false"}.text()},
      {"email number", Body{.email = "123"}.text()},
      {"email null", Body{.email = "null"}.text()},
      {"email array", Body{.email = R"(["ann@example.com"])"}.text()},
      {"address string", Body{.address = R"("Main 1, Lund")"}.text()},
      {"address array", Body{.address = R"([{"city":"Lund"}])"}.text()},
      {"address null", Body{.address = "null"}.text()},
      {"address number", Body{.address = "7"}.text()},
      {"address bool", Body{.address = "true"}.text()},
      {"address fields of every wrong type",
       Body{.address = R"({"city":1,"street":false,"block":null})"}.text()},
      {"address.city object",
       Body{.address = R"({"city":{"a":1},"street":"S","block":[]})"}.text()},
      {"every field wrong", Body{.name = "1", .phone = "[]", .email = "{}", .address = "true"}
                                .text()},
      {"huge number where a string is expected", Body{.name = "1e400"}.text(),
       {{"invalid_json", ""}}, {{"invalid_type", "/name"}}, false,
       "1e400 overflows a double: JSON.parse silently makes it Infinity; accord treats a number "
       "it cannot represent as malformed input (400) instead of guessing its value"},
      // Email formats: where zod's regex and JSON Schema's RFC 5321 "email" disagree, accord
      // follows zod (z.email()).
      {"email without @", email_body(R"("not-an-email")")},
      {"email without TLD (RFC accepts)", email_body(R"("ann@localhost")")},
      {"email one-letter TLD", email_body(R"("ann@example.c")")},
      {"email with ~ in local part (RFC accepts)", email_body(R"("te~st@example.com")")},
      {"email quoted local part (RFC accepts)", email_body(R"("\"joe bloggs\"@example.com")")},
      {"email IP literal domain (RFC accepts)", email_body(R"("joe@[127.0.0.1]")")},
      {"email consecutive dots", email_body(R"("te..st@example.com")")},
      {"email leading dot", email_body(R"(".test@example.com")")},
      {"email trailing dot in local part", email_body(R"("test.@example.com")")},
      {"email underscore in domain", email_body(R"("ann@exa_mple.com")")},
      {"email domain label starting with '-'", email_body(R"("ann@-example.com")")},
      {"email non-ASCII local part (RFC 6531 accepts)", email_body(R"("Änn@example.com")")},
      {"email IDN domain", email_body(R"("ann@exämple.com")")},
      {"email trailing newline (PCRE $ would accept)", email_body(R"("ann@example.com\n")")},
      {"email leading space", email_body(R"(" ann@example.com")")},
      {"email empty", email_body(R"("")")},
      {"email two @", email_body(R"("ann@@example.com")")},
      {"email empty domain label", email_body(R"("ann@example..com")")},
      {"bad email and bad address together",
       Body{.email = R"("a@b")", .address = R"({"city":"Lund"})"}.text()},
      // Not an object at the root.
      {"root array", "[]"},
      {"root array of bodies", "[" + valid + "]"},
      {"root string", R"("Ann")"},
      {"root number", "42"},
      {"root null", "null"},
      {"root true", "true"},
      // Duplicate keys.
      {"duplicate name, both valid", Body{.extra = R"("name":"Bob")"}.text(),
       {{"duplicate_key", ""}}, {}, false, kDuplicate},
      {"duplicate name, last invalid", Body{.extra = R"("name":5)"}.text(),
       {{"duplicate_key", ""}}, {{"invalid_type", "/name"}}, false, kDuplicate},
      {"duplicate name, first invalid", Body{.name = "5", .extra = R"("name":"Bob")"}.text(),
       {{"duplicate_key", ""}}, {}, false, kDuplicate},
      {"duplicate through an escaped key", Body{.extra = R"("na\u006de":"Bob")"}.text(),
       {{"duplicate_key", ""}}, {}, false, kDuplicate},
      {"duplicate key inside address",
       Body{.address = R"({"city":"Lund","city":"Malmö","street":"S","block":"B"})"}.text(),
       {{"duplicate_key", "/address"}}, {}, false, kDuplicate},
      {"duplicate unknown key", Body{.extra = R"("x":1,"x":2)"}.text(),
       {{"duplicate_key", ""}}, {}, false, kDuplicate},
      // Not JSON.
      {"empty input", "", {{"invalid_json", ""}}, {}, true, kNotJson},
      {"truncated", R"({"name":"Ann")", {{"invalid_json", ""}}, {}, true, kNotJson},
      {"trailing comma", R"({"name":"Ann","phoneNumber":"1",})", {{"invalid_json", ""}}, {}, true,
       kNotJson},
      {"trailing content", valid + " []", {{"invalid_json", ""}}, {}, true, kNotJson},
      {"single quotes", "{'name':'Ann'}", {{"invalid_json", ""}}, {}, true, kNotJson},
      {"NaN literal", Body{.name = "NaN"}.text(), {{"invalid_json", ""}}, {}, true, kNotJson},
      {"byte order mark", "\xEF\xBB\xBF" + valid, {{"invalid_json", ""}}, {}, true, kNotJson},
      // Documented differences that are not about JSON syntax.
      {"invalid UTF-8 in a string", Body{.name = "\"Ann \xFF\""}.text(), {{"invalid_json", ""}},
       {}, false,
       "invalid UTF-8: node decodes stdin with U+FFFD replacement, so zod sees a valid string; "
       "accord rejects the bytes (invalid_json)"},
      {"nesting beyond accord's depth limit (200)", too_deep_body, {{"too_deep", too_deep_at}}, {},
       false,
       "depth: accord limits nesting to JsonLimits::max_depth (128) even in stripped keys; "
       "JSON.parse has no such limit"},
  };
}

std::string pointer_of(const nlohmann::json& path) {
  std::string out;
  for (const auto& segment : path) {
    out += '/';
    const std::string text = segment.is_string() ? segment.get<std::string>() : segment.dump();
    for (char c : text) {
      if (c == '~') {
        out += "~0";
      } else if (c == '/') {
        out += "~1";
      } else {
        out += c;
      }
    }
  }
  return out;
}

std::string to_hex(std::string_view bytes) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  for (unsigned char c : bytes) {
    out += kDigits[c >> 4];
    out += kDigits[c & 15];
  }
  return out;
}

/// An issue reduced to what is compared: code, pointer, message.
struct Reported {
  std::string code;
  std::string pointer;
  std::string message;
};

std::vector<CodePath> code_paths(const std::vector<Reported>& issues) {
  std::vector<CodePath> out;
  for (const auto& issue : issues) out.emplace_back(issue.code, issue.pointer);
  std::sort(out.begin(), out.end());
  return out;
}

std::string describe(const std::vector<CodePath>& pairs) {
  std::string out = "{";
  for (const auto& [code, pointer] : pairs) {
    out += (out.size() > 1 ? ", " : " ") + code + " '" + pointer + "'";
  }
  return out + (pairs.empty() ? "}" : " }");
}

std::vector<Reported> accord_issues(std::string_view body) {
  std::vector<Reported> out;
  auto result = parse<CreateUserRequest>(body);
  for (const auto& issue : result.issues()) {
    out.push_back({std::string(to_string(issue.code)), issue.path.pointer(), issue.message});
  }
  return out;
}

std::vector<Reported> zod_issues(const nlohmann::json& issues) {
  std::vector<Reported> out;
  for (const auto& issue : issues) {
    out.push_back({issue.at("code").get<std::string>(), pointer_of(issue.at("path")),
                   issue.value("message", "")});
  }
  return out;
}

/// Runs every body through tests/oracle/validate_many.mjs in one node process.
nlohmann::json validate_all(const Oracle& oracle, const std::vector<OracleCase>& cases) {
  const auto tag = std::to_string(::getpid());
  const auto input = oracle.work / ("bodies-" + tag + ".txt");
  std::string lines;
  for (const auto& c : cases) lines += to_hex(c.body) + "\n";
  write_text(input, lines);
  const auto script = fs::path(ACCORD_SOURCE_DIR) / "tests" / "oracle" / "validate_many.mjs";
  auto run = run_command("node " + shell_quote(script.string()) + " " +
                         shell_quote(oracle.work.string()) + " < " +
                         shell_quote(input.string()) + " 2>&1");
  fs::remove(input);
  if (run.status != 0) return {{"error", run.output}};
  return nlohmann::json::parse(run.output);
}

// The batch helper must say exactly what `node run.mjs validate` says.
TEST(Oracle, BatchHelperMatchesRunMjs) {
  ACCORD_REQUIRE_ORACLE(oracle);
  const std::vector<OracleCase> cases = {
      {"every field wrong", Body{.name = "1", .email = R"("a@b")", .address = "{}"}.text()},
      {"valid", Body{}.text()},
  };
  const auto batch = validate_all(oracle, cases);
  ASSERT_TRUE(batch.is_array()) << batch.dump();
  ASSERT_EQ(batch.size(), cases.size());
  for (std::size_t i = 0; i < cases.size(); ++i) {
    const auto input = oracle.work / ("single-" + std::to_string(::getpid()) + ".json");
    write_text(input, cases[i].body);
    auto single = run_oracle(oracle, "validate", input);
    fs::remove(input);
    ASSERT_EQ(single.status, 0) << single.output;
    EXPECT_EQ(batch[i].at("issues"), nlohmann::json::parse(single.output)) << cases[i].name;
  }
}

// Messages: accord's invalid_type and invalid_format messages follow zod's wording (see
// src/schema/checks.cpp), so a difference there fails; other codes' wording is reported only.
bool message_must_match(const std::string& code) {
  return code == "invalid_type" || code == "invalid_format";
}

TEST(Oracle, IssuesMatchZodForCreateUserRequestBodies) {
  ACCORD_REQUIRE_ORACLE(oracle);
  const auto cases = oracle_cases();
  ASSERT_GE(cases.size(), 25u);
  const auto results = validate_all(oracle, cases);
  ASSERT_TRUE(results.is_array()) << results.dump();
  ASSERT_EQ(results.size(), cases.size());

  std::size_t agree = 0;
  std::size_t documented = 0;
  std::size_t compared_messages = 0;
  std::vector<std::string> message_notes;
  std::ostringstream table;
  for (std::size_t i = 0; i < cases.size(); ++i) {
    const auto& c = cases[i];
    const auto& result = results[i];
    SCOPED_TRACE("body " + std::to_string(i) + " (" + c.name + "): " + c.body);

    std::vector<Reported> theirs;
    if (c.json_error) {
      EXPECT_TRUE(result.contains("json_error")) << "JSON.parse accepted it: " << result.dump();
    } else {
      ASSERT_TRUE(result.contains("issues")) << result.dump();
      theirs = zod_issues(result.at("issues"));
    }
    const auto ours = accord_issues(c.body);

    // accord's pairs = zod's - zod_only + accord_only (as multisets; order is not compared:
    // zod reports in schema order, accord in input order).
    auto expected = code_paths(theirs);
    for (const auto& pair : c.zod_only) {
      auto found = std::find(expected.begin(), expected.end(), pair);
      EXPECT_NE(found, expected.end()) << "documented zod-only pair absent: " << pair.first
                                       << " '" << pair.second << "'";
      if (found != expected.end()) expected.erase(found);
    }
    expected.insert(expected.end(), c.accord_only.begin(), c.accord_only.end());
    std::sort(expected.begin(), expected.end());
    const auto actual = code_paths(ours);
    EXPECT_EQ(actual, expected) << "accord " << describe(actual) << "\nzod    "
                                << describe(code_paths(theirs))
                                << (c.reason.empty() ? "" : "\ndocumented: ") << c.reason;
    const bool same = actual == expected;
    if (same && c.reason.empty()) ++agree;
    if (same && !c.reason.empty()) ++documented;
    table << "  " << (same ? (c.reason.empty() ? "agree " : "docd  ") : "DIFFER") << "  "
          << c.name << ": " << describe(actual) << "\n";

    // Messages, for pairs both report exactly once.
    for (const auto& mine : ours) {
      const auto same_pair = [&](const Reported& r) {
        return r.code == mine.code && r.pointer == mine.pointer;
      };
      if (std::count_if(ours.begin(), ours.end(), same_pair) != 1 ||
          std::count_if(theirs.begin(), theirs.end(), same_pair) != 1) {
        continue;
      }
      const auto& other = *std::find_if(theirs.begin(), theirs.end(), same_pair);
      ++compared_messages;
      if (mine.message == other.message) continue;
      message_notes.push_back(c.name + ": " + mine.code + " '" + mine.pointer + "': accord \"" +
                              mine.message + "\" vs zod \"" + other.message + "\"");
      if (!c.message_reason.empty()) {
        message_notes.back() += " (documented: " + std::string(c.message_reason) + ")";
      } else if (message_must_match(mine.code)) {
        ADD_FAILURE() << "message differs from zod's for " << mine.code << " '" << mine.pointer
                      << "'\naccord: " << mine.message << "\nzod:    " << other.message;
      }
    }
  }

  std::cout << "[oracle] zod " << oracle.zod_version << " (" << oracle.source.string()
            << ", run in " << oracle.work.string() << ")\n"
            << "[oracle] " << cases.size() << " CreateUserRequest bodies compared as multisets "
            << "of (code, path): " << agree << " agree exactly, " << documented
            << " differ as documented, " << cases.size() - agree - documented << " differ\n"
            << table.str() << "[oracle] messages compared for " << compared_messages
            << " issues reported by both: " << message_notes.size() << " differ\n";
  for (const auto& note : message_notes) std::cout << "  " << note << "\n";
}

}  // namespace
}  // namespace accord::schema
