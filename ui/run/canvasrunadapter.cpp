// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/run/canvasrunadapter.h"

#include "ui/canvas/pipelinescene.h"

namespace wb::ui {

CanvasRunAdapter::CanvasRunAdapter(exec::RunSession *session, PipelineScene *scene, QObject *parent)
    : QObject(parent)
    , m_scene(scene)
{
    connect(session, &exec::RunSession::runStarted, this, [this] {
        if (m_scene)
            m_scene->clearTaskStates();
    });
    connect(session, &exec::RunSession::stepStateChanged, this,
            [this, session](const QString &, const QString &task, exec::StepState state, qint64 durationMs) {
                if (!m_scene)
                    return;
                // Why it failed, was skipped or not run: in the badge's tooltip.
                const std::optional<exec::StepResult> step = session->stepResult(task);
                m_scene->setTaskState(task, badgeName(state), exec::isFinal(state) ? durationMs : -1,
                                      step ? step->error : QString());
            });
}

QString CanvasRunAdapter::badgeName(exec::StepState state)
{
    return exec::stepStateName(state);
}

} // namespace wb::ui
