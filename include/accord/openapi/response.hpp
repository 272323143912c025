#pragma once
/// @file
/// Request bodies and responses: content per media type, response headers, status keys.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "accord/openapi/parameter.hpp"
#include "accord/schema/typed/ref_schema.hpp"

namespace accord::openapi {

/// The JSON media type, the default of bodies and responses.
inline constexpr std::string_view kJsonMediaType = "application/json";

/// A response key: an HTTP status (100-599), a range ("4XX") or "default". Anything else
/// throws std::invalid_argument.
class StatusKey {
 public:
  StatusKey(int status);                // NOLINT(google-explicit-constructor)
  StatusKey(std::string_view text);     // NOLINT(google-explicit-constructor)
  StatusKey(const char* text) : StatusKey(std::string_view(text)) {}  // NOLINT
  [[nodiscard]] const std::string& text() const noexcept { return text_; }
  friend bool operator==(const StatusKey&, const StatusKey&) = default;

 private:
  std::string text_;
};

/// A body in one media type: its schema and examples.
struct MediaContent {
  std::string media_type;
  NodePtr schema;                ///< may be null for content without a schema (a file)
  std::vector<Json> examples;    ///< checked against `schema` when the route is registered
};

/// A response header.
struct ResponseHeader {
  std::string name;
  NodePtr schema;
  std::string description;
  bool required = false;
};

/// One response of an operation. Builders return a changed copy:
///
///     Response(200, "The user").content<User>().header("ETag", s::string())
class Response {
 public:
  Response(StatusKey status, std::string description);

  /// Adds content of type T's schema (schema_of<T>()) in `media_type`.
  template <class T>
  [[nodiscard]] Response content(std::string media_type = std::string(kJsonMediaType)) const {
    return content(schema::schema_of<T>().node_ptr(), std::move(media_type));
  }
  /// Adds content of schema `node` (null for no schema) in `media_type`.
  [[nodiscard]] Response content(NodePtr node, std::string media_type) const;
  /// Adds an example to the last content added.
  [[nodiscard]] Response example(Json value) const;
  /// Adds a header.
  template <TypedSchemaLike S>
  [[nodiscard]] Response header(std::string name, const S& schema, std::string description = {},
                                bool required = false) const {
    return header(ResponseHeader{std::move(name), schema.node_ptr(), std::move(description),
                                 required});
  }
  [[nodiscard]] Response header(ResponseHeader header) const;
  /// A vendor extension; `key` must start with "x-".
  [[nodiscard]] Response extension(const std::string& key, Json value) const;

  [[nodiscard]] const StatusKey& status() const noexcept { return status_; }
  [[nodiscard]] const std::string& description() const noexcept { return description_; }
  [[nodiscard]] const std::vector<MediaContent>& contents() const noexcept { return contents_; }
  [[nodiscard]] const std::vector<ResponseHeader>& headers() const noexcept { return headers_; }
  [[nodiscard]] const Json& extensions() const noexcept { return extensions_; }

 private:
  StatusKey status_;
  std::string description_;
  std::vector<MediaContent> contents_;
  std::vector<ResponseHeader> headers_;
  Json extensions_ = Json::object();
};

/// An operation's request body.
struct RequestBody {
  std::string description;
  bool required = true;
  std::vector<MediaContent> contents;
};

}  // namespace accord::openapi
