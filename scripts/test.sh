#!/usr/bin/env bash
# The whole test suite: the tests (g++), the same tests under ASan+UBSan, and the fuzz targets
# for a bounded time (clang + libFuzzer). Installs what is missing first.
# Environment: ACCORD_FUZZ_SECONDS (default 20 per target), ACCORD_SKIP_SANITIZE=1,
#              ACCORD_SKIP_FUZZ=1 to leave a stage out when iterating locally.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh --fuzz --node
jobs=$(nproc)

for dir in $(find tests -name package-lock.json -not -path '*/node_modules/*' -printf '%h\n'); do
  if [[ ! -d "$dir/node_modules" ]]; then
    echo "== npm ci in $dir"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
  fi
done

echo "== build and test (g++)"
cmake --preset default >/dev/null
cmake --build --preset default -j "$jobs"
ctest --preset default -j "$jobs"

if [[ "${ACCORD_SKIP_SANITIZE:-0}" != 1 ]]; then
  echo "== build and test under AddressSanitizer + UndefinedBehaviorSanitizer"
  cmake --preset sanitize >/dev/null
  cmake --build --preset sanitize -j "$jobs"
  ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 ctest --preset sanitize -j "$jobs"
fi

if [[ "${ACCORD_SKIP_FUZZ:-0}" != 1 ]]; then
  echo "== fuzz targets (clang, libFuzzer), ${ACCORD_FUZZ_SECONDS:-20}s each"
  cmake --preset fuzz >/dev/null
  cmake --build --preset fuzz -j "$jobs"
  bash scripts/fuzz.sh "${ACCORD_FUZZ_SECONDS:-20}"
fi
echo "== all stages passed"
