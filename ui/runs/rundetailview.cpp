// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/runs/rundetailview.h"

#include "ui/lineage/graphscene.h"
#include "ui/runs/artifactpreview.h"
#include "ui/runs/runformat.h"

#include <QComboBox>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace wb::ui {

using namespace wb::store;

namespace {

constexpr int ArtifactIdRole = Qt::UserRole + 1;

QTableView *makeTable(QStandardItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    return view;
}

QString taskName(const ExecutionInfo &e)
{
    const QString task = e.customProperties.value(QStringLiteral("task_name")).toString();
    return task.isEmpty() ? e.displayName() : task;
}

} // namespace

RunDetailView::RunDetailView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_header = new QLabel(this);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setWordWrap(true);
    m_header->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_header);
    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs, 1);

    m_scene = new GraphScene(this);
    m_graphView = new GraphView(this);
    m_graphView->setScene(m_scene);
    m_tabs->addTab(m_graphView, tr("Graph"));

    m_params = new QStandardItemModel(this);
    m_metrics = new QStandardItemModel(this);
    auto *values = new QSplitter(Qt::Horizontal, this);
    values->addWidget(makeTable(m_params, values));
    values->addWidget(makeTable(m_metrics, values));
    m_tabs->addTab(values, tr("Parameters and metrics"));

    auto *artifacts = new QSplitter(Qt::Horizontal, this);
    m_artifacts = new QTreeWidget(artifacts);
    m_artifacts->setHeaderLabels({tr("Artifact"), tr("Type"), tr("Step"), tr("URI")});
    m_artifacts->setRootIsDecorated(false);
    m_artifacts->setContextMenuPolicy(Qt::CustomContextMenu);
    m_preview = new ArtifactPreview(artifacts);
    artifacts->addWidget(m_artifacts);
    artifacts->addWidget(m_preview);
    artifacts->setStretchFactor(1, 1);
    artifacts->setSizes({420, 800});
    m_tabs->addTab(artifacts, tr("Artifacts"));

    auto *logs = new QWidget(this);
    auto *logLayout = new QVBoxLayout(logs);
    auto *logBar = new QHBoxLayout;
    m_logStep = new QComboBox(logs);
    logBar->addWidget(new QLabel(tr("Step:"), logs));
    logBar->addWidget(m_logStep, 1);
    logLayout->addLayout(logBar);
    m_log = new QPlainTextEdit(logs);
    m_log->setReadOnly(true);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    logLayout->addWidget(m_log);
    m_tabs->addTab(logs, tr("Logs"));

    connect(m_artifacts, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item)
            return;
        previewArtifact(item->data(0, ArtifactIdRole).toLongLong());
    });
    connect(m_artifacts, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        emit lineageRequested(item->data(0, ArtifactIdRole).toLongLong());
    });
    connect(m_artifacts, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QTreeWidgetItem *item = m_artifacts->itemAt(pos);
        if (!item)
            return;
        QMenu menu(this);
        const qint64 id = item->data(0, ArtifactIdRole).toLongLong();
        menu.addAction(tr("Show lineage"), this, [this, id] { emit lineageRequested(id); });
        menu.exec(m_artifacts->viewport()->mapToGlobal(pos));
    });
    connect(m_logStep, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (i >= 0)
            showLog(m_logStep->itemData(i).toLongLong());
    });
    connect(m_scene, &GraphScene::nodeActivated, this, [this](const QString &id) {
        showLog(id.section(QLatin1Char(':'), 1).toLongLong());
        m_tabs->setCurrentIndex(3);
    });
    clear();
}

void RunDetailView::clear()
{
    m_run = RunDetail{};
    m_header->setText(tr("No run selected"));
    (void)m_scene->setGraph({}, {});
    m_params->clear();
    m_metrics->clear();
    m_artifacts->clear();
    m_preview->clear();
    m_logStep->clear();
    m_log->clear();
}

