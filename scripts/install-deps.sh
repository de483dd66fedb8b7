#!/usr/bin/env bash
# Installs the Debian 12 packages mlwb needs to build, run and test. Needs root (or sudo).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
pkgs=$(grep -v '^#' "$here/debian-packages.txt" | tr '\n' ' ')
missing=$(dpkg-query -W -f='${Package} ${Status}\n' $pkgs 2>/dev/null | awk '$4!="installed"{print $1}' || true)
# dpkg-query omits packages it has never heard of; compare counts to catch them.
known=$(dpkg-query -W -f='${Package}\n' $pkgs 2>/dev/null | wc -l || true)
want=$(echo $pkgs | wc -w)
if [ -z "$missing" ] && [ "$known" -ge "$want" ]; then
    echo "install-deps: all packages present"
    exit 0
fi
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends $pkgs
