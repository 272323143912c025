#pragma once
// The DOM validator's walker, shared by validate.cpp, validate_containers.cpp and
// validate_applicators.cpp.

#include <cstddef>
#include <vector>

#include "accord/schema/issue_sink.hpp"
#include "accord/schema/node.hpp"

// Forces inlining of a function into its hot caller (GCC and Clang).
#if defined(__GNUC__)
#define ACCORD_ALWAYS_INLINE [[gnu::always_inline]] inline
#else
#define ACCORD_ALWAYS_INLINE inline
#endif

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
  // Which members (object keys, by position) or items of one value the schemas applied to it
  // have evaluated so far: JSON Schema's annotations, which unevaluatedProperties and
  // unevaluatedItems read. Only a node with one of those keywords starts collecting them, so
  // other schemas pay nothing for it.
  struct Evaluated {
    const Json* instance = nullptr;
    std::vector<char> marks;  // one per member or item, in input order
  };

  bool enter();
  void walk_body(const Node& node, const Json& value, Json* out);
  void walk_tail(const Node& node, const Json& value, Json* out, bool produced, std::size_t mark);
  void walk_in_resource(const Node& node, const Json& value, Json* out);
  void walk_tracked(const Node& node, const Json& value, Json* out, std::size_t mark);
  void check_types_and_values(const Node& node, const Json& value, bool& stop);
  void check_number_value(const Node& node, const Json& value);
  bool walk_compositions(const Node& node, const Json& value, Json* out);
  bool walk_any_of(const std::vector<NodePtr>& alternatives, const Json& value, Json* out);
  bool walk_one_of(const std::vector<NodePtr>& alternatives, const Json& value, Json* out);
  bool walk_discriminated(const Discriminator& discriminator, const Json& value, Json* out);
  void walk_not(const Node& excluded, const Json& value);
  bool accepts(const Node& node, const Json& value, Json* out, std::vector<Issue>* issues);

  // validate_applicators.cpp: keywords that need the dynamic scope or the annotations.
  const Node* dynamic_target(const Reference& ref) const;
  void walk_conditional(const Node& node, const Json& value);
  void walk_dependencies(const ObjectRules& rules, const Json& value);
  void walk_contains(const ArrayRules& rules, const Json& value, Evaluated* marks);
  void walk_unevaluated(const Node& node, const Json& value, Json* out, Evaluated& own);
  /// The annotations being collected for `value`, or null when nobody collects them.
  [[nodiscard]] Evaluated* tracking(const Json& value) const {
    return evaluated_ != nullptr && evaluated_->instance == &value ? evaluated_ : nullptr;
  }

  void walk_array(const ArrayRules& rules, const Json& value, Json* out);
  void check_unique(const Json& value);
  void walk_object(const ObjectRules& rules, const Json& value, Json* out);
  void walk_member(const ObjectRules& rules, const std::string& key, const Json& member,
                   Json* out, std::vector<std::string>& unknown);
  bool walk_matching_member(const ObjectRules& rules, const std::string& key, const Json& member,
                            Json* out, std::vector<std::string>& unknown);
  bool walk_matching_schemas(const ObjectRules& rules, const std::string& key, const Json& member,
                             Json* out, std::vector<std::string>& unknown);
  void walk_property_name(const Node& names, const std::string& key);
  void add_missing(const ObjectRules& rules, const Json& value, Json* out);

  IssueSink& sink_;
  std::size_t max_depth_;
  std::size_t frames_ = 0;
  std::vector<const SchemaResource*>
      scope_;                       // the dynamic scope: resources entered, outermost first
  Evaluated* evaluated_ = nullptr;  // the innermost annotation collector
};

}  // namespace accord::schema::detail
