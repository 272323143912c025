// Invoke permissions (explicit deny wins, wildcards) and the credential sources.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "accord/sigv4/credential_store.hpp"
#include "accord/sigv4/credentials.hpp"
#include "accord/sigv4/invoke_policy.hpp"

namespace accord::sigv4::test {
namespace {

const ApiStage kStage{"us-east-1", "123456789012", "a1b2c3", "prod"};

TEST(InvokePolicy, BuildsTheExecuteApiArn) {
  EXPECT_EQ(execute_api_arn(kStage, "GET", "/pets/42?x=1"),
            "arn:aws:execute-api:us-east-1:123456789012:a1b2c3/prod/GET/pets/42");
  EXPECT_EQ(execute_api_arn(kStage, "POST", "/"),
            "arn:aws:execute-api:us-east-1:123456789012:a1b2c3/prod/POST/");
}

TEST(InvokePolicy, WildcardsMatchLikeIam) {
  EXPECT_TRUE(wildcard_match("arn:aws:execute-api:*:*:a1b2c3/*/GET/pets/*",
                             "arn:aws:execute-api:us-east-1:1:a1b2c3/prod/GET/pets/42/toys"));
  EXPECT_FALSE(wildcard_match("arn:*:a1b2c3/prod/GET/pets/*", "arn:x:a1b2c3/prod/GET/pets"));
  EXPECT_TRUE(wildcard_match("a?c", "abc"));
  EXPECT_FALSE(wildcard_match("a?c", "ac"));
  EXPECT_TRUE(wildcard_match("EXECUTE-API:invoke", "execute-api:Invoke", true));
  EXPECT_FALSE(wildcard_match("EXECUTE-API:invoke", "execute-api:Invoke", false));
  EXPECT_FALSE(wildcard_match(std::string(40, '*') + "b", std::string(4000, 'a')));
}

TEST(InvokePolicy, ExplicitDenyWinsOverAllow) {
  const std::vector<Statement> statements = {
      {Effect::kAllow, {"execute-api:*"}, {"arn:aws:execute-api:us-east-1:*:a1b2c3/prod/*"}},
      {Effect::kDeny, {"execute-api:Invoke"}, {"arn:aws:execute-api:*:*:a1b2c3/*/DELETE/*"}}};
  Request get{"GET", "/pets/1", {}, ""};
  Request del{"DELETE", "/pets/1", {}, ""};
  Request other{"GET", "/pets/1", {}, ""};
  EXPECT_EQ(evaluate_invoke(statements, kStage, get).outcome, PermissionOutcome::kAllowed);
  const auto denied = evaluate_invoke(statements, kStage, del);
  EXPECT_EQ(denied.outcome, PermissionOutcome::kExplicitDeny);
  EXPECT_EQ(denied.statement, 1U);
  const ApiStage beta{"us-east-1", "123456789012", "a1b2c3", "beta"};
  EXPECT_EQ(evaluate_invoke(statements, beta, other).outcome, PermissionOutcome::kImplicitDeny);
  EXPECT_EQ(evaluate(statements, "execute-api:ManageConnections",
                     execute_api_arn(kStage, "GET", "/")).outcome,
            PermissionOutcome::kAllowed);
  EXPECT_EQ(evaluate(statements, "s3:GetObject", execute_api_arn(kStage, "GET", "/")).outcome,
            PermissionOutcome::kImplicitDeny);
}

TEST(Credentials, FromEnvironment) {
  ::setenv("AWS_ACCESS_KEY_ID", "AKIDENV", 1);
  ::setenv("AWS_SECRET_ACCESS_KEY", "secretenv", 1);
  ::setenv("AWS_SESSION_TOKEN", "tokenenv", 1);
  ::setenv("AWS_REGION", "eu-north-1", 1);
  auto c = EnvironmentCredentialsProvider{}.load();
  ASSERT_TRUE(c.ok()) << c.error().to_string();
  EXPECT_EQ(c->access_key_id, "AKIDENV");
  EXPECT_EQ(c->secret_access_key, "secretenv");
  EXPECT_EQ(c->session_token, "tokenenv");
  EXPECT_EQ(region_from_environment(), "eu-north-1");
  ::unsetenv("AWS_REGION");
  ::setenv("AWS_DEFAULT_REGION", "ap-south-1", 1);
  EXPECT_EQ(region_from_environment(), "ap-south-1");
  ::unsetenv("AWS_SECRET_ACCESS_KEY");
  auto missing = EnvironmentCredentialsProvider{}.load();
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().to_string(),
            "environment: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY must both be set");
  ::unsetenv("AWS_ACCESS_KEY_ID");
  ::unsetenv("AWS_SESSION_TOKEN");
  ::unsetenv("AWS_DEFAULT_REGION");
}

TEST(Credentials, FromSharedFileWithProfiles) {
  const auto path = std::filesystem::temp_directory_path() / "accord-sigv4-credentials-test";
  std::ofstream(path) << "# comment\n[default]\naws_access_key_id = AKIDDEF\n"
                         "aws_secret_access_key = s3cr3tdef\n\n[profile ci]\n"
                         "aws_access_key_id=AKIDCI\naws_secret_access_key=s3cr3tci\n"
                         "aws_session_token = tok\nprincipal = ci-bot\n[empty]\n";
  auto def = SharedCredentialsFileProvider(path.string(), "default").load();
  ASSERT_TRUE(def.ok()) << def.error().to_string();
  EXPECT_EQ(def->access_key_id, "AKIDDEF");
  EXPECT_TRUE(def->session_token.empty());
  auto ci = SharedCredentialsFileProvider(path.string(), "ci").load();
  ASSERT_TRUE(ci.ok());
  EXPECT_EQ(ci->session_token, "tok");
  auto none = SharedCredentialsFileProvider(path.string(), "nope").load();
  ASSERT_FALSE(none.ok());
  EXPECT_EQ(none.error().to_string(), path.string() + " [nope]: no such profile");
  auto empty = SharedCredentialsFileProvider(path.string(), "empty").load();
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.error().message.find("s3cr3t"), std::string::npos);

  auto text = read_text_file(path.string());
  ASSERT_TRUE(text.ok());
  auto store = CredentialStore::from_shared_credentials(text.value(), path.string());
  ASSERT_TRUE(store.ok());
  EXPECT_EQ(store->size(), 2U);
  EXPECT_EQ(store->find("AKIDCI")->principal, "ci-bot");
  EXPECT_EQ(store->find("AKIDDEF")->principal, "default");
  EXPECT_EQ(store->find("AKIDX"), nullptr);
  std::filesystem::remove(path);
}

TEST(Credentials, IniErrorsNameTheLineNotTheContent) {
  auto bad = parse_ini("[a]\naws_secret_access_key\n", "creds");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().to_string(), "creds:2: expected 'key = value'");
  EXPECT_FALSE(SharedCredentialsFileProvider("/nonexistent/accord", "default").load().ok());
}

}  // namespace
}  // namespace accord::sigv4::test
