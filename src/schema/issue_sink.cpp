#include "accord/schema/issue_sink.hpp"

#include <iterator>
#include <utility>

namespace accord::schema {

Issue& IssueSink::add(IssueCode code, std::string message, std::string expected,
                      std::string received) {
  Issue& issue = issues_.emplace_back();
  issue.code = code;
  issue.path = path();
  issue.message = std::move(message);
  issue.expected = std::move(expected);
  issue.received = std::move(received);
  return issue;
}

Path IssueSink::path() const {
  std::vector<PathSegment> segments;
  segments.reserve(path_.size());
  for (const auto& segment : path_) {
    if (const auto* key = std::get_if<std::string_view>(&segment)) {
      segments.emplace_back(std::string(*key));
    } else {
      segments.emplace_back(std::get<std::size_t>(segment));
    }
  }
  return Path(std::move(segments));
}

std::vector<Issue> IssueSink::take_since(std::size_t mark) {
  if (mark >= issues_.size()) return {};

  const auto first = issues_.begin() + static_cast<std::ptrdiff_t>(mark);
  std::vector<Issue> taken(std::make_move_iterator(first),
                           std::make_move_iterator(issues_.end()));
  issues_.erase(first, issues_.end());
  return taken;
}

void IssueSink::set_fatal(Issue issue) {
  issues_.clear();
  issues_.push_back(std::move(issue));
  fatal_ = true;
}

}  // namespace accord::schema
