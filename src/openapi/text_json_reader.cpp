// Strict JSON in two passes, both linear in the text:
//  1. nlohmann-json's SAX parser checks the text against RFC 8259 (syntax, UTF-8, control
//     characters, number range) and gives the place of the first error; no value is built.
//  2. simdjson On-Demand walks the checked text, building the value and the source map and
//     checking what the first pass does not: duplicate keys, depth, the number of values, and
//     numbers that a JSON value would change.
// accord::schema::read_json is not used: it builds an ordered_json through nlohmann's own
// insertion, which looks for the key among all the members before it (quadratic time on an
// object with many keys, which a hostile text can have), and it takes a NUL byte for the end of
// the text.

#include <simdjson.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "text_cursor.hpp"
#include "text_number.hpp"
#include "text_object.hpp"
#include "text_quote.hpp"
#include "text_readers.hpp"
#include "text_utf8.hpp"

namespace accord::openapi::detail {
namespace {

namespace od = simdjson::ondemand;

// Something wrong with the text: where and why.
struct Problem {
  LineColumn where;
  std::string message;
};

// nlohmann's message, without its "[json.exception.parse_error.101] parse error at line 1,
// column 2: " prefix (the place is reported apart), with the "last read: '<token>'" part cut
// short (a token can be a whole long string) and bytes that are not UTF-8 shown as U+FFFD.
std::string explanation(std::string_view what) {
  constexpr std::size_t kShownToken = 40;
  if (what.starts_with("[json.exception.")) {
    const std::size_t close = what.find("] ");
    if (close != std::string_view::npos) what.remove_prefix(close + 2);
  }
  const std::size_t colon = what.find(": ");
  if (what.starts_with("parse error") && colon != std::string_view::npos) {
    what.remove_prefix(colon + 2);
  }
  std::string message(what);
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

// The first pass: accepts every event, keeps the first error.
class Checker : public nlohmann::json_sax<Json> {
 public:
  bool null() override { return true; }
  bool boolean(bool /*value*/) override { return true; }
  bool number_integer(number_integer_t /*value*/) override { return true; }
  bool number_unsigned(number_unsigned_t /*value*/) override { return true; }
  bool number_float(number_float_t /*value*/, const string_t& /*literal*/) override { return true; }
  bool string(string_t& /*value*/) override { return true; }
  bool binary(binary_t& /*value*/) override { return false; }
  bool start_object(std::size_t /*size*/) override { return true; }
  bool key(string_t& /*name*/) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t /*size*/) override { return true; }
  bool end_array() override { return true; }

  bool parse_error(std::size_t position, const std::string& /*last_token*/,
                   const nlohmann::detail::exception& error) override {
    offset_ = position > 0 ? position - 1 : 0;
    message_ = "invalid JSON: " + explanation(error.what());
    return false;
  }

  // The byte offset and message of the error, if there was one.
  [[nodiscard]] std::optional<std::pair<std::size_t, std::string>> error() const {
    if (message_.empty()) return std::nullopt;
    return std::pair(offset_, message_);
  }

 private:
  std::size_t offset_ = 0;
  std::string message_;
};

std::optional<Problem> check_syntax(std::string_view text) {
  Checker checker;
  try {
    Json::sax_parse(text.begin(), text.end(), &checker);
  } catch (const Json::exception& error) {
    return Problem{TextCursor(text).at(text.size()), "invalid JSON: " + explanation(error.what())};
  }
  if (auto error = checker.error()) {
    return Problem{TextCursor(text).at(error->first), std::move(error->second)};
  }
  // nlohmann takes a NUL byte for the end of the text; anywhere but after a complete value it
  // is an error already, and after one it must not hide what follows it.
  if (const std::size_t nul = text.find('\0'); nul != std::string_view::npos) {
    return Problem{TextCursor(text).at(nul),
                   "invalid JSON: a NUL byte after the value; the text must end there"};
  }
  return std::nullopt;
}

// The second pass, iterative so that deep nesting cannot exhaust the stack.
class JsonBuilder {
 public:
  JsonBuilder(std::string_view text, const TextLimits& limits, SourceMap& map)
      : text_(text), limits_(limits), map_(map), cursor_(text) {}

