#include "accord/schema/issue.hpp"

#include <array>
#include <utility>

namespace accord::schema {
namespace {

constexpr std::array<std::pair<IssueCode, std::string_view>, 13> kCodeNames{{
    {IssueCode::invalid_type, "invalid_type"},
    {IssueCode::too_small, "too_small"},
    {IssueCode::too_big, "too_big"},
    {IssueCode::invalid_format, "invalid_format"},
    {IssueCode::not_multiple_of, "not_multiple_of"},
    {IssueCode::invalid_value, "invalid_value"},
    {IssueCode::unrecognized_keys, "unrecognized_keys"},
    {IssueCode::invalid_union, "invalid_union"},
    {IssueCode::not_unique, "not_unique"},
    {IssueCode::duplicate_key, "duplicate_key"},
    {IssueCode::invalid_json, "invalid_json"},
    {IssueCode::too_deep, "too_deep"},
    {IssueCode::custom, "custom"},
}};

// RFC 6901: "~" is written "~0" and "/" is written "~1".
void append_pointer_token(std::string& out, std::string_view key) {
  for (char c : key) {
    if (c == '~') {
      out += "~0";
    } else if (c == '/') {
      out += "~1";
    } else {
      out += c;
    }
  }
}

}  // namespace

std::string_view to_string(IssueCode code) noexcept {
  for (const auto& [value, name] : kCodeNames) {
    if (value == code) return name;
  }
  return "custom";
}

std::optional<IssueCode> issue_code_from_string(std::string_view name) noexcept {
  for (const auto& [value, wire] : kCodeNames) {
    if (wire == name) return value;
  }
  return std::nullopt;
}

std::string Path::pointer() const {
  std::string out;
  for (const auto& segment : segments_) {
    out += '/';
    if (const auto* key = std::get_if<std::string>(&segment)) {
      append_pointer_token(out, *key);
    } else {
      out += std::to_string(std::get<std::size_t>(segment));
    }
  }
  return out;
}

std::string format_issues(const std::vector<Issue>& issues) {
  std::string out;
  for (const auto& issue : issues) {
    const std::string pointer = issue.path.pointer();
    out += pointer.empty() ? "(root)" : pointer;
    out += ": ";
    out += issue.message;
    out += " (";
    out += to_string(issue.code);
    out += ")\n";
  }
  return out;
}

}  // namespace accord::schema
