#pragma once
// The user service's API: its routes and security scheme, declared next to the contract types.
// The server dispatches on these routes; `user-service openapi` writes them as the document.

#include <accord/openapi/registry.hpp>

namespace user_service {

/// Every declaration of the user service's API.
accord::openapi::Registry api();

}  // namespace user_service
