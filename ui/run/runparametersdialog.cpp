// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/run/runparametersdialog.h"

#include "core/model/literalcheck.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

namespace wb::ui {

static QString runtimeModeName(exec::RuntimeMode mode)
{
    switch (mode) {
    case exec::RuntimeMode::Auto: return QStringLiteral("auto");
    case exec::RuntimeMode::Docker: return QStringLiteral("docker");
    case exec::RuntimeMode::Process: return QStringLiteral("process");
    }
    return {};
}

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
    m_experiment = new QLineEdit;
    m_experiment->setObjectName(QStringLiteral("experiment"));
    m_experiment->setPlaceholderText(tr("Default"));
    m_experiment->setToolTip(tr("The experiment the run is recorded under in the Runs tab"));
    form->addRow(tr("Experiment"), m_experiment);
    layout->addLayout(form);
    // Why Run is disabled: the values that do not fit their parameter's type.
    m_problems = new QLabel;
    m_problems->setObjectName(QStringLiteral("parameterProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setStyleSheet(QStringLiteral("color: #d93f3f;"));
    m_problems->hide();
    layout->addWidget(m_problems);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Run"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::accepted, this, [this] {
        if (auto name = runtimeModeName(runtimeMode()); !name.isEmpty())
            QSettings().setValue(lastRuntimeKey(), name);
    });
    layout->addWidget(buttons);
    validate();
}

void RunParametersDialog::validate()
{
    bool ok = true;
    QMap<QString, QString> values; // what the run would get; an empty field gives nothing
    for (const model::InputSpec &p : m_info.parameters) {
        QLineEdit *edit = m_edits.value(p.name);
        const QString text = edit->text();
        ok = ok && (p.optional || !text.isEmpty());
        if (!text.isEmpty())
            values.insert(p.name, text);
        const auto why = text.isEmpty() ? std::nullopt : model::checkLiteral(p.type, text);
        const QString problem = why ? tr("\"%1\" does not fit %2: %3.")
                                          .arg(model::literalForMessage(text), p.type.name, *why)
                                    : QString();
        edit->setProperty("literalProblem", problem);
        edit->setToolTip(problem.isEmpty() || p.description.isEmpty() ? problem + p.description
                                                                      : problem + QLatin1Char('\n') + p.description);
        edit->setStyleSheet(problem.isEmpty() ? QString()
                                              : QStringLiteral("QLineEdit { border: 1px solid #d93f3f; }"));
    }
    // The same check `mlwb-cli run --param` makes (defaults the run would use included).
    QStringList messages;
    for (const Diagnostic &d : model::checkRunParameters(m_info, values))
        messages.append(d.message);
    m_problems->setText(messages.join(QLatin1Char('\n')));
    m_problems->setVisible(!messages.isEmpty());
    m_ok->setEnabled(ok && messages.isEmpty());
    m_ok->setToolTip(messages.join(QLatin1Char('\n')));
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

QString RunParametersDialog::lastRuntimeKey()
{
    return QStringLiteral("run/lastRuntime");
}

void RunParametersDialog::setDefaultRuntime(exec::RuntimeMode fallback)
{
    const auto last = exec::parseRuntimeMode(QSettings().value(lastRuntimeKey()).toString());
    setRuntimeMode(QSettings().contains(lastRuntimeKey()) && last.ok() ? *last : fallback);
}

QString RunParametersDialog::experiment() const
{
    return m_experiment->text().trimmed();
}

void RunParametersDialog::setExperiment(const QString &name)
{
    m_experiment->setText(name);
}

void RunParametersDialog::setExperimentCompletions(const QStringList &names)
{
    auto *completer = new QCompleter(names, m_experiment);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    QCompleter *old = m_experiment->completer();
    m_experiment->setCompleter(completer);
    delete old;
}

} // namespace wb::ui
