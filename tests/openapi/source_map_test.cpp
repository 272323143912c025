#include "accord/openapi/source_map.hpp"

#include <gtest/gtest.h>

#include <string>

namespace accord::openapi {
namespace {

SourceMap sample() {
  SourceMap map;
  map.set_file("api.yaml");
  map.add("", 1, 1);
  map.add("/paths", 3, 1);
  map.add("/paths/~1pets", 4, 3);
  map.add("/paths/~1pets/get", 5, 5);
  map.add("/tags/0", 20, 5);
  return map;
}

TEST(SourceMap, FindsExactPointers) {
  const SourceMap map = sample();
  EXPECT_EQ(map.find("/paths/~1pets/get"), (SourceLocation{"api.yaml", 5, 5}));
  EXPECT_EQ(map.find("/paths"), (SourceLocation{"api.yaml", 3, 1}));
  EXPECT_EQ(map.find(""), (SourceLocation{"api.yaml", 1, 1}));
  EXPECT_EQ(map.size(), 5U);
  EXPECT_EQ(map.file(), "api.yaml");
}

TEST(SourceMap, FallsBackToTheNearestAncestor) {
  const SourceMap map = sample();
  // A missing key lands on its object, a missing deep path on the deepest known ancestor.
  EXPECT_EQ(map.find("/paths/~1pets/get/responses/200"), (SourceLocation{"api.yaml", 5, 5}));
  EXPECT_EQ(map.find("/paths/~1users"), (SourceLocation{"api.yaml", 3, 1}));
  // "/tags" itself is unknown, so "/tags/1" goes up to the root.
  EXPECT_EQ(map.find("/tags/1"), (SourceLocation{"api.yaml", 1, 1}));
  EXPECT_EQ(map.find("/tags/0/name"), (SourceLocation{"api.yaml", 20, 5}));
}

TEST(SourceMap, ComparesWholeTokensNotPrefixes) {
  SourceMap map;
  map.add("/ab", 2, 1);
  EXPECT_FALSE(map.find("/a").has_value());  // "/a" is not an ancestor of "/ab", nor the root
  EXPECT_FALSE(map.find("/a/b").has_value());
  EXPECT_TRUE(map.find("/ab/c").has_value());
}

TEST(SourceMap, KnowsNothingWithoutEntriesOrForMalformedPointers) {
  SourceMap empty;
  EXPECT_TRUE(empty.empty());
  EXPECT_FALSE(empty.find("").has_value());
  EXPECT_FALSE(empty.find("/a").has_value());
  const SourceMap map = sample();
  EXPECT_FALSE(map.find("paths").has_value());  // not "" and not starting with '/'
  EXPECT_FALSE(map.find("#/paths").has_value());
}

TEST(SourceMap, KeepsTheFirstLocationOfAPointer) {
  SourceMap map;
  map.add("/a", 1, 2);
  map.add("/a", 7, 8);
  EXPECT_EQ(map.find("/a"), (SourceLocation{"", 1, 2}));
}

TEST(SourceMap, EscapesReferenceTokens) {
  std::string pointer;
  append_pointer_token(pointer, "paths");
  append_pointer_token(pointer, "/pets/{id}");
  append_pointer_token(pointer, "a~b");
  append_pointer_token(pointer, "");
  append_pointer_token(pointer, "~1");
  EXPECT_EQ(pointer, "/paths/~1pets~1{id}/a~0b//~01");
}

TEST(SourceMap, WritesLocationsLikeCompilers) {
  EXPECT_EQ(to_string(SourceLocation{"api.yaml", 3, 7}), "api.yaml:3:7");
  EXPECT_EQ(to_string(SourceLocation{"api.yaml", 3, 0}), "api.yaml:3");
  EXPECT_EQ(to_string(SourceLocation{"api.yaml", 0, 0}), "api.yaml");
  EXPECT_EQ(to_string(SourceLocation{"", 3, 7}), "3:7");
}

}  // namespace
}  // namespace accord::openapi
