#include "accord/openapi/security_scheme.hpp"

#include <stdexcept>

namespace accord::openapi {

SecurityScheme SecurityScheme::api_key(std::string name, ParameterLocation in) {
  if (in == ParameterLocation::path) {
    throw std::invalid_argument("an apiKey security scheme travels in a header, query or cookie");
  }
  if (name.empty()) throw std::invalid_argument("an apiKey security scheme needs a name");
  SecurityScheme scheme("apiKey");
  scheme.name_ = std::move(name);
  scheme.in_ = std::string(to_string(in));
  return scheme;
}

SecurityScheme SecurityScheme::http(std::string scheme_name) {
  if (scheme_name.empty()) throw std::invalid_argument("an http security scheme needs a scheme");
  SecurityScheme scheme("http");
  scheme.scheme_ = std::move(scheme_name);
  return scheme;
}

SecurityScheme SecurityScheme::oauth2(Json flows) {
  if (!flows.is_object() || flows.empty()) {
    throw std::invalid_argument("an oauth2 security scheme needs a non-empty flows object");
  }
  SecurityScheme scheme("oauth2");
  scheme.flows_ = std::move(flows);
  return scheme;
}

SecurityScheme SecurityScheme::open_id_connect(std::string url) {
  if (url.empty()) throw std::invalid_argument("an openIdConnect security scheme needs a URL");
  SecurityScheme scheme("openIdConnect");
  scheme.open_id_connect_url_ = std::move(url);
  return scheme;
}

SecurityScheme SecurityScheme::mutual_tls() { return SecurityScheme("mutualTLS"); }

SecurityScheme SecurityScheme::aws_sigv4() {
  return api_key("Authorization", ParameterLocation::header)
      .extension("x-amazon-apigateway-authtype", "awsSigv4");
}

SecurityScheme SecurityScheme::describe(std::string text) const {
  SecurityScheme copy = *this;
  copy.description_ = std::move(text);
  return copy;
}

SecurityScheme SecurityScheme::bearer_format(std::string format) const {
  if (type_ != "http") throw std::invalid_argument("bearerFormat belongs to http schemes");
  SecurityScheme copy = *this;
  copy.bearer_format_ = std::move(format);
  return copy;
}

SecurityScheme SecurityScheme::extension(const std::string& key, Json value) const {
  check_extension_key(key);
  SecurityScheme copy = *this;
  copy.extensions_[key] = std::move(value);
  return copy;
}

Json SecurityScheme::to_json() const {
  Json out = Json::object();
  out["type"] = type_;
  if (!description_.empty()) out["description"] = description_;
  if (!name_.empty()) out["name"] = name_;
  if (!in_.empty()) out["in"] = in_;
  if (!scheme_.empty()) out["scheme"] = scheme_;
  if (!bearer_format_.empty()) out["bearerFormat"] = bearer_format_;
  if (!flows_.is_null()) out["flows"] = flows_;
  if (!open_id_connect_url_.empty()) out["openIdConnectUrl"] = open_id_connect_url_;
  for (const auto& [key, value] : extensions_.items()) out[key] = value;
  return out;
}

}  // namespace accord::openapi
