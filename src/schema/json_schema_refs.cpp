// JsonSchemaReader: JSON Pointers, URIs, "$ref" resolution and reference cycles.

#include <algorithm>
#include <cctype>
#include <map>
#include <unordered_map>

#include "schema/json_schema_reader.hpp"

namespace accord::schema::detail {
namespace {

// Longest chain of schemas applied to one value (references and composition) accepted.
constexpr std::size_t kMaxChain = 512;

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool has_scheme(std::string_view uri) {
  const auto colon = uri.find(':');
  if (colon == std::string_view::npos || colon == 0) return false;
  if (std::isalpha(static_cast<unsigned char>(uri[0])) == 0) return false;
  return std::all_of(uri.begin(), uri.begin() + static_cast<std::ptrdiff_t>(colon), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '+' || c == '-' || c == '.';
  });
}

// The schemas applied to the same value as `node`: a cycle among them never ends. A dynamic
// reference may lead to any dynamic anchor of its name (`dynamic_targets`).
std::vector<const Node*> same_value_edges(
    const Node& node, const std::multimap<std::string, const Node*>& dynamic_targets) {
  std::vector<const Node*> out;
  if (node.ref && node.ref->resolve) out.push_back(node.ref->resolve());
  if (node.ref && !node.ref->dynamic_anchor.empty()) {
    const auto [first, last] = dynamic_targets.equal_range(node.ref->dynamic_anchor);
    for (auto it = first; it != last; ++it) out.push_back(it->second);
  }
  for (const auto* list : {&node.all_of, &node.any_of, &node.one_of}) {
    for (const auto& child : *list) out.push_back(child.get());
  }
  for (const auto* child :
       {&node.not_schema, &node.if_schema, &node.then_schema, &node.else_schema}) {
    out.push_back(child->get());
  }
  if (node.object) {
    for (const auto& dependency : node.object->dependencies) out.push_back(dependency.schema.get());
  }
  if (node.discriminator) {
    for (const auto& entry : node.discriminator->mapping) out.push_back(entry.second.get());
  }
  out.erase(std::remove(out.begin(), out.end(), nullptr), out.end());
  return out;
}

}  // namespace

SchemaLocation SchemaLocation::child(std::string_view key) const {
  return {document, pointer + "/" + escape_pointer_segment(key)};
}

SchemaLocation SchemaLocation::child(std::size_t index) const {
  return {document, pointer + "/" + std::to_string(index)};
}

std::string escape_pointer_segment(std::string_view segment) {
  std::string out;
  out.reserve(segment.size());
  for (char c : segment) {
    if (c == '~') {
      out += "~0";
    } else if (c == '/') {
      out += "~1";
    } else {
      out += c;
    }
  }
  return out;
}

std::optional<std::vector<std::string>> split_pointer(std::string_view pointer) {
  std::vector<std::string> segments;
  if (pointer.empty()) return segments;
  if (pointer.front() != '/') return std::nullopt;

  std::string current;
  for (std::size_t i = 1; i <= pointer.size(); ++i) {
    if (i == pointer.size() || pointer[i] == '/') {
      segments.push_back(std::move(current));
      current.clear();
    } else if (pointer[i] != '~') {
      current += pointer[i];
    } else if (i + 1 < pointer.size() && (pointer[i + 1] == '0' || pointer[i + 1] == '1')) {
      current += pointer[++i] == '0' ? '~' : '/';
    } else {
      return std::nullopt;
    }
  }
  return segments;
}

std::optional<std::string> percent_decode(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '%') {
      out += text[i];
      continue;
    }
    if (i + 2 >= text.size()) return std::nullopt;
    const int high = hex_digit(text[i + 1]);
    const int low = hex_digit(text[i + 2]);
    if (high < 0 || low < 0) return std::nullopt;
    out += static_cast<char>(high * 16 + low);
    i += 2;
  }
  return out;
}

