#!/usr/bin/env bash
# Installs what accord needs to build and test on Debian 12, only what is missing.
# Usage: scripts/install-deps.sh [--fuzz] [--node]
#   --fuzz  also clang 14 and its sanitizer/libFuzzer runtime
#   --node  also Node.js and npm (for the tests that run the TypeScript peers)
set -euo pipefail

packages=(g++ cmake ninja-build ccache pkg-config git
          libsimdjson-dev nlohmann-json3-dev libpcre2-dev libssl-dev libfmt-dev libcli11-dev
          libyaml-dev libyaml-cpp-dev libboost1.81-dev libboost-url1.81-dev libcurl4-openssl-dev
          libkainjow-mustache-dev libsqlite3-dev libgtest-dev libgmock-dev libbenchmark-dev)
for arg in "$@"; do
  case "$arg" in
    --fuzz) packages+=(clang-14 libclang-rt-14-dev) ;;
    --node) command -v node >/dev/null && command -v npm >/dev/null || packages+=(nodejs npm) ;;
    *) echo "install-deps: unknown option $arg" >&2; exit 2 ;;
  esac
done

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "install-deps: installing ${missing[*]}"
  if [[ $(id -u) -ne 0 ]]; then
    echo "install-deps: need root to install packages (run as root or with sudo)" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
