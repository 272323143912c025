// Seeded property test: thousands of JSON inputs made by mutating valid values of the fuzz-only
// schema (fuzz/schema_agreement.hpp) and of the user-service request, each checked for the
// agreement of the typed parse and the DOM path. Deterministic: fixed seed, own generator.
//
// A second test proves the generator can find disagreements: it pairs the typed parse with
// DOM schemas that each differ by one rule, and requires every such mutant to be caught.

#include <cstdint>
#include <algorithm>
#include <functional>
#include <iostream>
#include <map>
#include <memory>
#include <random>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "../../fuzz/schema_agreement.hpp"

namespace {

namespace s = accord::schema;

struct Member;

/// A JSON value kept as text pieces, so that any number literal, escape or duplicate key can
/// be written.
struct Value {
  enum class Kind : std::uint8_t { literal, string, array, object };
  Kind kind = Kind::literal;
  std::string text;  ///< literal: the token; string: the content between the quotes
  std::vector<Value> items;
  std::vector<Member> members;
};

/// An object member; the key is raw JSON string content (escapes kept as written).
struct Member {
  std::string first;
  Value second;
};

void add(std::vector<Member>& members, std::string key, Value value) {
  members.push_back({std::move(key), std::move(value)});
}

Value lit(std::string token) { return {Value::Kind::literal, std::move(token), {}, {}}; }
Value str(std::string content) { return {Value::Kind::string, std::move(content), {}, {}}; }
Value arr(std::vector<Value> items) { return {Value::Kind::array, {}, std::move(items), {}}; }
Value obj(std::vector<Member> members) {
  return {Value::Kind::object, {}, {}, std::move(members)};
}

/// The seeded source of choices.
class Gen {
 public:
  explicit Gen(std::uint32_t seed) : engine_(seed) {}

  std::size_t below(std::size_t n) {
    return std::uniform_int_distribution<std::size_t>(0, n - 1)(engine_);
  }
  bool chance(int percent) { return static_cast<int>(below(100)) < percent; }
  template <class T>
  T pick(const std::vector<T>& options) {
    return options[below(options.size())];
  }
  std::int64_t between(std::int64_t low, std::int64_t high) {
    return std::uniform_int_distribution<std::int64_t>(low, high)(engine_);
  }

