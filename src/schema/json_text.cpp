#include "accord/schema/json_text.hpp"

#include <algorithm>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "accord/schema/detail/checks.hpp"
#include "json_reader.hpp"

namespace accord::schema {
namespace {

// Strips nlohmann's "[json.exception.parse_error.101] parse error at line 1, column 2: " so
// that the message starts with the explanation; the location is reported as data.
std::string explanation(std::string_view what) {
  if (what.starts_with("[json.exception.")) {
    const std::size_t close = what.find("] ");
    if (close != std::string_view::npos) what.remove_prefix(close + 2);
  }
  const std::size_t colon = what.find(": ");
  if (what.starts_with("parse error") && colon != std::string_view::npos) {
    what.remove_prefix(colon + 2);
  }
  return std::string(what);
}

Issue text_issue(IssueCode code, std::string message, std::string_view text,
                 std::size_t offset) {
  Issue issue;
  issue.code = code;
  issue.message = std::move(message);
  issue.where = locate(text, std::min(offset, text.size()));
  return issue;
}

// Byte offset of the first bracket nested deeper than `max_depth`, skipping string contents.
// Used after the parser stopped on a valid prefix, where nlohmann gives no position.
std::size_t find_too_deep(std::string_view text, std::size_t max_depth) {
  std::size_t depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\') ++i;
      if (c == '"') in_string = false;
      continue;
    }
    if (c == '"') in_string = true;
    if (c == ']' || c == '}') --depth;
    if ((c == '[' || c == '{') && ++depth > max_depth) return i;
  }
  return text.size();
}

// Builds an ordered_json from SAX events, checking duplicate keys and nesting depth.
class DomBuilder : public nlohmann::json_sax<Json> {
 public:
  DomBuilder(std::string_view text, const JsonLimits& limits) : text_(text), limits_(limits) {}

  bool null() override { return add(Json(nullptr)); }
  bool boolean(bool value) override { return add(Json(value)); }
  bool number_integer(number_integer_t value) override { return add(Json(value)); }
  bool number_unsigned(number_unsigned_t value) override { return add(Json(value)); }

  // Integers beyond uint64 arrive here as doubles (precision is lost, as in JavaScript);
  // the parser itself reports numbers beyond double as an error before calling this.
  bool number_float(number_float_t value, const string_t& /*literal*/) override {
    return add(Json(value));
  }

  bool string(string_t& value) override { return add(Json(std::move(value))); }
  bool binary(binary_t& /*value*/) override { return false; }

  bool start_object(std::size_t /*size*/) override { return open(Json::object()); }
  bool start_array(std::size_t /*size*/) override { return open(Json::array()); }
  bool end_object() override { return close(); }
  bool end_array() override { return close(); }

  bool key(string_t& name) override {
    Frame& frame = frames_.back();
    if (!frame.seen.insert(name).second && !limits_.allow_duplicate_keys) {
      report_duplicate(name);
    }
    frame.key = std::move(name);
    return true;
  }

  bool parse_error(std::size_t position, const std::string& /*last_token*/,
                   const nlohmann::detail::exception& error) override {
    const std::size_t offset = position > 0 ? position - 1 : 0;
    const std::string message = "Invalid JSON: " + explanation(error.what());
    return fail(text_issue(IssueCode::invalid_json, message, text_, offset));
  }

  [[nodiscard]] bool failed() const { return failed_; }
  std::vector<Issue> take_issues() { return std::move(issues_); }
  Json take_root() { return std::move(root_); }

 private:
  struct Frame {
    Json* container = nullptr;
    std::string key;
    std::unordered_set<std::string> seen;
  };

  // Inserts `value` where the parser is and returns where it landed.
  Json* insert(Json&& value) {
    if (frames_.empty()) {
      root_ = std::move(value);
      return &root_;
    }
    Frame& frame = frames_.back();
    if (frame.container->is_array()) {
      frame.container->push_back(std::move(value));
      return &frame.container->back();
    }
    Json& slot = (*frame.container)[frame.key];
    slot = std::move(value);
    return &slot;
  }

