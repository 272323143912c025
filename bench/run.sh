#!/usr/bin/env bash
# accord's parse + validate + bind benchmark, in one command: installs the Node peers, builds the
# C++ runners (bench preset), makes the inputs, runs every runner in its own process one after
# another, and prints one table. Results: bench/out/results.jsonl.
# Environment: SAMPLES, SAMPLE_MS, WARMUP_MS (defaults 7 / 1000 / 2000) shorten or lengthen it;
# RUNNERS (default "hand-written accord zod4 ajv typia valibot") picks runners.
set -euo pipefail

bench_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$bench_dir")
out_dir="$bench_dir/out"
export DATA_DIR="$bench_dir/data"
export RESULTS_FILE="$out_dir/results.jsonl"
runners=${RUNNERS:-"hand-written accord zod4 ajv typia valibot"}
failures=()
skips=()

say() { printf '\n== %s\n' "$*"; }
# Records a runner that could not run, so the table shows it, and makes the run exit non-zero.
record_failure() {
  failures+=("$1: $2")
  printf '{"runner":"%s","failed":"%s"}\n' "$1" "$2" >>"$RESULTS_FILE"
  printf '\n!! %s FAILED: %s\n' "$1" "$2" >&2
}
# Records a runner that cannot be built yet (not a failure: the run still exits 0).
record_skip() {
  skips+=("$1: $2")
  printf '{"runner":"%s","skipped":"%s"}\n' "$1" "$2" >>"$RESULTS_FILE"
  printf '\n-- %s skipped: %s\n' "$1" "$2"
}
wanted() { [[ " $runners " == *" $1 "* ]]; }

mkdir -p "$out_dir"
: >"$RESULTS_FILE"

say "Node peers"
if [[ ! -d "$bench_dir/node/node_modules" ]]; then
  (cd "$bench_dir/node" && npm ci --no-audit --no-fund)
fi
# typia is ahead-of-time: its validators are generated from TypeScript types before running.
bash "$bench_dir/node/build-typia.sh"

say "C++ runners (cmake preset bench, -O2)"
targets=(bench_simdjson_bind)
accord_available=0
if [[ -f "$root/include/accord/schema/parse.hpp" && \
      -f "$root/examples/user-service/contract.hpp" ]]; then
  accord_available=1
fi
cd "$root"
# -O2 for the whole tree, accord's library included, so every C++ figure uses the same flags.
cmake --preset bench -DCMAKE_CXX_FLAGS_RELEASE="-O2 -DNDEBUG" >"$out_dir/cmake-configure.log" ||
  { cat "$out_dir/cmake-configure.log"; exit 1; }
cmake --build --preset bench --target "${targets[@]}"
build_dir="$root/build/bench"
if wanted accord; then
  if ((accord_available)); then
    # accord's parse API is young: a build failure is reported, and the peers still run.
    cmake --build --preset bench --target bench_accord_parse ||
      record_failure accord "bench_accord_parse did not build"
  else
    record_skip accord \
      "no include/accord/schema/parse.hpp or examples/user-service/contract.hpp yet"
  fi
fi

say "Inputs"
node "$bench_dir/gen-data.mjs"

run_one() {  # run_one NAME COMMAND...
  local name=$1
  shift
  wanted "$name" || return 0
  say "$name"
  "$@" || record_failure "$name" "runner exited with status $?"
}
run_one hand-written "$build_dir/bench/bench_simdjson_bind"
if [[ -x "$build_dir/bench/bench_accord_parse" ]] && ((accord_available)) &&
   [[ " ${failures[*]-} " != *"accord:"* ]]; then
  run_one accord "$build_dir/bench/bench_accord_parse"
fi
for peer in zod4 ajv typia valibot; do
  run_one "$peer" node "$bench_dir/node/$peer.mjs"
done

say "Results ($(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
    "node $(node --version), $(g++ --version | head -1))"
node "$bench_dir/summarize.mjs" "$RESULTS_FILE"
echo "machine-readable results: $RESULTS_FILE"
if ((${#failures[@]})); then
  printf '\n!! %d failure(s):\n' "${#failures[@]}" >&2
  printf '!!   %s\n' "${failures[@]}" >&2
  exit 1
fi
