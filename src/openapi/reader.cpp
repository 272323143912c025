#include "accord/openapi/reader.hpp"

#include <deque>
#include <map>
#include <set>
#include <system_error>

#include "document_walk.hpp"

namespace accord::openapi {
namespace {

namespace fs = std::filesystem;

bool is_remote(std::string_view ref) {
  const std::size_t colon = ref.find(':');
  const std::size_t slash = ref.find('/');
  // "http://...", "urn:...": a scheme comes before any '/'. "C:\..." is not expected here.
  return colon != std::string_view::npos && (slash == std::string_view::npos || colon < slash) &&
         colon > 1;
}

// The component name for a target: the key under components, else the last pointer token,
// else the file's stem; reduced to the characters component names allow.
std::string component_name(const fs::path& file, const std::vector<std::string>& fragment) {
  std::string raw = fragment.empty() ? file.stem().string() : fragment.back();
  std::string name;
  for (const char c : raw) {
    const bool allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                         (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_';
    name += allowed ? c : '_';
  }
  return name.empty() ? "Component" : name;
}

// The reference tokens of a JSON Pointer fragment ("/a/b~1c" -> {"a", "b/c"}).
std::vector<std::string> fragment_tokens(std::string_view fragment) {
  std::vector<std::string> tokens;
  if (fragment.empty() || fragment.front() != '/') return tokens;
  std::size_t start = 1;
  while (true) {
    const std::size_t end = fragment.find('/', start);
    std::string token(fragment.substr(start, end == std::string_view::npos ? end : end - start));
    std::string unescaped;
    for (std::size_t i = 0; i < token.size(); ++i) {
      if (token[i] == '~' && i + 1 < token.size() && (token[i + 1] == '0' || token[i + 1] == '1')) {
        unescaped += token[i + 1] == '0' ? '~' : '/';
        ++i;
      } else {
        unescaped += token[i];
      }
    }
    tokens.push_back(std::move(unescaped));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return tokens;
}

// Copies the targets of references to other files into the document (see LoadedDocument).
class Bundler {
 public:
  Bundler(Json& root, Version version, const ReadOptions& options, fs::path main_file,
          std::size_t main_bytes, LoadedDocument& out)
      : root_json_(root),
        version_(version),
        options_(options),
        main_file_(std::move(main_file)),
        bytes_(main_bytes),
        out_(out) {
    std::error_code error;
    const fs::path wanted =
        options.reference_root.empty() ? main_file_.parent_path() : options.reference_root;
    root_ = fs::weakly_canonical(fs::absolute(wanted, error), error);
  }

  std::optional<ReadError> run() {
    std::vector<std::string> tokens;
    process(root_json_, main_file_, tokens);
    // Hoisted targets may refer to more files; process them until none is left.
    for (std::size_t i = 0; i < pending_.size(); ++i) {
      Pending& item = pending_[i];
      std::vector<std::string> at = {"components", item.kind, item.name};
      process(item.value, item.file, at);
    }
    for (auto& item : pending_) {
      root_json_["components"][item.kind][item.name] = std::move(item.value);
    }
    return error_;
  }

 private:
  struct Pending {
    std::string kind;
    std::string name;
    fs::path file;
    Json value;
  };

  void finding(const std::vector<std::string>& tokens, std::string message) {
    out_.findings.push_back(
        {Severity::error, "unresolved-ref", pointer_of(tokens), std::move(message)});
  }

  // True when `file` exists and lies inside the reference root (symbolic links resolved).
  bool inside_root(const fs::path& file) const {
    std::error_code error;
    const fs::path real = fs::weakly_canonical(file, error);
    if (error) return false;
    const auto relative = real.lexically_relative(root_);
    return !relative.empty() && *relative.begin() != "..";
  }

  const Json* load(const fs::path& file, const std::vector<std::string>& tokens,
                   const std::string& ref) {
    const std::string key = file.string();
    if (const auto found = files_.find(key); found != files_.end()) return &found->second;
    if (failed_.count(key) != 0) return nullptr;
    if (!inside_root(file)) {
      failed_.insert(key);
      finding(tokens, "\"" + ref + "\" is outside " + root_.string() +
                          ": references may only read files in the document's folder "
                          "(ReadOptions::reference_root)");
      return nullptr;
    }
    std::error_code status_error;
    if (!fs::is_regular_file(file, status_error)) {
      failed_.insert(key);
      finding(tokens,
              "\"" + ref + "\": " + key +
                  (fs::exists(file, status_error) ? " is not a regular file" : " does not exist"));
      return nullptr;
    }
    if (out_.files.size() >= options_.max_files) {
      failed_.insert(key);
      finding(tokens, "\"" + ref + "\": more than " + std::to_string(options_.max_files) +
                          " files are referenced (ReadOptions::max_files)");
      return nullptr;
    }
    std::error_code ignored;
    const auto size = fs::file_size(file, ignored);
    if (!ignored && bytes_ + size > options_.max_total_bytes) {
      failed_.insert(key);
      finding(tokens, "\"" + ref + "\": the referenced files pass " +
                          std::to_string(options_.max_total_bytes) +
                          " bytes in all (ReadOptions::max_total_bytes)");
      return nullptr;
    }
    auto parsed = read_text_file(file, options_.limits);
    if (auto* error = std::get_if<TextError>(&parsed)) {
      failed_.insert(key);
      finding(tokens, "\"" + ref + "\": " + to_string(*error));
      return nullptr;
    }
    if (!ignored) bytes_ += size;
    out_.files.push_back(key);
    return &files_.emplace(key, std::move(std::get<ParsedText>(parsed).value)).first->second;
  }

  void process(Json& value, const fs::path& file, std::vector<std::string>& tokens) {
    if (value.is_object()) {
      const auto ref = value.find("$ref");
      if (ref != value.end() && ref->is_string()) {
        resolve(value, ref->get<std::string>(), file, tokens);
        return;
      }
      for (auto& [key, child] : value.items()) {
        if (is_literal_member(tokens, key, child.is_array())) continue;
        tokens.push_back(key);
        process(child, file, tokens);
        tokens.pop_back();
      }
    } else if (value.is_array()) {
      for (std::size_t i = 0; i < value.size(); ++i) {
        tokens.push_back(std::to_string(i));
        process(value[i], file, tokens);
        tokens.pop_back();
      }
    }
  }

  void resolve(Json& value, const std::string& ref, const fs::path& file,
               std::vector<std::string>& tokens) {
    const std::size_t hash = ref.find('#');
    const std::string file_part = ref.substr(0, hash);
    const std::string fragment = hash == std::string::npos ? "" : ref.substr(hash + 1);
    if (file_part.empty() && file == main_file_) return;  // a local reference stays
    if (is_remote(file_part)) {
      out_.findings.push_back({Severity::warning, "remote-ref", pointer_of(tokens),
                               "\"" + ref + "\" is not fetched: accord reads local files only"});
      return;
    }
    const fs::path target =
        file_part.empty() ? file : (file.parent_path() / file_part).lexically_normal();
    if (target == main_file_) {
      value["$ref"] = "#" + fragment;
      return;
    }
    const std::string key = target.string() + "#" + fragment;
    if (const auto hoisted = hoisted_.find(key); hoisted != hoisted_.end()) {
      value["$ref"] = hoisted->second;
      return;
    }
    const Json* document = load(target, tokens, ref);
    if (document == nullptr) return;
    const Json* found = find_pointer(*document, "#" + fragment);
    if (found == nullptr) {
      finding(tokens, "\"" + ref + "\": " + target.string() + " has nothing at #" + fragment);
      return;
    }
    const std::vector<std::string> fragment_path = fragment_tokens(fragment);
    std::string kind;
    if (fragment_path.size() == 3 && fragment_path[0] == "components") {
      kind = fragment_path[1];
    } else {
      kind = component_kind_at(tokens);
    }
    if (kind == "pathItems" && version_ == Version::v3_0) kind.clear();
    if (!kind.empty()) {
      const std::string name = unused_name(kind, component_name(target, fragment_path));
      const std::string local = "#/components/" + kind + "/" + escape_pointer_token(name);
      hoisted_.emplace(key, local);
      pending_.push_back({kind, name, target, *found});
      value["$ref"] = local;
      return;
    }
    if (inlining_.count(key) != 0) {
      finding(tokens, "\"" + ref +
                          "\" refers back to itself through other files and cannot "
                          "be copied in place");
      return;
    }
    inlining_.insert(key);
    Json copy = *found;
    process(copy, target, tokens);
    inlining_.erase(key);
    value = std::move(copy);
  }

  std::string unused_name(const std::string& kind, const std::string& wanted) {
    const auto taken = [&](const std::string& name) {
      const Json* components = find_pointer(root_json_, "/components/" + kind);
      if (components != nullptr && components->is_object() && components->contains(name)) {
        return true;
      }
      for (const auto& item : pending_) {
        if (item.kind == kind && item.name == name) return true;
      }
      return false;
    };
    std::string name = wanted;
    for (int suffix = 2; taken(name); ++suffix) name = wanted + "_" + std::to_string(suffix);
    return name;
  }

  Json& root_json_;
  fs::path root_;  // the folder references may read from
  Version version_;
  const ReadOptions& options_;
  fs::path main_file_;
  std::size_t bytes_;
  LoadedDocument& out_;
  std::map<std::string, Json> files_;
  std::set<std::string> failed_;
  std::map<std::string, std::string> hoisted_;
  std::set<std::string> inlining_;
  std::deque<Pending> pending_;
  std::optional<ReadError> error_;
};

std::variant<LoadedDocument, ReadError> finish(ParsedText parsed, const fs::path& main_file,
                                               std::size_t bytes, const ReadOptions& options) {
  const std::string name = main_file.string();
  parsed.locations.set_file(name);
  const auto fail = [&](std::string pointer, std::string message) {
    ReadError error;
    error.where = parsed.locations.find(pointer).value_or(SourceLocation{name, 0, 0});
    error.pointer = std::move(pointer);
    error.message = std::move(message);
    return error;
  };
  Json& root = parsed.value;
  if (!root.is_object()) return fail("", "an OpenAPI document is an object");
  if (root.contains("swagger")) {
    return fail("/swagger", "Swagger 2.0 is not read: convert the document to OpenAPI 3 first");
  }
  const auto openapi = root.find("openapi");
  if (openapi == root.end()) return fail("", "the document has no \"openapi\" version field");
  if (!openapi->is_string()) return fail("/openapi", "\"openapi\" is a string such as \"3.1.0\"");
  const auto version = parse_version(openapi->get<std::string>());
  if (!version) {
    return fail("/openapi", "OpenAPI " + openapi->get<std::string>() +
                                " is not read: accord reads 3.0.x and 3.1.x");
  }

  LoadedDocument loaded;
  loaded.files.push_back(name);
  Bundler bundler(root, *version, options, main_file, bytes, loaded);
  if (auto error = bundler.run()) return *error;
  loaded.document = Document(std::move(root), *version);
  loaded.locations = std::move(parsed.locations);
  return loaded;
}

}  // namespace

std::string to_string(const ReadError& error) {
  std::string out = to_string(error.where);
  if (!error.pointer.empty()) out += ": " + error.pointer;
  return out + ": " + error.message;
}

std::variant<LoadedDocument, ReadError> read_document(const fs::path& path,
                                                      const ReadOptions& options) {
  std::error_code status_error;
  if (fs::exists(path, status_error) && !fs::is_regular_file(path, status_error) &&
      !fs::is_directory(path, status_error)) {
    return ReadError{{path.string(), 0, 0}, "", "not a regular file"};
  }
  auto parsed = read_text_file(path, options.limits);
  if (auto* error = std::get_if<TextError>(&parsed))
    return ReadError{error->where, "", error->message};
  std::error_code ignored;
  const auto bytes = fs::file_size(path, ignored);
  return finish(std::move(std::get<ParsedText>(parsed)), path.lexically_normal(),
                ignored ? 0 : bytes, options);
}

std::variant<LoadedDocument, ReadError> read_document_text(std::string_view text,
                                                           std::string_view name,
                                                           const fs::path& base_directory,
                                                           const ReadOptions& options) {
  auto parsed = parse_text(text, name, options.limits);
  if (auto* error = std::get_if<TextError>(&parsed))
    return ReadError{error->where, "", error->message};
  return finish(std::move(std::get<ParsedText>(parsed)),
                (base_directory / std::string(name)).lexically_normal(), text.size(), options);
}

}  // namespace accord::openapi
