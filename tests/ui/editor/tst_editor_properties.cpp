// SPDX-License-Identifier: GPL-3.0-or-later
// The properties panel: each argument source (default / value / pipeline parameter / upstream
// output / dataset) and each task option (cache, retries, timeout, resources, run condition),
// driven through the panel's own widgets. Every choice must issue the right document request
// (one undo step), show type hints, refuse what the document refuses, and undo must give back
// the manifest byte for byte, with the form showing the restored value.
#include "editortestsupport.h"

#include "ui/panels/propertiespanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>

using namespace wb;
using namespace wbtest;

namespace {

/// Lets the panel's queued rebuild run and the replaced widgets go away.
void settle()
{
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
}

template<typename T>
T *field(ui::PropertiesPanel &panel, const QString &name)
{
    settle();
    T *w = panel.findChild<T *>(name);
    if (!w)
        qFatal("The properties panel has no widget %s", qPrintable(name));
    return w;
}

/// What a user's pick in the popup does: the index changes, then activated() fires.
void choose(QComboBox *combo, int index)
{
    QVERIFY(combo);
    QVERIFY2(index >= 0 && index < combo->count(), qPrintable(QString::number(index)));
    combo->setCurrentIndex(index);
    emit combo->activated(index);
}

int indexOfData(QComboBox *combo, const QVariant &data)
{
    for (int i = 0; i < combo->count(); ++i)
        if (combo->itemData(i) == data)
            return i;
    return -1;
}

void edit(QLineEdit *line, const QString &text)
{
    QVERIFY(line);
    line->setText(text);
    emit line->editingFinished();
}

void spin(QSpinBox *box, int value)
{
    QVERIFY(box);
    box->setValue(value);
    emit box->editingFinished();
}

enum Kind { Unset, Value, Parameter, Upstream, Dataset };

} // namespace

class TestEditorProperties : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void argumentSources();
    void upstreamChooserHintsAndRefusals();
    void taskOptions();

private:
    const model::Task &task(const QString &name) const
    {
        return m_doc->model().task(m_doc->model().taskByName(name));
    }
    const model::ArgumentValue *arg(const QString &taskName, const QString &input) const
    {
        return task(taskName).argument(input);
    }
    /// Records the state after a change: exactly one new undo step and new bytes.
    void step(const char *what);
    /// Undoes everything, checking each intermediate manifest and that the form follows.
    void undoAll();

    std::unique_ptr<model::PipelineDocument> m_doc;
    std::unique_ptr<ui::PropertiesPanel> m_panel;
    QList<QByteArray> m_states;
};

void TestEditorProperties::init()
{
    m_doc = std::make_unique<model::PipelineDocument>();
    m_panel = std::make_unique<ui::PropertiesPanel>();
    m_panel->resize(420, 900);
    m_panel->show();
    m_panel->setDocument(m_doc.get());
    QVERIFY(ui::openPipelineForEditing(*m_doc, examplesDir() + QStringLiteral("/churn.pipeline.yaml")).ok());
    m_states = {bytesOf(*m_doc)};
}

void TestEditorProperties::cleanup()
{
    m_panel.reset();
    m_doc.reset();
}

void TestEditorProperties::step(const char *what)
{
    QVERIFY2(bytesOf(*m_doc) != m_states.last(), what);
    m_states.append(bytesOf(*m_doc));
    QCOMPARE(m_doc->undoStack()->index(), int(m_states.size()) - 1);
}

void TestEditorProperties::undoAll()
{
    for (int i = int(m_states.size()) - 2; i >= 0; --i) {
        m_doc->undoStack()->undo();
        QCOMPARE(bytesOf(*m_doc), m_states.at(i));
    }
    QVERIFY(!m_doc->isDirty());
}

