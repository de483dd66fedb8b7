#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Docker image mlwb/sklearn:bookworm (Debian bookworm + python3-sklearn + pandas)
# without any registry: debootstrap from the host's Debian mirror, then `docker import`.
# Idempotent: does nothing when the image exists; the rootfs tarball is cached, so a rebuild
# after `docker rmi` only re-imports.
#
# Usage: build-sklearn-image.sh [--rootfs-only] [--force]
#   --rootfs-only  build (or reuse) the cached rootfs tarball, do not talk to docker
#   --force        rebuild the tarball and re-import even if both exist
# Environment: MLWB_DEBIAN_MIRROR overrides the mirror read from /etc/apt.
#
# The image is in no registry: a run that misses it names this script (the line below).
# mlwb-image: mlwb/sklearn:bookworm
set -euo pipefail

IMAGE=${MLWB_SKLEARN_IMAGE:-mlwb/sklearn:bookworm}
SUITE=bookworm
PACKAGES=python3-sklearn,python3-pandas
CACHE_DIR=${XDG_CACHE_HOME:-$HOME/.cache}/mlwb
TARBALL=$CACHE_DIR/sklearn-$SUITE-rootfs.tar

rootfs_only=0
force=0
for arg in "$@"; do
    case $arg in
        --rootfs-only) rootfs_only=1 ;;
        --force) force=1 ;;
        -h|--help) sed -n '3,12p' "$0"; exit 0 ;;
        *) echo "Unknown option: $arg" >&2; exit 2 ;;
    esac
done

die() { echo "build-sklearn-image: $*" >&2; exit 1; }

# The first plain Debian mirror configured for apt (one-line or deb822 format), so the build
# works behind the same mirror/proxy the host already uses.
debian_mirror() {
    if [[ -n ${MLWB_DEBIAN_MIRROR:-} ]]; then
        echo "$MLWB_DEBIAN_MIRROR"
        return
    fi
    local url
    if [[ -r /etc/apt/sources.list ]]; then
        url=$(awk '$1 == "deb" && $0 !~ /security/ {
                   for (i = 2; i <= NF; i++) if ($i ~ /^[a-z]+:\/\//) { print $i; exit } }' /etc/apt/sources.list)
        [[ -n $url ]] && { echo "$url"; return; }
    fi
    local f
    for f in /etc/apt/sources.list.d/*.sources; do
        [[ -r $f ]] || continue
        url=$(awk 'tolower($1) == "uris:" && $2 !~ /security/ { print $2; exit }' "$f")
        [[ -n $url ]] && { echo "$url"; return; }
    done
    echo "http://deb.debian.org/debian"
}

# python3-scipy depends on python3-pythran, which pulls in g++, Boost and the Python headers
# (~300 MB) that are only needed to compile Pythran extensions, never at run time. Drop them
# (dpkg --force-depends) plus docs and apt caches: 430 MB instead of 980 MB, same behaviour.
# The .pyc files stay for fast start-up.
BUILD_ONLY_PACKAGES=(python3-pythran python3-all-dev python3-dev python3.11-dev libpython3-dev
    libpython3.11-dev libpython3-all-dev g++ g++-12 gcc gcc-12 cpp cpp-12 libstdc++-12-dev
    libgcc-12-dev libc6-dev linux-libc-dev libcrypt-dev libnsl-dev libtirpc-dev libboost-dev
    libboost1.74-dev libxsimd-dev libopenblas-dev libopenblas-pthread-dev libblas-dev
    liblapack-dev binutils binutils-x86-64-linux-gnu libbinutils libctf0 libctf-nobfd0
    libgprofng0 libasan8 libtsan2 liblsan0 libubsan1 libitm1 libcc1-0 libexpat1-dev zlib1g-dev
    libjs-jquery libjs-underscore libjs-sphinxdoc)
SMOKE_TEST='import pandas, sklearn
from sklearn.linear_model import LogisticRegression
LogisticRegression().fit([[0.0], [1.0], [2.0], [3.0]], [0, 0, 1, 1])
print("scikit-learn", sklearn.__version__, "pandas", pandas.__version__)'

slim_rootfs() {
    local root=$1 installed=() p
    for p in "${BUILD_ONLY_PACKAGES[@]}"; do
        # shellcheck disable=SC2016 # ${Status} is dpkg-query's format, not a shell variable
        if $SUDO chroot "$root" dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed'; then
            installed+=("$p")
        fi
    done
    if [[ ${#installed[@]} -gt 0 ]]; then
        $SUDO chroot "$root" dpkg --purge --force-depends "${installed[@]}" >/dev/null
    fi
    $SUDO rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/* \
        "$root"/usr/share/doc/* "$root"/usr/share/man/* "$root"/usr/share/info/* \
        "$root"/usr/share/locale/*
}

if [[ $rootfs_only -eq 0 ]]; then
    command -v docker >/dev/null || die "docker is not installed"
    if [[ $force -eq 0 ]] && docker image inspect "$IMAGE" >/dev/null 2>&1; then
        echo "$IMAGE already exists; nothing to do (use --force to rebuild)."
        exit 0
    fi
    docker info >/dev/null 2>&1 || die "cannot reach the docker daemon (is dockerd running?)"
fi

if [[ $force -eq 1 || ! -s $TARBALL ]]; then
    command -v debootstrap >/dev/null || die "debootstrap is missing: apt-get install debootstrap"
    SUDO=
    if [[ $(id -u) -ne 0 ]]; then
        command -v sudo >/dev/null || die "debootstrap needs root (run as root or install sudo)"
        SUDO=sudo
    fi
    mirror=$(debian_mirror)
    mkdir -p "$CACHE_DIR"
    work=$(mktemp -d "$CACHE_DIR/rootfs.XXXXXX")
    cleanup() { $SUDO rm -rf "$work"; }
    trap cleanup EXIT
    echo "debootstrap $SUITE from $mirror into $work ..."
    $SUDO debootstrap --variant=minbase --include="$PACKAGES" "$SUITE" "$work/rootfs" "$mirror"
    slim_rootfs "$work/rootfs"
    $SUDO chroot "$work/rootfs" python3 -c "$SMOKE_TEST" \
        || die "the rootfs cannot run scikit-learn/pandas"
    $SUDO tar -C "$work/rootfs" --numeric-owner -c . > "$TARBALL.part"
    mv "$TARBALL.part" "$TARBALL"
    echo "rootfs cached at $TARBALL"
else
    echo "using cached rootfs $TARBALL"
fi

[[ $rootfs_only -eq 1 ]] && exit 0

docker import \
    --change 'ENV PYTHONDONTWRITEBYTECODE=1' \
    --change 'ENV LANG=C.UTF-8' \
    --change 'ENV OPENBLAS_NUM_THREADS=1' \
    --change 'CMD ["python3"]' \
    "$TARBALL" "$IMAGE"
docker run --rm "$IMAGE" python3 -c "$SMOKE_TEST"
echo "built $IMAGE"
