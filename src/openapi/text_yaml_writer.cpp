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

// libyaml reads an implicit key of up to 1024 characters; longer keys are written as "? key".
constexpr std::size_t kMaxImplicitKey = 1000;

// Characters that may not start a plain scalar (YAML indicators), plus the ones that would make
// other readers see a number ('.', '+', digits are checked apart).
constexpr std::string_view kIndicators = "-?:,[]{}#&*!|>'\"%@`";

// Code points that YAML does not allow raw in the text, or reads as a line break or a byte
// order mark; they are written as escapes in double quotes.
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

class YamlWriter {
 public:
  std::string write(const Json& root) {
    node(root, 0, Place::root);
    return std::move(out_);
  }

 private:
  enum class Place : unsigned char { root, after_key, after_dash };

  [[noreturn]] void fail(const std::string& what) const {
    throw std::invalid_argument("to_yaml_text: " + what + " at \"" + pointer_ + "\"");
  }

  void indent(std::size_t column) { out_.append(column, ' '); }

  // Writes `value`; `column` is where the key or the "-" before it is (0 at the root).
  void node(const Json& value, std::size_t column, Place place) {
    if (value.is_object() && !value.empty()) {
      if (place == Place::after_key) out_ += '\n';
      mapping(value, place == Place::root ? 0 : column + 2, place == Place::after_dash);
      return;
    }
    if (value.is_array() && !value.empty()) {
      if (place == Place::after_key) out_ += '\n';
      sequence(value, place == Place::root ? 0 : column + 2, place == Place::after_dash);
      return;
    }
    if (place == Place::after_key) out_ += ' ';
    if (value.is_string() && literal_fits(value.get_ref<const std::string&>())) {
      literal(value.get_ref<const std::string&>(), column + 2);
      return;
    }
    scalar(value);
    out_ += '\n';
  }

  void mapping(const Json& object, std::size_t column, bool first_inline) {
    const std::size_t pointer_size = pointer_.size();
    bool first = true;
    for (const auto& [key, value] : object.items()) {
      if (!(first && first_inline)) indent(column);
      first = false;
      pointer_.resize(pointer_size);
      append_pointer_token(pointer_, key);
      const std::size_t key_start = out_.size();
      string(key);
      if (out_.size() - key_start > kMaxImplicitKey) {
        out_.insert(key_start, "? ");
        out_ += '\n';
        indent(column);
      }
      out_ += ':';
      node(value, column, Place::after_key);
    }
    pointer_.resize(pointer_size);
  }

  void sequence(const Json& array, std::size_t column, bool first_inline) {
    const std::size_t pointer_size = pointer_.size();
    std::size_t index = 0;
    for (const Json& item : array) {
      if (index != 0 || !first_inline) indent(column);
      pointer_.resize(pointer_size);
      pointer_ += '/' + std::to_string(index++);
      out_ += "- ";
      node(item, column, Place::after_dash);
    }
    pointer_.resize(pointer_size);
  }

  void scalar(const Json& value) {
    switch (value.type()) {
      case Json::value_t::null:
        out_ += "null";
        return;
      case Json::value_t::boolean:
        out_ += value.get<bool>() ? "true" : "false";
        return;
      case Json::value_t::number_integer:
        out_ += std::to_string(value.get<std::int64_t>());
        return;
      case Json::value_t::number_unsigned:
        out_ += std::to_string(value.get<std::uint64_t>());
        return;
      case Json::value_t::number_float:
        number(value.get<double>());
        return;
      case Json::value_t::string:
        string(value.get_ref<const std::string&>());
        return;
      case Json::value_t::object:
        out_ += "{}";
        return;
      case Json::value_t::array:
        out_ += "[]";
        return;
      case Json::value_t::binary:
        fail("binary data has no YAML text");
      case Json::value_t::discarded:
        fail("a discarded value has no YAML text");
    }
  }

