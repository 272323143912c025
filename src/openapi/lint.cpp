#include "accord/openapi/lint.hpp"

#include <cctype>
#include <map>
#include <set>
#include <string>
#include <unordered_map>

#include "accord/openapi/structure_check.hpp"
#include "accord/schema/pattern.hpp"
#include "document_walk.hpp"

namespace accord::openapi {
namespace {

// "schemas" -> "schema", "requestBodies" -> "request body", for messages.
std::string singular(const std::string& kind) {
  if (kind == "requestBodies") return "request body";
  if (kind == "pathItems") return "path item";
  if (kind == "securitySchemes") return "security scheme";
  return kind.ends_with('s') ? kind.substr(0, kind.size() - 1) : kind;
}

class Linter {
 public:
  Linter(const Document& document, std::vector<Finding>& findings)
      : document_(document), findings_(findings) {
    // Objects look keys up one by one: components, where references point, get an index so
    // that a document with many of them lints in linear time.
    if (const Json* components = document_.find("/components");
        components != nullptr && components->is_object()) {
      for (const auto& [kind, members] : components->items()) {
        if (!members.is_object()) continue;
        const std::string prefix = "/components/" + escape_pointer_token(kind) + "/";
        for (const auto& [name, member] : members.items()) {
          components_[prefix + escape_pointer_token(name)] = &member;
        }
      }
    }
  }

  // The value at a decoded JSON Pointer, components first.
  const Json* find(const std::string& pointer) const {
    const auto indexed = components_.find(pointer);
    return indexed != components_.end() ? indexed->second : document_.find(pointer);
  }

  void error(std::string rule, std::string pointer, std::string message) {
    findings_.push_back({Severity::error, std::move(rule), std::move(pointer), std::move(message)});
  }
  void warning(std::string rule, std::string pointer, std::string message) {
    findings_.push_back(
        {Severity::warning, std::move(rule), std::move(pointer), std::move(message)});
  }

  // References and patterns, anywhere outside literal values.
  void walk(const Json& value, std::vector<std::string>& tokens) {
    if (value.is_object()) {
      const auto ref = value.find("$ref");
      if (ref != value.end() && ref->is_string()) check_ref(ref->get<std::string>(), tokens);
      const auto pattern = value.find("pattern");
      if (pattern != value.end() && pattern->is_string() &&
          component_kind_at(tokens) == "schemas") {
        check_pattern(pattern->get<std::string>(), tokens);
      }
      for (const auto& [key, child] : value.items()) {
        if (is_literal_member(tokens, key, child.is_array())) continue;
        tokens.push_back(key);
        walk(child, tokens);
        tokens.pop_back();
      }
    } else if (value.is_array()) {
      for (std::size_t i = 0; i < value.size(); ++i) {
        tokens.push_back(std::to_string(i));
        walk(value[i], tokens);
        tokens.pop_back();
      }
    }
  }

  void operations() {
    std::map<std::string, std::string> ids;  // operationId -> pointer of its first use
    for (const auto& view : document_.operations(true)) {
      const Json& operation = *view.operation;
      const auto id = operation.find("operationId");
      if (id == operation.end() || !id->is_string()) {
        warning("missing-operation-id", view.pointer,
                "the operation has no operationId; SDK generators will invent a name");
      } else {
        const auto [first, inserted] = ids.emplace(id->get<std::string>(), view.pointer);
        if (!inserted) {
          error(
              "duplicate-operation-id", view.pointer + "/operationId",
              "operationId \"" + id->get<std::string>() + "\" is already used at " + first->second);
        }
      }
      if (view.pointer.starts_with("/paths/")) parameters(view);
      if (const auto security = operation.find("security"); security != operation.end()) {
        requirements(*security, view.pointer + "/security");
      }
    }
    if (const auto security = document_.json().find("security");
        security != document_.json().end()) {
      requirements(*security, "/security");
    }
  }

