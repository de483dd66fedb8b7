// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/exec/containerruntime.h"
#include "core/exec/runtypes.h"
#include "core/exec/workspacesettings.h"
#include "core/model/pipelinetypes.h"

#include <optional>

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

/// Task option and component annotation that give a step's container network access.
inline constexpr char kNetworkAnnotation[] = "mlwb.io/network";

/// Whether a step's container may use the network, and what decided it.
struct NetworkChoice
{
    enum class Source {
        Default,   ///< nobody asked: off (--network none)
        Component, ///< the component's metadata annotation mlwb.io/network
        Task,      ///< the task's own option (annotation mlwb.io/network on the task)
    };
    bool on = false;
    Source source = Source::Default;
    bool operator==(const NetworkChoice &) const = default;
};

/// The component's default: its metadata annotation mlwb.io/network ("true"/"false"),
/// nullopt when it sets none (or something else).
std::optional<bool> componentNetworkDefault(const model::ComponentSpec &spec);

/// The one place that decides a step's network, for the executor, the command preview and the
/// properties panel: the task's option when set, else the component's default, else off.
NetworkChoice effectiveNetwork(const model::TaskOptions &task, const model::ComponentSpec *spec);

/// The step log's note when the network is on: "network: on (task option)" or
/// "network: on (component default)"; empty when off.
QString networkNote(const NetworkChoice &choice);

/// "512 MiB", "1.5 GiB".
QString formatMemory(qint64 bytes);

/// The failure text of a step the kernel's OOM killer ended; limitBytes 0: no limit known.
QString outOfMemoryMessage(qint64 limitBytes);

} // namespace wb::exec
