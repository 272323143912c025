#pragma once
/// @file
/// Where the values of a parsed document came from: JSON Pointer to file, line and column.

#include <cstddef>
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace accord::openapi {

/// A place in a source file (1-based line and column; 0 when the place is not known, for
/// example when a file could not be opened). Columns count Unicode characters, so a tab or an
/// "é" is one column.
struct SourceLocation {
  std::string file;
  std::size_t line = 0;
  std::size_t column = 0;

  friend bool operator==(const SourceLocation&, const SourceLocation&) = default;
};

/// "file:line:column", "file:line" or "file" (what is known), the way compilers write it.
std::string to_string(const SourceLocation& location);

/// Writes to_string(location).
std::ostream& operator<<(std::ostream& out, const SourceLocation& location);

/// Where each value of a parsed document came from, by JSON Pointer (RFC 6901, "" is the root).
/// The readers record every value: the root, each object member (at its key) and each array
/// item (at its first character). Pointers are stored as a tree of reference tokens, so the
/// memory used grows with the number of values and the length of their keys, not with the
/// length of whole pointers.
class SourceMap {
 public:
  /// Identifies a pointer recorded in the map; the root "" is `root`.
  using Node = std::size_t;
  static constexpr Node root = 0;

  SourceMap();

  /// Records that the value at `pointer` starts at `line`:`column`. A pointer added twice keeps
  /// its first location; a `pointer` that is neither "" nor starts with '/' is ignored.
  void add(std::string_view pointer, std::size_t line, std::size_t column);

  /// Records the child of `parent` reached by `token` (a key or an array index as written,
  /// unescaped) and returns it, to record its own children: the readers' way, which costs the
  /// length of the token rather than of the whole pointer.
  Node add(Node parent, std::string_view token, std::size_t line, std::size_t column);

  /// The location of `pointer`, or of its nearest ancestor that has one (so a pointer to a
  /// missing key still lands on its object); nullopt when nothing is known, or when `pointer`
  /// is neither "" nor starts with '/'.
  [[nodiscard]] std::optional<SourceLocation> find(std::string_view pointer) const;

  /// Names the file that every location found belongs to.
  void set_file(std::string file) { file_ = std::move(file); }

  /// The file set with set_file() ("" until then).
  [[nodiscard]] const std::string& file() const noexcept { return file_; }

  /// How many pointers have a location.
  [[nodiscard]] std::size_t size() const noexcept { return located_; }

  /// True when no pointer has a location.
  [[nodiscard]] bool empty() const noexcept { return located_ == 0; }

 private:
  struct Position {
    std::size_t line = 0;  // 0: the pointer leads to located children but has no location
    std::size_t column = 0;
  };
  // Lets lookups use a string_view without building a std::string.
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const noexcept {
      return std::hash<std::string_view>{}(text);
    }
  };

  // Child keys are built in key_: start_key() puts the parent, the caller the escaped token.
  void start_key(Node parent);
  Node find_or_create();
  void locate(Node node, std::size_t line, std::size_t column);

  std::string file_;
  std::vector<Position> positions_;  // by node
  // Child nodes by their parent's node number (as 8 bytes) followed by their escaped token.
  std::unordered_map<std::string, Node, Hash, std::equal_to<>> children_;
  std::string key_;  // scratch space for building keys
  std::size_t located_ = 0;
};

/// Appends `token` to `pointer` as one RFC 6901 reference token: "/" then the token with "~"
/// written "~0" and "/" written "~1".
void append_pointer_token(std::string& pointer, std::string_view token);

}  // namespace accord::openapi
