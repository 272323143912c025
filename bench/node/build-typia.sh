#!/usr/bin/env bash
# Builds the typia peer ahead of time: `typia generate` (typia's transformer, with plain
# TypeScript 5) writes expanded validators to gen/ts, and tsc compiles them to gen/js.
set -euo pipefail
cd "$(dirname "$0")"
rm -rf gen
npx --no-install typia generate --input typia-src --output gen/ts --project tsconfig.json
npx --no-install tsc -p tsconfig.json
test -f gen/js/user.js
