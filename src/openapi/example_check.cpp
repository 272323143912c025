#include "example_check.hpp"

#include <set>

#include "accord/schema/validate.hpp"

namespace accord::openapi {
namespace {

using schema::Node;

void check_value(const Node& node, const Json& value, const std::string& what,
                 std::vector<std::string>& problems) {
  const auto issues = schema::validate(node, value);
  if (issues.empty()) return;
  const auto& first = issues.front();
  const std::string at = first.path.pointer();
  problems.push_back(what + " " + value.dump() + " does not match its schema: " +
                     (at.empty() ? "" : at + ": ") + first.message);
}

class Walker {
 public:
  explicit Walker(std::vector<std::string>& problems) : problems_(problems) {}

  void walk(const Node& node, const std::string& where) {
    if (!seen_.insert(&node).second) return;
    for (const auto& example : node.meta.examples) {
      check_value(node, example, where + ": example", problems_);
    }
    if (node.meta.default_value) {
      check_value(node, *node.meta.default_value, where + ": default", problems_);
    }
    if (node.object) {
      for (const auto& property : node.object->properties) {
        if (property.schema) walk(*property.schema, where + "." + property.name);
      }
      if (node.object->additional) walk(*node.object->additional, where + ".*");
    }
    if (node.array) {
      for (std::size_t i = 0; i < node.array->prefix_items.size(); ++i) {
        walk(*node.array->prefix_items[i], where + "[" + std::to_string(i) + "]");
      }
      if (node.array->items) walk(*node.array->items, where + "[]");
    }
    for (const auto* list : {&node.all_of, &node.any_of, &node.one_of}) {
      for (const auto& child : *list) {
        if (child) walk(*child, where);
      }
    }
    if (node.ref && node.ref->resolve) {
      if (const Node* target = node.ref->resolve()) {
        walk(*target, target->meta.name.empty() ? where : "schema " + target->meta.name);
      }
    }
  }

 private:
  std::vector<std::string>& problems_;
  std::set<const Node*> seen_;
};

}  // namespace

void check_schema_examples(const schema::Node& node, const std::string& where,
                           std::vector<std::string>& problems) {
  Walker(problems).walk(node, where);
}

void check_parameter_examples(const Parameter& parameter, const std::string& where,
                              std::vector<std::string>& problems) {
  for (const auto& example : parameter.examples()) {
    check_value(*parameter.schema(), example, where + ": example", problems);
  }
  check_schema_examples(*parameter.schema(), where, problems);
}

void check_content_examples(const std::vector<MediaContent>& contents, const std::string& where,
                            std::vector<std::string>& problems) {
  for (const auto& content : contents) {
    if (!content.schema) continue;
    for (const auto& example : content.examples) {
      check_value(*content.schema, example, where + " (" + content.media_type + "): example",
                  problems);
    }
    check_schema_examples(*content.schema, where, problems);
  }
}

}  // namespace accord::openapi
