#include "accord/schema/validate.hpp"

#include <cmath>
#include <limits>
#include <string>

#include "accord/schema/detail/checks.hpp"
#include "json_reader.hpp"
#include "number_text.hpp"
#include "validator.hpp"

namespace accord::schema {
namespace detail {
namespace {

// Schema recursion (references, unions) may revisit a value several times per level of the
// value; this many walker frames per allowed level still bounds the stack.
constexpr std::size_t kFramesPerLevel = 8;

// Decrements the frame count when a walk returns.
class FrameGuard {
 public:
  explicit FrameGuard(std::size_t& frames) : frames_(frames) {}
  ~FrameGuard() { --frames_; }
  FrameGuard(const FrameGuard&) = delete;
  FrameGuard& operator=(const FrameGuard&) = delete;

 private:
  std::size_t& frames_;
};

bool is_integral(double value) { return std::isfinite(value) && std::trunc(value) == value; }

// The JSON type of a value; a float with no fraction counts as an integer, as in JSON Schema.
JsonType type_of(const Json& value) {
  switch (value.type()) {
    case Json::value_t::null: return JsonType::null;
    case Json::value_t::boolean: return JsonType::boolean;
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned: return JsonType::integer;
    case Json::value_t::number_float:
      return is_integral(value.get<double>()) ? JsonType::integer : JsonType::number;
    case Json::value_t::string: return JsonType::string;
    case Json::value_t::array: return JsonType::array;
    default: return JsonType::object;
  }
}

bool in_values(const std::vector<Json>& allowed, const Json& value) {
  for (const auto& candidate : allowed) {
    if (json_equal(candidate, value)) return true;
  }
  return false;
}

}  // namespace

// Composition keywords and refinements: what walk_body does after the value's own rules.
ACCORD_ALWAYS_INLINE void Validator::walk_tail(const Node& node, const Json& value, Json* out,
                                               bool produced, std::size_t mark) {
  const bool composed = walk_compositions(node, value, produced ? nullptr : out);
  if (sink_.fatal()) return;
  if (out != nullptr && !produced && !composed) *out = value;

  if (sink_.count() != mark) return;
  for (const auto& refinement : node.refinements) {
    if (refinement.check && !refinement.check(value)) report_refinement(sink_, refinement);
  }
}

// The checks of one node, inlined into walk(), the hot path.
ACCORD_ALWAYS_INLINE void Validator::walk_body(const Node& node, const Json& value, Json* out) {
  if (node.never) return report_type(sink_, "never", json_type_name(type_of(value)));
  if (node.nullable && value.is_null()) {
    if (out != nullptr) *out = value;
    return;
  }
  bool stop = false;
  check_types_and_values(node, value, stop);
  if (stop || sink_.fatal()) return;

  const std::size_t mark = sink_.count();
  bool produced = false;
  if (node.string && value.is_string()) {
    check_string(*node.string, value.get_ref<const std::string&>(), sink_);
  }
  if (node.number && value.is_number()) check_number_value(node, value);
  if (node.array && value.is_array()) {
    if (node.array->unevaluated) [[unlikely]] {
      return walk_tracked(node, value, out, mark);
    }
    walk_array(*node.array, value, out);
    produced = true;
  } else if (node.object && value.is_object()) {
    if (node.object->unevaluated) [[unlikely]] {
      return walk_tracked(node, value, out, mark);
    }
    walk_object(*node.object, value, out);
    produced = true;
  }
  if (sink_.fatal()) return;
  walk_tail(node, value, out, produced, mark);
}

void Validator::walk(const Node& node, const Json& value, Json* out) {
  if (!enter()) return;
  FrameGuard guard(frames_);

  // Entering another schema resource extends the dynamic scope ("$dynamicRef"); only schemas
  // read from a document that uses $dynamicRef have a resource.
  if (node.identity.resource != nullptr) [[unlikely]] {
    return walk_in_resource(node, value, out);
  }
  walk_body(node, value, out);
}

void Validator::walk_in_resource(const Node& node, const Json& value, Json* out) {
  const SchemaResource* resource = node.identity.resource;
  const bool enters = scope_.empty() || scope_.back() != resource;
  if (enters) scope_.push_back(resource);
  walk_body(node, value, out);
  if (enters) scope_.pop_back();
}

// walk_body for an object or array under unevaluatedProperties / unevaluatedItems: the other
// keywords mark what they evaluate, then the unevaluated schema takes the rest.
void Validator::walk_tracked(const Node& node, const Json& value, Json* out, std::size_t mark) {
  Evaluated own{&value, std::vector<char>(value.size(), 0)};
  Evaluated* outer = evaluated_;
  evaluated_ = &own;
  if (value.is_array()) {
    walk_array(*node.array, value, out);
  } else {
    walk_object(*node.object, value, out);
  }
  if (!sink_.fatal()) walk_tail(node, value, out, true, mark);
  if (!sink_.fatal()) walk_unevaluated(node, value, out, own);
  evaluated_ = outer;

  // What this node evaluated, the node around it (same value) evaluated through it.
  if (outer != nullptr && outer->instance == &value) {
    for (std::size_t i = 0; i < own.marks.size(); ++i) outer->marks[i] |= own.marks[i];
  }
}

bool Validator::enter() {
  ++frames_;
  if (sink_.depth() <= max_depth_ && frames_ <= max_depth_ * kFramesPerLevel) return true;

  Issue issue;
  issue.code = IssueCode::too_deep;
  issue.path = sink_.path();
  issue.message = "Input nests deeper than " + std::to_string(max_depth_) + " levels";
  sink_.set_fatal(std::move(issue));
  --frames_;
  return false;
}

void Validator::check_types_and_values(const Node& node, const Json& value, bool& stop) {
  const JsonType type = type_of(value);
  const bool finite = !value.is_number_float() || std::isfinite(value.get<double>());
  if (!node.types.allows(type) || !finite) {
    report_type(sink_, expected_type_name(node), finite ? json_type_name(type) : "NaN");
    stop = true;
    return;
  }
  if (node.const_value && !json_equal(*node.const_value, value)) {
    report_invalid_value(sink_, {*node.const_value}, value);
    stop = true;
  } else if (node.enum_values && !in_values(*node.enum_values, value)) {
    report_invalid_value(sink_, *node.enum_values, value);
    stop = true;
  }
}

void Validator::check_number_value(const Node& node, const Json& value) {
  const NumberRules& rules = *node.number;
  if (value.is_number_unsigned()) {
    const auto number = value.get<std::uint64_t>();
    if (number <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
      return check_integer(rules, static_cast<std::int64_t>(number), sink_);
    }
    return check_unsigned(rules, number, sink_);
  }
  if (value.is_number_integer()) return check_integer(rules, value.get<std::int64_t>(), sink_);

  // A float bound to a C++ integer type is checked as that integer when it has no fraction.
  const double number = value.get<double>();
  constexpr double kInt64Limit = 9223372036854775808.0;  // 2^63
  if (!rules.range || !is_integral(number)) return check_number(rules, number, sink_);
  if (number >= -kInt64Limit && number < kInt64Limit) {
    return check_integer(rules, static_cast<std::int64_t>(number), sink_);
  }
  report_integer_overflow(rules, format_number(number), number < 0, sink_);
}

// Composition keywords; returns true when one of them produced the coerced value.
bool Validator::walk_compositions(const Node& node, const Json& value, Json* out) {
  bool produced = false;
  if (node.ref && node.ref->resolve) {
    const Node* target =
        node.ref->dynamic_anchor.empty() ? node.ref->resolve() : dynamic_target(*node.ref);
    if (target != nullptr) {
      walk(*target, value, out);
      produced = out != nullptr;
    }
  }
  for (const auto& part : node.all_of) {
    if (part && !sink_.fatal()) walk(*part, value, nullptr);
  }
  Json* union_out = produced ? nullptr : out;
  if (node.discriminator) {
    produced = walk_discriminated(*node.discriminator, value, union_out) || produced;
  } else {
    if (!node.any_of.empty()) produced = walk_any_of(node.any_of, value, union_out) || produced;
    if (!node.one_of.empty()) produced = walk_one_of(node.one_of, value, union_out) || produced;
  }
  if (node.not_schema && !sink_.fatal()) walk_not(*node.not_schema, value);
  if (node.if_schema && !sink_.fatal()) walk_conditional(node, value);
  return produced;
}

// Walks `node` into a scratch sink position; true when it added no issue. The issues it
// found are moved into `issues` when given, else dropped.
bool Validator::accepts(const Node& node, const Json& value, Json* out,
                        std::vector<Issue>* issues) {
  const std::size_t mark = sink_.count();
  walk(node, value, out);
  if (sink_.fatal()) return false;

  const bool ok = sink_.count() == mark;
  auto found = sink_.take_since(mark);
  if (issues != nullptr) *issues = std::move(found);
  return ok;
}

bool Validator::walk_any_of(const std::vector<NodePtr>& alternatives, const Json& value,
                            Json* out) {
  // Annotations (for unevaluated*) come from every alternative that matches, so then all of
  // them are tried; otherwise the first match decides.
  Evaluated* marks = tracking(value);
  std::vector<std::vector<Issue>> failures;
  bool matched = false;
  for (const auto& alternative : alternatives) {
    if (!alternative) continue;
    Json candidate;
    std::vector<Issue> issues;
    std::vector<char> saved;
    if (marks != nullptr) saved = marks->marks;
    Json* slot = out != nullptr && !matched ? &candidate : nullptr;
    if (accepts(*alternative, value, slot, &issues)) {
      if (slot != nullptr) *out = std::move(candidate);
      matched = true;
      if (marks == nullptr) break;
      continue;
    }
    if (marks != nullptr) marks->marks = std::move(saved);
    if (sink_.fatal()) return false;
    if (!matched) failures.push_back(std::move(issues));
  }
  if (matched) return out != nullptr;
  report_invalid_union(sink_, std::move(failures));
  return false;
}

bool Validator::walk_one_of(const std::vector<NodePtr>& alternatives, const Json& value,
                            Json* out) {
  Evaluated* marks = tracking(value);
  std::vector<std::vector<Issue>> failures;
  std::vector<const Node*> matched;  // filled only once a second alternative matches
  const Node* first = nullptr;
  std::size_t matches = 0;
  Json chosen;
  for (const auto& alternative : alternatives) {
    if (!alternative) continue;
    Json candidate;
    std::vector<Issue> issues;
    std::vector<char> saved;
    if (marks != nullptr) saved = marks->marks;
    if (accepts(*alternative, value, out != nullptr ? &candidate : nullptr, &issues)) {
      if (++matches == 1) {
        chosen = std::move(candidate);
        first = alternative.get();
      } else {
        if (matched.empty()) matched.push_back(first);
        matched.push_back(alternative.get());
      }
    } else {
      if (marks != nullptr) marks->marks = std::move(saved);
      if (sink_.fatal()) return false;
      failures.push_back(std::move(issues));
    }
  }
  if (matches == 0) report_invalid_union(sink_, std::move(failures));
  if (matches > 1) report_ambiguous_union(sink_, matched);
  if (matches != 1 || out == nullptr) return false;
  *out = std::move(chosen);
  return true;
}

bool Validator::walk_discriminated(const Discriminator& discriminator, const Json& value,
                                   Json* out) {
  if (!value.is_object()) {
    report_type(sink_, "object", json_type_name(type_of(value)));
    return false;
  }
  const auto tag_it = value.find(discriminator.property);
  const bool has_tag = tag_it != value.end() && tag_it->is_string();
  const std::string_view tag = has_tag ? std::string_view(tag_it->get_ref<const std::string&>())
                                       : std::string_view();
  for (const auto& [name, alternative] : discriminator.mapping) {
    if (!has_tag || name != tag || !alternative) continue;
    walk(*alternative, value, out);
    return out != nullptr;
  }
  report_unknown_tag(sink_, discriminator, has_tag ? &tag : nullptr);
  return false;
}

void Validator::walk_not(const Node& excluded, const Json& value) {
  // What the excluded schema evaluated is never an annotation of this one.
  Evaluated* marks = tracking(value);
  std::vector<char> saved;
  if (marks != nullptr) saved = marks->marks;
  const bool matched = accepts(excluded, value, nullptr, nullptr);
  if (marks != nullptr) marks->marks = std::move(saved);
  if (!matched || sink_.fatal()) return;
  report_excluded(sink_, excluded, value);
}

}  // namespace detail

std::vector<Issue> validate(const Node& schema, const Json& value) {
  IssueSink sink;
  detail::Validator(sink, JsonLimits{}.max_depth).walk(schema, value, nullptr);
  return sink.take();
}

namespace {

Result<Json> coerce_with(const Node& schema, const Json& value, std::size_t max_depth) {
  IssueSink sink;
  Json out;
  detail::Validator(sink, max_depth).walk(schema, value, &out);
  if (!sink.empty()) return sink.take();
  return out;
}

}  // namespace

Result<Json> coerce(const Node& schema, const Json& value) {
  return coerce_with(schema, value, JsonLimits{}.max_depth);
}

Result<Json> parse_json(const Node& schema, std::string_view text, const JsonLimits& limits) {
  auto read = detail::read_json_outcome(text, limits);

  // A repeated key makes the document ambiguous (parsers disagree on which value counts), so
  // it is malformed input reported on its own, as the typed parse does.
  if (read.fatal || !read.issues.empty()) return std::move(read.issues);
  return coerce_with(schema, read.value, limits.max_depth);
}

}  // namespace accord::schema
