#!/usr/bin/env bash
# One command for a fresh Debian 12 machine: install, build, and start mlwb on the example
# workspace (a copy in ~/mlwb-demo so the shipped example stays pristine). Extra arguments go
# to mlwb (e.g. --smoke-test: quit once the window is painted, as CI does).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
demo=${MLWB_DEMO_DIR:-$HOME/mlwb-demo}
if [ ! -d "$demo" ]; then
    mkdir -p "$demo"
    cp -r "$root/resources/examples/." "$demo/"
fi
build=${MLWB_BUILD_DIR:-$root/build}
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "run-demo: no display found, starting under xvfb-run"
    exec xvfb-run -a "$build/app/gui/mlwb" "$@" "$demo"
fi
exec "$build/app/gui/mlwb" "$@" "$demo"
