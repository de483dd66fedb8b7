// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace wb::exec {

/// Identifies one started step within a runtime; 0 is never a valid handle.
using RunHandle = quint64;

/// Which stream a line came from. System lines are the runtime's own notes (the rendered
/// command with secrets redacted, "not isolated" warnings), never the step's output.
enum class OutputStream { Stdout, Stderr, System };

struct RuntimeInfo
{
    QString name;          ///< "docker", "podman", "process", "fake"
    QString version;       ///< client version
    QString serverVersion; ///< engine version; empty for the process runner
    bool isolated = true;  ///< false: the step runs directly on this machine
};

/// A host directory made visible to the step at containerPath.
struct Mount
{
    QString hostPath;
    QString containerPath;
    bool readOnly = false;
};

struct Resources
{
    double cpus = 0;         ///< 0: no limit
    qint64 memoryBytes = 0;  ///< 0: no limit; swap is limited to the same (none extra)
    int gpus = 0;            ///< 0: none, -1: all, N: that many
    int pidsLimit = 0;       ///< processes and threads at once; 0: no limit
    bool memoryDefaulted = false; ///< memoryBytes is the workspace default, not the task's
};

/// Container hardening. Every flag defaults to the safe setting; a caller relaxes one only
/// from an explicit request (e.g. a component annotation the user accepted).
struct Hardening
{
    /// --network none; relaxed only by the task's network option (effectiveNetwork()).
    bool networkNone = true;
    bool noNewPrivileges = true; ///< --security-opt no-new-privileges
    bool dropAllCaps = true;     ///< --cap-drop ALL
};

struct ContainerRequest
{
    QString runId;    ///< labels the container io.mlwb.run=<runId> (orphan clean-up)
    QString taskName; ///< labels io.mlwb.task=<taskName>
    int attempt = 1;
    QString image;
    QStringList command; ///< argv entrypoint; empty: the image's own entrypoint
    QStringList args;
    QMap<QString, QString> env;
    /// Names in `env` whose values are secrets: never rendered, never put on a command line.
    QStringList secretEnvNames;
    QList<Mount> mounts;
    QString workdir;
    QMap<QString, QString> labels;
    QString user; ///< "uid:gid"; empty: the invoking user's, so outputs are not root-owned
    Resources resources;
    int timeoutMs = 0; ///< 0: no timeout
    Hardening hardening;

    /// The values of the secret variables (non-empty ones), for redaction.
    QStringList secretValues() const;
};

struct ExitInfo
{
    int exitCode = -1;     ///< the step's exit code; -1 if it never ran to an exit
    int signal = 0;        ///< signal that ended the process (process runner), else 0
    bool timedOut = false;
    bool cancelled = false;
    bool oomKilled = false; ///< the kernel's OOM killer ended it (the memory limit was hit)
    QString error;         ///< set when the runtime itself failed (engine gone, no image...)
    qint64 startMs = 0;    ///< epoch milliseconds
    qint64 endMs = 0;

    bool succeeded() const
    {
        return exitCode == 0 && signal == 0 && !timedOut && !cancelled && error.isEmpty();
    }
};

struct ContainerInfo
{
    QString id;
    QString name;
    QString runId;
    QString state;     ///< "running", "exited", "created", ...
    QString workspace; ///< kWorkspaceLabel's value; empty for containers of older mlwb versions
};

/// One line of an image pull's output, as it arrives.
using PullLineFn = std::function<void(const QString &line)>;
/// Polled while a pull goes on; true stops it.
using CancelCheckFn = std::function<bool()>;

/// Runs steps in containers (or, for the process runner, directly). All calls are made from
/// the thread that owns the object; start() returns at once, and the outcome arrives through
/// finished(). The synchronous helpers (probe, imageId, pullImage, list/remove) wait for CLI
/// calls, so a GUI runs them off its thread (the run session's worker).
class ContainerRuntime : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~ContainerRuntime() override = default;

    /// Checks that the engine answers; the error says what to do when it does not.
    virtual Result<RuntimeInfo> probe() = 0;
    /// The local id of an image; a missing one is the error "ImageMissing" (the run pulls it
    /// when its pull policy allows, see pullImage()).
    virtual Result<QString> imageId(const QString &image) = 0;
    /// Whether pullImage() fetches anything; false for the process runner, which runs no images.
    virtual bool canPullImages() const { return false; }
    /// Fetches `image` from its registry and blocks until it is done (`docker pull`). Every
    /// output line goes to onLine as it arrives; `cancelled` is polled and, once true, the pull
    /// is stopped ("PullCancelled"). A failed pull is "PullFailed" with the engine's message.
    virtual Result<void> pullImage(const QString &image, const PullLineFn &onLine,
                                   const CancelCheckFn &cancelled);
    virtual RunHandle start(const ContainerRequest &request) = 0;
    virtual void cancel(RunHandle handle) = 0;
    virtual bool isRunning(RunHandle handle) const = 0;
    /// Containers carrying labelFilter ("key=value" or "key"); empty: every mlwb container.
    virtual Result<QList<ContainerInfo>> listContainers(const QString &labelFilter = {}) = 0;
    virtual Result<void> removeContainers(const QStringList &ids) = 0;
    /// The command line that start() runs, for logs, with secret values replaced by ***.
    virtual QString renderCommand(const ContainerRequest &request) const = 0;

    /// The container name used for a request: mlwb-<run>-<task>-<attempt>, sanitised.
    static QString containerName(const ContainerRequest &request);
    /// Quotes argv for display (POSIX shell style) and replaces every secret value by ***.
    static QString renderArgv(const QStringList &argv, const QStringList &secretValues);
    /// The invoking user's "uid:gid".
    static QString invokingUser();
    /// kWorkspaceLabel's value for a workspace folder: a hash of its absolute path (a label
    /// value without commas or quotes, whatever the path holds).
    static QString workspaceLabelValue(const QString &workspace);

signals:
    void started(wb::exec::RunHandle handle);
    void outputLine(wb::exec::RunHandle handle, wb::exec::OutputStream stream,
                    const QByteArray &line);
    void finished(wb::exec::RunHandle handle, const wb::exec::ExitInfo &info);
};

/// Label keys shared by every runtime.
inline constexpr char kRunLabel[] = "io.mlwb.run";
inline constexpr char kTaskLabel[] = "io.mlwb.task";
inline constexpr char kAttemptLabel[] = "io.mlwb.attempt";
/// Which workspace started the container (workspaceLabelValue): crash clean-up of one
/// workspace must never touch the live steps of another.
inline constexpr char kWorkspaceLabel[] = "io.mlwb.workspace";

} // namespace wb::exec

Q_DECLARE_METATYPE(wb::exec::ExitInfo)
Q_DECLARE_METATYPE(wb::exec::OutputStream)
