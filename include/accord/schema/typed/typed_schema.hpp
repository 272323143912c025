#pragma once
/// @file
/// TypedSchema: the common part of every schema bound to a C++ type.

#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "accord/schema/issue.hpp"
#include "accord/schema/node.hpp"

namespace accord::schema {

/// Names a C++ type in the customisation point `accord_schema(tag<T>)`.
template <class T>
struct tag {
  using type = T;
};

/// A predicate over the bound value, with the message reported when it says no.
template <class T>
struct TypedRefinement {
  std::function<bool(const T&)> check;
  std::string message;
  std::string name;
};

/// Common part of the typed schemas: the untyped Node that describes the schema, metadata
/// setters, and refinements. Setters return a modified copy, so schemas are values that can
/// be shared and specialised freely:
///
///     auto name = string().min(1).max(100).describe("Display name");
template <class Derived, class T>
class TypedSchema {
 public:
  /// The C++ type values of this schema bind to.
  using value_type = T;

  /// The untyped description (for DOM validation and JSON Schema).
  [[nodiscard]] const Node& node() const noexcept { return *node_; }
  [[nodiscard]] const NodePtr& node_ptr() const noexcept { return node_; }

  /// Makes this schema a named component ("CreateUserRequest"): written once under
  /// components and referenced with $ref. The name is the wire contract's, not the C++ type's.
  [[nodiscard]] Derived named(std::string name) const {
    return edit([&](Node& n) { n.meta.name = std::move(name); });
  }
  [[nodiscard]] Derived title(std::string text) const {
    return edit([&](Node& n) { n.meta.title = std::move(text); });
  }
  [[nodiscard]] Derived describe(std::string text) const {
    return edit([&](Node& n) { n.meta.description = std::move(text); });
  }
  [[nodiscard]] Derived example(Json value) const {
    return edit([&](Node& n) { n.meta.examples.push_back(std::move(value)); });
  }
  [[nodiscard]] Derived deprecated(bool on = true) const {
    return edit([&](Node& n) { n.meta.deprecated = on; });
  }
  [[nodiscard]] Derived read_only(bool on = true) const {
    return edit([&](Node& n) { n.meta.read_only = on; });
  }
  [[nodiscard]] Derived write_only(bool on = true) const {
    return edit([&](Node& n) { n.meta.write_only = on; });
  }
  /// Adds a vendor extension; `key` must start with "x-" (std::invalid_argument otherwise).
  [[nodiscard]] Derived extension(const std::string& key, Json value) const {
    if (key.rfind("x-", 0) != 0) throw std::invalid_argument("extension key must start with x-");
    return edit([&](Node& n) { n.meta.extensions[key] = std::move(value); });
  }

  /// Adds a predicate that a valid value must also satisfy; when it returns false the issue
  /// is `custom` with `message`. Runs only on values that passed every other rule.
  [[nodiscard]] Derived refine(std::function<bool(const T&)> check, std::string message,
                               std::string name = {}) const {
    Derived copy = edit([&](Node& n) {
      n.refinements.push_back(Refinement{message, name, make_dom_check(check)});
    });
    auto list = std::make_shared<std::vector<TypedRefinement<T>>>(*copy.refinements_);
    list->push_back({std::move(check), std::move(message), std::move(name)});
    copy.refinements_ = std::move(list);
    return copy;
  }

  /// The refinements, in the order they were added.
  [[nodiscard]] const std::vector<TypedRefinement<T>>& refinements() const noexcept {
    return *refinements_;
  }

 protected:
  explicit TypedSchema(Node node) : node_(std::make_shared<const Node>(std::move(node))) {}

  /// A copy of the derived schema whose node has been changed by `change`.
  template <class Change>
  [[nodiscard]] Derived edit(Change&& change) const {
    Derived copy = static_cast<const Derived&>(*this);
    auto node = std::make_shared<Node>(*node_);
    change(*node);
    copy.node_ = std::move(node);
    return copy;
  }

 private:
  // On a DOM value the predicate needs the bound value: the DOM validator only calls this once
  // the value satisfied every other rule of the node, so the conversion cannot fail.
  std::function<bool(const Json&)> make_dom_check(std::function<bool(const T&)> check) const {
    return [self = static_cast<const Derived&>(*this), check](const Json& json) {
      T value{};
      self.convert(json, value);
      return check(value);
    };
  }

  NodePtr node_;
  std::shared_ptr<const std::vector<TypedRefinement<T>>> refinements_ =
      std::make_shared<const std::vector<TypedRefinement<T>>>();
};

/// Runs a schema's refinements on a value that passed its other rules.
template <class Schema, class T, class Sink>
void run_refinements(const Schema& schema, const T& value, Sink& sink) {
  for (const auto& refinement : schema.refinements()) {
    if (!refinement.check(value)) {
      sink.add(IssueCode::custom, refinement.message, refinement.name);
    }
  }
}

}  // namespace accord::schema