  bool add(Json&& value) {
    insert(std::move(value));
    return true;
  }

  bool open(Json&& container) {
    if (frames_.size() >= limits_.max_depth) {
      Issue issue = text_issue(IssueCode::too_deep,
                               "Input nests deeper than " + std::to_string(limits_.max_depth) +
                                   " levels",
                               text_, find_too_deep(text_, limits_.max_depth));
      IssueSink sink;
      push_path(sink, true);
      issue.path = sink.path();
      return fail(std::move(issue));
    }
    frames_.push_back(Frame{insert(std::move(container)), {}, {}});
    return true;
  }

  bool close() {
    frames_.pop_back();
    return true;
  }

  // Pushes the path of the innermost open container, or with `next_child` the path of the
  // value about to be inserted into it.
  void push_path(IssueSink& sink, bool next_child) const {
    const std::size_t count = next_child ? frames_.size() : frames_.size() - 1;
    for (std::size_t i = 0; i < count; ++i) {
      const Json& parent = *frames_[i].container;
      const bool last = i + 1 == frames_.size();
      if (parent.is_array()) {
        sink.push(last ? parent.size() : parent.size() - 1);
      } else {
        sink.push(frames_[i].key);
      }
    }
  }

  void report_duplicate(std::string_view name) {
    IssueSink sink;
    push_path(sink, false);
    detail::report_duplicate_key(sink, name);
    for (auto& issue : sink.take()) issues_.push_back(std::move(issue));
  }

  bool fail(Issue issue) {
    issues_.clear();
    issues_.push_back(std::move(issue));
    failed_ = true;
    return false;
  }

  std::string_view text_;
  const JsonLimits& limits_;
  Json root_;
  std::vector<Frame> frames_;
  std::vector<Issue> issues_;
  bool failed_ = false;
};

}  // namespace

namespace detail {

JsonReadOutcome read_json_outcome(std::string_view text, const JsonLimits& limits) {
  // nlohmann stops at a NUL byte as if the text ended there; JSON never holds a raw NUL.
  // A problem before the NUL (nesting too deep) is reported as the typed parse reports it.
  if (const std::size_t nul = text.find('\0'); nul != std::string_view::npos) {
    JsonReadOutcome before = read_json_outcome(text.substr(0, nul), limits);
    const bool too_deep = before.fatal && !before.issues.empty() &&
                          before.issues.front().code == IssueCode::too_deep;
    if (too_deep) return before;
    return {Json(), {text_issue(IssueCode::invalid_json,
                                "Invalid JSON: a NUL byte is not allowed in JSON text", text, nul)},
            true};
  }
  DomBuilder builder(text, limits);
  try {
    Json::sax_parse(text.begin(), text.end(), &builder);
  } catch (const nlohmann::json::exception& error) {
    return {Json(), {text_issue(IssueCode::invalid_json,
                                "Invalid JSON: " + explanation(error.what()), text, text.size())},
            true};
  }
  const bool fatal = builder.failed();
  return {builder.take_root(), builder.take_issues(), fatal};
}

}  // namespace detail

Result<Json> read_json(std::string_view text, const JsonLimits& limits) {
  auto outcome = detail::read_json_outcome(text, limits);
  if (!outcome.issues.empty()) return std::move(outcome.issues);
  return std::move(outcome.value);
}

TextLocation locate(std::string_view text, std::size_t offset) noexcept {
  TextLocation location;
  location.offset = offset;
  const std::size_t end = std::min(offset, text.size());
  for (std::size_t i = 0; i < end; ++i) {
    if (text[i] == '\n') {
      ++location.line;
      location.column = 1;
    } else {
      ++location.column;
    }
  }
  return location;
}

}  // namespace accord::schema
