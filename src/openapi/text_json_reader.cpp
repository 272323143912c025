#include <simdjson.h>

#include <array>
#include <charconv>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "accord/schema/json_text.hpp"
#include "text_cursor.hpp"
#include "text_number.hpp"
#include "text_quote.hpp"
#include "text_readers.hpp"
#include "text_utf8.hpp"

namespace accord::openapi::detail {
namespace {

namespace od = simdjson::ondemand;

// Something wrong with a text that read_json accepted: where and why.
struct Problem {
  LineColumn where;
  std::string message;
};

// Walks JSON text that read_json accepted with simdjson On-Demand, recording the location of
// every value and checking what read_json does not: number literals that a JSON value would
// change, the number of values, and (only when asked, after read_json found some) where a key
// is duplicated. Iterative, so deep nesting cannot exhaust the stack.
class JsonIndexer {
 public:
  JsonIndexer(std::string_view text, const TextLimits& limits, bool find_duplicates, SourceMap& map)
      : text_(text), limits_(limits), find_duplicates_(find_duplicates), map_(map), cursor_(text) {}

  std::optional<Problem> run() {
    const simdjson::padded_string padded(text_);
    base_ = padded.data();
    od::parser parser;
    if (const auto error = parser.allocate(padded.size(), limits_.max_depth + 2)) {
      return failure(error);
    }
    od::document document;
    if (const auto error = parser.iterate(padded).get(document)) return failure(error);

    std::size_t root = 0;
    while (root < text_.size() && is_space(text_[root])) ++root;
    const LineColumn where = cursor_.at(root);
    map_.add("", where.line, where.column);
    bool scalar = false;
    if (const auto error = document.is_scalar().get(scalar)) return failure(error);
    if (scalar) {
      od::json_type type{};
      if (const auto error = document.type().get(type)) return failure(error);
      if (type == od::json_type::number) {
        std::string_view token;
        if (const auto error = document.raw_json_token().get(token)) return failure(error);
        if (auto problem = check_number(token, root)) return problem;
      }
    } else {
      od::value value;
      if (const auto error = document.get_value().get(value)) return failure(error);
      if (auto problem = visit(value, root, SourceMap::root)) return problem;
      if (auto problem = walk()) return problem;
    }
    return std::nullopt;
  }

 private:
  struct Frame {
    bool object = false;
    bool started = false;
    od::array_iterator item;
    od::array_iterator items_end;
    od::object_iterator field;
    od::object_iterator fields_end;
    std::size_t index = 0;
    SourceMap::Node node = SourceMap::root;
    std::unordered_map<std::string, LineColumn> keys;  // only when finding duplicates
  };

  static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

  std::size_t offset_of(const char* position) const {
    return static_cast<std::size_t>(position - base_);
  }

  std::optional<Problem> failure(simdjson::error_code error) {
    return Problem{cursor_.at(0), std::string("the JSON text could not be indexed: ") +
                                      simdjson::error_message(error)};
  }

  std::optional<Problem> check_number(std::string_view token, std::size_t offset) {
    std::size_t length = 0;
    while (length < token.size() && !is_space(token[length]) && token[length] != ',' &&
           token[length] != ']' && token[length] != '}') {
      ++length;
    }
    auto number = number_from_literal(token.substr(0, length));
    if (auto* message = std::get_if<std::string>(&number)) {
      return Problem{cursor_.at(offset), std::move(*message)};
    }
    return std::nullopt;
  }

  // Counts `value` (recorded already), checks it when it is a number, and opens it when it is
  // an array or an object.
  std::optional<Problem> visit(od::value& value, std::size_t offset, SourceMap::Node node) {
    if (++values_ > limits_.max_values) {
      return Problem{cursor_.at(offset), "the document holds more than " +
                                             std::to_string(limits_.max_values) +
                                             " values (limit max_values)"};
    }
    od::json_type type{};
    if (const auto error = value.type().get(type)) return failure(error);
    Frame frame;
    frame.node = node;
    if (type == od::json_type::array) {
      od::array array;
      if (const auto error = value.get_array().get(array)) return failure(error);
      if (const auto error = array.begin().get(frame.item)) return failure(error);
      if (const auto error = array.end().get(frame.items_end)) return failure(error);
    } else if (type == od::json_type::object) {
      od::object object;
      if (const auto error = value.get_object().get(object)) return failure(error);
      if (const auto error = object.begin().get(frame.field)) return failure(error);
      if (const auto error = object.end().get(frame.fields_end)) return failure(error);
      frame.object = true;
    } else {
      if (type == od::json_type::number) return check_number(value.raw_json_token(), offset);
      return std::nullopt;
    }
    frames_.push_back(std::move(frame));
    return std::nullopt;
  }

