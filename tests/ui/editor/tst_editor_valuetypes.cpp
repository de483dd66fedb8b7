// SPDX-License-Identifier: GPL-3.0-or-later
// Values that do not fit their KFP type, in the editor and the Run dialog: the properties
// panel's argument field and the parameters panel's default cell are marked while typing, the
// Problems panel lists the committed value, and the Run dialog marks the field and keeps Run
// disabled with the reason shown. Driven through the widgets, on the churn example.
#include "editortestsupport.h"

#include "ui/panels/parameterspanel.h"
#include "ui/panels/problemspanel.h"
#include "ui/panels/propertiespanel.h"
#include "ui/run/runparametersdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>

using namespace wb;
using namespace wbtest;

namespace {

void settle()
{
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
}

template<typename T>
T *field(QWidget &parent, const QString &name)
{
    settle();
    T *w = parent.findChild<T *>(name);
    if (!w)
        qFatal("No widget %s", qPrintable(name));
    return w;
}

/// What the user does: select the field's text and type over it.
void typeOver(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

QString problem(QWidget *w)
{
    return w->property("literalProblem").toString();
}

/// The rows of the Problems panel's list with this code: "task|message".
QStringList listed(ui::ProblemsPanel &panel, const QString &code)
{
    QStringList out;
    QTreeWidget *tree = panel.tree();
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = tree->topLevelItem(i);
        if (item->text(2) == code)
            out.append(item->text(1) + QLatin1Char('|') + item->text(0));
    }
    return out;
}

} // namespace

class TestEditorValueTypes : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void argumentFieldIsMarkedWhileTypingAndListed();
    void jsonArgumentFieldSaysWhy();
    void parameterDefaultIsMarkedAndListed();
    void runDialogRefusesValuesThatDoNotFit();

private:
    const model::ArgumentValue *arg(const QString &task, const QString &input) const
    {
        return m_doc->model().task(m_doc->model().taskByName(task)).argument(input);
    }

    std::unique_ptr<model::PipelineDocument> m_doc;
    std::unique_ptr<ui::ProblemsPanel> m_problems;
};

void TestEditorValueTypes::init()
{
    m_doc = std::make_unique<model::PipelineDocument>();
    m_problems = std::make_unique<ui::ProblemsPanel>();
    m_problems->setDocument(m_doc.get());
    QVERIFY(ui::openPipelineForEditing(*m_doc, examplesDir() + QStringLiteral("/churn.pipeline.yaml")).ok());
    m_problems->revalidate();
    QVERIFY(listed(*m_problems, QStringLiteral("invalid-value")).isEmpty());
}

void TestEditorValueTypes::cleanup()
{
    m_problems.reset();
    m_doc.reset();
}

void TestEditorValueTypes::argumentFieldIsMarkedWhileTypingAndListed()
{
    ui::PropertiesPanel panel;
    panel.resize(420, 900);
    panel.show();
    panel.setDocument(m_doc.get());
    panel.setTask(m_doc->model().taskByName(QStringLiteral("split")));

    // seed (Integer) gets a value: the default, which fits.
    auto *kind = field<QComboBox>(panel, QStringLiteral("argKind_seed"));
    kind->setCurrentIndex(1);
    emit kind->activated(1);
    QLineEdit *value = field<QLineEdit>(panel, QStringLiteral("argValue_seed"));
    QCOMPARE(value->text(), QStringLiteral("42"));
    QVERIFY(problem(value).isEmpty());
    QVERIFY(value->styleSheet().isEmpty());

    // Typing 'abc' marks the field at once, before anything is committed.
    typeOver(value, QStringLiteral("abc"));
    QCOMPARE(value->text(), QStringLiteral("abc"));
    QCOMPARE(problem(value), QStringLiteral("\"abc\" does not fit Integer: not an integer."));
    QCOMPARE(value->toolTip(), problem(value));
    QVERIFY(value->styleSheet().contains(QStringLiteral("#d93f3f")));
    QCOMPARE(arg(QStringLiteral("split"), QStringLiteral("seed"))->constant.toString(), QStringLiteral("42"));

    // Enter commits it; the Problems panel lists it (through its own debounce), naming task,
    // input, type and value.
    QTest::keyClick(value, Qt::Key_Return);
    QCOMPARE(arg(QStringLiteral("split"), QStringLiteral("seed"))->constant.toString(), QStringLiteral("abc"));
    const QString expected = QStringLiteral(
        "split|Task \"split\": input \"seed\" (Integer) cannot take \"abc\": not an integer.");
    QTRY_COMPARE(listed(*m_problems, QStringLiteral("invalid-value")), QStringList{expected});
    bool error = false;
    for (const Diagnostic &d : m_problems->diagnostics())
        error |= d.code == QLatin1String("invalid-value") && d.severity == Diagnostic::Severity::Error;
    QVERIFY(error);
    // The rebuilt form still marks the committed value.
    value = field<QLineEdit>(panel, QStringLiteral("argValue_seed"));
    QCOMPARE(value->text(), QStringLiteral("abc"));
    QVERIFY(!problem(value).isEmpty());

    // A value that fits clears the mark and, once committed, the problem.
    typeOver(value, QStringLiteral("-7"));
    QVERIFY(problem(value).isEmpty());
    QVERIFY(value->styleSheet().isEmpty());
    QTest::keyClick(value, Qt::Key_Return);
    QTRY_VERIFY(listed(*m_problems, QStringLiteral("invalid-value")).isEmpty());

    // Undo brings the bad value back: the form and the list follow.
    m_doc->undoStack()->undo();
    QTRY_COMPARE(listed(*m_problems, QStringLiteral("invalid-value")), QStringList{expected});
    QVERIFY(!problem(field<QLineEdit>(panel, QStringLiteral("argValue_seed"))).isEmpty());
}

