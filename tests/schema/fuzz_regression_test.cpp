// Replays every input of fuzz/corpus/schema_parse/ (seeds and minimised findings of the
// schema_parse fuzzer) through the fuzzer's own check: the typed parse and the DOM path must
// report the same issues.

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "../../fuzz/schema_agreement.hpp"

namespace {

namespace fs = std::filesystem;

std::string read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

TEST(FuzzRegression, SchemaParseCorpusAgrees) {
  const fs::path corpus = fs::path(ACCORD_SOURCE_DIR) / "fuzz" / "corpus" / "schema_parse";
  ASSERT_TRUE(fs::is_directory(corpus)) << corpus;
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(corpus)) {
    if (entry.is_regular_file()) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  ASSERT_FALSE(files.empty()) << "no inputs in " << corpus;

  std::size_t agreed = 0;
  for (const auto& file : files) {
    const std::string report = accord_fuzz::check_agreement(read_bytes(file));
    EXPECT_TRUE(report.empty()) << file.filename().string() << "\n" << report;
    if (report.empty()) ++agreed;
  }
  std::cout << "[fuzz corpus] " << files.size() << " inputs replayed, " << agreed
            << " agree on both subjects\n";
}

}  // namespace
