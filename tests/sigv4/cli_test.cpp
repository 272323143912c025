// Runs the built `accord` binary: sigv4 sign/verify on suite files and iam on small documents,
// checking exit statuses and output.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>

#include "suite_support.hpp"

namespace accord::sigv4::test {
namespace {

const std::string kData = std::string(ACCORD_SOURCE_DIR) + "/tests/data";
const std::string kSuite = kData + "/aws-sigv4";
const std::string kCredentials = kData + "/sigv4-cli/credentials";

struct CliRun {
  int status = -1;
  std::string out;
};

CliRun run(const std::string& arguments, const std::string& environment = {}) {
  const std::string command =
      environment + "\"" + ACCORD_CLI + "\" " + arguments + " 2>&1";
  CliRun result;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (pipe == nullptr) {
    return result;
  }
  std::array<char, 4096> buffer{};
  while (std::fgets(buffer.data(), static_cast<int>(buffer.size()), pipe) != nullptr) {
    result.out += buffer.data();
  }
  const int raw = ::pclose(pipe);
  result.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  return result;
}

std::string verify(const std::string& sreq, const std::string& now) {
  return "sigv4 verify \"" + sreq + "\" --credentials \"" + kCredentials + "\" --now " + now +
         " --region us-east-1 --service service";
}

TEST(Cli, VerifyAllowsASuiteRequest) {
  const CliRun r = run(verify(kSuite + "/classic-2015/get-vanilla/get-vanilla.sreq",
                           "20150830T123600Z"));
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_EQ(r.out, "allow: signed by AKIDEXAMPLE (arn:aws:iam::123456789012:user/suite)\n");
}

TEST(Cli, VerifyDeniesAReplayWithExitOne) {
  const CliRun r = run(verify(kSuite + "/classic-2015/get-vanilla/get-vanilla.sreq",
                           "20150830T124200Z"));
  EXPECT_EQ(r.status, 1) << r.out;
  EXPECT_EQ(r.out.rfind("deny: request-time-skewed: ", 0), 0U) << r.out;
}

TEST(Cli, VerifyDeniesTheWrongRegion) {
  const std::string sreq = kSuite + "/crt-v4/post-vanilla/header-signed-request.txt";
  const CliRun r = run("sigv4 verify \"" + sreq + "\" --credentials \"" + kCredentials +
                    "\" --now 20150830T123600Z --region eu-west-1 --service service");
  EXPECT_EQ(r.status, 1) << r.out;
  EXPECT_NE(r.out.find("wrong-scope"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("wJalrXUtnFEMI"), std::string::npos);
}

TEST(Cli, VerifyReportsUnreadableInputWithExitThree) {
  EXPECT_EQ(run(verify(kData + "/sigv4-cli/missing.sreq", "20150830T123600Z")).status, 3);
  EXPECT_EQ(run(verify(kData + "/sigv4-cli/petstore.yaml", "20150830T123600Z")).status, 3);
}

TEST(Cli, SignPrintsTheSuiteSignatureAndACurlCommand) {
  const std::string environment =
      "env AWS_ACCESS_KEY_ID=AKIDEXAMPLE "
      "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY ";
  const std::string expected = read_file(kSuite + "/classic-2015/get-vanilla/get-vanilla.authz");
  const std::string base = "sigv4 sign --url https://example.amazonaws.com/ --region us-east-1 "
                           "--service service --date 20150830T123600Z";
  CliRun r = run(base, environment);
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("Authorization: " + expected + "\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("X-Amz-Date: 20150830T123600Z\n"), std::string::npos) << r.out;

  r = run(base + " --curl", environment);
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_EQ(r.out.rfind("curl -X GET 'https://example.amazonaws.com/'", 0), 0U) << r.out;
  EXPECT_NE(r.out.find("-H 'Authorization: " + expected + "'"), std::string::npos) << r.out;
}

TEST(Cli, SignRejectsABadUrlWithExitTwo) {
  EXPECT_EQ(run("sigv4 sign --url example.com/x --region us-east-1").status, 2);
}

TEST(Cli, IamPrintsAPolicyForOperationsFromYaml) {
  const CliRun r = run("iam \"" + kData + "/sigv4-cli/petstore.yaml\" --operation getPet "
                    "--operation listPets --api-id a1b2c3 --stage prod --region us-east-1 "
                    "--account 123456789012");
  ASSERT_EQ(r.status, 0) << r.out;
  const auto policy = nlohmann::json::parse(r.out);
  EXPECT_EQ(policy["Statement"][0]["Effect"], "Allow");
  EXPECT_EQ(policy["Statement"][0]["Action"], "execute-api:Invoke");
  EXPECT_EQ(policy["Statement"][0]["Resource"],
            nlohmann::json::array(
                {"arn:aws:execute-api:us-east-1:123456789012:a1b2c3/prod/GET/pets/*",
                 "arn:aws:execute-api:us-east-1:123456789012:a1b2c3/prod/GET/pets"}));
}

TEST(Cli, IamPrintsServerlessYamlFromJson) {
  const CliRun r = run("iam \"" + kData + "/sigv4-cli/petstore.json\" --operation getToy "
                    "--operation root --api-id x9 --stage dev --format yaml");
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_EQ(r.out,
            "iamRoleStatements:\n"
            "  - Effect: Allow\n"
            "    Action:\n"
            "      - execute-api:Invoke\n"
            "    Resource:\n"
            "      - arn:aws:execute-api:*:*:x9/dev/GET/pets/*/toys/*\n"
            "      - arn:aws:execute-api:*:*:x9/dev/GET/\n");
}

TEST(Cli, IamNamesUnknownOperationsAndUnreadableFiles) {
  CliRun r = run("iam \"" + kData + "/sigv4-cli/petstore.yaml\" --operation nope --api-id a "
              "--stage s");
  EXPECT_EQ(r.status, 3);
  EXPECT_NE(r.out.find("no operation with operationId 'nope'; the document has: listPets "
                       "createPet getPet deletePet"),
            std::string::npos)
      << r.out;
  r = run("iam \"" + kData + "/sigv4-cli/missing.yaml\" --operation x --api-id a --stage s");
  EXPECT_EQ(r.status, 3);
  EXPECT_NE(r.out.find("missing.yaml: cannot open the file"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace accord::sigv4::test
