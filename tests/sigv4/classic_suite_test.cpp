// The 2015 layout of the official suite (.req -> .creq -> .sts -> .authz -> .sreq).
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "accord/sigv4/signer.hpp"
#include "suite_support.hpp"

namespace accord::sigv4::test {
namespace {

namespace fs = std::filesystem;

// Two kinds of stale files in aws-c-auth's copy of the suite, each checked on its own terms:
// - get-vanilla-with-session-token: its .sreq carries get-vanilla's Authorization header,
//   while its .creq, .sts and .authz agree with each other (and with crt-v4).
// - post-x-www-form-urlencoded(-parameters): Content-Length was added to the .req and .creq,
//   but the .sts, .authz and .sreq were left as signed without it. Those three files are
//   checked by signing the request without Content-Length.
// - post-x-www-form-urlencoded-parameters, in addition, had its Content-Type changed from
//   "charset=utf8" to "charset=utf-8" in every file, and "content-length" inserted into the
//   SignedHeaders of its .authz, but kept the old .sts and signature. For it the .sts and the
//   signature are checked against the request as first published.
constexpr std::string_view kStaleSreq = "get-vanilla-with-session-token";
constexpr std::string_view kOldContentType = "post-x-www-form-urlencoded-parameters";
const std::vector<std::string> kSignedWithoutContentLength = {
    "post-x-www-form-urlencoded", "post-x-www-form-urlencoded-parameters"};

std::vector<fs::path> classic_cases() {
  std::vector<fs::path> cases;
  for (const auto& entry : fs::recursive_directory_iterator(kSuiteDir / "classic-2015")) {
    if (entry.path().extension() == ".req") {
      cases.push_back(entry.path().parent_path());
    }
  }
  std::sort(cases.begin(), cases.end());
  return cases;
}

std::string case_name(const fs::path& dir) { return dir.filename().string(); }

fs::path file_of(const fs::path& dir, const char* extension) {
  return dir / (case_name(dir) + extension);
}

// The suite's .req files for the token cases do not carry the token the signer must add; it
// is published in the crt-v4 context of the same case (SOURCES.md of the corpus says so).
Credentials credentials_for(const std::string& name, const Request& request) {
  const fs::path context = kSuiteDir / "crt-v4" / name / "context.json";
  if (request.header_count("x-amz-security-token") > 0 || !fs::exists(context)) {
    return suite_credentials();
  }
  const auto json = nlohmann::json::parse(read_file(context));
  return suite_credentials(json.at("credentials").value("token", std::string{}));
}

class ClassicSuite : public ::testing::TestWithParam<fs::path> {};

std::vector<Header> sorted_headers(std::vector<Header> headers) {
  for (auto& h : headers) {
    h.name = to_lower(h.name);
  }
  std::sort(headers.begin(), headers.end(),
            [](const Header& a, const Header& b) { return a.name < b.name; });
  return headers;
}

Result<SignedRequest> sign_case(const std::string& name, const Request& request) {
  SigningParams params{.region = "us-east-1", .service = "service", .time = suite_time()};
  if (name == "post-sts-header-after") {
    params.token_placement = SessionTokenPlacement::kAddedAfter;
  }
  return sign_request(request, credentials_for(name, request), params);
}

TEST_P(ClassicSuite, EveryStepMatches) {
  const fs::path dir = GetParam();
  const std::string name = case_name(dir);
  auto request = parse_http_request(read_file(file_of(dir, ".req")));
  ASSERT_TRUE(request.ok()) << request.error().to_string();
  auto signed_request = sign_case(name, request.value());
  ASSERT_TRUE(signed_request.ok()) << signed_request.error().to_string();
  EXPECT_EQ(signed_request->canonical_request, read_file(file_of(dir, ".creq")));

  const bool stale = std::find(kSignedWithoutContentLength.begin(),
                               kSignedWithoutContentLength.end(),
                               name) != kSignedWithoutContentLength.end();
  if (stale) {
    Request without = request.value();
    without.remove_header("content-length");
    if (name == kOldContentType) {
      without.remove_header("content-type");
      without.headers.push_back(
          {"Content-Type", "application/x-www-form-urlencoded; charset=utf8"});
    }
    signed_request = sign_case(name, without);
    ASSERT_TRUE(signed_request.ok()) << signed_request.error().to_string();
    request = without;
  }
  EXPECT_EQ(signed_request->string_to_sign, read_file(file_of(dir, ".sts")));
  const std::string authz = read_file(file_of(dir, ".authz"));
  if (name == kOldContentType) {
    EXPECT_EQ("Signature=" + signed_request->signature, authz.substr(authz.rfind(' ') + 1));
    return;
  }
  EXPECT_EQ(signed_request->authorization, authz);

  auto expected = parse_http_request(read_file(file_of(dir, ".sreq")));
  ASSERT_TRUE(expected.ok()) << expected.error().to_string();
  EXPECT_EQ(signed_request->request.target, expected->target);
  EXPECT_EQ(signed_request->request.body, expected->body);
  if (name == kStaleSreq) {
    EXPECT_NE(expected->header("authorization"), signed_request->authorization);
    expected->remove_header("authorization");
    signed_request->request.remove_header("authorization");
  }
  EXPECT_EQ(sorted_headers(signed_request->request.headers), sorted_headers(expected->headers));
}

INSTANTIATE_TEST_SUITE_P(AwsSigV4, ClassicSuite, ::testing::ValuesIn(classic_cases()),
                         [](const auto& param_info) {
                           std::string name = case_name(param_info.param);
                           std::replace(name.begin(), name.end(), '-', '_');
                           return name;
                         });

TEST(ClassicSuiteInventory, HasAllThirtyThreeCases) { EXPECT_EQ(classic_cases().size(), 33U); }

}  // namespace
}  // namespace accord::sigv4::test
