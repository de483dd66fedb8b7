// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exec/processreaper.h"

#include <QProcess>
#include <QTimer>

namespace wb::exec {

void reapProcess(QProcess *process)
{
    if (!process)
        return;
    process->disconnect();
    if (process->state() == QProcess::NotRunning) {
        process->deleteLater();
        return;
    }
    QObject::connect(process, &QProcess::finished, process, &QObject::deleteLater);
    // Nobody reads the pipes any more; closing them lets a child blocked on output exit.
    process->closeReadChannel(QProcess::StandardOutput);
    process->closeReadChannel(QProcess::StandardError);
    process->terminate();
    QTimer::singleShot(500, process, [process] {
        if (process->state() != QProcess::NotRunning)
            process->kill();
    });
}

} // namespace wb::exec
