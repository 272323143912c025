// Replays every input of fuzz/corpus/openapi_lint/ (seeds and minimised findings of the
// openapi_lint fuzzer) through the fuzzer's own check.

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#define ACCORD_FUZZ_NO_MAIN
#include "../../fuzz/openapi_lint_fuzz.cpp"

namespace {

namespace fs = std::filesystem;

TEST(LintFuzzCorpus, EveryInputPassesTheFuzzCheck) {
  const fs::path corpus = fs::path(ACCORD_SOURCE_DIR) / "fuzz" / "corpus" / "openapi_lint";
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(corpus)) {
    if (entry.is_regular_file()) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  ASSERT_GE(files.size(), 5u) << corpus;
  for (const auto& file : files) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    EXPECT_EQ(accord_fuzz::document_report(bytes.str()), "") << file.filename();
  }
}

}  // namespace
