// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/drift/driftview.h"

#include "core/base/fileio.h"
#include "core/drift/csvreader.h"
#include "core/drift/htmlreport.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QPainter>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QSvgGenerator>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QValueAxis>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace wb::ui {

struct DriftView::Outcome
{
    std::vector<drift::DriftReport> reports;
    QStringList labels;
    QString error;
};

namespace {
const QColor kDrift(0xf4, 0xa6, 0xa6), kOk(0xb7, 0xe4, 0xb7), kError(0xdd, 0xdd, 0xdd);

std::vector<const drift::ColumnDrift *> sortedByDrift(const drift::DriftReport &r)
{
    std::vector<const drift::ColumnDrift *> cols;
    for (const auto &c : r.columns)
        cols.push_back(&c);
    std::stable_sort(cols.begin(), cols.end(), [](auto *a, auto *b) { return a->drift != b->drift ? a->drift : a->driftScore > b->driftScore; });
    return cols;
}
} // namespace

DriftView::DriftView(QWidget *parent)
    : QWidget(parent)
{
    auto *top = new QHBoxLayout;
    m_status = new QLabel(tr("No data compared yet."));
    m_progress = new QProgressBar;
    m_progress->setRange(0, 100);
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setEnabled(false);
    connect(m_cancel, &QPushButton::clicked, this, &DriftView::cancel);
    top->addWidget(m_status, 1);
    top->addWidget(m_progress);
    top->addWidget(m_cancel);

    m_table = new QTableWidget(0, 6);
    m_table->setHorizontalHeaderLabels({tr("Feature"), tr("Type"), tr("Method"), tr("Score"), tr("Threshold"), tr("Status")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { showFeature(row); });

    m_chart = new QChartView(new QChart);
    m_timeline = new QChartView(new QChart);
    m_heatmap = new QTableWidget;
    m_heatmap->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_advice = new QTextBrowser;
    auto *tabs = new QTabWidget;
    tabs->addTab(m_chart, tr("Distribution"));
    tabs->addTab(m_timeline, tr("Over time"));
    tabs->addTab(m_heatmap, tr("Heatmap"));
    tabs->addTab(m_advice, tr("Recommendations"));
    auto *split = new QSplitter;
    split->addWidget(m_table);
    split->addWidget(tabs);
    auto *lay = new QVBoxLayout(this);
    lay->addLayout(top);
    lay->addWidget(split, 1);

    m_watcher = new QFutureWatcher<std::shared_ptr<void>>(this);
    connect(m_watcher, &QFutureWatcher<std::shared_ptr<void>>::finished, this, &DriftView::onFinished);
}

DriftView::~DriftView()
{
    cancel();
    m_watcher->waitForFinished();
}

bool DriftView::isRunning() const { return m_watcher->isRunning(); }

void DriftView::cancel()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
}

void DriftView::start(std::function<Outcome(std::atomic_bool *, std::function<void(int)>)> job)
{
    cancel();
    m_watcher->waitForFinished();
    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    auto flag = m_cancelFlag;
    QPointer<DriftView> self(this);
    auto report = [self](int percent) {
        QMetaObject::invokeMethod(qApp, [self, percent] {
            if (self) {
                self->m_progress->setValue(percent);
                emit self->progressChanged(percent);
            }
        }, Qt::QueuedConnection);
    };
    m_progress->setValue(0);
    m_cancel->setEnabled(true);
    m_status->setText(tr("Computing drift..."));
    m_watcher->setFuture(QtConcurrent::run([job, flag, report]() -> std::shared_ptr<void> {
        return std::make_shared<Outcome>(job(flag.get(), report));
    }));
}

