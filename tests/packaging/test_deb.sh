#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# test_deb.sh BUILD_DIR VERSION: package, install, smoke-test, validate, remove.
set -u
build=$1
version=$2

if [ "$(id -u)" != 0 ]; then
    if [ "${MLWB_SKIP_PACKAGING_TESTS:-0}" = 1 ]; then
        echo "SKIP: not root and MLWB_SKIP_PACKAGING_TESTS=1"
        exit 77
    fi
    echo "FAIL: the packaging test installs a .deb system-wide and must run as root" \
         "(or set MLWB_SKIP_PACKAGING_TESTS=1 to skip it)" >&2
    exit 1
fi

failures=0
check() { # check DESCRIPTION COMMAND...
    local what=$1; shift
    if "$@"; then echo "ok   $what"; else echo "FAIL $what"; failures=$((failures + 1)); fi
}

work=$(mktemp -d)
installed=0
cleanup() {
    if [ "$installed" = 1 ]; then
        apt-get remove -y mlwb >"$work/remove.log" 2>&1 || cat "$work/remove.log"
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# Everything the install rules name must be built first.
cmake --build "$build" -j2 >"$work/build.log" 2>&1 || { tail -40 "$work/build.log"; echo "FAIL build"; exit 1; }
(cd "$build" && cpack -G DEB -B "$work/pkg") >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; echo "FAIL cpack"; exit 1; }
deb=$(ls "$work"/pkg/mlwb_*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || { cat "$work/cpack.log"; echo "FAIL: no mlwb_*.deb produced"; exit 1; }
echo "built $(basename "$deb") ($(du -h "$deb" | cut -f1))"
dpkg-deb -I "$deb" | grep -E '^ (Package|Version|Depends|Recommends):'

if dpkg -s mlwb >/dev/null 2>&1; then
    echo "FAIL: a package named mlwb is already installed; refusing to replace it" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
if ! apt-get install -y --no-install-recommends "$deb" >"$work/install.log" 2>&1; then
    cat "$work/install.log"; echo "FAIL apt-get install"; exit 1
fi
installed=1

export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
mkdir -p "$HOME"
check "mlwb --version prints $version" \
    bash -c "QT_QPA_PLATFORM=offscreen /usr/bin/mlwb --version | grep -q '$version'"
check "mlwb-cli --version prints $version" bash -c "/usr/bin/mlwb-cli --version | grep -q '$version'"
QT_QPA_PLATFORM=offscreen timeout 5 /usr/bin/mlwb >"$work/run.log" 2>&1
rc=$?
check "mlwb stays up until killed (exit 124, got $rc)" test "$rc" = 124
[ "$rc" = 124 ] || cat "$work/run.log"

share=/usr/share
check "desktop file valid" desktop-file-validate $share/applications/io.mlwb.Workbench.desktop
check "AppStream metainfo valid" appstreamcli validate --no-net $share/metainfo/io.mlwb.Workbench.metainfo.xml
check "icon installed" test -s $share/icons/hicolor/scalable/apps/io.mlwb.Workbench.svg
check "MIME types installed" test -s $share/mime/packages/io.mlwb.Workbench.xml
check "Argo plugin installed" test -f /usr/lib/mlwb/plugins/libmlwb_argo.so
check "no test plugins installed" bash -c "! ls /usr/lib/mlwb/plugins | grep -q '^libtp_'"

# The shipped component library, the example workspace and the plugin, as the installed
# programs see them.
check "component library installed" test -s $share/mlwb/components/tables/csv-head.yaml
check "example workspace installed" test -s $share/mlwb/examples/data/churn.csv
QT_QPA_PLATFORM=offscreen /usr/bin/mlwb --print-paths >"$work/paths.txt" 2>"$work/paths.err"
check "mlwb finds the component library in $share/mlwb/components" \
    grep -qx "components: $share/mlwb/components" "$work/paths.txt"
check "mlwb finds the example workspace" grep -qx "examples: $share/mlwb/examples" "$work/paths.txt"
check "mlwb loads the Argo plugin from /usr/lib/mlwb/plugins" \
    grep -q "^loaded .*argo-workflow.*/usr/lib/mlwb/plugins/libmlwb_argo.so" "$work/paths.txt"
grep -q "^loaded .*argo-workflow" "$work/paths.txt" || cat "$work/paths.txt" "$work/paths.err"
check "mlwb-cli inspects an installed component" \
    bash -c "/usr/bin/mlwb-cli component inspect $share/mlwb/components/tables/csv-head.yaml | grep -q 'CSV head'"
check "the installed example pipeline validates (its components resolve)" \
    /usr/bin/mlwb-cli validate $share/mlwb/examples/churn.pipeline.yaml
check "mlwb-cli exports the example to Argo through the installed plugin" \
    /usr/bin/mlwb-cli export $share/mlwb/examples/churn.pipeline.yaml --argo "$work/churn.argo.yaml"
check "the exported Workflow reads the dataset artifact" grep -q "inputs.artifacts.importer-churn" "$work/churn.argo.yaml"
if command -v update-mime-database >/dev/null; then
    update-mime-database $share/mime >/dev/null 2>&1
    printf 'x' >"$work/a.mlwb.zip"
    if command -v xdg-mime >/dev/null; then
        check "*.mlwb.zip maps to application/x-mlwb-package" \
            bash -c "xdg-mime query filetype '$work/a.mlwb.zip' | grep -q x-mlwb-package"
    fi
fi

apt-get remove -y mlwb >"$work/remove.log" 2>&1
installed=0
check "apt-get remove mlwb" test ! -e /usr/bin/mlwb

if [ "$failures" != 0 ]; then
    echo "$failures packaging check(s) failed"
    exit 1
fi
echo "packaging checks passed"
