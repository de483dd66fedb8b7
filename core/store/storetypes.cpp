// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/storetypes.h"

namespace wb::store {

namespace {
const char *const kRunStates[] = {"UNKNOWN", "NEW", "RUNNING", "COMPLETE", "FAILED", "CACHED", "CANCELED", "INTERRUPTED"};
const char *const kEventTypes[] = {"UNKNOWN", "DECLARED_OUTPUT", "DECLARED_INPUT", "INPUT", "OUTPUT",
                                   "INTERNAL_INPUT", "INTERNAL_OUTPUT", "PENDING_OUTPUT"};

QString nameFrom(const Properties &custom, const Properties &props, const QString &fallback)
{
    for (const char *key : {"display_name", "task_name"}) {
        const QString v = custom.value(QLatin1String(key)).toString();
        if (!v.isEmpty())
            return v;
    }
    const QString p = props.value(QStringLiteral("name")).toString();
    if (!p.isEmpty())
        return p;
    const QString c = custom.value(QStringLiteral("name")).toString();
    return c.isEmpty() ? fallback : c;
}
} // namespace

QString runStateName(RunState state)
{
    return QLatin1String(kRunStates[int(state)]);
}

RunState runStateFromName(const QString &name)
{
    const QString upper = name.toUpper();
    for (int i = 0; i < 8; ++i) {
        if (upper == QLatin1String(kRunStates[i]))
            return RunState(i);
    }
    return RunState::Unknown;
}

QString executionStateName(ExecutionState state)
{
    return runStateName(RunState(int(state))); // the first seven names coincide
}

QString eventTypeName(int type)
{
    return type >= 0 && type < 8 ? QLatin1String(kEventTypes[type]) : QString::number(type);
}

bool isOutputEvent(int type)
{
    return type == int(EventType::Output) || type == int(EventType::InternalOutput)
           || type == int(EventType::DeclaredOutput) || type == int(EventType::PendingOutput);
}

bool isInputEvent(int type)
{
    return type == int(EventType::Input) || type == int(EventType::InternalInput)
           || type == int(EventType::DeclaredInput);
}

QString ArtifactInfo::displayName() const
{
    return nameFrom(customProperties, properties, name.isEmpty() ? uri : name);
}

QString ExecutionInfo::displayName() const
{
    return nameFrom(customProperties, properties, name.isEmpty() ? typeName : name);
}

} // namespace wb::store
