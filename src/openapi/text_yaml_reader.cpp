#include <yaml.h>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "text_cursor.hpp"
#include "text_object.hpp"
#include "text_quote.hpp"
#include "text_readers.hpp"
#include "text_yaml_scalar.hpp"

namespace accord::openapi::detail {
namespace {

constexpr std::uint32_t kNoAnchor = std::numeric_limits<std::uint32_t>::max();

// libyaml's event parser over a text, freed on every path.
class EventParser {
 public:
  explicit EventParser(std::string_view text) {
    ready_ = yaml_parser_initialize(&parser_) != 0;
    if (!ready_) return;
    yaml_parser_set_input_string(&parser_, reinterpret_cast<const unsigned char*>(text.data()),
                                 text.size());
    yaml_parser_set_encoding(&parser_, YAML_UTF8_ENCODING);
  }
  ~EventParser() {
    if (ready_) yaml_parser_delete(&parser_);
  }
  EventParser(const EventParser&) = delete;
  EventParser& operator=(const EventParser&) = delete;

  [[nodiscard]] bool ready() const { return ready_; }
  bool parse(yaml_event_t& event) { return yaml_parser_parse(&parser_, &event) != 0; }
  [[nodiscard]] const yaml_parser_t& state() const { return parser_; }

 private:
  yaml_parser_t parser_{};
  bool ready_ = false;
};

// One libyaml event, freed when it goes out of scope.
class EventHolder {
 public:
  EventHolder() = default;
  ~EventHolder() {
    if (filled_) yaml_event_delete(&event_);
  }
  EventHolder(const EventHolder&) = delete;
  EventHolder& operator=(const EventHolder&) = delete;

  bool next(EventParser& parser) {
    if (filled_) yaml_event_delete(&event_);
    filled_ = parser.parse(event_);
    return filled_;
  }
  [[nodiscard]] const yaml_event_t& get() const { return event_; }

 private:
  yaml_event_t event_{};
  bool filled_ = false;
};

std::string_view text_of(const yaml_char_t* text) {
  return text == nullptr ? std::string_view()
                         : std::string_view(reinterpret_cast<const char*>(text));
}

// A node as the builder needs it, after every check passed.
struct Event {
  enum class Kind : std::uint8_t { scalar, key, alias, sequence, mapping, end };
  Kind kind = Kind::scalar;
  std::uint32_t anchor = kNoAnchor;  // defined on this node; for an alias, the one it repeats
  Json value;                        // a scalar's value, or a key
};

// An anchor definition and the size of what an alias of it produces.
struct Anchor {
  bool open = true;   // its node has not ended yet
  bool used = false;  // some alias repeats it
  std::size_t values = 0;
  std::size_t bytes = 0;
  std::size_t height = 0;  // levels of nesting: 0 for a scalar
  Json value;              // kept for scalars while checking, for used containers while building
};

// An open sequence or mapping while checking.
struct Frame {
  bool mapping = false;
  bool expect_key = true;
  std::uint32_t anchor = kNoAnchor;
  std::size_t values = 1;
  std::size_t bytes = 0;
  std::size_t height = 1;
  std::size_t index = 0;
  SourceMap::Node node = SourceMap::root;    // where this container is in the source map
  SourceMap::Node member = SourceMap::root;  // mappings: the member whose key was just read
  KeySet keys;
};

// Reads one YAML document in two passes: libyaml's events are checked (structure, keys,
// tags, limits, with alias expansion counted, not performed) into a list, and only then is
// the value built, so a billion-laughs text fails before anything is expanded.
class YamlReader {
 public:
  YamlReader(std::string_view text, std::string_view file_name, const TextLimits& limits)
      : text_(text), file_(file_name), limits_(limits) {}

  std::variant<ParsedText, TextError> read() {
    ParsedText parsed;
    parsed.format = TextFormat::yaml;
    parsed.locations.set_file(file_);
    map_ = &parsed.locations;
    if (auto error = check()) return std::move(*error);
    parsed.value = build();
    return parsed;
  }

 private:
  TextError error_at(const yaml_mark_t& mark, std::string message) const {
    return TextError{{file_, mark.line + 1, mark.column + 1}, std::move(message)};
  }

