#!/usr/bin/env bash
# The main job on the bundled example: builds accord and runs the user-service example, which
# prints its schemas as JSON Schema and validates sample request bodies, showing the issues.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default --target user-service
./build/default/examples/user-service/user-service "$@"