std::string resolve_uri(std::string_view base, std::string_view reference) {
  if (has_scheme(reference) || base.empty()) return std::string(reference);
  const auto scheme_end = base.find("://");
  if (reference.starts_with("//")) return std::string(base.substr(0, base.find(':') + 1)) +
                                           std::string(reference);
  if (reference.starts_with('/')) {
    const auto authority_end =
        scheme_end == std::string_view::npos ? 0 : base.find('/', scheme_end + 3);
    return std::string(base.substr(0, authority_end)) + std::string(reference);
  }
  const auto no_fragment = base.substr(0, base.find('#'));
  if (reference.empty() || reference.starts_with('#')) {
    return std::string(no_fragment) + std::string(reference);
  }
  const auto slash = no_fragment.rfind('/');
  const auto directory = slash == std::string_view::npos ? std::string_view()
                                                         : no_fragment.substr(0, slash + 1);
  return std::string(directory) + std::string(reference);
}

std::string SchemaReadContext::label(const SchemaLocation& where) const {
  if (where.document == 0) return where.pointer;
  return documents_[where.document].base_uri + "#" + where.pointer;
}

const Json* SchemaReadContext::find(const SchemaLocation& where) const {
  const auto segments = split_pointer(where.pointer);
  if (!segments) return nullptr;

  const Json* at = documents_[where.document].json;
  for (const auto& segment : *segments) {
    if (at->is_object()) {
      const auto it = at->find(segment);
      if (it == at->end()) return nullptr;
      at = &*it;
    } else if (at->is_array()) {
      const bool digits = !segment.empty() && segment.size() < 10 &&
                          std::all_of(segment.begin(), segment.end(), ::isdigit) &&
                          (segment == "0" || segment.front() != '0');
      if (!digits || std::stoul(segment) >= at->size()) return nullptr;
      at = &(*at)[std::stoul(segment)];
    } else {
      return nullptr;
    }
  }
  return at;
}

std::optional<std::size_t> SchemaReadContext::document_for(const std::string& absolute_uri) {
  for (std::size_t i = 0; i < documents_.size(); ++i) {
    if (documents_[i].base_uri == absolute_uri) return i;
  }
  const auto it = options_.remote_documents.find(absolute_uri);
  if (it == options_.remote_documents.end()) return std::nullopt;

  documents_.push_back({&it->second, absolute_uri});
  index_document(documents_.size() - 1);
  return documents_.size() - 1;
}

std::optional<SchemaReadContext::RefTarget> SchemaReadContext::locate_ref(
    std::string_view uri, const SchemaLocation& where) {
  auto target = locate_ref_once(uri, where);
  // An identifier may be declared in a schema of the document not scanned yet.
  if (!target && scan_folders()) target = locate_ref_once(uri, where);
  return target;
}

std::optional<SchemaReadContext::RefTarget> SchemaReadContext::locate_ref_once(
    std::string_view uri, const SchemaLocation& where) {
  const auto absolute = resolve_uri(base_uri(where), uri);
  const auto hash = absolute.find('#');
  const auto resource = absolute.substr(0, hash);
  const auto fragment = hash == std::string::npos ? std::string() : absolute.substr(hash + 1);

  SchemaLocation root;
  if (const auto it = resources_by_uri_.find(resource); it != resources_by_uri_.end()) {
    root = it->second;
  } else if (const auto document = has_scheme(resource) ? document_for(resource) : std::nullopt) {
    root = SchemaLocation{*document, {}};
  } else {
    return std::nullopt;
  }

  const auto decoded = percent_decode(fragment);
  if (!decoded) return std::nullopt;
  if (decoded->empty()) return RefTarget{root, {}};
  if (decoded->front() != '/') {
    // A plain-name fragment names an anchor of the resource.
    const auto key = resource + "#" + *decoded;
    const auto anchor = anchors_.find(key);
    if (anchor == anchors_.end()) return std::nullopt;
    return RefTarget{anchor->second, dynamic_anchors_.contains(key) ? *decoded : std::string()};
  }

  const auto segments = split_pointer(*decoded);
  if (!segments) return std::nullopt;
  SchemaLocation target = root;
  for (const auto& segment : *segments) target = target.child(segment);
  if (find(target) == nullptr) return std::nullopt;
  return RefTarget{target, {}};
}

