// SPDX-License-Identifier: GPL-3.0-or-later
// ui/vcs: diff view colours and counts, history panel listing/restoring commits of a temp
// repository, commit dialog asking once for an identity.
#include "core/manifest/pipelinefile.h"
#include "core/vcs/gitrepository.h"
#include "core/vcs/pipelinerevision.h"
#include "ui/vcs/commitdialog.h"
#include "ui/vcs/historypanel.h"
#include "ui/vcs/pipelinediffview.h"

#include <QFile>
#include <QGraphicsPathItem>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace wb;

namespace {

const QString kDiamond = QStringLiteral(MLWB_SOURCE_DIR "/tests/data/pipelines/diamond.pipeline.yaml");
const vcs::Signature kWho{QStringLiteral("Ui Tester"), QStringLiteral("ui@example.com")};

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

model::PipelineSnapshot diamond()
{
    QFile f(kDiamond);
    f.open(QIODevice::ReadOnly);
    auto loaded = manifest::readPipeline(f.readAll(), kDiamond, QFileInfo(kDiamond).absolutePath());
    return loaded.ok() ? loaded->snapshot : model::PipelineSnapshot{};
}

model::Task *task(model::PipelineSnapshot &s, const QString &name)
{
    for (model::Task &t : s.tasks)
        if (t.name == name)
            return &t;
    return nullptr;
}

} // namespace

class TestVcsUi : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;

