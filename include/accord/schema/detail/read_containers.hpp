#pragma once
/// @file
/// Typed readers for nullable values, arrays, tuples, records and references.

#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "accord/schema/detail/read_context.hpp"
#include "accord/schema/typed/container_schemas.hpp"
#include "accord/schema/typed/ref_schema.hpp"

namespace accord::schema {

/// Reads null as std::nullopt, anything else with the inner schema.
template <class V, class S>
void ondemand_read(const NullableSchema<S>& schema, V& value,
                   std::optional<typename S::value_type>& out, detail::ReadContext& ctx) {
  if (detail::take_null(value, ctx)) {
    out.reset();
    return;
  }
  if (ctx.fatal()) return;
  ondemand_read(schema.inner(), value, out.emplace(), ctx);
}

/// Reads the referenced schema.
template <class V, class T>
void ondemand_read(const RefSchema<T>& schema, V& value, T& out, detail::ReadContext& ctx) {
  ondemand_read(schema.target(), value, out, ctx);
}

namespace detail {

// uniqueItems: compares the items as JSON, as the DOM validator does.
template <class S, class T>
void check_unique(const S& items, const std::vector<T>& values, IssueSink& sink) {
  std::vector<Json> seen;
  seen.reserve(values.size());
  for (const auto& value : values) seen.push_back(items.to_json(value));
  for (std::size_t i = 0; i < seen.size(); ++i) {
    for (std::size_t j = i + 1; j < seen.size(); ++j) {
      if (seen[i] == seen[j]) return report_not_unique(sink, i, j);
    }
  }
}

}  // namespace detail

/// Reads an array into std::vector, every item checked.
template <class V, class S>
void ondemand_read(const ArraySchema<S>& schema, V& value,
                   std::vector<typename S::value_type>& out, detail::ReadContext& ctx) {
  const std::size_t mark = ctx.sink().count();
  detail::od::array array;
  if (auto error = value.get_array().get(array)) {
    return detail::report_get_error(error, value, schema.node(), ctx);
  }
  if (!ctx.enter()) return;
  std::size_t index = 0;
  for (auto item_result : array) {
    detail::od::value item;
    if (auto error = std::move(item_result).get(item)) {
      ctx.json_error(error);
      break;
    }
    ctx.sink().push(index++);
    ondemand_read(schema.items(), item, out.emplace_back(), ctx);
    ctx.sink().pop();
    if (ctx.fatal()) break;
  }
  ctx.leave();
  if (ctx.fatal()) return;

  // Equal items are looked for only when every item is valid (as the DOM validator does).
  const bool items_valid = ctx.sink().count() == mark;
  const ArrayRules& rules = *schema.node().array;
  detail::check_array_size(rules, index, ctx.sink());
  if (rules.unique_items && items_valid) detail::check_unique(schema.items(), out, ctx.sink());
  if (ctx.sink().count() == mark) run_refinements(schema, out, ctx.sink());
}

namespace detail {

template <std::size_t I = 0, class Tuple, class Values>
void read_tuple_item(const Tuple& schemas, std::size_t index, od::value& item, Values& out,
                     ReadContext& ctx) {
  if constexpr (I < std::tuple_size_v<Tuple>) {
    if (index == I) return ondemand_read(std::get<I>(schemas), item, std::get<I>(out), ctx);
    read_tuple_item<I + 1>(schemas, index, item, out, ctx);
  }
}

}  // namespace detail

/// Reads a fixed-length array into std::tuple.
template <class V, class... S>
void ondemand_read(const TupleSchema<S...>& schema, V& value,
                   std::tuple<typename S::value_type...>& out, detail::ReadContext& ctx) {
  const std::size_t mark = ctx.sink().count();
  detail::od::array array;
  if (auto error = value.get_array().get(array)) {
    return detail::report_get_error(error, value, schema.node(), ctx);
  }
  if (!ctx.enter()) return;
  std::size_t index = 0;
  for (auto item_result : array) {
    detail::od::value item;
    if (auto error = std::move(item_result).get(item)) {
      ctx.json_error(error);
      break;
    }
    ctx.sink().push(index);
    if (index < sizeof...(S)) {
      detail::read_tuple_item(schema.items(), index, item, out, ctx);
    } else {
      detail::skip_value(item, ctx);
    }
    ctx.sink().pop();
    ++index;
    if (ctx.fatal()) break;
  }
  ctx.leave();
  if (ctx.fatal()) return;
  detail::check_array_size(*schema.node().array, index, ctx.sink());
  if (ctx.sink().count() == mark) run_refinements(schema, out, ctx.sink());
}

/// Reads an object as a string-keyed map.
template <class V, class S>
void ondemand_read(const RecordSchema<S>& schema, V& value,
                   std::map<std::string, typename S::value_type>& out, detail::ReadContext& ctx) {
  const std::size_t mark = ctx.sink().count();
  detail::od::object object;
  if (auto error = value.get_object().get(object)) {
    return detail::report_get_error(error, value, schema.node(), ctx);
  }
  if (!ctx.enter()) return;
  std::uint64_t count = 0;
  for (auto field_result : object) {
    detail::od::field field;
    std::string_view key;
    if (auto error = std::move(field_result).get(field);
        error || (error = detail::field_key(field, ctx.input_end(), key))) {
      ctx.json_error(error);
      break;
    }
    ++count;
    auto [slot, inserted] = out.try_emplace(std::string(key));
    if (!inserted && !ctx.limits().allow_duplicate_keys) {
      detail::report_duplicate_key(ctx.sink(), key);
    }
    ctx.sink().push(slot->first);
    ondemand_read(schema.values(), field.value(), slot->second, ctx);
    ctx.sink().pop();
    if (ctx.fatal()) break;
  }
  ctx.leave();
  if (ctx.fatal()) return;
  detail::check_object_size(*schema.node().object, count, ctx.sink());
  if (ctx.sink().count() == mark) run_refinements(schema, out, ctx.sink());
}

}  // namespace accord::schema
