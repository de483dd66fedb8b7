#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Docker test environment for mlwb (Debian 12). Never pulls from a registry.
#
#   docker-env.sh start    install docker.io/busybox-static if missing, start dockerd if no
#                          engine answers (remembering that WE started it), build test images
#   docker-env.sh stop     stop dockerd only if `start` started it
#   docker-env.sh images   (re)build the offline test images (mlwb/busybox:latest)
#   docker-env.sh spare-start DIR | spare-kill DIR | spare-stop DIR
#                          a second, private engine on unix://DIR/docker.sock (for tests that
#                          kill the engine mid-run without disturbing the main one); spare-start
#                          prints the DOCKER_HOST value to use
#
# Sourcing it defines the functions without running anything.
# State lives in $MLWB_DOCKER_STATE (default /tmp/mlwb-docker-env).

MLWB_DOCKER_STATE=${MLWB_DOCKER_STATE:-/tmp/mlwb-docker-env}
MLWB_BUSYBOX_IMAGE=${MLWB_BUSYBOX_IMAGE:-mlwb/busybox:latest}
# Flags for an engine we start ourselves: no bridge and no iptables rules (steps run with
# --network none anyway, and a test engine must not touch the host's firewall).
MLWB_DOCKERD_FLAGS=(--bridge=none --iptables=false --ip-masq=false)

mlwb_log() { echo "docker-env: $*" >&2; }

mlwb_need_root() {
    if [ "$(id -u)" != 0 ]; then
        mlwb_log "$1 needs root (run as root, or start Docker yourself and re-run)"
        return 1
    fi
}

