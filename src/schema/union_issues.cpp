// Issues of unions, shared by the typed parse and the DOM validator.
#include <string>
#include <utility>

#include "accord/schema/detail/checks.hpp"

namespace accord::schema::detail {

void report_invalid_union(IssueSink& sink, std::vector<std::vector<Issue>> failures) {
  Issue& issue = sink.add(IssueCode::invalid_union, "Invalid input: no alternative matched");
  issue.union_errors = std::move(failures);
}

void report_ambiguous_union(IssueSink& sink, std::size_t matches) {
  sink.add(IssueCode::invalid_union,
           "Invalid input: " + std::to_string(matches) + " alternatives matched, expected one");
}

void report_ambiguous_union(IssueSink& sink, const std::vector<const Node*>& matched) {
  std::vector<std::string> keys;
  for (const Node* alternative : matched) {
    auto required =
        alternative != nullptr ? required_keys_only(*alternative) : std::vector<std::string>{};
    if (required.size() != 1) return report_ambiguous_union(sink, matched.size());
    keys.push_back(std::move(required.front()));
  }
  std::string names;
  for (std::size_t i = 0; i < keys.size(); ++i) {
    if (i > 0) names += i + 1 == keys.size() ? " and " : ", ";
    names += Json(keys[i]).dump();
  }
  const char* verb = keys.size() == 2 ? "cannot both be present" : "cannot be present together";
  sink.add(IssueCode::invalid_union, "Invalid input: " + names + " " + verb);
}

void report_unknown_tag(IssueSink& sink, const Discriminator& discriminator,
                        const std::string_view* tag) {
  std::string expected;
  for (const auto& [value, unused] : discriminator.mapping) {
    if (!expected.empty()) expected += '|';
    expected += '"' + value + '"';
  }
  sink.push(discriminator.property);
  sink.add(IssueCode::invalid_union, "Invalid input: expected one of " + expected, expected,
           tag == nullptr ? "undefined" : '"' + std::string(*tag) + '"');
  sink.pop();
}

}  // namespace accord::schema::detail
