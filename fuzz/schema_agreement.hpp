#pragma once
/// @file
/// The property "the typed parse and the DOM path give the same issues for the same input",
/// shared by the schema_parse fuzzer, its corpus replay test and the seeded agreement test.
///
/// For each subject type T, the bytes go through parse<T>(bytes) (simdjson On-Demand straight
/// into T) and through parse_json(schema_of<T>().node(), bytes) (read_json + DOM validate); the
/// two must agree on validity and on the multiset of (code, JSON Pointer) pairs. Order is not
/// compared. Nested invalid_union alternatives are not compared (only the union issue itself).

#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <variant>
#include <vector>

#include <accord/schema/parse.hpp>

#include "../examples/user-service/contract.hpp"

namespace accord_fuzz {

/// A colour, on the wire as its name.
enum class Color : std::uint8_t { red, green, blue };

/// A recursive value: a tree of labelled nodes.
struct Tree {
  std::string label;
  std::vector<Tree> children;
};

/// A point whose coordinates must be ordered (a refinement).
struct Point {
  double x = 0;
  double y = 0;
};

/// One alternative of the payment union, tagged "card".
struct Card {
  std::string kind;
  std::string number;
};

/// The other alternative, tagged "bank".
struct Bank {
  std::string kind;
  std::string iban;
  std::optional<std::uint8_t> branch;
};

/// Keeps the keys it does not declare.
struct Labels {
  std::string main;
  accord::schema::Json extra;
};

/// A fuzz-only schema that uses every kind of typed schema.
struct Everything {
  std::string id;
  std::int32_t count = 0;
  std::uint8_t level = 0;
  double ratio = 0;
  bool active = false;
  Color color = Color::red;
  std::optional<std::string> nickname;
  accord::schema::Tristate<std::int32_t> score;
  std::vector<std::string> tags;
  std::map<std::string, std::int32_t> counters;
  std::variant<std::string, std::int32_t> value;
  std::variant<double, std::int64_t> exact;
  std::variant<Card, Bank> payment;
  std::optional<std::tuple<std::int32_t, std::string>> pair;
  Point origin;
  std::optional<Labels> labels;
  std::optional<std::string> email;
  std::optional<std::string> when;
  Tree tree;
};

inline auto accord_schema(accord::schema::tag<Tree>) {
  namespace s = accord::schema;
  return s::object<Tree>(s::field("label", &Tree::label, s::string().max(8)),
                         s::field("children", &Tree::children).default_value({}))
      .named("Tree");
}

inline auto accord_schema(accord::schema::tag<Point>) {
  namespace s = accord::schema;
  return s::object<Point>(s::field("x", &Point::x, s::number().min(-1e6).max(1e6)),
                          s::field("y", &Point::y))
      .strict()
      .refine([](const Point& p) { return p.x <= p.y; }, "x must not exceed y", "ordered");
}

inline auto accord_schema(accord::schema::tag<Card>) {
  namespace s = accord::schema;
  return s::object<Card>(s::field("kind", &Card::kind, s::literal("card")),
                         s::field("number", &Card::number, s::string().pattern("^[0-9]{4}$")));
}

inline auto accord_schema(accord::schema::tag<Bank>) {
  namespace s = accord::schema;
  return s::object<Bank>(s::field("kind", &Bank::kind, s::literal("bank")),
                         s::field("iban", &Bank::iban, s::string().min(5).max(34)),
                         s::field("branch", &Bank::branch, s::integer<std::uint8_t>().max(200)));
}

inline auto accord_schema(accord::schema::tag<Labels>) {
  namespace s = accord::schema;
  return s::object<Labels>(s::field("main", &Labels::main, s::string().min(1)))
      .passthrough(&Labels::extra);
}

inline auto accord_schema(accord::schema::tag<Everything>) {
  namespace s = accord::schema;
  using E = Everything;
  return s::object<E>(
             s::field("id", &E::id, s::string().min(1).max(16)),
             s::field("count", &E::count, s::integer<std::int32_t>().min(-1000).max(1000)),
             s::field("level", &E::level).default_value(1),
             s::field("ratio", &E::ratio, s::number().gt(0).lt(1)).default_value(0.5),
             s::field("active", &E::active).default_value(false),
             s::field("color", &E::color,
                      s::enumeration<Color>({{Color::red, "red"},
                                             {Color::green, "green"},
                                             {Color::blue, "blue"}})),
             s::field("nickname", &E::nickname, s::string().max(12)).nullable(),
             s::field("score", &E::score, s::integer<std::int32_t>().multiple_of(5)),
             s::field("tags", &E::tags, s::array(s::string().min(1)).max(4).unique())
                 .default_value({}),
             s::field("counters", &E::counters,
                      s::record(s::integer<std::int32_t>().min(0)).max(3))
                 .default_value({}),
             s::field("value", &E::value,
                      s::union_of(s::string().min(2), s::integer<std::int32_t>().min(0))),
             s::field("exact", &E::exact,
                      s::union_of(s::number().max(100), s::integer<std::int64_t>().min(0))
                          .exclusive())
                 .default_value(0.5),
             s::field("payment", &E::payment,
                      s::discriminated_union("kind", s::ref<Card>(), s::ref<Bank>())),
             s::field("pair", &E::pair),
             s::field("origin", &E::origin),
             s::field("labels", &E::labels),
             s::field("email", &E::email, s::string().email()),
             s::field("when", &E::when, s::string().date_time()),
             s::field("tree", &E::tree))
      .refine([](const E& e) { return e.id != "forbidden"; }, "id is reserved", "not_reserved");
}

/// (code, JSON Pointer) of each issue, sorted: the multiset that both paths must share.
inline std::vector<std::pair<std::string, std::string>> code_pointers(
    const std::vector<accord::schema::Issue>& issues) {
  std::vector<std::pair<std::string, std::string>> out;
  out.reserve(issues.size());
  for (const auto& issue : issues) {
    out.emplace_back(std::string(accord::schema::to_string(issue.code)), issue.path.pointer());
  }
  std::sort(out.begin(), out.end());
  return out;
}

/// What one subject type made of the bytes on each path.
struct Verdict {
  std::string subject;
  bool typed_ok = false;
  bool dom_ok = false;
  std::vector<accord::schema::Issue> typed;
  std::vector<accord::schema::Issue> dom;

