// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exec/containerruntime.h"

#include <QHash>

namespace wb::exec {

class ProcessStep;

/// Fallback when no container engine exists: runs the step's command on this machine,
/// WITHOUT isolation (says so in probe() and in the log). The image, user, resources and
/// hardening of the request are ignored (the log names the limits it could not apply, and
/// that it cannot restrict the network);
/// read-only mounts are not enforced.
///
/// Path mapping rule: KFP commands name absolute container paths (/tmp/inputs/x/data). Every
/// argv element, every env value and the workdir is rewritten by replacing each occurrence of
/// a mount's containerPath with its hostPath, where the occurrence starts the string or
/// follows a character that cannot be part of a path ('=', ':', ',', space, quote...) and is
/// followed by the end of the string, '/' or such a character (so /tmp/inputs/x never maps
/// /tmp/inputs/xy or /tmp/inputs/x.bak). Longer container paths win over shorter ones
/// (/tmp/outputs/a before /tmp/outputs); replaced text is never rewritten again.
/// An empty workdir means the current directory of this program.
class ProcessRuntime : public ContainerRuntime
{
    Q_OBJECT
public:
    explicit ProcessRuntime(QObject *parent = nullptr);
    ~ProcessRuntime() override;

    Result<RuntimeInfo> probe() override;
    Result<QString> imageId(const QString &image) override;
    RunHandle start(const ContainerRequest &request) override;
    void cancel(RunHandle handle) override;
    bool isRunning(RunHandle handle) const override;
    Result<QList<ContainerInfo>> listContainers(const QString &labelFilter = {}) override;
    Result<void> removeContainers(const QStringList &ids) override;
    QString renderCommand(const ContainerRequest &request) const override;

    /// Applies the path mapping rule above to one string.
    static QString mapPaths(const QString &text, const QList<Mount> &mounts);
    /// The host argv (command + args, mapped) the request runs; empty if it has no command.
    static QStringList hostArgv(const ContainerRequest &request);

    static QString notIsolatedNote();
    /// The limits of the request this runner cannot apply; empty when it sets none.
    static QString limitsNotAppliedNote(const Resources &resources);
    /// Said once in each attempt's log when the request asks for no network (the default):
    /// this runner cannot cut a step off the network.
    static QString networkNotRestrictedNote();

private:
    struct Run;
    void finish(RunHandle handle, int exitCode, bool crashed, const QString &startError);

    QHash<RunHandle, Run *> m_runs;
    RunHandle m_next = 1;
};

} // namespace wb::exec