  std::optional<Problem> walk() {
    while (!frames_.empty()) {
      Frame& frame = frames_.back();
      if (frame.started) {
        if (frame.object) {
          ++frame.field;
        } else {
          ++frame.item;
        }
      }
      frame.started = true;
      const bool done =
          frame.object ? !(frame.field != frame.fields_end) : !(frame.item != frame.items_end);
      if (done) {
        frames_.pop_back();
        continue;
      }
      if (frame.object) {
        od::field field;
        if (const auto error = (*frame.field).get(field)) return failure(error);
        const std::size_t key_offset = offset_of(field.key().raw()) - 1;  // at the '"'
        std::string_view key;
        if (const auto error = field.unescaped_key().get(key)) return failure(error);
        const LineColumn where = cursor_.at(key_offset);
        const SourceMap::Node member = map_.add(frame.node, key, where.line, where.column);
        if (find_duplicates_) {
          const auto [first, inserted] = frame.keys.try_emplace(std::string(key), where);
          if (!inserted) {
            return Problem{where, "duplicate key " + quoted(key) + " (first at line " +
                                      std::to_string(first->second.line) + ", column " +
                                      std::to_string(first->second.column) + ")"};
          }
        }
        od::value& value = field.value();
        const std::size_t offset = offset_of(value.raw_json_token().data());
        if (auto problem = visit(value, offset, member)) return problem;
      } else {
        od::value value;
        if (const auto error = (*frame.item).get(value)) return failure(error);
        const std::size_t offset = offset_of(value.raw_json_token().data());
        std::array<char, 24> digits{};
        const auto printed =
            std::to_chars(digits.data(), digits.data() + digits.size(), frame.index++);
        const std::string_view token(digits.data(),
                                     static_cast<std::size_t>(printed.ptr - digits.data()));
        const LineColumn where = cursor_.at(offset);
        const SourceMap::Node item = map_.add(frame.node, token, where.line, where.column);
        if (auto problem = visit(value, offset, item)) return problem;
      }
    }
    return std::nullopt;
  }

  std::string_view text_;
  const TextLimits& limits_;
  bool find_duplicates_;
  SourceMap& map_;
  TextCursor cursor_;
  const char* base_ = nullptr;
  std::vector<Frame> frames_;
  std::size_t values_ = 0;
};

// read_json's message, starting lower-case, with nlohmann's "last read: '<token>'" cut short
// (a token can be a whole long string) and bytes that are not UTF-8 shown as U+FFFD.
std::string sentence(std::string message) {
  constexpr std::size_t kShownToken = 40;
  if (message.starts_with("Invalid JSON")) message[0] = 'i';
  constexpr std::string_view kLastRead = "last read: '";
  if (const std::size_t at = message.find(kLastRead); at != std::string::npos) {
    const std::size_t token = at + kLastRead.size();
    if (message.size() > token + kShownToken + 1) {
      std::size_t cut = token + kShownToken;
      while (cut > token && (static_cast<unsigned char>(message[cut]) & 0xC0U) == 0x80U) --cut;
      const std::size_t close = message.find("'; ", cut);
      message.replace(cut, close == std::string::npos ? std::string::npos : close - cut,
                      close == std::string::npos ? "...'" : "...");
    }
  }
  std::string text;
  for (std::size_t index = 0; index < message.size();) {
    const std::size_t start = index;
    char32_t code_point = 0;
    if (next_code_point(message, index, code_point)) {
      text.append(message, start, index - start);
    } else {
      text += "\xEF\xBF\xBD";
      ++index;
    }
  }
  return text;
}

}  // namespace

std::variant<ParsedText, TextError> read_json_text(std::string_view text,
                                                   std::string_view file_name,
                                                   const TextLimits& limits) {
  const std::string file(file_name);
  schema::JsonLimits json_limits;
  json_limits.max_depth = limits.max_depth;
  auto result = schema::read_json(text, json_limits);
  bool duplicates = false;
  for (const schema::Issue& issue : result.issues()) {
    if (issue.code == schema::IssueCode::duplicate_key) {
      duplicates = true;
      continue;
    }
    const LineColumn where = TextCursor(text).at(issue.where ? issue.where->offset : 0);
    std::string message = issue.code == schema::IssueCode::too_deep
                              ? "the text nests deeper than " + std::to_string(limits.max_depth) +
                                    " levels (limit max_depth)"
                              : sentence(issue.message);
    return TextError{{file, where.line, where.column}, std::move(message)};
  }

  // read_json takes a NUL byte for the end of the text; one after a complete value (anywhere
  // else it is an error already) must not hide what follows it.
  if (const std::size_t nul = text.find('\0'); result.ok() && nul != std::string_view::npos) {
    const LineColumn where = TextCursor(text).at(nul);
    return TextError{{file, where.line, where.column},
                     "invalid JSON: a NUL byte after the value; the text must end there"};
  }

  ParsedText parsed;
  parsed.format = TextFormat::json;
  parsed.locations.set_file(file);
  JsonIndexer indexer(text, limits, duplicates, parsed.locations);
  if (auto problem = indexer.run()) {
    return TextError{{file, problem->where.line, problem->where.column},
                     std::move(problem->message)};
  }
  if (duplicates) {  // read_json saw a duplicate that the indexer did not: report it as is
    return TextError{{file, 1, 1}, result.issues().front().message};
  }
  parsed.value = std::move(result).value();
  return parsed;
}

}  // namespace accord::openapi::detail
