// to_yaml_text on libyaml's emitter: accord decides each scalar's style (plain only when the
// YAML 1.2 core schema, and YAML 1.1 readers, read it back as the same value), libyaml writes
// the text (indentation, quoting, escapes, block scalars, explicit keys).

#include <yaml.h>

#include <climits>
#include <cmath>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

#include "accord/openapi/text.hpp"
#include "text_utf8.hpp"
#include "text_yaml_scalar.hpp"

namespace accord::openapi {
namespace {

// Characters that may not start a plain scalar (YAML indicators), plus the ones that would make
// other readers see a number ('.', '+', digits are checked apart).
constexpr std::string_view kIndicators = "-?:,[]{}#&*!|>'\"%@`";

// Code points that YAML does not allow raw in the text, or reads as a line break or a byte
// order mark; libyaml writes them as escapes in double quotes.
bool needs_escape(char32_t c) {
  return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == 0x2028 || c == 0x2029 ||
         c == 0xFEFF || c == 0xFFFE || c == 0xFFFF;
}

bool is_blank(char c) {
  return c == ' ' || c == '\t';
}

// The words that YAML 1.1 readers (still common) take for booleans or special keys.
bool yaml11_special(std::string_view text) {
  if (text.size() > 3) return false;
  std::string lower(text);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return lower == "y" || lower == "n" || lower == "yes" || lower == "no" || lower == "on" ||
         lower == "off" || lower == "=" || lower == "<<";
}

int append_output(void* data, unsigned char* buffer, std::size_t size) {
  static_cast<std::string*>(data)->append(reinterpret_cast<const char*>(buffer), size);
  return 1;
}

class YamlWriter {
 public:
  YamlWriter() {
    if (yaml_emitter_initialize(&emitter_) == 0) throw std::bad_alloc();
    yaml_emitter_set_output(&emitter_, &append_output, &out_);
    yaml_emitter_set_unicode(&emitter_, 1);
    yaml_emitter_set_width(&emitter_, -1);  // no folding of long lines
    yaml_emitter_set_indent(&emitter_, 2);
    yaml_emitter_set_break(&emitter_, YAML_LN_BREAK);
  }
  YamlWriter(const YamlWriter&) = delete;
  YamlWriter& operator=(const YamlWriter&) = delete;
  ~YamlWriter() { yaml_emitter_delete(&emitter_); }

  std::string write(const Json& root) {
    yaml_event_t event;
    yaml_stream_start_event_initialize(&event, YAML_UTF8_ENCODING);
    emit(event);
    yaml_document_start_event_initialize(&event, nullptr, nullptr, nullptr, 1);
    emit(event);
    node(root, false);
    yaml_document_end_event_initialize(&event, 1);
    emit(event);
    yaml_stream_end_event_initialize(&event);
    emit(event);
    if (yaml_emitter_flush(&emitter_) == 0) emitter_failed();
    return std::move(out_);
  }

 private:
  [[noreturn]] void fail(const std::string& what) const {
    throw std::invalid_argument("to_yaml_text: " + what + " at \"" + pointer_ + "\"");
  }

  [[noreturn]] void emitter_failed() const {
    fail(std::string("libyaml's emitter failed: ") +
         (emitter_.problem != nullptr ? emitter_.problem : "unknown problem"));
  }

  // libyaml takes the event (and frees it) whether it succeeds or not.
  void emit(yaml_event_t& event) {
    if (yaml_emitter_emit(&emitter_, &event) == 0) emitter_failed();
  }

  // Writes `value`; `is_key` for mapping keys (never block scalars).
  void node(const Json& value, bool is_key) {
    yaml_event_t event;
    if (value.is_object()) {
      const bool empty = value.empty();
      yaml_mapping_start_event_initialize(
          &event, nullptr, nullptr, 1, empty ? YAML_FLOW_MAPPING_STYLE : YAML_BLOCK_MAPPING_STYLE);
      emit(event);
      const std::size_t pointer_size = pointer_.size();
      for (const auto& [key, item] : value.items()) {
        pointer_.resize(pointer_size);
        append_pointer_token(pointer_, key);
        string(key, true);
        node(item, false);
      }
      pointer_.resize(pointer_size);
      yaml_mapping_end_event_initialize(&event);
      emit(event);
      return;
    }
    if (value.is_array()) {
      const bool empty = value.empty();
      yaml_sequence_start_event_initialize(
          &event, nullptr, nullptr, 1,
          empty ? YAML_FLOW_SEQUENCE_STYLE : YAML_BLOCK_SEQUENCE_STYLE);
      emit(event);
      const std::size_t pointer_size = pointer_.size();
      std::size_t index = 0;
      for (const Json& item : value) {
        pointer_.resize(pointer_size);
        pointer_ += '/' + std::to_string(index++);
        node(item, false);
      }
      pointer_.resize(pointer_size);
      yaml_sequence_end_event_initialize(&event);
      emit(event);
      return;
    }
    switch (value.type()) {
      case Json::value_t::null:
        plain_scalar("null");
        return;
      case Json::value_t::boolean:
        plain_scalar(value.get<bool>() ? "true" : "false");
        return;
      case Json::value_t::number_integer:
        plain_scalar(std::to_string(value.get<std::int64_t>()));
        return;
      case Json::value_t::number_unsigned:
        plain_scalar(std::to_string(value.get<std::uint64_t>()));
        return;
      case Json::value_t::number_float:
        plain_scalar(number(value.get<double>()));
        return;
      case Json::value_t::string:
        string(value.get_ref<const std::string&>(), is_key);
        return;
      case Json::value_t::binary:
        fail("binary data has no YAML text");
      case Json::value_t::discarded:
        fail("a discarded value has no YAML text");
      default:
        fail("an unexpected value");
    }
  }

