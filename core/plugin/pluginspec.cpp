// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/pluginspec.h"

#include "core/base/tr.h"
#include "core/plugin/icontainerruntimefactory.h"
#include "core/plugin/idriftmetric.h"
#include "core/plugin/ipackageexporter.h"

#include <QJsonArray>

namespace wb::plugin {

static void addIid(QHash<QString, int> &map, const char *iid)
{
    const QString s = QString::fromLatin1(iid);
    const qsizetype slash = s.lastIndexOf(QLatin1Char('/'));
    map.insert(s.left(slash), s.mid(slash + 1).toInt());
}

QHash<QString, int> knownInterfaces()
{
    QHash<QString, int> map;
    addIid(map, MLWB_IPACKAGEEXPORTER_IID);
    addIid(map, MLWB_ICONTAINERRUNTIMEFACTORY_IID);
    addIid(map, MLWB_IDRIFTMETRIC_IID);
    return map;
}

QString pluginKind(const QString &iid)
{
    const QString base = iid.section(QLatin1Char('/'), 0, 0);
    auto is = [&base](const char *knownIid) {
        return base == QString::fromLatin1(knownIid).section(QLatin1Char('/'), 0, 0);
    };
    if (is(MLWB_IPACKAGEEXPORTER_IID))
        return Tr::tr("exporter");
    if (is(MLWB_ICONTAINERRUNTIMEFACTORY_IID))
        return Tr::tr("container runtime");
    if (is(MLWB_IDRIFTMETRIC_IID))
        return Tr::tr("drift metric");
    return base;
}

PluginSpec declaredPluginSpec(const QString &path, const QJsonObject &metaData)
{
    PluginSpec spec;
    spec.path = path;
    spec.iid = metaData.value(QLatin1String("IID")).toString();
    const QJsonObject meta = metaData.value(QLatin1String("MetaData")).toObject();
    spec.id = meta.value(QLatin1String("Id")).toString();
    spec.name = meta.value(QLatin1String("Name")).toString();
    spec.description = meta.value(QLatin1String("Description")).toString();
    spec.version = QVersionNumber::fromString(meta.value(QLatin1String("Version")).toString());
    spec.compatVersion = QVersionNumber::fromString(meta.value(QLatin1String("CompatVersion")).toString());
    for (const QJsonValue &v : meta.value(QLatin1String("Provides")).toArray())
        spec.provides << v.toString();
    return spec;
}

static Error refused(const QString &why)
{
    return makeError(QStringLiteral("plugin-metadata"), why);
}

Result<PluginSpec> readPluginMetaData(const QString &path, const QJsonObject &metaData,
                                      const QVersionNumber &appVersion)
{
    if (metaData.isEmpty())
        return makeError(QStringLiteral("plugin-not-a-plugin"),
                         Tr::tr("not a Qt plugin (no plugin metadata found)"));
    PluginSpec spec;
    spec.path = path;
    spec.iid = metaData.value(QLatin1String("IID")).toString();
    const qsizetype slash = spec.iid.lastIndexOf(QLatin1Char('/'));
    const QString base = slash > 0 ? spec.iid.left(slash) : spec.iid;
    bool numeric = false;
    const int version = slash > 0 ? spec.iid.mid(slash + 1).toInt(&numeric) : 0;
    const QHash<QString, int> known = knownInterfaces();
    if (!known.contains(base))
        return makeError(QStringLiteral("plugin-unknown-interface"),
                         Tr::tr("implements the unknown interface \"%1\"").arg(spec.iid));
    if (!numeric || version != known.value(base))
        return makeError(QStringLiteral("plugin-interface-version"),
                         Tr::tr("implements %1 version %2, but this mlwb supports version %3")
                             .arg(base, slash > 0 ? spec.iid.mid(slash + 1) : Tr::tr("(none)"))
                             .arg(known.value(base)));

    const QJsonObject meta = metaData.value(QLatin1String("MetaData")).toObject();
    for (const char *field : {"Id", "Name", "Version"}) {
        if (meta.value(QLatin1String(field)).toString().trimmed().isEmpty())
            return refused(Tr::tr("the metadata field \"%1\" is missing or empty").arg(QLatin1String(field)));
    }
    spec.id = meta.value(QLatin1String("Id")).toString();
    spec.name = meta.value(QLatin1String("Name")).toString();
    spec.description = meta.value(QLatin1String("Description")).toString();
    spec.version = QVersionNumber::fromString(meta.value(QLatin1String("Version")).toString());
    if (spec.version.isNull())
        return refused(Tr::tr("the metadata field \"Version\" is not a version number"));
    const QString compat = meta.value(QLatin1String("CompatVersion")).toString();
    spec.compatVersion = compat.isEmpty() ? QVersionNumber(0) : QVersionNumber::fromString(compat);
    if (spec.compatVersion.isNull())
        return refused(Tr::tr("the metadata field \"CompatVersion\" is not a version number"));
    if (spec.compatVersion > appVersion)
        return makeError(QStringLiteral("plugin-too-new"),
                         Tr::tr("needs mlwb %1 or newer (this is %2)")
                             .arg(spec.compatVersion.toString(), appVersion.toString()));
    const QJsonValue provides = meta.value(QLatin1String("Provides"));
    if (!provides.isUndefined() && !provides.isArray())
        return refused(Tr::tr("the metadata field \"Provides\" must be a list of strings"));
    for (const QJsonValue &v : provides.toArray())
        spec.provides << v.toString();
    return spec;
}

} // namespace wb::plugin
