// Credential sources. Errors name the variable, file or profile; never the secret.
#include "accord/sigv4/credentials.hpp"

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace accord::sigv4 {
namespace {

std::optional<std::string> env(const char* name) {
  const char* value = std::getenv(name);  // NOLINT(concurrency-mt-unsafe)
  if (value == nullptr || *value == '\0') {
    return std::nullopt;
  }
  return std::string(value);
}

std::string_view trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r");
  if (first == std::string_view::npos) {
    return {};
  }
  return text.substr(first, text.find_last_not_of(" \t\r") - first + 1);
}

}  // namespace

Result<Credentials> EnvironmentCredentialsProvider::load() const {
  auto key = env("AWS_ACCESS_KEY_ID");
  auto secret = env("AWS_SECRET_ACCESS_KEY");
  if (!key || !secret) {
    return Error{"environment", "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY must both be set"};
  }
  return Credentials{*key, *secret, env("AWS_SESSION_TOKEN").value_or("")};
}

SharedCredentialsFileProvider::SharedCredentialsFileProvider(std::string path,
                                                             std::string profile)
    : path_(std::move(path)), profile_(std::move(profile)) {
  if (path_.empty()) {
    if (auto from_env = env("AWS_SHARED_CREDENTIALS_FILE")) {
      path_ = *from_env;
    } else if (auto home = env("HOME")) {
      path_ = *home + "/.aws/credentials";
    }
  }
  if (profile_.empty()) {
    profile_ = env("AWS_PROFILE").value_or("default");
  }
}

Result<Credentials> SharedCredentialsFileProvider::load() const {
  if (path_.empty()) {
    return Error{"shared credentials file", "no path given and HOME is not set"};
  }
  auto text = read_text_file(path_);
  if (!text) {
    return text.error();
  }
  auto sections = parse_ini(text.value(), path_);
  if (!sections) {
    return sections.error();
  }
  const std::string where = path_ + " [" + profile_ + "]";
  const auto section = sections->find(profile_);
  if (section == sections->end()) {
    return Error{where, "no such profile"};
  }
  const auto& keys = section->second;
  const auto id = keys.find("aws_access_key_id");
  const auto secret = keys.find("aws_secret_access_key");
  if (id == keys.end() || secret == keys.end()) {
    return Error{where, "aws_access_key_id and aws_secret_access_key are both required"};
  }
  const auto token = keys.find("aws_session_token");
  return Credentials{id->second, secret->second, token == keys.end() ? "" : token->second};
}

Result<IniSections> parse_ini(std::string_view text, std::string_view where) {
  IniSections sections;
  std::string current;
  bool in_section = false;
  std::size_t line_number = 0;
  std::istringstream lines{std::string(text)};
  for (std::string raw; std::getline(lines, raw);) {
    ++line_number;
    const std::string_view line = trim(raw);
    if (line.empty() || line.front() == '#' || line.front() == ';') {
      continue;
    }
    const std::string at = std::string(where) + ":" + std::to_string(line_number);
    if (line.front() == '[') {
      if (line.back() != ']' || line.size() < 3) {
        return Error{at, "expected a section header like [default]"};
      }
      std::string_view name = trim(line.substr(1, line.size() - 2));
      if (name.starts_with("profile ")) {
        name = trim(name.substr(8));
      }
      current = std::string(name);
      sections[current];
      in_section = true;
      continue;
    }
    const auto eq = line.find('=');
    if (eq == std::string_view::npos || eq == 0) {
      return Error{at, "expected 'key = value'"};
    }
    if (!in_section) {
      return Error{at, "a key comes before any [section]"};
    }
    sections[current][std::string(trim(line.substr(0, eq)))] =
        std::string(trim(line.substr(eq + 1)));
  }
  return sections;
}

Result<std::string> read_text_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Error{path, "cannot open the file"};
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) {
    return Error{path, "cannot read the file"};
  }
  return buffer.str();
}

std::optional<std::string> region_from_environment() {
  if (auto region = env("AWS_REGION")) {
    return region;
  }
  return env("AWS_DEFAULT_REGION");
}

}  // namespace accord::sigv4
