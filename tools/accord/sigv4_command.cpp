// sign: prints the headers (or a curl command) for a request signed with the caller's
// credentials. verify: checks a raw HTTP/1.1 request against a shared-credentials file.
#include "sigv4_command.hpp"

#include <chrono>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "accord/sigv4/credential_store.hpp"
#include "accord/sigv4/credentials.hpp"
#include "accord/sigv4/signer.hpp"
#include "accord/sigv4/verifier.hpp"
#include "exit_codes.hpp"

namespace accord::cli {
namespace {

namespace sigv4 = accord::sigv4;

struct SignOptions {
  std::string method = "GET";
  std::string url;
  std::vector<std::string> headers;
  std::string body_file;
  std::string region;
  std::string service = "execute-api";
  std::string date;
  std::string profile;
  bool curl = false;
};

struct VerifyOptions {
  std::string request_file;
  std::string credentials_file;
  std::string now;
  std::string region;
  std::string service = "execute-api";
  bool no_normalize = false;
};

int input_error(const std::string& message) {
  std::cerr << "accord sigv4: " << message << "\n";
  return kInputError;
}

sigv4::SysSeconds clock_or(const std::string& text, const char* flag, bool& ok) {
  ok = true;
  if (text.empty()) {
    return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  }
  auto parsed = sigv4::parse_amz_date(text, flag);
  ok = parsed.ok();
  if (!ok) {
    std::cerr << "accord sigv4: " << parsed.error().to_string() << "\n";
    return {};
  }
  return parsed.value();
}

// Splits "https://host[:port]/path?query" into the Host header value and the request target.
bool split_url(const std::string& url, std::string& host, std::string& target) {
  const auto scheme = url.find("://");
  if (scheme == std::string::npos) {
    return false;
  }
  const auto rest = url.substr(scheme + 3);
  const auto slash = rest.find_first_of("/?");
  host = rest.substr(0, slash);
  target = slash == std::string::npos ? "/" : rest.substr(slash);
  if (target.front() == '?') {
    target = "/" + target;
  }
  return !host.empty() && host.find('@') == std::string::npos;
}

std::string shell_quote(const std::string& text) {
  std::string out = "'";
  for (const char c : text) {
    out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  }
  return out + "'";
}

sigv4::Result<sigv4::Credentials> load_credentials(const std::string& profile) {
  if (profile.empty()) {
    auto from_env = sigv4::EnvironmentCredentialsProvider{}.load();
    if (from_env) {
      return from_env;
    }
  }
  return sigv4::SharedCredentialsFileProvider{{}, profile}.load();
}

int run_sign(const SignOptions& o) {
  std::string host, target;
  if (!split_url(o.url, host, target)) {
    std::cerr << "accord sigv4 sign: --url must look like https://host/path?query\n";
    return kUsageError;
  }
  sigv4::Request request{o.method, target, {{"Host", host}}, {}};
  for (const auto& line : o.headers) {
    const auto colon = line.find(':');
    if (colon == std::string::npos || colon == 0) {
      std::cerr << "accord sigv4 sign: --header must be 'Name: value', got '" << line << "'\n";
      return kUsageError;
    }
    const auto value_start = line.find_first_not_of(' ', colon + 1);
    request.headers.push_back(
        {line.substr(0, colon), value_start == std::string::npos ? "" : line.substr(value_start)});
  }
  if (!o.body_file.empty()) {
    auto body = sigv4::read_text_file(o.body_file);
    if (!body) {
      return input_error(body.error().to_string());
    }
    request.body = std::move(body).value();
  }
  std::string region = o.region.empty() ? sigv4::region_from_environment().value_or("") : o.region;
  if (region.empty()) {
    std::cerr << "accord sigv4 sign: give --region or set AWS_REGION / AWS_DEFAULT_REGION\n";
    return kUsageError;
  }
  bool clock_ok = true;
  const auto time = clock_or(o.date, "--date", clock_ok);
  if (!clock_ok) {
    return kUsageError;
  }
  auto credentials = load_credentials(o.profile);
  if (!credentials) {
    return input_error("no credentials: " + credentials.error().to_string());
  }
  sigv4::SigningParams params{.region = region, .service = o.service, .time = time};
  params.normalize_path = params.escape_path = o.service != "s3";
  auto signed_request = sigv4::sign_request(request, credentials.value(), params);
  if (!signed_request) {
    return input_error(signed_request.error().to_string());
  }
  if (!o.curl) {
    for (const auto& h : signed_request->request.headers) {
      std::cout << h.name << ": " << h.value << "\n";
    }
    return kOk;
  }
  std::cout << "curl -X " << o.method << " " << shell_quote(o.url);
  for (const auto& h : signed_request->request.headers) {
    std::cout << " \\\n  -H " << shell_quote(h.name + ": " + h.value);
  }
  if (!o.body_file.empty()) {
    std::cout << " \\\n  --data-binary @" << shell_quote(o.body_file);
  }
  std::cout << "\n";
  return kOk;
}

int run_verify(const VerifyOptions& o) {
  auto message = sigv4::read_text_file(o.request_file);
  if (!message) {
    return input_error(message.error().to_string());
  }
  auto request = sigv4::parse_http_request(message.value());
  if (!request) {
    return input_error(o.request_file + ": " + request.error().to_string());
  }
  auto credentials_text = sigv4::read_text_file(o.credentials_file);
  if (!credentials_text) {
    return input_error(credentials_text.error().to_string());
  }
  auto store = sigv4::CredentialStore::from_shared_credentials(credentials_text.value(),
                                                               o.credentials_file);
  if (!store) {
    return input_error(store.error().to_string());
  }
  std::string region = o.region.empty() ? sigv4::region_from_environment().value_or("") : o.region;
  if (region.empty()) {
    std::cerr << "accord sigv4 verify: give --region or set AWS_REGION / AWS_DEFAULT_REGION\n";
    return kUsageError;
  }
  bool clock_ok = true;
  const auto now = clock_or(o.now, "--now", clock_ok);
  if (!clock_ok) {
    return kUsageError;
  }
  sigv4::VerifierOptions options{.region = region, .service = o.service};
  options.normalize_path = !o.no_normalize;
  const sigv4::Verifier verifier(store.value(), options);
  const auto decision = verifier.verify(request.value(), now);
  if (decision.allowed) {
    std::cout << "allow: signed by " << decision.access_key_id << " (" << decision.principal
              << ")\n";
    return kOk;
  }
  std::cout << "deny: " << sigv4::to_string(decision.reason) << ": " << decision.message << "\n";
  return kCheckFailed;
}

}  // namespace

void add_sigv4_command(CLI::App& app, int& exit_code) {
  auto* sigv4_app = app.add_subcommand("sigv4", "Sign requests and verify signatures (AWS SigV4)");
  sigv4_app->require_subcommand(1);

  auto sign = std::make_shared<SignOptions>();
  auto* sign_app = sigv4_app->add_subcommand("sign", "Sign a request; print its headers");
  sign_app->add_option("--method", sign->method, "HTTP method")->capture_default_str();
  sign_app->add_option("--url", sign->url, "https://host/path?query")->required();
  sign_app->add_option("--header", sign->headers, "'Name: value', repeatable");
  sign_app->add_option("--body", sign->body_file, "file holding the body")
      ->check(CLI::ExistingFile);
  sign_app->add_option("--region", sign->region, "signing region (default AWS_REGION)");
  sign_app->add_option("--service", sign->service, "signing service")->capture_default_str();
  sign_app->add_option("--date", sign->date, "signing time, e.g. 20150830T123600Z");
  sign_app->add_option("--profile", sign->profile, "profile of the shared credentials file");
  sign_app->add_flag("--curl", sign->curl, "print a ready curl command instead");
  sign_app->callback([sign, &exit_code] { exit_code = run_sign(*sign); });

  auto verify = std::make_shared<VerifyOptions>();
  auto* verify_app = sigv4_app->add_subcommand("verify", "Verify a signed HTTP/1.1 request");
  verify_app->add_option("REQUEST", verify->request_file, "raw request message (.sreq)")
      ->required();
  verify_app->add_option("--credentials", verify->credentials_file,
                         "AWS shared-credentials file of accepted keys")
      ->required();
  verify_app->add_option("--now", verify->now, "current time, e.g. 20150830T123600Z");
  verify_app->add_option("--region", verify->region, "this service's region");
  verify_app->add_option("--service", verify->service, "this service's signing name")
      ->capture_default_str();
  verify_app->add_flag("--no-normalize", verify->no_normalize, "do not normalise the path (S3)");
  verify_app->callback([verify, &exit_code] { exit_code = run_verify(*verify); });
}

}  // namespace accord::cli
