#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <system_error>

#include "accord/openapi/text.hpp"
#include "text_readers.hpp"

namespace accord::openapi {
namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

TextError whole_text_error(std::string_view file_name, std::string message) {
  return TextError{{std::string(file_name), 0, 0}, std::move(message)};
}

TextError too_large(std::string_view file_name, std::size_t size, std::size_t limit) {
  return whole_text_error(file_name, "the text is " + std::to_string(size) +
                                         " bytes, over the limit of " + std::to_string(limit) +
                                         " bytes (limit max_bytes)");
}

TextFormat detect(std::string_view text) {
  for (const char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
    return c == '{' || c == '[' ? TextFormat::json : TextFormat::yaml;
  }
  return TextFormat::yaml;
}

std::optional<TextFormat> format_of(const std::filesystem::path& path) {
  std::string extension = path.extension().string();
  for (char& c : extension) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  if (extension == ".json") return TextFormat::json;
  if (extension == ".yaml" || extension == ".yml") return TextFormat::yaml;
  return std::nullopt;
}

std::variant<ParsedText, TextError> parse(std::string_view text, std::string_view file_name,
                                          const TextLimits& limits,
                                          std::optional<TextFormat> format) {
  if (text.size() > limits.max_bytes) return too_large(file_name, text.size(), limits.max_bytes);
  if (text.starts_with(kByteOrderMark)) text.remove_prefix(kByteOrderMark.size());
  if ((format ? *format : detect(text)) == TextFormat::json) {
    return detail::read_json_text(text, file_name, limits);
  }
  return detail::read_yaml_text(text, file_name, limits);
}

struct FileCloser {
  void operator()(std::FILE* file) const { std::fclose(file); }
};

}  // namespace

std::string_view to_string(TextFormat format) noexcept {
  return format == TextFormat::json ? "json" : "yaml";
}

std::string to_string(const TextError& error) {
  std::string text = to_string(error.where);
  if (!text.empty()) text += ": ";
  return text + error.message;
}

std::variant<ParsedText, TextError> parse_text(std::string_view text, std::string_view file_name,
                                               const TextLimits& limits,
                                               std::optional<TextFormat> format) {
  return parse(text, file_name, limits, format);
}

std::variant<ParsedText, TextError> read_text_file(const std::filesystem::path& path,
                                                   const TextLimits& limits) {
  const std::string name = path.string();
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) {
    return whole_text_error(name, "cannot read the file: it is a directory");
  }
  const std::uintmax_t size = std::filesystem::file_size(path, error);
  if (!error && size > limits.max_bytes) {
    return too_large(name, static_cast<std::size_t>(size), limits.max_bytes);
  }
  const std::unique_ptr<std::FILE, FileCloser> file(std::fopen(name.c_str(), "rb"));
  if (!file) {
    return whole_text_error(name, std::string("cannot open the file: ") + std::strerror(errno));
  }
  // Read in pieces and stop past the limit: the size asked above may be missing (a pipe) or
  // out of date.
  std::string text;
  std::array<char, 1 << 16> buffer{};
  while (true) {
    const std::size_t read = std::fread(buffer.data(), 1, buffer.size(), file.get());
    text.append(buffer.data(), read);
    if (text.size() > limits.max_bytes) {
      return whole_text_error(name, "the file is over the limit of " +
                                        std::to_string(limits.max_bytes) +
                                        " bytes (limit max_bytes)");
    }
    if (read < buffer.size()) break;
  }
  if (std::ferror(file.get()) != 0) {
    return whole_text_error(name, "cannot read the file: " + std::string(std::strerror(errno)));
  }
  return parse(text, name, limits, format_of(path));
}

}  // namespace accord::openapi
