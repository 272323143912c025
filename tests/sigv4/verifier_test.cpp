// The verifier accepts what the suite signed and denies tampering, replay and key confusion,
// each with the right reason, and never puts a secret into its message.
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "accord/sigv4/signer.hpp"
#include "accord/sigv4/verifier.hpp"
#include "suite_support.hpp"

namespace accord::sigv4::test {
namespace {

namespace fs = std::filesystem;
using std::chrono::minutes;

constexpr const char* kSecret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
constexpr const char* kOtherSecret = "otherSecretKeyForTheSecondPrincipal000000";

CredentialStore store() {
  CredentialStore s;
  s.add("AKIDEXAMPLE", kSecret, "arn:aws:iam::123456789012:user/alice");
  s.add("AKIDOTHER", kOtherSecret, "arn:aws:iam::123456789012:user/bob");
  return s;
}

VerifierOptions options() { return {.region = "us-east-1", .service = "service"}; }

void expect_denied(const Decision& d, DenyReason reason) {
  EXPECT_FALSE(d.allowed);
  EXPECT_EQ(to_string(d.reason), to_string(reason)) << d.message;
  EXPECT_EQ(d.message.find(kSecret), std::string::npos);
  EXPECT_EQ(d.message.find(kOtherSecret), std::string::npos);
}

TEST(VerifierSuite, AcceptsEveryCrtSignedRequest) {
  const CredentialStore keys = store();
  std::size_t checked = 0;
  for (const auto& entry : fs::directory_iterator(kSuiteDir / "crt-v4")) {
    if (!entry.is_directory()) {
      continue;
    }
    const auto context = nlohmann::json::parse(read_file(entry.path() / "context.json"));
    VerifierOptions opts = options();
    opts.normalize_path = context.at("normalize").get<bool>();
    if (context.value("omit_session_token", false)) {
      opts.token_placement = SessionTokenPlacement::kAddedAfter;
    }
    const Verifier verifier(keys, opts);
    for (const char* file : {"header-signed-request.txt", "query-signed-request.txt"}) {
      auto request = parse_http_request(read_file(entry.path() / file));
      ASSERT_TRUE(request.ok()) << request.error().to_string();
      const Decision d = verifier.verify(request.value(), suite_time());
      EXPECT_TRUE(d.allowed) << entry.path().filename() << "/" << file << ": " << d.message;
      EXPECT_EQ(d.principal, "arn:aws:iam::123456789012:user/alice");
      ++checked;
    }
  }
  EXPECT_EQ(checked, 76U);
}

TEST(VerifierSuite, ClassicSignedRequestsAllowedExceptTheStaleOnes) {
  const CredentialStore keys = store();
  const Verifier verifier(keys, options());
  // See classic_suite_test.cpp: these two .sreq files carry signatures of other requests.
  const std::vector<std::string> stale = {"get-vanilla-with-session-token",
                                          "post-x-www-form-urlencoded-parameters"};
  std::size_t allowed = 0;
  for (const auto& entry : fs::recursive_directory_iterator(kSuiteDir / "classic-2015")) {
    if (entry.path().extension() != ".sreq") {
      continue;
    }
    auto request = parse_http_request(read_file(entry.path()));
    ASSERT_TRUE(request.ok()) << request.error().to_string();
    const Decision d = verifier.verify(request.value(), suite_time());
    const std::string name = entry.path().stem().string();
    if (std::find(stale.begin(), stale.end(), name) != stale.end()) {
      expect_denied(d, DenyReason::kSignatureMismatch);
    } else {
      EXPECT_TRUE(d.allowed) << name << ": " << d.message;
      allowed += d.allowed ? 1 : 0;
    }
  }
  EXPECT_EQ(allowed, 31U);
}

// A request signed now by alice, with a body, a query and an extra signed header.
class Attack : public ::testing::Test {
 protected:
  SysSeconds now = suite_time();
  CredentialStore keys = store();
  Verifier verifier{keys, options()};

  Request signed_request(bool content_sha256 = false, SigningParams params = {}) const {
    Request r{"POST", "/pets/42?limit=10&tag=a%20b", {}, "{\"name\":\"rex\"}"};
    r.headers = {{"Host", "example.amazonaws.com"}, {"Content-Type", "application/json"},
                 {"X-Trace", "abc"}};
    if (params.region.empty()) {
      params = SigningParams{.region = "us-east-1", .service = "service", .time = now};
    }
    params.add_content_sha256 = content_sha256;
    return sign_request(r, suite_credentials(), params).value().request;
  }

