// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

namespace wb::ui {

class RunCoordinator;

/// The keys of the Settings dialog. Each is a dotted key: the user's value lives in QSettings
/// under "settings/" + the key with '/' for '.', this workspace's override in
/// <workspace>/.mlwb/settings.json under the dotted key itself (the executor reads
/// containers.pidsLimit, containers.defaultMemory and containers.pull from there on its own).
namespace settingkeys {
inline constexpr char DockerBinary[] = "containers.dockerBinary";
inline constexpr char DockerContext[] = "containers.dockerContext";
inline constexpr char Runtime[] = "containers.runtime"; ///< "auto", "docker", "process"
inline constexpr char Pull[] = "containers.pull";       ///< "never", "missing", "always"
inline constexpr char DefaultMemory[] = "containers.defaultMemory";
inline constexpr char PidsLimit[] = "containers.pidsLimit";
inline constexpr char Experiment[] = "runs.experiment";
} // namespace settingkeys

/// The user's settings and this workspace's overrides of them, as plain text values.
struct WorkbenchSettings
{
    Q_DECLARE_TR_FUNCTIONS(wb::ui::WorkbenchSettings)
public:
    QMap<QString, QString> user;      ///< key -> the user's value (absent or empty: built in)
    QMap<QString, QString> workspace; ///< key -> this workspace's override (absent: none)

    /// The workspace's override, else the user's value, else the built-in default.
    QString value(const QString &key) const;
    bool isOverridden(const QString &key) const { return workspace.contains(key); }

    static QStringList keys();
    /// What applies when nobody sets anything (empty: the docker CLI's own choice, "Default").
    static QString builtInDefault(const QString &key);
    /// Empty when `value` is fine for `key`, else why not. An override must name a value; the
    /// user's may be empty (= built in).
    static QString validate(const QString &key, const QString &value, bool isOverride);

    /// The user's values and, with a workspace, its overrides. A settings file that cannot be
    /// read leaves the overrides empty and says why in `workspaceError`.
    static WorkbenchSettings load(const QString &workspace, QString *workspaceError = nullptr);
    /// Writes the user's values and the workspace's overrides (keys without an override are
    /// removed from settings.json; every other key there stays). A changed default runtime
    /// makes the run dialog forget the runtime it remembered.
    Result<void> save(const QString &workspace) const;

    /// Gives the run coordinator the docker binary and the run defaults.
    void applyTo(RunCoordinator *runs) const;
};

} // namespace wb::ui
