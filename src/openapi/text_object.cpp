#include "text_object.hpp"

namespace accord::openapi::detail {

std::optional<LineColumn> KeySet::insert(std::string_view key, LineColumn where) {
  if (hashed_.empty()) {
    for (const auto& [listed, first] : listed_) {
      if (listed == key) return first;
    }
    if (listed_.size() < kListed) {
      listed_.emplace_back(std::string(key), where);
      return std::nullopt;
    }
    for (auto& [listed, first] : listed_) hashed_.emplace(std::move(listed), first);
    listed_.clear();
  }
  const auto [found, inserted] = hashed_.try_emplace(std::string(key), where);
  if (!inserted) return found->second;
  return std::nullopt;
}

void adopt_members(Json& object, Members&& members) {
  auto& target = static_cast<std::vector<std::pair<const std::string, Json>>&>(
      object.get_ref<Json::object_t&>());
  target.reserve(members.size());
  for (auto& [key, value] : members) target.emplace_back(std::move(key), std::move(value));
  members.clear();
}

}  // namespace accord::openapi::detail
