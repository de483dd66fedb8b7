// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exec/containerruntime.h"

#include <QHash>

namespace wb::exec {

/// A scripted runtime for executor tests: no processes, deterministic outcome per task.
/// Output files are written into the host side of the request's mounts, so a controller sees
/// the same files a real step would leave.
class FakeRuntime : public ContainerRuntime
{
    Q_OBJECT
public:
    struct Script
    {
        int exitCode = 0;
        QList<QPair<OutputStream, QByteArray>> lines;
        /// container path -> content; written through the mounts when the step ends well.
        QMap<QString, QByteArray> files;
        int durationMs = 0;
        /// The first N attempts of the task fail with failExitCode (retry tests).
        int failFirstAttempts = 0;
        int failExitCode = 1;
        QString engineError; ///< non-empty: the step ends with this runtime error
        bool oomKilled = false; ///< ends with 137 as if the OOM killer had struck
    };

    explicit FakeRuntime(QObject *parent = nullptr);
    ~FakeRuntime() override;

    void setScript(const QString &taskName, const Script &script);
    /// Used for tasks without a script.
    void setDefaultScript(const Script &script) { m_default = script; }
    void setImages(const QMap<QString, QString> &imageToId) { m_images = imageToId; }
    /// Images its "registry" has (image -> id): pullImage() of one adds it to the local
    /// images; pulling any other fails like an unknown repository.
    void setRegistry(const QMap<QString, QString> &imageToId) { m_registry = imageToId; }
    /// Pulls poll the cancel check until it says stop (cancel tests); else they end at once.
    void setPullBlocks(bool on) { m_pullBlocks = on; }
    /// Every image pullImage() was asked for, in order.
    const QStringList &pulls() const { return m_pulls; }
    void setProbeResult(const Result<RuntimeInfo> &result) { m_probe = result; }
    /// Containers that "survived" an earlier crash, for clean-up tests.
    void addOrphan(const ContainerInfo &info) { m_orphans.append(info); }

    /// Every request start() received, in order.
    const QList<ContainerRequest> &requests() const { return m_requests; }
    int attemptsOf(const QString &taskName) const { return m_attempts.value(taskName); }
    int maxConcurrent() const { return m_maxConcurrent; }

    Result<RuntimeInfo> probe() override;
    Result<QString> imageId(const QString &image) override;
    bool canPullImages() const override { return true; }
    Result<void> pullImage(const QString &image, const PullLineFn &onLine,
                           const CancelCheckFn &cancelled) override;
    RunHandle start(const ContainerRequest &request) override;
    void cancel(RunHandle handle) override;
    bool isRunning(RunHandle handle) const override;
    Result<QList<ContainerInfo>> listContainers(const QString &labelFilter = {}) override;
    Result<void> removeContainers(const QStringList &ids) override;
    QString renderCommand(const ContainerRequest &request) const override;

private:
    struct Run;
    void complete(RunHandle handle);
    void end(RunHandle handle, ExitInfo info);
    QString writeFiles(const ContainerRequest &request, const Script &script) const;

    QHash<QString, Script> m_scripts;
    Script m_default;
    QMap<QString, QString> m_images;
    QMap<QString, QString> m_registry;
    QStringList m_pulls;
    bool m_pullBlocks = false;
    Result<RuntimeInfo> m_probe;
    QList<ContainerInfo> m_orphans;
    QList<ContainerRequest> m_requests;
    QHash<QString, int> m_attempts;
    QHash<RunHandle, Run *> m_runs;
    RunHandle m_next = 1;
    int m_maxConcurrent = 0;
};

} // namespace wb::exec
