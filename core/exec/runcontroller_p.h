// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exec/runcontroller.h"
#include "core/store/storetypes.h"

#include <QFile>
#include <QTimer>

#include <memory>

namespace wb::exec {

struct RunController::StepRun
{
    const PlanStep *step = nullptr;
    StepResult result;
    ContainerRequest request;
    QStringList argv;                   ///< command + args, secrets redacted
    QMap<QString, QString> outputFiles; ///< output -> host file the step must write
    QMap<QString, QString> outputContainerPaths;
    QList<store::ArtifactRef> inputArtifacts;
    RunHandle handle = 0;
    std::unique_ptr<QFile> log;
    QTimer *retryTimer = nullptr;
    bool holdsSlot = false;
};

} // namespace wb::exec
