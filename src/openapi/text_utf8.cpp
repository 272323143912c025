#include "text_utf8.hpp"

namespace accord::openapi::detail {

bool next_code_point(std::string_view text, std::size_t& index, char32_t& code_point) noexcept {
  if (index >= text.size()) return false;
  const auto byte = [&](std::size_t at) { return static_cast<unsigned char>(text[at]); };
  const unsigned char lead = byte(index);
  if (lead < 0x80) {
    code_point = lead;
    ++index;
    return true;
  }
  std::size_t length = 0;
  char32_t value = 0;
  unsigned char low = 0x80;   // bounds of the second byte, which rule out overlong forms,
  unsigned char high = 0xBF;  // surrogates and values beyond U+10FFFF
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
    value = lead & 0x1FU;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    value = lead & 0x0FU;
    if (lead == 0xE0) low = 0xA0;
    if (lead == 0xED) high = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    value = lead & 0x07U;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
  } else {
    return false;
  }
  if (index + length > text.size()) return false;
  for (std::size_t i = 1; i < length; ++i) {
    const unsigned char next = byte(index + i);
    if (next < (i == 1 ? low : 0x80) || next > (i == 1 ? high : 0xBF)) return false;
    value = (value << 6U) | (next & 0x3FU);
  }
  code_point = value;
  index += length;
  return true;
}

}  // namespace accord::openapi::detail
