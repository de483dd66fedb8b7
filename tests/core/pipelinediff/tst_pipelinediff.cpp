// SPDX-License-Identifier: GPL-3.0-or-later
// Pipeline diff: every category on two commits of the diamond pipeline, WORKTREE, a missing
// revision, conflict markers, and the `mlwb-cli diff` JSON/text forms.
#include "core/manifest/pipelinefile.h"
#include "core/model/pipelinediff.h"
#include "core/vcs/gitrepository.h"
#include "core/vcs/pipelinerevision.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace wb;

namespace {

const QString kDiamond = QStringLiteral(MLWB_SOURCE_DIR "/tests/data/pipelines/diamond.pipeline.yaml");
const vcs::Signature kWho{QStringLiteral("Diff Tester"), QStringLiteral("diff@example.com")};

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

model::Task *task(model::PipelineSnapshot &s, const QString &name)
{
    for (model::Task &t : s.tasks)
        if (t.name == name)
            return &t;
    return nullptr;
}

/// The second version: every kind of change at once.
model::PipelineSnapshot editedDiamond(const model::PipelineSnapshot &v1)
{
    model::PipelineSnapshot s = v1;
    model::Task summary = *task(s, "count-all");
    summary.name = "summary";
    summary.arguments.clear();
    summary.setArgument("lines", model::ArgumentValue::fromTaskOutput("compare", "verdict"));
    s.tasks.removeIf([](const model::Task &t) { return t.name == "count-unique"; });
    s.tasks.append(summary);
    model::Task *cmp = task(s, "compare");
    cmp->setArgument("b", model::ArgumentValue::fromTaskOutput("count-all", "n"));
    cmp->setArgument("label", model::ArgumentValue::fromConstant(QStringLiteral("v2")));
    cmp->options.retries = 2;
    cmp->options.cache = false;
    cmp->after = QStringList{"split"};
    cmp->options.condition = model::RunCondition{"split", "words", "!=", ""};
    model::Task *all = task(s, "count-all");
    all->hasPosition = true;
    all->position = QPointF(120, 40);
    s.info.parameters[0].defaultValue = QStringLiteral("to be or not to be");
    model::InputSpec lang;
    lang.name = "lang";
    lang.type = model::TypeSpec::fromName("String");
    s.info.parameters.append(lang);
    return s;
}

} // namespace

