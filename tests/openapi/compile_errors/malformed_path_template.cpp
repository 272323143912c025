// Must not compile: the path template's placeholder is never closed.
#include <accord/openapi/route.hpp>

const auto route = accord::openapi::Route::get("/v1/users/{userId");
