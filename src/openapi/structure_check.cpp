// check_structure(): an OpenAPI document against the official OpenAPI schema of its version,
// and the validator's issues turned into findings a person can act on.

#include "accord/openapi/structure_check.hpp"

#include <algorithm>
#include <memory>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <variant>

#include "accord/schema/json_schema.hpp"
#include "accord/schema/validate.hpp"
#include "openapi/oas-schemas/embedded_schemas.hpp"

namespace accord::openapi {
namespace {

using schema::Issue;
using schema::IssueCode;
using schema::Path;
using schema::PathSegment;

// Longest value shown inside a message; longer ones are cut with "...".
constexpr std::size_t kShownLength = 60;

std::shared_ptr<const schema::SchemaDocument> read_official_schema(Version version) {
  schema::JsonSchemaReader::Options options;
  options.dialect =
      version == Version::v3_0 ? schema::Dialect::draft4 : schema::Dialect::draft2020_12;
  options.assert_formats = false;  // as the reference validators do by default

  const Json text = Json::parse(detail::embedded_oas_schema(version));
  auto read = schema::JsonSchemaReader(options).read(text);
  if (const auto* errors = std::get_if<std::vector<schema::SchemaError>>(&read)) {
    const auto& first = errors->front();
    throw std::logic_error("the embedded OpenAPI " + std::string(version_string(version)) +
                           " schema cannot be read: " + first.pointer + ": " + first.message);
  }
  return std::get<std::shared_ptr<const schema::SchemaDocument>>(std::move(read));
}

// The schema of `version`, read on first use; static locals make that thread-safe.
const schema::Node& official_schema(Version version) {
  if (version == Version::v3_0) {
    static const auto v3_0 = read_official_schema(Version::v3_0);
    return *v3_0->root();
  }
  static const auto v3_1 = read_official_schema(Version::v3_1);
  return *v3_1->root();
}

// ---- Paths and values -------------------------------------------------------------------------

Path parent_of(const Path& path) {
  auto segments = path.segments();
  if (!segments.empty()) segments.pop_back();
  return Path(std::move(segments));
}

Path child_of(const Path& path, std::string key) {
  auto segments = path.segments();
  segments.emplace_back(std::move(key));
  return Path(std::move(segments));
}

bool starts_with(const Path& path, const Path& prefix) {
  const auto& a = path.segments();
  const auto& b = prefix.segments();
  return a.size() >= b.size() && std::equal(b.begin(), b.end(), a.begin());
}

// The place in dotted form: "paths./pets.get.parameters[0].in"; "(document)" for the root.
std::string place(const Path& path) {
  std::string out;
  for (const auto& segment : path.segments()) {
    if (const auto* index = std::get_if<std::size_t>(&segment)) {
      out += "[" + std::to_string(*index) + "]";
      continue;
    }
    if (!out.empty()) out += '.';
    out += std::get<std::string>(segment);
  }
  return out.empty() ? "(document)" : out;
}

const Json* value_at(const Json& document, const Path& path) {
  const Json* at = &document;
  for (const auto& segment : path.segments()) {
    if (const auto* index = std::get_if<std::size_t>(&segment)) {
      if (!at->is_array() || *index >= at->size()) return nullptr;
      at = &(*at)[*index];
    } else {
      if (!at->is_object()) return nullptr;
      const auto it = at->find(std::get<std::string>(segment));
      if (it == at->end()) return nullptr;
      at = &*it;
    }
  }
  return at;
}

// A value as a message shows it: scalars as JSON (shortened), containers by their kind.
std::string shown(const Json* value) {
  if (value == nullptr) return "nothing";
  if (value->is_object()) return "an object";
  if (value->is_array()) return "an array";
  std::string text = value->dump();
  if (text.size() > kShownLength) text = text.substr(0, kShownLength - 3) + "...";
  return text;
}

std::string in_quotes(std::string_view text) {
  return Json(std::string(text)).dump();
}

// "a", "b" or "c".
std::string quoted_list(const std::vector<std::string>& names, std::string_view last) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += i + 1 == names.size() ? " " + std::string(last) + " " : ", ";
    out += in_quotes(names[i]);
  }
  return out;
}

