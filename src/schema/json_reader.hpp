#pragma once
// read_json's worker, for parse_json, which also validates a value whose only problems are
// duplicate keys (as the typed parse does).

#include <string_view>
#include <vector>

#include "accord/schema/json_text.hpp"

namespace accord::schema::detail {

/// The value read (the last of duplicate keys wins) and every issue; `fatal` when the value
/// is unusable (invalid_json, too_deep).
struct JsonReadOutcome {
  Json value;
  std::vector<Issue> issues;
  bool fatal = false;
};

/// Reads `text` with read_json's rules, keeping the value even when keys were duplicated.
JsonReadOutcome read_json_outcome(std::string_view text, const JsonLimits& limits);

}  // namespace accord::schema::detail
