// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/store/storetypes.h"
#include "ui/runs/storesession.h"

#include <QFuture>
#include <QWidget>

class QAction;
class QLabel;
class QProgressBar;
class QSplitter;
class QTabWidget;
class QToolButton;

namespace wb::ui {

class CompareRunsView;
class LineageView;
class RunDetailView;
class RunsView;

/// The metadata browser: runs table with the selected run's detail, run comparison and
/// lineage, over one MLMD v10 store (ours read-write, or any TFX/KFP file read-only).
class MetadataBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit MetadataBrowser(QWidget *parent = nullptr);
    ~MetadataBrowser() override;

    Result<void> openStore(const QString &path, bool readOnly);
    /// Uses an already open session (e.g. the workspace's store shared with the executor).
    void setSession(StoreSessionPtr session);
    StoreSessionPtr session() const { return m_session; }

    Result<void> showRun(qint64 runId);
    /// Gives the run detail most of the Runs page (what a double-click on a run does).
    void focusDetail();
    /// The runs table and the detail below it again.
    void showAllRuns();
    QSplitter *runsSplitter() const { return m_runsSplitter; }
    Result<void> showLineage(qint64 artifactId);
    Result<void> compareRuns(const QList<qint64> &runIds);
    /// Imports an MLflow SQLite store into the open (writable) store on a worker thread;
    /// the browser is disabled with a busy indicator meanwhile, then reloads.
    QFuture<Result<store::ImportSummary>> importMlflow(const QString &mlflowPath);
    bool isImporting() const { return m_importing; }

    QAction *openStoreAction() const { return m_openAction; }
    QAction *importMlflowAction() const { return m_importAction; }
    RunsView *runsView() const { return m_runs; }
    RunDetailView *runDetailView() const { return m_detail; }
    CompareRunsView *compareView() const { return m_compare; }
    LineageView *lineageView() const { return m_lineage; }
    QTabWidget *tabs() const { return m_tabs; }

signals:
    void storeOpened(const QString &path, bool readOnly);
    void importFinished(bool ok, const QString &message);
    void errorOccurred(const QString &message);

private:
    void chooseStore();
    void chooseMlflow();
    void showError(const QString &message);

    StoreSessionPtr m_session;
    QAction *m_openAction = nullptr;
    QAction *m_importAction = nullptr;
    QLabel *m_storeLabel = nullptr;
    QLabel *m_message = nullptr;
    QProgressBar *m_busy = nullptr;
    QTabWidget *m_tabs = nullptr;
    RunsView *m_runs = nullptr;
    RunDetailView *m_detail = nullptr;
    QSplitter *m_runsSplitter = nullptr;
    QToolButton *m_allRuns = nullptr;
    CompareRunsView *m_compare = nullptr;
    LineageView *m_lineage = nullptr;
    bool m_importing = false;
};

} // namespace wb::ui
