// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QProcess;

namespace wb::exec {

/// Disposes of a QProcess without ever deleting it while it runs (the QProcess destructor
/// can block for ~30 s): disconnect, terminate, kill after 500 ms, deleteLater once it has
/// exited. Qt Creator's Tasking ProcessReaper/QProcessDeleter does the same.
void reapProcess(QProcess *process);

} // namespace wb::exec
