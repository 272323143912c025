#pragma once
/// @file
/// Converting documents between OpenAPI 3.0 and 3.1.

#include <vector>

#include "accord/openapi/document.hpp"
#include "accord/openapi/finding.hpp"

namespace accord::openapi {

/// A converted document and what could not be carried over.
struct ConvertResult {
  Document document;
  /// One warning per part left out or weakened (3.1 -> 3.0 only: webhooks, if/then/else,
  /// patternProperties, tuples, ...), with its JSON Pointer in the source document.
  std::vector<Finding> warnings;
};

/// `document` written for `target`. Schemas are rewritten between the two dialects (nullable
/// and type arrays, boolean and numeric exclusive bounds, example and examples, const and
/// one-value enums, $ref with siblings); everything else is kept as it is, in its order.
/// Converting to the document's own version returns it unchanged.
ConvertResult convert(const Document& document, Version target);

}  // namespace accord::openapi
