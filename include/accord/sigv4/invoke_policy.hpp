#pragma once
/// @file
/// IAM-style invoke permissions for execute-api: statements with Effect, Action and Resource
/// evaluated against the ARN of a request, explicit Deny winning as in IAM.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "accord/sigv4/request.hpp"

namespace accord::sigv4 {

/// Allow or Deny.
enum class Effect { kAllow, kDeny };

/// One policy statement. Actions and resources may use '*' (any run of characters, '/' too)
/// and '?' (one character); actions compare case-insensitively, resources case-sensitively.
struct Statement {
  Effect effect = Effect::kAllow;       ///< what a match means
  std::vector<std::string> actions;     ///< for example {"execute-api:Invoke"}
  std::vector<std::string> resources;   ///< for example {"arn:aws:execute-api:*:*:api/prod/*"}
};

/// The outcome of evaluating statements for one action on one resource.
enum class PermissionOutcome {
  kAllowed,       ///< some Allow matched and no Deny did
  kExplicitDeny,  ///< a Deny matched (wins over any Allow)
  kImplicitDeny,  ///< nothing matched
};

/// The outcome, and which statement decided it.
struct PermissionDecision {
  PermissionOutcome outcome = PermissionOutcome::kImplicitDeny;  ///< see enum
  std::optional<std::size_t> statement;  ///< index of the deciding statement, if any
  /// True only for kAllowed.
  [[nodiscard]] bool allowed() const { return outcome == PermissionOutcome::kAllowed; }
};

/// Where an API is deployed: the fixed part of its execute-api ARNs.
struct ApiStage {
  std::string region;   ///< for example "us-east-1"
  std::string account;  ///< twelve digits, or "*" in a policy
  std::string api_id;   ///< for example "a1b2c3d4e5"
  std::string stage;    ///< for example "prod"
};

/// True when `text` matches `pattern` ('*' any run, '?' one character).
[[nodiscard]] bool wildcard_match(std::string_view pattern, std::string_view text,
                                  bool ignore_case = false);

/// "arn:aws:execute-api:{region}:{account}:{apiId}/{stage}/{METHOD}/{path}"; `path` loses its
/// leading '/' and its query, so GET / gives ".../GET/".
[[nodiscard]] std::string execute_api_arn(const ApiStage& stage, std::string_view method,
                                          std::string_view path);

/// Evaluates `statements` for `action` on `resource`: explicit Deny wins, then any Allow,
/// otherwise implicit deny.
[[nodiscard]] PermissionDecision evaluate(const std::vector<Statement>& statements,
                                          std::string_view action, std::string_view resource);

/// Evaluates execute-api:Invoke on the ARN of `request` (its method and path) in `stage`.
[[nodiscard]] PermissionDecision evaluate_invoke(const std::vector<Statement>& statements,
                                                 const ApiStage& stage, const Request& request);

}  // namespace accord::sigv4
