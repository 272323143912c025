#pragma once
/// @file
/// The typed reader for objects bound to structs: one pass over the input's keys, each key
/// dispatched to its field, duplicates and unknown keys handled, absent fields defaulted or
/// reported.

#include <array>
#include <bitset>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "accord/schema/detail/read_context.hpp"
#include "accord/schema/typed/object_schema.hpp"

namespace accord::schema {

namespace detail {

// Reads one present field into its member, honouring the member's shape.
template <class Fld, class T>
void read_field(const Fld& field, od::value& value, T& object, ReadContext& ctx) {
  auto& member = object.*(field.member());
  if constexpr (Fld::shape == FieldShape::plain) {
    ondemand_read(field.schema(), value, member, ctx);
  } else {
    if (take_null(value, ctx)) {
      if (!field.is_nullable()) {
        return report_type(ctx.sink(), expected_type_name(*field.node()), "null");
      }
      if constexpr (Fld::shape == FieldShape::optional) {
        member.reset();
      } else {
        member.set_null();
      }
      return;
    }
    if (ctx.fatal()) return;
    ondemand_read(field.schema(), value, member.emplace(), ctx);
  }
}

// An absent field: its default, nothing, or an issue when it is required.
template <class Fld, class T>
void fill_absent(const Fld& field, T& object, ReadContext& ctx) {
  auto& member = object.*(field.member());
  if (field.default_value()) {
    member = *field.default_value();
  } else if (field.is_required()) {
    ctx.sink().push(field.name());
    report_missing(ctx.sink(), *field.node());
    ctx.sink().pop();
  }
}

template <class Schema, class T, std::size_t... I>
void read_field_at(const Schema& schema, std::size_t index, od::value& value, T& object,
                   ReadContext& ctx, std::index_sequence<I...>) {
  (void)((index == I ? (read_field(std::get<I>(schema.fields()), value, object, ctx), true)
                     : false) ||
         ...);
}

template <class Schema, class T, std::size_t... I>
void fill_absent_fields(const Schema& schema, std::uint64_t seen, T& object, ReadContext& ctx,
                        std::index_sequence<I...>) {
  ((seen & (std::uint64_t{1} << I) ? void()
                                   : fill_absent(std::get<I>(schema.fields()), object, ctx)),
   ...);
}

// Index of `key` among the declared names, starting the search where the last one matched
// (inputs usually list the keys in declared order); -1 when undeclared.
template <std::size_t N>
int find_field(const std::array<std::string_view, N>& names, std::string_view key,
               std::size_t& hint) {
  for (std::size_t step = 0; step < N; ++step) {
    std::size_t i = hint + step < N ? hint + step : hint + step - N;
    if (names[i] == key) {
      hint = i + 1 < N ? i + 1 : 0;
      return static_cast<int>(i);
    }
  }
  return -1;
}

// The raw JSON text of a value, for keeping unknown keys (passthrough).
inline Json capture_value(od::value& value, ReadContext& ctx) {
  od::json_type type{};
  std::string_view text;
  simdjson::error_code error = value.type().get(type);
  if (!error && type == od::json_type::object) {
    od::object object;
    error = value.get_object().get(object);
    if (!error) error = object.raw_json().get(text);
  } else if (!error && type == od::json_type::array) {
    od::array array;
    error = value.get_array().get(array);
    if (!error) error = array.raw_json().get(text);
  } else if (!error) {
    text = value.raw_json_token();
  }
  if (error) {
    ctx.json_error(error);
    return nullptr;
  }
  auto parsed = read_json(text, ctx.limits());
  if (!parsed.ok()) {
    for (const auto& issue : parsed.issues()) {
      if (issue.code == IssueCode::invalid_json || issue.code == IssueCode::too_deep) {
        ctx.json_error(simdjson::TAPE_ERROR);
        return nullptr;
      }
      ctx.sink().add(issue.code, issue.message, issue.expected, issue.received);
    }
    return nullptr;
  }
  return std::move(parsed).value();
}

}  // namespace detail

/// Reads the fields of an object that is already open (also used by discriminated unions).
template <class T, class... F>
void ondemand_read_object(const ObjectSchema<T, F...>& schema, detail::od::object& object, T& out,
                          detail::ReadContext& ctx) {
  const std::size_t mark = ctx.sink().count();
  if (!ctx.enter()) return;
  const UnknownKeys policy = schema.unknown_keys();
  std::uint64_t seen = 0;
  std::size_t hint = 0;
  std::vector<std::string_view> unknown;
  std::vector<std::string> unrecognized;
  Json extras;  // an object only once an unknown key is kept (no allocation otherwise)

  for (auto field_result : object) {
    detail::od::field field;
    std::string_view key;
    if (auto error = std::move(field_result).get(field);
        error || (error = detail::field_key(field, ctx.input_end(), key))) {
      ctx.json_error(error);
      break;
    }
    const int index = detail::find_field(schema.names(), key, hint);
    if (index >= 0) {
      const auto bit = std::uint64_t{1} << index;
      if ((seen & bit) && !ctx.limits().allow_duplicate_keys) {
        detail::report_duplicate_key(ctx.sink(), key);
      }
      seen |= bit;
      ctx.sink().push(schema.names()[static_cast<std::size_t>(index)]);
      detail::read_field_at(schema, static_cast<std::size_t>(index), field.value(), out, ctx,
                            std::index_sequence_for<F...>{});
      ctx.sink().pop();
    } else {
      bool repeated = false;
      for (auto other : unknown) repeated = repeated || other == key;
      if (repeated && !ctx.limits().allow_duplicate_keys) {
        detail::report_duplicate_key(ctx.sink(), key);
      }
      unknown.push_back(key);
      ctx.sink().push(key);
      if (policy == UnknownKeys::passthrough && schema.extras() != nullptr) {
        if (!extras.is_object()) extras = Json::object();
        extras[std::string(key)] = detail::capture_value(field.value(), ctx);
      } else {
        detail::skip_value(field.value(), ctx);
      }
      ctx.sink().pop();
      if (policy == UnknownKeys::strict && !repeated) unrecognized.emplace_back(key);
    }
    if (ctx.fatal()) break;
  }
  ctx.leave();
  if (ctx.fatal()) return;

  detail::fill_absent_fields(schema, seen, out, ctx, std::index_sequence_for<F...>{});
  if (!unrecognized.empty()) detail::report_unrecognized_keys(ctx.sink(), std::move(unrecognized));
  if (schema.extras() != nullptr) {
    out.*(schema.extras()) = extras.is_object() ? std::move(extras) : Json::object();
  }
  if (ctx.sink().count() == mark) run_refinements(schema, out, ctx.sink());
}

/// Reads an object into struct T.
template <class V, class T, class... F>
void ondemand_read(const ObjectSchema<T, F...>& schema, V& value, T& out,
                   detail::ReadContext& ctx) {
  detail::od::object object;
  if (auto error = value.get_object().get(object)) {
    return detail::report_get_error(error, value, schema.node(), ctx);
  }
  ondemand_read_object(schema, object, out, ctx);
}

/// Reads an open object through a reference (discriminated union alternatives).
template <class T>
void ondemand_read_object(const RefSchema<T>& schema, detail::od::object& object, T& out,
                          detail::ReadContext& ctx) {
  ondemand_read_object(schema.target(), object, out, ctx);
}

}  // namespace accord::schema
