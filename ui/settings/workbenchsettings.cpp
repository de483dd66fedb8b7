// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/workbenchsettings.h"

#include "core/exec/runrecovery.h"
#include "core/exec/workspacesettings.h"
#include "ui/run/runcoordinator.h"
#include "ui/run/runparametersdialog.h"

#include <QFileInfo>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

#include <climits>

namespace wb::ui {

namespace k = settingkeys;

static QString userKey(const QString &key)
{
    return QStringLiteral("settings/") + QString(key).replace(QLatin1Char('.'), QLatin1Char('/'));
}

static bool isKey(const QString &key, const char *name)
{
    return key == QLatin1String(name);
}

QStringList WorkbenchSettings::keys()
{
    QStringList out;
    for (const char *key : {k::DockerBinary, k::DockerContext, k::Runtime, k::Pull, k::DefaultMemory, k::PidsLimit,
                            k::Experiment})
        out << QString::fromLatin1(key);
    return out;
}

QString WorkbenchSettings::builtInDefault(const QString &key)
{
    const exec::ContainerDefaults containers;
    if (isKey(key, k::Runtime))
        return QStringLiteral("auto");
    if (isKey(key, k::Pull))
        return exec::pullPolicyName(containers.pull);
    if (isKey(key, k::DefaultMemory))
        return containers.defaultMemory.toString();
    if (isKey(key, k::PidsLimit))
        return QString::number(containers.pidsLimit);
    return {};
}

QString WorkbenchSettings::value(const QString &key) const
{
    if (workspace.contains(key))
        return workspace.value(key);
    const QString mine = user.value(key);
    return mine.isEmpty() ? builtInDefault(key) : mine;
}

QString WorkbenchSettings::validate(const QString &key, const QString &value, bool isOverride)
{
    const QString v = value.trimmed();
    if (v.isEmpty()) {
        const bool needsValue = isKey(key, k::DefaultMemory) || isKey(key, k::PidsLimit);
        return isOverride && needsValue ? tr("Enter a value for this workspace, or clear \"This workspace only\".")
                                        : QString();
    }
    if (isKey(key, k::DockerBinary)) {
        if (!v.contains(QLatin1Char('/')))
            return QStandardPaths::findExecutable(v).isEmpty()
                       ? tr("The docker binary \"%1\" is not found on PATH.").arg(v) : QString();
        const QFileInfo fi(v);
        if (!fi.exists())
            return tr("The docker binary %1 does not exist.").arg(v);
        if (!fi.isFile() || !fi.isExecutable())
            return tr("The docker binary %1 is not an executable file.").arg(v);
        return {};
    }
    if (isKey(key, k::DockerContext)) {
        // Docker's own rule for context names.
        static const QRegularExpression name(QStringLiteral("^[a-zA-Z0-9][a-zA-Z0-9_.+-]*$"));
        return name.match(v).hasMatch() ? QString() : tr("\"%1\" is not a docker context name.").arg(v);
    }
    if (isKey(key, k::Runtime))
        return exec::parseRuntimeMode(v).ok() ? QString() : exec::parseRuntimeMode(v).error().text();
    if (isKey(key, k::Pull))
        return exec::parsePullPolicy(v).ok() ? QString() : exec::parsePullPolicy(v).error().text();
    if (isKey(key, k::DefaultMemory)) {
        const auto amount = exec::parseMemoryAmount(v);
        return amount.ok() ? QString() : amount.error().text();
    }
    if (isKey(key, k::PidsLimit)) {
        bool ok = false;
        const qlonglong n = v.toLongLong(&ok);
        return ok && n >= 1 && n <= INT_MAX ? QString()
                                            : tr("The process limit must be a whole number of at least 1.");
    }
    return {};
}

WorkbenchSettings WorkbenchSettings::load(const QString &workspace, QString *workspaceError)
{
    WorkbenchSettings s;
    QSettings settings;
    for (const QString &key : keys()) {
        const QString v = settings.value(userKey(key)).toString();
        if (!v.isEmpty())
            s.user.insert(key, v);
    }
    if (workspace.isEmpty())
        return s;
    for (const QString &key : keys()) {
        auto v = exec::readWorkspaceSetting(workspace, key);
        if (!v.ok()) {
            s.workspace.clear();
            if (workspaceError)
                *workspaceError = v.error().text();
            return s;
        }
        if (v->isDouble())
            s.workspace.insert(key, QString::number(qint64(v->toDouble())));
        else if (!v->isUndefined() && !v->isNull())
            s.workspace.insert(key, v->toVariant().toString());
    }
    return s;
}

Result<void> WorkbenchSettings::save(const QString &workspace) const
{
    const WorkbenchSettings before = load(workspace);
    if (!workspace.isEmpty()) {
        QMap<QString, QJsonValue> values;
        for (const QString &key : keys()) {
            if (!this->workspace.contains(key)) {
                values.insert(key, QJsonValue(QJsonValue::Undefined));
                continue;
            }
            const QString v = this->workspace.value(key).trimmed();
            values.insert(key, isKey(key, k::PidsLimit) ? QJsonValue(v.toInt()) : QJsonValue(v));
        }
        if (auto written = exec::updateWorkspaceSettings(workspace, values); !written.ok())
            return written.error();
    }
    QSettings settings;
    for (const QString &key : keys()) {
        const QString v = user.value(key).trimmed();
        if (v.isEmpty())
            settings.remove(userKey(key));
        else
            settings.setValue(userKey(key), v);
    }
    if (before.value(QString::fromLatin1(k::Runtime)) != value(QString::fromLatin1(k::Runtime)))
        settings.remove(RunParametersDialog::lastRuntimeKey());
    return {};
}

void WorkbenchSettings::applyTo(RunCoordinator *runs) const
{
    runs->setDockerBinary(value(QString::fromLatin1(k::DockerBinary)).trimmed());
    RunDefaults d;
    const auto runtime = exec::parseRuntimeMode(value(QString::fromLatin1(k::Runtime)));
    d.runtime = runtime.ok() ? *runtime : exec::RuntimeMode::Auto;
    d.experiment = value(QString::fromLatin1(k::Experiment)).trimmed();
    d.dockerContext = value(QString::fromLatin1(k::DockerContext)).trimmed();
    // The user's own container defaults: the run applies them where the workspace's file
    // (which the executor reads itself) sets nothing.
    d.pidsLimit = user.value(QString::fromLatin1(k::PidsLimit)).toInt();
    d.defaultMemory = user.value(QString::fromLatin1(k::DefaultMemory)).trimmed();
    d.pull = user.value(QString::fromLatin1(k::Pull)).trimmed();
    runs->setDefaults(d);
}

} // namespace wb::ui
