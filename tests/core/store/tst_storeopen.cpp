// SPDX-License-Identifier: GPL-3.0-or-later
// Opening: read-only guarantee, files written by others, and bad input (never modified).
#include "core/store/metadatastore.h"
#include "core/store/structcodec.h"

#include "storetestutil.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace wb::store;
using storetest::RawDb;
using storetest::fileHash;

class TstStoreOpen : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString makeStore(int runs = 1)
    {
        const QString path = m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++m_counter));
        MetadataStore s;
        if (!s.open(path).ok())
            return {};
        for (int i = 0; i < runs; ++i) {
            auto run = s.beginRun(RunInfo{QStringLiteral("p"), QStringLiteral("r%1").arg(i), {}, {{QStringLiteral("x"), i}}, {}, false, {}, 0});
            StepRecord st;
            st.taskName = QStringLiteral("t");
            st.outputs = {{QStringLiteral("/o%1").arg(i), QStringLiteral("system.Model"), QStringLiteral("m"), {}}};
            if (!run || !s.recordStep(*run, st) || !s.finishRun(*run, RunState::Complete))
                return {};
        }
        return path;
    }

    void expectRefused(const QString &path, MetadataStore::Mode mode, const QString &code, const QString &words)
    {
        const QByteArray before = fileHash(path);
        MetadataStore s;
        auto r = s.open(path, mode, 200);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
        QVERIFY2(r.error().text().contains(words, Qt::CaseInsensitive), qPrintable(r.error().text()));
        QVERIFY2(r.error().text().contains(path), qPrintable(r.error().text()));
        QVERIFY(!s.isOpen());
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

private slots:
    void readOnlyNeverModifies()
    {
        const QString path = makeStore(3);
        QVERIFY(!path.isEmpty());
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal"))); // clean close checkpoints
        const QByteArray before = fileHash(path);
        {
            MetadataStore s;
            QVERIFY(s.open(path, MetadataStore::Mode::ReadOnly).ok());
            QVERIFY(s.isReadOnly());
            auto runs = s.listRuns();
            QVERIFY(runs.ok());
            QCOMPARE(runs->runs.size(), 3);
            QVERIFY(s.runDetail(runs->runs.first().id).ok());
            QVERIFY(s.stats().ok());
            QVERIFY(s.lineage(1, LineageDirection::Both, 3).ok());
            // Writes are refused, with a message.
            auto w = s.beginRun(RunInfo{});
            QVERIFY(!w.ok());
            QCOMPARE(w.error().code, QStringLiteral("store.readonly"));
            QVERIFY(!s.setArchived(runs->runs.first().id, true).ok());
            QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
            QVERIFY(!QFile::exists(path + QStringLiteral("-shm")));
        }
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        QVERIFY(!QFile::exists(path + QStringLiteral("-shm")));
    }

    void readOnlyWhileWriterIsLive()
    {
        const QString path = makeStore(1);
        MetadataStore writer;
        QVERIFY(writer.open(path).ok());
        auto run = writer.beginRun(RunInfo{QStringLiteral("p"), QStringLiteral("live"), {}, {}, {}, false, {}, 0});
        QVERIFY(run.ok());
        MetadataStore reader;
        QVERIFY(reader.open(path, MetadataStore::Mode::ReadOnly).ok());
        QCOMPARE(reader.listRuns()->runs.size(), 2); // sees the committed WAL content
    }

    // A file as KFP / TFX leave it: rollback journal, none of our tables, struct values.
    void foreignWriterFile()
    {
        const QString path = makeStore(2);
        {
            RawDb raw(path);
            QVERIFY(raw.exec(QStringLiteral("PRAGMA journal_mode=DELETE")));
            QVERIFY(raw.exec(QStringLiteral("DROP TABLE mlwb_meta; DROP TABLE mlwb_run_archive; DROP TABLE mlwb_metric_history; DROP TABLE mlwb_run_log;")));
            QVERIFY(raw.exec(QStringLiteral("DELETE FROM ContextProperty WHERE name='state'")));
            const QString s = StructCodec::encodeString({{QStringLiteral("learning_rate"), 0.5}});
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO ExecutionProperty(execution_id, name, is_custom_property, string_value) VALUES(1, 'inputs', 1, '%1')").arg(s)));
        }
        const QByteArray before = fileHash(path);
        {
            MetadataStore s;
            auto r = s.open(path, MetadataStore::Mode::ReadOnly);
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().text()));
            auto runs = s.listRuns();
            QVERIFY(runs.ok());
            QCOMPARE(runs->runs.size(), 2);
            QCOMPARE(runs->runs.first().state, RunState::Complete); // derived from executions
            auto e = s.execution(1);
            QVERIFY(e.ok());
            QCOMPARE(e->customProperties.value(QStringLiteral("inputs")).toMap().value(QStringLiteral("learning_rate")).toDouble(), 0.5);
            auto ev = s.eventsOfExecution(1);
            QCOMPARE(ev->size(), 1);
            QCOMPARE(ev->first().path, QStringList{QStringLiteral("m")});
        }
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
        // Read-write on such a file adds only our own tables.
        MetadataStore rw;
        QVERIFY(rw.open(path).ok());
        RawDb raw(path);
        QCOMPARE(raw.value(QStringLiteral("SELECT value FROM mlwb_meta WHERE key='schema_version'")), QStringLiteral("1"));
    }

    void notSqlite()
    {
        const QString path = m_dir.filePath(QStringLiteral("text.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("this is not a database, just some text that is long enough to matter\n").repeated(20));
        f.close();
        expectRefused(path, MetadataStore::Mode::ReadWrite, QStringLiteral("store.notadb"), QStringLiteral("not an SQLite database"));
        expectRefused(path, MetadataStore::Mode::ReadOnly, QStringLiteral("store.notadb"), QStringLiteral("not an SQLite database"));
    }

    void otherSchema()
    {
        const QString path = m_dir.filePath(QStringLiteral("other.sqlite"));
        {
            RawDb raw(path);
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE people(id INTEGER PRIMARY KEY, name TEXT); INSERT INTO people(name) VALUES('a');")));
        }
        expectRefused(path, MetadataStore::Mode::ReadWrite, QStringLiteral("store.foreign"), QStringLiteral("not an ML Metadata store"));
        expectRefused(path, MetadataStore::Mode::ReadOnly, QStringLiteral("store.foreign"), QStringLiteral("not an ML Metadata store"));
        const QString partial = makeStore(0);
        {
            RawDb raw(partial);
            QVERIFY(raw.exec(QStringLiteral("DROP TABLE Attribution")));
        }
        expectRefused(partial, MetadataStore::Mode::ReadWrite, QStringLiteral("store.partial"), QStringLiteral("Attribution"));
    }

    void newerSchema()
    {
        const QString path = makeStore(1);
        {
            RawDb raw(path);
            QVERIFY(raw.exec(QStringLiteral("UPDATE MLMDEnv SET schema_version = 11")));
        }
        expectRefused(path, MetadataStore::Mode::ReadWrite, QStringLiteral("store.newer"), QStringLiteral("newer ML Metadata"));
        expectRefused(path, MetadataStore::Mode::ReadOnly, QStringLiteral("store.newer"), QStringLiteral("newer ML Metadata"));
        const QString ours = makeStore(1);
        {
            RawDb raw(ours);
            QVERIFY(raw.exec(QStringLiteral("UPDATE mlwb_meta SET value = '99' WHERE key = 'schema_version'")));
        }
        expectRefused(ours, MetadataStore::Mode::ReadWrite, QStringLiteral("store.newer"), QStringLiteral("newer mlwb"));
        const QString older = makeStore(1);
        {
            RawDb raw(older);
            QVERIFY(raw.exec(QStringLiteral("UPDATE MLMDEnv SET schema_version = 8")));
        }
        expectRefused(older, MetadataStore::Mode::ReadWrite, QStringLiteral("store.older"), QStringLiteral("version 8"));
    }

    void locked()
    {
        const QString path = makeStore(1);
        RawDb holder(path);
        QVERIFY(holder.exec(QStringLiteral("PRAGMA journal_mode=DELETE")));
        QVERIFY(holder.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QElapsedTimer t;
        t.start();
        expectRefused(path, MetadataStore::Mode::ReadWrite, QStringLiteral("store.locked"), QStringLiteral("locked by another program"));
        QVERIFY(t.elapsed() >= 150); // the busy timeout was honoured
        expectRefused(path, MetadataStore::Mode::ReadOnly, QStringLiteral("store.locked"), QStringLiteral("locked by another program"));
        QVERIFY(holder.exec(QStringLiteral("ROLLBACK")));
        MetadataStore s;
        QVERIFY(s.open(path, MetadataStore::Mode::ReadWrite, 200).ok());
    }

    void truncated()
    {
        const QString source = makeStore(20);
        const QString path = m_dir.filePath(QStringLiteral("truncated.sqlite"));
        QFile in(source);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray all = in.readAll();
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(all.left(all.size() / 2));
        out.close();
        expectRefused(path, MetadataStore::Mode::ReadWrite, QStringLiteral("store.corrupt"), QStringLiteral("truncated"));
        expectRefused(path, MetadataStore::Mode::ReadOnly, QStringLiteral("store.corrupt"), QStringLiteral("truncated"));
        const QString tiny = m_dir.filePath(QStringLiteral("tiny.sqlite"));
        QFile t(tiny);
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write(all.left(50));
        t.close();
        expectRefused(tiny, MetadataStore::Mode::ReadWrite, QStringLiteral("store.corrupt"), QStringLiteral("truncated"));
    }

    void corrupted()
    {
        const QString path = makeStore(5);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(100); // page 1 body: the schema table
        f.write(QByteArray(3000, '\x5a'));
        f.close();
        expectRefused(path, MetadataStore::Mode::ReadWrite, QStringLiteral("store.corrupt"), QStringLiteral("damaged"));
        expectRefused(path, MetadataStore::Mode::ReadOnly, QStringLiteral("store.corrupt"), QStringLiteral("damaged"));
    }

    void missingFile()
    {
        MetadataStore s;
        auto r = s.open(m_dir.filePath(QStringLiteral("nope.sqlite")), MetadataStore::Mode::ReadOnly);
        QVERIFY(!r.ok());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("nope.sqlite"))));
        QVERIFY(s.open(m_dir.filePath(QStringLiteral("new/dir/store.sqlite"))).ok()); // read-write creates
    }
};

QTEST_GUILESS_MAIN(TstStoreOpen)
#include "tst_storeopen.moc"
