// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panels/propertiespanel.h"

#include "core/exec/containerlimits.h"
#include "core/model/literalcheck.h"
#include "core/model/pipelinedocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace wb::ui {

using model::ArgumentValue;
using model::NodeId;
using model::Task;

enum ArgKind { KindUnset, KindConstant, KindParameter, KindUpstream, KindDataset };

/// Marks a constant's field when the value does not fit the input's KFP type: a red frame, and
/// the reason as tooltip and in the "literalProblem" property (empty when it fits).
static void markLiteral(QLineEdit *edit, const model::TypeSpec &type, const std::optional<QString> &why,
                        const QString &value)
{
    if (why) {
        const QString text = PropertiesPanel::tr("\"%1\" does not fit %2: %3.")
                                 .arg(model::literalForMessage(value), type.name, *why);
        edit->setProperty("literalProblem", text);
        edit->setToolTip(text);
        edit->setStyleSheet(QStringLiteral("QLineEdit { border: 1px solid #d93f3f; border-radius: 2px; }"));
    } else {
        edit->setProperty("literalProblem", QString());
        edit->setToolTip(QString());
        edit->setStyleSheet(QString());
    }
}

/// Long entries ("check-schema › validated (CSV)") must not make the panel wider than its dock:
/// the combo shrinks and elides, the popup still shows the whole text.
static void compact(QComboBox *combo)
{
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(8);
    combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

PropertiesPanel::PropertiesPanel(QWidget *parent)
    : QWidget(parent)
    , m_scroll(new QScrollArea(this))
{
    setObjectName(QStringLiteral("propertiesPanel"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
    rebuild();
}

void PropertiesPanel::setDocument(model::PipelineDocument *doc)
{
    if (m_doc)
        disconnect(m_doc->modelObject(), nullptr, this, nullptr);
    m_doc = doc;
    m_task = NodeId{};
    if (doc) {
        const model::PipelineModel *m = doc->modelObject();
        connect(m, &model::PipelineModel::taskChanged, this, &PropertiesPanel::scheduleRebuild);
        connect(m, &model::PipelineModel::taskAdded, this, &PropertiesPanel::scheduleRebuild);
        connect(m, &model::PipelineModel::taskRemoved, this, &PropertiesPanel::scheduleRebuild);
        connect(m, &model::PipelineModel::parametersChanged, this, &PropertiesPanel::scheduleRebuild);
        connect(m, &model::PipelineModel::modelReset, this, [this] {
            m_task = NodeId{};
            scheduleRebuild();
        });
    }
    scheduleRebuild();
}

void PropertiesPanel::setTask(NodeId id)
{
    if (m_task == id)
        return;
    m_task = id;
    scheduleRebuild();
}

void PropertiesPanel::scheduleRebuild()
{
    // Queued: a request made from one of our own widgets must not delete it mid-signal.
    if (m_rebuildQueued)
        return;
    m_rebuildQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_rebuildQueued = false;
        rebuild();
    });
}

void PropertiesPanel::report(const Result<void> &r)
{
    if (!r) {
        emit errorOccurred(r.error().text());
        scheduleRebuild(); // show the model's value again
    }
}

void PropertiesPanel::rebuild()
{
    const QString focused = focusWidget() && isAncestorOf(focusWidget()) ? focusWidget()->objectName() : QString();
    if (m_content)
        m_content->deleteLater();
    m_content = new QWidget;
    auto *layout = new QVBoxLayout(m_content);
    const Task *t = m_doc ? m_doc->model().findTask(m_task) : nullptr;
    if (!t) {
        auto *hint = new QLabel(tr("Select a task on the canvas to edit its arguments and options."));
        hint->setObjectName(QStringLiteral("propertiesHint"));
        hint->setWordWrap(true);
        hint->setAlignment(Qt::AlignCenter);
        hint->setEnabled(false);
        layout->addWidget(hint);
        layout->addStretch();
    } else {
        buildHeader(layout, *t);
        buildInputs(layout, *t);
        buildOptions(layout, *t);
        layout->addStretch();
    }
    m_scroll->setWidget(m_content);
    if (!focused.isEmpty())
        if (QWidget *w = m_content->findChild<QWidget *>(focused))
            w->setFocus();
}

void PropertiesPanel::buildHeader(QVBoxLayout *layout, const Task &t)
{
    auto *box = new QGroupBox(tr("Task"));
    auto *form = new QFormLayout(box);
    auto *name = new QLineEdit(t.name);
    name->setObjectName(QStringLiteral("taskName"));
    name->setToolTip(tr("Unique name of the task in this pipeline (letters, digits, '-' and '_')."));
    const NodeId id = t.id;
    connect(name, &QLineEdit::editingFinished, this, [this, name, id] {
        const Task *cur = m_doc->model().findTask(id);
        if (cur && name->text() != cur->name)
            report(m_doc->requestRenameTask(id, name->text().trimmed()));
    });
    form->addRow(tr("Name:"), name);
    auto *component = new QLabel(t.spec ? t.spec->name : t.ref.name);
    component->setTextInteractionFlags(Qt::TextSelectableByMouse);
    component->setToolTip(t.ref.url.isEmpty() ? tr("Embedded in the pipeline file") : t.ref.url);
    form->addRow(tr("Component:"), component);
    if (t.spec && !t.spec->container.image.isEmpty()) {
        auto *image = new QLabel(t.spec->container.image);
        image->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(tr("Image:"), image);
    }
    if (t.isMissing()) {
        auto *missing = new QLabel(tr("Missing component: %1").arg(t.missingReason));
        missing->setObjectName(QStringLiteral("missingReason"));
        missing->setWordWrap(true);
        missing->setStyleSheet(QStringLiteral("color: #d93f3f;"));
        form->addRow(missing);
    }
    layout->addWidget(box);
}

void PropertiesPanel::buildInputs(QVBoxLayout *layout, const Task &t)
{
    auto *box = new QGroupBox(tr("Inputs"));
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // A narrow panel puts the editor under its label instead of scrolling sideways.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    QList<model::InputSpec> inputs;
    if (t.spec) {
        inputs = t.spec->inputs;
    } else {
        for (const auto &a : t.arguments)
            inputs.append(model::InputSpec{a.first, a.second.type, {}, {}, true, {}});
    }
    if (inputs.isEmpty())
        form->addRow(new QLabel(tr("This component has no inputs.")));
    for (const model::InputSpec &in : inputs) {
        QString label = in.name;
        if (!in.type.isUntyped())
            label += QStringLiteral(" · ") + in.type.name;
        if (!in.optional && !in.hasDefault())
            label += QStringLiteral(" *");
        auto *l = new QLabel(label);
        QString tip = in.description;
        if (in.hasDefault())
            tip += (tip.isEmpty() ? QString() : QStringLiteral("\n")) + tr("Default: %1").arg(in.defaultAsString());
        if (!in.optional && !in.hasDefault())
            tip += (tip.isEmpty() ? QString() : QStringLiteral("\n")) + tr("Required");
        l->setToolTip(tip);
        form->addRow(l, argumentEditor(t, in));
    }
    layout->addWidget(box);
}

QWidget *PropertiesPanel::argumentEditor(const Task &t, const model::InputSpec &in)
{
    auto *row = new QWidget;
    row->setObjectName(QStringLiteral("arg_") + in.name);
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    auto *kind = new QComboBox;
    kind->setObjectName(QStringLiteral("argKind_") + in.name);
    kind->addItem(in.hasDefault() ? tr("Default") : tr("Not set"));
    kind->addItem(tr("Value"));
    kind->addItem(tr("Parameter"));
    kind->addItem(tr("Upstream"));
    kind->addItem(tr("Dataset"));
    auto *stack = new QStackedWidget;
    const NodeId id = t.id;
    const QString input = in.name;
    const ArgumentValue *cur = t.argument(in.name);

    // Unset
    auto *unset = new QLabel(in.hasDefault() ? in.defaultAsString() : tr("(no value)"));
    unset->setEnabled(false);
    stack->addWidget(unset);
    // Constant
    auto *constant = new QLineEdit;
    constant->setObjectName(QStringLiteral("argValue_") + in.name);
    constant->setPlaceholderText(in.hasDefault() ? in.defaultAsString() : tr("value"));
    if (cur && cur->kind == ArgumentValue::Kind::Constant) {
        constant->setText(cur->constant.toString());
        markLiteral(constant, in.type, model::checkLiteral(in.type, cur->constant),
                    model::literalText(cur->constant));
    }
    // Live, while typing: the Problems panel follows once the value is committed.
    const model::TypeSpec inputType = in.type;
    connect(constant, &QLineEdit::textChanged, this, [constant, inputType](const QString &text) {
        markLiteral(constant, inputType, model::checkLiteral(inputType, text), text);
    });
    connect(constant, &QLineEdit::editingFinished, this, [this, constant, id, input] {
        const Task *task = m_doc->model().findTask(id);
        const ArgumentValue *a = task ? task->argument(input) : nullptr;
        if (a && a->kind == ArgumentValue::Kind::Constant && a->constant.toString() == constant->text())
            return;
        report(m_doc->requestSetArgument(id, input, ArgumentValue::fromConstant(constant->text())));
    });
    stack->addWidget(constant);
    // Parameter
    auto *params = new QComboBox;
    params->setObjectName(QStringLiteral("argParam_") + in.name);
    compact(params);
    for (const model::InputSpec &p : m_doc->model().parameters()) {
        params->addItem(p.type.isUntyped() ? p.name : QStringLiteral("%1 (%2)").arg(p.name, p.type.name), p.name);
        if (!model::typesCompatible(p.type, in.type))
            params->setItemData(params->count() - 1, tr("Type %1 does not match %2").arg(p.type.name, in.type.name),
                                Qt::ToolTipRole);
    }
    if (cur && cur->kind == ArgumentValue::Kind::Parameter)
        params->setCurrentIndex(params->findData(cur->parameter));
    connect(params, &QComboBox::activated, this, [this, params, id, input](int i) {
        report(m_doc->requestSetArgument(id, input, ArgumentValue::fromParameter(params->itemData(i).toString())));
    });
    stack->addWidget(params);
    // Upstream output
    auto *upstream = new QComboBox;
    upstream->setObjectName(QStringLiteral("argUpstream_") + in.name);
    compact(upstream);
    const model::PipelineModel &m = m_doc->model();
    for (NodeId other : m.taskIds()) {
        const Task &o = m.task(other);
        if (other == id || !o.spec)
            continue;
        for (const model::OutputSpec &out : o.spec->outputs) {
            const bool bound = cur && cur->kind == ArgumentValue::Kind::TaskOutput && cur->task == o.name
                               && cur->output == out.name;
            QString reason;
            // Bound inputs would be refused as "already bound": judge the type and cycle only.
            const bool ok = bound || model::typesCompatible(out.type, in.type);
            upstream->addItem(QStringLiteral("%1 › %2%3").arg(o.name, out.name,
                                  out.type.isUntyped() ? QString() : QStringLiteral(" (%1)").arg(out.type.name)),
                              QStringList{o.name, out.name});
            if (!ok) {
                upstream->setItemData(upstream->count() - 1,
                                      tr("Output type %1 does not match %2").arg(out.type.name, in.type.name),
                                      Qt::ToolTipRole);
                upstream->setItemData(upstream->count() - 1, QColor(Qt::gray), Qt::ForegroundRole);
            }
            if (bound)
                upstream->setCurrentIndex(upstream->count() - 1);
        }
    }
    if (!cur || cur->kind != ArgumentValue::Kind::TaskOutput)
        upstream->setCurrentIndex(-1);
    connect(upstream, &QComboBox::activated, this, [this, upstream, id, input](int i) {
        const QStringList ref = upstream->itemData(i).toStringList();
        report(m_doc->requestSetArgument(id, input, ArgumentValue::fromTaskOutput(ref.value(0), ref.value(1))));
    });
    stack->addWidget(upstream);
    // Dataset
    auto *dataset = new QLineEdit;
    dataset->setObjectName(QStringLiteral("argDataset_") + in.name);
    dataset->setPlaceholderText(tr("data/NAME.dataset.yaml"));
    if (cur && cur->kind == ArgumentValue::Kind::Dataset)
        dataset->setText(cur->manifest);
    connect(dataset, &QLineEdit::editingFinished, this, [this, dataset, id, input] {
        if (!dataset->text().isEmpty())
            report(m_doc->requestSetArgument(id, input, ArgumentValue::fromDataset(dataset->text())));
    });
    stack->addWidget(dataset);

    int k = KindUnset;
    if (cur) {
        switch (cur->kind) {
        case ArgumentValue::Kind::Constant: k = KindConstant; break;
        case ArgumentValue::Kind::Parameter: k = KindParameter; break;
        case ArgumentValue::Kind::TaskOutput: k = KindUpstream; break;
        case ArgumentValue::Kind::Dataset: k = KindDataset; break;
        }
    }
    kind->setCurrentIndex(k);
    stack->setCurrentIndex(k);
    connect(kind, &QComboBox::activated, this, [this, kind, stack, id, input, in](int i) {
        stack->setCurrentIndex(i);
        const Task *task = m_doc->model().findTask(id);
        if (!task)
            return;
        switch (i) {
        case KindUnset:
            if (task->argument(input))
                report(m_doc->requestClearArgument(id, input));
            break;
        case KindConstant:
            report(m_doc->requestSetArgument(id, input, ArgumentValue::fromConstant(
                                                            in.hasDefault() ? in.defaultAsString() : QString())));
            break;
        case KindParameter: {
            // The first parameter of a matching type, else the first one.
            QString pick;
            const QList<model::InputSpec> &ps = m_doc->model().parameters();
            for (const model::InputSpec &p : ps)
                if (model::typesCompatible(p.type, in.type)) {
                    pick = p.name;
                    break;
                }
            if (pick.isEmpty() && !ps.isEmpty())
                pick = ps.first().name;
            if (pick.isEmpty()) {
                emit errorOccurred(tr("The pipeline has no parameters yet; add one in the Parameters panel."));
                scheduleRebuild();
            } else {
                report(m_doc->requestSetArgument(id, input, ArgumentValue::fromParameter(pick)));
            }
            break;
        }
        case KindUpstream:
        case KindDataset:
            // Needs a choice first: the editor commits it.
            kind->setCurrentIndex(i);
            break;
        }
    });
    h->addWidget(kind);
    h->addWidget(stack, 1);
    return row;
}

void PropertiesPanel::buildOptions(QVBoxLayout *layout, const Task &t)
{
    auto *box = new QGroupBox(tr("Options"));
    auto *form = new QFormLayout(box);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    const NodeId id = t.id;
    auto apply = [this, id](const std::function<void(model::TaskOptions &)> &change) {
        const Task *task = m_doc->model().findTask(id);
        if (!task)
            return;
        model::TaskOptions o = task->options;
        change(o);
        if (!(o == task->options))
            report(m_doc->requestSetTaskOptions(id, o));
    };
    auto *cache = new QCheckBox(tr("Reuse cached results"));
    cache->setObjectName(QStringLiteral("optCache"));
    cache->setChecked(t.options.cache);
    connect(cache, &QCheckBox::toggled, this, [apply](bool on) { apply([on](auto &o) { o.cache = on; }); });
    form->addRow(tr("Cache:"), cache);

    auto spin = [&](const QString &name, int value, int max, const QString &suffix, const QString &special,
                    std::function<void(model::TaskOptions &, int)> set) {
        auto *s = new QSpinBox;
        s->setObjectName(name);
        s->setRange(0, max);
        s->setValue(value);
        s->setSuffix(suffix);
        if (!special.isEmpty())
            s->setSpecialValueText(special);
        connect(s, &QSpinBox::editingFinished, this, [apply, s, set] {
            apply([s, set](auto &o) { set(o, s->value()); });
        });
        return s;
    };
    form->addRow(tr("Retries:"), spin(QStringLiteral("optRetries"), t.options.retries, 100, QString(), QString(),
                                      [](auto &o, int v) { o.retries = v; }));
    form->addRow(tr("Timeout:"), spin(QStringLiteral("optTimeout"), t.options.timeoutSeconds, 7 * 86400,
                                      tr(" s"), tr("None"), [](auto &o, int v) { o.timeoutSeconds = v; }));
    auto text = [&](const QString &name, const QString &value, const QString &placeholder,
                    std::function<void(model::TaskOptions &, const QString &)> set) {
        auto *e = new QLineEdit(value);
        e->setObjectName(name);
        e->setPlaceholderText(placeholder);
        connect(e, &QLineEdit::editingFinished, this, [apply, e, set] {
            apply([e, set](auto &o) { set(o, e->text().trimmed()); });
        });
        return e;
    };
    form->addRow(tr("CPU:"), text(QStringLiteral("optCpu"), t.options.cpu, tr("e.g. 2 or 500m"),
                                  [](auto &o, const QString &v) { o.cpu = v; }));
    form->addRow(tr("Memory:"), text(QStringLiteral("optMemory"), t.options.memory, tr("e.g. 4Gi"),
                                     [](auto &o, const QString &v) { o.memory = v; }));
    form->addRow(tr("GPUs:"), spin(QStringLiteral("optGpu"), t.options.gpu, 16, QString(), tr("None"),
                                   [](auto &o, int v) { o.gpu = v; }));

    // Network: shows the effective choice; a click sets the task's own option, or clears it
    // when it would only repeat the component's default (the task follows the component then).
    const exec::NetworkChoice net = exec::effectiveNetwork(t.options, t.spec.get());
    const std::optional<bool> componentNet = t.spec ? exec::componentNetworkDefault(*t.spec) : std::nullopt;
    auto *network = new QCheckBox(tr("Network access"));
    network->setObjectName(QStringLiteral("optNetwork"));
    network->setChecked(net.on);
    const QString from = net.source == exec::NetworkChoice::Source::Task
        ? tr("Set on this task.")
        : net.source == exec::NetworkChoice::Source::Component
            ? (net.on ? tr("On because the component asks for it (mlwb.io/network).")
                      : tr("Off because the component says so (mlwb.io/network)."))
            : tr("Off by default.");
    network->setToolTip(tr("Let the step's container reach the network (the engine's default "
                           "network instead of --network none). Only for steps that must "
                           "download or upload something; the process runner cannot restrict "
                           "the network at all.") + QStringLiteral("\n") + from);
    connect(network, &QCheckBox::toggled, this, [apply, componentNet](bool on) {
        apply([on, componentNet](model::TaskOptions &o) {
            if (on == componentNet.value_or(false))
                o.network.reset();
            else
                o.network = on;
        });
    });
    form->addRow(tr("Network:"), network);

    // Run condition: upstream output, operator, value.
    auto *cond = new QWidget;
    auto *ch = new QHBoxLayout(cond);
    ch->setContentsMargins(0, 0, 0, 0);
    auto *source = new QComboBox;
    source->setObjectName(QStringLiteral("optConditionSource"));
    compact(source);
    source->addItem(tr("Always run"), QStringList());
    const model::PipelineModel &m = m_doc->model();
    for (NodeId other : m.taskIds()) {
        const Task &o = m.task(other);
        if (other == id || !o.spec)
            continue;
        for (const model::OutputSpec &out : o.spec->outputs)
            source->addItem(QStringLiteral("%1 › %2").arg(o.name, out.name), QStringList{o.name, out.name});
    }
    auto *op = new QComboBox;
    op->setObjectName(QStringLiteral("optConditionOp"));
    for (const char *s : {"==", "!=", "<", "<=", ">", ">="})
        op->addItem(QString::fromLatin1(s));
    auto *value = new QLineEdit;
    value->setObjectName(QStringLiteral("optConditionValue"));
    value->setPlaceholderText(tr("value"));
    if (t.options.condition) {
        source->setCurrentIndex(std::max(0, source->findData(QStringList{t.options.condition->task,
                                                                           t.options.condition->output})));
        op->setCurrentText(t.options.condition->op);
        value->setText(t.options.condition->value);
    }
    op->setEnabled(source->currentIndex() > 0);
    value->setEnabled(source->currentIndex() > 0);
    auto commit = [apply, source, op, value] {
        apply([&](model::TaskOptions &o) {
            const QStringList ref = source->currentData().toStringList();
            if (ref.size() != 2) {
                o.condition.reset();
                return;
            }
            o.condition = model::RunCondition{ref.at(0), ref.at(1), op->currentText(), value->text()};
        });
    };
    connect(source, &QComboBox::activated, this, commit);
    connect(op, &QComboBox::activated, this, commit);
    connect(value, &QLineEdit::editingFinished, this, commit);
    ch->addWidget(source, 2);
    ch->addWidget(op);
    ch->addWidget(value, 1);
    form->addRow(tr("Run only if:"), cond);
    layout->addWidget(box);
}

} // namespace wb::ui