  TextError parser_error(const yaml_parser_t& parser) const {
    std::string problem = parser.problem != nullptr ? parser.problem : "unknown error";
    if (parser.error == YAML_MEMORY_ERROR) return TextError{{file_, 0, 0}, "out of memory"};
    if (parser.error == YAML_READER_ERROR) {
      const LineColumn where = TextCursor(text_).at(parser.problem_offset);
      std::string message = "invalid YAML text: " + problem;
      if (parser.problem_value >= 0) {
        static constexpr std::string_view kHex = "0123456789ABCDEF";
        const auto value = static_cast<unsigned>(parser.problem_value);
        const bool byte = problem.find("octet") != std::string::npos;  // else a code point
        std::string shown = byte ? " (byte 0x" : " (U+";
        for (unsigned digits = byte ? 2 : (value > 0xFFFF ? 6 : 4); digits > 0; --digits) {
          shown += kHex[(value >> (4 * (digits - 1))) & 0xFU];
        }
        message += shown + " at offset " + std::to_string(parser.problem_offset) + ")";
      }
      return TextError{{file_, where.line, where.column}, std::move(message)};
    }
    std::string message = "invalid YAML: " + problem;
    if (character_at(parser.problem_mark) == '\t') message += " (a tab: YAML indents with spaces)";
    if (parser.context != nullptr) {
      message += " (" + std::string(parser.context) + " at line " +
                 std::to_string(parser.context_mark.line + 1) + ", column " +
                 std::to_string(parser.context_mark.column + 1) + ")";
    }
    return error_at(parser.problem_mark, std::move(message));
  }

  // The first byte of the character at `mark`, or 0 past the end.
  char character_at(const yaml_mark_t& mark) const {
    std::size_t offset = 0;
    for (std::size_t line = 0; line < mark.line && offset < text_.size(); ++offset) {
      if (text_[offset] == '\n') ++line;
    }
    for (std::size_t column = 0; offset < text_.size(); ++offset) {
      if ((static_cast<unsigned char>(text_[offset]) & 0xC0U) == 0x80U) continue;
      if (column++ == mark.column) return text_[offset];
    }
    return 0;
  }

  std::optional<TextError> check() {
    EventParser parser(text_);
    if (!parser.ready()) return TextError{{file_, 0, 0}, "out of memory"};
    EventHolder holder;
    while (true) {
      if (!holder.next(parser)) return parser_error(parser.state());
      const yaml_event_t& event = holder.get();
      std::optional<TextError> error;
      switch (event.type) {
        case YAML_DOCUMENT_START_EVENT:
          if (++documents_ > 1) {
            return error_at(event.start_mark,
                            "a second YAML document starts here; a text holds one document");
          }
          break;
        case YAML_STREAM_END_EVENT:
          if (documents_ == 0) {
            return error_at(event.start_mark,
                            "the text holds no YAML document (it is empty or only comments)");
          }
          return std::nullopt;
        case YAML_SCALAR_EVENT:
          error = scalar(event);
          break;
        case YAML_ALIAS_EVENT:
          error = alias(event);
          break;
        case YAML_SEQUENCE_START_EVENT:
        case YAML_MAPPING_START_EVENT:
          error = start(event);
          break;
        case YAML_SEQUENCE_END_EVENT:
        case YAML_MAPPING_END_EVENT:
          end();
          break;
        default:
          break;
      }
      if (error) return error;
    }
  }

  [[nodiscard]] bool expecting_key() const {
    return !frames_.empty() && frames_.back().mapping && frames_.back().expect_key;
  }

  // Records where the node about to be added starts (mapping values were recorded at their
  // key) and returns it.
  SourceMap::Node place(const yaml_mark_t& mark) {
    if (frames_.empty()) {
      map_->add("", mark.line + 1, mark.column + 1);
      return SourceMap::root;
    }
    Frame& frame = frames_.back();
    if (frame.mapping) {
      frame.expect_key = true;
      return frame.member;
    }
    return map_->add(frame.node, std::to_string(frame.index++), mark.line + 1, mark.column + 1);
  }

  // Adds what a node produces to the totals, against the limits.
  std::optional<TextError> count(const yaml_mark_t& mark, std::size_t values, std::size_t bytes,
                                 bool alias) {
    total_values_ += values;
    total_bytes_ += bytes;
    const std::string through = alias ? " once its aliases are expanded" : "";
    if (total_values_ > limits_.max_values) {
      return error_at(mark, "the document holds more than " + std::to_string(limits_.max_values) +
                                " values" + through + " (limit max_values)");
    }
    if (total_bytes_ > limits_.max_string_bytes) {
      return error_at(mark,
                      "the document holds more than " + std::to_string(limits_.max_string_bytes) +
                          " bytes of keys and strings" + through + " (limit max_string_bytes)");
    }
    return std::nullopt;
  }

