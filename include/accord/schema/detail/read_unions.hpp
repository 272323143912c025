#pragma once
/// @file
/// Typed readers for unions (each alternative tried on the value's own bytes) and
/// discriminated unions (the tag picks the alternative, read in the same pass).

#include <algorithm>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "accord/schema/detail/read_context.hpp"
#include "accord/schema/detail/read_object.hpp"
#include "accord/schema/typed/union_schema.hpp"

namespace accord::schema {

namespace detail {

// The bytes of `value` (which is consumed), so that alternatives can each read them again.
template <class V>
bool raw_slice(V& value, std::string_view& slice, ReadContext& ctx) {
  od::json_type type{};
  simdjson::error_code error = value.type().get(type);
  if (!error && type == od::json_type::object) {
    od::object object;
    if (!(error = value.get_object().get(object))) error = object.raw_json().get(slice);
  } else if (!error && type == od::json_type::array) {
    od::array array;
    if (!(error = value.get_array().get(array))) error = array.raw_json().get(slice);
  } else if (!error) {
    slice = std::string_view(value.raw_json_token());
    if constexpr (std::is_same_v<V, od::value>) {
      skip_value(value, ctx);
    } else {
      // A scalar document: consume it so that the end-of-input check sees the end.
      std::string_view text;
      double number = 0;
      bool flag = false;
      if (type == od::json_type::string) error = value.get_string().get(text);
      if (type == od::json_type::number) error = value.get_double().get(number);
      if (type == od::json_type::boolean) error = value.get_bool().get(flag);
      if (type == od::json_type::null) error = value.is_null().error();
    }
  }
  if (error) ctx.json_error(error);
  return !error && !ctx.fatal();
}

// Reads `slice` (bytes of the input) with `schema`, using the next nesting level's parser.
template <class S>
void read_slice(const S& schema, std::string_view slice, typename S::value_type& out,
                ReadContext& ctx) {
  od::parser& parser = ctx.nested_parser();
  ctx.begin_nested();
  od::document document;
  if (auto error = parser.iterate(slice.data(), slice.size(), ctx.capacity_from(slice.data()))
                       .get(document)) {
    ctx.json_error(error);
  } else {
    ondemand_read(schema, document, out, ctx);
  }
  ctx.end_nested();
}

template <std::size_t I, class Options, class Values>
void try_alternative(const Options& options, std::string_view slice, Values& out,
                     std::size_t& matches, bool exclusive, std::size_t mark,
                     std::vector<std::vector<Issue>>& failures, ReadContext& ctx) {
  if (ctx.fatal() || (matches > 0 && !exclusive)) return;
  const auto& option = std::get<I>(options);
  typename std::decay_t<decltype(option)>::value_type candidate{};
  read_slice(option, slice, candidate, ctx);
  if (ctx.fatal()) return;
  auto issues = ctx.sink().take_since(mark);
  if (!issues.empty()) {
    failures.push_back(std::move(issues));
    return;
  }
  if (matches++ == 0) out.template emplace<I>(std::move(candidate));
}

// Finds the discriminator's string value by key (escaped keys included; the last occurrence
// wins, as in the DOM). `found` is false when the property is absent or not a string.
inline bool find_tag(od::object& object, std::string_view property, std::string_view& tag,
                     bool& found, ReadContext& ctx) {
  for (auto field_result : object) {
    od::field field;
    std::string_view key;
    if (auto error = std::move(field_result).get(field);
        error || (error = field_key(field, ctx.input_end(), key))) {
      ctx.json_error(error);
      return false;
    }
    if (key != property) continue;
    found = !field.value().get_string().get(tag);
  }
  return true;
}

}  // namespace detail

/// Reads a union: the first alternative without issues wins (anyOf); exclusive unions need
/// exactly one (oneOf). When none fits, one invalid_union issue holds each one's issues.
template <class V, class... S>
void ondemand_read(const UnionSchema<S...>& schema, V& value,
                   std::variant<typename S::value_type...>& out, detail::ReadContext& ctx) {
  std::string_view slice;
  if (!detail::raw_slice(value, slice, ctx)) return;
  const std::size_t mark = ctx.sink().count();
  std::size_t matches = 0;
  std::vector<std::vector<Issue>> failures;
  [&]<std::size_t... I>(std::index_sequence<I...>) {
    (detail::try_alternative<I>(schema.options(), slice, out, matches, schema.is_exclusive(), mark,
                                failures, ctx),
     ...);
  }(std::index_sequence_for<S...>{});
  if (ctx.fatal()) return;
  if (matches == 0) {
    detail::report_invalid_union(ctx.sink(), std::move(failures));
  } else if (matches > 1) {
    detail::report_ambiguous_union(ctx.sink(), matches);
  } else {
    run_refinements(schema, out, ctx.sink());
  }
}

/// Reads a discriminated union: the tag property picks the alternative.
template <class V, class... S>
void ondemand_read(const DiscriminatedUnionSchema<S...>& schema, V& value,
                   std::variant<typename S::value_type...>& out, detail::ReadContext& ctx) {
  detail::od::object object;
  if (auto error = value.get_object().get(object)) {
    return detail::report_get_error(error, value, schema.node(), ctx);
  }
  std::string_view tag;
  bool has_tag = false;
  if (!detail::find_tag(object, schema.property(), tag, has_tag, ctx)) return;
  std::size_t index = schema.tags().size();
  for (std::size_t i = 0; has_tag && i < schema.tags().size(); ++i) {
    if (schema.tags()[i] == tag) index = i;
  }
  if (auto reset_error = object.reset().error()) return ctx.json_error(reset_error);
  const auto error = has_tag ? simdjson::SUCCESS : simdjson::NO_SUCH_FIELD;
  if (index == schema.tags().size()) {
    detail::report_unknown_tag(ctx.sink(), *schema.node().discriminator,
                               error ? nullptr : &tag);
    return detail::skip_object(object, ctx);
  }
  const std::size_t mark = ctx.sink().count();
  [&]<std::size_t... I>(std::index_sequence<I...>) {
    (void)((index == I ? (ondemand_read_object(std::get<I>(schema.options()), object,
                                         out.template emplace<I>(), ctx),
                    true)
                 : false) ||
     ...);
  }(std::index_sequence_for<S...>{});
  if (ctx.sink().count() == mark) run_refinements(schema, out, ctx.sink());
}

}  // namespace accord::schema

