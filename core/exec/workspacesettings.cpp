// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exec/workspacesettings.h"

#include "core/base/fileio.h"
#include "core/base/tr.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <climits>
#include <cmath>

namespace wb::exec {

static constexpr char kContainers[] = "containers";
static constexpr char kPidsLimit[] = "pidsLimit";
static constexpr char kDefaultMemory[] = "defaultMemory";
static constexpr char kPull[] = "pull";

QString pullPolicyName(PullPolicy policy)
{
    switch (policy) {
    case PullPolicy::Never: return QStringLiteral("never");
    case PullPolicy::Missing: return QStringLiteral("missing");
    case PullPolicy::Always: return QStringLiteral("always");
    }
    return {};
}

Result<PullPolicy> parsePullPolicy(const QString &text)
{
    for (PullPolicy p : {PullPolicy::Never, PullPolicy::Missing, PullPolicy::Always})
        if (text.trimmed() == pullPolicyName(p))
            return p;
    return makeError(QStringLiteral("pull-policy-invalid"),
                     Tr::tr("'%1' is not a pull policy: use never, missing or always").arg(text));
}

qint64 MemoryAmount::resolve(qint64 physicalMemory) const
{
    if (percent <= 0)
        return bytes;
    return qint64(double(physicalMemory) * percent / 100.0);
}

QString MemoryAmount::toString() const
{
    return percent > 0 ? QString::number(percent) + QLatin1Char('%') : QString::number(bytes);
}

qint64 parseMemorySize(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(?:([KMGTkmgt])(i?))?[bB]?\\s*$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return 0;
    const double n = m.captured(1).toDouble();
    const QString unit = m.captured(2);
    // Kubernetes: "1G" = 10^9, "1Gi" = 2^30. Docker's lower-case "1g" is 2^30 as well.
    const bool binary = !m.captured(3).isEmpty() || (!unit.isEmpty() && unit.at(0).isLower());
    const int power = unit.isEmpty() ? 0 : QStringLiteral("KMGT").indexOf(unit.at(0).toUpper()) + 1;
    const double bytes = n * std::pow(binary ? 1024.0 : 1000.0, power);
    return bytes >= 1 && bytes < 9.0e18 ? qint64(bytes) : 0;
}

Result<MemoryAmount> parseMemoryAmount(const QString &text)
{
    const QString t = text.trimmed();
    MemoryAmount amount;
    if (t.endsWith(QLatin1Char('%'))) {
        bool ok = false;
        amount.percent = t.chopped(1).trimmed().toDouble(&ok);
        if (ok && amount.percent > 0 && amount.percent <= 100)
            return amount;
    } else if ((amount.bytes = parseMemorySize(t)) > 0) {
        return amount;
    }
    return makeError(QStringLiteral("memory-invalid"),
                     Tr::tr("'%1' is not a memory size: write it like 4g, 512m, 4Gi or 75%")
                         .arg(text));
}

QString workspaceSettingsPath(const QString &workspace)
{
    return QDir(workspace).absoluteFilePath(QStringLiteral(".mlwb/settings.json"));
}

static QString jsonText(const QJsonValue &v)
{
    if (v.isString())
        return QLatin1Char('"') + v.toString() + QLatin1Char('"');
    // A scalar is not a JSON document on its own: wrap it and cut the brackets off.
    const QByteArray inArray = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(inArray.mid(1, inArray.size() - 2));
}

static Error settingError(const QString &path, const QString &key, const QString &why)
{
    return makeError(QStringLiteral("settings-invalid"),
                     Tr::tr("Invalid workspace setting \"%1\" in %2: %3").arg(key, path, why));
}

static Result<QJsonObject> readSettingsObject(const QString &path)
{
    auto bytes = readFileLimited(path, 1024 * 1024);
    if (!bytes.ok())
        return bytes.error();
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &pe);
    if (pe.error != QJsonParseError::NoError)
        return makeError(QStringLiteral("settings-invalid"),
                         Tr::tr("%1 is not valid JSON: %2 at byte %3")
                             .arg(path, pe.errorString()).arg(pe.offset));
    if (!doc.isObject())
        return makeError(QStringLiteral("settings-invalid"),
                         Tr::tr("%1 must hold a JSON object").arg(path));
    return doc.object();
}

