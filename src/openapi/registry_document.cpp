// Registry::document: writing the declarations as an OpenAPI document.

#include <algorithm>
#include <set>
#include <stdexcept>

#include "accord/openapi/problem_response.hpp"
#include "accord/openapi/registry.hpp"
#include "accord/schema/json_schema.hpp"
#include "accord/schema/problem.hpp"

namespace accord::openapi {
namespace {

void add_examples(const std::vector<Json>& examples, Json& out) {
  if (examples.size() == 1) {
    out["example"] = examples.front();
  } else if (examples.size() > 1) {
    Json named = Json::object();
    for (std::size_t i = 0; i < examples.size(); ++i) {
      named["example" + std::to_string(i + 1)] = {{"value", examples[i]}};
    }
    out["examples"] = std::move(named);
  }
}

void add_extensions(Json& out, const Json& extensions) {
  for (const auto& [key, value] : extensions.items()) out[key] = value;
}

Json requirement_json(const SecurityRequirement& requirement) {
  Json out = Json::object();
  for (const auto& entry : requirement.schemes) out[entry.scheme] = entry.scopes;
  return out;
}

// Writes one document; collects every problem instead of stopping at the first.
class DocumentWriter {
 public:
  explicit DocumentWriter(Version version)
      : version_(version), schemas_({dialect_of(version), "#/components/schemas/"}) {}

  Json schema(const NodePtr& node, const std::string& where) {
    try {
      return schemas_.write(*node);
    } catch (const std::logic_error& error) {
      problems_.push_back(where + ": " + error.what());
      return Json::object();
    }
  }

  Json parameter(const Parameter& p, const std::string& where) {
    Json out = Json::object();
    out["name"] = p.name();
    out["in"] = std::string(to_string(p.in()));
    if (!p.description().empty()) out["description"] = p.description();
    if (p.is_required()) out["required"] = true;
    if (p.is_deprecated()) out["deprecated"] = true;
    if (!p.style_name().empty()) out["style"] = p.style_name();
    if (p.explodes()) out["explode"] = *p.explodes();
    out["schema"] = schema(p.schema(), where + " parameter " + p.name());
    add_examples(p.examples(), out);
    add_extensions(out, p.extensions());
    return out;
  }

  Json content(const std::vector<MediaContent>& contents, const std::string& where) {
    Json out = Json::object();
    for (const auto& media : contents) {
      Json entry = Json::object();
      if (media.schema) entry["schema"] = schema(media.schema, where);
      add_examples(media.examples, entry);
      out[media.media_type] = std::move(entry);
    }
    return out;
  }

  Json response(const Response& r, const std::string& where) {
    Json out = Json::object();
    out["description"] = r.description();
    if (!r.headers().empty()) {
      Json headers = Json::object();
      for (const auto& header : r.headers()) {
        Json h = Json::object();
        if (!header.description.empty()) h["description"] = header.description;
        if (header.required) h["required"] = true;
        h["schema"] = schema(header.schema, where + " header " + header.name);
        headers[header.name] = std::move(h);
      }
      out["headers"] = std::move(headers);
    }
    if (!r.contents().empty()) out["content"] = content(r.contents(), where);
    add_extensions(out, r.extensions());
    return out;
  }

  Json problem_response(const char* description) {
    Json out = Json::object();
    out["description"] = description;
    out["content"][schema::kProblemMediaType]["schema"] =
        schema(problem_schema(), "problem responses");
    return out;
  }

  // Whether a route needs credentials: its own requirements, or else the document's default,
  // name at least one scheme ({} means "no authentication" is one alternative).
  static bool needs_credentials(const Route& route,
                                const std::vector<SecurityRequirement>& defaults) {
    const auto& requirements = route.security() ? *route.security() : defaults;
    if (requirements.empty()) return false;
    for (const auto& requirement : requirements) {
      if (requirement.schemes.empty()) return false;
    }
    return true;
  }

