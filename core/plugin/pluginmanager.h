// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plugin/pluginspec.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <QVersionNumber>

namespace wb::plugin {

/// Finds plugins, checks each one's metadata before running any of its code (Qt Creator's
/// PluginSpec::readMetaData), and loads the acceptable ones. Every file found ends up in
/// plugins() either loaded or refused with a reason the user can read.
class PluginManager : public QObject
{
    Q_OBJECT
public:
    explicit PluginManager(QObject *parent = nullptr);
    ~PluginManager() override;

    /// `<app dir>/../lib/mlwb/plugins`, the build tree's plugins folder (only for programs in
    /// that build tree), then every folder in
    /// MLWB_PLUGIN_PATH (':'-separated). Earlier folders win when two plugins share an id.
    static QStringList defaultSearchPaths();

    void setSearchPaths(const QStringList &paths) { m_searchPaths = paths; }
    QStringList searchPaths() const { return m_searchPaths; }
    void setAppVersion(const QVersionNumber &version) { m_appVersion = version; }
    QVersionNumber appVersion() const { return m_appVersion; }

    /// Scans the search paths and loads what passes the checks. Call once.
    void loadPlugins();

    const QList<PluginSpec> &plugins() const { return m_plugins; }
    QList<PluginSpec> loadedPlugins() const;
    QList<PluginSpec> refusedPlugins() const;
    /// One line per plugin: "loaded  id version  path" or "refused path: reason".
    QString report() const;

    /// Loaded plugin objects implementing T (e.g. IPackageExporter).
    template<typename T>
    QList<T *> objects() const
    {
        QList<T *> out;
        for (const PluginSpec &spec : m_plugins) {
            if (spec.isLoaded() && spec.instance)
                if (T *t = qobject_cast<T *>(spec.instance.data()))
                    out.append(t);
        }
        return out;
    }

private:
    PluginSpec examine(const QString &path);

    QStringList m_searchPaths;
    QVersionNumber m_appVersion;
    QList<PluginSpec> m_plugins;
};

} // namespace wb::plugin
