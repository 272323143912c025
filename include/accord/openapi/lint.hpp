#pragma once
/// @file
/// Linting OpenAPI documents: their structure against the official OpenAPI schemas, and the
/// rules a schema cannot express (references, operation ids, path parameters, security).

#include <vector>

#include "accord/openapi/document.hpp"
#include "accord/openapi/finding.hpp"

namespace accord::openapi {

/// What lint() checks.
struct LintOptions {
  /// Validate against the official OpenAPI schema of the document's version (rule
  /// "structure").
  bool structure = true;
  /// Report components nothing refers to (rule "unused-component", a warning).
  bool unused_components = true;
};

/// Every problem of `document`, in document order within each rule. The rules:
///
/// | rule | severity | finds |
/// |---|---|---|
/// | structure | error | what the official OpenAPI schema rejects |
/// | unresolved-ref | error | a local "$ref" whose target does not exist |
/// | ref-cycle | error | "$ref"s that only lead to each other, never to a value |
/// | duplicate-operation-id | error | two operations with one operationId |
/// | path-parameter | error | a {placeholder} without its path parameter, or the reverse |
/// | duplicate-parameter | error | one name and location declared twice for an operation |
/// | ambiguous-path | error | two paths that differ only in placeholder names |
/// | path-template | error | a path that is not a well-formed template |
/// | undefined-security-scheme | error | a security requirement naming no declared scheme |
/// | invalid-pattern | error | a schema "pattern" that is not an ECMA-262 regular expression |
/// | missing-operation-id | warning | an operation without operationId (SDKs need one) |
/// | unused-component | warning | a component nothing refers to |
std::vector<Finding> lint(const Document& document, const LintOptions& options = {});

}  // namespace accord::openapi
