// The verifier's key table, filled in code or from a shared-credentials file.
#include "accord/sigv4/credential_store.hpp"

#include "accord/sigv4/credentials.hpp"

namespace accord::sigv4 {

void CredentialStore::add(std::string access_key_id, std::string secret_access_key,
                          std::string principal) {
  keys_[std::move(access_key_id)] = StoredKey{std::move(secret_access_key), std::move(principal)};
}

const StoredKey* CredentialStore::find(std::string_view access_key_id) const {
  const auto found = keys_.find(access_key_id);
  return found == keys_.end() ? nullptr : &found->second;
}

Result<CredentialStore> CredentialStore::from_shared_credentials(std::string_view text,
                                                                 std::string_view where) {
  auto sections = parse_ini(text, where);
  if (!sections) {
    return sections.error();
  }
  CredentialStore store;
  for (const auto& [profile, keys] : sections.value()) {
    const auto id = keys.find("aws_access_key_id");
    const auto secret = keys.find("aws_secret_access_key");
    if (id == keys.end() || secret == keys.end()) {
      continue;
    }
    const auto principal = keys.find("principal");
    store.add(id->second, secret->second, principal == keys.end() ? profile : principal->second);
  }
  if (store.size() == 0) {
    return Error{std::string(where), "no profile has both aws_access_key_id and "
                                     "aws_secret_access_key"};
  }
  return store;
}

}  // namespace accord::sigv4
