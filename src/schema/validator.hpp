#pragma once
// The DOM validator's walker, shared by validate.cpp and validate_containers.cpp.

#include <cstddef>

#include "accord/schema/issue_sink.hpp"
#include "accord/schema/node.hpp"

namespace accord::schema::detail {

/// JSON equality as JSON Schema defines it: 1 == 1.0, objects equal whatever their key order.
bool json_equal(const Json& a, const Json& b);

/// Walks a value against a Node, reporting into a sink and optionally building the coerced
/// copy (defaults applied, stripped keys removed).
class Validator {
 public:
  Validator(IssueSink& sink, std::size_t max_depth) : sink_(sink), max_depth_(max_depth) {}

  /// Validates `value`; when `out` is not null it receives the coerced value.
  void walk(const Node& node, const Json& value, Json* out);

 private:
  bool enter();
  void check_types_and_values(const Node& node, const Json& value, bool& stop);
  void check_number_value(const Node& node, const Json& value);
  bool walk_compositions(const Node& node, const Json& value, Json* out);
  bool walk_any_of(const std::vector<NodePtr>& alternatives, const Json& value, Json* out);
  bool walk_one_of(const std::vector<NodePtr>& alternatives, const Json& value, Json* out);
  bool walk_discriminated(const Discriminator& discriminator, const Json& value, Json* out);
  void walk_not(const Node& excluded, const Json& value);
  bool accepts(const Node& node, const Json& value, Json* out, std::vector<Issue>* issues);

  void walk_array(const ArrayRules& rules, const Json& value, Json* out);
  void check_unique(const Json& value);
  void walk_object(const ObjectRules& rules, const Json& value, Json* out);
  void walk_member(const ObjectRules& rules, const std::string& key, const Json& member,
                   Json* out, std::vector<std::string>& unknown);
  void add_missing(const ObjectRules& rules, const Json& value, Json* out);

  IssueSink& sink_;
  std::size_t max_depth_;
  std::size_t frames_ = 0;
};

}  // namespace accord::schema::detail
