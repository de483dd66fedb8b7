// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/runs/metadatabrowser.h"

#include "core/store/mlflowimporter.h"
#include "ui/lineage/lineageview.h"
#include "ui/runs/comparerunsview.h"
#include "ui/runs/rundetailview.h"
#include "ui/runs/runsview.h"
#include "ui/runs/runtablemodel.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace wb::ui {

using namespace wb::store;

MetadataBrowser::MetadataBrowser(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 4, 6, 0);
    m_openAction = new QAction(tr("Open store..."), this);
    m_openAction->setToolTip(tr("Open an ML Metadata (MLMD v10) SQLite file read-only, e.g. from TFX or Kubeflow Pipelines"));
    m_importAction = new QAction(tr("Import MLflow store..."), this);
    m_importAction->setToolTip(tr("Import the runs, parameters, metrics and datasets of an MLflow SQLite store (mlflow.db)"));
    for (QAction *a : {m_openAction, m_importAction}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(a);
        bar->addWidget(button);
    }
    // Shown while a run's detail has the whole page (after a double-click).
    m_allRuns = new QToolButton(this);
    m_allRuns->setText(tr("← All runs"));
    m_allRuns->setToolTip(tr("Show the runs table again beside this run's detail"));
    m_allRuns->hide();
    bar->addWidget(m_allRuns);
    m_storeLabel = new QLabel(tr("No metadata store open"), this);
    bar->addWidget(m_storeLabel, 1);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(160);
    m_busy->setFormat(tr("Importing..."));
    m_busy->hide();
    bar->addWidget(m_busy);
    layout->addLayout(bar);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #b02a2a; padding: 2px 6px; }"));
    m_message->hide();
    layout->addWidget(m_message);

    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs, 1);
    auto *runsPage = new QSplitter(Qt::Vertical, this);
    m_runsSplitter = runsPage;
    m_runs = new RunsView(runsPage);
    m_detail = new RunDetailView(runsPage);
    runsPage->addWidget(m_runs);
    runsPage->addWidget(m_detail);
    runsPage->setStretchFactor(0, 3);
    runsPage->setStretchFactor(1, 2);
    runsPage->setCollapsible(0, true);
    runsPage->setCollapsible(1, false);
    m_tabs->addTab(runsPage, tr("Runs"));
    m_compare = new CompareRunsView(this);
    m_tabs->addTab(m_compare, tr("Compare"));
    m_lineage = new LineageView(this);
    m_tabs->addTab(m_lineage, tr("Lineage"));

    connect(m_allRuns, &QToolButton::clicked, this, &MetadataBrowser::showAllRuns);
    connect(runsPage, &QSplitter::splitterMoved, this, [this] { m_allRuns->setVisible(m_runsSplitter->sizes().at(0) == 0); });
    connect(m_openAction, &QAction::triggered, this, &MetadataBrowser::chooseStore);
    connect(m_importAction, &QAction::triggered, this, &MetadataBrowser::chooseMlflow);
    connect(m_runs, &RunsView::runActivated, this, [this](qint64 id) {
        if (showRun(id).ok())
            focusDetail();
    });
    connect(m_runs->table()->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &index) {
        if (index.isValid())
            (void)showRun(m_runs->model()->runId(index.row()));
    });
    connect(m_runs, &RunsView::compareRequested, this, [this](const QList<qint64> &ids) { (void)compareRuns(ids); });
    connect(m_detail, &RunDetailView::lineageRequested, this, [this](qint64 id) { (void)showLineage(id); });
    connect(m_runs, &RunsView::errorOccurred, this, &MetadataBrowser::showError);
    connect(m_lineage, &LineageView::errorOccurred, this, &MetadataBrowser::showError);
}

MetadataBrowser::~MetadataBrowser() = default;

void MetadataBrowser::focusDetail()
{
    // Double-click opens the run: its detail takes the whole page, so it is seen at once (a
    // click only selects, and the detail follows below the table); "All runs" goes back.
    m_tabs->setCurrentIndex(0);
    m_runsSplitter->setSizes({0, m_runsSplitter->height()});
    m_allRuns->show();
    m_detail->setFocus(Qt::OtherFocusReason);
}

void MetadataBrowser::showAllRuns()
{
    const int total = m_runsSplitter->height();
    m_runsSplitter->setSizes({total * 3 / 5, total * 2 / 5});
    m_allRuns->hide();
}

Result<void> MetadataBrowser::openStore(const QString &path, bool readOnly)
{
    auto session = openStoreSession(path, readOnly);
    if (!session) {
        showError(tr("Cannot open the metadata store %1: %2").arg(path, session.error().text()));
        return session.error();
    }
    setSession(*session);
    return {};
}

