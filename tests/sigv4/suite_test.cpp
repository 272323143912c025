// The official SigV4 suite: every case, every step (canonical request, string to sign,
// signature/authorization, signed request), for header signing and for presigned URLs.
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "accord/sigv4/signer.hpp"
#include "suite_support.hpp"

namespace accord::sigv4::test {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> crt_cases() {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(kSuiteDir / "crt-v4")) {
    if (entry.is_directory()) {
      names.push_back(entry.path().filename().string());
    }
  }
  std::sort(names.begin(), names.end());
  return names;
}

// Header order carries no meaning in HTTP, so signed requests are compared as sorted lists
// of (lower-case name, value) plus the request line and body.
struct ComparableRequest {
  std::string method, target, body;
  std::vector<std::pair<std::string, std::string>> headers;
  friend bool operator==(const ComparableRequest&, const ComparableRequest&) = default;
};

ComparableRequest comparable(const Request& request) {
  ComparableRequest out{request.method, request.target, request.body, {}};
  for (const auto& h : request.headers) {
    out.headers.emplace_back(to_lower(h.name), h.value);
  }
  std::sort(out.headers.begin(), out.headers.end());
  return out;
}

void PrintTo(const ComparableRequest& r, std::ostream* os) {
  *os << r.method << " " << r.target << "\n";
  for (const auto& [name, value] : r.headers) {
    *os << name << ":" << value << "\n";
  }
}

class CrtSuite : public ::testing::TestWithParam<std::string> {
 protected:
  fs::path dir() const { return kSuiteDir / "crt-v4" / GetParam(); }

  void check(const char* mode, const Result<SignedRequest>& signed_request) {
    const std::string prefix = mode;
    ASSERT_TRUE(signed_request.ok()) << signed_request.error().to_string();
    EXPECT_EQ(signed_request->canonical_request,
              read_file(dir() / (prefix + "-canonical-request.txt")));
    EXPECT_EQ(signed_request->string_to_sign, read_file(dir() / (prefix + "-string-to-sign.txt")));
    EXPECT_EQ(signed_request->signature, read_file(dir() / (prefix + "-signature.txt")));
    auto expected = parse_http_request(read_file(dir() / (prefix + "-signed-request.txt")));
    ASSERT_TRUE(expected.ok()) << expected.error().to_string();
    EXPECT_EQ(comparable(signed_request->request), comparable(expected.value()));
  }

  SigningParams params() const {
    const auto context = nlohmann::json::parse(read_file(dir() / "context.json"));
    SigningParams p;
    p.region = context.at("region").get<std::string>();
    p.service = context.at("service").get<std::string>();
    p.time = parse_amz_date(context.at("timestamp").get<std::string>(), "context").value();
    p.normalize_path = context.at("normalize").get<bool>();
    p.add_content_sha256 = context.at("sign_body").get<bool>();
    p.expires = std::chrono::seconds{context.at("expiration_in_seconds").get<int>()};
    if (context.value("omit_session_token", false)) {
      p.token_placement = SessionTokenPlacement::kAddedAfter;
    }
    return p;
  }

  Credentials credentials() const {
    const auto c = nlohmann::json::parse(read_file(dir() / "context.json")).at("credentials");
    return {c.at("access_key_id").get<std::string>(), c.at("secret_access_key").get<std::string>(),
            c.value("token", std::string{})};
  }
};

TEST_P(CrtSuite, HeaderSigningMatchesEveryStep) {
  auto request = parse_http_request(read_file(dir() / "request.txt"));
  ASSERT_TRUE(request.ok()) << request.error().to_string();
  check("header", sign_request(request.value(), credentials(), params()));
}

TEST_P(CrtSuite, QuerySigningMatchesEveryStep) {
  auto request = parse_http_request(read_file(dir() / "request.txt"));
  ASSERT_TRUE(request.ok()) << request.error().to_string();
  check("query", presign_request(request.value(), credentials(), params()));
}

INSTANTIATE_TEST_SUITE_P(AwsSigV4, CrtSuite, ::testing::ValuesIn(crt_cases()),
                         [](const auto& param_info) {
                           std::string name = param_info.param;
                           std::replace(name.begin(), name.end(), '-', '_');
                           return name;
                         });

TEST(CrtSuiteInventory, HasAllThirtyEightCases) { EXPECT_EQ(crt_cases().size(), 38U); }

}  // namespace
}  // namespace accord::sigv4::test
