#pragma once
/// @file
/// Document: an OpenAPI document, whether written by a Registry or read from a file. The model
/// is the document's JSON tree itself, so every field, extension and unknown key survives a
/// round trip in its order; typed views give the parts downstream tools need.

#include <string>
#include <string_view>
#include <vector>

#include "accord/openapi/route.hpp"
#include "accord/openapi/version.hpp"

namespace accord::openapi {

/// One operation of a document, in document order.
struct OperationView {
  std::string path;            ///< the path template ("/v1/users/{userId}")
  Method method = Method::get;
  std::string pointer;         ///< JSON Pointer of the operation ("/paths/~1v1~1users/post")
  const Json* operation = nullptr;  ///< the Operation Object
  const Json* path_item = nullptr;  ///< its Path Item (for shared parameters)
};

/// An OpenAPI 3.0 or 3.1 document.
class Document {
 public:
  Document() = default;
  /// A document of `version` whose JSON tree is `root` (an object).
  Document(Json root, Version version);

  [[nodiscard]] Version version() const noexcept { return version_; }
  [[nodiscard]] const Json& json() const noexcept { return root_; }
  [[nodiscard]] Json& json() noexcept { return root_; }

  /// The value at JSON Pointer `pointer` (RFC 6901; a leading '#' is allowed), or nullptr.
  [[nodiscard]] const Json* find(std::string_view pointer) const noexcept;

  /// `value` itself, or the target of its local "$ref" chain; nullptr when a reference does
  /// not resolve, points outside the document, or loops.
  [[nodiscard]] const Json* resolve(const Json& value) const noexcept;

  /// Every operation under "paths" (3.1: also "webhooks" when `with_webhooks`).
  [[nodiscard]] std::vector<OperationView> operations(bool with_webhooks = false) const;

 private:
  Json root_ = Json::object();
  Version version_ = Version::v3_1;
};

/// The value at `pointer` inside `root` (RFC 6901, '#' prefix and percent-encoding allowed),
/// or nullptr.
const Json* find_pointer(const Json& root, std::string_view pointer) noexcept;

/// `token` escaped for a JSON Pointer ('~' -> "~0", '/' -> "~1").
std::string escape_pointer_token(std::string_view token);

}  // namespace accord::openapi