void DriftView::compareFiles(const QString &reference, const QString &current, const drift::DriftOptions &options)
{
    start([=](std::atomic_bool *cancel, std::function<void(int)> progress) {
        Outcome out;
        drift::CsvOptions co;
        co.cancel = cancel;
        co.progress = [&](double f) { progress(int(f * 20)); };
        auto ref = drift::readCsv(reference, co);
        if (!ref)
            return Outcome{{}, {}, ref.error().text()};
        co.progress = [&](double f) { progress(20 + int(f * 20)); };
        auto cur = drift::readCsv(current, co);
        if (!cur)
            return Outcome{{}, {}, cur.error().text()};
        auto rep = drift::computeDrift(*ref, *cur, options, [&](int done, int total) { progress(40 + 60 * done / std::max(1, total)); }, cancel);
        if (!rep)
            return Outcome{{}, {}, rep.error().text()};
        out.reports.push_back(std::move(*rep));
        return out;
    });
}

void DriftView::compareWindows(const QString &file, const QString &timeColumn, const drift::WindowSpec &spec,
                               const drift::DriftOptions &options)
{
    start([=](std::atomic_bool *cancel, std::function<void(int)> progress) {
        Outcome out;
        drift::CsvOptions co;
        co.cancel = cancel;
        co.progress = [&](double f) { progress(int(f * 30)); };
        auto t = drift::readCsv(file, co);
        if (!t)
            return Outcome{{}, {}, t.error().text()};
        auto w = drift::computeWindowedDrift(*t, timeColumn, spec, {}, options,
                                             [&](int done, int total) { progress(30 + 70 * done / std::max(1, total)); }, cancel);
        if (!w)
            return Outcome{{}, {}, w.error().text()};
        out.labels = w->labels;
        out.labels.removeAll(w->referenceLabel);
        out.reports = std::move(w->windows);
        return out;
    });
}

void DriftView::onFinished()
{
    m_cancel->setEnabled(false);
    auto out = std::static_pointer_cast<Outcome>(m_watcher->result());
    const bool cancelled = m_cancelFlag && m_cancelFlag->load();
    if (!out || !out->error.isEmpty() || cancelled) {
        m_error = cancelled ? tr("Cancelled") : (out ? out->error : tr("No result"));
        m_status->setText(m_error);
        emit finished(false);
        return;
    }
    m_error.clear();
    m_reports = std::move(out->reports);
    m_windowLabels = out->labels;
    m_progress->setValue(100);
    fillTable();
    fillTimeline();
    emit finished(true);
}

void DriftView::fillTable()
{
    m_table->setRowCount(0);
    if (m_reports.empty())
        return;
    const drift::DriftReport &r = m_reports.back();
    const auto cols = sortedByDrift(r);
    m_table->setRowCount(int(cols.size()));
    for (int i = 0; i < int(cols.size()); ++i) {
        const drift::ColumnDrift &c = *cols[size_t(i)];
        const QString status = !c.error.isEmpty() ? tr("error") : (c.drift ? tr("drift") : tr("ok"));
        const QStringList cells{c.column, c.numerical ? tr("numerical") : tr("categorical"), c.driftMethod,
                                QString::number(c.driftScore, 'g', 4), QString::number(c.driftThreshold, 'g', 3), status};
        for (int k = 0; k < cells.size(); ++k) {
            auto *item = new QTableWidgetItem(cells[k]);
            item->setData(Qt::UserRole, c.column);
            if (k == 5)
                item->setBackground(!c.error.isEmpty() ? kError : (c.drift ? kDrift : kOk));
            m_table->setItem(i, k, item);
        }
    }
    const auto &d = r.dataset;
    m_status->setText(tr("%1 of %2 features drifted (%3)").arg(d.selectedDrifted).arg(d.evidentlyTested).arg(d.method));
    m_table->setCurrentCell(0, 0);
    showFeature(0);
}

