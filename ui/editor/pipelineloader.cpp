// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/pipelineloader.h"

#include "core/layout/layoutgraph.h"
#include "core/manifest/pipelinefile.h"
#include "core/model/pipelinedocument.h"
#include "core/model/pipelinelayout.h"
#include "ui/canvas/canvasstyle.h"

namespace wb::ui {

static QSizeF nodeSize(const model::Task &t)
{
    const qsizetype rows = t.spec ? std::max(t.spec->inputs.size(), t.spec->outputs.size()) : t.arguments.size();
    return QSizeF(CanvasStyle::nodeWidth,
                  CanvasStyle::headerHeight + rows * CanvasStyle::portRowHeight + (rows ? 8 : 0));
}

void placeUnpositionedTasks(model::PipelineSnapshot &snapshot)
{
    int unplaced = 0;
    QRectF placed;
    for (const model::Task &t : snapshot.tasks) {
        if (t.hasPosition)
            placed |= QRectF(t.position, nodeSize(t));
        else
            ++unplaced;
    }
    if (!unplaced)
        return;
    if (unplaced == snapshot.tasks.size()) {
        // A scratch document gives the layout input (ids must be assigned by a model).
        model::PipelineDocument scratch;
        scratch.resetContent(snapshot);
        QHash<model::NodeId, QSizeF> sizes;
        for (model::NodeId id : scratch.model().taskIds())
            sizes.insert(id, nodeSize(scratch.model().task(id)));
        const Result<layout::LayoutResult> r = layout::layoutWithGraphviz(model::toLayoutGraph(scratch.model(), sizes));
        if (r) {
            for (model::Task &t : snapshot.tasks)
                if (r->positions.contains(t.name)) {
                    const QPointF p = r->positions.value(t.name);
                    t.position = QPointF(qRound(p.x()), qRound(p.y()));
                    t.hasPosition = true;
                }
            return;
        }
    }
    // Fallback / partial: a grid below whatever is placed.
    double x = placed.isNull() ? 0 : placed.left();
    double y = placed.isNull() ? 0 : placed.bottom() + 60;
    int col = 0;
    for (model::Task &t : snapshot.tasks) {
        if (t.hasPosition)
            continue;
        t.position = QPointF(x + col * (CanvasStyle::nodeWidth + 60), y);
        t.hasPosition = true;
        if (++col == 6) {
            col = 0;
            y += 200;
        }
    }
}

Result<Diagnostics> openPipelineForEditing(model::PipelineDocument &doc, const QString &path)
{
    Result<manifest::LoadedPipeline> loaded = manifest::readPipelineFile(path);
    if (!loaded)
        return loaded.error();
    placeUnpositionedTasks(loaded->snapshot);
    doc.resetContent(loaded->snapshot);
    doc.setFilePath(path);
    return loaded->diagnostics;
}

} // namespace wb::ui
