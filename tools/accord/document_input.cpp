#include "document_input.hpp"

#include <iostream>
#include <iterator>

#include "accord/openapi/text.hpp"

namespace accord::cli {

std::optional<openapi::LoadedDocument> load_document(const std::string& file) {
  auto read = [&]() -> std::variant<openapi::LoadedDocument, openapi::ReadError> {
    if (file != "-") return openapi::read_document(file);
    const std::string text((std::istreambuf_iterator<char>(std::cin)),
                           std::istreambuf_iterator<char>());
    return openapi::read_document_text(text, "<stdin>");
  }();
  if (auto* error = std::get_if<openapi::ReadError>(&read)) {
    std::cerr << "accord: " << openapi::to_string(*error) << "\n";
    return std::nullopt;
  }
  return std::move(std::get<openapi::LoadedDocument>(read));
}

namespace {

openapi::SourceLocation locate(const openapi::LoadedDocument& loaded, const std::string& pointer) {
  return loaded.locations.find(pointer).value_or(
      openapi::SourceLocation{loaded.locations.file(), 0, 0});
}

}  // namespace

void print_findings(std::ostream& out, const openapi::LoadedDocument& loaded,
                    const std::vector<openapi::Finding>& findings) {
  for (const auto& finding : findings) {
    out << openapi::to_string(locate(loaded, finding.pointer)) << ": "
        << openapi::to_string(finding.severity) << ": " << finding.message << " ["
        << finding.rule << "]";
    if (!finding.pointer.empty()) out << " (" << finding.pointer << ")";
    out << "\n";
  }
}

std::string findings_json(const openapi::LoadedDocument& loaded,
                          const std::vector<openapi::Finding>& findings) {
  openapi::Json list = openapi::Json::array();
  for (const auto& finding : findings) {
    const auto where = locate(loaded, finding.pointer);
    openapi::Json item = {{"severity", std::string(openapi::to_string(finding.severity))},
                          {"rule", finding.rule},
                          {"pointer", finding.pointer},
                          {"message", finding.message},
                          {"file", where.file}};
    if (where.line > 0) {
      item["line"] = where.line;
      item["column"] = where.column;
    }
    list.push_back(std::move(item));
  }
  return openapi::to_json_text(list);
}

}  // namespace accord::cli
