// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/layout/layoutgraph.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointF>

namespace wb::model {
class PipelineDocument;
}

namespace wb::ui {

class PipelineScene;
class PipelineView;

/// Canvas commands that act on the selection: clipboard, delete, align/distribute,
/// auto-layout, export. Each turns into one document request (one undo step); the controller
/// keeps no state of its own besides the running layout job.
class EditorController : public QObject
{
    Q_OBJECT
public:
    enum class Align { Left, Right, Top, Bottom, HCenter, VCenter };

    EditorController(model::PipelineDocument *doc, PipelineScene *scene, PipelineView *view,
                     QObject *parent = nullptr);

    /// Folder relative component urls of this document are relative to (for copying).
    void setSourceDir(const QString &dir) { m_sourceDir = dir; }

    Result<void> copy();
    Result<void> cut();
    /// Pastes the clipboard's tasks near the cursor (or offset from where they were copied).
    Result<void> paste();
    Result<void> duplicate();
    Result<void> deleteSelection();
    void selectAll();
    Result<void> align(Align how);
    Result<void> distribute(Qt::Orientation orientation);
    /// Lays out with Graphviz off the GUI thread; applied as one undo step if nothing changed
    /// meanwhile. `layoutFinished` reports the outcome.
    void autoLayout();
    /// Synchronous variant (tests, small graphs).
    Result<void> autoLayoutNow();
    bool isLayoutRunning() const { return m_layoutWatcher.isRunning(); }

    Result<void> exportSvg(const QString &path) const;
    Result<void> exportPng(const QString &path, double scale = 2.0) const;

signals:
    void layoutFinished(bool ok, const QString &message);

private:
    QPointF pasteOffset(const QRectF &fragmentBounds);
    Result<void> applyLayout(const Result<layout::LayoutResult> &result);

    model::PipelineDocument *m_doc;
    PipelineScene *m_scene;
    PipelineView *m_view;
    QString m_sourceDir;
    int m_pasteCount = 0;
    int m_layoutIndex = -1;
    QFutureWatcher<Result<layout::LayoutResult>> m_layoutWatcher;
};

} // namespace wb::ui