  // Adds a finished child to the size of the open container, for anchors on it.
  void add_to_parent(std::size_t values, std::size_t bytes, std::size_t height) {
    if (frames_.empty()) return;
    Frame& parent = frames_.back();
    parent.values += values;
    parent.bytes += bytes;
    parent.height = std::max(parent.height, height + 1);
  }

  std::optional<TextError> too_deep(const yaml_mark_t& mark) const {
    return error_at(mark, "the text nests deeper than " + std::to_string(limits_.max_depth) +
                              " levels (limit max_depth)");
  }

  std::uint32_t define(const yaml_char_t* name) {
    if (name == nullptr) return kNoAnchor;
    const auto id = static_cast<std::uint32_t>(anchors_.size());
    anchors_.emplace_back();
    anchor_ids_[std::string(text_of(name))] = id;
    return id;
  }

  std::optional<TextError> key(const yaml_event_t& event, std::string_view text, bool plain,
                               std::string_view tag) {
    if (!tag.empty() && tag != "!" && tag != std::string(kYamlTagPrefix) + "str") {
      return error_at(event.start_mark, "mapping keys are strings; the tag " + show_tag(tag) +
                                            " is not supported on a key");
    }
    if (plain && tag.empty() && text == "<<") {
      return error_at(event.start_mark,
                      "merge keys (<<) are not supported; write the merged keys out");
    }
    Frame& frame = frames_.back();
    const LineColumn where{event.start_mark.line + 1, event.start_mark.column + 1};
    if (const auto first = frame.keys.insert(text, where)) {
      return error_at(event.start_mark, "duplicate key " + quoted(text) + " (first at line " +
                                            std::to_string(first->line) + ", column " +
                                            std::to_string(first->column) + ")");
    }
    frame.expect_key = false;
    frame.member = map_->add(frame.node, text, where.line, where.column);
    if (auto error = count(event.start_mark, 0, text.size(), false)) return error;
    frame.bytes += text.size();

    const std::uint32_t anchor = define(event.data.scalar.anchor);
    if (anchor != kNoAnchor) {  // a key can be repeated elsewhere as a value
      auto value = resolve_scalar(text, plain, tag);
      if (auto* message = std::get_if<std::string>(&value)) {
        return error_at(event.start_mark, std::move(*message));
      }
      Anchor& defined = anchors_[anchor];
      defined.value = std::move(std::get<Json>(value));
      defined.open = false;
      defined.values = 1;
      defined.bytes = defined.value.is_string() ? text.size() : 0;
    }
    events_.push_back(Event{Event::Kind::key, kNoAnchor, Json(std::string(text))});
    return std::nullopt;
  }

  std::optional<TextError> scalar(const yaml_event_t& event) {
    const auto& data = event.data.scalar;
    const std::string_view text(reinterpret_cast<const char*>(data.value), data.length);
    const bool plain = data.style == YAML_PLAIN_SCALAR_STYLE;
    const std::string_view tag = text_of(data.tag);
    if (expecting_key()) return key(event, text, plain, tag);

    auto resolved = resolve_scalar(text, plain, tag);
    if (auto* message = std::get_if<std::string>(&resolved)) {
      return error_at(event.start_mark, std::move(*message));
    }
    Json value = std::move(std::get<Json>(resolved));
    place(event.start_mark);
    const std::size_t bytes = value.is_string() ? text.size() : 0;
    if (auto error = count(event.start_mark, 1, bytes, false)) return error;
    add_to_parent(1, bytes, 0);
    const std::uint32_t anchor = define(data.anchor);
    if (anchor != kNoAnchor) {
      Anchor& defined = anchors_[anchor];
      defined.value = value;
      defined.open = false;
      defined.values = 1;
      defined.bytes = bytes;
    }
    events_.push_back(Event{Event::Kind::scalar, kNoAnchor, std::move(value)});
    return std::nullopt;
  }

  std::optional<TextError> alias(const yaml_event_t& event) {
    const std::string_view name = text_of(event.data.alias.anchor);
    if (expecting_key()) {
      return error_at(event.start_mark,
                      "an alias (*" + std::string(name) + ") cannot be a mapping key here");
    }
    const auto found = anchor_ids_.find(std::string(name));
    if (found == anchor_ids_.end()) {
      return error_at(event.start_mark, "the alias *" + std::string(name) + " has no anchor &" +
                                            std::string(name) + " before it");
    }
    Anchor& anchor = anchors_[found->second];
    if (anchor.open) {
      return error_at(event.start_mark, "the alias *" + std::string(name) +
                                            " is inside the node it repeats (a recursive alias)");
    }
    if (frames_.size() + anchor.height > limits_.max_depth) return too_deep(event.start_mark);
    place(event.start_mark);
    if (auto error = count(event.start_mark, anchor.values, anchor.bytes, true)) return error;
    add_to_parent(anchor.values, anchor.bytes, anchor.height);
    anchor.used = true;
    events_.push_back(Event{Event::Kind::alias, found->second, Json()});
    return std::nullopt;
  }

