#include "accord/openapi/response.hpp"

#include <stdexcept>

namespace accord::openapi {
namespace {

bool is_status_range(std::string_view text) {
  return text.size() == 3 && text[0] >= '1' && text[0] <= '5' && text[1] == 'X' &&
         text[2] == 'X';
}

bool is_status_code(std::string_view text) {
  if (text.size() != 3) return false;
  for (const char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return text[0] >= '1' && text[0] <= '5';
}

}  // namespace

StatusKey::StatusKey(int status) {
  if (status < 100 || status > 599) {
    throw std::invalid_argument("HTTP status " + std::to_string(status) +
                                " is outside 100-599");
  }
  text_ = std::to_string(status);
}

StatusKey::StatusKey(std::string_view text) {
  if (text != "default" && !is_status_range(text) && !is_status_code(text)) {
    throw std::invalid_argument("response key \"" + std::string(text) +
                                "\" is not a status (100-599), a range (4XX) or \"default\"");
  }
  text_ = std::string(text);
}

Response::Response(StatusKey status, std::string description)
    : status_(std::move(status)), description_(std::move(description)) {}

Response Response::content(NodePtr node, std::string media_type) const {
  if (media_type.empty()) throw std::invalid_argument("response content needs a media type");
  Response copy = *this;
  for (const auto& existing : copy.contents_) {
    if (existing.media_type == media_type) {
      throw std::invalid_argument("response " + status_.text() + " has two \"" + media_type +
                                  "\" contents");
    }
  }
  copy.contents_.push_back({std::move(media_type), std::move(node), {}});
  return copy;
}

Response Response::example(Json value) const {
  if (contents_.empty()) {
    throw std::invalid_argument("response " + status_.text() +
                                ": add content before its example");
  }
  Response copy = *this;
  copy.contents_.back().examples.push_back(std::move(value));
  return copy;
}

Response Response::header(ResponseHeader header) const {
  if (header.name.empty()) throw std::invalid_argument("a response header needs a name");
  Response copy = *this;
  copy.headers_.push_back(std::move(header));
  return copy;
}

Response Response::extension(const std::string& key, Json value) const {
  check_extension_key(key);
  Response copy = *this;
  copy.extensions_[key] = std::move(value);
  return copy;
}

}  // namespace accord::openapi
