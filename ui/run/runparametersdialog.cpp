// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/run/runparametersdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

namespace wb::ui {

RunParametersDialog::RunParametersDialog(const model::PipelineInfo &info, QWidget *parent)
    : QDialog(parent)
    , m_info(info)
{
    setWindowTitle(tr("Run %1").arg(info.name.isEmpty() ? tr("pipeline") : info.name));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    if (info.parameters.isEmpty())
        form->addRow(new QLabel(tr("This pipeline has no parameters.")));
    for (const model::InputSpec &p : info.parameters) {
        auto *edit = new QLineEdit(p.defaultAsString());
        edit->setObjectName(QStringLiteral("param_") + p.name);
        edit->setPlaceholderText(p.optional ? tr("optional") : tr("required"));
        edit->setToolTip(p.description);
        connect(edit, &QLineEdit::textChanged, this, &RunParametersDialog::validate);
        m_edits.insert(p.name, edit);
        form->addRow(p.type.isUntyped() ? p.name : QStringLiteral("%1 (%2)").arg(p.name, p.type.name), edit);
    }
    m_runtime = new QComboBox;
    m_runtime->setObjectName(QStringLiteral("runtime"));
    m_runtime->addItem(tr("Automatic (Docker if available)"), int(exec::RuntimeMode::Auto));
    m_runtime->addItem(tr("Docker"), int(exec::RuntimeMode::Docker));
    m_runtime->addItem(tr("Process runner (no isolation)"), int(exec::RuntimeMode::Process));
    form->addRow(tr("Runtime"), m_runtime);
    m_parallel = new QSpinBox;
    m_parallel->setObjectName(QStringLiteral("maxParallel"));
    m_parallel->setRange(1, 256);
    m_parallel->setValue(std::max(1, QThread::idealThreadCount()));
    form->addRow(tr("Steps at once"), m_parallel);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Run"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    validate();
}

void RunParametersDialog::validate()
{
    bool ok = true;
    for (const model::InputSpec &p : m_info.parameters)
        ok = ok && (p.optional || !m_edits.value(p.name)->text().isEmpty());
    m_ok->setEnabled(ok);
}

QMap<QString, QString> RunParametersDialog::parameters() const
{
    QMap<QString, QString> values;
    for (const model::InputSpec &p : m_info.parameters) {
        const QString text = m_edits.value(p.name)->text();
        if ((!p.hasDefault() || text != p.defaultAsString()) && !(text.isEmpty() && p.optional))
            values.insert(p.name, text);
    }
    return values;
}

exec::RuntimeMode RunParametersDialog::runtimeMode() const
{
    return exec::RuntimeMode(m_runtime->currentData().toInt());
}

int RunParametersDialog::maxParallel() const
{
    return m_parallel->value();
}

void RunParametersDialog::setRuntimeMode(exec::RuntimeMode mode)
{
    m_runtime->setCurrentIndex(m_runtime->findData(int(mode)));
}

void RunParametersDialog::setMaxParallel(int n)
{
    m_parallel->setValue(n);
}

} // namespace wb::ui