  std::optional<TextError> start(const yaml_event_t& event) {
    const bool mapping = event.type == YAML_MAPPING_START_EVENT;
    const std::string_view tag =
        text_of(mapping ? event.data.mapping_start.tag : event.data.sequence_start.tag);
    const yaml_char_t* anchor =
        mapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor;
    if (expecting_key()) {
      return error_at(event.start_mark, std::string("mapping keys are strings; a ") +
                                            (mapping ? "mapping" : "sequence") +
                                            " cannot be a key");
    }
    const std::string expected_tag = std::string(kYamlTagPrefix) + (mapping ? "map" : "seq");
    if (!tag.empty() && tag != "!" && tag != expected_tag) {
      return error_at(event.start_mark,
                      "the tag " + show_tag(tag) + " is not supported on a " +
                          (mapping ? "mapping (only !!map)" : "sequence (only !!seq)"));
    }
    if (frames_.size() + 1 > limits_.max_depth) return too_deep(event.start_mark);
    const SourceMap::Node node = place(event.start_mark);
    if (auto error = count(event.start_mark, 1, 0, false)) return error;
    Frame frame;
    frame.mapping = mapping;
    frame.anchor = define(anchor);
    frame.node = node;
    frames_.push_back(std::move(frame));
    events_.push_back(
        Event{mapping ? Event::Kind::mapping : Event::Kind::sequence, frames_.back().anchor, {}});
    return std::nullopt;
  }

  void end() {
    const Frame frame = std::move(frames_.back());
    frames_.pop_back();
    if (frame.anchor != kNoAnchor) {
      Anchor& anchor = anchors_[frame.anchor];
      anchor.open = false;
      anchor.values = frame.values;
      anchor.bytes = frame.bytes;
      anchor.height = frame.height;
    }
    add_to_parent(frame.values, frame.bytes, frame.height);
    events_.push_back(Event{Event::Kind::end, kNoAnchor, {}});
  }

  // Second pass: the value, from checked events.
  Json build() {
    struct Open {
      Json* container = nullptr;
      std::uint32_t anchor = kNoAnchor;
      std::string key;
      Members members;  // mappings: moved into the container when it ends
    };
    Json root;
    std::vector<Open> open;
    const auto put = [&](Json&& value) -> Json* {
      if (open.empty()) {
        root = std::move(value);
        return &root;
      }
      Open& parent = open.back();
      if (parent.container->is_array()) {
        parent.container->push_back(std::move(value));
        return &parent.container->back();
      }
      return &parent.members.emplace_back(std::move(parent.key), std::move(value)).second;
    };
    for (Event& event : events_) {
      switch (event.kind) {
        case Event::Kind::key:
          open.back().key = std::move(event.value.get_ref<std::string&>());
          break;
        case Event::Kind::scalar:
          put(std::move(event.value));
          break;
        case Event::Kind::alias:
          put(Json(anchors_[event.anchor].value));
          break;
        case Event::Kind::sequence:
          open.push_back(Open{put(Json::array()), event.anchor, {}, {}});
          break;
        case Event::Kind::mapping:
          open.push_back(Open{put(Json::object()), event.anchor, {}, {}});
          break;
        case Event::Kind::end: {
          Open& closed = open.back();
          if (closed.container->is_object()) {
            adopt_members(*closed.container, std::move(closed.members));
          }
          if (closed.anchor != kNoAnchor && anchors_[closed.anchor].used) {
            anchors_[closed.anchor].value = *closed.container;
          }
          open.pop_back();
          break;
        }
      }
    }
    events_.clear();
    anchors_.clear();
    return root;
  }

  std::string_view text_;
  std::string file_;
  const TextLimits& limits_;
  SourceMap* map_ = nullptr;
  std::size_t documents_ = 0;
  std::vector<Frame> frames_;
  std::vector<Event> events_;
  std::vector<Anchor> anchors_;
  std::unordered_map<std::string, std::uint32_t> anchor_ids_;
  std::size_t total_values_ = 0;
  std::size_t total_bytes_ = 0;
};

}  // namespace

std::variant<ParsedText, TextError> read_yaml_text(std::string_view text,
                                                   std::string_view file_name,
                                                   const TextLimits& limits) {
  return YamlReader(text, file_name, limits).read();
}

}  // namespace accord::openapi::detail
