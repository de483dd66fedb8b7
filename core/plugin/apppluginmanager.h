// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QObject;

namespace wb::plugin {

class PluginManager;

/// A new PluginManager searching PluginManager::defaultSearchPaths() - the installed plugin
/// folder (<app dir>/../lib/mlwb/plugins), the build tree's plugins/ for programs running from
/// that build tree, then $MLWB_PLUGIN_PATH - with every acceptable plugin already loaded.
PluginManager *createAppPluginManager(QObject *parent = nullptr);

/// The application's PluginManager (mlwb, mlwb-cli): made by createAppPluginManager on the
/// first call, owned by the QCoreApplication (which must exist), the same object afterwards.
/// Call it from the main thread.
PluginManager *appPluginManager();

} // namespace wb::plugin