void MetadataBrowser::setSession(StoreSessionPtr session)
{
    m_session = std::move(session);
    m_message->hide();
    m_detail->clear();
    m_lineage->setSession(m_session);
    m_runs->setSession(m_session);
    if (m_session) {
        m_storeLabel->setText(m_session->isReadOnly() ? tr("%1 (read-only)").arg(QDir::toNativeSeparators(m_session->path()))
                                                      : QDir::toNativeSeparators(m_session->path()));
        emit storeOpened(m_session->path(), m_session->isReadOnly());
    }
    m_importAction->setEnabled(!m_session || !m_session->isReadOnly());
}

Result<void> MetadataBrowser::showRun(qint64 runId)
{
    if (!m_session)
        return makeError(QStringLiteral("store.closed"), tr("No metadata store is open"));
    auto detail = m_session->with([&](MetadataStore &s) { return s.runDetail(runId); });
    if (!detail) {
        showError(tr("Cannot read run %1: %2").arg(runId).arg(detail.error().text()));
        return detail.error();
    }
    m_detail->setRun(*detail);
    m_tabs->setCurrentIndex(0);
    return {};
}

Result<void> MetadataBrowser::compareRuns(const QList<qint64> &runIds)
{
    if (!m_session)
        return makeError(QStringLiteral("store.closed"), tr("No metadata store is open"));
    if (runIds.size() < 2)
        return makeError(QStringLiteral("compare.count"), tr("Select at least two runs to compare"));
    QList<RunDetail> details;
    for (qint64 id : runIds) {
        auto detail = m_session->with([&](MetadataStore &s) { return s.runDetail(id); });
        if (!detail) {
            showError(tr("Cannot read run %1: %2").arg(id).arg(detail.error().text()));
            return detail.error();
        }
        details << *detail;
    }
    m_compare->setRuns(details);
    m_tabs->setCurrentWidget(m_compare);
    return {};
}

Result<void> MetadataBrowser::showLineage(qint64 artifactId)
{
    auto shown = m_lineage->showArtifact(artifactId);
    if (shown)
        m_tabs->setCurrentWidget(m_lineage); // fits the graph once the tab is shown
    return shown;
}

QFuture<Result<ImportSummary>> MetadataBrowser::importMlflow(const QString &mlflowPath)
{
    if (!m_session || m_session->isReadOnly()) {
        const QString message = tr("Open a writable metadata store before importing an MLflow store");
        showError(message);
        return QtFuture::makeReadyFuture(Result<ImportSummary>(makeError(QStringLiteral("store.readonly"), message)));
    }
    m_importing = true;
    m_tabs->setEnabled(false);
    m_openAction->setEnabled(false);
    m_importAction->setEnabled(false);
    m_busy->show();
    // MlflowImporter offers no cancellation or progress: a busy indicator only.
    QFuture<Result<ImportSummary>> future = QtConcurrent::run([session = m_session, mlflowPath] {
        return session->with([&](MetadataStore &s) { return MlflowImporter::importFile(s, mlflowPath); });
    });
    future.then(this, [this, mlflowPath](const Result<ImportSummary> &result) {
        m_importing = false;
        m_busy->hide();
        m_tabs->setEnabled(true);
        m_openAction->setEnabled(true);
        m_importAction->setEnabled(true);
        if (!result) {
            const QString message = tr("Cannot import %1: %2").arg(mlflowPath, result.error().text());
            showError(message);
            emit importFinished(false, message);
            return;
        }
        m_runs->model()->reload();
        const QString message = tr("Imported %1 run(s) of %2 experiment(s) (%3 already present), %4 metric points")
                                    .arg(result->runs).arg(result->experiments).arg(result->skippedRuns).arg(result->metricPoints);
        m_message->setStyleSheet(QStringLiteral("QLabel { color: #2e7d32; padding: 2px 6px; }"));
        m_message->setText(message);
        m_message->show();
        emit importFinished(true, message);
    });
    return future;
}

void MetadataBrowser::chooseStore()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open metadata store (read-only)"), QString(),
                                                      tr("ML Metadata SQLite (*.sqlite *.db *.sqlite3);;All files (*)"));
    if (!path.isEmpty())
        (void)openStore(path, true);
}

void MetadataBrowser::chooseMlflow()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import MLflow store"), QString(),
                                                      tr("MLflow SQLite store (*.db *.sqlite);;All files (*)"));
    if (!path.isEmpty())
        (void)importMlflow(path);
}

void MetadataBrowser::showError(const QString &message)
{
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #b02a2a; padding: 2px 6px; }"));
    m_message->setText(message);
    m_message->show();
    emit errorOccurred(message);
}

} // namespace wb::ui
