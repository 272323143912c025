#pragma once
// Helpers shared by the sigv4 tests: reading fixture files and the suite's fixed parameters.

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "accord/sigv4/amz_time.hpp"
#include "accord/sigv4/credentials.hpp"

namespace accord::sigv4::test {

inline const std::filesystem::path kSuiteDir =
    std::filesystem::path(ACCORD_SOURCE_DIR) / "tests" / "data" / "aws-sigv4";

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw std::runtime_error("cannot open fixture " + path.string());
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

/// The suite's published example key pair (not a real credential).
inline Credentials suite_credentials(std::string token = {}) {
  return {"AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", std::move(token)};
}

/// 2015-08-30T12:36:00Z, the time of every suite case.
inline SysSeconds suite_time() { return parse_amz_date("20150830T123600Z", "suite").value(); }

}  // namespace accord::sigv4::test
