#pragma once
// A deterministic (seeded) generator of awkward requests for the differential test: odd
// paths, repeated and unicode query keys, headers with runs of spaces, empty and binary bodies.
// It uses its own modulo over std::mt19937 (whose output is fixed by the standard) so that the
// same seed yields the same requests with every standard library.

#include <cstdint>
#include <random>
#include <string>
#include <utility>
#include <vector>

namespace accord::sigv4::test {

/// One generated case, in the terms both signers understand.
struct GeneratedRequest {
  std::string method;
  std::string path;                                          // raw, as on the request line
  std::vector<std::pair<std::string, std::string>> query;    // decoded
  std::vector<std::pair<std::string, std::string>> headers;  // unique names
  std::string body;                                          // raw bytes
  std::string region, service, session_token;
  std::int64_t time = 0;  // seconds since the epoch
  bool escape_path = true;
  bool presign = false;
  int expires = 3600;
};

class RequestGenerator {
 public:
  explicit RequestGenerator(std::uint32_t seed) : random_(seed) {}

  GeneratedRequest next() {
    GeneratedRequest r;
    r.method = pick({"GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "get"});
    r.escape_path = below(5) != 0;
    r.path = r.escape_path ? odd_path() : s3_path();
    for (std::size_t i = 0, n = below(6); i < n; ++i) {
      const bool repeat = !r.query.empty() && below(3) == 0;
      r.query.emplace_back(repeat ? r.query[below(r.query.size())].first : query_key(),
                           query_value());
    }
    r.headers.emplace_back(below(2) ? "Host" : "host", pick({"example.amazonaws.com",
                                                            "api.example.com:8443"}));
    const std::vector<std::string> names = {"X-Custom", "x-lower", "Content-Type", "X-Tab",
                                            "X-Empty", "x-unicode", "Accept", "X-Long"};
    for (std::size_t i = 0; i < names.size(); ++i) {
      if (below(2) == 0) {
        r.headers.emplace_back(names[i], header_value());
      }
    }
    r.body = body();
    r.region = pick({"us-east-1", "eu-west-1", "ap-southeast-2", "cn-north-1"});
    r.service = pick({"execute-api", "service", "s3", "lambda"});
    r.session_token = below(4) == 0 ? "FwoGZXIvYXdzE" + std::to_string(below(100000)) + "/+=" : "";
    r.time = 1'400'000'000 + static_cast<std::int64_t>(below(400'000'000));
    r.presign = below(4) == 0;
    r.expires = 1 + static_cast<int>(below(604800));
    return r;
  }

 private:
  std::size_t below(std::size_t n) { return n == 0 ? 0 : random_() % n; }

  std::string pick(std::initializer_list<const char*> options) {
    return *(options.begin() + below(options.size()));
  }

  std::string odd_path() {
    std::string path = below(10) == 0 ? "//" : "/";
    const std::size_t segments = below(6);
    for (std::size_t i = 0; i < segments; ++i) {
      path += pick({"pets", "a b", "..", ".", "", "ünïcödé", "日本", "%41", "a%2Fb", "~tilde",
                    "it's(1)*!", "x=y&z", "@:$,;+", "%", "foo%20bar", "UPPER", "-_."});
      if (i + 1 < segments || below(2) == 0) {
        path += "/";
      }
    }
    return path;
  }

  std::string s3_path() {
    std::string path = "/";
    const std::size_t segments = 1 + below(4);
    for (std::size_t i = 0; i < segments; ++i) {
      path += pick({"bucket", "my-object", "%E6%97%A5", "a%20b", "", "photo.jpg", "~x_y"});
      path += i + 1 < segments ? "/" : "";
    }
    return path;
  }

  std::string query_key() {
    return pick({"a", "b", "Param", "param", "ключ", "キー", "a b", "x=y", "", "X-Amz-Meta",
                 "emoji😀", "z~", "1", "%"});
  }

  std::string query_value() {
    return pick({"", "1", "value", "two words", "a&b", "ü", "+plus", "/slash/", "=", "~.-_",
                 "*'()!"});
  }

  std::string header_value() {
    std::string value;
    const std::size_t pieces = 1 + below(4);
    for (std::size_t i = 0; i < pieces; ++i) {
      value += pick({"", " ", "   ", "\t", " \t "});
      value += pick({"v", "value", "a,b", "ü", "text/plain; charset=utf-8", "\"quoted  \""});
    }
    value += pick({"", " ", "  \t"});
    return value;
  }

  std::string body() {
    switch (below(4)) {
      case 0: return "";
      case 1: return "{\"name\": \"rex\", \"n\": " + std::to_string(below(1000)) + "}";
      case 2: return "plain text  with   spaces\n";
      default: {
        std::string bytes(below(300), '\0');
        for (auto& c : bytes) {
          c = static_cast<char>(below(256));
        }
        return bytes;
      }
    }
  }

  std::mt19937 random_;
};

}  // namespace accord::sigv4::test
