#include "accord/schema/issue.hpp"

#include <gtest/gtest.h>

namespace accord::schema {
namespace {

TEST(Path, RendersJsonPointerWithEscapes) {
  Path path;
  path.push("a/b");
  path.push(std::size_t{3});
  path.push("m~n");

  EXPECT_EQ(path.pointer(), "/a~1b/3/m~0n");
}

TEST(IssueCode, WireNamesRoundTrip) {
  for (auto code : {IssueCode::invalid_type, IssueCode::duplicate_key, IssueCode::custom}) {
    EXPECT_EQ(issue_code_from_string(to_string(code)), code);
  }
  EXPECT_FALSE(issue_code_from_string("nope").has_value());
}

}  // namespace
}  // namespace accord::schema
