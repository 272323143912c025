#include "api.hpp"

#include <accord/openapi/problem_response.hpp>

#include "contract.hpp"

namespace user_service {

namespace oa = accord::openapi;

accord::openapi::Registry api() {
  oa::Registry registry({.title = "User Service", .version = "1.0.0",
                         .description = "Creates and finds the users of the example platform."});
  registry.server({.url = "https://users.example.com", .description = "Production"});
  registry.tag("users", "Users and their postal addresses");
  registry.security_scheme("sigv4", oa::SecurityScheme::aws_sigv4().describe(
                                        "AWS Signature Version 4 (IAM credentials)"));

  registry.add(oa::Route::post("/v1/users")
                   .operation_id("createUser")
                   .summary("Create a user")
                   .tag("users")
                   .security("sigv4")
                   .body<CreateUserRequest>()
                   .response<CreateUserResponse>(201, "Created"));

  registry.add(oa::Route::get("/v1/users/{userId}")
                   .operation_id("getUser")
                   .summary("Find a user by id")
                   .tag("users")
                   .security("sigv4")
                   .path_params<UserPath>()
                   .response<User>(200, "The user")
                   .response(oa::problem_response(404, "No user has this id")));

  registry.add(oa::Route::get("/v1/users")
                   .operation_id("listUsers")
                   .summary("List users, a page at a time")
                   .tag("users")
                   .security("sigv4")
                   .query_params<ListUsersQuery>()
                   .response<UserPage>(200, "One page of users"));
  return registry;
}

}  // namespace user_service
