#include "accord/openapi/problem_response.hpp"

#include <stdexcept>

#include "accord/schema/json_schema.hpp"
#include "accord/schema/problem.hpp"

namespace accord::openapi {
namespace {

schema::NodePtr build_problem_schema() {
  schema::JsonSchemaReader::Options options;
  options.dialect = schema::Dialect::openapi_3_1;
  const schema::JsonSchemaReader reader(options);
  auto read = reader.read(schema::problem_details_schema());
  const auto* document = std::get_if<std::shared_ptr<const schema::SchemaDocument>>(&read);
  if (document == nullptr) throw std::logic_error("accord's problem schema does not read back");
  schema::Node node = *(*document)->root();
  node.meta.name = kProblemComponent;
  node.meta.description =
      "An RFC 9457 problem: why the request was refused, with every issue found in its input.";
  // The root's children belong to the read document; keep it alive with the node.
  static const auto keep_alive = *document;
  return std::make_shared<const schema::Node>(std::move(node));
}

}  // namespace

const schema::NodePtr& problem_schema() {
  static const schema::NodePtr node = build_problem_schema();
  return node;
}

}  // namespace accord::openapi

namespace accord::openapi {

Response problem_response(StatusKey status, std::string description) {
  return Response(std::move(status), std::move(description))
      .content(problem_schema(), schema::kProblemMediaType);
}

}  // namespace accord::openapi
