#include "text_cursor.hpp"

#include <algorithm>

namespace accord::openapi::detail {

LineColumn TextCursor::at(std::size_t offset) noexcept {
  offset = std::min(offset, text_.size());
  if (offset < offset_) {
    offset_ = 0;
    where_ = LineColumn{};
  }
  for (; offset_ < offset; ++offset_) {
    const auto byte = static_cast<unsigned char>(text_[offset_]);
    const bool crlf = byte == '\r' && offset_ + 1 < text_.size() && text_[offset_ + 1] == '\n';
    if (byte == '\n' || (byte == '\r' && !crlf)) {
      ++where_.line;
      where_.column = 1;
    } else if ((byte & 0xC0U) != 0x80U && !crlf) {
      ++where_.column;  // UTF-8 continuation bytes belong to the character before them
    }
  }
  return where_;
}

}  // namespace accord::openapi::detail
