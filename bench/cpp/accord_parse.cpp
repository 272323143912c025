// accord's typed parse: accord::schema::parse<T>(std::string_view) checks the body against the
// contract's schema and binds it into the contract's own structs, collecting every issue.
// Same inputs, checks and timing as the hand-written runner, so the two compare directly.

#include <accord/schema/parse.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "contract.hpp"
#include "harness.hpp"
#include "user_check.hpp"

namespace {

template <class Result>
bench::Verdict verdict_of(const Result& result) {
  bench::Verdict verdict{result.ok(), {}};
  if (!result.ok()) {
    for (const auto& issue : result.issues()) {
      verdict.issues.push_back(
          {issue.path.pointer(), std::string(accord::schema::to_string(issue.code))});
    }
  }
  return verdict;
}

}  // namespace

int main() {
  using user_service::CreateUserRequest;
  constexpr std::string_view runner = "accord";
  constexpr std::string_view library = "accord::schema::parse<T>";
  const auto config = bench::load_config();
  // Plain strings: accord takes a string_view, so any padding or copying it needs is its cost.
  const auto valid = bench::read_file(runner, config.data_dir + "/valid.json");
  const auto invalid = bench::read_file(runner, config.data_dir + "/invalid.json");
  const auto large = bench::read_file(runner, config.data_dir + "/large.json");

  const auto valid_result = accord::schema::parse<CreateUserRequest>(std::string_view{valid});
  const auto invalid_result = accord::schema::parse<CreateUserRequest>(std::string_view{invalid});
  const auto large_result =
      accord::schema::parse<std::vector<CreateUserRequest>>(std::string_view{large});
  const auto invalid_verdict = verdict_of(invalid_result);
  bench::require_verdicts(runner, verdict_of(valid_result), invalid_verdict,
                          verdict_of(large_result));
  bench::expect_bound_inputs(runner, valid_result.value(), valid, large_result.value(), large);

  if (bench::wants_case(config, "valid")) {
    const auto m = bench::measure(config, [&] {
      const auto result = accord::schema::parse<CreateUserRequest>(std::string_view{valid});
      bench::do_not_optimize(result);
      return result.ok();
    });
    bench::report(config, runner, library, "valid", valid.size(), m, {});
  }
  if (bench::wants_case(config, "invalid")) {
    const auto m = bench::measure(config, [&] {
      const auto result = accord::schema::parse<CreateUserRequest>(std::string_view{invalid});
      bench::do_not_optimize(result);
      return result.ok();
    });
    bench::report(config, runner, library, "invalid", invalid.size(), m, invalid_verdict.issues);
  }
  if (bench::wants_case(config, "large")) {
    const auto m = bench::measure(config, [&] {
      const auto result =
          accord::schema::parse<std::vector<CreateUserRequest>>(std::string_view{large});
      bench::do_not_optimize(result);
      return result.ok();
    });
    bench::report(config, runner, library, "large", large.size(), m, {});
  }
  return 0;
}
