#pragma once
/// @file
/// AWS credentials and where they come from: the environment, the shared credentials file,
/// or any other source through the CredentialsProvider interface.

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "accord/sigv4/result.hpp"

namespace accord::sigv4 {

/// An access key pair, with the session token of temporary (STS) credentials.
struct Credentials {
  std::string access_key_id;      ///< for example "AKIDEXAMPLE"; not secret
  std::string secret_access_key;  ///< never printed or put into an error
  std::string session_token;      ///< empty for long-term credentials
};

/// A source of credentials. Implement it for sources accord does not ship (instance or
/// container metadata, a vault); load() must not throw and must keep secrets out of errors.
class CredentialsProvider {
 public:
  virtual ~CredentialsProvider() = default;
  /// The current credentials, or an error saying which source failed and why.
  [[nodiscard]] virtual Result<Credentials> load() const = 0;
};

/// Reads AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and the optional AWS_SESSION_TOKEN.
class EnvironmentCredentialsProvider final : public CredentialsProvider {
 public:
  /// Credentials from the process environment at the time of the call.
  [[nodiscard]] Result<Credentials> load() const override;
};

/// Reads one profile of an AWS shared credentials file (INI: "[profile]" sections with
/// aws_access_key_id, aws_secret_access_key, aws_session_token).
class SharedCredentialsFileProvider final : public CredentialsProvider {
 public:
  /// `path` empty: AWS_SHARED_CREDENTIALS_FILE, else ~/.aws/credentials. `profile` empty:
  /// AWS_PROFILE, else "default".
  explicit SharedCredentialsFileProvider(std::string path = {}, std::string profile = {});
  /// Credentials of the chosen profile, or an error naming the file and profile.
  [[nodiscard]] Result<Credentials> load() const override;

 private:
  std::string path_;
  std::string profile_;
};

/// Sections of an INI file: section name -> key -> value. Keys and values are trimmed;
/// '#' and ';' start comment lines. A "[profile x]" header is read as section "x".
using IniSections = std::map<std::string, std::map<std::string, std::string>>;

/// Parses the text of a shared credentials (INI) file; `where` names it in errors.
[[nodiscard]] Result<IniSections> parse_ini(std::string_view text, std::string_view where);

/// Reads a whole file; the error names the path.
[[nodiscard]] Result<std::string> read_text_file(const std::string& path);

/// The region from AWS_REGION, else AWS_DEFAULT_REGION; nullopt when neither is set.
[[nodiscard]] std::optional<std::string> region_from_environment();

}  // namespace accord::sigv4
