#pragma once
// Checks that a runner bound the right values: compares its struct with simdjson's DOM reading
// of the same text. Runs once, before timing; works for any struct with accord's field names.

#include <simdjson.h>

#include <string>
#include <string_view>

#include "harness.hpp"

namespace bench {

template <class User>
void expect_bound(std::string_view runner, const User& user, simdjson::dom::element json) {
  const auto expect = [&](std::string_view what, const std::string& got, std::string_view want) {
    if (got != want) {
      fail(runner, std::string("bound ") + std::string(what) + " = '" + got + "', input has '" +
                       std::string(want) + "'");
    }
  };
  const auto text = [&](simdjson::dom::element object, const char* key) -> std::string_view {
    std::string_view value;
    if (object[key].get(value)) fail(runner, std::string("DOM reading of ") + key + " failed");
    return value;
  };
  const simdjson::dom::element address = json["address"];
  expect("name", user.name, text(json, "name"));
  expect("phone_number", user.phone_number, text(json, "phoneNumber"));
  expect("email", user.email, text(json, "email"));
  expect("address.city", user.address.city, text(address, "city"));
  expect("address.street", user.address.street, text(address, "street"));
  expect("address.block", user.address.block, text(address, "block"));
}

/// Compares a bound single body, and the first and last elements of a bound array.
template <class User, class Users>
void expect_bound_inputs(std::string_view runner, const User& valid, std::string_view valid_text,
                         const Users& large, std::string_view large_text) {
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  if (parser.parse(valid_text.data(), valid_text.size()).get(doc)) {
    fail(runner, "DOM parse of valid.json failed");
  }
  expect_bound(runner, valid, doc);
  simdjson::dom::array array;
  if (parser.parse(large_text.data(), large_text.size()).get(array)) {
    fail(runner, "DOM parse of large.json failed");
  }
  if (large.size() != array.size()) {
    fail(runner, "bound " + std::to_string(large.size()) + " users from large.json, which has " +
                     std::to_string(array.size()));
  }
  expect_bound(runner, large.front(), array.at(0));
  expect_bound(runner, large.back(), array.at(array.size() - 1));
}

}  // namespace bench
