// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exec/containerlimits.h"

#include "core/base/tr.h"

#include <cmath>

#include <unistd.h>

namespace wb::exec {

qint64 physicalMemoryBytes()
{
    const long pages = ::sysconf(_SC_PHYS_PAGES);
    const long pageSize = ::sysconf(_SC_PAGESIZE);
    return pages > 0 && pageSize > 0 ? qint64(pages) * pageSize : 0;
}

double parseCpus(const QString &text)
{
    const QString t = text.trimmed();
    if (t.endsWith(QLatin1Char('m')))
        return t.chopped(1).toDouble() / 1000.0;
    return t.toDouble();
}

Result<ContainerDefaults> containerDefaults(const RunOptions &options)
{
    auto settings = readWorkspaceSettings(options.workspace);
    if (!settings.ok())
        return settings.error();
    ContainerDefaults d = settings->containers;
    if (options.pidsLimit > 0)
        d.pidsLimit = options.pidsLimit;
    if (!options.defaultMemory.isEmpty()) {
        auto amount = parseMemoryAmount(options.defaultMemory);
        if (!amount.ok())
            return amount.error();
        d.defaultMemory = *amount;
    }
    if (options.pull)
        d.pull = *options.pull;
    return d;
}

Resources effectiveResources(const model::TaskOptions &task, const ContainerDefaults &defaults,
                             qint64 physicalMemory)
{
    Resources r;
    r.cpus = parseCpus(task.cpu);
    r.memoryBytes = parseMemorySize(task.memory);
    r.gpus = task.gpu;
    if (r.memoryBytes <= 0) {
        r.memoryBytes = defaults.defaultMemory.resolve(physicalMemory);
        r.memoryDefaulted = r.memoryBytes > 0;
    }
    r.pidsLimit = defaults.pidsLimit;
    return r;
}

std::optional<bool> componentNetworkDefault(const model::ComponentSpec &spec)
{
    const QVariantMap annotations = spec.metadata.value(QStringLiteral("annotations")).toMap();
    const QVariant v = annotations.value(QLatin1String(kNetworkAnnotation));
    if (!v.isValid())
        return std::nullopt;
    const QString text = v.toString().trimmed().toLower(); // "true" or a YAML boolean
    if (text == QLatin1String("true"))
        return true;
    if (text == QLatin1String("false"))
        return false;
    return std::nullopt;
}

NetworkChoice effectiveNetwork(const model::TaskOptions &task, const model::ComponentSpec *spec)
{
    if (task.network)
        return {*task.network, NetworkChoice::Source::Task};
    if (spec) {
        if (const std::optional<bool> d = componentNetworkDefault(*spec))
            return {*d, NetworkChoice::Source::Component};
    }
    return {};
}

QString networkNote(const NetworkChoice &choice)
{
    if (!choice.on)
        return {};
    return choice.source == NetworkChoice::Source::Task ? Tr::tr("network: on (task option)")
                                                        : Tr::tr("network: on (component default)");
}

QString formatMemory(qint64 bytes)
{
    static const char *const units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
    double value = double(bytes);
    int unit = 0;
    while (value >= 1024 && unit < 4) {
        value /= 1024;
        ++unit;
    }
    // Whole numbers stay whole ("512 MiB"); the rest get one decimal ("17.7 GiB").
    const bool whole = std::abs(value - std::round(value)) < 0.05;
    return QStringLiteral("%1 %2")
        .arg(whole ? QString::number(qint64(std::round(value))) : QString::number(value, 'f', 1),
             QLatin1String(units[unit]));
}

QString outOfMemoryMessage(qint64 limitBytes)
{
    if (limitBytes <= 0)
        return Tr::tr("Killed: out of memory. Set a memory limit on the task or free memory "
                      "on this machine.");
    return Tr::tr("Killed: out of memory (limit %1). Raise the task's memory limit or the "
                  "workspace default.").arg(formatMemory(limitBytes));
}

} // namespace wb::exec
