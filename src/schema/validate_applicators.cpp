// The DOM validator's keywords that look beyond one subschema: "$dynamicRef" (the dynamic
// scope), if/then/else, dependencies, contains, and unevaluatedProperties / unevaluatedItems
// with the annotations they read (JSON Schema 2020-12, section 11).
//
// Annotations are collected only under a node that has an unevaluated* keyword: it installs an
// Evaluated record for its value, and every keyword applied to that same value (its own and
// those of in-place subschemas: $ref, allOf, anyOf, oneOf, if/then/else, dependentSchemas)
// marks the members or items it evaluated. Subschemas that fail drop their marks where that
// matters (anyOf and oneOf alternatives, "if", "not"); where a failure fails the whole node
// anyway (allOf, $ref, then/else), the marks are kept, which only spares the user an extra
// "unevaluated" issue about a member that already has one.

#include <string>
#include <utility>

#include "accord/schema/detail/checks.hpp"
#include "validator.hpp"

namespace accord::schema::detail {

const Node* Validator::dynamic_target(const Reference& ref) const {
  // The outermost resource in the dynamic scope that declares the anchor wins.
  for (const SchemaResource* resource : scope_) {
    for (const auto& [name, target] : resource->dynamic_anchors) {
      if (name == ref.dynamic_anchor) return target;
    }
  }
  return ref.resolve();
}

void Validator::walk_conditional(const Node& node, const Json& value) {
  Evaluated* marks = tracking(value);
  std::vector<char> saved;
  if (marks != nullptr) saved = marks->marks;
  const bool matched = accepts(*node.if_schema, value, nullptr, nullptr);
  if (sink_.fatal()) return;
  if (!matched && marks != nullptr) marks->marks = std::move(saved);

  const NodePtr& branch = matched ? node.then_schema : node.else_schema;
  if (branch) walk(*branch, value, nullptr);
}

void Validator::walk_dependencies(const ObjectRules& rules, const Json& value) {
  for (const auto& dependency : rules.dependencies) {
    if (sink_.fatal()) return;
    if (!value.contains(dependency.key)) continue;
    for (const auto& name : dependency.required) {
      if (value.contains(name)) continue;
      sink_.push(name);
      report_missing_dependency(sink_, dependency.key);
      sink_.pop();
    }
    if (dependency.schema) walk(*dependency.schema, value, nullptr);
  }
}

void Validator::walk_contains(const ArrayRules& rules, const Json& value, Evaluated* marks) {
  std::uint64_t matches = 0;
  for (std::size_t i = 0; i < value.size(); ++i) {
    sink_.push(i);
    const bool matched = accepts(*rules.contains, value[i], nullptr, nullptr);
    sink_.pop();
    if (sink_.fatal()) return;
    if (!matched) continue;
    ++matches;
    if (marks != nullptr) marks->marks[i] = 1;
  }
  check_contains_count(rules, matches, sink_);
}

void Validator::walk_unevaluated(const Node& node, const Json& value, Json* out, Evaluated& own) {
  if (value.is_object()) {
    const Node& schema = *node.object->unevaluated;
    Json* copy = out != nullptr && out->is_object() ? out : nullptr;
    std::vector<std::string> rejected;
    std::size_t index = 0;
    for (const auto& [key, member] : value.items()) {
      if (sink_.fatal()) return;
      if (own.marks[index] == 0) {
        own.marks[index] = 1;  // unevaluatedProperties evaluates the members it applies to
        if (schema.never) {
          rejected.push_back(key);
        } else {
          sink_.push(key);
          walk(schema, member, copy != nullptr && copy->contains(key) ? &(*copy)[key] : nullptr);
          sink_.pop();
        }
      }
      ++index;
    }
    if (!rejected.empty()) report_unrecognized_keys(sink_, std::move(rejected));
    return;
  }

  const Node& schema = *node.array->unevaluated;
  Json* copy = out != nullptr && out->is_array() ? out : nullptr;
  for (std::size_t i = 0; i < value.size() && !sink_.fatal(); ++i) {
    if (own.marks[i] != 0) continue;
    own.marks[i] = 1;
    sink_.push(i);
    walk(schema, value[i], copy != nullptr && i < copy->size() ? &(*copy)[i] : nullptr);
    sink_.pop();
  }
}

}  // namespace accord::schema::detail
