#pragma once
/// @file
/// Security schemes (components.securitySchemes) and the requirements routes name them by.

#include <string>
#include <vector>

#include "accord/openapi/parameter.hpp"

namespace accord::openapi {

/// How clients authenticate: one entry of components.securitySchemes. Builders return a
/// changed copy.
///
///     SecurityScheme::aws_sigv4()    // apiKey in Authorization + x-amazon-apigateway-authtype
///     SecurityScheme::http("bearer").bearer_format("JWT")
class SecurityScheme {
 public:
  /// An API key in a header, query parameter or cookie called `name`.
  static SecurityScheme api_key(std::string name, ParameterLocation in);
  /// HTTP authentication ("basic", "bearer", ...; RFC 7235 scheme names).
  static SecurityScheme http(std::string scheme);
  /// OAuth 2 with its flows object (implicit, password, clientCredentials, authorizationCode).
  static SecurityScheme oauth2(Json flows);
  /// OpenID Connect discovery at `url`.
  static SecurityScheme open_id_connect(std::string url);
  /// Mutual TLS (OpenAPI 3.1 only; a 3.0 document cannot declare it).
  static SecurityScheme mutual_tls();
  /// AWS Signature Version 4 as API Gateway declares it: an apiKey in the Authorization
  /// header with x-amazon-apigateway-authtype: awsSigv4.
  static SecurityScheme aws_sigv4();

  [[nodiscard]] SecurityScheme describe(std::string text) const;
  /// Only for http "bearer": a hint of the token format ("JWT").
  [[nodiscard]] SecurityScheme bearer_format(std::string format) const;
  /// A vendor extension; `key` must start with "x-".
  [[nodiscard]] SecurityScheme extension(const std::string& key, Json value) const;

  /// The scheme's type: "apiKey", "http", "oauth2", "openIdConnect" or "mutualTLS".
  [[nodiscard]] const std::string& type() const noexcept { return type_; }
  /// The Security Scheme Object, fields in the specification's order.
  [[nodiscard]] Json to_json() const;

 private:
  explicit SecurityScheme(std::string type) : type_(std::move(type)) {}
  std::string type_;
  std::string description_;
  std::string name_;
  std::string in_;
  std::string scheme_;
  std::string bearer_format_;
  Json flows_;
  std::string open_id_connect_url_;
  Json extensions_ = Json::object();
};

/// One way to satisfy security: every listed scheme (with its scopes) at once. A route lists
/// alternatives; any one of them suffices.
struct SecurityRequirement {
  struct Entry {
    std::string scheme;
    std::vector<std::string> scopes;
  };
  std::vector<Entry> schemes;
};

}  // namespace accord::openapi
