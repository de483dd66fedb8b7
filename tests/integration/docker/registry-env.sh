#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A private Docker registry on 127.0.0.1 for the image-pull tests (Debian's docker-registry,
# the CNCF distribution registry). Nothing is fetched from the internet: the tests push an
# image they imported themselves. dockerd treats a registry on 127.0.0.0/8 as insecure-allowed
# by default, so plain HTTP works without changing the engine's configuration.
#
#   registry-env.sh start DIR   install docker-registry if missing, start a registry on a free
#                               127.0.0.1 port with its config and storage in DIR, print
#                               "127.0.0.1:PORT" once it answers
#   registry-env.sh stop DIR    stop the registry that `start DIR` started (only that one)
#
# State: DIR/config.yml, DIR/storage/, DIR/registry.log, DIR/registry.pid, DIR/address.

reg_log() { echo "registry-env: $*" >&2; }

reg_install() {
    command -v docker-registry >/dev/null 2>&1 && return 0
    if [ "$(id -u)" != 0 ]; then
        reg_log "docker-registry is not installed and installing it needs root (apt-get install docker-registry)"
        return 1
    fi
    reg_log "installing docker-registry"
    local log=${1:-/tmp}/apt.log
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -q --no-install-recommends docker-registry >"$log" 2>&1 \
        || { apt-get update -q >>"$log" 2>&1 \
             && apt-get install -y -q --no-install-recommends docker-registry >>"$log" 2>&1; } \
        || { reg_log "apt-get install docker-registry failed, see $log"; return 1; }
    command -v docker-registry >/dev/null 2>&1 \
        || { reg_log "docker-registry is still missing after apt-get (see $log)"; return 1; }
}

# reg_port_free PORT: nothing listens on 127.0.0.1:PORT.
reg_port_free() {
    ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

reg_pid_alive() {
    [ -n "$1" ] && kill -0 "$1" 2>/dev/null
}

# reg_wait ADDRESS PID SECONDS: true once GET /v2/ answers (200 without auth).
reg_wait() {
    local address=$1 pid=$2 secs=$3 i
    for ((i = 0; i < secs * 4; i++)); do
        reg_pid_alive "$pid" || return 1
        if curl -fsS -o /dev/null --max-time 2 "http://$address/v2/" 2>/dev/null; then
            return 0
        fi
        sleep 0.25
    done
    return 1
}

reg_start() {
    local dir=$1
    [ -n "$dir" ] || { reg_log "start needs a directory"; return 1; }
    mkdir -p "$dir/storage" || return 1
    reg_install "$dir" || return 1
    command -v curl >/dev/null 2>&1 || { reg_log "curl is missing (apt-get install curl)"; return 1; }
    if reg_pid_alive "$(cat "$dir/registry.pid" 2>/dev/null)"; then
        cat "$dir/address"
        return 0
    fi
    local port address pid
    for _ in 1 2 3 4 5 6 7 8; do
        port=$((20000 + (RANDOM % 20000)))
        reg_port_free "$port" || continue
        address=127.0.0.1:$port
        cat >"$dir/config.yml" <<EOF
version: 0.1
log:
  level: warn
  fields:
    service: registry
storage:
  filesystem:
    rootdirectory: $dir/storage
  delete:
    enabled: true
http:
  addr: $address
  secret: mlwb-test-$$-$port
EOF
        setsid docker-registry serve "$dir/config.yml" >"$dir/registry.log" 2>&1 </dev/null &
        pid=$!
        echo "$pid" >"$dir/registry.pid"
        if reg_wait "$address" "$pid" 20; then
            echo "$address" >"$dir/address"
            reg_log "registry on $address (pid $pid, log $dir/registry.log)"
            echo "$address"
            return 0
        fi
        reg_log "registry did not come up on $address; last lines of $dir/registry.log:"
        tail -n 5 "$dir/registry.log" >&2
        kill -TERM "$pid" 2>/dev/null
        rm -f "$dir/registry.pid"
    done
    reg_log "no registry could be started"
    return 1
}

reg_stop() {
    local dir=$1 pid i
    [ -n "$dir" ] || { reg_log "stop needs a directory"; return 1; }
    pid=$(cat "$dir/registry.pid" 2>/dev/null)
    rm -f "$dir/registry.pid" "$dir/address"
    reg_pid_alive "$pid" || return 0
    kill -TERM "$pid" 2>/dev/null
    for ((i = 0; i < 40; i++)); do
        reg_pid_alive "$pid" || { reg_log "stopped the registry (pid $pid)"; return 0; }
        sleep 0.25
    done
    kill -KILL "$pid" 2>/dev/null
    reg_log "killed the registry (pid $pid)"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    set -u
    case "${1:-}" in
        start) reg_start "${2:-}" ;;
        stop) reg_stop "${2:-}" ;;
        *) echo "usage: $0 start DIR | stop DIR" >&2; exit 2 ;;
    esac
fi