void SchemaReadContext::add_ref(Node& node, std::string_view uri, const SchemaLocation& where,
                                bool dynamic) {
  const auto target = locate_ref(uri, where);
  if (!target) {
    error(where, "unresolvable reference '" + std::string(uri) + "'");
    return;
  }

  std::string component;
  const auto segments = split_pointer(target->location.pointer);
  if (target->location.document == 0 && segments && !segments->empty()) {
    const auto& s = *segments;
    const bool components = s.size() == 3 && s[0] == "components" && s[1] == "schemas";
    const bool defs = s.size() == 2 && (s[0] == "$defs" || s[0] == "definitions");
    if (components || defs) component = s.back();
  }
  node.ref = Reference{component, std::string(uri), {}, dynamic, {}};
  if (dynamic && !target->dynamic_anchor.empty()) {
    node.ref->dynamic_anchor = target->dynamic_anchor;
    dynamic_refs_ = true;
  }
  pending_.push_back({&node, target->location});
}

void SchemaReadContext::resolve_pending() {
  // Reading a target may add references; each location is read once (cache_).
  for (std::size_t i = 0; i < pending_.size(); ++i) {
    const auto pending = pending_[i];
    if (pending.target.document == 0) ensure_scanned(pending.target);
    const Json* json = find(pending.target);
    const Node* target = read_schema(*json, pending.target).get();
    pending.node->ref->resolve = [target] { return target; };
  }
}

void SchemaReadContext::check_cycles() {
  // Iterative depth-first search over same-value edges; grey nodes are on the current path.
  enum class Mark : std::uint8_t { white, grey, black };
  std::unordered_map<const Node*, Mark> marks;
  std::multimap<std::string, const Node*> dynamic_targets;
  for (const auto& resource : resources_) {
    for (const auto& [name, target] : resource->dynamic_anchors) {
      dynamic_targets.emplace(name, target);
    }
  }
  struct Frame {
    const Node* node;
    std::vector<const Node*> next;
    std::size_t index = 0;
  };

  for (const auto& [location, start] : cache_) {
    if (marks[start.get()] != Mark::white) continue;
    std::vector<Frame> stack;
    stack.push_back({start.get(), same_value_edges(*start, dynamic_targets)});
    marks[start.get()] = Mark::grey;

    while (!stack.empty()) {
      auto& frame = stack.back();
      if (frame.index == frame.next.size()) {
        marks[frame.node] = Mark::black;
        stack.pop_back();
        continue;
      }
      const Node* next = frame.next[frame.index++];
      const auto mark = marks[next];
      if (mark == Mark::grey || stack.size() >= kMaxChain) {
        const auto at = where_.find(frame.node);
        error(at == where_.end() ? location : at->second,
              mark == Mark::grey ? "reference cycle that never reaches a schema"
                                 : "references nested too deeply");
        return;
      }
      if (mark == Mark::white) {
        marks[next] = Mark::grey;
        stack.push_back({next, same_value_edges(*next, dynamic_targets)});
      }
    }
  }
}

}  // namespace accord::schema::detail

namespace accord::schema {

JsonSchemaReader::ReadResult JsonSchemaReader::read(const Json& schema) const {
  return read(schema, "");
}

JsonSchemaReader::ReadResult JsonSchemaReader::read(const Json& document,
                                                    std::string_view pointer) const {
  detail::SchemaReadContext context(options_, document);
  auto root = context.read_root(pointer);
  if (!context.errors().empty()) return context.errors();

  auto result = std::make_shared<SchemaDocument>();
  result->root_ = std::move(root);
  result->nodes_ = context.nodes();
  result->resources_ = context.resources();
  return std::shared_ptr<const SchemaDocument>(std::move(result));
}

}  // namespace accord::schema
