// Replays every committed input of fuzz/corpus/sigv4_verify through the fuzz target's entry
// point, so that a crash found by fuzzing stays fixed.
#include <gtest/gtest.h>

#include <cstdint>
#include <filesystem>

#include "suite_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace accord::sigv4::test {
namespace {

TEST(FuzzCorpus, EveryCommittedInputRunsCleanly) {
  const auto dir = std::filesystem::path(ACCORD_SOURCE_DIR) / "fuzz" / "corpus" / "sigv4_verify";
  std::size_t replayed = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    const std::string bytes = read_file(entry.path());
    EXPECT_EQ(LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()),
                                     bytes.size()),
              0)
        << entry.path();
    ++replayed;
  }
  EXPECT_GE(replayed, 5U);
}

}  // namespace
}  // namespace accord::sigv4::test
