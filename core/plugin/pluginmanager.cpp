// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/pluginmanager.h"

#include "core/base/tr.h"
#include "core/plugin/appdirs.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QPluginLoader>
#include <QSet>

namespace wb::plugin {

PluginManager::PluginManager(QObject *parent)
    : QObject(parent)
    , m_searchPaths(defaultSearchPaths())
    , m_appVersion(QVersionNumber::fromString(QStringLiteral(MLWB_VERSION)))
{
}

PluginManager::~PluginManager() = default;

QStringList PluginManager::defaultSearchPaths()
{
    QStringList paths;
    if (QCoreApplication::instance())
        paths << QDir::cleanPath(QCoreApplication::applicationDirPath()
                                 + QStringLiteral("/../lib/mlwb/plugins"));
    // The build tree's plugins only for programs running from that build tree, so an
    // installed mlwb never picks up a developer's build.
    const QString buildDir = QStringLiteral(MLWB_BUILD_PLUGIN_DIR);
    if (runsFromBuildTree() && QFileInfo(buildDir).isDir())
        paths << buildDir;
    const QString env = qEnvironmentVariable("MLWB_PLUGIN_PATH");
    for (const QString &p : env.split(QLatin1Char(':'), Qt::SkipEmptyParts))
        paths << p;
    paths.removeDuplicates();
    return paths;
}

PluginSpec PluginManager::examine(const QString &path)
{
    QPluginLoader loader(path);
    // Metadata first: no code of a refused plugin runs.
    Result<PluginSpec> read = readPluginMetaData(path, loader.metaData(), m_appVersion);
    if (!read) {
        // Listed with whatever it declares, so the user can tell which plugin it is.
        PluginSpec spec = declaredPluginSpec(path, loader.metaData());
        spec.reason = read.error().message;
        if (read.error().code == QLatin1String("plugin-not-a-plugin") && !loader.errorString().isEmpty())
            spec.reason += QStringLiteral(": ") + loader.errorString();
        return spec;
    }
    PluginSpec spec = std::move(read).value();
    for (const PluginSpec &other : std::as_const(m_plugins)) {
        if (other.isLoaded() && other.id == spec.id) {
            spec.reason = Tr::tr("duplicate plugin id \"%1\" (already loaded from %2)").arg(spec.id, other.path);
            return spec;
        }
    }
    QObject *instance = loader.instance();
    if (!instance) {
        spec.reason = Tr::tr("cannot load: %1").arg(loader.errorString());
        return spec;
    }
    // Q_INTERFACES makes qt_metacast answer the IID: proves the object really implements it.
    if (!instance->qt_metacast(spec.iid.toLatin1().constData())) {
        spec.reason = Tr::tr("declares %1 but its object does not implement it").arg(spec.iid);
        loader.unload();
        return spec;
    }
    spec.instance = instance;
    spec.state = PluginSpec::State::Loaded;
    return spec;
}

void PluginManager::loadPlugins()
{
    QSet<QString> seen;
    for (const QString &dirPath : std::as_const(m_searchPaths)) {
        const QDir dir(dirPath);
        if (!dir.exists())
            continue;
        const QStringList files = dir.entryList(QDir::Files, QDir::Name);
        for (const QString &file : files) {
            const QString path = QFileInfo(dir.filePath(file)).canonicalFilePath();
            if (!QLibrary::isLibrary(path) || seen.contains(path))
                continue;
            seen.insert(path);
            m_plugins.append(examine(path));
        }
    }
}

QList<PluginSpec> PluginManager::loadedPlugins() const
{
    QList<PluginSpec> out;
    for (const PluginSpec &s : m_plugins)
        if (s.isLoaded())
            out.append(s);
    return out;
}

QList<PluginSpec> PluginManager::refusedPlugins() const
{
    QList<PluginSpec> out;
    for (const PluginSpec &s : m_plugins)
        if (!s.isLoaded())
            out.append(s);
    return out;
}

QString PluginManager::report() const
{
    QStringList lines;
    for (const PluginSpec &s : m_plugins) {
        if (s.isLoaded())
            lines << Tr::tr("loaded   %1 %2 (%3)  %4").arg(s.id, s.version.toString(), s.iid, s.path);
        else
            lines << Tr::tr("refused  %1: %2").arg(s.path, s.reason);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace wb::plugin