 private:
  std::mt19937 engine_;
};

std::string word(Gen& gen, std::size_t min, std::size_t max) {
  static const std::string kLetters = "abcdefghijklmnopqrstuvwxyz0123456789";
  std::string out;
  const std::size_t length = min + gen.below(max - min + 1);
  for (std::size_t i = 0; i < length; ++i) out += kLetters[gen.below(kLetters.size())];
  return out;
}

// Valid values ------------------------------------------------------------------------------

Value valid_tree(Gen& gen, int depth) {
  std::vector<Member> members = {{"label", str(word(gen, 0, 8))}};
  if (depth > 0 && gen.chance(70)) {
    std::vector<Value> children;
    const std::size_t count = gen.below(3);
    for (std::size_t i = 0; i < count; ++i) children.push_back(valid_tree(gen, depth - 1));
    add(members, "children", arr(std::move(children)));
  }
  return obj(std::move(members));
}

Value valid_payment(Gen& gen) {
  if (gen.chance(50)) {
    return obj({{"kind", str("card")}, {"number", str(std::to_string(gen.between(1000, 9999)))}});
  }
  std::vector<Member> members = {{"kind", str("bank")},
                                                        {"iban", str(word(gen, 5, 34))}};
  if (gen.chance(50)) add(members, "branch", lit(std::to_string(gen.between(0, 200))));
  return obj(std::move(members));
}

Value valid_everything(Gen& gen) {
  const auto x = gen.between(-1000, 1000);
  std::vector<Member> m = {
      {"id", str(word(gen, 1, 16))},
      {"count", lit(std::to_string(gen.between(-1000, 1000)))},
      {"color", str(gen.pick<std::string>({"red", "green", "blue"}))},
      {"value", gen.chance(50) ? str(word(gen, 2, 6)) : lit(std::to_string(gen.between(0, 99)))},
      {"payment", valid_payment(gen)},
      {"origin", obj({{"x", lit(std::to_string(x))},
                      {"y", lit(std::to_string(x + gen.between(1, 50)) + ".5")}})},
      {"tree", valid_tree(gen, 3)},
  };
  if (gen.chance(60)) add(m, "level", lit(std::to_string(gen.between(0, 255))));
  if (gen.chance(60)) add(m, "ratio", lit("0." + std::to_string(gen.between(1, 999))));
  if (gen.chance(60)) add(m, "active", lit(gen.chance(50) ? "true" : "false"));
  if (gen.chance(50)) {
    add(m, "nickname", gen.chance(30) ? lit("null") : str(word(gen, 0, 12)));
  }
  if (gen.chance(50)) {
    add(m, "score",
        gen.chance(30) ? lit("null") : lit(std::to_string(5 * gen.between(-9, 9))));
  }
  if (gen.chance(60)) {
    add(m, "tags", arr({str("a" + word(gen, 0, 3)), str("b" + word(gen, 0, 3))}));
  }
  if (gen.chance(50)) add(m, "counters", obj({{word(gen, 1, 4), lit("3")}}));
  if (gen.chance(40)) add(m, "exact", lit(gen.chance(50) ? "-3.25" : "12.5"));
  // 42 matches both alternatives of the exclusive union: invalid, on purpose.
  if (gen.chance(5)) add(m, "exact", lit("42"));
  if (gen.chance(40)) add(m, "pair", arr({lit("7"), str(word(gen, 0, 4))}));
  if (gen.chance(40)) {
    add(m, "labels", obj({{"main", str(word(gen, 1, 5))}, {"colour", str("teal")},
                                  {"n", arr({lit("1"), obj({})})}}));
  }
  if (gen.chance(50)) add(m, "email", str(word(gen, 1, 6) + "@example.org"));
  if (gen.chance(40)) add(m, "when", str("2024-02-29T23:59:59+01:00"));
  // Input order is not declared order: shuffle the members a little.
  if (gen.chance(30)) std::swap(m[gen.below(m.size())], m[gen.below(m.size())]);
  return obj(std::move(m));
}

Value valid_user(Gen& gen) {
  return obj({{"name", str(word(gen, 0, 10))},
              {"phoneNumber", str("+46 " + std::to_string(gen.between(1000, 99999)))},
              {"email", str(word(gen, 1, 8) + "@example.com")},
              {"address", obj({{"city", str(word(gen, 1, 8))},
                               {"street", str(word(gen, 1, 8))},
                               {"block", str(word(gen, 0, 2))}})}});
}

// Mutations ---------------------------------------------------------------------------------

Value odd_value(Gen& gen) {
  static const std::vector<std::string> kLiterals = {
      "null", "true", "false", "0", "-0", "1", "-1", "0.5", "1.0", "5", "-5", "7.5", "1e2",
      "1E-7", "-1000", "1000", "1001", "-1001", "199", "200", "201", "255", "256",
      "2147483647", "2147483648", "-2147483648", "-2147483649", "9223372036854775807",
      "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
      "18446744073709551615", "18446744073709551616", "123456789012345678901234567890",
      "1e308", "-1e308", "1e400", "4.9e-324", "0.999999", "100", "100.0", "100.5", "1e6",
      "1000000.5"};
  static const std::vector<std::string> kStrings = {
      "", "a", "ab", "red", "RED", "purple", "card", "bank", "cash", "1234", "12a4", "12345",
      "forbidden", "abcdefghijklmnopq", "ann@example.com", "ann@localhost", "te~st@example.com",
      "ann@example-.com", "ann@example.com\\n", "2024-02-30T00:00:00Z", "2024-02-29T23:59:60Z",
      "2024-01-01T00:00:00", "2024-01-01 00:00:00Z", "\\u0000", "\\ud83d\\ude00", "\\ud800",
      "\\\"", "caf\xC3\xA9", "\xF0\x9F\x98\x80\xF0\x9F\x98\x80", "na\\u006de", "\\/"};
  switch (gen.below(4)) {
    case 0: return str(gen.pick(kStrings));
    case 1:
      return arr(gen.chance(50) ? std::vector<Value>{} : std::vector<Value>{lit("1"), str("a")});
    case 2: return obj(gen.chance(50) ? std::vector<Member>{}
                                      : std::vector<Member>{{"k", lit("1")}});
    default: return lit(gen.pick(kLiterals));
  }
}

void collect(Value& value, std::vector<Value*>& out) {
  out.push_back(&value);
  for (auto& item : value.items) collect(item, out);
  for (auto& [key, member] : value.members) collect(member, out);
}

std::string escape_first(const std::string& key) {
  if (key.empty() || key[0] == '\\') return key;
  static constexpr char kHex[] = "0123456789abcdef";
  const auto c = static_cast<unsigned char>(key[0]);
  if (c >= 0x80) return key;
  return std::string("\\u00") + kHex[c >> 4] + kHex[c & 15] + key.substr(1);
}

void mutate(Value& root, Gen& gen) {
  std::vector<Value*> nodes;
  collect(root, nodes);
  Value& target = *nodes[gen.below(nodes.size())];
  switch (gen.below(9)) {
    case 0:
    case 1: target = odd_value(gen); return;
    case 8:  // a number near a bound: numbers are the likeliest to sit on a boundary
      if (target.kind == Value::Kind::literal && target.text != "null" && target.text != "true" &&
          target.text != "false") {
        target = lit(gen.pick<std::string>({"-1001", "-1000", "999", "1000", "1001", "-1", "0",
                                            "255", "256", "200", "201", "42", "1.0", "0.0"}));
      } else {
        target = odd_value(gen);
      }
      return;
    case 2:  // a missing key
      if (!target.members.empty()) {
        target.members.erase(target.members.begin() +
                             static_cast<std::ptrdiff_t>(gen.below(target.members.size())));
      }
      return;
    case 3:  // an unknown key
      if (target.kind == Value::Kind::object) {
        add(target.members, gen.pick<std::string>({"extra", "x", "kind", "children", ""}),
                                    odd_value(gen));
      }
      return;
    case 4:  // a duplicate key, with the same or another value
      if (!target.members.empty()) {
        auto copy = target.members[gen.below(target.members.size())];
        if (gen.chance(50)) copy.second = odd_value(gen);
        if (gen.chance(30)) copy.first = escape_first(copy.first);
        target.members.push_back(std::move(copy));
      }
      return;
    case 5:  // an escaped key
      if (!target.members.empty()) {
        auto& key = target.members[gen.below(target.members.size())].first;
        key = escape_first(key);
      }
      return;
    case 6:  // array items: a repeat, an odd one, or one fewer
      if (target.kind == Value::Kind::array) {
        if (!target.items.empty() && gen.chance(40)) {
          target.items.push_back(target.items[gen.below(target.items.size())]);
        } else if (!target.items.empty() && gen.chance(30)) {
          target.items.pop_back();
        } else {
          target.items.push_back(odd_value(gen));
        }
      }
      return;
    default:  // deep nesting
      if (gen.chance(50)) {
        Value deep = lit("1");
        const std::size_t depth = 100 + gen.below(60);
        for (std::size_t i = 0; i < depth; ++i) deep = arr({std::move(deep)});
        target = std::move(deep);
      } else {
        Value tree = valid_tree(gen, 0);
        for (std::size_t i = 0; i < 40 + gen.below(40); ++i) {
          tree = obj({{"label", str("t")}, {"children", arr({std::move(tree)})}});
        }
        target = std::move(tree);
      }
  }
}

// Text --------------------------------------------------------------------------------------

void write(const Value& value, Gen& gen, std::string& out) {
  const auto space = [&] {
    if (gen.chance(10)) out += gen.pick<std::string>({" ", "\n", "\t", "\r\n  "});
  };
  switch (value.kind) {
    case Value::Kind::literal: out += value.text; return;
    case Value::Kind::string: out += '"' + value.text + '"'; return;
    case Value::Kind::array:
      out += '[';
      for (std::size_t i = 0; i < value.items.size(); ++i) {
        if (i > 0) out += ',';
        space();
        write(value.items[i], gen, out);
      }
      out += ']';
      return;
    case Value::Kind::object:
      out += '{';
      for (std::size_t i = 0; i < value.members.size(); ++i) {
        if (i > 0) out += ',';
        space();
        out += '"' + value.members[i].first + "\":";
        space();
        write(value.members[i].second, gen, out);
      }
      out += '}';
      return;
  }
}

/// Text of `value`, sometimes made malformed (truncated, trailing bytes, a stray byte).
std::string to_text(const Value& value, Gen& gen) {
  std::string out;
  write(value, gen, out);
  if (gen.chance(4) && !out.empty()) out.resize(gen.below(out.size()));
  if (gen.chance(2)) out += gen.pick<std::string>({" x", "}", ",", "\xff", " 1"});
  if (gen.chance(2) && !out.empty()) {
    out[gen.below(out.size())] = gen.pick<char>({'\x01', '"', ':', '\x80'});
  }
  return out;
}

/// The seeded inputs: mutations of valid values of both subjects, and a few valid ones.
std::vector<std::string> generate_inputs(std::size_t count, std::uint32_t seed) {
  Gen gen(seed);
  std::vector<std::string> inputs;
  inputs.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    Value value = gen.chance(80) ? valid_everything(gen) : valid_user(gen);
    const std::size_t mutations = gen.chance(15) ? 0 : 1 + gen.below(3);
    for (std::size_t m = 0; m < mutations; ++m) mutate(value, gen);
    inputs.push_back(to_text(value, gen));
  }
  return inputs;
}

