// The typed schema kinds, one behaviour per test: what each accepts, binds and reports.
#include <gtest/gtest.h>

#include <accord/schema/parse.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace kinds {

namespace s = accord::schema;

enum class Role { admin, member };

inline auto accord_schema(s::tag<Role>) {
  return s::enumeration<Role>({{Role::admin, "admin"}, {Role::member, "member"}}).named("Role");
}

struct Limits {
  std::int32_t count = 0;
  std::uint8_t level = 0;
  double ratio = 0;
  std::int64_t big = 0;
};

inline auto accord_schema(s::tag<Limits>) {
  return s::object<Limits>(s::field("count", &Limits::count, s::integer<std::int32_t>().min(0)),
                           s::field("level", &Limits::level),
                           s::field("ratio", &Limits::ratio, s::number().gt(0).lt(1)),
                           s::field("big", &Limits::big, s::integer().multiple_of(10)));
}

struct Profile {
  std::string nick;
  std::optional<std::string> bio;
  s::Tristate<std::string> avatar;
  std::int32_t age = 0;
  Role role = Role::member;
  std::vector<std::string> tags;
  std::map<std::string, std::int32_t> scores;
};

inline auto accord_schema(s::tag<Profile>) {
  return s::object<Profile>(s::field("nick", &Profile::nick, s::string().min(2).max(5)),
                            s::field("bio", &Profile::bio).nullable(),
                            s::field("avatar", &Profile::avatar, s::string().uri()),
                            s::field("age", &Profile::age).default_value(18),
                            s::field("role", &Profile::role),
                            s::field("tags", &Profile::tags, s::array(s::string()).max(3).unique())
                                .default_value({}),
                            s::field("scores", &Profile::scores).default_value({}))
      .strict()
      .named("Profile");
}

struct Card {
  std::string type;
  std::string number;
};
struct Bank {
  std::string type;
  std::string iban;
};

inline auto accord_schema(s::tag<Card>) {
  return s::object<Card>(s::field("type", &Card::type, s::literal("card")),
                         s::field("number", &Card::number, s::string().pattern("^[0-9]{4}$")))
      .named("Card");
}
inline auto accord_schema(s::tag<Bank>) {
  return s::object<Bank>(s::field("type", &Bank::type, s::literal("bank")),
                         s::field("iban", &Bank::iban))
      .named("Bank");
}

using Payment = std::variant<Card, Bank>;

inline const auto& payment_schema() {
  static const auto schema = s::discriminated_union("type", s::ref<Card>(), s::ref<Bank>());
  return schema;
}

struct Tree {
  std::string name;
  std::vector<Tree> children;
};

inline auto accord_schema(s::tag<Tree>) {
  return s::object<Tree>(s::field("name", &Tree::name),
                         s::field("children", &Tree::children).default_value({}))
      .named("Tree");
}

struct Range {
  std::int32_t low = 0;
  std::int32_t high = 0;
};

inline auto accord_schema(s::tag<Range>) {
  return s::object<Range>(s::field("low", &Range::low), s::field("high", &Range::high))
      .refine([](const Range& r) { return r.low <= r.high; }, "low must not exceed high",
              "low_le_high");
}

struct Named {
  std::string name;
};
struct Stamped {
  std::string created;
};
struct Entry : Named, Stamped {};

}  // namespace kinds

