#pragma once
/// @file
/// parse<T>(bytes): JSON text straight into T in one pass (simdjson On-Demand), checked
/// against T's schema, with every issue reported. Include this header only in the translation
/// units that parse: it brings in simdjson.

#include <simdjson.h>

#include <algorithm>
#include <string_view>
#include <vector>

#include "accord/schema.hpp"
#include "accord/schema/detail/read_containers.hpp"
#include "accord/schema/detail/read_context.hpp"
#include "accord/schema/detail/read_object.hpp"
#include "accord/schema/detail/read_scalars.hpp"
#include "accord/schema/detail/read_unions.hpp"

namespace accord::schema {

namespace detail {

/// Per-thread parse state, reused so that a parse allocates only what its result holds.
struct ThreadParseState {
  od::parser parser;
  ParserPool nested;
  std::vector<char> buffer;
  IssueSink sink;
};

inline ThreadParseState& thread_parse_state() {
  thread_local ThreadParseState state;
  return state;
}

// simdjson says what is wrong; the DOM reader also says where (line, column, offset).
inline void locate_json_error(std::vector<Issue>& issues, std::string_view text,
                              const JsonLimits& limits) {
  if (issues.size() != 1 || issues.front().code != IssueCode::invalid_json) return;
  auto dom = read_json(text, limits);
  for (const auto& issue : dom.issues()) {
    if (issue.code == IssueCode::invalid_json || issue.code == IssueCode::too_deep) {
      issues.front() = issue;
      return;
    }
  }
}

// A document with a repeated key is ambiguous (parsers disagree on which value counts), so it
// is malformed input: its duplicate_key issues are reported alone, as the DOM reader does.
inline void keep_only_duplicates(std::vector<Issue>& issues) {
  const auto is_duplicate = [](const Issue& issue) {
    return issue.code == IssueCode::duplicate_key;
  };
  if (std::any_of(issues.begin(), issues.end(), is_duplicate)) {
    std::erase_if(issues, [&](const Issue& issue) { return !is_duplicate(issue); });
  }
}

}  // namespace detail

/// Parses `text` with `schema`: the value, or every issue (an invalid_json issue alone when the
/// text is not JSON). Never throws on bad input.
template <class S>
Result<typename S::value_type> parse_with(const S& schema, std::string_view text,
                                          const JsonLimits& limits = {}) {
  auto& state = detail::thread_parse_state();
  state.buffer.resize(text.size() + simdjson::SIMDJSON_PADDING);
  if (!text.empty()) std::memcpy(state.buffer.data(), text.data(), text.size());
  std::memset(state.buffer.data() + text.size(), 0, simdjson::SIMDJSON_PADDING);

  state.sink.reset();
  detail::ReadContext ctx(limits, state.buffer.data() + state.buffer.size(), state.nested,
                          state.sink);
  typename S::value_type value{};
  detail::od::document document;
  if (auto error = state.parser.iterate(state.buffer.data(), text.size(), state.buffer.size())
                       .get(document)) {
    ctx.json_error(error);
  } else {
    ondemand_read(schema, document, value, ctx);
    // Past the last value the location is out of bounds; anything else is trailing content.
    if (!ctx.fatal() && document.current_location().error() != simdjson::OUT_OF_BOUNDS) {
      ctx.json_error(simdjson::TRAILING_CONTENT);
    }
  }

  if (ctx.sink().empty()) return value;
  auto issues = ctx.sink().take();
  detail::locate_json_error(issues, text, limits);
  detail::keep_only_duplicates(issues);
  return issues;
}

/// Parses `text` into T with T's schema (schema_of<T>()).
///
///     auto result = accord::schema::parse<CreateUserRequest>(body);
///     if (!result) return problem(result.issues());
template <class T>
Result<T> parse(std::string_view text, const JsonLimits& limits = {}) {
  return parse_with(schema_of<T>(), text, limits);
}

}  // namespace accord::schema