// The issue's own sentence without the "Invalid input: " style prefix, starting in lower case.
std::string plain(const Issue& issue) {
  std::string text = issue.message;
  const auto colon = text.find(": ");
  if (colon != std::string::npos && colon < 20) text = text.substr(colon + 2);
  if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z' && (text.size() < 2 || text[1] > 'Z')) {
    text[0] = static_cast<char>(text[0] - 'A' + 'a');
  }
  return text;
}

bool is_missing(const Issue& issue) {
  return issue.code == IssueCode::invalid_type && issue.received == "undefined";
}

// ---- Alternatives -----------------------------------------------------------------------------

// How well a failed alternative fits the value; the smallest tuple is the most relevant one.
struct Fit {
  int type_mismatch = 0;   // the value has another type than the alternative wants
  int reference = 0;       // a Reference Object for a value without "$ref", or the reverse
  int tag_mismatches = 0;  // members whose value is not the alternative's enum / const
  long depth = 0;          // minus the depth of the deepest issue: deeper is closer
  std::size_t issues = 0;

  friend bool operator<(const Fit& a, const Fit& b) {
    return std::tie(a.type_mismatch, a.reference, a.tag_mismatches, a.depth, a.issues) <
           std::tie(b.type_mismatch, b.reference, b.tag_mismatches, b.depth, b.issues);
  }
};

Fit fit_of(const std::vector<Issue>& issues, const Path& at, const Json* value) {
  const std::size_t level = at.size();
  const bool has_ref = value != nullptr && value->is_object() && value->contains("$ref");
  const Path ref_path = child_of(at, "$ref");
  Fit fit;
  bool requires_ref = false;
  bool about_ref = false;
  std::size_t deepest = 0;
  for (const auto& issue : issues) {
    const std::size_t size = issue.path.size();
    deepest = std::max(deepest, size);
    if (size == level && issue.path == at &&
        ((issue.code == IssueCode::invalid_type && !is_missing(issue)) ||
         (issue.code == IssueCode::invalid_value && issue.expected != "not"))) {
      fit.type_mismatch = 1;
    }
    if (size == level + 1 && starts_with(issue.path, at) &&
        issue.code == IssueCode::invalid_value && issue.expected != "not") {
      ++fit.tag_mismatches;
    }
    if (issue.path == ref_path && is_missing(issue)) requires_ref = true;
    if (starts_with(issue.path, ref_path) && !is_missing(issue)) about_ref = true;
  }
  fit.reference = has_ref ? (about_ref ? 0 : 1) : (requires_ref ? 1 : 0);
  fit.depth = -static_cast<long>(deepest);
  fit.issues = issues.size();
  return fit;
}

// ---- Findings ---------------------------------------------------------------------------------

// Turns the validator's issues into findings, choosing among alternatives.
class FindingWriter {
 public:
  explicit FindingWriter(const Json& document) : document_(document) {}

  void add(const Issue& issue);
  std::vector<Finding> take();

 private:
  void emit(const Path& pointer_path, const Path& place_path, std::string words);
  void emit(const Path& at, std::string words) { emit(at, at, std::move(words)); }
  void add_union(const Issue& issue);
  bool add_common_value(const Issue& issue);
  bool add_one_required(const Issue& issue);
  void add_missing(const Issue& issue);
  void add_type(const Issue& issue);
  void add_value(const Issue& issue);
  void add_size(const Issue& issue);
  void add_key(const Issue& issue);

  const Json& document_;
  std::vector<Finding> findings_;
};

void FindingWriter::emit(const Path& pointer_path, const Path& place_path, std::string words) {
  Finding finding;
  finding.severity = Severity::error;
  finding.rule = "structure";
  finding.pointer = pointer_path.pointer();
  finding.message = place(place_path) + ": " + std::move(words);
  findings_.push_back(std::move(finding));
}

