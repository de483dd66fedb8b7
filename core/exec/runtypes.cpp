// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exec/runtypes.h"

#include "core/base/tr.h"

#include <QJsonArray>

namespace wb::exec {

QString stepStateName(StepState state)
{
    switch (state) {
    case StepState::Pending: return QStringLiteral("pending");
    case StepState::Running: return QStringLiteral("running");
    case StepState::Succeeded: return QStringLiteral("succeeded");
    case StepState::Failed: return QStringLiteral("failed");
    case StepState::Cached: return QStringLiteral("cached");
    case StepState::Skipped: return QStringLiteral("skipped");
    case StepState::NotRun: return QStringLiteral("not-run");
    case StepState::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<StepState> stepStateFromName(const QString &name)
{
    for (StepState s : {StepState::Pending, StepState::Running, StepState::Succeeded, StepState::Failed,
                        StepState::Cached, StepState::Skipped, StepState::NotRun, StepState::Cancelled})
        if (stepStateName(s) == name)
            return s;
    return std::nullopt;
}

QString stepStateLabel(StepState state)
{
    switch (state) {
    case StepState::Pending: return Tr::tr("Pending");
    case StepState::Running: return Tr::tr("Running");
    case StepState::Succeeded: return Tr::tr("Succeeded");
    case StepState::Failed: return Tr::tr("Failed");
    case StepState::Cached: return Tr::tr("Cached");
    case StepState::Skipped: return Tr::tr("Skipped");
    case StepState::NotRun: return Tr::tr("Not run");
    case StepState::Cancelled: return Tr::tr("Cancelled");
    }
    return {};
}

bool isFinal(StepState state)
{
    return state != StepState::Pending && state != StepState::Running;
}

QString runOutcomeName(RunOutcome outcome)
{
    switch (outcome) {
    case RunOutcome::Running: return QStringLiteral("running");
    case RunOutcome::Succeeded: return QStringLiteral("succeeded");
    case RunOutcome::Failed: return QStringLiteral("failed");
    case RunOutcome::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

QJsonObject StepResult::toJson() const
{
    QJsonObject o{{QStringLiteral("task"), task},
                  {QStringLiteral("state"), stepStateName(state)},
                  {QStringLiteral("exitCode"), exitCode},
                  {QStringLiteral("durationMs"), durationMs()},
                  {QStringLiteral("cached"), cached},
                  {QStringLiteral("attempts"), attempts}};
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    if (!cachedFrom.isEmpty())
        o.insert(QStringLiteral("cachedFrom"), cachedFrom);
    return o;
}

const StepResult *RunResult::step(const QString &task) const
{
    for (const StepResult &s : steps)
        if (s.task == task)
            return &s;
    return nullptr;
}

QJsonObject RunResult::toJson() const
{
    QJsonArray arr;
    for (const StepResult &s : steps)
        arr.append(s.toJson());
    QJsonObject o{{QStringLiteral("runId"), runId},
                  {QStringLiteral("state"), runOutcomeName(outcome)},
                  {QStringLiteral("steps"), arr}};
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    if (!runDir.isEmpty())
        o.insert(QStringLiteral("runDir"), runDir);
    return o;
}

} // namespace wb::exec