  std::optional<Problem> run(Json& root) {
    const simdjson::padded_string padded(text_);
    base_ = padded.data();
    od::parser parser;
    const std::size_t depth = std::min(limits_.max_depth, text_.size()) + 2;
    if (const auto error = parser.allocate(padded.size(), depth)) return failure(error);
    od::document document;
    if (const auto error = parser.iterate(padded).get(document)) return failure(error);

    std::size_t start = 0;
    while (start < text_.size() && is_space(text_[start])) ++start;
    const LineColumn where = cursor_.at(start);
    map_.add("", where.line, where.column);
    bool scalar = false;
    if (const auto error = document.is_scalar().get(scalar)) return failure(error);
    if (scalar) return root_scalar(document, root, start);
    od::value value;
    if (const auto error = document.get_value().get(value)) return failure(error);
    if (auto problem = visit(value, start, SourceMap::root, root)) return problem;
    return walk();
  }

 private:
  struct Frame {
    Json* container = nullptr;
    bool started = false;
    od::array_iterator item;
    od::array_iterator items_end;
    od::object_iterator field;
    od::object_iterator fields_end;
    std::size_t index = 0;
    SourceMap::Node node = SourceMap::root;
    KeySet keys;      // objects: the keys so far
    Members members;  // objects: moved into the container when it ends
  };

  static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

  std::size_t offset_of(const char* position) const {
    return static_cast<std::size_t>(position - base_);
  }

  std::optional<Problem> failure(simdjson::error_code error) {
    return Problem{cursor_.at(offset_), std::string("the JSON text could not be read: ") +
                                            simdjson::error_message(error)};
  }

  std::optional<Problem> number(std::string_view token, std::size_t offset, Json& slot) {
    std::size_t length = 0;
    while (length < token.size() && !is_space(token[length]) && token[length] != ',' &&
           token[length] != ']' && token[length] != '}') {
      ++length;
    }
    auto number = number_from_literal(token.substr(0, length));
    if (auto* message = std::get_if<std::string>(&number)) {
      return Problem{cursor_.at(offset), std::move(*message)};
    }
    slot = std::move(std::get<Json>(number));
    return std::nullopt;
  }

  std::optional<Problem> root_scalar(od::document& document, Json& root, std::size_t offset) {
    od::json_type type{};
    if (const auto error = document.type().get(type)) return failure(error);
    switch (type) {
      case od::json_type::number: {
        std::string_view token;
        if (const auto error = document.raw_json_token().get(token)) return failure(error);
        return number(token, offset, root);
      }
      case od::json_type::string: {
        std::string_view text;
        if (const auto error = document.get_string().get(text)) return failure(error);
        root = std::string(text);
        return std::nullopt;
      }
      case od::json_type::boolean: {
        bool value = false;
        if (const auto error = document.get_bool().get(value)) return failure(error);
        root = value;
        return std::nullopt;
      }
      default: {
        bool null = false;
        if (const auto error = document.is_null().get(null)) return failure(error);
        root = nullptr;
        return std::nullopt;
      }
    }
  }

  // Reads `value` into `slot` (a scalar) or opens it (an array or an object), after counting it
  // against the limits.
  std::optional<Problem> visit(od::value& value, std::size_t offset, SourceMap::Node node,
                               Json& slot) {
    offset_ = offset;
    if (++values_ > limits_.max_values) {
      return Problem{cursor_.at(offset), "the document holds more than " +
                                             std::to_string(limits_.max_values) +
                                             " values (limit max_values)"};
    }
    od::json_type type{};
    if (const auto error = value.type().get(type)) return failure(error);
    Frame frame;
    frame.node = node;
    switch (type) {
      case od::json_type::array: {
        od::array array;
        if (const auto error = value.get_array().get(array)) return failure(error);
        if (const auto error = array.begin().get(frame.item)) return failure(error);
        if (const auto error = array.end().get(frame.items_end)) return failure(error);
        slot = Json::array();
        break;
      }
      case od::json_type::object: {
        od::object object;
        if (const auto error = value.get_object().get(object)) return failure(error);
        if (const auto error = object.begin().get(frame.field)) return failure(error);
        if (const auto error = object.end().get(frame.fields_end)) return failure(error);
        slot = Json::object();
        break;
      }
      case od::json_type::number:
        return number(value.raw_json_token(), offset, slot);
      case od::json_type::string: {
        std::string_view text;
        if (const auto error = value.get_string().get(text)) return failure(error);
        slot = std::string(text);
        return std::nullopt;
      }
      case od::json_type::boolean: {
        bool flag = false;
        if (const auto error = value.get_bool().get(flag)) return failure(error);
        slot = flag;
        return std::nullopt;
      }
      default: {
        bool null = false;
        if (const auto error = value.is_null().get(null)) return failure(error);
        slot = nullptr;
        return std::nullopt;
      }
    }
    if (frames_.size() + 1 > limits_.max_depth) {
      return Problem{cursor_.at(offset), "the text nests deeper than " +
                                             std::to_string(limits_.max_depth) +
                                             " levels (limit max_depth)"};
    }
    frame.container = &slot;
    frames_.push_back(std::move(frame));
    return std::nullopt;
  }