constexpr std::uint32_t kSeed = 20240611;
constexpr std::size_t kInputs = 2500;

/// The codes only one path reported, as "typed+X dom+Y": a disagreement's kind, for the summary.
std::string difference_kind(const accord_fuzz::Verdict& verdict) {
  auto typed = accord_fuzz::code_pointers(verdict.typed);
  auto dom = accord_fuzz::code_pointers(verdict.dom);
  std::set<std::string> kinds;
  for (const auto& pair : typed) {
    if (std::find(dom.begin(), dom.end(), pair) == dom.end()) kinds.insert("typed+" + pair.first);
  }
  for (const auto& pair : dom) {
    if (std::find(typed.begin(), typed.end(), pair) == typed.end()) {
      kinds.insert("dom+" + pair.first);
    }
  }
  std::string out;
  for (const auto& kind : kinds) out += (out.empty() ? "" : " ") + kind;
  return out.empty() ? "multiplicity or validity" : out;
}

TEST(Agreement, TypedParseAndDomPathReportTheSameIssues) {
  const auto inputs = generate_inputs(kInputs, kSeed);
  std::size_t valid = 0;
  std::size_t invalid_json = 0;
  std::size_t disagreements = 0;
  std::size_t issues = 0;
  std::map<std::string, std::pair<std::size_t, std::string>> kinds;  // kind -> count, example
  for (const auto& input : inputs) {
    for (const auto& verdict : accord_fuzz::judge_all(input)) {
      issues += verdict.typed.size();
      if (verdict.typed_ok) ++valid;
      if (!verdict.typed.empty() && verdict.typed[0].code == s::IssueCode::invalid_json) {
        ++invalid_json;
      }
      if (verdict.agree()) continue;
      // Only the first few in full, so that a systematic bug does not flood the log.
      if (++disagreements <= 5) ADD_FAILURE() << accord_fuzz::describe(verdict, input);
      auto& kind = kinds[verdict.subject + ": " + difference_kind(verdict)];
      if (kind.first++ == 0) kind.second = input;
    }
  }
  EXPECT_EQ(disagreements, 0u);
  std::cout << "[agreement] seed " << kSeed << ": " << inputs.size() << " inputs x 2 subjects, "
            << valid << " valid, " << invalid_json << " invalid JSON, " << issues
            << " typed issues in all, " << disagreements << " disagreements\n";
  for (const auto& [kind, seen] : kinds) {
    std::cout << "  " << seen.first << " x " << kind << ", e.g. "
              << accord_fuzz::quoted(seen.second) << "\n";
  }
}

