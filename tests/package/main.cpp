// Uses both installed libraries; prints "ok" when a bad body is rejected and a digest computed.
#include <accord/schema/parse.hpp>
#include <accord/sigv4/crypto.hpp>

#include <iostream>
#include <string>

struct Point {
  int x = 0;
  int y = 0;
};

inline auto accord_schema(accord::schema::tag<Point>) {
  namespace s = accord::schema;
  return s::object<Point>(s::field("x", &Point::x), s::field("y", &Point::y));
}

int main() {
  auto good = accord::schema::parse<Point>(R"({"x":1,"y":2})");
  auto bad = accord::schema::parse<Point>(R"({"x":"1"})");
  if (!good.ok() || bad.issues().size() != 2) return 1;
  // SHA-256 of the empty string, as every SigV4 request without a body hashes it.
  if (accord::sigv4::sha256_hex("") !=
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855") {
    return 1;
  }
  std::cout << "ok\n";
  return 0;
}
