#pragma once
// The OpenAPI documents the tests read: the full corpus in ../shared when this checkout has it,
// else the subset copied into tests/data/openapi-specs (see its SOURCES.md).

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

namespace accord::openapi::testing {

/// The folder holding oai-examples/ and real-world/.
inline std::filesystem::path corpus_root() {
  const std::filesystem::path shared =
      std::filesystem::path(ACCORD_SOURCE_DIR) / ".." / "shared" / "corpus" / "openapi-specs";
  if (std::filesystem::is_directory(shared)) return shared;
  return std::filesystem::path(ACCORD_SOURCE_DIR) / "tests" / "data" / "openapi-specs";
}

/// Every .json/.yaml document under oai-examples/ and real-world/, sorted.
inline std::vector<std::filesystem::path> corpus_documents() {
  std::vector<std::filesystem::path> documents;
  for (const char* folder : {"oai-examples", "real-world"}) {
    const auto root = corpus_root() / folder;
    if (!std::filesystem::is_directory(root)) continue;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
      const auto extension = entry.path().extension();
      if (entry.is_regular_file() && (extension == ".json" || extension == ".yaml")) {
        documents.push_back(entry.path());
      }
    }
  }
  std::sort(documents.begin(), documents.end());
  return documents;
}

}  // namespace accord::openapi::testing
