#include "accord/openapi/version.hpp"

#include <gtest/gtest.h>

namespace accord::openapi {
namespace {

TEST(Version, ReadsEveryPatchOfTheTwoLines) {
  EXPECT_EQ(parse_version("3.0.0"), Version::v3_0);
  EXPECT_EQ(parse_version("3.0.3"), Version::v3_0);
  EXPECT_EQ(parse_version("3.1.0"), Version::v3_1);
  EXPECT_EQ(parse_version("3.1.12"), Version::v3_1);
}

TEST(Version, RefusesOtherVersionsAndMalformedText) {
  for (const char* text : {"2.0", "3.1", "3.2.0", "3.0.", "3.0.x", "3.0.0-rc1", " 3.0.0", ""}) {
    EXPECT_FALSE(parse_version(text).has_value()) << text;
  }
}

TEST(Version, WritesTheLatestPatchAndPicksTheDialect) {
  EXPECT_EQ(version_string(Version::v3_0), "3.0.3");
  EXPECT_EQ(version_string(Version::v3_1), "3.1.0");
  EXPECT_EQ(dialect_of(Version::v3_0), schema::Dialect::openapi_3_0);
  EXPECT_EQ(dialect_of(Version::v3_1), schema::Dialect::openapi_3_1);
}

}  // namespace
}  // namespace accord::openapi
