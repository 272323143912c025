#pragma once
/// @file
/// Route: one operation of a service (method, path template, parameters, body, responses,
/// security), declared in C++ next to its handler. The registry writes it into the OpenAPI
/// document; the server dispatches on the same value.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "accord/openapi/parameter.hpp"
#include "accord/openapi/path_template.hpp"
#include "accord/openapi/response.hpp"
#include "accord/openapi/security_scheme.hpp"

namespace accord::openapi {

/// The HTTP methods an OpenAPI path item knows.
enum class Method : std::uint8_t { get, put, post, delete_, options, head, patch, trace };

/// The method as a path item key: "get", "post", ...
std::string_view to_string(Method method) noexcept;
/// The method for a path item key, or nothing.
std::optional<Method> method_from_string(std::string_view text) noexcept;

/// An operation. Setters change the route and return it, so a declaration reads as one
/// expression:
///
///     const auto create_user = Route::post("/v1/users")
///         .operation_id("createUser")
///         .summary("Create a user")
///         .security("sigv4")
///         .body<CreateUserRequest>()
///         .response<CreateUserResponse>(201, "Created");
///
/// Routes that take input (parameters or a body) also answer 400/422 with problem+json, and
/// routes that need credentials 401/403; the
/// registry documents those responses unless the route declares the status itself or calls
/// without_problem_responses().
class Route {
 public:
  Route(Method method, PathTemplate path);

  static Route get(PathTemplate path) { return {Method::get, path}; }
  static Route put(PathTemplate path) { return {Method::put, path}; }
  static Route post(PathTemplate path) { return {Method::post, path}; }
  static Route delete_(PathTemplate path) { return {Method::delete_, path}; }
  static Route options(PathTemplate path) { return {Method::options, path}; }
  static Route head(PathTemplate path) { return {Method::head, path}; }
  static Route patch(PathTemplate path) { return {Method::patch, path}; }
  static Route trace(PathTemplate path) { return {Method::trace, path}; }

  /// The unique operation name clients call ("createUser").
  Route& operation_id(std::string id);
  Route& summary(std::string text);
  Route& description(std::string text);
  Route& tag(std::string name);
  Route& deprecated(bool on = true);
  Route& external_docs(std::string url, std::string description = {});

  /// Adds a parameter declared field by field.
  Route& parameter(Parameter parameter);
  /// Adds a reference to a parameter registered with Registry::parameter_component.
  Route& parameter_ref(std::string component);
  /// Adds one parameter per field of T's object schema (a bound struct).
  template <class T>
  Route& path_params() {
    return parameters_from(schema::schema_of<T>().node(), ParameterLocation::path);
  }
  template <class T>
  Route& query_params() {
    return parameters_from(schema::schema_of<T>().node(), ParameterLocation::query);
  }
  template <class T>
  Route& header_params() {
    return parameters_from(schema::schema_of<T>().node(), ParameterLocation::header);
  }
  template <class T>
  Route& cookie_params() {
    return parameters_from(schema::schema_of<T>().node(), ParameterLocation::cookie);
  }
  /// Adds one parameter per property of an object schema.
  Route& parameters_from(const schema::Node& object, ParameterLocation in);

  /// The request body: T's schema in `media_type` (required unless body_optional()).
  template <class T>
  Route& body(std::string media_type = std::string(kJsonMediaType)) {
    return body(schema::schema_of<T>().node_ptr(), std::move(media_type));
  }
  /// Adds a body media type with schema `node`.
  Route& body(NodePtr node, std::string media_type = std::string(kJsonMediaType));
  /// Adds an example to the body's last media type; checked against its schema at registration.
  Route& body_example(Json value);
  Route& body_description(std::string text);
  /// The body may be left out.
  Route& body_optional();

  /// A response with T's schema in `media_type`.
  template <class T>
  Route& response(StatusKey status, std::string description,
                  std::string media_type = std::string(kJsonMediaType)) {
    return response(Response(std::move(status), std::move(description))
                        .template content<T>(std::move(media_type)));
  }
  /// A response without content (204, 404 without body, ...).
  Route& response(StatusKey status, std::string description);
  /// A response built with Response's builders (headers, several media types, examples).
  Route& response(Response response);
  /// A response registered with Registry::response_component.
  Route& response_ref(StatusKey status, std::string component);
  /// Leaves out the automatic 400/401/403/422 problem+json responses.
  Route& without_problem_responses();

  /// Adds an alternative security requirement: scheme `scheme` (with OAuth scopes).
  Route& security(std::string scheme, std::vector<std::string> scopes = {});
  /// Adds an alternative requirement of several schemes at once.
  Route& security(SecurityRequirement requirement);
  /// The route needs no authentication, whatever the document's default says.
  Route& no_security();
  /// A vendor extension on the operation; `key` must start with "x-".
  Route& extension(const std::string& key, Json value);

  /// A reference to a component: a parameter or response registered by name.
  struct ComponentRef {
    std::string component;
  };
  /// A declared parameter or a reference to a parameter component.
  struct ParameterEntry {
    std::optional<Parameter> parameter;
    std::string component;
  };
  /// A declared response or a reference to a response component.
  struct ResponseEntry {
    StatusKey status;
    std::optional<Response> response;
    std::string component;
  };

  [[nodiscard]] Method method() const noexcept { return method_; }
  [[nodiscard]] const std::string& path() const noexcept { return path_; }
  [[nodiscard]] const std::string& operation_id() const noexcept { return operation_id_; }
  [[nodiscard]] const std::string& summary() const noexcept { return summary_; }
  [[nodiscard]] const std::string& description() const noexcept { return description_; }
  [[nodiscard]] const std::vector<std::string>& tags() const noexcept { return tags_; }
  [[nodiscard]] bool is_deprecated() const noexcept { return deprecated_; }
  [[nodiscard]] const std::vector<ParameterEntry>& parameters() const noexcept {
    return parameters_;
  }
  [[nodiscard]] const std::optional<RequestBody>& request_body() const noexcept { return body_; }
  [[nodiscard]] const std::vector<ResponseEntry>& responses() const noexcept {
    return responses_;
  }
  [[nodiscard]] bool problem_responses() const noexcept { return problem_responses_; }
  /// Nothing: the document's default applies; an empty list: no authentication.
  [[nodiscard]] const std::optional<std::vector<SecurityRequirement>>& security() const noexcept {
    return security_;
  }
  [[nodiscard]] const Json& extensions() const noexcept { return extensions_; }
  [[nodiscard]] const std::string& external_docs_url() const noexcept { return docs_url_; }
  [[nodiscard]] const std::string& external_docs_description() const noexcept {
    return docs_description_;
  }
  /// "POST /v1/users", for messages.
  [[nodiscard]] std::string display_name() const;

 private:
  Method method_;
  std::string path_;
  std::string operation_id_;
  std::string summary_;
  std::string description_;
  std::vector<std::string> tags_;
  bool deprecated_ = false;
  std::string docs_url_;
  std::string docs_description_;
  std::vector<ParameterEntry> parameters_;
  std::optional<RequestBody> body_;
  std::vector<ResponseEntry> responses_;
  bool problem_responses_ = true;
  std::optional<std::vector<SecurityRequirement>> security_;
  Json extensions_ = Json::object();
};

}  // namespace accord::openapi