private slots:
    void initTestCase()
    {
        qputenv("HOME", m_home.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", (m_home.path() + "/.config").toUtf8());
        qputenv("GIT_CONFIG_NOSYSTEM", "1");
    }

    void diffViewColoursAndCounts()
    {
        const model::PipelineSnapshot before = diamond();
        QCOMPARE(before.tasks.size(), 4);
        model::PipelineSnapshot after = before;
        model::Task extra = *task(after, "count-all");
        extra.name = "extra";
        extra.arguments.clear();
        extra.setArgument("lines", model::ArgumentValue::fromTaskOutput("compare", "verdict"));
        after.tasks.removeIf([](const model::Task &t) { return t.name == "count-unique"; });
        after.tasks.append(extra);
        task(after, "compare")->setArgument("b", model::ArgumentValue::fromTaskOutput("count-all", "n"));
        task(after, "compare")->options.retries = 3;

        ui::PipelineDiffView view;
        view.setPipelines(before, after, "v1", "v2");
        using M = ui::PipelineDiffView::TaskMark;
        QCOMPARE(view.markOf("extra"), M::Added);
        QCOMPARE(view.markOf("count-unique"), M::Removed);
        QCOMPARE(view.markOf("compare"), M::Changed);
        QCOMPARE(view.markOf("split"), M::Unchanged);
        QCOMPARE(view.colorOf("extra"), ui::PipelineDiffView::colorFor(M::Added));
        QCOMPARE(view.colorOf("count-unique"), ui::PipelineDiffView::colorFor(M::Removed));
        QCOMPARE(view.colorOf("compare"), ui::PipelineDiffView::colorFor(M::Changed));
        QVERIFY(view.colorOf("extra") != view.colorOf("split"));
        QVERIFY(view.colorOf("count-unique") != view.colorOf("compare"));

        // Boxes: the new version's 4 tasks + the removed one, each coloured by its mark.
        int boxes = 0;
        for (QGraphicsItem *item : view.scene()->items()) {
            auto *rect = qgraphicsitem_cast<QGraphicsRectItem *>(item);
            if (!rect)
                continue;
            ++boxes;
            QCOMPARE(rect->brush().color(), view.colorOf(rect->data(0).toString()));
        }
        QCOMPARE(boxes, 5);
        QCOMPARE(view.highlightedEdgeCount(), 2); // compare.verdict->extra.lines, count-all.n->compare.b
        QCOMPARE(view.removedEdgeCount(), 2);     // split->count-unique, count-unique->compare

        // Side list: every changed argument and option is listed.
        QStringList rows;
        QTreeWidget *list = view.changeList();
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            for (int j = 0; j < list->topLevelItem(i)->childCount(); ++j)
                rows << list->topLevelItem(i)->child(j)->text(0);
        QVERIFY2(rows.contains("arguments.b") && rows.contains("options.retries"), qPrintable(rows.join(',')));
    }

    void historyPanelListsAndRestores()
    {
        QTemporaryDir dir;
        auto repo = vcs::GitRepository::init(dir.path());
        QVERIFY(repo.ok());
        const QString file = dir.filePath("d.pipeline.yaml");
        QFile f(kDiamond);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray v1 = f.readAll();
        writeBytes(file, v1);
        const QString c1 = repo->commit({file}, "first", kWho).value();
        QByteArray v2 = v1;
        v2.replace("name: Compare", "name: Compare 2");
        writeBytes(file, v2);
        const QString c2 = repo->commit({file}, "second", kWho).value();
        writeBytes(dir.filePath("other.txt"), "x");
        QVERIFY(repo->commit({dir.filePath("other.txt")}, "unrelated", kWho).ok());

        ui::HistoryPanel panel;
        panel.setFile(file);
        QCOMPARE(panel.commitIds(), (QStringList{c2, c1})); // only commits that touched the file
        QVERIFY(panel.commitList()->item(0)->text().contains("second"));

        panel.commitList()->item(1)->setSelected(true);
        QSignalSpy opened(&panel, &ui::HistoryPanel::openVersionRequested);
        panel.openSelected();
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().at(2).toByteArray(), v1);

        // restore() commits with the configured identity: store one through the commit dialog.
        QSignalSpy restored(&panel, &ui::HistoryPanel::fileRestored);
        writeBytes(dir.filePath("x.pipeline.yaml"), "name: x\n"); // before: the dialog lists changes when it opens
        ui::CommitDialog identity(dir.path());
        identity.setIdentityPrompt([](QWidget *) { return std::optional<vcs::Signature>(kWho); });
        identity.setMessage("add x");
        const QStringList checked = identity.checkedFiles();
        QVERIFY2(checked.contains("x.pipeline.yaml"), qPrintable(checked.join(',')));
        QVERIFY(!identity.commitChecked().isEmpty()); // stores the identity in .git/config

        panel.commitList()->clearSelection();
        panel.commitList()->item(1)->setSelected(true);
        const QString newId = panel.restoreSelected();
        QVERIFY(!newId.isEmpty());
        QCOMPARE(restored.size(), 1);
        QFile back(file);
        QVERIFY(back.open(QIODevice::ReadOnly));
        QCOMPARE(back.readAll(), v1);
        QCOMPARE(panel.commitIds().size(), 3); // restoring added a commit
        QCOMPARE(panel.commitIds().first(), newId);

        QSignalSpy compared(&panel, &ui::HistoryPanel::compareRequested);
        panel.commitList()->clearSelection();
        panel.commitList()->item(1)->setSelected(true);
        panel.commitList()->item(2)->setSelected(true);
        panel.compareSelectedCommits();
        QCOMPARE(compared.size(), 1);
        QCOMPARE(compared.first().at(1).toString(), c1); // older first
        QCOMPARE(compared.first().at(2).toString(), c2);
        const auto dialogs = panel.findChildren<ui::PipelineDiffView *>();
        QCOMPARE(dialogs.size(), 1);
        QCOMPARE(dialogs.first()->markOf("compare"), ui::PipelineDiffView::TaskMark::Changed);

        // Unsaved edits in the editor: "compare with working copy" compares with them, not
        // with the saved file (which equals the commit and would say "no differences").
        auto saved = vcs::readPipelineAt(*repo, vcs::worktreeRevision(), file);
        QVERIFY(saved.ok());
        model::PipelineSnapshot edited = *saved;
        model::Task extra = edited.tasks.first();
        extra.name = QStringLiteral("added-in-editor");
        edited.tasks.append(extra);
        panel.setEditorSnapshot([edited] { return std::optional<model::PipelineSnapshot>(edited); });
        panel.commitList()->clearSelection();
        panel.commitList()->item(0)->setSelected(true);
        panel.compareSelectedWithWorkingCopy();
        const auto after = panel.findChildren<ui::PipelineDiffView *>();
        QCOMPARE(after.size(), 2);
        ui::PipelineDiffView *latest = after.first() == dialogs.first() ? after.last() : after.first();
        QCOMPARE(latest->markOf("added-in-editor"), ui::PipelineDiffView::TaskMark::Added);
    }

    void commitDialogAsksIdentityOnce()
    {
        QTemporaryDir dir;
        auto repo = vcs::GitRepository::init(dir.path());
        QVERIFY(repo.ok());
        QVERIFY(!repo->defaultSignature().ok());
        writeBytes(dir.filePath("a.pipeline.yaml"), "name: a\n");
        writeBytes(dir.filePath("notes.txt"), "not a manifest\n");
        int asked = 0;
        {
            ui::CommitDialog dialog(dir.path());
            dialog.setIdentityPrompt([&asked](QWidget *) {
                ++asked;
                return std::optional<vcs::Signature>(vcs::Signature{"Asked Once", "once@example.com"});
            });
            // Every changed or untracked file is offered, the versioned ones first and checked.
            QCOMPARE(dialog.listedFiles(), (QStringList{"a.pipeline.yaml", ".gitignore", "notes.txt"}));
            QCOMPARE(dialog.checkedFiles(), QStringList{"a.pipeline.yaml"});
            QVERIFY(!dialog.checkedFiles().contains("notes.txt"));
            QVERIFY(dialog.commitChecked().isEmpty()); // no message yet
            QVERIFY(dialog.errorText().contains("message"));
            dialog.setMessage("first");
            QVERIFY2(!dialog.commitChecked().isEmpty(), qPrintable(dialog.errorText()));
        }
        QCOMPARE(asked, 1);
        auto who = vcs::GitRepository::open(dir.path())->defaultSignature();
        QVERIFY(who.ok());
        QCOMPARE(who->name, QString("Asked Once"));
        writeBytes(dir.filePath("a.pipeline.yaml"), "name: a2\n");
        ui::CommitDialog again(dir.path());
        again.setIdentityPrompt([&asked](QWidget *) {
            ++asked;
            return std::optional<vcs::Signature>();
        });
        again.setMessage("second");
        QVERIFY(!again.commitChecked().isEmpty());
        QCOMPARE(asked, 1);
        QCOMPARE(vcs::GitRepository::open(dir.path())->history("a.pipeline.yaml")->first().author, QString("Asked Once"));
    }
};

QTEST_MAIN(TestVcsUi)
#include "tst_vcsui.moc"