  static void set_header(Request& r, std::string_view name, std::string value) {
    r.remove_header(name);
    r.headers.push_back({std::string(name), std::move(value)});
  }
};

TEST_F(Attack, UntouchedRequestIsAllowed) {
  const Decision d = verifier.verify(signed_request(), now);
  EXPECT_TRUE(d.allowed) << d.message;
  EXPECT_EQ(d.principal, "arn:aws:iam::123456789012:user/alice");
}

TEST_F(Attack, TamperedMethodPathQueryHeaderBody) {
  Request r = signed_request();
  r.method = "PUT";
  expect_denied(verifier.verify(r, now), DenyReason::kSignatureMismatch);
  r = signed_request();
  r.target = "/pets/43?limit=10&tag=a%20b";
  expect_denied(verifier.verify(r, now), DenyReason::kSignatureMismatch);
  r = signed_request();
  r.target = "/pets/42?limit=1000&tag=a%20b";
  expect_denied(verifier.verify(r, now), DenyReason::kSignatureMismatch);
  r = signed_request();
  set_header(r, "X-Trace", "abd");
  expect_denied(verifier.verify(r, now), DenyReason::kSignatureMismatch);
  r = signed_request();
  r.body = "{\"name\":\"max\"}";
  expect_denied(verifier.verify(r, now), DenyReason::kSignatureMismatch);
}

TEST_F(Attack, TamperedBodyWithDeclaredHashIsABodyHashMismatch) {
  Request r = signed_request(true);
  EXPECT_TRUE(verifier.verify(r, now).allowed);
  r.body += " ";
  expect_denied(verifier.verify(r, now), DenyReason::kBodyHashMismatch);
  r = signed_request(true);
  set_header(r, "x-amz-content-sha256", "UNSIGNED-PAYLOAD");
  expect_denied(verifier.verify(r, now), DenyReason::kBodyHashMismatch);
}

TEST_F(Attack, ReplayedOrFutureRequestIsOutsideTheSkew) {
  const Request r = signed_request();
  EXPECT_TRUE(verifier.verify(r, now + minutes(5)).allowed);
  expect_denied(verifier.verify(r, now + minutes(5) + std::chrono::seconds(1)),
                DenyReason::kRequestTimeSkewed);
  expect_denied(verifier.verify(r, now + std::chrono::hours(24)), DenyReason::kRequestTimeSkewed);
  expect_denied(verifier.verify(r, now - minutes(6)), DenyReason::kRequestTimeSkewed);
}

TEST_F(Attack, SwappedRegionOrServiceOrDate) {
  SigningParams p{.region = "eu-west-1", .service = "service", .time = now};
  expect_denied(verifier.verify(signed_request(false, p), now), DenyReason::kWrongScope);
  p = {.region = "us-east-1", .service = "s3", .time = now};
  expect_denied(verifier.verify(signed_request(false, p), now), DenyReason::kWrongScope);
  Request r = signed_request();
  set_header(r, "X-Amz-Date", "20150831T000000Z");
  expect_denied(verifier.verify(r, now), DenyReason::kWrongScope);
}

TEST_F(Attack, SignatureOfOneKeyPresentedWithAnother) {
  Request r = signed_request();
  std::string auth = *r.header("authorization");
  auth.replace(auth.find("AKIDEXAMPLE"), 11, "AKIDOTHER");
  set_header(r, "Authorization", auth);
  expect_denied(verifier.verify(r, now), DenyReason::kSignatureMismatch);
  auth.replace(auth.find("AKIDOTHER"), 9, "AKIDNOBODY");
  set_header(r, "Authorization", auth);
  expect_denied(verifier.verify(r, now), DenyReason::kUnknownAccessKey);
}

TEST_F(Attack, HostOrDateNotSigned) {
  for (const char* list : {"content-type;x-amz-date;x-trace", "content-type;host;x-trace"}) {
    Request r = signed_request();
    std::string auth = *r.header("authorization");
    const auto start = auth.find("SignedHeaders=") + 14;
    auth.replace(start, auth.find(',', start) - start, list);
    set_header(r, "Authorization", auth);
    expect_denied(verifier.verify(r, now), DenyReason::kRequiredHeaderNotSigned);
  }
}

TEST_F(Attack, EveryTruncationOfTheAuthorizationHeaderIsMalformed) {
  const Request original = signed_request();
  const std::string auth = *original.header("authorization");
  for (std::size_t length = 0; length < auth.size(); ++length) {
    Request r = original;
    set_header(r, "Authorization", auth.substr(0, length));
    expect_denied(verifier.verify(r, now), DenyReason::kMalformedAuthorization);
  }
}

TEST_F(Attack, TruncatedMessagesAreNeverAllowed) {
  const std::string message = format_http_request(signed_request());
  for (std::size_t length = 0; length < message.size(); ++length) {
    auto r = parse_http_request(message.substr(0, length));
    if (r.ok()) {
      EXPECT_FALSE(verifier.verify(r.value(), now).allowed) << "length " << length;
    }
  }
}

TEST_F(Attack, DuplicateAuthorizationAndMissingSignature) {
  Request r = signed_request();
  r.headers.push_back({"Authorization", *r.header("authorization")});
  expect_denied(verifier.verify(r, now), DenyReason::kMalformedAuthorization);
  r = signed_request();
  r.remove_header("authorization");
  expect_denied(verifier.verify(r, now), DenyReason::kMalformedRequest);
}

TEST_F(Attack, PresignedUrlExpiresAndRejectsTampering) {
  Request r{"GET", "/pets?limit=1", {{"Host", "example.amazonaws.com"}}, ""};
  SigningParams p{.region = "us-east-1", .service = "service", .time = now,
                  .expires = std::chrono::seconds(600)};
  const Request url = presign_request(r, suite_credentials(), p).value().request;
  EXPECT_TRUE(verifier.verify(url, now + minutes(10)).allowed);
  expect_denied(verifier.verify(url, now + minutes(11)), DenyReason::kRequestTimeSkewed);
  Request tampered = url;
  tampered.target.replace(tampered.target.find("limit=1"), 7, "limit=9");
  expect_denied(verifier.verify(tampered, now), DenyReason::kSignatureMismatch);
  tampered = url;
  tampered.target.replace(tampered.target.find("X-Amz-Expires=600"), 17, "X-Amz-Expires=900");
  expect_denied(verifier.verify(tampered, now), DenyReason::kSignatureMismatch);
}

}  // namespace
}  // namespace accord::sigv4::test