void TestEditorValueTypes::jsonArgumentFieldSaysWhy()
{
    ui::PropertiesPanel panel;
    panel.resize(420, 900);
    panel.show();
    panel.setDocument(m_doc.get());
    panel.setTask(m_doc->model().taskByName(QStringLiteral("check-schema")));
    QLineEdit *schema = field<QLineEdit>(panel, QStringLiteral("argValue_schema")); // JsonObject
    QVERIFY(problem(schema).isEmpty()); // the example's schema is a JSON object
    typeOver(schema, QStringLiteral("[1]"));
    QCOMPARE(problem(schema), QStringLiteral("\"[1]\" does not fit JsonObject: not a JSON object."));
    typeOver(schema, QStringLiteral("{\"a\": 1,}"));
    QVERIFY2(problem(schema).contains(QStringLiteral("not valid JSON")), qPrintable(problem(schema)));
    typeOver(schema, QStringLiteral("{\"a\": 1}"));
    QVERIFY(problem(schema).isEmpty());
}

void TestEditorValueTypes::parameterDefaultIsMarkedAndListed()
{
    ui::ParametersPanel panel;
    panel.resize(600, 400);
    panel.show();
    panel.setDocument(m_doc.get());
    QTableWidget *table = panel.table();
    int row = -1;
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0)->text() == QLatin1String("seed"))
            row = r;
    QVERIFY(row >= 0);
    QCOMPARE(table->item(row, 1)->text(), QStringLiteral("Integer"));
    QVERIFY(table->item(row, 2)->toolTip().isEmpty());

    // The cell's editor marks the value while typing.
    table->setCurrentCell(row, 2);
    table->editItem(table->item(row, 2));
    auto *editor = table->findChild<QLineEdit *>(QStringLiteral("parameterDefaultEditor"));
    QVERIFY(editor);
    QVERIFY(problem(editor).isEmpty());
    typeOver(editor, QStringLiteral("forty-two"));
    QCOMPARE(problem(editor), QStringLiteral("\"forty-two\" does not fit Integer: not an integer."));
    QVERIFY(editor->styleSheet().contains(QStringLiteral("#d93f3f")));

    // Committed: the cell keeps the reason, the Problems panel lists it.
    QTest::keyClick(editor, Qt::Key_Return); // the view commits it from a queued call
    QTRY_COMPARE(m_doc->model().parameter(QStringLiteral("seed"))->defaultAsString(), QStringLiteral("forty-two"));
    QTRY_COMPARE(table->item(row, 2)->toolTip(), QStringLiteral("\"forty-two\" does not fit Integer: not an integer."));
    QTRY_COMPARE(listed(*m_problems, QStringLiteral("invalid-value")),
                 QStringList{QStringLiteral("|Pipeline parameter \"seed\" (Integer) has the default \"forty-two\", "
                                            "which does not fit: not an integer.")});
    // Making the parameter a String makes any default fit.
    table->item(row, 1)->setText(QStringLiteral("String"));
    QCOMPARE(m_doc->model().parameter(QStringLiteral("seed"))->type.name, QStringLiteral("String"));
    QTRY_VERIFY(listed(*m_problems, QStringLiteral("invalid-value")).isEmpty());
    QTRY_VERIFY(table->item(row, 2)->toolTip().isEmpty());
}

void TestEditorValueTypes::runDialogRefusesValuesThatDoNotFit()
{
    ui::RunParametersDialog dialog(m_doc->model().info());
    dialog.show();
    QPushButton *run = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    auto *why = field<QLabel>(dialog, QStringLiteral("parameterProblems"));
    QLineEdit *seed = field<QLineEdit>(dialog, QStringLiteral("param_seed"));
    QLineEdit *testSize = field<QLineEdit>(dialog, QStringLiteral("param_test_size"));
    QVERIFY(run->isEnabled());
    QVERIFY(why->isHidden());

    typeOver(seed, QStringLiteral("abc"));
    QVERIFY(!run->isEnabled());
    QCOMPARE(problem(seed), QStringLiteral("\"abc\" does not fit Integer: not an integer."));
    QVERIFY(seed->toolTip().startsWith(problem(seed)));
    QVERIFY(seed->styleSheet().contains(QStringLiteral("#d93f3f")));
    QVERIFY(!why->isHidden());
    QCOMPARE(why->text(), QStringLiteral("Pipeline parameter \"seed\" (Integer) cannot take \"abc\": not an integer."));
    QCOMPARE(run->toolTip(), why->text());

    // Two at once: both are named.
    typeOver(testSize, QStringLiteral("a quarter"));
    QCOMPARE(why->text().count(QLatin1Char('\n')), 1);
    QVERIFY(why->text().contains(QStringLiteral("\"test_size\" (Float) cannot take \"a quarter\": not a number.")));

    // Fixed: Run is enabled again, the reason goes away, the values are what the run gets.
    typeOver(seed, QStringLiteral("7"));
    typeOver(testSize, QStringLiteral("1e-1"));
    QVERIFY(run->isEnabled());
    QVERIFY(why->isHidden());
    QVERIFY(problem(seed).isEmpty());
    QVERIFY(seed->styleSheet().isEmpty());
    QCOMPARE(dialog.parameters().value(QStringLiteral("seed")), QStringLiteral("7"));
    QCOMPARE(dialog.parameters().value(QStringLiteral("test_size")), QStringLiteral("1e-1"));
}

QTEST_MAIN(TestEditorValueTypes)
#include "tst_editor_valuetypes.moc"
