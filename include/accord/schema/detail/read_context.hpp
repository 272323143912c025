#pragma once
/// @file
/// The state of one typed parse over simdjson On-Demand, and the helpers every reader uses.
/// Included only through <accord/schema/parse.hpp>.

#include <simdjson.h>

#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "accord/schema/detail/checks.hpp"
#include "accord/schema/issue_sink.hpp"
#include "accord/schema/json_text.hpp"

namespace accord::schema::detail {

namespace od = simdjson::ondemand;

/// Parsers for re-reading parts of the input (union alternatives), one per nesting level, kept
/// per thread so that a parse allocates nothing after warm-up.
class ParserPool {
 public:
  od::parser& at(std::size_t level) {
    while (parsers_.size() <= level) parsers_.push_back(std::make_unique<od::parser>());
    return *parsers_[level];
  }

 private:
  std::vector<std::unique_ptr<od::parser>> parsers_;
};

/// Everything one parse carries down: issues, limits, depth, and the padded input's end.
class ReadContext {
 public:
  /// `sink` must be empty; it is reused across parses so that its storage is allocated once.
  ReadContext(const JsonLimits& limits, const char* input_end, ParserPool& pool, IssueSink& sink)
      : sink_(sink), limits_(limits), input_end_(input_end), pool_(pool) {}

  IssueSink& sink() noexcept { return sink_; }
  [[nodiscard]] bool fatal() const noexcept { return sink_.fatal(); }
  [[nodiscard]] const JsonLimits& limits() const noexcept { return limits_; }

  /// The input is not JSON: one invalid_json issue replaces the others (located later).
  void json_error(simdjson::error_code code) {
    if (fatal()) return;
    Issue issue;
    issue.code = IssueCode::invalid_json;
    issue.message = std::string("Invalid JSON: ") + simdjson::error_message(code);
    sink_.set_fatal(std::move(issue));
  }

  /// Steps into an array or object; false (and a too_deep issue) past the depth limit.
  bool enter() {
    if (++depth_ <= limits_.max_depth) return true;
    if (!fatal()) {
      Issue issue;
      issue.code = IssueCode::too_deep;
      issue.message = "Input nests deeper than " + std::to_string(limits_.max_depth) + " levels";
      issue.path = sink_.path();
      sink_.set_fatal(std::move(issue));
    }
    return false;
  }
  void leave() noexcept { --depth_; }

  /// A parser for re-reading a slice of the input one level deeper than the current one.
  od::parser& nested_parser() { return pool_.at(nesting_); }
  void begin_nested() noexcept { ++nesting_; }
  void end_nested() noexcept { --nesting_; }

  /// The end of the padded input buffer.
  [[nodiscard]] const char* input_end() const noexcept { return input_end_; }

  /// How many bytes may be read from `start` on (the input is padded up to input_end).
  [[nodiscard]] std::size_t capacity_from(const char* start) const noexcept {
    return static_cast<std::size_t>(input_end_ - start);
  }

