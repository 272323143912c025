#pragma once
// Byte offsets into a text as 1-based lines and columns, the way the readers report them.

#include <cstddef>
#include <string_view>

namespace accord::openapi::detail {

/// A line and a column, both 1-based; columns count Unicode characters.
struct LineColumn {
  std::size_t line = 1;
  std::size_t column = 1;
};

/// Turns byte offsets into lines and columns. A line ends at "\n", "\r\n" or a lone "\r".
/// Asking for offsets in increasing order looks at each byte once; an earlier offset starts
/// over from the beginning.
class TextCursor {
 public:
  explicit TextCursor(std::string_view text) noexcept : text_(text) {}

  /// The line and column of byte `offset` (offsets past the end stop at the end).
  LineColumn at(std::size_t offset) noexcept;

 private:
  std::string_view text_;
  std::size_t offset_ = 0;
  LineColumn where_;
};

}  // namespace accord::openapi::detail
