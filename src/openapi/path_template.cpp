#include "accord/openapi/path_template.hpp"

#include <stdexcept>

namespace accord::openapi {

PathTemplate PathTemplate::parse(std::string_view text) {
  if (const char* error = path_template_error(text)) {
    throw std::invalid_argument("path template \"" + std::string(text) + "\": " + error);
  }
  return PathTemplate(text, Checked{});
}

std::vector<std::string> PathTemplate::parameter_names() const {
  return path_parameter_names(text_);
}

std::vector<std::string> path_parameter_names(std::string_view text) {
  std::vector<std::string> names;
  std::size_t open = text.find('{');
  while (open != std::string_view::npos) {
    const std::size_t close = text.find('}', open);
    if (close == std::string_view::npos) break;
    names.emplace_back(text.substr(open + 1, close - open - 1));
    open = text.find('{', close);
  }
  return names;
}

std::string path_shape(std::string_view text) {
  std::string shape;
  bool inside = false;
  for (const char c : text) {
    if (c == '{') inside = true;
    if (!inside || c == '{' || c == '}') shape += c;
    if (c == '}') inside = false;
  }
  return shape;
}

}  // namespace accord::openapi
