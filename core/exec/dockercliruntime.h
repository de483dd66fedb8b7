// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exec/containerruntime.h"

#include <QHash>
#include <QProcessEnvironment>

#include <functional>

namespace wb::exec {

/// Drives the `docker` CLI (or a drop-in such as `podman`) through QProcess with the user's
/// own environment, so DOCKER_HOST and docker contexts work as the user configured them.
/// Every command is an argv array; nothing is ever passed through a shell.
///
/// A step is `docker run --pull never --name mlwb-<run>-<task>-<attempt> --label ...
/// --pids-limit N --memory M --memory-swap M --entrypoint <command[0]> <image> <command[1..]>
/// <args>`; the exit code of the attached client is the container's, except 125 (the engine
/// failed, e.g. it died mid-run). Secret env values are handed to the client through its
/// environment (`-e NAME`), never on argv. Timeout and cancel use `docker kill`.
///
/// No --rm: after exit 137 `docker inspect` tells an OOM kill from another SIGKILL, which
/// needs the container; then `docker rm` removes it, and only then is finished() emitted (all
/// asynchronous). Containers left by a crash or a dead engine are found again by label
/// (listContainers/removeContainers).
class DockerCliRuntime : public ContainerRuntime
{
    Q_OBJECT
public:
    explicit DockerCliRuntime(QObject *parent = nullptr);
    ~DockerCliRuntime() override;

    /// "docker" (searched on PATH), "podman" or an absolute path.
    void setBinary(const QString &binary) { m_binary = binary; }
    QString binary() const { return m_binary; }
    /// The environment of every CLI call; default: this program's.
    void setClientEnvironment(const QProcessEnvironment &env) { m_env = env; }
    QProcessEnvironment clientEnvironment() const { return m_env; }

    Result<RuntimeInfo> probe() override;
    Result<QString> imageId(const QString &image) override;
    bool canPullImages() const override { return true; }
    /// `docker pull IMAGE`, its stdout and stderr line by line; a cancel stops the client
    /// (SIGTERM, then SIGKILL), which makes the engine abandon the pull.
    Result<void> pullImage(const QString &image, const PullLineFn &onLine,
                           const CancelCheckFn &cancelled) override;
    RunHandle start(const ContainerRequest &request) override;
    void cancel(RunHandle handle) override;
    bool isRunning(RunHandle handle) const override;
    Result<QList<ContainerInfo>> listContainers(const QString &labelFilter = {}) override;
    Result<void> removeContainers(const QStringList &ids) override;
    QString renderCommand(const ContainerRequest &request) const override;

    /// The arguments after the binary for a step (starting with "run").
    static QStringList runArguments(const ContainerRequest &request);
    /// The network flags of runArguments(): "--network none", or nothing when the request
    /// allows network access (the engine's default network).
    static QStringList networkArguments(const Hardening &hardening);

private:
    struct Run;
    struct CliResult
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QString startError;
    };
    CliResult runCli(const QStringList &args, int timeoutMs) const;
    QString engineEndpoint() const;
    Error binaryMissing(const QString &detail) const;
    void issueKill(RunHandle handle);
    void killAttempt(RunHandle handle, int left);
    void finish(RunHandle handle, int exitCode, bool crashed, const QString &startError);
    void runHelper(RunHandle handle, const QStringList &args,
                   std::function<void(bool ok, const QByteArray &out)> done);
    void checkOutOfMemory(RunHandle handle);
    void removeContainer(RunHandle handle);
    void complete(RunHandle handle);

    QString m_binary = QStringLiteral("docker");
    QProcessEnvironment m_env;
    QHash<RunHandle, Run *> m_runs;
    RunHandle m_next = 1;
};

} // namespace wb::exec
