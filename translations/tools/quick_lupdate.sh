#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Same as the update_translations target (same file set and options), without the project
# include paths, which make the CMake-driven lupdate take many minutes.
set -e
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
files=$( (find ui core -name '*.cpp' -o -name '*.h'; find app plugins -name '*.cpp') | sort)
/usr/lib/qt6/bin/lupdate -no-obsolete -locations none -I "$root" $files \
    -ts translations/mlwb_de.ts translations/mlwb_fr.ts
