// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/storetypes.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QTreeWidget;

namespace wb::ui {

class ArtifactPreview;
class GraphScene;
class GraphView;

/// One run: the pipeline graph as it ran (executions laid out with Graphviz, coloured by
/// state, edges where an output artifact of one step is an input of another), parameters,
/// metrics, artifacts with a preview and the steps' log files.
class RunDetailView : public QWidget
{
    Q_OBJECT
public:
    explicit RunDetailView(QWidget *parent = nullptr);

    void setRun(const store::RunDetail &run);
    void clear();
    const store::RunDetail &run() const { return m_run; }

    GraphScene *graphScene() const { return m_scene; }
    QStandardItemModel *paramsModel() const { return m_params; }
    QStandardItemModel *metricsModel() const { return m_metrics; }
    QTreeWidget *artifactList() const { return m_artifacts; }
    ArtifactPreview *preview() const { return m_preview; }
    QTabWidget *tabs() const { return m_tabs; }
    QPlainTextEdit *logView() const { return m_log; }
    /// Previews the artifact with this id (selects it in the list).
    bool previewArtifact(qint64 artifactId);
    /// Shows the log file of the step with this execution id.
    void showLog(qint64 executionId);

    static constexpr qint64 kMaxLogBytes = 4 * 1024 * 1024;

signals:
    void lineageRequested(qint64 artifactId);

private:
    void buildGraph();
    void fillTables();
    void fillArtifacts();
    void fillLogs();

    store::RunDetail m_run;
    QLabel *m_header = nullptr;
    QTabWidget *m_tabs = nullptr;
    GraphScene *m_scene = nullptr;
    GraphView *m_graphView = nullptr;
    QStandardItemModel *m_params = nullptr;
    QStandardItemModel *m_metrics = nullptr;
    QTreeWidget *m_artifacts = nullptr;
    ArtifactPreview *m_preview = nullptr;
    QComboBox *m_logStep = nullptr;
    QPlainTextEdit *m_log = nullptr;
};

} // namespace wb::ui
