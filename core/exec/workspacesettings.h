// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"

#include <QJsonValue>
#include <QMap>
#include <QString>

namespace wb::exec {

/// A memory amount as a user writes it: bytes, or a share of this machine's memory.
struct MemoryAmount
{
    qint64 bytes = 0;   ///< used when percent is 0
    double percent = 0; ///< (0, 100]: that share of the physical memory

    /// Bytes for a machine with `physicalMemory` bytes (0 when a share of unknown memory).
    qint64 resolve(qint64 physicalMemory) const;
    /// "75%" or the byte count, as parseMemoryAmount reads it back.
    QString toString() const;
    bool operator==(const MemoryAmount &) const = default;
};

/// "4Gi", "512Mi", "1G", "100M" (Kubernetes), "4g", "512m", "100k" (Docker, powers of 1024),
/// "1048576" -> bytes; 0 when unparsable.
qint64 parseMemorySize(const QString &text);
/// A size as parseMemorySize reads it, or "NN%" of the physical memory.
Result<MemoryAmount> parseMemoryAmount(const QString &text);

/// When a run fetches the images of its steps from their registry (`docker pull`), before
/// any step starts.
enum class PullPolicy {
    Never,   ///< only images already on this machine; a missing one stops the run
    Missing, ///< pull the images that are not on this machine (the default)
    Always,  ///< pull every image, so a moved tag is followed
};
/// "never", "missing", "always".
QString pullPolicyName(PullPolicy policy);
/// The policy pullPolicyName() names; an error listing the three otherwise.
Result<PullPolicy> parsePullPolicy(const QString &text);

/// What every container gets unless the task or the run says otherwise.
struct ContainerDefaults
{
    int pidsLimit = 4096;                ///< --pids-limit: a fork bomb stops here
    MemoryAmount defaultMemory{0, 75.0}; ///< --memory of a task that sets none
    PullPolicy pull = PullPolicy::Missing; ///< which images a run pulls before it starts
    bool operator==(const ContainerDefaults &) const = default;
};

/// `<workspace>/.mlwb/settings.json`:
///   {"containers": {"pidsLimit": 4096, "defaultMemory": "75%", "pull": "missing"}}
/// Missing file or key: the default. Unknown keys are kept on write (a newer mlwb's).
struct WorkspaceSettings
{
    ContainerDefaults containers;
};

QString workspaceSettingsPath(const QString &workspace);
/// The workspace's settings; a malformed file is an error naming the file and the key.
Result<WorkspaceSettings> readWorkspaceSettings(const QString &workspace);
/// Writes the settings, keeping keys of the file this version does not know.
Result<void> writeWorkspaceSettings(const QString &workspace, const WorkspaceSettings &settings);

/// One value of the file by its dotted key ("containers.pull"): undefined when the file or the
/// key is absent (a per-workspace override that is not set). Not validated.
Result<QJsonValue> readWorkspaceSetting(const QString &workspace, const QString &dottedKey);
/// Sets dotted keys (an undefined value removes the key), keeping every other key of the file;
/// a file it cannot read is never overwritten.
Result<void> updateWorkspaceSettings(const QString &workspace, const QMap<QString, QJsonValue> &values);

} // namespace wb::exec