  void paths() {
    const auto paths = document_.json().find("paths");
    if (paths == document_.json().end() || !paths->is_object()) return;
    std::map<std::string, std::string> shapes;
    for (const auto& [path, item] : paths->items()) {
      if (path.starts_with("x-")) continue;
      const std::string pointer = "/paths/" + escape_pointer_token(path);
      if (const char* problem = path_template_error(path)) {
        std::string why = problem;
        if (path.find('#') != std::string::npos) {
          why =
              "'#' starts a URI fragment, which clients never send: the path cannot be "
              "called as written";
        } else if (path.find('?') != std::string::npos) {
          why = "'?' starts a query string: declare query parameters instead";
        }
        error("path-template", pointer, "\"" + path + "\": " + why);
        continue;
      }
      const auto [first, inserted] = shapes.emplace(path_shape(path), path);
      if (!inserted) {
        error("ambiguous-path", pointer,
              "\"" + path + "\" matches the same requests as \"" + first->second +
                  "\" (only the placeholder names differ): declare it once");
      }
    }
  }

  void unused_components() {
    const Json* components = document_.find("/components");
    if (components == nullptr || !components->is_object()) return;
    for (const auto& [kind, members] : components->items()) {
      if (kind == "securitySchemes" || !members.is_object() || kind.starts_with("x-")) continue;
      for (const auto& [name, member] : members.items()) {
        const std::string pointer =
            "/components/" + escape_pointer_token(kind) + "/" + escape_pointer_token(name);
        if (referenced_.count(pointer) == 0) {
          warning("unused-component", pointer,
                  singular(kind) + " \"" + name + "\" is declared but nothing refers to it");
        }
      }
    }
  }

 private:
  void check_ref(const std::string& ref, const std::vector<std::string>& tokens) {
    if (ref.empty() || ref.front() != '#') return;  // other files: reported by the reader
    const std::string at = pointer_of(tokens) + "/$ref";
    const Json* target = find(normalised(ref));
    if (target == nullptr) {
      error("unresolved-ref", at, "\"" + ref + "\" points at nothing in this document");
      return;
    }
    referenced_.insert(normalised(ref));
    if (loops(normalised(ref))) {
      error("ref-cycle", at, "\"" + ref + "\" starts a chain of references that loops");
    }
  }

  // True when following "$ref"s from `pointer` comes back to a pointer already on the way
  // without reaching a value. Each pointer's answer is remembered, so a document costs time in
  // proportion to its references, however long their chains.
  bool loops(const std::string& start) {
    std::vector<std::string> chain;
    std::set<std::string> on_chain;
    std::string pointer = start;
    bool result = false;
    while (true) {
      if (const auto known = loops_.find(pointer); known != loops_.end()) {
        result = known->second;
        break;
      }
      if (!on_chain.insert(pointer).second) {
        result = true;
        break;
      }
      chain.push_back(pointer);
      const Json* target = find(pointer);
      if (target == nullptr || !target->is_object()) break;  // missing: unresolved-ref's job
      const auto next = target->find("$ref");
      if (next == target->end() || !next->is_string()) break;
      const std::string& text = next->get_ref<const std::string&>();
      if (text.empty() || text.front() != '#') break;
      pointer = normalised(text);
    }
    for (const auto& visited : chain) loops_[visited] = result;
    return result;
  }

  // "#/components/schemas/A" as a plain JSON Pointer (percent-encoding undone).
  std::string normalised(const std::string& ref) {
    std::string pointer;
    for (std::size_t i = 1; i < ref.size(); ++i) {
      if (ref[i] == '%' && i + 2 < ref.size() &&
          std::isxdigit(static_cast<unsigned char>(ref[i + 1])) &&
          std::isxdigit(static_cast<unsigned char>(ref[i + 2]))) {
        pointer += static_cast<char>(std::stoi(ref.substr(i + 1, 2), nullptr, 16));
        i += 2;
      } else {
        pointer += ref[i];
      }
    }
    return pointer;
  }

