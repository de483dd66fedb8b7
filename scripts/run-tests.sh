#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# One command for a fresh Debian 12 machine: install, build, and run the whole test suite
# (labels unit, gui, docker, bench, packaging; benchmarks run in their short mode).
#
#   run-tests.sh                 on this machine
#   run-tests.sh --fresh-root    what CI runs: configure, build, unit, gui and packaging tests
#                                and the demo's smoke check inside a fresh Debian 12 minbase
#                                root (scripts/fresh-root.sh), then the docker and bench labels
#                                on this machine against the same build tree
# MLWB_CTEST_LABELS (a ctest -L regex) limits the labels; MLWB_CTEST_ARGS adds ctest options.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${MLWB_BUILD_DIR:-$root/build}
t0=$(date +%s)
stage_start=$t0
stage() { # stage NAME: ends the previous stage and prints how long it took
    local now
    now=$(date +%s)
    echo "== stage $1 done in $((now - stage_start)) s (total $((now - t0)) s)"
    stage_start=$now
}

if [ "${1:-}" = --fresh-root ]; then
    # Inside: the README's two commands, exactly (build + tests; install + build + start).
    bash "$root/scripts/fresh-root.sh" \
        "MLWB_CTEST_LABELS='unit|gui|packaging' bash scripts/run-tests.sh && bash scripts/run-demo.sh --smoke-test"
    stage "fresh root (install, configure, build, unit+gui+packaging, demo smoke)"
    # Outside: the Docker engine runs on the host (dockerd in a chroot lacks its own mount
    # namespace and cgroup set-up); the build tree is the one the fresh root produced.
    "$root/scripts/install-deps.sh"
    stage "host packages"
    cd "$build"
    ctest --output-on-failure -j"$(nproc)" -L 'docker|bench' ${MLWB_CTEST_ARGS:-}
    stage "host tests (docker, bench)"
    exit 0
fi

"$root/scripts/install-deps.sh"
stage "packages"
"$root/scripts/build.sh"
stage "configure and build"
cd "$build"
if [ -n "${MLWB_CTEST_LABELS:-}" ]; then
    ctest --output-on-failure -j"$(nproc)" -L "$MLWB_CTEST_LABELS" ${MLWB_CTEST_ARGS:-}
else
    ctest --output-on-failure -j"$(nproc)" ${MLWB_CTEST_ARGS:-}
fi
stage "tests${MLWB_CTEST_LABELS:+ ($MLWB_CTEST_LABELS)}"
