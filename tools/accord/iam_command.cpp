// Reads paths, methods and operationIds straight from an OpenAPI file (JSON or YAML) and
// prints an execute-api:Invoke statement whose resources cover the chosen operations.
#include "iam_command.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "accord/sigv4/invoke_policy.hpp"
#include "exit_codes.hpp"

namespace accord::cli {
namespace {

struct IamOptions {
  std::string file;
  std::vector<std::string> operations;
  std::string api_id;
  std::string stage;
  std::string region = "*";
  std::string account = "*";
  std::string format = "json";
};

struct Operation {
  std::string id;
  std::string method;  // upper-case
  std::string path;    // as in the document, e.g. "/pets/{id}"
};

const std::vector<std::string> kMethods = {"get", "put", "post", "delete",
                                           "options", "head", "patch", "trace"};

std::string upper(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return text;
}

// "/pets/{id}/toys" -> "/pets/*/toys": a path parameter matches one segment or more.
std::string wildcard_path(const std::string& path) {
  std::string out;
  for (std::size_t i = 0; i < path.size(); ++i) {
    if (path[i] == '{') {
      const auto close = path.find('}', i);
      if (close != std::string::npos) {
        out += '*';
        i = close;
        continue;
      }
    }
    out += path[i];
  }
  return out;
}

// The document as JSON: nlohmann for JSON text, yaml-cpp (converted) for YAML text.
nlohmann::json yaml_to_json(const YAML::Node& node) {
  if (node.IsMap()) {
    nlohmann::json out = nlohmann::json::object();
    for (const auto& item : node) {
      out[item.first.as<std::string>()] = yaml_to_json(item.second);
    }
    return out;
  }
  if (node.IsSequence()) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& item : node) {
      out.push_back(yaml_to_json(item));
    }
    return out;
  }
  return node.IsScalar() ? nlohmann::json(node.as<std::string>()) : nlohmann::json();
}

bool read_document(const std::string& file, nlohmann::json& document, std::string& error) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    error = file + ": cannot open the file";
    return false;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();
  const auto first = text.find_first_not_of(" \t\r\n");
  try {
    if (first != std::string::npos && text[first] == '{') {
      document = nlohmann::json::parse(text);
    } else {
      document = yaml_to_json(YAML::Load(text));
    }
  } catch (const std::exception& e) {
    error = file + ": not a readable JSON or YAML document: " + e.what();
    return false;
  }
  if (!document.is_object() || !document.contains("paths") || !document["paths"].is_object()) {
    error = file + ": no 'paths' object; is this an OpenAPI document?";
    return false;
  }
  return true;
}

std::vector<Operation> operations_of(const nlohmann::json& document) {
  std::vector<Operation> out;
  for (const auto& [path, item] : document["paths"].items()) {
    if (!item.is_object()) {
      continue;
    }
    for (const auto& method : kMethods) {
      const auto found = item.find(method);
      if (found != item.end() && found->is_object() && found->contains("operationId") &&
          (*found)["operationId"].is_string()) {
        out.push_back({(*found)["operationId"].get<std::string>(), upper(method), path});
      }
    }
  }
  return out;
}

void print_yaml(const std::vector<std::string>& resources) {
  YAML::Emitter out;
  out << YAML::BeginMap << YAML::Key << "iamRoleStatements" << YAML::Value << YAML::BeginSeq;
  out << YAML::BeginMap << YAML::Key << "Effect" << YAML::Value << "Allow";
  out << YAML::Key << "Action" << YAML::Value << YAML::BeginSeq << "execute-api:Invoke"
      << YAML::EndSeq;
  out << YAML::Key << "Resource" << YAML::Value << YAML::BeginSeq;
  for (const auto& r : resources) {
    out << r;
  }
  out << YAML::EndSeq << YAML::EndMap << YAML::EndSeq << YAML::EndMap;
  std::cout << out.c_str() << "\n";
}

int run_iam(const IamOptions& o) {
  nlohmann::json document;
  std::string error;
  if (!read_document(o.file, document, error)) {
    std::cerr << "accord iam: " << error << "\n";
    return kInputError;
  }
  const auto all = operations_of(document);
  std::vector<std::string> resources, unknown;
  const sigv4::ApiStage stage{o.region, o.account, o.api_id, o.stage};
  for (const auto& id : o.operations) {
    const auto found = std::find_if(all.begin(), all.end(),
                                    [&](const Operation& op) { return op.id == id; });
    if (found == all.end()) {
      unknown.push_back(id);
      continue;
    }
    resources.push_back(sigv4::execute_api_arn(stage, found->method, wildcard_path(found->path)));
  }
  if (!unknown.empty()) {
    std::cerr << "accord iam: " << o.file << ": no operation with operationId";
    for (const auto& id : unknown) {
      std::cerr << " '" << id << "'";
    }
    std::cerr << "; the document has:";
    for (const auto& op : all) {
      std::cerr << " " << op.id;
    }
    std::cerr << "\n";
    return kInputError;
  }
  if (o.format == "yaml") {
    print_yaml(resources);
    return kOk;
  }
  const nlohmann::json policy = {
      {"Version", "2012-10-17"},
      {"Statement",
       {{{"Effect", "Allow"}, {"Action", "execute-api:Invoke"}, {"Resource", resources}}}}};
  std::cout << policy.dump(2) << "\n";
  return kOk;
}

}  // namespace

void add_iam_command(CLI::App& app, int& exit_code) {
  auto o = std::make_shared<IamOptions>();
  auto* iam = app.add_subcommand("iam", "Print the IAM statement needed to call operations");
  iam->add_option("FILE", o->file, "OpenAPI document, JSON or YAML")->required();
  iam->add_option("--operation", o->operations, "operationId, repeatable")->required();
  iam->add_option("--api-id", o->api_id, "API Gateway API id")->required();
  iam->add_option("--stage", o->stage, "deployment stage")->required();
  iam->add_option("--region", o->region, "region ('*' for any)")->capture_default_str();
  iam->add_option("--account", o->account, "account id ('*' for any)")->capture_default_str();
  iam->add_option("--format", o->format, "json (policy document) or yaml (serverless)")
      ->check(CLI::IsMember({"json", "yaml"}))
      ->capture_default_str();
  iam->callback([o, &exit_code] { exit_code = run_iam(*o); });
}

}  // namespace accord::cli
