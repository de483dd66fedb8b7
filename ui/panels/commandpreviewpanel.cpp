// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panels/commandpreviewpanel.h"

#include "core/exec/containerlimits.h"
#include "core/exec/dockercliruntime.h"
#include "core/model/commandresolver.h"
#include "core/model/pipelinedocument.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace wb::ui {

using model::ArgumentValue;

CommandPreviewPanel::CommandPreviewPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("commandPreviewPanel"));
    m_text->setObjectName(QStringLiteral("commandPreviewText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_title);
    layout->addWidget(m_text, 1);
    refresh();
}

void CommandPreviewPanel::setDocument(model::PipelineDocument *doc)
{
    if (m_doc)
        disconnect(m_doc->modelObject(), nullptr, this, nullptr);
    m_doc = doc;
    m_task = {};
    if (doc) {
        const model::PipelineModel *m = doc->modelObject();
        connect(m, &model::PipelineModel::taskChanged, this, [this](model::NodeId id) {
            if (id == m_task)
                refresh();
        });
        connect(m, &model::PipelineModel::taskRemoved, this, [this](model::NodeId id) {
            if (id == m_task)
                setTask({});
        });
        connect(m, &model::PipelineModel::parametersChanged, this, &CommandPreviewPanel::refresh);
        connect(m, &model::PipelineModel::modelReset, this, [this] { setTask({}); });
    }
    refresh();
}

void CommandPreviewPanel::setTask(model::NodeId id)
{
    m_task = id;
    refresh();
}

void CommandPreviewPanel::setWorkspace(const QString &dir)
{
    m_workspace = dir;
    refresh();
}

QString CommandPreviewPanel::text() const
{
    return m_text->toPlainText();
}

QString CommandPreviewPanel::shellQuote(const QString &arg)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (safe.match(arg).hasMatch())
        return arg;
    QString q = arg;
    q.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

void CommandPreviewPanel::refresh()
{
    const model::Task *t = m_doc ? m_doc->model().findTask(m_task) : nullptr;
    if (!t) {
        m_title->setText(tr("Select a task to see the command it runs."));
        m_text->clear();
        return;
    }
    m_title->setText(tr("Command of %1").arg(t->name));
    if (!t->spec) {
        m_text->setPlainText(tr("The component of this task is missing: %1").arg(t->missingReason));
        return;
    }
    if (t->spec->implementation != model::ComponentSpec::Implementation::Container) {
        m_text->setPlainText(tr("%1 is a graph component: its tasks run one by one.").arg(t->spec->name));
        return;
    }
    model::ResolveInput input;
    QStringList sources;
    for (const auto &a : t->arguments) {
        const ArgumentValue &v = a.second;
        switch (v.kind) {
        case ArgumentValue::Kind::Constant:
            input.values.insert(a.first, v.constant.typeId() == QMetaType::Bool
                                             ? (v.constant.toBool() ? QStringLiteral("True") : QStringLiteral("False"))
                                             : v.constant.toString());
            break;
        case ArgumentValue::Kind::Parameter: {
            const model::InputSpec *p = m_doc->model().parameter(v.parameter);
            input.values.insert(a.first, p && p->hasDefault() ? p->defaultAsString()
                                                               : QStringLiteral("<%1>").arg(v.parameter));
            sources.append(tr("%1 = pipeline parameter %2").arg(a.first, v.parameter));
            break;
        }
        case ArgumentValue::Kind::TaskOutput:
            // A file at run time; consumed by value, the executor passes its content.
            input.values.insert(a.first, QStringLiteral("<%1.%2>").arg(v.task, v.output));
            sources.append(tr("%1 ← output %2 of %3").arg(a.first, v.output, v.task));
            break;
        case ArgumentValue::Kind::Dataset:
            input.values.insert(a.first, QStringLiteral("<%1>").arg(v.manifest));
            sources.append(tr("%1 ← dataset %2").arg(a.first, v.manifest));
            break;
        }
    }
    const Result<model::ResolvedCommand> r = model::resolveCommand(*t->spec, input);
    if (!r) {
        m_text->setPlainText(tr("Cannot build the command yet: %1").arg(r.error().text()));
        return;
    }
    QStringList argv;
    for (const QString &s : r->command + r->args)
        argv.append(shellQuote(s));
    QString out;
    out += tr("Image: %1").arg(r->image) + QStringLiteral("\n\n");
    out += argv.join(QLatin1Char(' ')) + QStringLiteral("\n");
    if (!r->inputPaths.isEmpty() || !sources.isEmpty()) {
        out += QStringLiteral("\n") + tr("Inputs:") + QStringLiteral("\n");
        for (auto it = r->inputPaths.constBegin(); it != r->inputPaths.constEnd(); ++it)
            out += QStringLiteral("  %1  %2\n").arg(it.key(), it.value());
        for (const QString &s : std::as_const(sources))
            out += QStringLiteral("  ") + s + QLatin1Char('\n');
    }
    if (!r->outputPaths.isEmpty()) {
        out += QStringLiteral("\n") + tr("Outputs:") + QStringLiteral("\n");
        for (auto it = r->outputPaths.constBegin(); it != r->outputPaths.constEnd(); ++it)
            out += QStringLiteral("  %1  %2\n").arg(it.key(), it.value());
    }
    if (!r->env.isEmpty()) {
        out += QStringLiteral("\n") + tr("Environment:") + QStringLiteral("\n");
        for (const auto &e : r->env)
            out += QStringLiteral("  %1=%2\n").arg(e.first, shellQuote(e.second));
    }
    out += QStringLiteral("\n") + tr("Limits:") + QStringLiteral("\n") + limitsText(t->options);
    out += QStringLiteral("\n") + tr("Network:") + QStringLiteral("\n") + networkText(*t);
    m_text->setPlainText(out);
}

QString CommandPreviewPanel::networkText(const model::Task &task)
{
    // The executor's decision and the flags the Docker runtime renders from it.
    const exec::NetworkChoice choice = exec::effectiveNetwork(task.options, task.spec.get());
    exec::Hardening hardening;
    hardening.networkNone = !choice.on;
    const QStringList flags = exec::DockerCliRuntime::networkArguments(hardening);
    if (!flags.isEmpty())
        return QStringLiteral("  %1  %2\n").arg(flags.join(QLatin1Char(' ')), tr("(no network; turn on "
                                                                                  "Network access in the task's options)"));
    return QStringLiteral("  %1\n").arg(exec::networkNote(choice) + QStringLiteral(": ")
                                         + tr("the engine's default network"));
}

QString CommandPreviewPanel::limitsText(const model::TaskOptions &options) const
{
    // The executor's own decision (effectiveResources), so the preview cannot drift from it.
    exec::RunOptions run;
    run.workspace = m_workspace;
    const auto defaults = m_workspace.isEmpty() ? Result<exec::ContainerDefaults>(exec::ContainerDefaults{})
                                                : exec::containerDefaults(run);
    if (!defaults)
        return QStringLiteral("  ") + defaults.error().text() + QLatin1Char('\n');
    const exec::Resources r = exec::effectiveResources(options, *defaults);
    auto line = [](const QString &what, const QString &value) {
        return QStringLiteral("  %1  %2\n").arg(what, value);
    };
    QString out;
    if (r.memoryBytes > 0) {
        const QString size = exec::formatMemory(r.memoryBytes);
        const exec::MemoryAmount &d = defaults->defaultMemory;
        out += line(tr("memory"),
                    !r.memoryDefaulted ? tr("%1 (set on the task)").arg(size)
                    : d.percent > 0    ? tr("%1 (workspace default: %2% of this machine's memory)")
                                          .arg(size, QString::number(d.percent))
                                       : tr("%1 (workspace default)").arg(size));
    }
    if (r.pidsLimit > 0)
        out += line(tr("processes"), QString::number(r.pidsLimit));
    if (r.cpus > 0)
        out += line(tr("CPUs"), QString::number(r.cpus));
    if (r.gpus != 0)
        out += line(tr("GPUs"), r.gpus < 0 ? tr("all") : QString::number(r.gpus));
    return out;
}

} // namespace wb::ui
