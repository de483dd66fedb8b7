// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exec/runsession.h"

#include <QObject>
#include <QPointer>

namespace wb::ui {

class PipelineScene;

/// Forwards a run's step states to the canvas badges (PipelineScene::setTaskState). Runtime
/// state never enters the document; the badges are cleared when a new run starts.
class CanvasRunAdapter : public QObject
{
    Q_OBJECT
public:
    CanvasRunAdapter(exec::RunSession *session, PipelineScene *scene, QObject *parent = nullptr);

    /// "pending", "running", "succeeded", "failed", "cached", "skipped", "not-run",
    /// "cancelled": the names PipelineScene::setTaskState understands.
    static QString badgeName(exec::StepState state);

private:
    QPointer<PipelineScene> m_scene;
};

} // namespace wb::ui
