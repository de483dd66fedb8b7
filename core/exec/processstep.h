// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exec/containerruntime.h"
#include "core/exec/linesplitter.h"

#include <QObject>
#include <QProcessEnvironment>

class QProcess;

namespace wb::exec {

/// One child process driven for a runtime: argv straight to QProcess (no shell), stdout and
/// stderr split into lines on separate channels, exactly one exited() per start(). The
/// destructor hands a still-running process to reapProcess(), never deletes it running.
class ProcessStep : public QObject
{
    Q_OBJECT
public:
    explicit ProcessStep(QObject *parent = nullptr);
    ~ProcessStep() override;

    /// Puts the child into its own process group (setsid) so killGroup() reaches every
    /// process it spawned.
    void setOwnProcessGroup(bool on) { m_ownGroup = on; }
    void start(const QString &program, const QStringList &arguments,
               const QProcessEnvironment &environment, const QString &workingDirectory = {});
    bool isRunning() const;
    qint64 pid() const;
    /// Sends sig to the child's process group (needs setOwnProcessGroup), else to the child.
    void killGroup(int sig);

signals:
    void line(wb::exec::OutputStream stream, const QByteArray &line);
    /// crashed: ended by a signal (exitCode is then the signal number); startError: the
    /// program could not be started at all (exitCode -1).
    void exited(int exitCode, bool crashed, const QString &startError);

private:
    void drain(bool atEnd);
    void onFinished(int exitCode, int status);

    QProcess *m_process = nullptr;
    LineSplitter m_out;
    LineSplitter m_err;
    qint64 m_pid = 0;
    bool m_ownGroup = false;
    bool m_exited = false;
};

} // namespace wb::exec