void RunDetailView::setRun(const RunDetail &run)
{
    m_run = run;
    const RunSummary &s = run.summary;
    QStringList facts{tr("<b>%1</b>").arg((s.displayName.isEmpty() ? s.name : s.displayName).toHtmlEscaped()),
                      QStringLiteral("<span style='color:%1'>%2</span>").arg(RunFormat::runStateColor(s.state).name(),
                                                                              RunFormat::runStateText(s.state))};
    if (!s.experiment.isEmpty())
        facts << tr("experiment %1").arg(s.experiment.toHtmlEscaped());
    if (!s.pipeline.isEmpty())
        facts << tr("pipeline %1").arg(s.pipeline.toHtmlEscaped());
    facts << tr("started %1").arg(RunFormat::timeText(s.startMs));
    if (s.endMs > s.startMs && s.startMs > 0)
        facts << tr("took %1").arg(RunFormat::durationText(s.endMs - s.startMs));
    const QString commit = run.runProperties.value(QStringLiteral("git_commit")).toString();
    if (!commit.isEmpty())
        facts << tr("commit %1%2").arg(commit.left(10), run.runProperties.value(QStringLiteral("git_dirty")).toBool() ? tr(" (dirty)") : QString());
    QString header = facts.join(QStringLiteral(" · "));
    if (!s.reason.isEmpty())
        header += QStringLiteral("<br>") + tr("Reason: %1").arg(s.reason.toHtmlEscaped());
    m_header->setText(header);
    buildGraph();
    fillTables();
    fillArtifacts();
    fillLogs();
}

void RunDetailView::buildGraph()
{
    QList<GraphNodeSpec> nodes;
    QList<GraphEdgeSpec> edges;
    QHash<qint64, QString> producer; // artifact id -> node id of the step that wrote it
    for (const StepDetail &step : std::as_const(m_run.steps)) {
        for (const ArtifactInfo &a : step.outputs)
            producer.insert(a.id, QStringLiteral("execution:%1").arg(step.execution.id));
    }
    QHash<QString, QString> nodeOfTask;
    for (const StepDetail &step : std::as_const(m_run.steps))
        nodeOfTask.insert(taskName(step.execution), QStringLiteral("execution:%1").arg(step.execution.id));
    for (const StepDetail &step : std::as_const(m_run.steps)) {
        const ExecutionInfo &e = step.execution;
        GraphNodeSpec n;
        n.id = QStringLiteral("execution:%1").arg(e.id);
        n.shape = GraphNodeSpec::Shape::Box;
        n.title = taskName(e);
        const QString image = e.customProperties.value(QStringLiteral("image")).toString();
        n.subtitle = image.isEmpty() ? e.typeName : image;
        // mlwb's own word for a step that never started ("not run", "skipped"), and why.
        const QString mlwbState = e.customProperties.value(QStringLiteral("mlwb_state")).toString();
        const QString reason = e.customProperties.value(QStringLiteral("reason")).toString();
        QString caption = mlwbState == QLatin1String("not-run") ? tr("Not run")
            : mlwbState == QLatin1String("skipped")             ? tr("Skipped")
                                                                : RunFormat::executionStateText(e.state);
        if (e.updateMs > e.createMs && e.createMs > 0 && mlwbState.isEmpty())
            caption += QStringLiteral(" · ") + RunFormat::durationText(e.updateMs - e.createMs);
        n.caption = caption;
        n.accent = mlwbState.isEmpty() ? RunFormat::executionStateColor(e.state) : QColor(0x80, 0x80, 0x80);
        n.fill = softFill(n.accent);
        n.toolTip = reason.isEmpty() ? tr("%1\nState: %2\nDouble-click to see the log").arg(n.title, caption)
                                     : tr("%1\nState: %2\nReason: %3").arg(n.title, caption, reason);
        nodes << n;
        QSet<QString> linked;
        for (const ArtifactInfo &a : step.inputs) {
            const QString from = producer.value(a.id);
            if (!from.isEmpty() && from != n.id && !linked.contains(from)) {
                linked.insert(from);
                edges << GraphEdgeSpec{from, n.id, false};
            }
        }
        // A step that never ran has no inputs: draw it after what it waited for, dashed.
        if (step.inputs.isEmpty()) {
            const QStringList deps = e.customProperties.value(QStringLiteral("depends_on")).toString()
                                         .split(QLatin1Char(','), Qt::SkipEmptyParts);
            for (const QString &dep : deps) {
                const QString from = nodeOfTask.value(dep);
                if (!from.isEmpty() && !linked.contains(from)) {
                    linked.insert(from);
                    edges << GraphEdgeSpec{from, n.id, true};
                }
            }
        }
    }
    auto laid = m_scene->setGraph(nodes, edges, true);
    if (!laid)
        m_header->setText(m_header->text() + QStringLiteral("<br>") + tr("Cannot lay out the graph: %1").arg(laid.error().text().toHtmlEscaped()));
    m_graphView->fitAll();
}