  [[nodiscard]] bool agree() const {
    return typed_ok == dom_ok && typed_ok == typed.empty() && dom_ok == dom.empty() &&
           code_pointers(typed) == code_pointers(dom);
  }
};

/// Runs both paths of subject T on `bytes`.
template <class T>
Verdict judge(std::string_view subject, std::string_view bytes) {
  namespace s = accord::schema;
  Verdict verdict;
  verdict.subject = std::string(subject);
  auto typed = s::parse<T>(bytes);
  verdict.typed_ok = typed.ok();
  verdict.typed = typed.issues();
  auto dom = s::parse_json(s::schema_of<T>().node(), bytes);
  verdict.dom_ok = dom.ok();
  verdict.dom = dom.issues();
  return verdict;
}

/// Every subject's verdict: the user-service request and the fuzz-only schema.
inline std::vector<Verdict> judge_all(std::string_view bytes) {
  return {judge<user_service::CreateUserRequest>("CreateUserRequest", bytes),
          judge<Everything>("Everything", bytes)};
}

/// The input as a C++ string literal with escapes, for reports.
inline std::string quoted(std::string_view bytes) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out = "\"";
  for (unsigned char c : bytes) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c >= 0x20 && c < 0x7f) {
      out += static_cast<char>(c);
    } else {
      out += "\\x";
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out + "\"";
}

/// A readable account of a verdict: both issue lists with codes and pointers.
inline std::string describe(const Verdict& verdict, std::string_view bytes) {
  std::ostringstream out;
  out << verdict.subject << ": typed and DOM paths disagree on input " << quoted(bytes) << "\n"
      << "  typed " << (verdict.typed_ok ? "ok" : "rejects") << ":\n";
  for (const auto& issue : verdict.typed) {
    out << "    " << accord::schema::to_string(issue.code) << " '" << issue.path.pointer()
        << "' " << issue.message << "\n";
  }
  out << "  DOM " << (verdict.dom_ok ? "ok" : "rejects") << ":\n";
  for (const auto& issue : verdict.dom) {
    out << "    " << accord::schema::to_string(issue.code) << " '" << issue.path.pointer()
        << "' " << issue.message << "\n";
  }
  return out.str();
}

/// Empty when every subject agrees; otherwise the description of each disagreement.
inline std::string check_agreement(std::string_view bytes) {
  std::string report;
  for (const auto& verdict : judge_all(bytes)) {
    if (!verdict.agree()) report += describe(verdict, bytes);
  }
  return report;
}

}  // namespace accord_fuzz
