#pragma once
// Building JSON objects in the readers, in time linear in their number of members.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "accord/openapi/version.hpp"
#include "text_cursor.hpp"

namespace accord::openapi::detail {

/// The keys of one object seen so far, to find duplicates as they come: a short list for the
/// usual small objects, a hash map once the object grows.
class KeySet {
 public:
  /// Adds `key`, seen at `where`; when it was there already, returns where it first was.
  std::optional<LineColumn> insert(std::string_view key, LineColumn where);

 private:
  static constexpr std::size_t kListed = 8;
  std::vector<std::pair<std::string, LineColumn>> listed_;
  std::unordered_map<std::string, LineColumn> hashed_;
};

/// The members of an object being read, kept apart until the object ends: nlohmann's
/// ordered_map is a vector of pairs with a const key, which cannot be moved, so growing it
/// copies every member built so far, values and all (and its own insertion looks for the key
/// among all the members before it).
using Members = std::vector<std::pair<std::string, Json>>;

/// Moves `members` (whose keys are known to differ) into `object`, an empty object.
void adopt_members(Json& object, Members&& members);

}  // namespace accord::openapi::detail
