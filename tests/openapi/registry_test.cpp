#include "accord/openapi/registry.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <optional>
#include <string>

#include "accord/openapi/problem_response.hpp"
#include "accord/schema.hpp"

namespace registry_test {

struct Pet {
  std::string name;
  std::optional<std::int32_t> age;
};

inline auto accord_schema(accord::schema::tag<Pet>) {
  namespace s = accord::schema;
  return s::object<Pet>(s::field("name", &Pet::name, s::string().min(1)),
                        s::field("age", &Pet::age, s::integer<std::int32_t>().min(0)))
      .named("Pet");
}

struct PetPath {
  std::string pet_id;
};

inline auto accord_schema(accord::schema::tag<PetPath>) {
  namespace s = accord::schema;
  return s::object<PetPath>(s::field("petId", &PetPath::pet_id));
}

}  // namespace registry_test

namespace accord::openapi {
namespace {

namespace s = accord::schema;
using registry_test::Pet;
using registry_test::PetPath;

Registry pets() {
  Registry registry({.title = "Pets", .version = "2.1.0"});
  registry.security_scheme("key", SecurityScheme::api_key("X-Key", ParameterLocation::header));
  registry.add(Route::post("/pets")
                   .operation_id("createPet")
                   .security("key")
                   .body<Pet>()
                   .response<Pet>(201, "Created"));
  registry.add(Route::get("/pets/{petId}")
                   .operation_id("getPet")
                   .path_params<PetPath>()
                   .response<Pet>(200, "The pet")
                   .response(problem_response(404, "No such pet")));
  return registry;
}

// The error message of `declare`, or "" when it throws nothing.
template <class F>
std::string registration_error(F declare) {
  try {
    declare();
  } catch (const RegistrationError& error) {
    return error.what();
  }
  return "";
}

TEST(Registry, WritesRoutesComponentsAndSecurityIn31) {
  const Document document = pets().document(Version::v3_1);
  const Json& root = document.json();
  EXPECT_EQ(root["openapi"], "3.1.0");
  EXPECT_EQ(root["info"], (Json{{"title", "Pets"}, {"version", "2.1.0"}}));

  const Json& create = root["paths"]["/pets"]["post"];
  EXPECT_EQ(create["operationId"], "createPet");
  EXPECT_EQ(create["security"], (Json::array({{{"key", Json::array()}}})));
  EXPECT_EQ(create["requestBody"],
            (Json{{"content",
                   {{"application/json", {{"schema", {{"$ref", "#/components/schemas/Pet"}}}}}}},
                  {"required", true}}));
  EXPECT_EQ(create["responses"]["201"]["content"]["application/json"]["schema"]["$ref"],
            "#/components/schemas/Pet");

  const Json& get = root["paths"]["/pets/{petId}"]["get"];
  EXPECT_EQ(get["parameters"], (Json::array({{{"name", "petId"},
                                              {"in", "path"},
                                              {"required", true},
                                              {"schema", {{"type", "string"}}}}})));

  const Json& pet = root["components"]["schemas"]["Pet"];
  EXPECT_EQ(pet["properties"]["age"],
            (Json{{"type", "integer"}, {"format", "int32"}, {"minimum", 0}}));
  EXPECT_EQ(pet["required"], Json::array({"name"}));
  EXPECT_EQ(root["components"]["securitySchemes"]["key"],
            (Json{{"type", "apiKey"}, {"name", "X-Key"}, {"in", "header"}}));
}

TEST(Registry, AddsProblemResponsesToRoutesThatTakeInput) {
  const Json root = pets().document(Version::v3_1).json();
  const Json& create = root["paths"]["/pets"]["post"]["responses"];
  ASSERT_TRUE(create.contains("400"));
  ASSERT_TRUE(create.contains("422"));
  EXPECT_EQ(create["422"]["content"]["application/problem+json"]["schema"]["$ref"],
            "#/components/schemas/Problem");
  // createPet needs the "key" scheme: 401 and 403 are documented too.
  EXPECT_EQ(create["401"]["content"]["application/problem+json"]["schema"]["$ref"],
            "#/components/schemas/Problem");
  EXPECT_TRUE(create.contains("403"));
  // A path parameter is input too, but there is no body that could be malformed JSON; and
  // getPet needs no credentials.
  EXPECT_FALSE(root["paths"]["/pets/{petId}"]["get"]["responses"].contains("401"));
  const Json& get = root["paths"]["/pets/{petId}"]["get"]["responses"];
  EXPECT_FALSE(get.contains("400"));
  EXPECT_TRUE(get.contains("422"));
  EXPECT_EQ(get["404"]["content"]["application/problem+json"]["schema"]["$ref"],
            "#/components/schemas/Problem");
  // The component is the body the server sends.
  const Json& problem = root["components"]["schemas"]["Problem"];
  EXPECT_EQ(problem["required"], (Json::array({"type", "title", "status", "issues"})));
}

TEST(Registry, LeavesProblemResponsesOutWhenAsked) {
  Registry registry({.title = "T", .version = "1"});
  registry.add(Route::post("/a")
                   .operation_id("a")
                   .body<Pet>()
                   .response(204, "Done")
                   .without_problem_responses());
  const Json root = registry.document(Version::v3_1).json();
  EXPECT_EQ(root["paths"]["/a"]["post"]["responses"].size(), 1u);
  EXPECT_FALSE(root.contains("components") && root["components"]["schemas"].contains("Problem"));
}

TEST(Registry, Writes30Schemas) {
  const Json root = pets().document(Version::v3_0).json();
  EXPECT_EQ(root["openapi"], "3.0.3");
  const Json& problem = root["components"]["schemas"]["Problem"];
  EXPECT_TRUE(problem.is_object());
  // 3.0 has no type arrays: the problem's path items are an anyOf.
  EXPECT_EQ(problem["properties"]["issues"]["items"]["properties"]["path"]["items"],
            (Json{{"anyOf", {{{"type", "string"}}, {{"type", "integer"}}}}}));
}

TEST(Registry, IsDeterministic) {
  EXPECT_EQ(pets().document(Version::v3_1).json().dump(),
            pets().document(Version::v3_1).json().dump());
  EXPECT_EQ(pets().document(Version::v3_0).json().dump(),
            pets().document(Version::v3_0).json().dump());
}

TEST(Registry, KeepsDeclarationOrder) {
  Registry registry({.title = "T", .version = "1"});
  registry.tag("zebra").tag("alpha");
  registry.add(Route::get("/z").operation_id("z").response(204, "ok").tag("zebra"));
  registry.add(Route::get("/a").operation_id("a").response(204, "ok").tag("beta"));
  registry.add(Route::post("/z").operation_id("z2").response(204, "ok"));
  const Json root = registry.document(Version::v3_1).json();
  std::vector<std::string> paths;
  for (const auto& [path, item] : root["paths"].items()) paths.push_back(path);
  EXPECT_EQ(paths, (std::vector<std::string>{"/z", "/a"}));
  EXPECT_EQ(root["paths"]["/z"].begin().key(), "get");
  EXPECT_EQ(root["tags"],
            (Json::array({{{"name", "zebra"}}, {{"name", "alpha"}}, {{"name", "beta"}}})));
}

TEST(Registry, RefusesAPlaceholderWithoutItsParameter) {
  Registry registry({.title = "T", .version = "1"});
  const std::string error = registration_error([&] {
    registry.add(Route::get("/pets/{petId}").operation_id("getPet").response(204, "ok"));
  });
  EXPECT_NE(error.find("GET /pets/{petId}: the template's {petId} has no path parameter"),
            std::string::npos)
      << error;
}

TEST(Registry, RefusesAPathParameterMissingFromTheTemplate) {
  Registry registry({.title = "T", .version = "1"});
  const std::string error = registration_error([&] {
    registry.add(
        Route::get("/pets").operation_id("listPets").path_params<PetPath>().response(204, "ok"));
  });
  EXPECT_NE(error.find("path parameter \"petId\" is not in the template /pets"), std::string::npos)
      << error;
}

struct OptionalPath {
  std::optional<std::string> id;
};

TEST(Registry, RefusesAnOptionalPathField) {
  const auto schema = s::object<OptionalPath>(s::field("id", &OptionalPath::id));
  Registry registry({.title = "T", .version = "1"});
  const std::string error = registration_error([&] {
    registry.add(Route::get("/things/{id}")
                     .operation_id("getThing")
                     .parameters_from(schema.node(), ParameterLocation::path)
                     .response(204, "ok"));
  });
  EXPECT_NE(error.find("path parameter \"id\" must be required"), std::string::npos) << error;
}

TEST(Registry, RefusesDuplicateOperationIdsAndRoutes) {
  Registry registry = pets();
  EXPECT_NE(registration_error([&] {
              registry.add(Route::put("/pets").operation_id("createPet").response(204, "ok"));
            }).find("operationId \"createPet\" is already used by POST /pets"),
            std::string::npos);
  // Same method and same path shape, whatever the placeholder is called.
  EXPECT_NE(registration_error([&] {
              registry.add(Route::get("/pets/{id}")
                               .operation_id("other")
                               .parameter(Parameter::path("id", s::string()))
                               .response(204, "ok"));
            }).find("routes the same requests as GET /pets/{petId}"),
            std::string::npos);
}

TEST(Registry, RefusesASecurityRequirementNamingNoScheme) {
  Registry registry({.title = "T", .version = "1"});
  registry.add(Route::get("/a").operation_id("a").security("sigv4").response(204, "ok"));
  const std::string error = registration_error([&] { (void)registry.document(Version::v3_1); });
  EXPECT_NE(error.find("GET /a: security requirement names no scheme \"sigv4\""), std::string::npos)
      << error;
}

TEST(Registry, RefusesTwoDifferentSchemasUnderOneName) {
  Registry registry({.title = "T", .version = "1"});
  registry.add(Route::post("/a")
                   .operation_id("a")
                   .body(s::string().named("Thing").node_ptr())
                   .response(204, "ok"));
  registry.add(Route::post("/b")
                   .operation_id("b")
                   .body(s::boolean().named("Thing").node_ptr())
                   .response(204, "ok"));
  const std::string error = registration_error([&] { (void)registry.document(Version::v3_1); });
  EXPECT_NE(error.find("POST /b body"), std::string::npos) << error;
  EXPECT_NE(error.find("Thing"), std::string::npos) << error;
}

TEST(Registry, RefusesExamplesTheSchemaRejects) {
  Registry registry({.title = "T", .version = "1"});
  const std::string body_error = registration_error([&] {
    registry.add(Route::post("/pets")
                     .operation_id("createPet")
                     .body<Pet>()
                     .body_example({{"name", ""}})
                     .response(204, "ok"));
  });
  EXPECT_NE(body_error.find("POST /pets body (application/json): example {\"name\":\"\"} does "
                            "not match its schema: /name:"),
            std::string::npos)
      << body_error;
  const std::string parameter_error = registration_error([&] {
    registry.add(
        Route::get("/pets")
            .operation_id("listPets")
            .parameter(Parameter::query("limit", s::integer<std::int32_t>().max(10)).example(50))
            .response(204, "ok"));
  });
  EXPECT_NE(parameter_error.find("GET /pets parameter limit: example 50"), std::string::npos)
      << parameter_error;
  const std::string schema_error = registration_error(
      [&] { registry.schema(s::string().uuid().example("nope").named("Id").node_ptr()); });
  EXPECT_NE(schema_error.find("schema Id: example \"nope\""), std::string::npos) << schema_error;
  // A valid example is kept and written.
  registry.add(Route::post("/pets")
                   .operation_id("createPet")
                   .body<Pet>()
                   .body_example({{"name", "Rex"}})
                   .response(204, "ok"));
  EXPECT_EQ(registry.document(Version::v3_1)
                .json()["paths"]["/pets"]["post"]["requestBody"]["content"]["application/json"]
                       ["example"],
            (Json{{"name", "Rex"}}));
}

TEST(Registry, RefusesOtherMistakes) {
  Registry registry({.title = "T", .version = "1"});
  EXPECT_NE(registration_error([&] {
              registry.add(Route::get("/a").response(204, "ok"));
            }).find("needs an operationId"),
            std::string::npos);
  EXPECT_NE(registration_error([&] {
              registry.add(Route::get("/a").operation_id("a"));
            }).find("declares no response"),
            std::string::npos);
  EXPECT_NE(registration_error([&] {
              registry.add(Route::get("/a").operation_id("a").body<Pet>().response(204, "ok"));
            }).find("a get request has no body"),
            std::string::npos);
  EXPECT_NE(registration_error([&] {
              registry.add(Route::get("/a")
                               .operation_id("a")
                               .parameter(Parameter::header("Content-Type", s::string()))
                               .response(204, "ok"));
            }).find("is ignored by OpenAPI"),
            std::string::npos);
  EXPECT_NE(registration_error([&] {
              registry.add(Route::get("/a")
                               .operation_id("a")
                               .parameter(Parameter::query("q", s::string()))
                               .parameter(Parameter::query("q", s::string()))
                               .response(204, "ok"));
            }).find("query parameter \"q\" is declared twice"),
            std::string::npos);
  EXPECT_NE(
      registration_error([&] {
        registry.add(Route::get("/a").operation_id("a").response(200, "x").response(200, "y"));
      }).find("response 200 is declared twice"),
      std::string::npos);
  EXPECT_THROW(StatusKey(600), std::invalid_argument);
  EXPECT_THROW(StatusKey("6XX"), std::invalid_argument);
  EXPECT_NO_THROW(StatusKey("4XX"));
  EXPECT_NO_THROW(StatusKey("default"));
  EXPECT_THROW(PathTemplate::parse("/a/{b"), std::invalid_argument);
  EXPECT_THROW(PathTemplate::parse("/a/{b}/{b}"), std::invalid_argument);
  EXPECT_THROW(Parameter::query("q", s::string()).extension("vendor", 1), std::invalid_argument);
}

TEST(Registry, ResolvesParameterAndResponseComponents) {
  Registry registry({.title = "T", .version = "1"});
  registry.add(Route::get("/pets/{petId}")
                   .operation_id("getPet")
                   .parameter_ref("PetId")
                   .response_ref(404, "NotFound")
                   .response<Pet>(200, "ok"));
  // Declared after the route: checked when the document is written.
  EXPECT_NE(registration_error([&] {
              (void)registry.document(Version::v3_1);
            }).find("parameter_ref(\"PetId\") names no parameter component"),
            std::string::npos);
  registry.parameter_component("PetId", Parameter::path("petId", s::string()));
  registry.response_component("NotFound", problem_response(404, "No such pet"));
  const Json root = registry.document(Version::v3_1).json();
  EXPECT_EQ(root["paths"]["/pets/{petId}"]["get"]["parameters"][0]["$ref"],
            "#/components/parameters/PetId");
  EXPECT_EQ(root["components"]["parameters"]["PetId"]["in"], "path");
  EXPECT_EQ(root["components"]["responses"]["NotFound"]["description"], "No such pet");
}

TEST(Registry, WritesSigv4AndExtensionsAndWebhooks) {
  Registry registry({.title = "T", .version = "1"});
  registry.security_scheme("sigv4", SecurityScheme::aws_sigv4());
  registry.extension("x-owner", "team-users");
  registry.webhook("petAdopted",
                   Route::post("/").operation_id("petAdopted").body<Pet>().response(200, "ok"));
  const Json v31 = registry.document(Version::v3_1).json();
  EXPECT_EQ(v31["components"]["securitySchemes"]["sigv4"],
            (Json{{"type", "apiKey"},
                  {"name", "Authorization"},
                  {"in", "header"},
                  {"x-amazon-apigateway-authtype", "awsSigv4"}}));
  EXPECT_EQ(v31["x-owner"], "team-users");
  EXPECT_EQ(v31["webhooks"]["petAdopted"]["post"]["operationId"], "petAdopted");
  EXPECT_FALSE(registry.document(Version::v3_0).json().contains("webhooks"));
}

TEST(Document, FindsPointersAndResolvesReferences) {
  const Document document = pets().document(Version::v3_1);
  EXPECT_EQ(document.find("/paths/~1pets/post/operationId")->get<std::string>(), "createPet");
  EXPECT_EQ(document.find("#/paths/~1pets~1%7BpetId%7D/get/operationId")->get<std::string>(),
            "getPet");
  EXPECT_EQ(document.find("/paths/~2"), nullptr);
  const Json* schema =
      document.find("/paths/~1pets/post/requestBody/content/application~1json/schema");
  ASSERT_NE(schema, nullptr);
  EXPECT_EQ(document.resolve(*schema), document.find("/components/schemas/Pet"));
  EXPECT_EQ(document.resolve(Json{{"$ref", "#/nowhere"}}), nullptr);

  Document looping(Json{{"a", {{"$ref", "#/b"}}}, {"b", {{"$ref", "#/a"}}}}, Version::v3_1);
  EXPECT_EQ(looping.resolve(looping.json()["a"]), nullptr);

  const auto operations = document.operations();
  ASSERT_EQ(operations.size(), 2u);
  EXPECT_EQ(operations[1].path, "/pets/{petId}");
  EXPECT_EQ(operations[1].method, Method::get);
  EXPECT_EQ(operations[1].pointer, "/paths/~1pets~1{petId}/get");
}

}  // namespace
}  // namespace accord::openapi
