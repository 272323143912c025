#include "accord/openapi/document.hpp"

#include <stdexcept>

#include "accord/openapi/source_map.hpp"

namespace accord::openapi {
namespace {

int hex_value(char c) noexcept {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Undoes percent-encoding (a "$ref" is a URI fragment); malformed escapes stay as they are.
std::string percent_decode(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size()) {
      const int high = hex_value(text[i + 1]);
      const int low = hex_value(text[i + 2]);
      if (high >= 0 && low >= 0) {
        out += static_cast<char>(high * 16 + low);
        i += 2;
        continue;
      }
    }
    out += text[i];
  }
  return out;
}

// One reference token with "~1" and "~0" undone; nothing when a '~' escape is malformed.
bool unescape_token(std::string_view token, std::string& out) {
  out.clear();
  for (std::size_t i = 0; i < token.size(); ++i) {
    if (token[i] != '~') {
      out += token[i];
      continue;
    }
    if (i + 1 >= token.size()) return false;
    if (token[i + 1] == '0') {
      out += '~';
    } else if (token[i + 1] == '1') {
      out += '/';
    } else {
      return false;
    }
    ++i;
  }
  return true;
}

bool is_array_index(std::string_view token) {
  if (token.empty() || token.size() > 18) return false;
  if (token.size() > 1 && token[0] == '0') return false;
  for (const char c : token) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

}  // namespace

const Json* find_pointer(const Json& root, std::string_view pointer) noexcept {
  std::string decoded;
  if (!pointer.empty() && pointer.front() == '#') {
    decoded = percent_decode(pointer.substr(1));
    pointer = decoded;
  }
  if (pointer.empty()) return &root;
  if (pointer.front() != '/') return nullptr;
  const Json* current = &root;
  std::string token;
  std::size_t start = 1;
  while (true) {
    const std::size_t end = pointer.find('/', start);
    const std::string_view raw =
        pointer.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    if (!unescape_token(raw, token)) return nullptr;
    if (current->is_object()) {
      const auto it = current->find(token);
      if (it == current->end()) return nullptr;
      current = &*it;
    } else if (current->is_array()) {
      if (!is_array_index(token)) return nullptr;
      const std::size_t index = std::stoull(token);
      if (index >= current->size()) return nullptr;
      current = &(*current)[index];
    } else {
      return nullptr;
    }
    if (end == std::string_view::npos) return current;
    start = end + 1;
  }
}

std::string escape_pointer_token(std::string_view token) {
  std::string pointer;
  append_pointer_token(pointer, token);
  return pointer.substr(1);  // without the '/' that append_pointer_token puts first
}

Document::Document(Json root, Version version) : root_(std::move(root)), version_(version) {
  if (!root_.is_object()) throw std::invalid_argument("an OpenAPI document is a JSON object");
}

const Json* Document::find(std::string_view pointer) const noexcept {
  return find_pointer(root_, pointer);
}

const Json* Document::resolve(const Json& value) const noexcept {
  constexpr int kMaxHops = 64;
  const Json* current = &value;
  for (int hop = 0; hop < kMaxHops; ++hop) {
    if (!current->is_object()) return current;
    const auto ref = current->find("$ref");
    if (ref == current->end()) return current;
    if (!ref->is_string()) return nullptr;
    const std::string& target = ref->get_ref<const std::string&>();
    if (target.empty() || target.front() != '#') return nullptr;
    current = find(target);
    if (current == nullptr) return nullptr;
  }
  return nullptr;
}

std::vector<OperationView> Document::operations(bool with_webhooks) const {
  std::vector<OperationView> views;
  const auto collect = [&](const char* section) {
    const auto paths = root_.find(section);
    if (paths == root_.end() || !paths->is_object()) return;
    for (const auto& [path, raw_item] : paths->items()) {
      const Json* item = resolve(raw_item);
      if (item == nullptr || !item->is_object()) continue;
      for (const auto& [key, operation] : item->items()) {
        const auto method = method_from_string(key);
        if (!method || !operation.is_object()) continue;
        views.push_back({path, *method,
                         "/" + std::string(section) + "/" + escape_pointer_token(path) + "/" + key,
                         &operation, item});
      }
    }
  };
  collect("paths");
  if (with_webhooks) collect("webhooks");
  return views;
}

}  // namespace accord::openapi
