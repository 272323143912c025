#include "accord/openapi/registry.hpp"

#include <algorithm>
#include <cctype>
#include <set>

#include "example_check.hpp"

namespace accord::openapi {
namespace {

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Header parameters OpenAPI says tools must ignore: they are set by content negotiation and
// security schemes.
bool is_reserved_header(std::string_view name) {
  const std::string folded = lower(name);
  return folded == "accept" || folded == "content-type" || folded == "authorization";
}

}  // namespace

Registry::Registry(Info info) : info_(std::move(info)) {
  if (info_.title.empty()) throw RegistrationError("the API needs a title (Info::title)");
  if (info_.version.empty()) throw RegistrationError("the API needs a version (Info::version)");
}

Registry& Registry::server(Server server) {
  if (server.url.empty()) throw RegistrationError("a server needs a URL");
  servers_.push_back(std::move(server));
  return *this;
}

Registry& Registry::tag(std::string name, std::string description) {
  for (const auto& existing : tags_) {
    if (existing.first == name) throw RegistrationError("tag \"" + name + "\" is declared twice");
  }
  tags_.emplace_back(std::move(name), std::move(description));
  return *this;
}

Registry& Registry::external_docs(std::string url, std::string description) {
  docs_url_ = std::move(url);
  docs_description_ = std::move(description);
  return *this;
}

Registry& Registry::security_scheme(std::string name, SecurityScheme scheme) {
  if (name.empty()) throw RegistrationError("a security scheme needs a name");
  for (const auto& existing : security_schemes_) {
    if (existing.first == name) {
      throw RegistrationError("security scheme \"" + name + "\" is declared twice");
    }
  }
  security_schemes_.emplace_back(std::move(name), std::move(scheme));
  return *this;
}

Registry& Registry::security(std::string scheme, std::vector<std::string> scopes) {
  security_.push_back(SecurityRequirement{{{std::move(scheme), std::move(scopes)}}});
  return *this;
}

Registry& Registry::schema(NodePtr node) {
  if (!node || node->meta.name.empty()) {
    throw RegistrationError("Registry::schema takes a named schema (.named(\"...\"))");
  }
  std::vector<std::string> problems;
  check_schema_examples(*node, "schema " + node->meta.name, problems);
  if (!problems.empty()) throw RegistrationError(problems.front());
  schemas_.push_back(std::move(node));
  return *this;
}

Registry& Registry::parameter_component(std::string name, Parameter parameter) {
  if (name.empty()) throw RegistrationError("a parameter component needs a name");
  for (const auto& existing : parameter_components_) {
    if (existing.first == name) {
      throw RegistrationError("parameter component \"" + name + "\" is declared twice");
    }
  }
  std::vector<std::string> problems;
  check_parameter_examples(parameter, "parameter component " + name, problems);
  if (!problems.empty()) throw RegistrationError(problems.front());
  parameter_components_.emplace_back(std::move(name), std::move(parameter));
  return *this;
}

Registry& Registry::response_component(std::string name, Response response) {
  if (name.empty()) throw RegistrationError("a response component needs a name");
  for (const auto& existing : response_components_) {
    if (existing.first == name) {
      throw RegistrationError("response component \"" + name + "\" is declared twice");
    }
  }
  std::vector<std::string> problems;
  check_content_examples(response.contents(), "response component " + name, problems);
  if (!problems.empty()) throw RegistrationError(problems.front());
  response_components_.emplace_back(std::move(name), std::move(response));
  return *this;
}

Registry& Registry::extension(const std::string& key, Json value) {
  check_extension_key(key);
  extensions_[key] = std::move(value);
  return *this;
}

namespace {

// The problems of one route that can be seen from the route alone, plus those involving
// parameter components when `components` knows them (or must know them: `final`).
std::vector<std::string> route_problems(
    const Route& route, const std::vector<std::pair<std::string, Parameter>>& components,
    bool final) {
  std::vector<std::string> problems;
  const std::string where = route.display_name();
  if (route.operation_id().empty()) {
    problems.push_back(where + ": needs an operationId (Route::operation_id)");
  }

  std::vector<const Parameter*> parameters;
  for (const auto& entry : route.parameters()) {
    if (entry.parameter) {
      parameters.push_back(&*entry.parameter);
      continue;
    }
    const auto found = std::find_if(components.begin(), components.end(),
                                    [&](const auto& c) { return c.first == entry.component; });
    if (found != components.end()) {
      parameters.push_back(&found->second);
    } else if (final) {
      problems.push_back(where + ": parameter_ref(\"" + entry.component +
                         "\") names no parameter component (Registry::parameter_component)");
    }
  }

  std::set<std::string> seen;
  std::set<std::string> declared_path;
  for (const Parameter* parameter : parameters) {
    const std::string kind(to_string(parameter->in()));
    const std::string key = kind + " " +
                            (parameter->in() == ParameterLocation::header ? lower(parameter->name())
                                                                          : parameter->name());
    if (!seen.insert(key).second) {
      problems.push_back(where + ": " + kind + " parameter \"" + parameter->name() +
                         "\" is declared twice");
    }
    if (parameter->in() == ParameterLocation::header && is_reserved_header(parameter->name())) {
      problems.push_back(where + ": header parameter \"" + parameter->name() +
                         "\" is ignored by OpenAPI; use the body's media type or a security "
                         "scheme instead");
    }
    if (parameter->in() == ParameterLocation::path) {
      declared_path.insert(parameter->name());
      if (!parameter->is_required()) {
        problems.push_back(where + ": path parameter \"" + parameter->name() +
                           "\" must be required");
      }
    }
  }
  const auto names = path_parameter_names(route.path());
  for (const auto& name : names) {
    if (declared_path.count(name) == 0 &&
        (final || route.parameters().size() == parameters.size())) {
      problems.push_back(where + ": the template's {" + name +
                         "} has no path parameter; add Parameter::path(\"" + name +
                         "\", ...) or path_params<T>()");
    }
  }
  for (const auto& name : declared_path) {
    if (std::find(names.begin(), names.end(), name) == names.end()) {
      problems.push_back(where + ": path parameter \"" + name + "\" is not in the template " +
                         route.path());
    }
  }

  if (route.request_body()) {
    if (route.method() == Method::get || route.method() == Method::head) {
      problems.push_back(where + ": a " + std::string(to_string(route.method())) +
                         " request has no body");
    }
    if (route.request_body()->contents.empty()) {
      problems.push_back(where + ": the request body has no media type; add body<T>()");
    }
  }

  if (route.responses().empty()) {
    problems.push_back(where + ": declares no response; add response(...)");
  }
  std::set<std::string> statuses;
  for (const auto& entry : route.responses()) {
    if (!statuses.insert(entry.status.text()).second) {
      problems.push_back(where + ": response " + entry.status.text() + " is declared twice");
    }
  }

  for (const Parameter* parameter : parameters) {
    check_parameter_examples(*parameter, where + " parameter " + parameter->name(), problems);
  }
  if (route.request_body()) {
    check_content_examples(route.request_body()->contents, where + " body", problems);
  }
  for (const auto& entry : route.responses()) {
    if (entry.response) {
      check_content_examples(entry.response->contents(), where + " response " + entry.status.text(),
                             problems);
    }
  }
  return problems;
}

std::string join_problems(const std::vector<std::string>& problems) {
  std::string message;
  for (const auto& problem : problems) {
    if (!message.empty()) message += "\n";
    message += problem;
  }
  return message;
}

}  // namespace

const Route& Registry::add(Route route) {
  std::vector<std::string> problems = route_problems(route, parameter_components_, false);
  const std::string where = route.display_name();
  if (!route.operation_id().empty()) {
    const auto existing = operation_ids_.find(route.operation_id());
    if (existing != operation_ids_.end()) {
      problems.push_back(where + ": operationId \"" + route.operation_id() +
                         "\" is already used by " + existing->second);
    }
  }
  const std::string shape = std::string(to_string(route.method())) + " " + path_shape(route.path());
  const auto same = route_shapes_.find(shape);
  if (same != route_shapes_.end()) {
    problems.push_back(where + ": routes the same requests as " + same->second);
  }
  if (!problems.empty()) throw RegistrationError(join_problems(problems));

  operation_ids_.emplace(route.operation_id(), where);
  route_shapes_.emplace(shape, where);
  routes_.push_back(std::move(route));
  return routes_.back();
}

const Route& Registry::webhook(std::string name, Route route) {
  if (name.empty()) throw RegistrationError("a webhook needs a name");
  std::vector<std::string> problems = route_problems(route, parameter_components_, false);
  if (!problems.empty()) throw RegistrationError(join_problems(problems));
  webhooks_.emplace_back(std::move(name), std::move(route));
  return webhooks_.back().second;
}

}  // namespace accord::openapi