// Mutation check ----------------------------------------------------------------------------

/// A copy of `node` with property `name`'s schema changed by `change` (references followed).
s::Node with_property(const s::Node& node, std::string_view name,
                      const std::function<void(s::Node&)>& change) {
  s::Node copy = node;
  for (auto& property : copy.object->properties) {
    if (property.name != name) continue;
    auto changed = std::make_shared<s::Node>(s::detail::resolved(*property.schema));
    change(*changed);
    property.schema = std::move(changed);
  }
  return copy;
}

/// True when some generated input on which both paths agree would, with `mutant` as the DOM
/// schema, make them disagree: the check catches that one-rule change.
bool detects(const s::Node& mutant, const std::vector<std::string>& inputs) {
  const s::Node& original = s::schema_of<accord_fuzz::Everything>().node();
  for (const auto& input : inputs) {
    const auto typed =
        accord_fuzz::code_pointers(s::parse<accord_fuzz::Everything>(input).issues());
    if (typed != accord_fuzz::code_pointers(s::parse_json(original, input).issues())) continue;
    if (typed != accord_fuzz::code_pointers(s::parse_json(mutant, input).issues())) return true;
  }
  return false;
}

TEST(Agreement, GeneratorCatchesOneRuleDifferences) {
  const auto inputs = generate_inputs(kInputs, kSeed);
  const s::Node& node = s::schema_of<accord_fuzz::Everything>().node();
  // Sanity: a copy of the unchanged node is not "detected".
  ASSERT_FALSE(detects(s::Node(node), inputs));

  const std::vector<std::pair<std::string, s::Node>> mutants = {
      {"count maximum 1000 -> 999",
       with_property(node, "count", [](s::Node& n) { n.number->maximum = 999; })},
      {"level: uint8 range lost",
       with_property(node, "level", [](s::Node& n) { n.number->range.reset(); })},
      {"email format dropped",
       with_property(node, "email", [](s::Node& n) { n.string->format = s::StringFormat::none; })},
      {"origin no longer strict", with_property(node, "origin", [](s::Node& n) {
         n.object->unknown_keys = s::UnknownKeys::strip;
       })},
      {"tags no longer unique",
       with_property(node, "tags", [](s::Node& n) { n.array->unique_items = false; })},
      {"nickname no longer nullable",
       with_property(node, "nickname", [](s::Node& n) { n.nullable = false; })},
      {"color enum loses blue",
       with_property(node, "color", [](s::Node& n) { n.enum_values->pop_back(); })},
      {"origin refinement dropped",
       with_property(node, "origin", [](s::Node& n) { n.refinements.clear(); })},
      {"exact union not exclusive",
       with_property(node, "exact", [](s::Node& n) { std::swap(n.one_of, n.any_of); })},
  };
  for (const auto& [name, mutant] : mutants) {
    EXPECT_TRUE(detects(mutant, inputs)) << "no generated input tells apart: " << name;
  }
}

}  // namespace