  Json operation(const Route& route, const std::vector<SecurityRequirement>& default_security) {
    const std::string where = route.display_name();
    Json out = Json::object();
    if (!route.tags().empty()) out["tags"] = route.tags();
    if (!route.summary().empty()) out["summary"] = route.summary();
    if (!route.description().empty()) out["description"] = route.description();
    if (!route.external_docs_url().empty()) {
      out["externalDocs"]["url"] = route.external_docs_url();
      if (!route.external_docs_description().empty()) {
        out["externalDocs"]["description"] = route.external_docs_description();
      }
    }
    out["operationId"] = route.operation_id();
    if (!route.parameters().empty()) {
      Json parameters = Json::array();
      for (const auto& entry : route.parameters()) {
        parameters.push_back(entry.parameter
                                 ? parameter(*entry.parameter, where)
                                 : Json{{"$ref", "#/components/parameters/" + entry.component}});
      }
      out["parameters"] = std::move(parameters);
    }
    if (const auto& body = route.request_body()) {
      Json request = Json::object();
      if (!body->description.empty()) request["description"] = body->description;
      request["content"] = content(body->contents, where + " body");
      if (body->required) request["required"] = true;
      out["requestBody"] = std::move(request);
    }
    Json responses = Json::object();
    for (const auto& entry : route.responses()) {
      responses[entry.status.text()] =
          entry.response ? response(*entry.response, where + " response " + entry.status.text())
                         : Json{{"$ref", "#/components/responses/" + entry.component}};
    }
    const bool takes_input = route.request_body() || !route.parameters().empty();
    if (route.problem_responses() && takes_input) {
      if (route.request_body() && !responses.contains("400")) {
        responses["400"] = problem_response(
            "Malformed request: the body is not JSON, is nested too deeply or repeats a key.");
      }
      if (!responses.contains("422")) {
        responses["422"] = problem_response(
            "Invalid request: the issues list every value that breaks the schema, with its "
            "path.");
      }
    }
    if (route.problem_responses() && needs_credentials(route, default_security)) {
      if (!responses.contains("401")) {
        responses["401"] = problem_response(
            "Unauthenticated: credentials are missing or malformed, expired, or the signature "
            "does not match the request.");
      }
      if (!responses.contains("403")) {
        responses["403"] = problem_response(
            "Forbidden: the credentials are valid but may not call this operation.");
      }
    }
    out["responses"] = std::move(responses);
    if (route.is_deprecated()) out["deprecated"] = true;
    if (const auto& security = route.security()) {
      Json requirements = Json::array();
      for (const auto& requirement : *security)
        requirements.push_back(requirement_json(requirement));
      out["security"] = std::move(requirements);
    }
    add_extensions(out, route.extensions());
    return out;
  }

  [[nodiscard]] Version version() const noexcept { return version_; }
  [[nodiscard]] const Json& components() const noexcept { return schemas_.components(); }
  std::vector<std::string>& problems() noexcept { return problems_; }

