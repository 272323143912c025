// Feeds arbitrary bytes to the SigV4 request reader, Authorization parser and verifier, in
// header and presigned form. Also compiled into tests/sigv4 to replay fuzz/corpus/sigv4_verify.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "accord/sigv4/authorization.hpp"
#include "accord/sigv4/uri.hpp"
#include "accord/sigv4/verifier.hpp"

namespace {

const accord::sigv4::CredentialStore& store() {
  static const accord::sigv4::CredentialStore keys = [] {
    accord::sigv4::CredentialStore s;
    s.add("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "suite");
    return s;
  }();
  return keys;
}

void check(bool condition) {
  if (!condition) {
    std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace accord::sigv4;
  const std::string_view input(reinterpret_cast<const char*>(data), size);

  // The first line on its own, as an Authorization header value.
  const auto auth = parse_authorization(input.substr(0, input.find('\n')));
  if (auth) {
    check(is_signature_hex(auth->signature) && !auth->signed_headers.empty());
  }

  auto request = parse_http_request(input);
  if (!request) {
    return 0;
  }
  (void)canonical_uri(request->path(), true, true);
  (void)canonical_uri(request->path(), false, false);
  (void)canonical_query(parse_query(request->query()));

  const auto now = SysSeconds{std::chrono::seconds{1440938160}};  // 2015-08-30T12:36:00Z
  for (const bool normalize : {true, false}) {
    const Verifier verifier(store(), {.region = "us-east-1", .service = "service",
                                      .normalize_path = normalize});
    const Decision decision = verifier.verify(request.value(), now);
    check(decision.allowed == (decision.reason == DenyReason::kNone));
    check(!decision.allowed || decision.principal == "suite");
    check(decision.message.find("wJalrXUtnFEMI") == std::string::npos);
  }
  return 0;
}
