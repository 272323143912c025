#pragma once
// The user service's contract: its request and response types and their schemas, declared
// once. The same declarations validate requests, write responses and produce the JSON Schemas
// of the service's OpenAPI document.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <accord/schema.hpp>

namespace user_service {

/// A postal address.
struct Address {
  std::string city;
  std::string street;
  std::string block;
};

/// Body of POST /v1/users.
struct CreateUserRequest {
  std::string name;
  std::string phone_number;
  std::string email;
  Address address;
};

/// Body of the 201 answer to POST /v1/users.
struct CreateUserResponse {
  std::string name;
  std::string phone_number;
  std::string email;
  Address address;
};

// Address has no component name: like the reference pipeline, it is written inline.
inline auto accord_schema(accord::schema::tag<Address>) {
  namespace s = accord::schema;
  return s::object<Address>(s::field("city", &Address::city), s::field("street", &Address::street),
                            s::field("block", &Address::block));
}

// Request and response share their wire shape but stay separate components, so that either
// can change without the other.
template <class T>
auto user_fields_schema() {
  namespace s = accord::schema;
  return s::object<T>(s::field("name", &T::name), s::field("phoneNumber", &T::phone_number),
                      s::field("email", &T::email, s::string().email()),
                      s::field("address", &T::address));
}

inline auto accord_schema(accord::schema::tag<CreateUserRequest>) {
  return user_fields_schema<CreateUserRequest>().named("CreateUserRequest");
}

inline auto accord_schema(accord::schema::tag<CreateUserResponse>) {
  return user_fields_schema<CreateUserResponse>().named("CreateUserResponse");
}

/// A stored user, as GET /v1/users/{userId} and the list return it.
struct User {
  std::string id;
  std::string name;
  std::string phone_number;
  std::string email;
  Address address;
};

/// Path of GET /v1/users/{userId}.
struct UserPath {
  std::string user_id;
};

/// Query of GET /v1/users: one page of users, at most `limit`, after `cursor`.
struct ListUsersQuery {
  std::int32_t limit = 20;
  std::optional<std::string> cursor;
};

/// Body of the 200 answer to GET /v1/users.
struct UserPage {
  std::vector<User> users;
  std::optional<std::string> next_cursor;
};

inline auto accord_schema(accord::schema::tag<User>) {
  namespace s = accord::schema;
  return s::object<User>(
             s::field("id", &User::id, s::string().uuid()).describe("Assigned by the service"),
             s::field("name", &User::name), s::field("phoneNumber", &User::phone_number),
             s::field("email", &User::email, s::string().email()),
             s::field("address", &User::address))
      .named("User");
}

inline auto accord_schema(accord::schema::tag<UserPath>) {
  namespace s = accord::schema;
  return s::object<UserPath>(
      s::field("userId", &UserPath::user_id, s::string().uuid()).describe("The user's id"));
}

inline auto accord_schema(accord::schema::tag<ListUsersQuery>) {
  namespace s = accord::schema;
  return s::object<ListUsersQuery>(
      s::field("limit", &ListUsersQuery::limit, s::integer<std::int32_t>().min(1).max(100))
          .default_value(20)
          .describe("Most users in the page"),
      s::field("cursor", &ListUsersQuery::cursor, s::string().min(1).max(200))
          .describe("Where the page starts: the nextCursor of the previous page"));
}

inline auto accord_schema(accord::schema::tag<UserPage>) {
  namespace s = accord::schema;
  return s::object<UserPage>(s::field("users", &UserPage::users),
                             s::field("nextCursor", &UserPage::next_cursor)
                                 .describe("Present when there are more users: pass it as cursor"))
      .named("UserPage");
}

}  // namespace user_service