mlwb_install_packages() {
    local missing=()
    command -v dockerd >/dev/null 2>&1 || missing+=(docker.io)
    command -v docker >/dev/null 2>&1 || missing+=(docker.io)
    # The image needs a static busybox (ldd fails on a static binary).
    if [ ! -x /bin/busybox ] || ldd /bin/busybox >/dev/null 2>&1; then
        missing+=(busybox-static)
    fi
    [ ${#missing[@]} -eq 0 ] && return 0
    mlwb_need_root "installing ${missing[*]}" || return 1
    mlwb_log "installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -q "${missing[@]}" >"$MLWB_DOCKER_STATE/apt.log" 2>&1 \
        || { apt-get update -q >>"$MLWB_DOCKER_STATE/apt.log" 2>&1 \
             && apt-get install -y -q "${missing[@]}" >>"$MLWB_DOCKER_STATE/apt.log" 2>&1; } \
        || { mlwb_log "apt-get install failed, see $MLWB_DOCKER_STATE/apt.log"; return 1; }
}

# mlwb_wait_engine HOST SECONDS: true once `docker info` answers on HOST.
mlwb_wait_engine() {
    local host=$1 secs=$2 i
    for ((i = 0; i < secs * 2; i++)); do
        DOCKER_HOST=$host docker info >/dev/null 2>&1 && return 0
        sleep 0.5
    done
    return 1
}

# mlwb_pid_alive PID: true if PID runs and is not a zombie.
mlwb_pid_alive() {
    [ -n "$1" ] && [ -r "/proc/$1/stat" ] || return 1
    local state
    state=$(sed 's/.*) //' "/proc/$1/stat" | cut -d' ' -f1)
    [ "$state" != Z ]
}

# mlwb_start_dockerd LOGFILE PIDFILE [extra dockerd args...]: start dockerd in the background.
mlwb_start_dockerd() {
    local log=$1 pidfile=$2 arg exec_root=/var/run/docker prev=
    shift 2
    rm -f "$pidfile"
    for arg in "$@"; do
        [ "$prev" = --exec-root ] && exec_root=$arg
        prev=$arg
    done
    # After a `kill -9` of dockerd its containerd lingers as a zombie until PID 1 reaps it;
    # a stale pid file makes the new dockerd wait for that corpse and time out.
    local cpidfile="$exec_root/containerd/containerd.pid"
    if [ -f "$cpidfile" ] && ! mlwb_pid_alive "$(cat "$cpidfile")"; then
        rm -f "$cpidfile"
    fi
    setsid dockerd --pidfile "$pidfile" "${MLWB_DOCKERD_FLAGS[@]}" "$@" >"$log" 2>&1 </dev/null &
    echo $! >"$pidfile.launcher"
}

mlwb_stop_pid() {
    local pid=$1 i
    mlwb_pid_alive "$pid" || return 0
    kill -TERM "$pid" 2>/dev/null
    for ((i = 0; i < 60; i++)); do
        mlwb_pid_alive "$pid" || return 0
        sleep 0.5
    done
    mlwb_log "dockerd $pid did not stop in 30 s; killing it"
    kill -KILL "$pid" 2>/dev/null
}

mlwb_busybox_tar() {
    local out=$1 root
    root=$(mktemp -d)
    mkdir -p "$root/bin" "$root/tmp" "$root/etc"
    chmod 1777 "$root/tmp"
    cp /bin/busybox "$root/bin/busybox"
    local applet
    for applet in $(/bin/busybox --list); do
        [ "$applet" = busybox ] || ln -s busybox "$root/bin/$applet"
    done
    echo 'root:x:0:0:root:/tmp:/bin/sh' >"$root/etc/passwd"
    echo 'root:x:0:' >"$root/etc/group"
    tar -C "$root" --numeric-owner --owner=0 --group=0 -cf "$out" .
    rm -rf "$root"
}

# mlwb_images [DOCKER_HOST]: import the offline test images into that engine if missing.
mlwb_images() {
    local host=${1:-${DOCKER_HOST:-}}
    if DOCKER_HOST=$host docker image inspect "$MLWB_BUSYBOX_IMAGE" >/dev/null 2>&1 \
        && [ "${MLWB_REBUILD_IMAGES:-0}" != 1 ]; then
        return 0
    fi
    mkdir -p "$MLWB_DOCKER_STATE"
    local tarball="$MLWB_DOCKER_STATE/busybox-rootfs.tar"
    mlwb_busybox_tar "$tarball" || return 1
    DOCKER_HOST=$host docker import -c 'ENV PATH=/bin' -c 'CMD ["/bin/sh"]' \
        "$tarball" "$MLWB_BUSYBOX_IMAGE" >/dev/null \
        || { mlwb_log "docker import of $MLWB_BUSYBOX_IMAGE failed"; return 1; }
    mlwb_log "imported $MLWB_BUSYBOX_IMAGE"
}

mlwb_env_start() {
    mkdir -p "$MLWB_DOCKER_STATE"
    mlwb_install_packages || return 1
    if docker info >/dev/null 2>&1; then
        mlwb_log "a Docker engine is already running (${DOCKER_HOST:-default context}); using it"
    else
        if [ -n "${DOCKER_HOST:-}" ] && [ "${DOCKER_HOST#unix:///var/run/docker.sock}" != "" ]; then
            mlwb_log "DOCKER_HOST=$DOCKER_HOST does not answer; not starting an engine for it"
            return 1
        fi
        mlwb_need_root "starting dockerd" || return 1
        local log="$MLWB_DOCKER_STATE/dockerd.log" pidfile="$MLWB_DOCKER_STATE/dockerd.pid"
        mlwb_start_dockerd "$log" "$pidfile"
        if ! mlwb_wait_engine "" 30; then
            mlwb_log "dockerd did not come up (see $log); retrying with storage driver vfs"
            mlwb_stop_pid "$(cat "$pidfile" 2>/dev/null || cat "$pidfile.launcher")"
            mlwb_start_dockerd "$log" "$pidfile" --storage-driver=vfs
            if ! mlwb_wait_engine "" 30; then
                mlwb_log "dockerd did not come up; last lines of $log:"
                tail -n 15 "$log" >&2
                mlwb_stop_pid "$(cat "$pidfile" 2>/dev/null || cat "$pidfile.launcher")"
                return 1
            fi
        fi
        cat "$pidfile" >"$MLWB_DOCKER_STATE/started-by-us"
        mlwb_log "started dockerd (pid $(cat "$pidfile"), log $log)"
    fi
    mlwb_images ""
}

mlwb_env_stop() {
    local mark="$MLWB_DOCKER_STATE/started-by-us"
    if [ ! -f "$mark" ]; then
        mlwb_log "dockerd was not started by docker-env.sh; leaving it alone"
        return 0
    fi
    local pid
    pid=$(cat "$mark")
    mlwb_stop_pid "$pid"
    rm -f "$mark"
    mlwb_log "stopped dockerd (pid $pid)"
}

mlwb_spare_start() {
    local dir=$1
    [ -n "$dir" ] || { mlwb_log "spare-start needs a directory"; return 1; }
    mlwb_need_root "starting a spare dockerd" || return 1
    mkdir -p "$dir"
    local host="unix://$dir/docker.sock"
    mlwb_start_dockerd "$dir/dockerd.log" "$dir/dockerd.pid" --data-root "$dir/data" \
        --exec-root "$dir/exec" -H "$host"
    mlwb_wait_engine "$host" 30 || {
        mlwb_log "spare dockerd did not come up"; tail -n 15 "$dir/dockerd.log" >&2; return 1; }
    mlwb_images "$host" || return 1
    echo "$host"
}

mlwb_spare_kill() {
    local dir=$1
    kill -KILL "$(cat "$dir/dockerd.pid")" 2>/dev/null
}

# Restarts the spare engine if it was killed (so it reaps what the killed one left), removes
# its containers, stops it, and kills any shim that survived.
mlwb_spare_stop() {
    local dir=$1 host="unix://$1/docker.sock"
    [ -n "$dir" ] && [ -d "$dir" ] || return 0
    local pid
    pid=$(cat "$dir/dockerd.pid" 2>/dev/null)
    if ! mlwb_pid_alive "$pid"; then
        mlwb_start_dockerd "$dir/dockerd.log.2" "$dir/dockerd.pid" --data-root "$dir/data" \
            --exec-root "$dir/exec" -H "$host"
        mlwb_wait_engine "$host" 30
        pid=$(cat "$dir/dockerd.pid" 2>/dev/null)
    fi
    local ids
    ids=$(DOCKER_HOST=$host docker ps -aq 2>/dev/null)
    [ -n "$ids" ] && DOCKER_HOST=$host docker rm -f $ids >/dev/null 2>&1
    mlwb_stop_pid "$pid"
    # containerd of the spare engine, if it outlived its dockerd
    local cpid
    cpid=$(cat "$dir/exec/containerd/containerd.pid" 2>/dev/null)
    [ -n "$cpid" ] && mlwb_stop_pid "$cpid"
    # A container shim whose containerd was killed outlives everything above (found by its
    # -address, which names this spare engine's private socket).
    local spid
    for spid in $(pgrep -f -- "containerd-shim.* -address $dir/exec/containerd/containerd.sock"); do
        kill -KILL "$spid" 2>/dev/null
    done
    # dockerd bind-mounts its data root onto itself and leaves that mount behind
    while mountpoint -q "$dir/data" 2>/dev/null; do umount "$dir/data" || break; done
    return 0
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    set -u
    if [ "${MLWB_SKIP_DOCKER_TESTS:-0}" = 1 ] && [ "${1:-}" = start -o "${1:-}" = stop ]; then
        mlwb_log "MLWB_SKIP_DOCKER_TESTS=1: nothing to do"
        exit 0
    fi
    case "${1:-}" in
        start) mlwb_env_start ;;
        stop) mlwb_env_stop ;;
        images) mlwb_images "${DOCKER_HOST:-}" ;;
        spare-start) mlwb_spare_start "${2:-}" ;;
        spare-kill) mlwb_spare_kill "${2:-}" ;;
        spare-stop) mlwb_spare_stop "${2:-}" ;;
        *) echo "usage: $0 start|stop|images|spare-start DIR|spare-kill DIR|spare-stop DIR" >&2
           exit 2 ;;
    esac
fi
