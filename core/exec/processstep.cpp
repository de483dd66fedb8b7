// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exec/processstep.h"

#include "core/exec/processreaper.h"

#include <QProcess>

#include <signal.h>
#include <unistd.h>

namespace wb::exec {

ProcessStep::ProcessStep(QObject *parent)
    : QObject(parent)
    , m_process(new QProcess)
{
    // Not parented: its lifetime is managed by reapProcess(), which may outlive this object.
    m_process->setStandardInputFile(QProcess::nullDevice());
    connect(m_process, &QProcess::readyReadStandardOutput, this, [this] { drain(false); });
    connect(m_process, &QProcess::readyReadStandardError, this, [this] { drain(false); });
    connect(m_process, &QProcess::finished, this,
            [this](int code, QProcess::ExitStatus status) { onFinished(code, int(status)); });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart || m_exited)
            return;
        m_exited = true;
        emit exited(-1, false, m_process->errorString());
    });
}

ProcessStep::~ProcessStep()
{
    if (m_ownGroup && isRunning())
        killGroup(SIGKILL);
    reapProcess(m_process);
}

void ProcessStep::start(const QString &program, const QStringList &arguments,
                        const QProcessEnvironment &environment, const QString &workingDirectory)
{
    m_exited = false;
    m_process->setProcessEnvironment(environment);
    if (!workingDirectory.isEmpty())
        m_process->setWorkingDirectory(workingDirectory);
    if (m_ownGroup)
        m_process->setChildProcessModifier([] { ::setsid(); });
    m_process->start(program, arguments, QIODevice::ReadOnly);
    // Kept after exit so leftovers of the group can still be reached.
    m_pid = m_process->processId();
}

bool ProcessStep::isRunning() const
{
    return m_process->state() != QProcess::NotRunning;
}

qint64 ProcessStep::pid() const
{
    return m_pid;
}

void ProcessStep::killGroup(int sig)
{
    const qint64 pid = m_pid;
    if (pid <= 0)
        return;
    if (!m_ownGroup && !isRunning())
        return; // the pid may already belong to someone else
    // After setsid() the child leads a group whose id is its pid.
    if (m_ownGroup)
        ::kill(-pid_t(pid), sig);
    else
        ::kill(pid_t(pid), sig);
}

void ProcessStep::drain(bool atEnd)
{
    const QByteArray out = m_process->readAllStandardOutput();
    const QByteArray err = m_process->readAllStandardError();
    for (const QByteArray &l : m_out.feed(out))
        emit line(OutputStream::Stdout, l);
    for (const QByteArray &l : m_err.feed(err))
        emit line(OutputStream::Stderr, l);
    if (atEnd) {
        for (const QByteArray &l : m_out.flush())
            emit line(OutputStream::Stdout, l);
        for (const QByteArray &l : m_err.flush())
            emit line(OutputStream::Stderr, l);
    }
}

void ProcessStep::onFinished(int exitCode, int status)
{
    drain(true);
    if (m_exited)
        return;
    m_exited = true;
    // Qt 6 reports the signal number as the exit code of a crashed child.
    emit exited(exitCode, status == QProcess::CrashExit, QString());
}

} // namespace wb::exec
