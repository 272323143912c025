#pragma once
/// @file
/// IssueSink: collects issues while a walker descends a value, keeping the current path cheap.

#include <cstddef>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "accord/schema/issue.hpp"

namespace accord::schema {

/// Collects issues during one parse or validation. The walker pushes a key or index before it
/// descends and pops it after; keys are held as views, so they must outlive the walk (schema
/// wire names, or keys of the value being walked). The path is copied only when an issue is
/// added, so a valid input costs no allocation here.
class IssueSink {
 public:
  IssueSink() = default;

  void push(std::string_view key) { path_.emplace_back(key); }
  void push(std::size_t index) { path_.emplace_back(index); }
  void pop() { path_.pop_back(); }
  [[nodiscard]] std::size_t depth() const noexcept { return path_.size(); }

  /// Adds an issue at the current path and returns it, to fill in details.
  Issue& add(IssueCode code, std::string message, std::string expected = {},
             std::string received = {});

  /// The current path, materialised.
  [[nodiscard]] Path path() const;

  [[nodiscard]] std::size_t count() const noexcept { return issues_.size(); }
  [[nodiscard]] bool empty() const noexcept { return issues_.empty(); }
  [[nodiscard]] const std::vector<Issue>& issues() const noexcept { return issues_; }
  /// The issue at `index` (< count()), to add details once the walk knows them.
  Issue& issue(std::size_t index) { return issues_[index]; }

  /// Removes and returns the issues added after the first `mark` ones.
  std::vector<Issue> take_since(std::size_t mark);
  /// Removes and returns every issue.
  std::vector<Issue> take() { return take_since(0); }

  /// Empties the sink for another walk, keeping its storage (no allocation on reuse).
  void reset() noexcept {
    path_.clear();
    issues_.clear();
    fatal_ = false;
  }

  /// A fatal issue (invalid_json, too_deep) stops the walk: callers check this after each step.
  [[nodiscard]] bool fatal() const noexcept { return fatal_; }
  /// Replaces everything collected so far by one fatal issue.
  void set_fatal(Issue issue);

 private:
  std::vector<std::variant<std::string_view, std::size_t>> path_;
  std::vector<Issue> issues_;
  bool fatal_ = false;
};

}  // namespace accord::schema
