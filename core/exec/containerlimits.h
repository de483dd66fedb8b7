// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/exec/containerruntime.h"
#include "core/exec/runtypes.h"
#include "core/exec/workspacesettings.h"
#include "core/model/pipelinetypes.h"

namespace wb::exec {

/// This machine's physical memory in bytes (sysconf); 0 when unknown.
qint64 physicalMemoryBytes();

/// "2" -> 2, "500m" -> 0.5 (Kubernetes CPU quantities); 0 when unparsable.
double parseCpus(const QString &text);

/// The workspace's container defaults (.mlwb/settings.json) with the run's overrides
/// (RunOptions::pidsLimit, RunOptions::defaultMemory) applied.
Result<ContainerDefaults> containerDefaults(const RunOptions &options);

/// The one place that decides a step's limits, for the executor and the command preview
/// alike: the task's own cpu/memory/gpu options; the default memory when the task sets none
/// (memoryDefaulted); always the pids limit.
Resources effectiveResources(const model::TaskOptions &task, const ContainerDefaults &defaults,
                             qint64 physicalMemory = physicalMemoryBytes());

/// "512 MiB", "1.5 GiB".
QString formatMemory(qint64 bytes);

/// The failure text of a step the kernel's OOM killer ended; limitBytes 0: no limit known.
QString outOfMemoryMessage(qint64 limitBytes);

} // namespace wb::exec
