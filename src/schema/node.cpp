#include "accord/schema/node.hpp"

#include <array>
#include <utility>

namespace accord::schema {
namespace {

constexpr std::array<std::pair<StringFormat, std::string_view>, 10> kFormatNames{{
    {StringFormat::email, "email"},
    {StringFormat::uuid, "uuid"},
    {StringFormat::uri, "uri"},
    {StringFormat::date, "date"},
    {StringFormat::date_time, "date-time"},
    {StringFormat::time, "time"},
    {StringFormat::ipv4, "ipv4"},
    {StringFormat::ipv6, "ipv6"},
    {StringFormat::hostname, "hostname"},
    {StringFormat::byte, "byte"},
}};

// The order in which type names are listed: null last, so a nullable string reads
// "string | null".
constexpr std::array<std::pair<JsonType, std::string_view>, 7> kTypeNames{{
    {JsonType::string, "string"},
    {JsonType::number, "number"},
    {JsonType::integer, "integer"},
    {JsonType::boolean, "boolean"},
    {JsonType::object, "object"},
    {JsonType::array, "array"},
    {JsonType::null, "null"},
}};

// Reference chains are followed at most this far, so a reference cycle cannot hang.
constexpr int kMaxReferenceHops = 64;

void append_alternative(std::string& out, std::string_view name) {
  if (!out.empty()) out += " | ";
  out += name;
}

std::string type_set_name(TypeSet types, bool nullable) {
  std::string out;
  for (const auto& [type, name] : kTypeNames) {
    if (type == JsonType::integer && types.has(JsonType::number)) continue;
    if (type == JsonType::null && nullable) continue;
    if (types.has(type)) append_alternative(out, name);
  }
  return out;
}

std::string values_name(const std::vector<Json>& values) {
  std::string out;
  for (const auto& value : values) append_alternative(out, value.dump());
  return out;
}

std::string union_name(const std::vector<NodePtr>& alternatives, int hops);

std::string base_name(const Node& node, int hops) {
  if (node.never || node.types.empty()) return "never";
  if (node.const_value) return node.const_value->dump();
  if (node.enum_values) return values_name(*node.enum_values);
  if (!node.types.is_all()) return type_set_name(node.types, node.nullable);

  if (node.ref && node.ref->resolve && hops < kMaxReferenceHops) {
    if (const Node* target = node.ref->resolve()) return base_name(*target, hops + 1);
  }
  if (node.discriminator) return "object";
  if (!node.any_of.empty()) return union_name(node.any_of, hops);
  if (!node.one_of.empty()) return union_name(node.one_of, hops);
  for (const auto& part : node.all_of) {
    if (!part) continue;
    std::string name = base_name(*part, hops + 1);
    if (name != "unknown") return name;
  }
  return "unknown";
}

std::string union_name(const std::vector<NodePtr>& alternatives, int hops) {
  std::string out;
  for (const auto& alternative : alternatives) {
    if (alternative) append_alternative(out, base_name(*alternative, hops + 1));
  }
  return out.empty() ? "never" : out;
}

}  // namespace

std::string_view to_string(StringFormat format) noexcept {
  for (const auto& [value, name] : kFormatNames) {
    if (value == format) return name;
  }
  return {};
}

StringFormat string_format_from_name(std::string_view name) noexcept {
  for (const auto& [value, wire] : kFormatNames) {
    if (wire == name) return value;
  }
  return StringFormat::none;
}

std::string expected_type_name(const Node& node) {
  std::string name = base_name(node, 0);
  if (node.nullable && name != "unknown" && name != "null" &&
      !name.ends_with(" | null")) {
    name += " | null";
  }
  return name;
}

}  // namespace accord::schema