void TestEditorProperties::argumentSources()
{
    m_panel->setTask(m_doc->model().taskByName(QStringLiteral("split")));
    ui::PropertiesPanel &p = *m_panel;

    // The form shows what the file says: test_size is bound to the parameter of that name.
    QComboBox *kind = field<QComboBox>(p, QStringLiteral("argKind_test_size"));
    QVERIFY(kind);
    QCOMPARE(kind->currentIndex(), int(Parameter));
    QCOMPARE(kind->itemText(Unset), QStringLiteral("Default")); // the input has a default
    QComboBox *params = field<QComboBox>(p, QStringLiteral("argParam_test_size"));
    QCOMPARE(params->currentData().toString(), QStringLiteral("test_size"));
    // Type hints: the label names the input's type; parameters of another type say why not.
    bool labelled = false;
    for (QLabel *l : p.findChildren<QLabel *>())
        labelled |= l->text() == QStringLiteral("test_size · Float");
    QVERIFY(labelled);
    QCOMPARE(params->itemText(indexOfData(params, QStringLiteral("test_size"))), QStringLiteral("test_size (Float)"));
    QVERIFY(params->itemData(indexOfData(params, QStringLiteral("test_size")), Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(params->itemData(indexOfData(params, QStringLiteral("seed")), Qt::ToolTipRole).toString().contains(QStringLiteral("Integer")));

    // Value: a constant, pre-filled with the input's default.
    choose(field<QComboBox>(p, QStringLiteral("argKind_test_size")), Value);
    QCOMPARE(arg(QStringLiteral("split"), QStringLiteral("test_size"))->kind, model::ArgumentValue::Kind::Constant);
    QCOMPARE(arg(QStringLiteral("split"), QStringLiteral("test_size"))->constant.toString(), QStringLiteral("0.25"));
    step("value");
    QCOMPARE(field<QLineEdit>(p, QStringLiteral("argValue_test_size"))->text(), QStringLiteral("0.25"));
    edit(field<QLineEdit>(p, QStringLiteral("argValue_test_size")), QStringLiteral("0.4"));
    QCOMPARE(arg(QStringLiteral("split"), QStringLiteral("test_size"))->constant.toString(), QStringLiteral("0.4"));
    step("typed value");
    // Finishing the edit again without a change issues nothing.
    edit(field<QLineEdit>(p, QStringLiteral("argValue_test_size")), QStringLiteral("0.4"));
    QCOMPARE(m_doc->undoStack()->index(), int(m_states.size()) - 1);

    // Parameter: the first one of a matching type is bound, another can be picked.
    choose(field<QComboBox>(p, QStringLiteral("argKind_test_size")), Parameter);
    QCOMPARE(*arg(QStringLiteral("split"), QStringLiteral("test_size")), model::ArgumentValue::fromParameter(QStringLiteral("test_size")));
    step("parameter");
    params = field<QComboBox>(p, QStringLiteral("argParam_test_size"));
    choose(params, indexOfData(params, QStringLiteral("seed")));
    QCOMPARE(arg(QStringLiteral("split"), QStringLiteral("test_size"))->parameter, QStringLiteral("seed"));
    step("other parameter");

    // Upstream output: choosing the kind alone commits nothing; picking an output does.
    choose(field<QComboBox>(p, QStringLiteral("argKind_seed")), Upstream);
    QCOMPARE(m_doc->undoStack()->index(), int(m_states.size()) - 1);
    QComboBox *up = field<QComboBox>(p, QStringLiteral("argUpstream_table"));
    QCOMPARE(up->currentData().toStringList(), (QStringList{QStringLiteral("check-schema"), QStringLiteral("validated")}));
    choose(up, indexOfData(up, QStringList{QStringLiteral("load-data"), QStringLiteral("table")}));
    QCOMPARE(*arg(QStringLiteral("split"), QStringLiteral("table")),
             model::ArgumentValue::fromTaskOutput(QStringLiteral("load-data"), QStringLiteral("table")));
    bool edge = false;
    for (const model::Edge &e : m_doc->model().inEdges(m_doc->model().taskByName(QStringLiteral("split"))))
        edge |= e.input == QStringLiteral("table") && e.from == m_doc->model().taskByName(QStringLiteral("load-data"));
    QVERIFY(edge);
    step("upstream");

    // Default / not set: the argument goes away.
    choose(field<QComboBox>(p, QStringLiteral("argKind_seed")), Unset);
    QVERIFY(!arg(QStringLiteral("split"), QStringLiteral("seed")));
    step("unset");

    // Dataset: chosen, then a manifest path typed.
    choose(field<QComboBox>(p, QStringLiteral("argKind_table")), Dataset);
    QCOMPARE(m_doc->undoStack()->index(), int(m_states.size()) - 1);
    edit(field<QLineEdit>(p, QStringLiteral("argDataset_table")), QStringLiteral("data/churn.dataset.yaml"));
    QCOMPARE(*arg(QStringLiteral("split"), QStringLiteral("table")),
             model::ArgumentValue::fromDataset(QStringLiteral("data/churn.dataset.yaml")));
    QVERIFY(bytesOf(*m_doc).contains("table: {dataset: {manifest: data/churn.dataset.yaml}}"));
    step("dataset");

    // Undo shows up in the form too.
    m_doc->undoStack()->undo();
    QCOMPARE(field<QComboBox>(p, QStringLiteral("argKind_table"))->currentIndex(), int(Upstream));
    m_doc->undoStack()->redo();
    QCOMPARE(field<QComboBox>(p, QStringLiteral("argKind_table"))->currentIndex(), int(Dataset));
    QCOMPARE(field<QLineEdit>(p, QStringLiteral("argDataset_table"))->text(), QStringLiteral("data/churn.dataset.yaml"));
    undoAll();
    QCOMPARE(field<QComboBox>(p, QStringLiteral("argKind_test_size"))->currentIndex(), int(Parameter));
    QCOMPARE(field<QComboBox>(p, QStringLiteral("argParam_test_size"))->currentData().toString(), QStringLiteral("test_size"));
}

void TestEditorProperties::upstreamChooserHintsAndRefusals()
{
    ui::PropertiesPanel &p = *m_panel;
    QSignalSpy errors(&p, &ui::PropertiesPanel::errorOccurred);
    m_panel->setTask(m_doc->model().taskByName(QStringLiteral("evaluate-forest")));
    QComboBox *up = field<QComboBox>(p, QStringLiteral("argUpstream_test"));
    QVERIFY(up);
    // Every other task's outputs, with their types; the task's own outputs are not offered.
    const int rows = indexOfData(up, QStringList{QStringLiteral("load-data"), QStringLiteral("rows")});
    const int table = indexOfData(up, QStringList{QStringLiteral("load-data"), QStringLiteral("table")});
    QVERIFY(rows >= 0 && table >= 0);
    QCOMPARE(indexOfData(up, QStringList{QStringLiteral("evaluate-forest"), QStringLiteral("metrics")}), -1);
    QCOMPARE(up->itemText(table), QStringLiteral("load-data › table (CSV)"));
    QVERIFY(up->itemData(table, Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(up->itemData(rows, Qt::ToolTipRole).toString().contains(QStringLiteral("Integer")));
    QVERIFY(up->itemData(rows, Qt::ForegroundRole).isValid()); // greyed out

    // A type mismatch is refused by the document: nothing changes, the user is told why.
    choose(up, rows);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().first().toString().contains(QStringLiteral("Integer")), qPrintable(errors.first().first().toString()));
    QCOMPARE(bytesOf(*m_doc), m_states.first());
    QCOMPARE(m_doc->undoStack()->count(), 0);
    // The form goes back to the model's value.
    QCOMPARE(field<QComboBox>(p, QStringLiteral("argUpstream_test"))->currentData().toStringList(),
             (QStringList{QStringLiteral("split"), QStringLiteral("test")}));

    // Rebinding to another upstream output of the right type works.
    m_panel->setTask(m_doc->model().taskByName(QStringLiteral("train-forest")));
    up = field<QComboBox>(p, QStringLiteral("argUpstream_train"));
    choose(up, indexOfData(up, QStringList{QStringLiteral("check-schema"), QStringLiteral("validated")}));
    QCOMPARE(arg(QStringLiteral("train-forest"), QStringLiteral("train"))->task, QStringLiteral("check-schema"));
    step("rebind");
    // An output of a downstream task would make a cycle: refused as well.
    m_panel->setTask(m_doc->model().taskByName(QStringLiteral("check-schema")));
    up = field<QComboBox>(p, QStringLiteral("argUpstream_table"));
    choose(up, indexOfData(up, QStringList{QStringLiteral("split"), QStringLiteral("train")}));
    QCOMPARE(errors.size(), 2);
    QVERIFY2(errors.last().first().toString().contains(QStringLiteral("cycle")), qPrintable(errors.last().first().toString()));
    QCOMPARE(bytesOf(*m_doc), m_states.last());
    undoAll();
}

void TestEditorProperties::taskOptions()
{
    ui::PropertiesPanel &p = *m_panel;
    QSignalSpy errors(&p, &ui::PropertiesPanel::errorOccurred);
    const QString name = QStringLiteral("train-forest");
    m_panel->setTask(m_doc->model().taskByName(name));

    QCheckBox *cache = field<QCheckBox>(p, QStringLiteral("optCache"));
    QVERIFY(cache && cache->isChecked());
    cache->click();
    QVERIFY(!task(name).options.cache);
    step("cache");
    QVERIFY(!field<QCheckBox>(p, QStringLiteral("optCache"))->isChecked());

    spin(field<QSpinBox>(p, QStringLiteral("optRetries")), 3);
    QCOMPARE(task(name).options.retries, 3);
    step("retries");
    QSpinBox *timeout = field<QSpinBox>(p, QStringLiteral("optTimeout"));
    QCOMPARE(timeout->specialValueText(), QStringLiteral("None"));
    QVERIFY(timeout->minimum() == 0); // negative values cannot be entered
    spin(timeout, 600);
    QCOMPARE(task(name).options.timeoutSeconds, 600);
    step("timeout");
    edit(field<QLineEdit>(p, QStringLiteral("optCpu")), QStringLiteral("2"));
    QCOMPARE(task(name).options.cpu, QStringLiteral("2"));
    step("cpu");
    edit(field<QLineEdit>(p, QStringLiteral("optMemory")), QStringLiteral(" 4Gi "));
    QCOMPARE(task(name).options.memory, QStringLiteral("4Gi")); // trimmed
    step("memory");
    spin(field<QSpinBox>(p, QStringLiteral("optGpu")), 1);
    QCOMPARE(task(name).options.gpu, 1);
    step("gpu");
    // All of it is in the file.
    const QByteArray yaml = bytesOf(*m_doc);
    for (const char *key : {"mlwb.io/timeout-seconds: '600'", "mlwb.io/cpu: '2'", "mlwb.io/memory: '4Gi'",
                            "mlwb.io/gpu: '1'", "maxRetries: 3", "maxCacheStaleness: P0D"})
        QVERIFY2(yaml.contains(key), key);
    // The form shows the model's values after a rebuild.
    QCOMPARE(field<QSpinBox>(p, QStringLiteral("optRetries"))->value(), 3);
    QCOMPARE(field<QLineEdit>(p, QStringLiteral("optMemory"))->text(), QStringLiteral("4Gi"));

    // Run condition: source, operator, value; each part is a request.
    QComboBox *source = field<QComboBox>(p, QStringLiteral("optConditionSource"));
    QVERIFY(!field<QComboBox>(p, QStringLiteral("optConditionOp"))->isEnabled());
    choose(source, indexOfData(source, QStringList{QStringLiteral("evaluate-logreg"), QStringLiteral("roc_auc")}));
    QVERIFY(task(name).options.condition.has_value());
    QCOMPARE(task(name).options.condition->task, QStringLiteral("evaluate-logreg"));
    QCOMPARE(task(name).options.condition->op, QStringLiteral("=="));
    step("condition source");
    QComboBox *op = field<QComboBox>(p, QStringLiteral("optConditionOp"));
    QVERIFY(op->isEnabled());
    choose(op, op->findText(QStringLiteral(">=")));
    QCOMPARE(task(name).options.condition->op, QStringLiteral(">="));
    step("condition operator");
    edit(field<QLineEdit>(p, QStringLiteral("optConditionValue")), QStringLiteral("0.8"));
    QCOMPARE(task(name).options.condition->value, QStringLiteral("0.8"));
    step("condition value");
    bool conditionEdge = false;
    for (const model::Edge &e : m_doc->model().inEdges(m_doc->model().taskByName(name)))
        conditionEdge |= e.kind == model::Edge::Kind::Condition;
    QVERIFY(conditionEdge);
    QVERIFY(bytesOf(*m_doc).contains("isEnabled"));
    // A condition on a downstream task would be a cycle: refused, nothing changes.
    source = field<QComboBox>(p, QStringLiteral("optConditionSource"));
    choose(source, indexOfData(source, QStringList{QStringLiteral("evaluate-forest"), QStringLiteral("roc_auc")}));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(bytesOf(*m_doc), m_states.last());
    QCOMPARE(field<QComboBox>(p, QStringLiteral("optConditionSource"))->currentData().toStringList(),
             (QStringList{QStringLiteral("evaluate-logreg"), QStringLiteral("roc_auc")}));
    // "Always run" drops it.
    choose(field<QComboBox>(p, QStringLiteral("optConditionSource")), 0);
    QVERIFY(!task(name).options.condition.has_value());
    step("always run");

    undoAll();
    QVERIFY(field<QCheckBox>(p, QStringLiteral("optCache"))->isChecked());
    QCOMPARE(field<QSpinBox>(p, QStringLiteral("optRetries"))->value(), 0);
    QCOMPARE(field<QComboBox>(p, QStringLiteral("optConditionSource"))->currentIndex(), 0);
}

QTEST_MAIN(TestEditorProperties)
#include "tst_editor_properties.moc"
