// SPDX-License-Identifier: GPL-3.0-or-later
// CompareRunsView: the Charts tab (metric bars, x/y scatter, parallel coordinates).
#include "ui/runs/comparerunsview.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <cmath>

namespace wb::ui {

namespace {

QChartView *makeChartView(QWidget *parent)
{
    auto *view = new QChartView(new QChart, parent);
    view->setRenderHint(QPainter::Antialiasing);


    view->setMinimumHeight(220);
    return view;
}

// A fresh chart per update: removing series and axes from a QChart leaves stale axis
// layouts behind in Qt 6.4.
QChart *resetChart(QChartView *view, const QString &title)
{
    QChart *old = view->chart();
    auto *chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setTitle(title);
    view->setChart(chart);
    delete old;
    return chart;
}

QColor runColor(int i)
{
    static const QColor colors[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c),
                                    QColor(0xd6, 0x27, 0x28), QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b),
                                    QColor(0xe3, 0x77, 0xc2), QColor(0x7f, 0x7f, 0x7f)};
    return colors[i % 8];
}

} // namespace

QWidget *CompareRunsView::buildChartsTab()
{
    auto *page = new QWidget(this);
    auto *grid = new QGridLayout(page);
    m_barMetric = new QComboBox(page);
    m_scatterX = new QComboBox(page);
    m_scatterY = new QComboBox(page);
    m_barView = makeChartView(page);
    m_scatterView = makeChartView(page);
    m_parallelView = makeChartView(page);
    auto *barBar = new QHBoxLayout;
    barBar->addWidget(new QLabel(tr("Metric:"), page));
    barBar->addWidget(m_barMetric, 1);
    auto *scatterBar = new QHBoxLayout;
    scatterBar->addWidget(new QLabel(tr("X:"), page));
    scatterBar->addWidget(m_scatterX, 1);
    scatterBar->addWidget(new QLabel(tr("Y:"), page));
    scatterBar->addWidget(m_scatterY, 1);
    grid->addLayout(barBar, 0, 0);
    grid->addLayout(scatterBar, 0, 1);
    grid->addWidget(m_barView, 1, 0);
    grid->addWidget(m_scatterView, 1, 1);
    grid->addWidget(m_parallelView, 2, 0, 1, 2);
    connect(m_barMetric, &QComboBox::currentTextChanged, this, &CompareRunsView::updateBarChart);
    connect(m_scatterX, &QComboBox::currentTextChanged, this, &CompareRunsView::updateScatter);
    connect(m_scatterY, &QComboBox::currentTextChanged, this, &CompareRunsView::updateScatter);
    return page;
}

void CompareRunsView::setBarMetric(const QString &metric)
{
    m_barMetric->setCurrentText(metric);
}

QString CompareRunsView::barMetric() const
{
    return m_barMetric->currentText();
}

void CompareRunsView::setScatterAxes(const QString &xKey, const QString &yKey)
{
    m_scatterX->setCurrentText(xKey);
    m_scatterY->setCurrentText(yKey);
}

void CompareRunsView::updateBarChart()
{
    const QString metric = m_barMetric->currentText();
    QChart *chart = resetChart(m_barView, metric.isEmpty() ? tr("No numeric metric to chart") : tr("Metric %1").arg(metric));
    if (metric.isEmpty())
        return;
    auto *series = new QBarSeries;
    auto *set = new QBarSet(metric);
    QStringList labels;
    double lo = 0, hi = 0;
    for (int i = 0; i < m_cmp.runs.size(); ++i) {
        const double v = m_cmp.numericValue(QStringLiteral("metric.") + metric, i);
        *set << (std::isnan(v) ? 0.0 : v);
        labels << m_cmp.runLabel(i);
        if (!std::isnan(v)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    }
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    auto *y = new QValueAxis;
    y->setRange(lo, hi > lo ? hi * 1.1 : lo + 1);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->hide();
}

void CompareRunsView::updateScatter()
{
    const QString xKey = m_scatterX->currentText(), yKey = m_scatterY->currentText();
    QChart *chart = resetChart(m_scatterView, xKey.isEmpty() ? tr("Nothing numeric to plot") : tr("%1 against %2").arg(yKey, xKey));
    if (xKey.isEmpty() || yKey.isEmpty())
        return;
    auto *x = new QValueAxis;
    auto *y = new QValueAxis;
    x->setTitleText(xKey);
    y->setTitleText(yKey);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    double x0 = INFINITY, x1 = -INFINITY, y0 = INFINITY, y1 = -INFINITY;
    for (int i = 0; i < m_cmp.runs.size(); ++i) {
        const double vx = m_cmp.numericValue(xKey, i), vy = m_cmp.numericValue(yKey, i);
        if (std::isnan(vx) || std::isnan(vy))
            continue;
        auto *s = new QScatterSeries;
        s->setName(m_cmp.runLabel(i));
        s->setColor(runColor(i));
        s->setMarkerSize(11);
        s->append(vx, vy);
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
        x0 = std::min(x0, vx), x1 = std::max(x1, vx), y0 = std::min(y0, vy), y1 = std::max(y1, vy);
    }
    auto pad = [](double lo, double hi) { return hi > lo ? (hi - lo) * 0.1 : std::max(std::abs(lo) * 0.1, 0.5); };
    if (std::isfinite(x0)) {
        x->setRange(x0 - pad(x0, x1), x1 + pad(x0, x1));
        y->setRange(y0 - pad(y0, y1), y1 + pad(y0, y1));
    }
}

void CompareRunsView::updateParallel()
{
    const QStringList keys = m_cmp.numericKeys();
    QChart *chart = resetChart(m_parallelView, keys.size() < 2 ? tr("Parallel coordinates need two numeric values") : tr("Parallel coordinates (each axis scaled to its range)"));
    if (keys.size() < 2)
        return;
    auto *x = new QBarCategoryAxis;
    x->append(keys);
    auto *xv = new QValueAxis; // the line series need a value axis; the category axis labels it
    xv->setRange(-0.5, keys.size() - 0.5);
    xv->setVisible(false);
    auto *y = new QValueAxis;
    y->setRange(-0.05, 1.05);
    y->setLabelFormat(QStringLiteral("%.1f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(xv, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    QList<std::pair<double, double>> ranges;
    for (const QString &k : keys) {
        double lo = INFINITY, hi = -INFINITY;
        for (int i = 0; i < m_cmp.runs.size(); ++i) {
            const double v = m_cmp.numericValue(k, i);
            if (!std::isnan(v))
                lo = std::min(lo, v), hi = std::max(hi, v);
        }
        ranges << std::make_pair(lo, hi);
    }
    for (int i = 0; i < m_cmp.runs.size(); ++i) {
        auto *line = new QLineSeries;
        line->setName(m_cmp.runLabel(i));
        line->setColor(runColor(i));
        line->setPointsVisible(true);
        for (int k = 0; k < keys.size(); ++k) {
            const double v = m_cmp.numericValue(keys[k], i);
            if (std::isnan(v))
                continue;
            const auto [lo, hi] = ranges[k];
            line->append(k, hi > lo ? (v - lo) / (hi - lo) : 0.5);
        }
        chart->addSeries(line);
        line->attachAxis(xv);
        line->attachAxis(y);
    }
}

} // namespace wb::ui
