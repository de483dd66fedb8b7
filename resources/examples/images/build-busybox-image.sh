#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the tiny Docker image mlwb/busybox:latest from Debian's busybox-static, without any
# registry: a rootfs with /bin/busybox, its applet symlinks and /tmp, then `docker import`.
# Idempotent: does nothing when the image exists.
#
# Usage: build-busybox-image.sh [--rootfs-only DIR] [--force]
#   --rootfs-only DIR  only assemble the rootfs in DIR (for checking; no docker needed)
#   --force            re-import even if the image exists
#
# The image is in no registry: a run that misses it names this script (the line below).
# mlwb-image: mlwb/busybox:latest
set -euo pipefail

IMAGE=${MLWB_BUSYBOX_IMAGE:-mlwb/busybox:latest}
BUSYBOX=/bin/busybox

rootfs_dir=
force=0
while [[ $# -gt 0 ]]; do
    case $1 in
        --rootfs-only) rootfs_dir=${2:?--rootfs-only needs a directory}; shift ;;
        --force) force=1 ;;
        -h|--help) sed -n '3,10p' "$0"; exit 0 ;;
        *) echo "Unknown option: $1" >&2; exit 2 ;;
    esac
    shift
done

die() { echo "build-busybox-image: $*" >&2; exit 1; }

if [[ -z $rootfs_dir ]]; then
    command -v docker >/dev/null || die "docker is not installed"
    if [[ $force -eq 0 ]] && docker image inspect "$IMAGE" >/dev/null 2>&1; then
        echo "$IMAGE already exists; nothing to do (use --force to rebuild)."
        exit 0
    fi
    docker info >/dev/null 2>&1 || die "cannot reach the docker daemon (is dockerd running?)"
fi

# The static build runs in an empty rootfs; the dynamic /bin/busybox of package `busybox` would not.
if ! dpkg-query -W -f='${Status}' busybox-static 2>/dev/null | grep -q 'ok installed'; then
    SUDO=
    [[ $(id -u) -ne 0 ]] && SUDO=sudo
    $SUDO apt-get install -y busybox-static
fi
[[ -x $BUSYBOX ]] || die "$BUSYBOX is missing after installing busybox-static"
file_out=$(file -L "$BUSYBOX" 2>/dev/null || true)
[[ -z $file_out || $file_out == *"statically linked"* || $file_out == *"static-pie"* ]] \
    || die "$BUSYBOX is not statically linked ($file_out)"

cleanup_dir=
if [[ -z $rootfs_dir ]]; then
    rootfs_dir=$(mktemp -d)
    cleanup_dir=$rootfs_dir
fi
cleanup() { [[ -n $cleanup_dir ]] && rm -rf "$cleanup_dir"; return 0; }
trap cleanup EXIT

mkdir -p "$rootfs_dir"/{bin,sbin,usr/bin,usr/sbin,tmp,etc,root}
chmod 1777 "$rootfs_dir/tmp"
cp "$BUSYBOX" "$rootfs_dir/bin/busybox"
# busybox --install -s writes absolute symlinks (/bin/sh -> /bin/busybox) for every applet; run it
# with the rootfs as its root so the links land inside DIR and resolve inside the container.
if [[ $(id -u) -eq 0 ]] && chroot "$rootfs_dir" /bin/busybox --install -s 2>/dev/null; then
    :
else
    # Without chroot rights: create the same links from the applet list.
    while read -r applet; do
        [[ -e $rootfs_dir$applet || -L $rootfs_dir$applet ]] || ln -s /bin/busybox "$rootfs_dir$applet"
    done < <("$BUSYBOX" --list-full | sed 's|^|/|')
fi
echo 'root:x:0:0:root:/root:/bin/sh' > "$rootfs_dir/etc/passwd"
echo 'root:x:0:' > "$rootfs_dir/etc/group"
[[ -L $rootfs_dir/bin/sh ]] || die "rootfs has no /bin/sh applet link"

[[ -n $cleanup_dir ]] || { echo "rootfs ready in $rootfs_dir"; exit 0; }

tar -C "$rootfs_dir" --numeric-owner -c . | docker import --change 'CMD ["/bin/sh"]' - "$IMAGE"
docker run --rm "$IMAGE" sh -c 'echo busybox image ok: $(uname -m)'
echo "built $IMAGE"