#include "accord/schema/typed/intersection_schema.hpp"

namespace accord::schema {

/// Reads an intersection: each part reads the value's bytes into its base of T.
template <class V, class T, class A, class B>
void ondemand_read(const IntersectionSchema<T, A, B>& schema, V& value, T& out,
                   detail::ReadContext& ctx) {
  std::string_view slice;
  if (!detail::raw_slice(value, slice, ctx)) return;
  const std::size_t mark = ctx.sink().count();
  detail::read_slice(schema.first(), slice, static_cast<typename A::value_type&>(out), ctx);
  if (ctx.fatal()) return;
  const std::size_t second_mark = ctx.sink().count();
  detail::read_slice(schema.second(), slice, static_cast<typename B::value_type&>(out), ctx);
  if (ctx.fatal()) return;

  // Both parts read the same bytes: a duplicate key is one issue, not one per part.
  auto second_issues = ctx.sink().take_since(second_mark);
  for (auto& issue : second_issues) {
    const auto& first_issues = ctx.sink().issues();
    const bool repeated = issue.code == IssueCode::duplicate_key &&
        std::find(first_issues.begin() + static_cast<std::ptrdiff_t>(mark), first_issues.end(),
                  issue) != first_issues.end();
    if (!repeated) ctx.sink().add(issue.code, {}) = std::move(issue);
  }
  if (ctx.sink().count() == mark) run_refinements(schema, out, ctx.sink());
}

}  // namespace accord::schema