 private:
  IssueSink& sink_;
  const JsonLimits& limits_;
  const char* input_end_;
  ParserPool& pool_;
  std::size_t depth_ = 0;
  std::size_t nesting_ = 0;
};

/// The name issues use for the JSON type of `value` ("string", "number", ...).
template <class V>
std::string_view received_type(V& value) {
  od::json_type type{};
  if (value.type().get(type)) return "invalid";
  switch (type) {
    case od::json_type::array:
      return json_type_name(JsonType::array);
    case od::json_type::object:
      return json_type_name(JsonType::object);
    case od::json_type::number:
      return json_type_name(JsonType::number);
    case od::json_type::string:
      return json_type_name(JsonType::string);
    case od::json_type::boolean:
      return json_type_name(JsonType::boolean);
    case od::json_type::null:
      return json_type_name(JsonType::null);
  }
  return "invalid";
}

void skip_value(od::value& value, ReadContext& ctx);

/// Checks that a value of the wrong type is still well-formed JSON (an invalid literal such as
/// `tru` is bad JSON, not a boolean), consuming it.
template <class V>
void skip_mismatched(V& value, ReadContext& ctx) {
  if constexpr (std::is_same_v<V, od::value>) {
    skip_value(value, ctx);
  } else {
    od::value root;
    if (!value.get_value().get(root)) return skip_value(root, ctx);
    od::json_type type{};
    if (auto error = value.type().get(type)) return ctx.json_error(error);
    simdjson::error_code error = simdjson::SUCCESS;
    std::string_view text;
    bool flag = false;
    double number = 0;
    if (type == od::json_type::string) error = value.get_string().get(text);
    if (type == od::json_type::boolean) error = value.get_bool().get(flag);
    if (type == od::json_type::null) error = value.is_null().get(flag);
    if (type == od::json_type::number) error = value.get_double().get(number);
    if (!error && type == od::json_type::null && !flag) error = simdjson::N_ATOM_ERROR;
    if (error) ctx.json_error(error);
  }
}

/// After a failed get_*(): a wrong type is an invalid_type issue; anything else is bad JSON.
template <class V>
void report_get_error(simdjson::error_code error, V& value, const Node& node, ReadContext& ctx) {
  if (error != simdjson::INCORRECT_TYPE) return ctx.json_error(error);
  report_type(ctx.sink(), expected_type_name(node), received_type(value));
  skip_mismatched(value, ctx);
}

/// True when `value` is the JSON literal null (consuming it); bad JSON is reported.
template <class V>
bool take_null(V& value, ReadContext& ctx) {
  bool is_null = false;
  if (auto error = value.is_null().get(is_null)) {
    ctx.json_error(error);
    return false;
  }
  return is_null;
}

/// The key of an object field without copying it when it holds no escape sequence.
inline simdjson::error_code field_key(od::field& field, const char* input_end,
                                      std::string_view& key) {
  const char* raw = reinterpret_cast<const char*>(field.key().raw());
  const auto limit = static_cast<std::size_t>(input_end - raw);
  const void* quote = std::memchr(raw, '"', limit);
  if (quote != nullptr) {
    const auto length = static_cast<std::size_t>(static_cast<const char*>(quote) - raw);
    if (std::memchr(raw, '\\', length) == nullptr) {
      key = std::string_view(raw, length);
      return simdjson::SUCCESS;
    }
  }
  return field.unescaped_key().get(key);
}

/// True when `token` is an integer literal (an optional minus and digits only).
inline bool is_integer_literal(std::string_view token) {
  while (!token.empty() && (token.back() == ' ' || token.back() == '\n' || token.back() == '\r' ||
                            token.back() == '\t')) {
    token.remove_suffix(1);
  }
  if (!token.empty() && token.front() == '-') token.remove_prefix(1);
  // JSON allows no leading zero: "0" or a digit 1-9 and more digits.
  if (token.empty() || (token.front() == '0' && token.size() > 1)) return false;
  for (char c : token) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

/// Walks a value the schema does not describe, checking that it is well-formed JSON within the
/// limits (no duplicate keys, no excess depth), so that what is dropped is still valid input.

inline void skip_object(od::object& object, ReadContext& ctx) {
  if (!ctx.enter()) return;
  std::vector<std::string_view> keys;
  for (auto field_result : object) {
    od::field field;
    std::string_view key;
    if (auto error = std::move(field_result).get(field);
        error || (error = field_key(field, ctx.input_end(), key))) {
      ctx.json_error(error);
      break;
    }
    for (auto seen : keys) {
      if (seen == key && !ctx.limits().allow_duplicate_keys) report_duplicate_key(ctx.sink(), key);
    }
    keys.push_back(key);
    ctx.sink().push(key);
    skip_value(field.value(), ctx);
    ctx.sink().pop();
    if (ctx.fatal()) break;
  }
  ctx.leave();
}

inline void skip_array(od::array& array, ReadContext& ctx) {
  if (!ctx.enter()) return;
  std::size_t index = 0;
  for (auto item_result : array) {
    od::value item;
    if (auto error = std::move(item_result).get(item)) {
      ctx.json_error(error);
      break;
    }
    ctx.sink().push(index++);
    skip_value(item, ctx);
    ctx.sink().pop();
    if (ctx.fatal()) break;
  }
  ctx.leave();
}

inline void skip_value(od::value& value, ReadContext& ctx) {
  od::json_type type{};
  if (auto error = value.type().get(type)) return ctx.json_error(error);
  simdjson::error_code error = simdjson::SUCCESS;
  switch (type) {
    case od::json_type::object: {
      od::object object;
      if ((error = value.get_object().get(object))) break;
      skip_object(object, ctx);
      return;
    }
    case od::json_type::array: {
      od::array array;
      if ((error = value.get_array().get(array))) break;
      skip_array(array, ctx);
      return;
    }
    case od::json_type::string: {
      std::string_view text;
      error = value.get_string().get(text);
      break;
    }
    case od::json_type::number: {
      od::number number;
      error = value.get_number().get(number);
      // Integers beyond 64 bits are valid JSON (the DOM keeps them as doubles).
      if (error && is_integer_literal(value.raw_json_token())) error = simdjson::SUCCESS;
      break;
    }
    case od::json_type::boolean: {
      bool flag = false;
      error = value.get_bool().get(flag);
      break;
    }
    case od::json_type::null: {
      bool is_null = false;
      error = value.is_null().get(is_null);
      if (!error && !is_null) error = simdjson::N_ATOM_ERROR;
      break;
    }
  }
  if (error) ctx.json_error(error);
}

}  // namespace accord::schema::detail