namespace accord::schema {
namespace {

using namespace kinds;

// "pointer code" for each issue, in the order reported.
std::vector<std::string> summary(const std::vector<Issue>& issues) {
  std::vector<std::string> out;
  for (const auto& issue : issues) {
    out.push_back(issue.path.pointer() + " " + std::string(to_string(issue.code)));
  }
  return out;
}

using Lines = std::vector<std::string>;

TEST(Integers, BindTheirTypeAndReportItsRange) {
  auto ok = parse<Limits>(R"({"count":5,"level":255,"ratio":0.5,"big":-9223372036854775800})");
  ASSERT_TRUE(ok.ok()) << format_issues(ok.issues());
  EXPECT_EQ(ok.value().level, 255);
  EXPECT_EQ(ok.value().big, -9223372036854775800);

  auto bad = parse<Limits>(R"({"count":3000000000,"level":256,"ratio":1,"big":15})");
  EXPECT_EQ(summary(bad.issues()),
            (Lines{"/count too_big", "/level too_big", "/ratio too_big", "/big not_multiple_of"}));
  EXPECT_EQ(bad.issues()[1].message, "Number must fit in uint8: <= 255");
}

TEST(Integers, IntegralFloatsCountButFractionsDoNot) {
  auto whole = parse<Limits>(R"({"count":2.0,"level":1,"ratio":0.1,"big":0})");
  ASSERT_TRUE(whole.ok());
  EXPECT_EQ(whole.value().count, 2);

  auto fraction = parse<Limits>(R"({"count":2.5,"level":-1,"ratio":0.1,"big":1e30})");
  EXPECT_EQ(summary(fraction.issues()),
            (Lines{"/count invalid_type", "/level too_small", "/big too_big"}));
}

TEST(Integers, LiteralsBeyondSixtyFourBitsAreTooBig) {
  auto result =
      parse<Limits>(R"({"count":1,"level":1,"ratio":0.1,"big":123456789012345678901234567890})");
  EXPECT_EQ(summary(result.issues()), (Lines{"/big too_big"}));
}

TEST(Objects, AppliesDefaultsAndKeepsOptionalStatesApart) {
  auto result = parse<Profile>(R"({"nick":"ann","bio":null,"avatar":null,"role":"admin"})");
  ASSERT_TRUE(result.ok()) << format_issues(result.issues());
  const Profile& profile = result.value();
  EXPECT_EQ(profile.age, 18);
  EXPECT_FALSE(profile.bio.has_value());
  EXPECT_TRUE(profile.avatar.is_null());
  EXPECT_EQ(profile.role, Role::admin);

  auto absent = parse<Profile>(R"({"nick":"ann","role":"member"})");
  ASSERT_TRUE(absent.ok());
  EXPECT_TRUE(absent.value().avatar.is_absent());
}

TEST(Objects, StrictObjectsNameUnknownKeys) {
  auto result = parse<Profile>(R"({"nick":"ann","role":"member","x":1,"y":{"z":[]}})");
  ASSERT_EQ(result.issues().size(), 1u);
  EXPECT_EQ(result.issues()[0].code, IssueCode::unrecognized_keys);
  EXPECT_EQ(result.issues()[0].keys, (std::vector<std::string>{"x", "y"}));
  EXPECT_EQ(result.issues()[0].message, "Unrecognized keys: \"x\", \"y\"");
}

TEST(Objects, ReportsEveryIssueInOnePass) {
  auto result =
      parse<Profile>(R"({"nick":"a","bio":5,"avatar":"not a uri","role":"boss","tags":["a","a"],)"
                     R"("scores":{"x":"1"}})");
  EXPECT_EQ(summary(result.issues()),
            (Lines{"/nick too_small", "/bio invalid_type", "/avatar invalid_format",
                   "/role invalid_value", "/tags not_unique", "/scores/x invalid_type"}));
  EXPECT_EQ(result.issues()[0].message, "Too small: expected string to have >=2 characters");
  EXPECT_EQ(result.issues()[3].message, R"(Invalid option: expected one of "admin"|"member")");
}

TEST(Objects, RejectsDuplicateKeysEvenInDroppedValues) {
  auto result = parse<Profile>(R"({"nick":"ann","nick":"bob","role":"member"})");
  EXPECT_EQ(summary(result.issues()), (Lines{" duplicate_key"}));

  JsonLimits lenient;
  lenient.allow_duplicate_keys = true;
  auto allowed = parse<Profile>(R"({"nick":"ann","nick":"bob","role":"member"})", lenient);
  ASSERT_TRUE(allowed.ok());
  EXPECT_EQ(allowed.value().nick, "bob");
}

TEST(Objects, EscapedKeysMatchTheirFields) {
  auto result = parse<Profile>(R"({"ni\u0063k":"ann","role":"member"})");
  ASSERT_TRUE(result.ok()) << format_issues(result.issues());
  EXPECT_EQ(result.value().nick, "ann");
}

TEST(DiscriminatedUnion, PicksTheAlternativeByTag) {
  auto card = parse_with(payment_schema(), R"({"number":"1234","type":"card"})");
  ASSERT_TRUE(card.ok()) << format_issues(card.issues());
  EXPECT_EQ(std::get<Card>(card.value()).number, "1234");

  auto bank = parse_with(payment_schema(), R"({"type":"bank","iban":"SE12"})");
  ASSERT_TRUE(bank.ok());
  EXPECT_EQ(std::get<Bank>(bank.value()).iban, "SE12");
}

TEST(DiscriminatedUnion, UnknownTagIsOneIssueAtTheTag) {
  auto result = parse_with(payment_schema(), R"({"type":"cash","amount":{"a":1}})");
  ASSERT_EQ(result.issues().size(), 1u);
  EXPECT_EQ(result.issues()[0].path.pointer(), "/type");
  EXPECT_EQ(result.issues()[0].code, IssueCode::invalid_union);
  EXPECT_EQ(result.issues()[0].message, R"(Invalid input: expected one of "card"|"bank")");
}

TEST(Union, AVariantOfObjectsIsAPlainUnionByDefault) {
  auto bank = parse<Payment>(R"({"type":"bank","iban":"SE12"})");
  ASSERT_TRUE(bank.ok()) << format_issues(bank.issues());
  EXPECT_EQ(bank.value().index(), 1u);
}

TEST(Union, FirstMatchingAlternativeWins) {
  const auto schema = union_of(integer<std::int32_t>(), string().min(3));
  auto number = parse_with(schema, "42");
  ASSERT_TRUE(number.ok());
  EXPECT_EQ(std::get<0>(number.value()), 42);

  auto text = parse_with(schema, R"("abcd")");
  ASSERT_TRUE(text.ok());
  EXPECT_EQ(std::get<1>(text.value()), "abcd");

  auto neither = parse_with(schema, R"("ab")");
  ASSERT_EQ(neither.issues().size(), 1u);
  EXPECT_EQ(neither.issues()[0].code, IssueCode::invalid_union);
  ASSERT_EQ(neither.issues()[0].union_errors.size(), 2u);
  EXPECT_EQ(neither.issues()[0].union_errors[1][0].code, IssueCode::too_small);
}

TEST(Union, ExclusiveUnionRejectsTwoMatches) {
  const auto schema = union_of(integer<std::int32_t>(), number()).exclusive();
  EXPECT_FALSE(parse_with(schema, "3").ok());
  EXPECT_TRUE(parse_with(schema, "3.5").ok());
}

TEST(Recursion, ATreeContainsItself) {
  auto result = parse<Tree>(R"({"name":"a","children":[{"name":"b","children":[{"name":"c"}]}]})");
  ASSERT_TRUE(result.ok()) << format_issues(result.issues());
  EXPECT_EQ(result.value().children[0].children[0].name, "c");

  auto bad = parse<Tree>(R"({"name":"a","children":[{"children":[{"name":1}]}]})");
  EXPECT_EQ(summary(bad.issues()),
            (Lines{"/children/0/children/0/name invalid_type", "/children/0/name invalid_type"}));
}

TEST(Limits, DeepNestingIsOneIssueNotACrash) {
  std::string deep(100000, '[');
  auto result = parse<Tree>(deep);
  ASSERT_EQ(result.issues().size(), 1u);
  EXPECT_TRUE(result.issues()[0].code == IssueCode::too_deep ||
              result.issues()[0].code == IssueCode::invalid_json);

  std::string nested =
      R"({"name":"a","extra":)" + std::string(200, '[') + std::string(200, ']') + "}";
  auto too_deep = parse<Tree>(nested);
  ASSERT_EQ(too_deep.issues().size(), 1u);
  EXPECT_EQ(too_deep.issues()[0].code, IssueCode::too_deep);
}

TEST(Refinement, RunsAfterTheOtherRulesWithItsMessage) {
  auto result = parse<Range>(R"({"low":5,"high":1})");
  ASSERT_EQ(result.issues().size(), 1u);
  EXPECT_EQ(result.issues()[0].code, IssueCode::custom);
  EXPECT_EQ(result.issues()[0].message, "low must not exceed high");

  EXPECT_TRUE(parse<Range>(R"({"low":1,"high":5})").ok());
  EXPECT_EQ(validate(schema_of<Range>().node(), Json::parse(R"({"low":5,"high":1})")).size(), 1u);
}

TEST(Intersection, BothPartsBindTheirBase) {
  const auto named = object<Named>(field("name", &Named::name));
  const auto stamped = object<Stamped>(field("created", &Stamped::created, string().date()));
  const auto entry = all_of<Entry>(named, stamped);

  auto result = parse_with(entry, R"({"name":"a","created":"2024-02-29"})");
  ASSERT_TRUE(result.ok()) << format_issues(result.issues());
  EXPECT_EQ(result.value().name, "a");
  EXPECT_EQ(result.value().created, "2024-02-29");

  auto bad = parse_with(entry, R"({"created":"2023-02-29"})");
  EXPECT_EQ(summary(bad.issues()), (Lines{"/name invalid_type", "/created invalid_format"}));
}

TEST(Tuple, PositionsHaveTheirOwnSchemas) {
  const auto pair = tuple(string(), integer<std::int32_t>());
  auto result = parse_with(pair, R"(["a", 1])");
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(std::get<1>(result.value()), 1);
  EXPECT_EQ(summary(parse_with(pair, R"(["a", 1, 2])").issues()), (Lines{" too_big"}));
  EXPECT_EQ(summary(parse_with(pair, R"([1])").issues()), (Lines{"/0 invalid_type", " too_small"}));
}

TEST(Input, RejectsTrailingDataAndBadUtf8) {
  EXPECT_EQ(summary(parse<Tree>(R"({"name":"a"} x)").issues()), (Lines{" invalid_json"}));
  EXPECT_EQ(summary(parse<Tree>("{\"name\":\"\xff\"}").issues()), (Lines{" invalid_json"}));
  EXPECT_EQ(summary(parse<Tree>("").issues()), (Lines{" invalid_json"}));
}

TEST(ToJson, WritesFieldsInDeclaredOrderAndSkipsAbsentOptionals) {
  Profile profile;
  profile.nick = "ann";
  profile.avatar = Tristate<std::string>::null();
  profile.tags = {"x"};
  EXPECT_EQ(to_json_text(profile),
            R"({"nick":"ann","avatar":null,"age":0,"role":"member","tags":["x"],"scores":{}})");

  Payment payment = Bank{"bank", "SE1"};
  EXPECT_EQ(to_json_text(payment), R"({"type":"bank","iban":"SE1"})");
}

TEST(FromJson, ValidatesAndConvertsADomValue) {
  auto result = from_json<Profile>(Json::parse(R"({"nick":"ann","role":"admin"})"));
  ASSERT_TRUE(result.ok()) << format_issues(result.issues());
  EXPECT_EQ(result.value().age, 18);
  EXPECT_FALSE(from_json<Profile>(Json::parse(R"({"nick":1})")).ok());
}

TEST(Declaration, MistakesAreCaughtAtStartUp) {
  EXPECT_THROW((void)string().pattern("("), std::invalid_argument);
  EXPECT_THROW((void)object<Named>(field("a", &Named::name), field("a", &Named::name)),
               std::invalid_argument);
  EXPECT_THROW((void)string().extension("vendor", 1), std::invalid_argument);
}

}  // namespace
}  // namespace accord::schema
