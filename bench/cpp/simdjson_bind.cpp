// "The practical limit": simdjson On-Demand binding a CreateUserRequest body straight into a
// struct with std::string fields, with hand-written checks (required keys, string types, zod 4's
// email rule) and every issue collected with its JSON Pointer. The parser is reused across
// operations and the input sits in a padded_string made before timing.

#include <simdjson.h>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "email.hpp"
#include "harness.hpp"
#include "user_check.hpp"

namespace {

namespace ondemand = simdjson::ondemand;

struct Address {
  std::string city;
  std::string street;
  std::string block;
};

struct CreateUserRequest {
  std::string name;
  std::string phone_number;
  std::string email;
  Address address;
};

struct Issue {
  std::string path;  // JSON Pointer
  std::string_view code;
  std::string message;
};

std::string_view type_name(ondemand::json_type type) {
  switch (type) {
    case ondemand::json_type::array: return "array";
    case ondemand::json_type::object: return "object";
    case ondemand::json_type::number: return "number";
    case ondemand::json_type::string: return "string";
    case ondemand::json_type::boolean: return "boolean";
    case ondemand::json_type::null: return "null";
  }
  return "unknown";
}

class UserBinder {
 public:
  /// Binds one body into `out`; false (and issues() says why) when it is not a valid request.
  bool bind(const simdjson::padded_string& json, CreateUserRequest& out) {
    start();
    ondemand::document doc;
    if (const auto error = parser_.iterate(json).get(doc)) return fatal(error);
    ondemand::value root;
    if (const auto error = doc.get_value().get(root)) return fatal(error);
    ondemand::object object;
    // A root of the wrong type is not read further, so nothing after it is checked either.
    if (!expect_object(root, object, {})) return false;
    bind_user(object, out);
    return finish(doc);
  }

  /// Binds an array of bodies into `out`, collecting the issues of every element.
  bool bind_all(const simdjson::padded_string& json, std::vector<CreateUserRequest>& out) {
    start();
    ondemand::document doc;
    if (const auto error = parser_.iterate(json).get(doc)) return fatal(error);
    ondemand::array array;
    if (const auto error = doc.get_array().get(array)) {
      if (error != simdjson::INCORRECT_TYPE) return fatal(error);
      ondemand::json_type type{};
      if (const auto type_error = doc.type().get(type)) return fatal(type_error);
      add_issue("", "invalid_type", "expected array, received " + std::string(type_name(type)));
      return false;
    }
    index_ = 0;
    for (auto element : array) {
      ondemand::value value;
      if (const auto error = std::move(element).get(value)) return fatal(error);
      ondemand::object object;
      if (expect_object(value, object, {})) bind_user(object, out.emplace_back());
      if (fatal_) return false;
      ++index_;
    }
    return finish(doc);
  }

  [[nodiscard]] const std::vector<Issue>& issues() const noexcept { return issues_; }

 private:
  static constexpr std::size_t no_index = std::numeric_limits<std::size_t>::max();

  void start() {
    issues_.clear();
    fatal_ = false;
    index_ = no_index;
  }

  // Valid only when the root value was the whole document and nothing was wrong.
  bool finish(ondemand::document& doc) {
    if (fatal_) return false;
    const char* trailing = nullptr;
    if (doc.current_location().get(trailing) != simdjson::OUT_OF_BOUNDS) {
      add_issue("", "invalid_json", "unexpected content after the JSON value");
    }
    return issues_.empty();
  }

  // The path is only built when there is an issue, so the valid path never formats strings.
  std::string path(std::string_view a, std::string_view b = {}) const {
    std::string out;
    if (index_ != no_index) out += "/" + std::to_string(index_);
    if (!a.empty()) (out += '/') += a;
    if (!b.empty()) (out += '/') += b;
    return out;
  }

  void add_issue(std::string pointer, std::string_view code, std::string message) {
    issues_.push_back(Issue{std::move(pointer), code, std::move(message)});
  }

  // A malformed document ends binding: no later position in it can be trusted.
  bool fatal(simdjson::error_code error) {
    fatal_ = true;
    add_issue(path({}), "invalid_json", simdjson::error_message(error));
    return false;
  }

  // Binds a string member; records invalid_type (with the received type) for other values.
  bool bind_string(ondemand::value value, std::string& out, std::string_view parent,
                   std::string_view key) {
    std::string_view text;
    const auto error = value.get_string().get(text);
    if (error == simdjson::SUCCESS) {
      out.assign(text);
      return true;
    }
    if (error != simdjson::INCORRECT_TYPE) return fatal(error);
    ondemand::json_type type{};
    if (const auto type_error = value.type().get(type)) return fatal(type_error);
    add_issue(path(parent, key), "invalid_type",
              "expected string, received " + std::string(type_name(type)));
    return false;
  }

  // Reports each required key whose bit is not in `seen`.
  void require(unsigned seen, std::string_view parent, const std::string_view* keys,
               std::size_t count) {
    for (std::size_t i = 0; i < count; ++i) {
      if ((seen & (1U << i)) == 0) {
        add_issue(path(parent, keys[i]), "invalid_type", "required, received undefined");
      }
    }
  }

