#include "accord/schema/problem.hpp"

#include <string>

namespace accord::schema {
namespace {

bool is_malformed(IssueCode code) {
  return code == IssueCode::invalid_json || code == IssueCode::too_deep ||
         code == IssueCode::duplicate_key;
}

Json path_to_json(const Path& path) {
  Json out = Json::array();
  for (const auto& segment : path.segments()) {
    if (const auto* key = std::get_if<std::string>(&segment)) {
      out.push_back(*key);
    } else {
      out.push_back(std::get<std::size_t>(segment));
    }
  }
  return out;
}

}  // namespace

int problem_status(const std::vector<Issue>& issues) noexcept {
  for (const auto& issue : issues) {
    if (is_malformed(issue.code)) return 400;
  }
  return 422;
}

Json issue_to_json(const Issue& issue) {
  Json out = Json::object();
  out["code"] = std::string(to_string(issue.code));
  out["path"] = path_to_json(issue.path);
  out["pointer"] = issue.path.pointer();
  out["message"] = issue.message;
  if (!issue.expected.empty()) out["expected"] = issue.expected;
  if (!issue.received.empty()) out["received"] = issue.received;
  if (!issue.keys.empty()) out["keys"] = issue.keys;
  if (issue.where) {
    out["line"] = issue.where->line;
    out["column"] = issue.where->column;
    out["offset"] = issue.where->offset;
  }
  if (!issue.union_errors.empty()) {
    Json alternatives = Json::array();
    for (const auto& alternative : issue.union_errors) {
      Json list = Json::array();
      for (const auto& inner : alternative) list.push_back(issue_to_json(inner));
      alternatives.push_back(std::move(list));
    }
    out["unionErrors"] = std::move(alternatives);
  }
  return out;
}

Json problem_details(const std::vector<Issue>& issues) {
  const int status = problem_status(issues);
  Json out = Json::object();
  out["type"] = status == 400 ? "urn:accord:problem:malformed-request"
                              : "urn:accord:problem:validation-failed";
  out["title"] = status == 400 ? "Malformed request" : "Request validation failed";
  out["status"] = status;
  out["detail"] = std::to_string(issues.size()) +
                  (issues.size() == 1 ? " issue" : " issues") + " found in the request";
  Json list = Json::array();
  for (const auto& issue : issues) list.push_back(issue_to_json(issue));
  out["issues"] = std::move(list);
  return out;
}

Json problem_details_schema() {
  const Json string_type = {{"type", "string"}};
  Json issue = {
      {"type", "object"},
      {"properties",
       {{"code", {{"type", "string"},
                  {"enum", {"invalid_type", "too_small", "too_big", "invalid_format",
                            "not_multiple_of", "invalid_value", "unrecognized_keys",
                            "invalid_union", "not_unique", "duplicate_key", "invalid_json",
                            "too_deep", "custom"}}}},
        {"path", {{"type", "array"},
                  {"items", {{"anyOf", {string_type, {{"type", "integer"}}}}}}}},
        {"pointer", string_type},
        {"message", string_type},
        {"expected", string_type},
        {"received", string_type},
        {"keys", {{"type", "array"}, {"items", string_type}}},
        {"line", {{"type", "integer"}}},
        {"column", {{"type", "integer"}}},
        {"offset", {{"type", "integer"}}}}},
      {"required", {"code", "path", "pointer", "message"}}};
  return {{"type", "object"},
          {"properties",
           {{"type", string_type},
            {"title", string_type},
            {"status", {{"type", "integer"}}},
            {"detail", string_type},
            {"issues", {{"type", "array"}, {"items", issue}}}}},
          {"required", {"type", "title", "status", "issues"}}};
}

}  // namespace accord::schema
