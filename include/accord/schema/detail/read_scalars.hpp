#pragma once
/// @file
/// Typed readers for strings, numbers, booleans, literals and enums (simdjson On-Demand).
/// Each reader checks the value with the same leaf checks as the DOM validator.

#include <cmath>
#include <limits>

#include "accord/schema/detail/read_context.hpp"
#include "accord/schema/typed/boolean_schema.hpp"
#include "accord/schema/typed/enum_schema.hpp"
#include "accord/schema/typed/number_schema.hpp"
#include "accord/schema/typed/string_schema.hpp"

namespace accord::schema {

namespace detail {

// Enum and const checks on a string value, shared by string, literal and enum readers.
inline void check_string_choices(const Node& node, std::string_view text, IssueSink& sink) {
  if (node.enum_values) {
    for (const auto& allowed : *node.enum_values) {
      if (allowed.is_string() && allowed.get_ref<const std::string&>() == text) return;
    }
    report_invalid_value(sink, *node.enum_values, Json(std::string(text)));
  }
  if (node.const_value && !(node.const_value->is_string() &&
                            node.const_value->get_ref<const std::string&>() == text)) {
    report_invalid_value(sink, {*node.const_value}, Json(std::string(text)));
  }
}

// Reads a string value and runs the string checks; false when it was not a string.
template <class V>
bool read_checked_string(const Node& node, V& value, std::string_view& text, ReadContext& ctx) {
  if (auto error = value.get_string().get(text)) {
    report_get_error(error, value, node, ctx);
    return false;
  }
  if (node.string) check_string(*node.string, text, ctx.sink());
  check_string_choices(node, text, ctx.sink());
  return true;
}

}  // namespace detail

/// Reads a string.
template <class V>
void ondemand_read(const StringSchema& schema, V& value, std::string& out,
                   detail::ReadContext& ctx) {
  const std::size_t mark = ctx.sink().count();
  std::string_view text;
  if (!detail::read_checked_string(schema.node(), value, text, ctx)) return;
  out.assign(text.data(), text.size());
  if (ctx.sink().count() == mark) run_refinements(schema, out, ctx.sink());
}

/// Reads a literal string.
template <class V>
void ondemand_read(const LiteralSchema& schema, V& value, std::string& out,
                   detail::ReadContext& ctx) {
  std::string_view text;
  const std::size_t mark = ctx.sink().count();
  if (!detail::read_checked_string(schema.node(), value, text, ctx)) return;
  out.assign(text.data(), text.size());
  if (ctx.sink().count() == mark) run_refinements(schema, out, ctx.sink());
}

/// Reads an enum from its wire name.
template <class V, class E>
void ondemand_read(const EnumSchema<E>& schema, V& value, E& out, detail::ReadContext& ctx) {
  std::string_view text;
  const std::size_t mark = ctx.sink().count();
  if (!detail::read_checked_string(schema.node(), value, text, ctx)) return;
  if (const E* found = schema.find(text); found != nullptr && ctx.sink().count() == mark) {
    out = *found;
    run_refinements(schema, out, ctx.sink());
  }
}

/// Reads a boolean.
template <class V>
void ondemand_read(const BooleanSchema& schema, V& value, bool& out, detail::ReadContext& ctx) {
  if (auto error = value.get_bool().get(out)) {
    return detail::report_get_error(error, value, schema.node(), ctx);
  }
  run_refinements(schema, out, ctx.sink());
}

/// Reads an integer into I, checking the range of I, bounds and multipleOf.
template <class V, class I>
void ondemand_read(const IntegerSchema<I>& schema, V& value, I& out, detail::ReadContext& ctx) {
  const Node& node = schema.node();
  const NumberRules& rules = *node.number;
  const std::size_t mark = ctx.sink().count();
  // get_number() reports a string as a malformed number: look at the type first.
  detail::od::json_type type{};
  if (auto error = value.type().get(type)) return ctx.json_error(error);
  if (type != detail::od::json_type::number) {
    return detail::report_get_error(simdjson::INCORRECT_TYPE, value, node, ctx);
  }
  detail::od::number number;
  if (auto error = value.get_number().get(number)) {
    std::string_view token = value.raw_json_token();
    if (!detail::is_integer_literal(token)) return ctx.json_error(error);
    return detail::report_integer_overflow(rules, token, token.front() == '-', ctx.sink());
  }
  switch (number.get_number_type()) {
    case simdjson::ondemand::number_type::signed_integer: {
      const std::int64_t got = number.get_int64();
      detail::check_integer(rules, got, ctx.sink());
      if (ctx.sink().count() == mark) out = static_cast<I>(got);
      break;
    }
    case simdjson::ondemand::number_type::unsigned_integer: {
      const std::uint64_t got = number.get_uint64();
      detail::check_unsigned(rules, got, ctx.sink());
      if (ctx.sink().count() == mark) out = static_cast<I>(got);
      break;
    }
    case simdjson::ondemand::number_type::floating_point_number: {
      // 1.0 is an integer in JSON Schema; 1.5 is not.
      const double got = number.get_double();
      if (std::trunc(got) != got) {
        return detail::report_type(ctx.sink(), expected_type_name(node), "number");
      }
      if (got < -9223372036854775808.0 || got >= 18446744073709551616.0) {
        return detail::report_integer_overflow(rules, value.raw_json_token(), got < 0, ctx.sink());
      }
      if (got < 0) {
        const auto whole = static_cast<std::int64_t>(got);
        detail::check_integer(rules, whole, ctx.sink());
        if (ctx.sink().count() == mark) out = static_cast<I>(whole);
      } else {
        const auto whole = static_cast<std::uint64_t>(got);
        detail::check_unsigned(rules, whole, ctx.sink());
        if (ctx.sink().count() == mark) out = static_cast<I>(whole);
      }
      break;
    }
  }
  if (ctx.sink().count() == mark) run_refinements(schema, out, ctx.sink());
}

/// Reads a floating-point number.
template <class V, class F>
void ondemand_read(const NumberSchema<F>& schema, V& value, F& out, detail::ReadContext& ctx) {
  const std::size_t mark = ctx.sink().count();
  double got = 0;
  if (auto error = value.get_double().get(got)) {
    return detail::report_get_error(error, value, schema.node(), ctx);
  }
  detail::check_number(*schema.node().number, got, ctx.sink());
  if (ctx.sink().count() != mark) return;
  out = static_cast<F>(got);
  run_refinements(schema, out, ctx.sink());
}

}  // namespace accord::schema
