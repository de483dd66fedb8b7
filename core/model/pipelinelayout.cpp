// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/pipelinelayout.h"

#include "core/model/pipelinemodel.h"

#include <QSet>

namespace wb::model {

wb::layout::LayoutGraph toLayoutGraph(const PipelineModel &model,
                                      const QHash<NodeId, QSizeF> &sizes,
                                      const QSizeF &defaultSize)
{
    wb::layout::LayoutGraph g;
    for (NodeId id : model.taskIds()) {
        const QSizeF s = sizes.value(id, defaultSize);
        g.nodes.append({model.task(id).name, s.width(), s.height()});
    }
    QSet<QPair<quint32, quint32>> seen;
    for (const Edge &e : model.edges()) {
        if (seen.contains({e.from.value, e.to.value}))
            continue;
        seen.insert({e.from.value, e.to.value});
        g.edges.append({model.task(e.from).name, model.task(e.to).name});
    }
    return g;
}

} // namespace wb::model
