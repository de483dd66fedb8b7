#!/usr/bin/env bash
# One command for a fresh Debian 12 machine: install, build, and run the whole test suite
# (labels unit, gui, docker, bench, packaging; benchmarks run in their short mode).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
build=${MLWB_BUILD_DIR:-$root/build}
cd "$build"
ctest --output-on-failure -j"$(nproc)" ${MLWB_CTEST_ARGS:-}
