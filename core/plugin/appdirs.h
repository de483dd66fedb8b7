// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace wb::plugin {

/// True when the running program lives in the build tree it was built in (a development build).
bool runsFromBuildTree();

/// A folder of data mlwb ships, by name: "components" (the component library) or "examples"
/// (the example workspace). Installed: <app dir>/../share/mlwb/<name> (what the DEB installs).
/// In a development build: the source tree's resources/<name>. Empty when neither exists.
QString shippedDataDir(const QString &name);

/// The handbook (README.md, with its screenshots beside it in docs/): installed
/// <app dir>/../share/mlwb/doc/README.md; in a development build the source tree's README.md.
/// Empty when neither exists.
QString shippedHandbook();

} // namespace wb::plugin