void FindingWriter::add(const Issue& issue) {
  const bool about_key = issue.keys.size() == 1 && issue.code != IssueCode::unrecognized_keys &&
                         issue.code != IssueCode::duplicate_key;
  if (about_key) return add_key(issue);
  switch (issue.code) {
    case IssueCode::invalid_union:
      return add_union(issue);
    case IssueCode::invalid_type:
      return is_missing(issue) ? add_missing(issue) : add_type(issue);
    case IssueCode::invalid_value:
      return add_value(issue);
    case IssueCode::unrecognized_keys:
      for (const auto& key : issue.keys) {
        emit(child_of(issue.path, key), "property " + in_quotes(key) + " is not allowed here");
      }
      return;
    case IssueCode::invalid_format:
      if (issue.expected.size() > 1 && issue.expected.front() == '/') {
        const auto pattern = issue.expected.substr(1, issue.expected.size() - 2);
        return emit(issue.path, shown(value_at(document_, issue.path)) +
                                    " does not match the pattern " + pattern);
      }
      return emit(issue.path, plain(issue));
    case IssueCode::too_small:
    case IssueCode::too_big:
      return add_size(issue);
    default:
      return emit(issue.path, plain(issue));
  }
}

void FindingWriter::add_union(const Issue& issue) {
  if (issue.union_errors.empty()) {
    // Several alternatives matched (oneOf), or a discriminator named none.
    if (issue.message.find("alternatives matched") != std::string::npos) {
      return emit(issue.path,
                  "matches more than one of the forms allowed here, where exactly "
                  "one must match");
    }
    return emit(issue.path, plain(issue));
  }
  if (add_common_value(issue) || add_one_required(issue)) return;

  const Json* value = value_at(document_, issue.path);
  std::size_t best = 0;
  Fit best_fit = fit_of(issue.union_errors[0], issue.path, value);
  for (std::size_t i = 1; i < issue.union_errors.size(); ++i) {
    const Fit fit = fit_of(issue.union_errors[i], issue.path, value);
    if (fit < best_fit) {
      best = i;
      best_fit = fit;
    }
  }
  for (const auto& inner : issue.union_errors[best]) add(inner);
}

// Every alternative rejects the same member's value as not one of its allowed values (a tag
// such as "in" or "type"): one finding listing every allowed value says it best.
bool FindingWriter::add_common_value(const Issue& issue) {
  const auto is_tag = [](const Issue& i) {
    return i.code == IssueCode::invalid_value && i.expected != "not";
  };
  for (const auto& candidate : issue.union_errors.front()) {
    if (!is_tag(candidate)) continue;
    std::vector<std::string> allowed;
    bool everywhere = true;
    for (const auto& alternative : issue.union_errors) {
      const auto hit = std::find_if(alternative.begin(), alternative.end(), [&](const Issue& i) {
        return is_tag(i) && i.path == candidate.path;
      });
      if (hit == alternative.end()) {
        everywhere = false;
        break;
      }
      allowed.push_back(hit->expected);
    }
    if (!everywhere) continue;

    std::string list;
    std::set<std::string> seen;
    for (const auto& expected : allowed) {
      std::size_t start = 0;
      while (start <= expected.size()) {
        const auto bar = std::min(expected.find('|', start), expected.size());
        const auto item = expected.substr(start, bar - start);
        if (seen.insert(item).second) list += (list.empty() ? "" : ", ") + item;
        start = bar + 1;
      }
    }
    const bool one = seen.size() == 1;
    emit(candidate.path, std::string(one ? "must be " : "must be one of ") + list + ", found " +
                             shown(value_at(document_, candidate.path)));
    return true;
  }
  return false;
}

// Every alternative asks for one more property of the same object: "one of ... is required".
// A Reference Object's "$ref" is left out: it is no alternative for a value without "$ref".
bool FindingWriter::add_one_required(const Issue& issue) {
  std::vector<std::string> names;
  for (const auto& alternative : issue.union_errors) {
    if (alternative.size() != 1 || !is_missing(alternative.front())) return false;
    const auto& path = alternative.front().path;
    if (path.size() != issue.path.size() + 1 || !starts_with(path, issue.path)) return false;
    const auto& name = std::get<std::string>(path.segments().back());
    if (name != "$ref") names.push_back(name);
  }
  if (names.size() < 2) return false;
  emit(issue.path, "one of the properties " + quoted_list(names, "or") + " is required");
  return true;
}

void FindingWriter::add_missing(const Issue& issue) {
  const auto& segments = issue.path.segments();
  const auto* name = segments.empty() ? nullptr : std::get_if<std::string>(&segments.back());
  if (name == nullptr) return emit(issue.path, plain(issue));

  std::string words = "required property " + in_quotes(*name) + " is missing";
  // dependentRequired: "required when \"x\" is present".
  if (issue.expected.starts_with("present with ")) {
    words += " (" + plain(issue) + ")";
  }
  emit(parent_of(issue.path), issue.path, std::move(words));
}