  bool expect_object(ondemand::value& value, ondemand::object& object, std::string_view at) {
    const auto error = value.get_object().get(object);
    if (error == simdjson::SUCCESS) return true;
    if (error != simdjson::INCORRECT_TYPE) return fatal(error);
    ondemand::json_type type{};
    if (const auto type_error = value.type().get(type)) return fatal(type_error);
    add_issue(path(at), "invalid_type",
              "expected object, received " + std::string(type_name(type)));
    return false;
  }

  bool bind_address(ondemand::value value, Address& out) {
    static constexpr std::string_view keys[] = {"city", "street", "block"};
    ondemand::object object;
    if (!expect_object(value, object, "address")) return false;
    unsigned seen = 0;
    for (auto member : object) {
      ondemand::field field;
      std::string_view key;
      if (const auto error = std::move(member).get(field)) return fatal(error);
      if (const auto error = field.unescaped_key().get(key)) return fatal(error);
      if (key == "city") {
        seen |= 1U;
        bind_string(field.value(), out.city, "address", key);
      } else if (key == "street") {
        seen |= 2U;
        bind_string(field.value(), out.street, "address", key);
      } else if (key == "block") {
        seen |= 4U;
        bind_string(field.value(), out.block, "address", key);
      }  // unknown keys are allowed, as zod's default z.object allows them
      if (fatal_) return false;
    }
    require(seen, "address", keys, 3);
    return true;
  }

  // Returns false only when the document is malformed; issues go to issues_.
  bool bind_user(ondemand::object& object, CreateUserRequest& out) {
    static constexpr std::string_view keys[] = {"name", "phoneNumber", "email", "address"};
    unsigned seen = 0;
    for (auto member : object) {
      ondemand::field field;
      std::string_view key;
      if (const auto error = std::move(member).get(field)) return fatal(error);
      if (const auto error = field.unescaped_key().get(key)) return fatal(error);
      if (key == "name") {
        seen |= 1U;
        bind_string(field.value(), out.name, key, {});
      } else if (key == "phoneNumber") {
        seen |= 2U;
        bind_string(field.value(), out.phone_number, key, {});
      } else if (key == "email") {
        seen |= 4U;
        if (bind_string(field.value(), out.email, key, {}) && !bench::is_zod_email(out.email)) {
          add_issue(path(key), "invalid_format", "expected email, received an invalid address");
        }
      } else if (key == "address") {
        seen |= 8U;
        bind_address(field.value(), out.address);
      }
      if (fatal_) return false;
    }
    require(seen, {}, keys, 4);
    return true;
  }

  simdjson::ondemand::parser parser_;
  std::vector<Issue> issues_;
  std::size_t index_ = no_index;
  bool fatal_ = false;
};

bench::Verdict verdict_of(bool ok, const UserBinder& binder) {
  bench::Verdict verdict{ok, {}};
  for (const auto& issue : binder.issues()) {
    verdict.issues.push_back({issue.path, std::string(issue.code)});
  }
  return verdict;
}

}  // namespace

int main() {
  constexpr std::string_view runner = "hand-written";
  constexpr std::string_view library = "simdjson 3.0.1 On-Demand + hand-written checks";
  const auto config = bench::load_config();
  const auto valid_text = bench::read_file(runner, config.data_dir + "/valid.json");
  const auto invalid_text = bench::read_file(runner, config.data_dir + "/invalid.json");
  const auto large_text = bench::read_file(runner, config.data_dir + "/large.json");
  // simdjson reads past the end of its input, so the padded copies are made before timing.
  const simdjson::padded_string valid(valid_text);
  const simdjson::padded_string invalid(invalid_text);
  const simdjson::padded_string large(large_text);

  UserBinder binder;
  CreateUserRequest valid_user;
  const auto valid_verdict = verdict_of(binder.bind(valid, valid_user), binder);
  CreateUserRequest invalid_user;
  const auto invalid_verdict = verdict_of(binder.bind(invalid, invalid_user), binder);
  std::vector<CreateUserRequest> large_users;
  const auto large_verdict = verdict_of(binder.bind_all(large, large_users), binder);
  bench::require_verdicts(runner, valid_verdict, invalid_verdict, large_verdict);
  bench::expect_bound_inputs(runner, valid_user, valid_text, large_users, large_text);

  // Each operation binds into a fresh value, as a request handler would.
  if (bench::wants_case(config, "valid")) {
    const auto m = bench::measure(config, [&] {
      CreateUserRequest user;
      const bool ok = binder.bind(valid, user);
      bench::do_not_optimize(user);
      return ok;
    });
    bench::report(config, runner, library, "valid", valid.size(), m, {});
  }
  if (bench::wants_case(config, "invalid")) {
    const auto m = bench::measure(config, [&] {
      CreateUserRequest user;
      const bool ok = binder.bind(invalid, user);
      bench::do_not_optimize(user);
      return ok;
    });
    bench::report(config, runner, library, "invalid", invalid.size(), m, invalid_verdict.issues);
  }
  if (bench::wants_case(config, "large")) {
    const auto m = bench::measure(config, [&] {
      std::vector<CreateUserRequest> users;
      const bool ok = binder.bind_all(large, users);
      bench::do_not_optimize(users);
      return ok;
    });
    bench::report(config, runner, library, "large", large.size(), m, {});
  }
  return 0;
}