Result<WorkspaceSettings> readWorkspaceSettings(const QString &workspace)
{
    WorkspaceSettings settings;
    const QString path = workspaceSettingsPath(workspace);
    if (!QFileInfo::exists(path))
        return settings;
    auto root = readSettingsObject(path);
    if (!root.ok())
        return root.error();
    const QJsonValue containers = root->value(QLatin1String(kContainers));
    if (containers.isUndefined())
        return settings;
    if (!containers.isObject())
        return settingError(path, QString::fromLatin1(kContainers),
                            Tr::tr("expected an object, found %1").arg(jsonText(containers)));
    const QJsonObject c = containers.toObject();
    ContainerDefaults &d = settings.containers;
    if (const QJsonValue v = c.value(QLatin1String(kPidsLimit)); !v.isUndefined()) {
        const double n = v.toDouble(-1);
        if (!v.isDouble() || n < 1 || n > INT_MAX || n != std::floor(n))
            return settingError(path, QStringLiteral("containers.pidsLimit"),
                                Tr::tr("expected a whole number of at least 1, found %1")
                                    .arg(jsonText(v)));
        d.pidsLimit = int(n);
    }
    if (const QJsonValue v = c.value(QLatin1String(kDefaultMemory)); !v.isUndefined()) {
        const auto amount = parseMemoryAmount(v.toString()); // not a string: "" fails too
        if (!amount.ok())
            return settingError(path, QStringLiteral("containers.defaultMemory"),
                                Tr::tr("expected a size such as \"4g\" or \"512Mi\", or a share "
                                       "of this machine's memory such as \"75%\", found %1")
                                    .arg(jsonText(v)));
        d.defaultMemory = *amount;
    }
    if (const QJsonValue v = c.value(QLatin1String(kPull)); !v.isUndefined()) {
        const auto policy = parsePullPolicy(v.isString() ? v.toString() : QString());
        if (!policy.ok())
            return settingError(path, QStringLiteral("containers.pull"),
                                Tr::tr("expected \"never\", \"missing\" or \"always\", found %1")
                                    .arg(jsonText(v)));
        d.pull = *policy;
    }
    return settings;
}

Result<void> writeWorkspaceSettings(const QString &workspace, const WorkspaceSettings &settings)
{
    const QString path = workspaceSettingsPath(workspace);
    QJsonObject root;
    if (QFileInfo::exists(path)) {
        // Never overwrite what we cannot read: the user's file may hold more than ours.
        auto existing = readSettingsObject(path);
        if (!existing.ok())
            return existing.error();
        root = *existing;
    }
    QJsonObject c = root.value(QLatin1String(kContainers)).toObject();
    c.insert(QLatin1String(kPidsLimit), settings.containers.pidsLimit);
    c.insert(QLatin1String(kDefaultMemory), settings.containers.defaultMemory.toString());
    c.insert(QLatin1String(kPull), pullPolicyName(settings.containers.pull));
    root.insert(QLatin1String(kContainers), c);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return makeError(QStringLiteral("write-failed"),
                         Tr::tr("Cannot create the folder %1").arg(QFileInfo(path).absolutePath()));
    return writeFileAtomically(path, QJsonDocument(root).toJson(QJsonDocument::Indented));
}

Result<QJsonValue> readWorkspaceSetting(const QString &workspace, const QString &dottedKey)
{
    const QString path = workspaceSettingsPath(workspace);
    if (!QFileInfo::exists(path))
        return QJsonValue(QJsonValue::Undefined);
    auto root = readSettingsObject(path);
    if (!root.ok())
        return root.error();
    QJsonValue v = *root;
    for (const QString &key : dottedKey.split(QLatin1Char('.'))) {
        if (!v.isObject())
            return QJsonValue(QJsonValue::Undefined);
        v = v.toObject().value(key);
    }
    return v;
}

// Sets (or removes, for an undefined value) the value at `keys` below `object`.
static void setSettingValue(QJsonObject &object, QStringList keys, const QJsonValue &value)
{
    const QString key = keys.takeFirst();
    if (keys.isEmpty()) {
        if (value.isUndefined())
            object.remove(key);
        else
            object.insert(key, value);
        return;
    }
    if (value.isUndefined() && !object.value(key).isObject())
        return; // nothing to remove
    QJsonObject child = object.value(key).toObject();
    setSettingValue(child, keys, value);
    object.insert(key, child);
}

Result<void> updateWorkspaceSettings(const QString &workspace, const QMap<QString, QJsonValue> &values)
{
    const QString path = workspaceSettingsPath(workspace);
    QJsonObject root;
    if (QFileInfo::exists(path)) {
        auto existing = readSettingsObject(path); // never overwrite what we cannot read
        if (!existing.ok())
            return existing.error();
        root = *existing;
    }
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        setSettingValue(root, it.key().split(QLatin1Char('.')), it.value());
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return makeError(QStringLiteral("write-failed"),
                         Tr::tr("Cannot create the folder %1").arg(QFileInfo(path).absolutePath()));
    return writeFileAtomically(path, QJsonDocument(root).toJson(QJsonDocument::Indented));
}

} // namespace wb::exec
