#!/usr/bin/env bash
# Runs every built fuzz target for SECONDS (default 20) on its committed corpus. A crash makes
# this script fail; the crashing input is left in build/fuzz/crashes/ to be committed under
# fuzz/corpus/<target>/ once fixed (the regression tests replay that folder).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
mkdir -p build/fuzz/crashes
for target in build/fuzz/fuzz/*_fuzz; do
  [[ -x "$target" ]] || continue
  name=$(basename "$target")
  corpus=fuzz/corpus/${name%_fuzz}
  work=build/fuzz/work/$name
  mkdir -p "$work" "$corpus"
  echo "-- $name for ${seconds}s"
  "$target" -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix=build/fuzz/crashes/"$name"- "$work" "$corpus" 2>&1 | tail -n 12
done
