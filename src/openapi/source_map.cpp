#include "accord/openapi/source_map.hpp"

#include <cstring>
#include <ostream>
#include <utility>

namespace accord::openapi {
namespace {

// Splits the next escaped reference token off `pointer` (which starts with '/').
std::string_view next_token(std::string_view& pointer) {
  pointer.remove_prefix(1);
  const std::size_t end = pointer.find('/');
  const std::string_view token = pointer.substr(0, end);
  pointer.remove_prefix(end == std::string_view::npos ? pointer.size() : end);
  return token;
}

}  // namespace

std::string to_string(const SourceLocation& location) {
  std::string text = location.file;
  if (location.line == 0) return text;
  if (!text.empty()) text += ':';
  text += std::to_string(location.line);
  if (location.column != 0) text += ':' + std::to_string(location.column);
  return text;
}

std::ostream& operator<<(std::ostream& out, const SourceLocation& location) {
  return out << to_string(location);
}

SourceMap::SourceMap() : positions_(1) {}

void SourceMap::start_key(Node parent) {
  key_.assign(sizeof parent, '\0');
  std::memcpy(key_.data(), &parent, sizeof parent);
}

SourceMap::Node SourceMap::find_or_create() {
  if (const auto found = children_.find(key_); found != children_.end()) return found->second;
  const Node node = positions_.size();
  positions_.emplace_back();
  children_.emplace(key_, node);
  return node;
}

void SourceMap::locate(Node node, std::size_t line, std::size_t column) {
  Position& position = positions_[node];
  if (position.line != 0 || line == 0) return;
  position = Position{line, column};
  ++located_;
}

void SourceMap::add(std::string_view pointer, std::size_t line, std::size_t column) {
  if (!pointer.empty() && pointer.front() != '/') return;
  Node node = root;
  while (!pointer.empty()) {
    start_key(node);
    key_ += next_token(pointer);
    node = find_or_create();
  }
  locate(node, line, column);
}

SourceMap::Node SourceMap::add(Node parent, std::string_view token, std::size_t line,
                               std::size_t column) {
  start_key(parent);
  for (const char c : token) {
    if (c == '~') {
      key_ += "~0";
    } else if (c == '/') {
      key_ += "~1";
    } else {
      key_ += c;
    }
  }
  const Node node = find_or_create();
  locate(node, line, column);
  return node;
}

std::optional<SourceLocation> SourceMap::find(std::string_view pointer) const {
  if (!pointer.empty() && pointer.front() != '/') return std::nullopt;
  Node node = root;
  const Position* best = positions_[root].line != 0 ? &positions_[root] : nullptr;
  std::string key;
  while (!pointer.empty()) {
    const std::string_view token = next_token(pointer);
    key.assign(sizeof node, '\0');
    std::memcpy(key.data(), &node, sizeof node);
    key += token;
    const auto found = children_.find(key);
    if (found == children_.end()) break;
    node = found->second;
    if (positions_[node].line != 0) best = &positions_[node];
  }
  if (best == nullptr) return std::nullopt;
  return SourceLocation{file_, best->line, best->column};
}

void append_pointer_token(std::string& pointer, std::string_view token) {
  pointer += '/';
  for (const char c : token) {
    if (c == '~') {
      pointer += "~0";
    } else if (c == '/') {
      pointer += "~1";
    } else {
      pointer += c;
    }
  }
}

}  // namespace accord::openapi