void DriftView::showFeature(int row)
{
    if (m_reports.empty() || row < 0 || row >= m_table->rowCount())
        return;
    const QString name = m_table->item(row, 0)->text();
    const drift::ColumnDrift *c = nullptr;
    for (const auto &col : m_reports.back().columns)
        if (col.column == name)
            c = &col;
    if (!c)
        return;
    auto *chart = new QChart;
    chart->setTitle(c->numerical ? tr("%1: shares per reference decile bin").arg(name) : tr("%1: category shares").arg(name));
    auto *ref = new QBarSet(tr("reference"));
    auto *cur = new QBarSet(tr("current"));
    QStringList cats;
    for (size_t i = 0; i < c->refShare.size(); ++i) {
        *ref << c->refShare[i];
        *cur << c->curShare[i];
        cats << (c->numerical ? QString::number(i + 1) : QString::fromStdString(c->categories[i]));
    }
    auto *series = new QBarSeries;
    series->append(ref);
    series->append(cur);
    chart->addSeries(series);
    auto *ax = new QBarCategoryAxis;
    ax->append(cats);
    chart->addAxis(ax, Qt::AlignBottom);
    series->attachAxis(ax);
    auto *ay = new QValueAxis;
    chart->addAxis(ay, Qt::AlignLeft);
    series->attachAxis(ay);
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

void DriftView::fillTimeline()
{
    auto *chart = new QChart;
    m_heatmap->clear();
    m_advice->clear();
    if (m_reports.empty())
        return;
    const int nw = int(m_reports.size());
    const auto &first = m_reports.front().columns;
    m_heatmap->setRowCount(int(first.size()));
    m_heatmap->setColumnCount(nw);
    QStringList labels;
    for (int w = 0; w < nw; ++w)
        labels << (w < m_windowLabels.size() ? m_windowLabels[w] : m_reports[size_t(w)].label);
    m_heatmap->setHorizontalHeaderLabels(labels);
    QStringList advice;
    double thr = 0;
    for (size_t f = 0; f < first.size(); ++f) {
        auto *line = new QLineSeries;
        line->setName(first[f].column);
        QString since;
        for (int w = 0; w < nw; ++w) {
            const auto &c = m_reports[size_t(w)].columns[f];
            line->append(w, c.driftScore);
            thr = c.driftThreshold;
            auto *cell = new QTableWidgetItem(QString::number(c.driftScore, 'g', 3));
            cell->setBackground(!c.error.isEmpty() ? kError : (c.drift ? kDrift : kOk));
            m_heatmap->setItem(int(f), w, cell);
            if (c.drift && since.isEmpty())
                since = labels[w];
        }
        m_heatmap->setVerticalHeaderItem(int(f), new QTableWidgetItem(first[f].column));
        chart->addSeries(line);
        if (!since.isEmpty())
            advice << tr("%1 breached its %2 threshold (%3) since window %4").arg(first[f].column, first[f].driftMethod).arg(first[f].driftThreshold).arg(since);
    }
    auto *threshold = new QLineSeries;
    threshold->setName(tr("threshold"));
    threshold->append(0, thr);
    threshold->append(std::max(1, nw - 1), thr);
    chart->addSeries(threshold);
    chart->createDefaultAxes();
    QChart *old = m_timeline->chart();
    m_timeline->setChart(chart);
    delete old;
    for (const auto &r : m_reports)
        if (r.dataset.selectedDatasetDrift) {
            advice << tr("Dataset drift in window %1: consider retraining.").arg(r.label.isEmpty() ? tr("current") : r.label);
            break;
        }
    if (advice.isEmpty())
        advice << tr("No feature breached its threshold.");
    m_advice->setPlainText(advice.join(QLatin1Char('\n')));
}

QString DriftView::recommendation() const { return m_advice->toPlainText(); }

Result<void> DriftView::exportChart(const QString &path) const
{
    const QSize size = m_chart->size().isEmpty() ? QSize(640, 400) : m_chart->size();
    if (path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator gen;
        gen.setFileName(path);
        gen.setSize(size);
        gen.setViewBox(QRect(QPoint(0, 0), size));
        QPainter p(&gen);
        m_chart->render(&p);
        return {};
    }
    QPixmap pm(size);
    pm.fill(Qt::white);
    QPainter p(&pm);
    m_chart->render(&p);
    p.end();
    if (!pm.save(path))
        return makeError(QStringLiteral("drift.export"), tr("Cannot write %1").arg(path));
    return {};
}

Result<void> DriftView::exportHtml(const QString &path) const
{
    return writeFileAtomically(path, drift::htmlReport(m_reports));
}

} // namespace wb::ui
