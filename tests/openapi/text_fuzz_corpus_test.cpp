// Replays every input of fuzz/corpus/openapi_text/ (seeds and minimised findings of the
// openapi_text fuzzer) through the fuzzer's own check: read texts round-trip through both
// writers, refused texts are refused with a place.

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

// The fuzz target's check, text_round_trip_report(); its LLVMFuzzerTestOneInput is unused here.
#include "../../fuzz/openapi_text_fuzz.cpp"

namespace {

namespace fs = std::filesystem;

std::string read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

TEST(TextFuzzCorpus, EveryInputPassesTheFuzzCheck) {
  const fs::path corpus = fs::path(ACCORD_SOURCE_DIR) / "fuzz" / "corpus" / "openapi_text";
  ASSERT_TRUE(fs::is_directory(corpus)) << corpus;
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(corpus)) {
    if (entry.is_regular_file()) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  ASSERT_FALSE(files.empty()) << "no inputs in " << corpus;
  for (const auto& file : files) {
    EXPECT_EQ(accord_fuzz::text_round_trip_report(read_bytes(file)), "") << file.filename();
  }
  std::cout << "[fuzz corpus] " << files.size() << " openapi_text inputs replayed\n";
}

}  // namespace