 private:
  Version version_;
  schema::JsonSchemaWriter schemas_;
  std::vector<std::string> problems_;
};

}  // namespace

Document Registry::document(Version version) const {
  DocumentWriter writer(version);
  auto& problems = writer.problems();

  std::set<std::string> scheme_names;
  for (const auto& [name, scheme] : security_schemes_) {
    scheme_names.insert(name);
    if (scheme.type() == "mutualTLS" && version == Version::v3_0) {
      problems.push_back("security scheme \"" + name + "\": mutualTLS needs OpenAPI 3.1");
    }
  }
  const auto check_requirements = [&](const std::vector<SecurityRequirement>& requirements,
                                      const std::string& where) {
    for (const auto& requirement : requirements) {
      for (const auto& entry : requirement.schemes) {
        if (scheme_names.count(entry.scheme) == 0) {
          problems.push_back(where + ": security requirement names no scheme \"" + entry.scheme +
                             "\" (Registry::security_scheme)");
        }
      }
    }
  };
  check_requirements(security_, "the document's default security");
  const auto check_route = [&](const Route& route) {
    if (route.security()) check_requirements(*route.security(), route.display_name());
    for (const auto& entry : route.parameters()) {
      if (!entry.parameter &&
          std::none_of(parameter_components_.begin(), parameter_components_.end(),
                       [&](const auto& c) { return c.first == entry.component; })) {
        problems.push_back(route.display_name() + ": parameter_ref(\"" + entry.component +
                           "\") names no parameter component");
      }
    }
    for (const auto& entry : route.responses()) {
      if (!entry.response &&
          std::none_of(response_components_.begin(), response_components_.end(),
                       [&](const auto& c) { return c.first == entry.component; })) {
        problems.push_back(route.display_name() + ": response_ref(\"" + entry.component +
                           "\") names no response component");
      }
    }
    const auto names = path_parameter_names(route.path());
    for (const auto& entry : route.parameters()) {
      if (entry.parameter) continue;
      for (const auto& [name, parameter] : parameter_components_) {
        if (name == entry.component && parameter.in() == ParameterLocation::path &&
            std::find(names.begin(), names.end(), parameter.name()) == names.end()) {
          problems.push_back(route.display_name() + ": path parameter \"" + parameter.name() +
                             "\" is not in the template " + route.path());
        }
      }
    }
  };

  Json root = Json::object();
  root["openapi"] = std::string(version_string(version));
  Json info = Json::object();
  info["title"] = info_.title;
  if (!info_.summary.empty() && version == Version::v3_1) info["summary"] = info_.summary;
  if (!info_.description.empty()) info["description"] = info_.description;
  if (!info_.terms_of_service.empty()) info["termsOfService"] = info_.terms_of_service;
  if (!info_.contact.empty()) info["contact"] = info_.contact;
  if (!info_.license.empty()) info["license"] = info_.license;
  info["version"] = info_.version;
  add_extensions(info, info_.extensions);
  root["info"] = std::move(info);

  if (!servers_.empty()) {
    Json servers = Json::array();
    for (const auto& server : servers_) {
      Json s = {{"url", server.url}};
      if (!server.description.empty()) s["description"] = server.description;
      if (!server.variables.empty()) s["variables"] = server.variables;
      servers.push_back(std::move(s));
    }
    root["servers"] = std::move(servers);
  }

  for (const auto& node : schemas_) (void)writer.schema(node, "schema " + node->meta.name);

  Json paths = Json::object();
  for (const auto& route : routes_) {
    check_route(route);
    paths[route.path()][std::string(to_string(route.method()))] =
        writer.operation(route, security_);
  }
  root["paths"] = std::move(paths);

  if (version == Version::v3_1 && !webhooks_.empty()) {
    Json webhooks = Json::object();
    for (const auto& [name, route] : webhooks_) {
      check_route(route);
      webhooks[name][std::string(to_string(route.method()))] = writer.operation(route, security_);
    }
    root["webhooks"] = std::move(webhooks);
  }

  Json parameters = Json::object();
  for (const auto& [name, parameter] : parameter_components_) {
    parameters[name] = writer.parameter(parameter, "parameter component " + name);
  }
  Json responses = Json::object();
  for (const auto& [name, response] : response_components_) {
    responses[name] = writer.response(response, "response component " + name);
  }
  Json components = Json::object();
  if (!writer.components().empty()) components["schemas"] = writer.components();
  if (!responses.empty()) components["responses"] = std::move(responses);
  if (!parameters.empty()) components["parameters"] = std::move(parameters);
  if (!security_schemes_.empty()) {
    Json schemes = Json::object();
    for (const auto& [name, scheme] : security_schemes_) schemes[name] = scheme.to_json();
    components["securitySchemes"] = std::move(schemes);
  }
  if (!components.empty()) root["components"] = std::move(components);

  if (!security_.empty()) {
    Json requirements = Json::array();
    for (const auto& requirement : security_) requirements.push_back(requirement_json(requirement));
    root["security"] = std::move(requirements);
  }

  std::vector<std::string> tag_names;
  for (const auto& [name, description] : tags_) tag_names.push_back(name);
  for (const auto& route : routes_) {
    for (const auto& tag : route.tags()) {
      if (std::find(tag_names.begin(), tag_names.end(), tag) == tag_names.end()) {
        tag_names.push_back(tag);
      }
    }
  }
  if (!tag_names.empty()) {
    Json tags = Json::array();
    for (const auto& name : tag_names) {
      Json tag = {{"name", name}};
      for (const auto& [declared, description] : tags_) {
        if (declared == name && !description.empty()) tag["description"] = description;
      }
      tags.push_back(std::move(tag));
    }
    root["tags"] = std::move(tags);
  }
  if (!docs_url_.empty()) {
    root["externalDocs"]["url"] = docs_url_;
    if (!docs_description_.empty()) root["externalDocs"]["description"] = docs_description_;
  }
  add_extensions(root, extensions_);

  if (!problems.empty()) {
    std::string message;
    for (const auto& problem : problems) {
      if (!message.empty()) message += "\n";
      message += problem;
    }
    throw RegistrationError(message);
  }
  return Document(std::move(root), version);
}

}  // namespace accord::openapi
