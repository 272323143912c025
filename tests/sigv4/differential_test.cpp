// Differential test: the same generated requests signed by accord and by @smithy/signature-v4
// (the signer of the AWS SDK for JavaScript v3) must give identical signatures.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "accord/sigv4/crypto.hpp"
#include "accord/sigv4/signer.hpp"
#include "accord/sigv4/uri.hpp"
#include "request_generator.hpp"
#include "suite_support.hpp"

namespace accord::sigv4::test {
namespace {

namespace fs = std::filesystem;
constexpr std::size_t kRequests = 1200;
constexpr std::uint32_t kSeed = 20150830;
const fs::path kNodeDir = fs::path(ACCORD_SOURCE_DIR) / "tests" / "sigv4" / "node";

Request to_request(const GeneratedRequest& g) {
  Request r{g.method, g.path, {}, g.body};
  for (std::size_t i = 0; i < g.query.size(); ++i) {
    r.target += (i == 0 ? "?" : "&") + uri_encode(g.query[i].first) + "=" +
                uri_encode(g.query[i].second);
  }
  for (const auto& [name, value] : g.headers) {
    r.headers.push_back({name, value});
  }
  return r;
}

nlohmann::json to_json(std::size_t id, const GeneratedRequest& g, const Credentials& c) {
  return {{"id", id},
          {"method", g.method},
          {"path", g.path},
          {"query", g.query},
          {"headers", g.headers},
          {"body_hex", to_hex(g.body)},
          {"region", g.region},
          {"service", g.service},
          {"time", g.time},
          {"key", c.access_key_id},
          {"secret", c.secret_access_key},
          {"token", c.session_token},
          {"escape_path", g.escape_path},
          {"presign", g.presign},
          {"expires", g.expires}};
}

std::string accord_signature(const GeneratedRequest& g, const Credentials& c) {
  SigningParams params{.region = g.region, .service = g.service,
                       .time = SysSeconds{std::chrono::seconds{g.time}}};
  params.normalize_path = g.escape_path;
  params.escape_path = g.escape_path;
  params.expires = std::chrono::seconds{g.expires};
  auto signed_request = g.presign ? presign_request(to_request(g), c, params)
                                  : sign_request(to_request(g), c, params);
  return signed_request ? signed_request->signature : "error: " + signed_request.error().message;
}

TEST(Differential, AccordAndSmithySignaturesAreIdentical) {
  ASSERT_TRUE(fs::exists(kNodeDir / "node_modules" / "@smithy" / "signature-v4"))
      << "node_modules missing in " << kNodeDir
      << ": run `npm ci` there (scripts/test.sh does it before building)";

  RequestGenerator generator(kSeed);
  std::vector<GeneratedRequest> requests;
  const Credentials base = suite_credentials();
  const fs::path input = fs::temp_directory_path() / "accord-sigv4-differential-in.jsonl";
  const fs::path output = fs::temp_directory_path() / "accord-sigv4-differential-out.jsonl";
  {
    std::ofstream out(input);
    for (std::size_t i = 0; i < kRequests; ++i) {
      requests.push_back(generator.next());
      const Credentials c{base.access_key_id, base.secret_access_key,
                          requests.back().session_token};
      out << to_json(i, requests.back(), c).dump() << "\n";
    }
  }
  const std::string command = "node \"" + (kNodeDir / "sign.js").string() + "\" < \"" +
                              input.string() + "\" > \"" + output.string() + "\"";
  ASSERT_EQ(std::system(command.c_str()), 0) << "node failed: " << command;

  std::ifstream in(output);
  std::size_t compared = 0, presigned = 0;
  for (std::string line; std::getline(in, line);) {
    const auto answer = nlohmann::json::parse(line);
    const auto id = answer.at("id").get<std::size_t>();
    ASSERT_LT(id, requests.size());
    const GeneratedRequest& g = requests[id];
    const Credentials c{base.access_key_id, base.secret_access_key, g.session_token};
    EXPECT_EQ(accord_signature(g, c), answer.at("signature").get<std::string>())
        << "request " << id << ": " << to_json(id, g, c).dump();
    ++compared;
    presigned += g.presign ? 1 : 0;
  }
  EXPECT_EQ(compared, kRequests);
  EXPECT_GT(presigned, kRequests / 10);
  std::cout << "[ differential ] " << compared << " requests compared, " << presigned
            << " of them presigned\n";
  fs::remove(input);
  fs::remove(output);
}

}  // namespace
}  // namespace accord::sigv4::test
