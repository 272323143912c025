#pragma once
// The user service's contract: its request and response types and their schemas, declared
// once. The same declarations validate requests, write responses and produce the JSON Schemas
// of the service's OpenAPI document.

#include <string>

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
  return s::object<Address>(s::field("city", &Address::city),
                            s::field("street", &Address::street),
                            s::field("block", &Address::block));
}

// Request and response share their wire shape but stay separate components, so that either
// can change without the other.
template <class T>
auto user_fields_schema() {
  namespace s = accord::schema;
  return s::object<T>(s::field("name", &T::name),
                      s::field("phoneNumber", &T::phone_number),
                      s::field("email", &T::email, s::string().email()),
                      s::field("address", &T::address));
}

inline auto accord_schema(accord::schema::tag<CreateUserRequest>) {
  return user_fields_schema<CreateUserRequest>().named("CreateUserRequest");
}

inline auto accord_schema(accord::schema::tag<CreateUserResponse>) {
  return user_fields_schema<CreateUserResponse>().named("CreateUserResponse");
}

}  // namespace user_service