  // nlohmann's shortest form, as to_json_text writes it ("1.0", "2.5e-07"), with ".0" added
  // to a mantissa without a point ("1.0e+300"): YAML 1.2 reads both forms back as the same
  // float, YAML 1.1 readers only the second.
  std::string number(double value) const {
    if (!std::isfinite(value)) fail("NaN or infinity has no JSON value");
    std::string text = Json(value).dump();
    const std::size_t exponent = text.find('e');
    if (exponent != std::string::npos && text.find('.') == std::string::npos) {
      text.insert(exponent, ".0");
    }
    return text;
  }

  void scalar(const std::string& text, yaml_scalar_style_t style) {
    if (text.size() > static_cast<std::size_t>(INT_MAX)) fail("a string over 2 GiB");
    yaml_event_t event;
    const bool plain = style == YAML_PLAIN_SCALAR_STYLE;
    // Quoted and block scalars are strings without a tag ("quoted implicit").
    if (yaml_scalar_event_initialize(&event, nullptr, nullptr,
                                     reinterpret_cast<yaml_char_t*>(const_cast<char*>(text.data())),
                                     static_cast<int>(text.size()), plain ? 1 : 0, 1, style) == 0) {
      throw std::bad_alloc();
    }
    emit(event);
  }

  void plain_scalar(const std::string& text) { scalar(text, YAML_PLAIN_SCALAR_STYLE); }

  // A string plain when YAML reads it back as the same string; a multi-line value as a literal
  // block when that keeps it exactly (libyaml falls back to double quotes when it cannot);
  // otherwise double-quoted.
  void string(const std::string& text, bool is_key) {
    check_utf8(text);
    if (plain_fits(text)) {
      scalar(text, YAML_PLAIN_SCALAR_STYLE);
    } else if (!is_key && literal_fits(text)) {
      scalar(text, YAML_LITERAL_SCALAR_STYLE);
    } else {
      scalar(text, YAML_DOUBLE_QUOTED_SCALAR_STYLE);
    }
  }

  void check_utf8(const std::string& text) const {
    std::size_t index = 0;
    while (index < text.size()) {
      char32_t c = 0;
      if (!detail::next_code_point(text, index, c)) fail("a string that is not valid UTF-8");
    }
  }

  static bool plain_fits(const std::string& text) {
    if (text.empty() || detail::classify_plain(text) != detail::PlainKind::string ||
        yaml11_special(text)) {
      return false;
    }
    const char first = text.front();
    if (kIndicators.find(first) != std::string_view::npos || is_blank(first) || first == '.' ||
        first == '+' || (first >= '0' && first <= '9')) {
      return false;
    }
    if (is_blank(text.back()) || text.back() == ':') return false;
    std::size_t index = 0;
    while (index < text.size()) {
      const std::size_t at = index;
      char32_t c = 0;
      if (!detail::next_code_point(text, index, c)) return false;
      if (needs_escape(c) || c > 0xFFFF) return false;  // tabs and line breaks included
      if (c == ':' && index < text.size() && is_blank(text[index])) return false;
      if (c == '#' && at > 0 && is_blank(text[at - 1])) return false;
    }
    return true;
  }

  // A literal block ("|") keeps a multi-line text exactly when every character is allowed raw
  // (no carriage return or other break that a reader would turn into "\n") and no line is only
  // blanks (YAML reads those as indentation).
  static bool literal_fits(const std::string& text) {
    const std::size_t body_end = text.find_last_not_of('\n');
    if (body_end == std::string::npos || text.find('\n') == std::string::npos) return false;
    std::size_t index = 0;
    std::size_t line_start = 0;
    bool only_blanks = true;
    while (index < text.size()) {
      char32_t c = 0;
      if (!detail::next_code_point(text, index, c)) return false;
      if (c == '\n') {
        if (only_blanks && index - 1 > line_start) return false;
        line_start = index;
        only_blanks = true;
        continue;
      }
      if (c != '\t' && needs_escape(c)) return false;
      if (c != ' ' && c != '\t') only_blanks = false;
    }
    return !(only_blanks && index > line_start);
  }

  yaml_emitter_t emitter_{};
  std::string out_;
  std::string pointer_;
};

}  // namespace

std::string to_yaml_text(const Json& value) {
  return YamlWriter().write(value);
}

}  // namespace accord::openapi
