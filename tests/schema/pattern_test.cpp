#include "accord/schema/pattern.hpp"

#include <gtest/gtest.h>

#include <stdexcept>
#include <thread>
#include <vector>

namespace accord::schema {
namespace {

std::shared_ptr<const Pattern> compiled(std::string_view source) {
  return Pattern::compile_or_throw(source);
}

TEST(Pattern, SearchesAnywhereInTheText) {
  EXPECT_TRUE(compiled("b+")->search("abbbc"));
  EXPECT_FALSE(compiled("^b+$")->search("abbbc"));
}

TEST(Pattern, DollarMatchesOnlyAtTheEnd) {
  EXPECT_FALSE(compiled("^abc$")->search("abc\n"));
}

TEST(Pattern, UnderstandsJavaScriptEscapes) {
  EXPECT_TRUE(compiled("^\\u00e9$")->search("\xC3\xA9"));
  EXPECT_TRUE(compiled("^\\x41$")->search("A"));
}

TEST(Pattern, DigitClassIsAscii) {
  EXPECT_FALSE(compiled("^\\d$")->search("\xE0\xA7\xA8"));  // BENGALI DIGIT TWO
}

TEST(Pattern, UnsetBackReferenceMatchesEmpty) {
  EXPECT_TRUE(compiled("^(a)?\\1b$")->search("b"));
}

TEST(Pattern, CountsCodePointsNotBytes) {
  EXPECT_TRUE(compiled("^.$")->search("\xC3\xA9"));
}

TEST(Pattern, MatchesEmptyText) {
  EXPECT_TRUE(compiled("^$")->search(std::string_view{}));
}

TEST(Pattern, ReportsCompileErrorWithOffset) {
  auto result = Pattern::compile("a(b");
  ASSERT_TRUE(std::holds_alternative<std::string>(result));
  EXPECT_EQ(std::get<std::string>(result),
            "invalid pattern at offset 3: missing closing parenthesis");
}

TEST(Pattern, CompileOrThrowThrowsOnBadPattern) {
  EXPECT_THROW(Pattern::compile_or_throw("["), std::invalid_argument);
}

TEST(Pattern, KeepsItsSource) { EXPECT_EQ(compiled("a|b")->source(), "a|b"); }

TEST(Pattern, IsUsableFromManyThreads) {
  const auto pattern = compiled("^[a-z]+[0-9]$");
  std::vector<std::thread> threads;
  std::vector<int> hits(4, 0);
  for (std::size_t t = 0; t < hits.size(); ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 1000; ++i) hits[t] += pattern->search("abc1") ? 1 : 0;
    });
  }
  for (auto& thread : threads) thread.join();

  for (int count : hits) EXPECT_EQ(count, 1000);
}

}  // namespace
}  // namespace accord::schema