void FindingWriter::add_type(const Issue& issue) {
  const Json* value = value_at(document_, issue.path);
  if (issue.expected == "never") return emit(issue.path, "no value is allowed here");
  std::string words = "expected " + issue.expected + ", found " + issue.received;
  if (value != nullptr && !value->is_object() && !value->is_array() && !value->is_null()) {
    words += " " + shown(value);
  }
  emit(issue.path, std::move(words));
}

void FindingWriter::add_value(const Issue& issue) {
  if (issue.expected == "not") return emit(issue.path, plain(issue));
  std::string allowed = issue.expected;
  std::string list;
  bool several = false;
  for (const char c : allowed) {
    if (c == '|') {
      list += ", ";
      several = true;
    } else {
      list += c;
    }
  }
  emit(issue.path, std::string(several ? "must be one of " : "must be ") + list + ", found " +
                       shown(value_at(document_, issue.path)));
}

void FindingWriter::add_size(const Issue& issue) {
  const Json* value = value_at(document_, issue.path);
  if (value != nullptr && value->is_number() && !issue.expected.empty()) {
    // expected is ">=0", ">0", "<=10" or "<10".
    const auto digits = issue.expected.find_first_not_of("<>=");
    return emit(issue.path, "must be " + issue.expected.substr(0, digits) + " " +
                                issue.expected.substr(digits) + ", found " + shown(value));
  }
  const bool counted = value != nullptr && (value->is_array() || value->is_object());
  if (!counted || issue.message.find("'contains'") != std::string::npos) {
    return emit(issue.path, plain(issue));
  }
  // expected is ">=N", "<=N" or "exactly N".
  std::string bound = issue.expected;
  std::string how = "exactly ";
  if (bound.starts_with(">=")) how = "at least ";
  if (bound.starts_with("<=")) how = "at most ";
  if (bound.starts_with(">=") || bound.starts_with("<=")) bound = bound.substr(2);
  if (bound.starts_with("exactly ")) bound = bound.substr(8);
  const bool single = bound == "1";
  const std::string unit =
      value->is_array() ? (single ? "item" : "items") : (single ? "property" : "properties");
  emit(issue.path,
       "must have " + how + bound + " " + unit + ", has " + std::to_string(value->size()));
}

// A key that propertyNames rejects (the issue names it; its message starts "Invalid key ...").
void FindingWriter::add_key(const Issue& issue) {
  const std::string name = "property name " + in_quotes(issue.keys.front());
  if (issue.code == IssueCode::invalid_format && issue.expected.size() > 1 &&
      issue.expected.front() == '/') {
    return emit(issue.path, name + " does not match the pattern " +
                                issue.expected.substr(1, issue.expected.size() - 2));
  }
  Issue inner = issue;
  const std::string prefix = "Invalid key " + in_quotes(issue.keys.front()) + ": ";
  if (inner.message.starts_with(prefix)) inner.message = inner.message.substr(prefix.size());
  emit(issue.path, name + ": " + plain(inner));
}

std::vector<Finding> FindingWriter::take() {
  // "Several alternatives matched" adds nothing where another finding already explains the
  // value; and one problem reached through two ways is reported once.
  const auto ambiguity = [](const Finding& f) {
    return f.message.ends_with("where exactly one must match");
  };
  std::set<std::string> explained;
  for (const auto& finding : findings_) {
    if (!ambiguity(finding)) explained.insert(finding.pointer);
  }
  std::vector<Finding> out;
  std::set<std::pair<std::string, std::string>> seen;
  for (auto& finding : findings_) {
    if (ambiguity(finding) && explained.contains(finding.pointer)) continue;
    if (!seen.insert({finding.pointer, finding.message}).second) continue;
    out.push_back(std::move(finding));
  }
  findings_.clear();
  return out;
}

}  // namespace

std::vector<Finding> check_structure(const Json& document, Version version) {
  const auto issues = schema::validate(official_schema(version), document);
  FindingWriter writer(document);
  for (const auto& issue : issues) writer.add(issue);
  return writer.take();
}

}  // namespace accord::openapi
