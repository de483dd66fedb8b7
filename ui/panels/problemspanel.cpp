// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panels/problemspanel.h"

#include "core/model/pipelinedocument.h"
#include "core/model/pipelinevalidator.h"

#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace wb::ui {

ProblemsPanel::ProblemsPanel(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
    , m_summary(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("problemsPanel"));
    m_tree->setObjectName(QStringLiteral("problemsTree"));
    m_tree->setHeaderLabels({tr("Problem"), tr("Task"), tr("Code")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    m_empty->setObjectName(QStringLiteral("problemsEmpty"));
    m_empty->setText(tr("No problems found. Missing components, unbound required inputs, type "
                        "mismatches and cycles are listed here as you edit."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    layout->addWidget(m_empty, 1);
    m_summary->hide();
    m_tree->hide();
    m_timer->setSingleShot(true);
    m_timer->setInterval(150);
    connect(m_timer, &QTimer::timeout, this, &ProblemsPanel::revalidate);
    auto activate = [this](QTreeWidgetItem *item) {
        const QString task = item ? item->data(1, Qt::UserRole).toString() : QString();
        if (!task.isEmpty())
            emit taskActivated(task);
    };
    connect(m_tree, &QTreeWidget::itemClicked, this, activate);
    connect(m_tree, &QTreeWidget::itemActivated, this, activate);
}

void ProblemsPanel::setDocument(model::PipelineDocument *doc)
{
    if (m_doc)
        disconnect(m_doc->modelObject(), nullptr, m_timer, nullptr);
    m_doc = doc;
    m_load.clear();
    if (doc) {
        const model::PipelineModel *m = doc->modelObject();
        auto kick = [this] { m_timer->start(); };
        connect(m, &model::PipelineModel::taskAdded, m_timer, kick);
        connect(m, &model::PipelineModel::taskRemoved, m_timer, kick);
        connect(m, &model::PipelineModel::taskChanged, m_timer, kick);
        connect(m, &model::PipelineModel::parametersChanged, m_timer, kick);
        connect(m, &model::PipelineModel::outputsChanged, m_timer, kick);
        connect(m, &model::PipelineModel::modelReset, m_timer, kick);
    }
    revalidate();
}

void ProblemsPanel::setLoadDiagnostics(const Diagnostics &diagnostics)
{
    m_load = diagnostics;
    revalidate();
}

void ProblemsPanel::revalidate()
{
    m_timer->stop();
    m_shown = m_load;
    if (m_doc) {
        const Diagnostics live = model::validatePipeline(m_doc->model());
        for (const Diagnostic &d : live) {
            // A missing component is reported by both the loader and the validator.
            bool duplicate = false;
            for (const Diagnostic &l : std::as_const(m_load))
                duplicate |= l.task == d.task && l.task.size() && d.code == QLatin1String("unknown-component");
            if (!duplicate)
                m_shown.append(d);
        }
        // Load problems about tasks that were deleted since are stale.
        for (qsizetype i = m_load.size() - 1; i >= 0; --i)
            if (!m_shown.at(i).task.isEmpty() && !m_doc->model().taskByName(m_shown.at(i).task).isValid())
                m_shown.removeAt(i);
    }
    m_tree->clear();
    int errors = 0, warnings = 0;
    for (const Diagnostic &d : std::as_const(m_shown)) {
        auto *item = new QTreeWidgetItem(m_tree);
        QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
        if (d.severity == Diagnostic::Severity::Error) {
            icon = QStyle::SP_MessageBoxCritical;
            ++errors;
        } else if (d.severity == Diagnostic::Severity::Warning) {
            icon = QStyle::SP_MessageBoxWarning;
            ++warnings;
        }
        item->setIcon(0, style()->standardIcon(icon));
        item->setText(0, d.message);
        item->setToolTip(0, d.line > 0 ? d.toText() : d.message);
        item->setText(1, d.task);
        item->setData(1, Qt::UserRole, d.task);
        item->setText(2, d.code);
    }
    m_summary->setText(m_shown.isEmpty() ? tr("No problems.")
                                         : tr("%n error(s)", nullptr, errors) + QStringLiteral(", ")
                                               + tr("%n warning(s)", nullptr, warnings));
    const bool empty = m_shown.isEmpty();
    m_summary->setVisible(!empty);
    m_tree->setVisible(!empty);
    m_empty->setVisible(empty);
    emit problemCountChanged(errors, warnings);
}

} // namespace wb::ui
