// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/drift/driftpage.h"

#include "core/drift/windowsplit.h"
#include "core/vcs/datasetpath.h"
#include "ui/drift/driftview.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace wb::ui {

namespace {

QWidget *fileRow(QWidget *parent, QLineEdit *edit, const QString &label, QPushButton **browse)
{
    auto *row = new QWidget(parent);
    auto *lay = new QHBoxLayout(row);
    lay->setContentsMargins(0, 0, 0, 0);
    lay->addWidget(new QLabel(label, row));
    lay->addWidget(edit, 1);
    *browse = new QPushButton(DriftPage::tr("Browse…"), row);
    (*browse)->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    (*browse)->setToolTip(DriftPage::tr("Choose a file"));
    lay->addWidget(*browse);
    return row;
}

} // namespace

DriftPage::DriftPage(QWidget *parent)
    : QWidget(parent)
    , m_view(new DriftView(this))
    , m_mode(new QComboBox(this))
    , m_inputs(new QStackedWidget(this))
    , m_reference(new QLineEdit(this))
    , m_current(new QLineEdit(this))
    , m_windowFile(new QLineEdit(this))
    , m_timeColumn(new QLineEdit(this))
    , m_windows(new QComboBox(this))
    , m_compare(new QPushButton(tr("Compare"), this))
    , m_exportHtml(new QPushButton(tr("Export report…"), this))
    , m_exportChart(new QPushButton(tr("Export chart…"), this))
{
    setObjectName(QStringLiteral("driftPage"));
    m_mode->addItem(tr("Reference vs current file"));
    m_mode->addItem(tr("One file over time windows"));
    m_reference->setPlaceholderText(tr("reference.csv, NAME.dataset.yaml or .dvc"));
    m_current->setPlaceholderText(tr("current.csv, NAME.dataset.yaml or .dvc"));
    m_windowFile->setPlaceholderText(tr("data.csv"));
    m_timeColumn->setPlaceholderText(tr("time column"));
    m_windows->addItem(tr("by year"), QStringLiteral("year"));
    m_windows->addItem(tr("by quarter"), QStringLiteral("quarter"));
    m_windows->addItem(tr("by month"), QStringLiteral("month"));
    m_windows->addItem(tr("4 equal windows"), QStringLiteral("4"));
    m_windows->addItem(tr("10 equal windows"), QStringLiteral("10"));

    // Two files
    auto *twoFiles = new QWidget(this);
    auto *twoLay = new QHBoxLayout(twoFiles);
    twoLay->setContentsMargins(0, 0, 0, 0);
    QPushButton *browseRef = nullptr, *browseCur = nullptr, *browseWin = nullptr;
    twoLay->addWidget(fileRow(twoFiles, m_reference, tr("Reference:"), &browseRef), 1);
    twoLay->addWidget(fileRow(twoFiles, m_current, tr("Current:"), &browseCur), 1);
    m_inputs->addWidget(twoFiles);
    // One file, windows
    auto *windows = new QWidget(this);
    auto *winLay = new QHBoxLayout(windows);
    winLay->setContentsMargins(0, 0, 0, 0);
    winLay->addWidget(fileRow(windows, m_windowFile, tr("File:"), &browseWin), 2);
    winLay->addWidget(m_timeColumn, 1);
    winLay->addWidget(m_windows);
    m_inputs->addWidget(windows);
    m_inputs->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);

    // Row 1: what to compare and the actions; row 2: the inputs of that mode (full width, so
    // long paths stay readable).
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_mode);
    bar->addStretch(1);
    bar->addWidget(m_compare);
    bar->addWidget(m_exportHtml);
    bar->addWidget(m_exportChart);
    auto *lay = new QVBoxLayout(this);
    lay->addLayout(bar);
    lay->addWidget(m_inputs);
    lay->addWidget(m_view, 1);

    m_compare->setDefault(true);
    m_exportHtml->setEnabled(false);
    m_exportChart->setEnabled(false);
    connect(m_mode, &QComboBox::currentIndexChanged, m_inputs, &QStackedWidget::setCurrentIndex);
    connect(browseRef, &QPushButton::clicked, this, [this] { browse(m_reference); });
    connect(browseCur, &QPushButton::clicked, this, [this] { browse(m_current); });
    connect(browseWin, &QPushButton::clicked, this, [this] { browse(m_windowFile); });
    connect(m_compare, &QPushButton::clicked, this, &DriftPage::start);
    connect(m_exportHtml, &QPushButton::clicked, this, &DriftPage::exportHtml);
    connect(m_exportChart, &QPushButton::clicked, this, &DriftPage::exportChart);
    connect(m_view, &DriftView::finished, this, [this](bool ok) {
        m_compare->setEnabled(true);
        m_exportHtml->setEnabled(ok);
        m_exportChart->setEnabled(ok);
        if (!ok)
            showError(m_view->lastError());
        else
            emit statusMessage(tr("Drift computed."));
    });
}