class TestPipelineDiff : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    QString m_file;
    QString m_c1, m_c2;
    QByteArray m_v1, m_v2;

    struct Cli
    {
        int exitCode = -1;
        QByteArray out, err;
    };
    Cli cli(const QStringList &args)
    {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.start(qEnvironmentVariable("MLWB_CLI"), args);
        p.waitForFinished(60000);
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

private slots:
    void initTestCase()
    {
        qputenv("HOME", m_home.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", (m_home.path() + "/.config").toUtf8());
        qputenv("GIT_CONFIG_NOSYSTEM", "1");
        QFile f(kDiamond);
        QVERIFY(f.open(QIODevice::ReadOnly));
        m_v1 = f.readAll();
        auto v1 = manifest::readPipeline(m_v1, kDiamond, QFileInfo(kDiamond).absolutePath());
        QVERIFY2(v1.ok(), v1.ok() ? "" : qPrintable(v1.error().text()));
        m_v2 = manifest::writePipeline(editedDiamond(v1->snapshot));

        auto repo = vcs::GitRepository::init(m_dir.path());
        QVERIFY(repo.ok());
        m_file = m_dir.filePath("diamond.pipeline.yaml");
        writeBytes(m_file, m_v1);
        auto c1 = repo->commit({m_file}, "v1", kWho);
        QVERIFY(c1.ok());
        m_c1 = *c1;
        writeBytes(m_file, m_v2);
        auto c2 = repo->commit({m_file}, "v2", kWho);
        QVERIFY(c2.ok());
        m_c2 = *c2;
    }

    void sameVersionIsEmpty()
    {
        auto repo = vcs::GitRepository::open(m_dir.path());
        auto d = vcs::diffPipelineRevisions(*repo, "HEAD", "HEAD", m_file);
        QVERIFY(d.ok());
        QVERIFY(d->isEmpty());
        // A pipeline rewritten by the writer without changes diffs empty too.
        auto a = manifest::readPipeline(m_v1, "a", m_dir.path());
        auto b = manifest::readPipeline(manifest::writePipeline(a->snapshot), "b", m_dir.path());
        QVERIFY(model::diffPipelines(a->snapshot, b->snapshot).isEmpty());
    }

    void everyCategory()
    {
        auto repo = vcs::GitRepository::open(m_dir.path());
        auto d = vcs::diffPipelineRevisions(*repo, m_c1, m_c2, "diamond.pipeline.yaml");
        QVERIFY2(d.ok(), d.ok() ? "" : qPrintable(d.error().text()));
        QCOMPARE(d->added, QStringList{"summary"});
        QCOMPARE(d->removed, QStringList{"count-unique"});
        QCOMPARE(d->changed.size(), 2);
        const model::TaskChange *cmp = d->change("compare");
        QVERIFY(cmp);
        const QStringList fields = cmp->fieldNames();
        for (const char *f : {"arguments.b", "arguments.label", "options.retries", "options.cache", "condition", "after"})
            QVERIFY2(fields.contains(QLatin1String(f)), qPrintable(fields.join(',') + " lacks " + f));
        QVERIFY(!fields.contains("arguments.a"));
        QVERIFY(!fields.contains("position"));
        QCOMPARE(cmp->fields.at(fields.indexOf("arguments.b")).before, QString("count-unique.n"));
        QCOMPARE(cmp->fields.at(fields.indexOf("arguments.b")).after, QString("count-all.n"));
        QCOMPARE(cmp->fields.at(fields.indexOf("options.retries")).after, QString("2"));
        QVERIFY(!d->change("split"));
        QCOMPARE(d->change("count-all")->fieldNames(), QStringList{"position"});

        QStringList added = d->edgesAdded, removed = d->edgesRemoved;
        added.sort();
        removed.sort();
        QCOMPARE(added, (QStringList{"compare.verdict->summary.lines", "count-all.n->compare.b",
                                     "split->compare (after)", "split.words->compare (condition)"}));
        QCOMPARE(removed, (QStringList{"count-unique.n->compare.b", "split.words->count-unique.lines"}));
        QCOMPARE(d->parametersAdded, QStringList{"lang"});
        QVERIFY(d->parametersRemoved.isEmpty());
        QCOMPARE(d->parametersChanged.size(), 1);
        QCOMPARE(d->parametersChanged.first().field, QString("text"));
        QVERIFY(d->parametersChanged.first().after.contains("to be or not"));

        // Positions can be filtered: count-all only moved.
        const model::PipelineDiff noPos = d->withoutPositions();
        QCOMPARE(noPos.changed.size(), 1);
        QCOMPARE(noPos.changed.first().task, QString("compare"));

        // Reverse direction swaps added/removed.
        auto r = vcs::diffPipelineRevisions(*repo, m_c2, m_c1, m_file);
        QCOMPARE(r->added, QStringList{"count-unique"});
        QCOMPARE(r->removed, QStringList{"summary"});
        QCOMPARE(r->parametersRemoved, QStringList{"lang"});
    }

    void cliJsonAndText()
    {
        auto c = cli({"diff", "HEAD~1", "HEAD", "diamond.pipeline.yaml", "--json"});
        QVERIFY2(c.exitCode == 0, c.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(c.out).object();
        QCOMPARE(o["added"].toArray(), QJsonArray{"summary"});
        QCOMPARE(o["removed"].toArray(), QJsonArray{"count-unique"});
        QCOMPARE(o["changed"].toArray().size(), 2);
        QCOMPARE(o["edgesAdded"].toArray().size(), 4);
        QCOMPARE(o["edgesRemoved"].toArray().size(), 2);
        QCOMPARE(o["parameters"].toObject()["added"].toArray(), QJsonArray{"lang"});
        bool sawCompare = false;
        for (const QJsonValue &v : o["changed"].toArray())
            if (v["task"] == "compare") {
                sawCompare = true;
                QVERIFY(v["fields"].toArray().contains("arguments.label"));
            }
        QVERIFY(sawCompare);

        auto np = cli({"diff", "HEAD~1", "HEAD", "diamond.pipeline.yaml", "--json", "--ignore-position"});
        QCOMPARE(QJsonDocument::fromJson(np.out).object()["changed"].toArray().size(), 1);

        QTemporaryDir elsewhere;
        QProcess p;
        p.setWorkingDirectory(elsewhere.path());
        p.start(qEnvironmentVariable("MLWB_CLI"),
                {"diff", m_c1, m_c2, "diamond.pipeline.yaml", "--workspace", m_dir.path()});
        p.waitForFinished(60000);
        QCOMPARE(p.exitCode(), 0);
        const QByteArray text = p.readAllStandardOutput();
        QVERIFY2(text.contains("+ task summary") && text.contains("- task count-unique")
                     && text.contains("arguments.b: count-unique.n -> count-all.n"),
                 text.constData());
    }

    void worktree()
    {
        QByteArray v3 = m_v2;
        v3.replace("name: Compare", "name: Compare v3"); // the inline spec of 'compare' changes
        writeBytes(m_file, v3);
        auto c = cli({"diff", "HEAD", "WORKTREE", "diamond.pipeline.yaml", "--json"});
        writeBytes(m_file, m_v2);
        QVERIFY2(c.exitCode == 0, c.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(c.out).object();
        QVERIFY(o["added"].toArray().isEmpty());
        const QJsonArray changed = o["changed"].toArray();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed[0]["task"].toString(), QString("compare"));
        QVERIFY2(changed[0]["fields"].toArray().contains("component.spec"), c.out.constData());
    }

    void missingRevision()
    {
        auto c = cli({"diff", "no-such-rev", "HEAD", "diamond.pipeline.yaml"});
        QCOMPARE(c.exitCode, 1);
        QVERIFY2(c.err.contains("no-such-rev"), c.err.constData());
        auto repo = vcs::GitRepository::open(m_dir.path());
        auto d = vcs::diffPipelineRevisions(*repo, "no-such-rev", "HEAD", m_file);
        QVERIFY(!d.ok());
        QCOMPARE(d.error().code, QString("revision-not-found"));
        auto missing = cli({"diff", "HEAD", "HEAD", "nope.pipeline.yaml"});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains("nope.pipeline.yaml"), missing.err.constData());
    }

    void conflictMarkers()
    {
        QByteArray conflicted = m_v2;
        conflicted.replace("name: Diamond\n", "<<<<<<< HEAD\nname: Diamond\n=======\nname: Diamond 2\n>>>>>>> other\n");
        writeBytes(m_file, conflicted);
        auto c = cli({"diff", "HEAD", "WORKTREE", "diamond.pipeline.yaml"});
        writeBytes(m_file, m_v2);
        QCOMPARE(c.exitCode, 1);
        QVERIFY2(c.err.contains("merge-conflict markers"), c.err.constData());
        QVERIFY(c.err.contains("diamond.pipeline.yaml@WORKTREE"));
    }
};

QTEST_GUILESS_MAIN(TestPipelineDiff)
#include "tst_pipelinediff.moc"
