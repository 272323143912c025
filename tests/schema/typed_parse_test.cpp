#include <gtest/gtest.h>

#include <accord/schema/parse.hpp>

#include "../../examples/user-service/contract.hpp"

namespace accord::schema {
namespace {

using user_service::CreateUserRequest;

std::vector<std::string> pointers(const std::vector<Issue>& issues) {
  std::vector<std::string> out;
  for (const auto& issue : issues)
    out.push_back(issue.path.pointer() + " " + std::string(to_string(issue.code)));
  std::sort(out.begin(), out.end());
  return out;
}

TEST(TypedParse, BindsAValidBody) {
  auto result =
      parse<CreateUserRequest>(R"({"name":"Ann","phoneNumber":"+46 1","email":"ann@example.com",)"
                               R"("address":{"city":"Lund","street":"Main 1","block":"B"}})");

  ASSERT_TRUE(result.ok()) << format_issues(result.issues());
  EXPECT_EQ(result.value().name, "Ann");
  EXPECT_EQ(result.value().phone_number, "+46 1");
  EXPECT_EQ(result.value().address.block, "B");
}

TEST(TypedParse, ReportsEveryIssueWithItsPath) {
  auto result =
      parse<CreateUserRequest>(R"({"name":1,"email":"bad","address":{"city":2},"extra":1})");

  ASSERT_FALSE(result.ok());
  EXPECT_EQ(pointers(result.issues()),
            (std::vector<std::string>{"/address/block invalid_type", "/address/city invalid_type",
                                      "/address/street invalid_type", "/email invalid_format",
                                      "/name invalid_type", "/phoneNumber invalid_type"}));
}

TEST(TypedParse, MalformedJsonIsOneIssueWithLocation) {
  auto result = parse<CreateUserRequest>("{\"name\":\n  tru}");

  ASSERT_EQ(result.issues().size(), 1u);
  EXPECT_EQ(result.issues()[0].code, IssueCode::invalid_json);
  ASSERT_TRUE(result.issues()[0].where.has_value());
  EXPECT_EQ(result.issues()[0].where->line, 2u);
}

}  // namespace
}  // namespace accord::schema