  void check_pattern(const std::string& pattern, const std::vector<std::string>& tokens) {
    auto compiled = schema::Pattern::compile(pattern);
    if (const auto* message = std::get_if<std::string>(&compiled)) {
      error("invalid-pattern", pointer_of(tokens) + "/pattern",
            "\"" + pattern + "\" is not an ECMA-262 regular expression: " + *message);
    }
  }

  // The parameters of an operation, with the path item's, resolved: (name, in) -> pointer.
  void parameters(const OperationView& view) {
    std::map<std::pair<std::string, std::string>, std::string> declared;
    const auto collect = [&](const Json& owner, const std::string& owner_pointer,
                             bool operation_level) {
      const auto list = owner.find("parameters");
      if (list == owner.end() || !list->is_array()) return;
      std::set<std::pair<std::string, std::string>> here;
      for (std::size_t i = 0; i < list->size(); ++i) {
        const Json* parameter = document_.resolve((*list)[i]);
        if (parameter == nullptr || !parameter->is_object()) continue;
        const auto name = parameter->find("name");
        const auto in = parameter->find("in");
        if (name == parameter->end() || in == parameter->end() || !name->is_string() ||
            !in->is_string()) {
          continue;
        }
        std::string key_name = name->get<std::string>();
        if (*in == "header") {
          for (char& c : key_name)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
        const auto key = std::make_pair(key_name, in->get<std::string>());
        const std::string pointer = owner_pointer + "/parameters/" + std::to_string(i);
        if (!here.insert(key).second) {
          error("duplicate-parameter", pointer,
                in->get<std::string>() + " parameter \"" + name->get<std::string>() +
                    "\" is declared twice");
        }
        if (operation_level || declared.count(key) == 0) declared[key] = pointer;
      }
    };
    const std::string item_pointer = view.pointer.substr(0, view.pointer.rfind('/'));
    collect(*view.path_item, item_pointer, false);
    collect(*view.operation, view.pointer, true);

    if (path_template_error(view.path) != nullptr) return;  // reported as path-template
    const auto placeholders = path_parameter_names(view.path);
    for (const auto& name : placeholders) {
      if (declared.count({name, "path"}) == 0) {
        error("path-parameter", view.pointer,
              "{" + name + "} in \"" + view.path + "\" has no path parameter");
      }
    }
    for (const auto& [key, pointer] : declared) {
      if (key.second != "path") continue;
      if (std::find(placeholders.begin(), placeholders.end(), key.first) == placeholders.end()) {
        error("path-parameter", pointer,
              "path parameter \"" + key.first + "\" is not in \"" + view.path + "\"");
      }
    }
  }

  void requirements(const Json& list, const std::string& pointer) {
    if (!list.is_array()) return;
    const Json* schemes = document_.find("/components/securitySchemes");
    for (std::size_t i = 0; i < list.size(); ++i) {
      if (!list[i].is_object()) continue;
      for (const auto& [name, scopes] : list[i].items()) {
        if (schemes == nullptr || !schemes->is_object() || !schemes->contains(name)) {
          error("undefined-security-scheme", pointer + "/" + std::to_string(i),
                "security requirement names \"" + name +
                    "\", which components.securitySchemes does not declare");
        }
      }
    }
  }

  const Document& document_;
  std::vector<Finding>& findings_;
  std::set<std::string> referenced_;
  std::map<std::string, bool> loops_;  // pointer -> its chain of references loops
  std::unordered_map<std::string, const Json*> components_;  // "/components/kind/name" -> value
};

}  // namespace

std::vector<Finding> lint(const Document& document, const LintOptions& options) {
  std::vector<Finding> findings;
  if (options.structure) findings = check_structure(document.json(), document.version());
  Linter linter(document, findings);
  std::vector<std::string> tokens;
  linter.walk(document.json(), tokens);
  linter.paths();
  linter.operations();
  if (options.unused_components) linter.unused_components();
  return findings;
}

}  // namespace accord::openapi
