#pragma once
/// @file
/// What a verifying service knows: access key id -> secret and the principal it belongs to.

#include <map>
#include <string>
#include <string_view>

#include "accord/sigv4/result.hpp"

namespace accord::sigv4 {

/// One known key: its secret and who it belongs to.
struct StoredKey {
  std::string secret_access_key;  ///< never printed or put into a decision
  std::string principal;          ///< for example an IAM user ARN or a service name
};

/// The keys a verifier accepts.
class CredentialStore {
 public:
  /// Adds or replaces `access_key_id`.
  void add(std::string access_key_id, std::string secret_access_key, std::string principal);
  /// The key, or nullptr when the id is unknown.
  [[nodiscard]] const StoredKey* find(std::string_view access_key_id) const;
  /// How many keys are stored.
  [[nodiscard]] std::size_t size() const { return keys_.size(); }

  /// Reads a file in the AWS shared-credentials format: each profile with aws_access_key_id
  /// and aws_secret_access_key is one key; its principal is the profile's `principal` entry
  /// if present, else the profile name. Profiles without a key pair are skipped. `where`
  /// names the file in errors.
  [[nodiscard]] static Result<CredentialStore> from_shared_credentials(std::string_view text,
                                                                       std::string_view where);

 private:
  std::map<std::string, StoredKey, std::less<>> keys_;
};

}  // namespace accord::sigv4