void RunDetailView::fillTables()
{
    m_params->clear();
    m_params->setHorizontalHeaderLabels({tr("Parameter"), tr("Value")});
    for (auto it = m_run.summary.params.constBegin(); it != m_run.summary.params.constEnd(); ++it)
        m_params->appendRow({new QStandardItem(it.key()), new QStandardItem(RunFormat::valueText(it.value()))});
    m_metrics->clear();
    m_metrics->setHorizontalHeaderLabels({tr("Metric"), tr("Value"), tr("History points")});
    // The run metrics the pipeline names first (bold, in its order), then the others by name.
    QStringList names = m_run.summary.runMetrics;
    for (auto it = m_run.summary.metrics.constBegin(); it != m_run.summary.metrics.constEnd(); ++it) {
        if (!names.contains(it.key()))
            names << it.key();
    }
    for (const QString &name : std::as_const(names)) {
        const QVariant value = m_run.summary.metrics.value(name);
        auto *key = new QStandardItem(name);
        if (m_run.summary.runMetrics.contains(name)) {
            QFont font = key->font();
            font.setBold(true);
            key->setFont(font);
            key->setToolTip(tr("A run metric named by the pipeline"));
        }
        m_metrics->appendRow({key, new QStandardItem(value.isValid() ? RunFormat::valueText(value) : tr("(not written)")),
                              new QStandardItem(QString::number(m_run.metricHistory.value(name).size()))});
    }
}

void RunDetailView::fillArtifacts()
{
    m_artifacts->clear();
    m_preview->clear();
    QSet<qint64> seen;
    for (const StepDetail &step : std::as_const(m_run.steps)) {
        auto add = [&](const QList<ArtifactInfo> &list, const QStringList &names, bool output) {
            for (int i = 0; i < list.size(); ++i) {
                const ArtifactInfo &a = list[i];
                if (seen.contains(a.id))
                    continue;
                seen.insert(a.id);
                const QString name = names.value(i).isEmpty() ? a.displayName() : names.value(i);
                auto *item = new QTreeWidgetItem(m_artifacts, {name, a.typeName,
                                                               (output ? tr("out of %1") : tr("into %1")).arg(taskName(step.execution)), a.uri});
                item->setData(0, ArtifactIdRole, a.id);
                item->setToolTip(3, a.uri);
            }
        };
        add(step.outputs, step.outputNames, true);
        add(step.inputs, step.inputNames, false);
    }
    for (int c = 0; c < 3; ++c)
        m_artifacts->resizeColumnToContents(c);
}

bool RunDetailView::previewArtifact(qint64 artifactId)
{
    for (const StepDetail &step : std::as_const(m_run.steps)) {
        for (const QList<ArtifactInfo> *list : {&step.outputs, &step.inputs}) {
            for (const ArtifactInfo &a : *list) {
                if (a.id != artifactId)
                    continue;
                m_preview->showArtifact(a);
                for (int i = 0; i < m_artifacts->topLevelItemCount(); ++i) {
                    QTreeWidgetItem *item = m_artifacts->topLevelItem(i);
                    if (item->data(0, ArtifactIdRole).toLongLong() == artifactId && m_artifacts->currentItem() != item) {
                        const QSignalBlocker block(m_artifacts);
                        m_artifacts->setCurrentItem(item);
                    }
                }
                return true;
            }
        }
    }
    return false;
}

void RunDetailView::fillLogs()
{
    const QSignalBlocker block(m_logStep);
    m_logStep->clear();
    m_log->clear();
    for (const StepDetail &step : std::as_const(m_run.steps))
        m_logStep->addItem(taskName(step.execution), step.execution.id);
    if (m_logStep->count() > 0)
        showLog(m_logStep->itemData(0).toLongLong());
}

void RunDetailView::showLog(qint64 executionId)
{
    for (const StepDetail &step : std::as_const(m_run.steps)) {
        if (step.execution.id != executionId)
            continue;
        const int index = m_logStep->findData(executionId);
        if (index >= 0 && index != m_logStep->currentIndex()) {
            const QSignalBlocker block(m_logStep);
            m_logStep->setCurrentIndex(index);
        }
        const QString path = step.execution.customProperties.value(QStringLiteral("log_path")).toString();
        if (path.isEmpty()) {
            m_log->setPlainText(tr("The step %1 recorded no log file.").arg(taskName(step.execution)));
            return;
        }
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            m_log->setPlainText(tr("Cannot open the log %1: %2").arg(path, f.errorString()));
            return;
        }
        // The tail matters most in a log: keep the last kMaxLogBytes.
        const qint64 size = f.size();
        if (size > kMaxLogBytes)
            f.seek(size - kMaxLogBytes);
        QString text = QString::fromUtf8(f.read(kMaxLogBytes));
        if (size > kMaxLogBytes)
            text.prepend(tr("[... showing the last %1 KB of %2 KB]\n").arg(kMaxLogBytes / 1024).arg(size / 1024));
        m_log->setPlainText(text);
        return;
    }
}

} // namespace wb::ui
