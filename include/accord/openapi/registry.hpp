#pragma once
/// @file
/// Registry: everything a service declares about its API (info, servers, tags, security
/// schemes, reusable components, routes), checked as it is declared, and written as an
/// OpenAPI 3.0 or 3.1 Document.

#include <deque>
#include <map>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "accord/openapi/document.hpp"
#include "accord/openapi/route.hpp"

namespace accord::openapi {

/// A declaration that cannot be right: two different schemas under one name, a path
/// parameter missing from its template, a duplicate operationId, a security requirement
/// naming no scheme, an example its schema rejects, ... The message names the route or
/// component and what to change.
class RegistrationError : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

/// The document's info object.
struct Info {
  std::string title{};
  std::string version{};  ///< the API's version, not OpenAPI's ("1.4.0")
  std::string summary{};  ///< 3.1 only
  std::string description{};
  std::string terms_of_service{};
  Json contact = Json::object();  ///< name, url, email
  Json license = Json::object();  ///< name, url (3.1: or identifier)
  Json extensions = Json::object();
};

/// A server the API is reachable at.
struct Server {
  std::string url{};
  std::string description{};
  Json variables = Json::object();  ///< name -> {default, enum, description}
};

/// Collects a service's declarations. Each declaration is checked at once, or, when it names
/// something declared later (a security scheme, a component), when the document is written;
/// both throw RegistrationError.
///
///     Registry api({.title = "User Service", .version = "1.0.0"});
///     api.security_scheme("sigv4", SecurityScheme::aws_sigv4());
///     api.add(Route::post("/v1/users").operation_id("createUser") ...);
///     Document document = api.document(Version::v3_1);
class Registry {
 public:
  explicit Registry(Info info);

  Registry& server(Server server);
  /// A tag with its description; tags are listed in declaration order.
  Registry& tag(std::string name, std::string description = {});
  Registry& external_docs(std::string url, std::string description = {});
  /// A security scheme under `name` (components.securitySchemes).
  Registry& security_scheme(std::string name, SecurityScheme scheme);
  /// A default security requirement for every route that does not set its own.
  Registry& security(std::string scheme, std::vector<std::string> scopes = {});
  /// Makes a named schema a component even where no route uses it.
  Registry& schema(NodePtr node);
  template <class T>
  Registry& schema() {
    return schema(schema::schema_of<T>().node_ptr());
  }
  /// A reusable parameter (components.parameters), used with Route::parameter_ref.
  Registry& parameter_component(std::string name, Parameter parameter);
  /// A reusable response (components.responses), used with Route::response_ref.
  Registry& response_component(std::string name, Response response);
  /// A document-level vendor extension.
  Registry& extension(const std::string& key, Json value);

  /// Adds a route after checking it; returns the stored route (its address stays valid).
  const Route& add(Route route);
  /// Adds a webhook (OpenAPI 3.1): an operation the service calls on its clients. The route's
  /// path is not used. A 3.0 document has no webhooks and leaves them out.
  const Route& webhook(std::string name, Route route);

  [[nodiscard]] const Info& info() const noexcept { return info_; }
  /// The routes, in declaration order.
  [[nodiscard]] const std::deque<Route>& routes() const noexcept { return routes_; }

  /// The OpenAPI document, written deterministically in declaration order. Throws
  /// RegistrationError listing every problem found across declarations.
  [[nodiscard]] Document document(Version version) const;

 private:
  Info info_;
  std::vector<Server> servers_;
  std::vector<std::pair<std::string, std::string>> tags_;
  std::string docs_url_;
  std::string docs_description_;
  std::vector<std::pair<std::string, SecurityScheme>> security_schemes_;
  std::vector<SecurityRequirement> security_;
  std::vector<NodePtr> schemas_;
  std::vector<std::pair<std::string, Parameter>> parameter_components_;
  std::vector<std::pair<std::string, Response>> response_components_;
  Json extensions_ = Json::object();
  std::deque<Route> routes_;
  std::vector<std::pair<std::string, Route>> webhooks_;
  std::map<std::string, std::string> operation_ids_;  // id -> route display name
  std::map<std::string, std::string> route_shapes_;   // "post /users/{}" -> route display name
};

}  // namespace accord::openapi