  // nlohmann's shortest form, as to_json_text writes it ("1.0", "2.5e-07"), with ".0" added
  // to a mantissa without a point ("1.0e+300"): YAML 1.2 reads both forms back as the same
  // float, YAML 1.1 readers only the second.
  void number(double value) {
    if (!std::isfinite(value)) fail("NaN or infinity has no JSON value");
    std::string text = Json(value).dump();
    const std::size_t exponent = text.find('e');
    if (exponent != std::string::npos && text.find('.') == std::string::npos) {
      text.insert(exponent, ".0");
    }
    out_ += text;
  }

  // A string plain when YAML reads it back as the same string, else double-quoted.
  void string(const std::string& text) {
    if (plain_fits(text)) {
      out_ += text;
    } else {
      double_quoted(text);
    }
  }

  bool plain_fits(const std::string& text) {
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
      if (!detail::next_code_point(text, index, c)) fail("a string that is not valid UTF-8");
      if (needs_escape(c)) return false;  // tabs and line breaks included
      if (c == ':' && index < text.size() && is_blank(text[index])) return false;
      if (c == '#' && at > 0 && is_blank(text[at - 1])) return false;
    }
    return true;
  }

  void double_quoted(const std::string& text) {
    out_ += '"';
    std::size_t index = 0;
    while (index < text.size()) {
      const std::size_t at = index;
      char32_t c = 0;
      if (!detail::next_code_point(text, index, c)) fail("a string that is not valid UTF-8");
      switch (c) {
        case '"':
          out_ += "\\\"";
          continue;
        case '\\':
          out_ += "\\\\";
          continue;
        case '\n':
          out_ += "\\n";
          continue;
        case '\t':
          out_ += "\\t";
          continue;
        case '\r':
          out_ += "\\r";
          continue;
        case 0:
          out_ += "\\0";
          continue;
        case 0x85:
          out_ += "\\N";
          continue;
        case 0x2028:
          out_ += "\\L";
          continue;
        case 0x2029:
          out_ += "\\P";
          continue;
        default:
          break;
      }
      if (needs_escape(c)) {
        static constexpr std::string_view kHex = "0123456789ABCDEF";
        const bool wide = c > 0xFF;
        out_ += wide ? "\\u" : "\\x";
        for (int shift = wide ? 12 : 4; shift >= 0; shift -= 4) {
          out_ += kHex[(c >> static_cast<unsigned>(shift)) & 0xFU];
        }
        continue;
      }
      out_.append(text, at, index - at);
    }
    out_ += '"';
  }

  // A multi-line string reads best as a literal block ("|"), kept exactly: every character is
  // allowed raw, and no line is only blanks (YAML reads those as indentation).
  bool literal_fits(const std::string& text) {
    const std::size_t body_end = text.find_last_not_of('\n');
    if (body_end == std::string::npos || text.find('\n') == std::string::npos) return false;
    std::size_t index = 0;
    std::size_t line_start = 0;
    bool only_blanks = true;
    while (index < text.size()) {
      char32_t c = 0;
      if (!detail::next_code_point(text, index, c)) fail("a string that is not valid UTF-8");
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

  // "|" with chomping ("-" no final line break, "+" several) and, when the text starts with a
  // blank or an empty line, the indentation (2, relative to the parent) spelled out.
  void literal(const std::string& text, std::size_t content_column) {
    const std::size_t body_end = text.find_last_not_of('\n') + 1;
    const std::size_t breaks = text.size() - body_end;
    out_ += '|';
    if (text[0] == ' ' || text[0] == '\t' || text[0] == '\n') out_ += '2';
    if (breaks == 0) out_ += '-';
    if (breaks > 1) out_ += '+';
    out_ += '\n';
    std::size_t start = 0;
    while (start <= body_end) {
      std::size_t stop = text.find('\n', start);
      if (stop == std::string::npos || stop > body_end) stop = body_end;
      if (stop > start) {
        indent(content_column);
        out_.append(text, start, stop - start);
      }
      out_ += '\n';
      start = stop + 1;
    }
    if (breaks > 1) out_.append(breaks - 1, '\n');
  }

  std::string out_;
  std::string pointer_;
};

}  // namespace

std::string to_yaml_text(const Json& value) {
  return YamlWriter().write(value);
}

}  // namespace accord::openapi
