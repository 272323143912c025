// IAM's evaluation order for identity statements: explicit deny, then allow, then default deny.
#include "accord/sigv4/invoke_policy.hpp"

#include <algorithm>

namespace accord::sigv4 {
namespace {

char fold(char c, bool ignore_case) {
  return ignore_case && c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool matches_any(const std::vector<std::string>& patterns, std::string_view text,
                 bool ignore_case) {
  return std::any_of(patterns.begin(), patterns.end(), [&](const std::string& pattern) {
    return wildcard_match(pattern, text, ignore_case);
  });
}

}  // namespace

bool wildcard_match(std::string_view pattern, std::string_view text, bool ignore_case) {
  // Greedy matching with one backtrack point: linear for patterns with a single '*', and
  // O(pattern * text) at worst, never exponential.
  std::size_t p = 0, t = 0;
  std::size_t star = std::string_view::npos, star_text = 0;
  while (t < text.size()) {
    if (p < pattern.size() &&
        (pattern[p] == '?' || fold(pattern[p], ignore_case) == fold(text[t], ignore_case))) {
      ++p;
      ++t;
    } else if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      star_text = t;
    } else if (star != std::string_view::npos) {
      p = star + 1;
      t = ++star_text;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') {
    ++p;
  }
  return p == pattern.size();
}

std::string execute_api_arn(const ApiStage& stage, std::string_view method,
                            std::string_view path) {
  path = path.substr(0, path.find('?'));
  if (path.starts_with('/')) {
    path.remove_prefix(1);
  }
  std::string arn = "arn:aws:execute-api:" + stage.region + ":" + stage.account + ":" +
                    stage.api_id + "/" + stage.stage + "/";
  arn.append(method).append("/").append(path);
  return arn;
}

PermissionDecision evaluate(const std::vector<Statement>& statements, std::string_view action,
                            std::string_view resource) {
  PermissionDecision decision;
  for (std::size_t i = 0; i < statements.size(); ++i) {
    const Statement& s = statements[i];
    if (!matches_any(s.actions, action, true) || !matches_any(s.resources, resource, false)) {
      continue;
    }
    if (s.effect == Effect::kDeny) {
      return {PermissionOutcome::kExplicitDeny, i};
    }
    if (decision.outcome != PermissionOutcome::kAllowed) {
      decision = {PermissionOutcome::kAllowed, i};
    }
  }
  return decision;
}

PermissionDecision evaluate_invoke(const std::vector<Statement>& statements,
                                   const ApiStage& stage, const Request& request) {
  return evaluate(statements, "execute-api:Invoke",
                  execute_api_arn(stage, request.method, request.path()));
}

}  // namespace accord::sigv4
