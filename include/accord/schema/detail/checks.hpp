#pragma once
/// @file
/// The leaf checks shared by the typed parse and the DOM validator, so that both report the
/// same issues with the same words. Not part of the public API: names may change.

#include <cstdint>
#include <string_view>

#include "accord/schema/issue_sink.hpp"
#include "accord/schema/node.hpp"

namespace accord::schema::detail {

/// The JSON type name of a value as issues report it ("string", "number", "null", ...).
/// Integers are reported as "number", as zod does.
std::string_view json_type_name(JsonType type) noexcept;

/// invalid_type at the current path: "Invalid input: expected X, received Y".
void report_type(IssueSink& sink, std::string_view expected, std::string_view received);

/// invalid_type for a required property that is absent (received "undefined").
void report_missing(IssueSink& sink, const Node& property_schema);

/// Checks a string against lengths, pattern and format.
void check_string(const StringRules& rules, std::string_view value, IssueSink& sink);

/// Checks a number (already known to be finite) against bounds and multipleOf.
void check_number(const NumberRules& rules, double value, IssueSink& sink);

/// Checks a signed integer against the bound type's range, bounds and multipleOf.
void check_integer(const NumberRules& rules, std::int64_t value, IssueSink& sink);

/// Checks an unsigned integer (one beyond int64) against range, bounds and multipleOf.
void check_unsigned(const NumberRules& rules, std::uint64_t value, IssueSink& sink);

/// too_big for an integer literal that fits no 64-bit type, for a node with integer rules.
void report_integer_overflow(const NumberRules& rules, std::string_view literal, bool negative,
                             IssueSink& sink);

/// Checks an array's item count (uniqueness is checked by the caller, which knows the items).
void check_array_size(const ArrayRules& rules, std::uint64_t count, IssueSink& sink);

/// Checks an object's property count.
void check_object_size(const ObjectRules& rules, std::uint64_t count, IssueSink& sink);

/// not_unique at the current path, naming the two equal positions.
void report_not_unique(IssueSink& sink, std::size_t first, std::size_t second);

/// invalid_value for a value not in `allowed` (enum or const).
void report_invalid_value(IssueSink& sink, const std::vector<Json>& allowed, const Json& got);

/// invalid_type at the current path (a key the object lacks) that dependentRequired asks for
/// because the object has `present`.
void report_missing_dependency(IssueSink& sink, std::string_view present);

/// too_small / too_big when `matches` items matched "contains" and the rules ask for
/// min_contains (default 1) to max_contains.
void check_contains_count(const ArrayRules& rules, std::uint64_t matches, IssueSink& sink);

/// invalid_value for a value that matches the schema of "not". An excluded schema that only
/// lists required keys (the usual way to say "not both") is described by those keys.
void report_excluded(IssueSink& sink, const Node& excluded, const Json& value);

/// The keys of a schema that only asks for keys to be present ({"required": ["a", "b"]});
/// empty for every other schema.
std::vector<std::string> required_keys_only(const Node& node);

/// unrecognized_keys at the current path.
void report_unrecognized_keys(IssueSink& sink, std::vector<std::string> keys);

/// duplicate_key at the current path (the object holding the key).
void report_duplicate_key(IssueSink& sink, std::string_view key);

/// custom, for a refinement that said no.
void report_refinement(IssueSink& sink, const Refinement& refinement);

/// True when `value` satisfies format `format` (exposed for tests and the JSON Schema suite).
bool matches_format(StringFormat format, std::string_view value);

/// Number of Unicode code points in valid UTF-8 `value`.
std::uint64_t code_point_count(std::string_view value) noexcept;

}  // namespace accord::schema::detail

namespace accord::schema::detail {

/// invalid_union when no alternative accepted the value; `failures` holds each one's issues.
void report_invalid_union(IssueSink& sink, std::vector<std::vector<Issue>> failures);

/// invalid_union when an exclusive union (oneOf) matched `matches` > 1 alternatives.
void report_ambiguous_union(IssueSink& sink, std::size_t matches);

/// invalid_union when an exclusive union (oneOf) matched every alternative in `matched` (two or
/// more). Alternatives that each only ask for one key ({"required": ["a"]}) are named by it.
void report_ambiguous_union(IssueSink& sink, const std::vector<const Node*>& matched);

/// invalid_union at the discriminator property: absent or not a string (`tag` null), or a
/// value that names no alternative.
void report_unknown_tag(IssueSink& sink, const Discriminator& discriminator,
                        const std::string_view* tag);

}  // namespace accord::schema::detail
