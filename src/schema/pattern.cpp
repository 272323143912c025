#define PCRE2_CODE_UNIT_WIDTH 8
#include "accord/schema/pattern.hpp"

#include <pcre2.h>

#include <array>
#include <stdexcept>
#include <utility>

namespace accord::schema {
namespace {

// ECMA-262 behaviour: "$" matches only at the very end, \u and \x{..} escapes are the
// JavaScript ones, and a back-reference to an unset group matches the empty string.
constexpr std::uint32_t kCompileOptions =
    PCRE2_UTF | PCRE2_DOLLAR_ENDONLY | PCRE2_ALT_BSUX | PCRE2_MATCH_UNSET_BACKREF;

struct CompileContextDeleter {
  void operator()(pcre2_compile_context* context) const { pcre2_compile_context_free(context); }
};

struct MatchDataDeleter {
  void operator()(pcre2_match_data* data) const { pcre2_match_data_free(data); }
};

std::string compile_error(int code, PCRE2_SIZE offset) {
  std::array<PCRE2_UCHAR, 256> buffer{};
  pcre2_get_error_message(code, buffer.data(), buffer.size());
  return "invalid pattern at offset " + std::to_string(offset) + ": " +
         reinterpret_cast<const char*>(buffer.data());
}

// One match block per thread, sized for the whole match only: search() needs no captures,
// and PCRE2 still reports a match when the ovector is too small for the groups.
pcre2_match_data* thread_match_data() {
  thread_local std::unique_ptr<pcre2_match_data, MatchDataDeleter> data(
      pcre2_match_data_create(1, nullptr));
  return data.get();
}

}  // namespace

struct Pattern::Impl {
  pcre2_code* code = nullptr;

  ~Impl() { pcre2_code_free(code); }
};

Pattern::Pattern(std::string source, std::unique_ptr<Impl> impl)
    : source_(std::move(source)), impl_(std::move(impl)) {}

Pattern::~Pattern() = default;

std::variant<std::shared_ptr<const Pattern>, std::string> Pattern::compile(
    std::string_view source) {
  std::unique_ptr<pcre2_compile_context, CompileContextDeleter> context(
      pcre2_compile_context_create(nullptr));
  if (!context) return std::string("out of memory compiling pattern");
  pcre2_set_compile_extra_options(context.get(), PCRE2_EXTRA_ALT_BSUX);

  int error_code = 0;
  PCRE2_SIZE error_offset = 0;
  auto impl = std::make_unique<Impl>();
  impl->code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(source.data()), source.size(),
                             kCompileOptions, &error_code, &error_offset, context.get());
  if (impl->code == nullptr) return compile_error(error_code, error_offset);

  // Without JIT support (or when it fails) the interpreter is used: same results, slower.
  pcre2_jit_compile(impl->code, PCRE2_JIT_COMPLETE);
  return std::shared_ptr<const Pattern>(new Pattern(std::string(source), std::move(impl)));
}

std::shared_ptr<const Pattern> Pattern::compile_or_throw(std::string_view source) {
  auto compiled = compile(source);
  if (auto* error = std::get_if<std::string>(&compiled)) {
    throw std::invalid_argument("pattern /" + std::string(source) + "/: " + *error);
  }
  return std::get<std::shared_ptr<const Pattern>>(std::move(compiled));
}

bool Pattern::search(std::string_view text) const {
  pcre2_match_data* data = thread_match_data();
  if (data == nullptr) return false;

  // Errors (match limits, invalid UTF-8) count as "no match": the input is rejected.
  // PCRE2 10.42 rejects a null subject even when it is empty.
  const char* subject = text.data() != nullptr ? text.data() : "";
  const int rc = pcre2_match(impl_->code, reinterpret_cast<PCRE2_SPTR>(subject), text.size(),
                             0, 0, data, nullptr);
  return rc >= 0;
}

}  // namespace accord::schema