void DriftPage::browse(QLineEdit *edit)
{
    const QString start = edit->text().isEmpty() ? m_startDir : QFileInfo(edit->text()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose data"), start,
        tr("Tabular data (*.csv *.tsv *.txt *.gz *.dataset.yaml *.dvc);;All files (*)"));
    if (!path.isEmpty())
        edit->setText(path);
}

void DriftPage::compareFiles(const QString &reference, const QString &current)
{
    m_mode->setCurrentIndex(0);
    m_reference->setText(reference);
    m_current->setText(current);
    start();
}

void DriftPage::compareWindows(const QString &file, const QString &timeColumn, const QString &windows)
{
    m_mode->setCurrentIndex(1);
    m_windowFile->setText(file);
    m_timeColumn->setText(timeColumn);
    const int idx = m_windows->findData(windows);
    if (idx >= 0) {
        m_windows->setCurrentIndex(idx);
    } else {
        m_windows->addItem(windows, windows);
        m_windows->setCurrentIndex(m_windows->count() - 1);
    }
    start();
}

void DriftPage::start()
{
    m_error.clear();
    if (m_view->isRunning())
        m_view->cancel();
    if (m_mode->currentIndex() == 0) {
        if (m_reference->text().trimmed().isEmpty() || m_current->text().trimmed().isEmpty()) {
            showError(tr("Choose a reference and a current file."));
            return;
        }
        // A dataset manifest or a .dvc file stands for its data file.
        auto reference = vcs::resolveDatasetFile(m_reference->text().trimmed());
        auto current = vcs::resolveDatasetFile(m_current->text().trimmed());
        if (!reference.ok() || !current.ok()) {
            showError(!reference.ok() ? reference.error().text() : current.error().text());
            return;
        }
        m_compare->setEnabled(false);
        m_view->compareFiles(*reference, *current);
        return;
    }
    if (m_windowFile->text().trimmed().isEmpty() || m_timeColumn->text().trimmed().isEmpty()) {
        showError(tr("Choose a file and name its time column."));
        return;
    }
    const auto spec = drift::parseWindowSpec(m_windows->currentData().toString());
    if (!spec.ok()) {
        showError(spec.error().text());
        return;
    }
    auto file = vcs::resolveDatasetFile(m_windowFile->text().trimmed());
    if (!file.ok()) {
        showError(file.error().text());
        return;
    }
    m_compare->setEnabled(false);
    m_view->compareWindows(*file, m_timeColumn->text().trimmed(), *spec);
}

void DriftPage::exportHtml()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export drift report"), m_startDir,
                                                      tr("HTML report (*.html)"));
    if (path.isEmpty())
        return;
    if (auto r = m_view->exportHtml(path); !r.ok())
        showError(r.error().text());
    else
        emit statusMessage(tr("Report saved to %1").arg(path));
}

void DriftPage::exportChart()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), m_startDir,
                                                      tr("PNG image (*.png);;SVG image (*.svg)"));
    if (path.isEmpty())
        return;
    if (auto r = m_view->exportChart(path); !r.ok())
        showError(r.error().text());
    else
        emit statusMessage(tr("Chart saved to %1").arg(path));
}

void DriftPage::showError(const QString &text)
{
    m_error = text;
    emit statusMessage(text);
}

QString DriftPage::errorText() const
{
    return m_error;
}

} // namespace wb::ui
