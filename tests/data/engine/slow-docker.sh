#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# slow-docker.sh: a container engine client that answers slowly, for the tests and the
# benchmark that prove the GUI never waits on the engine. Chosen with mlwb's docker-binary
# setting. On `version`, `image inspect` and `run` it sleeps MLWB_SLOW_DOCKER_SECONDS (default
# 5) while MLWB_SLOW_DOCKER_MARK (if set) names the command it sleeps on, then:
#   - hands the call to the real client (MLWB_REAL_DOCKER, default docker), or
#   - with MLWB_SLOW_DOCKER_FAKE=1 (a machine without an engine), answers by itself: a
#     version, an image id, and `run` exits 0 (for steps without outputs).
secs=${MLWB_SLOW_DOCKER_SECONDS:-5}
slow=
case "$1" in
    version | run) slow=$1 ;;
    image) [ "$2" = inspect ] && slow=image-inspect ;;
esac
if [ -n "$slow" ]; then
    [ -n "${MLWB_SLOW_DOCKER_MARK:-}" ] && echo "$slow" >"$MLWB_SLOW_DOCKER_MARK"
    sleep "$secs"
    [ -n "${MLWB_SLOW_DOCKER_MARK:-}" ] && rm -f "$MLWB_SLOW_DOCKER_MARK"
fi
if [ "${MLWB_SLOW_DOCKER_FAKE:-0}" != 1 ]; then
    exec "${MLWB_REAL_DOCKER:-docker}" "$@"
fi
case "$slow" in
    version) echo '{"Client":{"Version":"0-slow"},"Server":{"Version":"0-slow"}}' ;;
    image-inspect) echo "sha256:5107d0c0ffee" ;;
    run) echo "slow engine: step ran" ;;
    *) case "$1" in
           ps) ;;                       # no containers
           context) echo "unix:///nonexistent/slow-docker.sock" ;;
           *) echo "slow-docker: '$1' is not faked" >&2; exit 1 ;;
       esac ;;
esac
exit 0
