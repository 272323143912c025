#!/usr/bin/env bash
# The main job on the bundled example: builds accord and the user-service example, which prints
# its schemas as JSON Schema and validates sample request bodies (showing the issues), then
# writes the service's OpenAPI document (3.1 and 3.0, YAML and JSON) into build/example/ and
# lints it with `accord lint`. Arguments go to the validation step (--dialect 3.0, body files).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default --target user-service accord_cli
service=./build/default/examples/user-service/user-service
"$service" "$@"

out=build/example
mkdir -p "$out"
for version in 3.1 3.0; do
  "$service" openapi --version "$version" --format yaml >"$out/openapi-$version.yaml"
  "$service" openapi --version "$version" --format json >"$out/openapi-$version.json"
done
printf '\n== OpenAPI 3.1 document (%s, also 3.0 and JSON beside it)\n' "$out/openapi-3.1.yaml"
cat "$out/openapi-3.1.yaml"
printf '\n== accord lint\n'
./build/default/tools/accord/accord lint "$out"/openapi-3.1.yaml "$out"/openapi-3.0.json
