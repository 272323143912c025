#include <cmath>
#include <stdexcept>
#include <string>
#include <vector>

#include "accord/openapi/text.hpp"

namespace accord::openapi {
namespace {

// nlohmann writes NaN and infinities as null and binary values as objects; JSON text has
// neither, so they are refused before writing. Iterative: any nesting is fine.
void check_writable(const Json& root) {
  std::vector<const Json*> pending{&root};
  while (!pending.empty()) {
    const Json& value = *pending.back();
    pending.pop_back();
    if (value.is_number_float() && !std::isfinite(value.get<double>())) {
      throw std::invalid_argument("to_json_text: NaN or infinity has no JSON value");
    }
    if (value.is_binary())
      throw std::invalid_argument("to_json_text: binary data has no JSON text");
    if (value.is_discarded()) {
      throw std::invalid_argument("to_json_text: a discarded value has no JSON text");
    }
    if (value.is_structured()) {
      for (const Json& child : value) pending.push_back(&child);
    }
  }
}

}  // namespace

std::string to_json_text(const Json& value, int indent) {
  check_writable(value);
  try {
    std::string text = value.dump(indent);
    text += '\n';
    return text;
  } catch (const Json::type_error& error) {  // a string that is not UTF-8
    throw std::invalid_argument(std::string("to_json_text: ") + error.what());
  }
}

}  // namespace accord::openapi
