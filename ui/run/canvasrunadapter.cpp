// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/run/canvasrunadapter.h"

#include "ui/canvas/pipelinescene.h"

namespace wb::ui {

CanvasRunAdapter::CanvasRunAdapter(exec::RunController *controller, PipelineScene *scene, QObject *parent)
    : QObject(parent)
    , m_scene(scene)
{
    connect(controller, &exec::RunController::runStarted, this, [this] {
        if (m_scene)
            m_scene->clearTaskStates();
    });
    connect(controller, &exec::RunController::stepStateChanged, this,
            [this](const QString &, const QString &task, exec::StepState state, qint64 durationMs) {
                if (m_scene)
                    m_scene->setTaskState(task, badgeName(state), exec::isFinal(state) ? durationMs : -1);
            });
}

QString CanvasRunAdapter::badgeName(exec::StepState state)
{
    return state == exec::StepState::NotRun ? QStringLiteral("skipped") : exec::stepStateName(state);
}

} // namespace wb::ui
