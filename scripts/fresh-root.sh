#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# fresh-root.sh COMMAND: runs COMMAND (a bash command line) as root inside a FRESH Debian 12
# minbase root, with this checkout bind-mounted at the same absolute path, so that a build
# made inside can be tested outside too. This is how CI proves that the README's commands
# work on a machine that has nothing but Debian: the root is made by debootstrap and gets only
# what scripts/install-deps.sh installs from scripts/debian-packages.txt.
#
# Cached between runs (MLWB_ROOT_CACHE, default /var/cache/mlwb-fresh-root):
#   - the bare debootstrap result (a tarball; never a root that had packages installed), and
#   - downloaded .deb files (apt's archive folder), to spare the network, not the install.
# Every run unpacks the bare tarball into a new folder and deletes it at the end
# (MLWB_KEEP_ROOT=1 keeps it for inspection).
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: $0 'COMMAND'" >&2; exit 2; }
[ "$(id -u)" = 0 ] || { echo "fresh-root: needs root (debootstrap, chroot and mounts)" >&2; exit 1; }

repo=$(cd "$(dirname "$0")/.." && pwd)
shared=$(cd "$repo/.." && pwd)/shared
cache=${MLWB_ROOT_CACHE:-/var/cache/mlwb-fresh-root}
mirror=${MLWB_DEBIAN_MIRROR:-http://deb.debian.org/debian}
security=${MLWB_DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security}
bare=$cache/bookworm-minbase.tar
log() { echo "fresh-root: $*" >&2; }

mkdir -p "$cache/archives/partial"
if ! command -v debootstrap >/dev/null; then
    log "installing debootstrap on the host"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null \
        || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null; }
fi
if [ ! -s "$bare" ]; then
    log "debootstrap --variant=minbase bookworm (cached afterwards as $bare)"
    tmp=$(mktemp -d /var/tmp/mlwb-debootstrap.XXXXXX)
    if ! debootstrap --variant=minbase bookworm "$tmp" "$mirror" >"$cache/debootstrap.log" 2>&1; then
        tail -20 "$cache/debootstrap.log" >&2
        rm -rf --one-file-system "$tmp"
        exit 1
    fi
    tar -C "$tmp" --numeric-owner -cf "$bare.part" . && mv "$bare.part" "$bare"
    rm -rf --one-file-system "$tmp"
fi

root=$(mktemp -d /var/tmp/mlwb-root.XXXXXX)
mounts=()
cleanup() {
    local rc=$?
    # Processes left in the root (an Xvfb, a dbus) would keep its mounts busy.
    local p
    for p in /proc/[0-9]*; do
        [ "$(readlink "$p/root" 2>/dev/null)" = "$root" ] && kill -KILL "${p#/proc/}" 2>/dev/null
    done
    local i
    for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do
        umount -R "${mounts[i]}" 2>/dev/null || umount -R -l "${mounts[i]}" 2>/dev/null || true
    done
    if findmnt -rn -o TARGET | grep -q "^$root/"; then
        log "mounts under $root are still there; not deleting it"
    elif [ "${MLWB_KEEP_ROOT:-0}" = 1 ]; then
        log "kept $root"
    else
        rm -rf --one-file-system "$root"
    fi
    exit $rc
}
trap cleanup EXIT INT TERM
bind() { # bind SRC DST [ro]
    mkdir -p "$2"
    mount --rbind "$1" "$2"
    mounts+=("$2")
    if [ "${3:-}" = ro ]; then mount -o remount,bind,ro "$2"; fi
}

tar -C "$root" -xf "$bare"
# What a Debian 12 installation lists: the release, its updates and its security archive.
cat >"$root/etc/apt/sources.list" <<SOURCES
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb $security bookworm-security main
SOURCES
cp /etc/resolv.conf "$root/etc/resolv.conf"
mount -t proc proc "$root/proc"; mounts+=("$root/proc")
mount -t sysfs sysfs "$root/sys"; mounts+=("$root/sys")
bind /dev "$root/dev"
bind "$cache/archives" "$root/var/cache/apt/archives"
bind "$repo" "$root$repo"
[ -d "$shared" ] && bind "$shared" "$root$shared" ro

log "root $root ready; running: $1"
chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb CI="${CI:-}" \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    /bin/bash -c "cd '$repo' && $1"
