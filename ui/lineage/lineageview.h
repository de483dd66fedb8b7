// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/storetypes.h"
#include "ui/runs/storesession.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QLabel;
class QSpinBox;

class QPushButton;

namespace wb::ui {

class GraphScene;
class GraphView;

/// Lineage of an artifact: upstream and downstream to a chosen depth, then expandable node
/// by node (double-click loads one more level around it). Artifacts are rounded rectangles,
/// executions boxes, run contexts ellipses; a run's git commit and dataset manifests are tag
/// nodes attached to the run context, which links to the run's executions.
class LineageView : public QWidget
{
    Q_OBJECT
public:
    explicit LineageView(QWidget *parent = nullptr);

    void setSession(StoreSessionPtr session);
    /// Replaces the graph with the lineage of one artifact.
    Result<void> showArtifact(qint64 artifactId, int depth = -1);
    /// Loads one more level around a node ("artifact:3", "execution:5", "context:7").
    Result<void> expandNode(const QString &nodeId);

    int nodeCount() const { return int(m_nodes.size()); }
    int edgeCount() const { return int(m_edges.size()); }
    bool hasNode(const QString &id) const { return m_nodes.contains(id); }
    QStringList nodeIds() const { return m_nodes.keys(); }
    GraphScene *scene() const { return m_scene; }
    qint64 rootArtifact() const { return m_root; }

    static constexpr int kMaxNodes = 500;

    /// The two selected artifacts' ids (lower id = reference), or {0, 0} when the selection
    /// is not exactly two artifacts with a URI.
    QPair<qint64, qint64> selectedArtifactPair() const;

signals:
    void runRequested(qint64 runContextId);
    /// "Compare drift" on two selected artifacts (their ids in the open store).
    void driftRequested(qint64 referenceArtifact, qint64 currentArtifact);
    void errorOccurred(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fitNow();
    struct Node
    {
        store::LineageNode info;
        QString subtitle;
        QString caption;
        bool extra = false; ///< git commit / dataset manifest tag
    };
    void merge(const store::LineageGraph &graph);
    Result<void> attachContexts(store::MetadataStore &s);
    void addEdge(const QString &from, const QString &to, bool dashed);
    void redraw();
    void onActivated(const QString &id);

    StoreSessionPtr m_session;
    qint64 m_root = 0;
    QHash<QString, Node> m_nodes;
    QHash<QString, bool> m_edges; ///< "from\nto" -> dashed
    QSet<QString> m_expanded;
    QSet<qint64> m_contextsResolved; ///< executions whose contexts are attached
    GraphScene *m_scene = nullptr;
    GraphView *m_view = nullptr;
    QSpinBox *m_depth = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_drift = nullptr;
    bool m_fitPending = false;
};

} // namespace wb::ui
