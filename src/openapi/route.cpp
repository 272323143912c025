#include "accord/openapi/route.hpp"

#include <array>
#include <stdexcept>

namespace accord::openapi {
namespace {

constexpr std::array<std::string_view, 8> kMethodNames = {
    "get", "put", "post", "delete", "options", "head", "patch", "trace"};

}  // namespace

std::string_view to_string(Method method) noexcept {
  return kMethodNames[static_cast<std::size_t>(method)];
}

std::optional<Method> method_from_string(std::string_view text) noexcept {
  for (std::size_t i = 0; i < kMethodNames.size(); ++i) {
    if (kMethodNames[i] == text) return static_cast<Method>(i);
  }
  return std::nullopt;
}

Route::Route(Method method, PathTemplate path) : method_(method), path_(path.text()) {}

Route& Route::operation_id(std::string id) {
  operation_id_ = std::move(id);
  return *this;
}

Route& Route::summary(std::string text) {
  summary_ = std::move(text);
  return *this;
}

Route& Route::description(std::string text) {
  description_ = std::move(text);
  return *this;
}

Route& Route::tag(std::string name) {
  tags_.push_back(std::move(name));
  return *this;
}

Route& Route::deprecated(bool on) {
  deprecated_ = on;
  return *this;
}

Route& Route::external_docs(std::string url, std::string description) {
  docs_url_ = std::move(url);
  docs_description_ = std::move(description);
  return *this;
}

Route& Route::parameter(Parameter parameter) {
  parameters_.push_back({std::move(parameter), {}});
  return *this;
}

Route& Route::parameter_ref(std::string component) {
  if (component.empty()) throw std::invalid_argument("parameter_ref needs a component name");
  parameters_.push_back({std::nullopt, std::move(component)});
  return *this;
}

Route& Route::parameters_from(const schema::Node& object, ParameterLocation in) {
  for (auto& parameter : parameters_from_object(object, in)) this->parameter(std::move(parameter));
  return *this;
}

Route& Route::body(NodePtr node, std::string media_type) {
  if (media_type.empty()) throw std::invalid_argument("a request body needs a media type");
  if (!body_) body_.emplace();
  for (const auto& existing : body_->contents) {
    if (existing.media_type == media_type) {
      throw std::invalid_argument(display_name() + ": two \"" + media_type + "\" bodies");
    }
  }
  body_->contents.push_back({std::move(media_type), std::move(node), {}});
  return *this;
}

Route& Route::body_example(Json value) {
  if (!body_) throw std::invalid_argument(display_name() + ": declare the body before its example");
  body_->contents.back().examples.push_back(std::move(value));
  return *this;
}

Route& Route::body_description(std::string text) {
  if (!body_) body_.emplace();
  body_->description = std::move(text);
  return *this;
}

Route& Route::body_optional() {
  if (!body_) body_.emplace();
  body_->required = false;
  return *this;
}

Route& Route::response(StatusKey status, std::string description) {
  return response(Response(std::move(status), std::move(description)));
}

Route& Route::response(Response response) {
  StatusKey status = response.status();
  responses_.push_back({std::move(status), std::move(response), {}});
  return *this;
}

Route& Route::response_ref(StatusKey status, std::string component) {
  if (component.empty()) throw std::invalid_argument("response_ref needs a component name");
  responses_.push_back({std::move(status), std::nullopt, std::move(component)});
  return *this;
}

Route& Route::without_problem_responses() {
  problem_responses_ = false;
  return *this;
}

Route& Route::security(std::string scheme, std::vector<std::string> scopes) {
  return security(SecurityRequirement{{{std::move(scheme), std::move(scopes)}}});
}

Route& Route::security(SecurityRequirement requirement) {
  if (!security_) security_.emplace();
  security_->push_back(std::move(requirement));
  return *this;
}

Route& Route::no_security() {
  security_.emplace();
  return *this;
}

Route& Route::extension(const std::string& key, Json value) {
  check_extension_key(key);
  extensions_[key] = std::move(value);
  return *this;
}

std::string Route::display_name() const {
  std::string name(to_string(method_));
  for (char& c : name) c = static_cast<char>(c - 'a' + 'A');
  return name + " " + path_;
}

}  // namespace accord::openapi
