// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"

#include <QJsonObject>
#include <QPointer>
#include <QStringList>
#include <QVersionNumber>

namespace wb::plugin {

/// What a plugin file declares (Q_PLUGIN_METADATA: IID plus the JSON file's
/// {Id, Name, Version, CompatVersion, Provides, Description}) and what became of it.
struct PluginSpec
{
    enum class State { Refused, Loaded };

    QString path;
    QString iid;            ///< e.g. "io.mlwb.IPackageExporter/1"
    QString id;
    QString name;
    QString description;
    QVersionNumber version;
    QVersionNumber compatVersion; ///< oldest mlwb version the plugin works with
    QStringList provides;
    State state = State::Refused;
    QString reason;         ///< why it was refused (translated)
    QPointer<QObject> instance;

    bool isLoaded() const { return state == State::Loaded; }
};

/// The interfaces this build knows, by IID base name ("io.mlwb.IDriftMetric") and version.
QHash<QString, int> knownInterfaces();

/// What a plugin contributes, by its IID's interface: "exporter", "container runtime",
/// "drift metric" (translated); an unknown interface gives its name, no IID an empty string.
QString pluginKind(const QString &iid);

/// What the metadata declares, unchecked: for listing a plugin that was refused (state
/// Refused, no reason yet). Fields the metadata lacks stay empty.
PluginSpec declaredPluginSpec(const QString &path, const QJsonObject &metaData);

/// Checks the metadata QPluginLoader::metaData() returned, without loading the code: a known
/// IID with the supported version, the required fields, and a CompatVersion this app meets.
/// On success the spec is filled (state still Refused until it is loaded).
Result<PluginSpec> readPluginMetaData(const QString &path, const QJsonObject &metaData,
                                      const QVersionNumber &appVersion);

} // namespace wb::plugin