  std::optional<Problem> walk() {
    while (!frames_.empty()) {
      Frame& frame = frames_.back();
      if (frame.started) {
        if (frame.container->is_object()) {
          ++frame.field;
        } else {
          ++frame.item;
        }
      }
      frame.started = true;
      const bool done = frame.container->is_object() ? !(frame.field != frame.fields_end)
                                                     : !(frame.item != frame.items_end);
      if (done) {
        if (frame.container->is_object()) adopt_members(*frame.container, std::move(frame.members));
        frames_.pop_back();
        continue;
      }
      if (frame.container->is_object()) {
        if (auto problem = member(frame)) return problem;
      } else {
        if (auto problem = item(frame)) return problem;
      }
    }
    return std::nullopt;
  }

  std::optional<Problem> member(Frame& frame) {
    od::field field;
    if (const auto error = (*frame.field).get(field)) return failure(error);
    offset_ = offset_of(field.key().raw()) - 1;  // at the opening quote
    std::string_view key;
    if (const auto error = field.unescaped_key().get(key)) return failure(error);
    const LineColumn where = cursor_.at(offset_);
    if (const auto first = frame.keys.insert(key, where)) {
      return Problem{where, "duplicate key " + quoted(key) + " (first at line " +
                                std::to_string(first->line) + ", column " +
                                std::to_string(first->column) + ")"};
    }
    const SourceMap::Node node = map_.add(frame.node, key, where.line, where.column);
    Json& slot = frame.members.emplace_back(std::string(key), nullptr).second;
    od::value& value = field.value();
    return visit(value, offset_of(value.raw_json_token().data()), node, slot);
  }

  std::optional<Problem> item(Frame& frame) {
    od::value value;
    if (const auto error = (*frame.item).get(value)) return failure(error);
    const std::size_t offset = offset_of(value.raw_json_token().data());
    std::array<char, 24> digits{};
    const auto printed = std::to_chars(digits.data(), digits.data() + digits.size(), frame.index++);
    const std::string_view token(digits.data(),
                                 static_cast<std::size_t>(printed.ptr - digits.data()));
    const LineColumn where = cursor_.at(offset);
    const SourceMap::Node node = map_.add(frame.node, token, where.line, where.column);
    Json& slot = frame.container->emplace_back(nullptr);
    return visit(value, offset, node, slot);
  }

  std::string_view text_;
  const TextLimits& limits_;
  SourceMap& map_;
  TextCursor cursor_;
  const char* base_ = nullptr;
  std::size_t offset_ = 0;  // of the value or key being read, for errors
  std::vector<Frame> frames_;
  std::size_t values_ = 0;
};

}  // namespace

std::variant<ParsedText, TextError> read_json_text(std::string_view text,
                                                   std::string_view file_name,
                                                   const TextLimits& limits) {
  const std::string file(file_name);
  const auto error = [&](Problem problem) {
    return TextError{{file, problem.where.line, problem.where.column}, std::move(problem.message)};
  };
  if (auto problem = check_syntax(text)) return error(std::move(*problem));
  ParsedText parsed;
  parsed.format = TextFormat::json;
  parsed.locations.set_file(file);
  if (auto problem = JsonBuilder(text, limits, parsed.locations).run(parsed.value)) {
    return error(std::move(*problem));
  }
  return parsed;
}

}  // namespace accord::openapi::detail
