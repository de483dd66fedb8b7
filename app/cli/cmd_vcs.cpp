// SPDX-License-Identifier: GPL-3.0-or-later
// `mlwb-cli init|status|commit|history|dataset add|verify|diff|list|lineage`: thin wrappers over wb_vcs.
#include "cli.h"

#include "core/base/fileio.h"
#include "core/base/tr.h"
#include "core/vcs/datasetcompare.h"
#include "core/vcs/datasetscan.h"
#include "core/vcs/dvcdata.h"
#include "core/vcs/dvclineage.h"
#include "core/vcs/gitrepository.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

using namespace wb::vcs;
using wb::Tr;

const QCommandLineOption jsonOption(QStringLiteral("json"), Tr::tr("Print one JSON document."));
const QCommandLineOption workspaceOption(QStringLiteral("workspace"),
                                         Tr::tr("Work in the repository containing DIR (default: the current folder); "
                                                "relative paths are then relative to DIR."),
                                         QStringLiteral("DIR"));

QString workspace(const QCommandLineParser &p)
{
    return p.isSet(workspaceOption) ? p.value(workspaceOption) : QDir::currentPath();
}

/// A user path: absolute, or relative to the workspace folder.
QString userPath(const QCommandLineParser &p, const QString &path)
{
    return QDir(workspace(p)).absoluteFilePath(path);
}

QString isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

int runInit(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Creates a git repository with mlwb's .gitignore (run data and data/ stay out of git)."));
    parser.addPositionalArgument(QStringLiteral("DIR"), Tr::tr("folder (default: the current one)"));
    int exit = 0;
    if (!wb::cli::parseArguments(parser, QStringLiteral("init"), args, 0, 1, &exit))
        return exit;
    const QString dir = parser.positionalArguments().value(0, QDir::currentPath());
    auto repo = GitRepository::init(dir);
    if (!repo)
        return wb::cli::fail(repo.error());
    wb::cli::printLine(Tr::tr("Initialised a git repository in %1").arg(repo->workdir()));
    return 0;
}

int runStatus(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Lists changed pipelines, dataset manifests, .dvc and component files."));
    const QCommandLineOption all(QStringLiteral("all"), Tr::tr("List every changed file, not only manifests."));
    parser.addOptions({jsonOption, workspaceOption, all});
    int exit = 0;
    if (!wb::cli::parseArguments(parser, QStringLiteral("status"), args, 0, 0, &exit))
        return exit;
    auto repo = GitRepository::open(workspace(parser));
    if (!repo)
        return wb::cli::fail(repo.error());
    auto st = parser.isSet(all) ? repo->status() : repo->manifestStatus();
    if (!st)
        return wb::cli::fail(st.error());
    QJsonArray files;
    for (const FileStatus &f : *st) {
        files.append(QJsonObject{{"path", f.path}, {"state", FileStatus::stateName(f.state)}, {"staged", f.staged}});
        if (!parser.isSet(jsonOption))
            wb::cli::printLine(QStringLiteral("%1  %2").arg(FileStatus::stateName(f.state), -10).arg(f.path));
    }
    if (parser.isSet(jsonOption))
        wb::cli::printJson(QJsonObject{{"files", files}});
    return 0;
}

int runCommit(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Commits exactly the given files (like git commit -- FILE...)."));
    const QCommandLineOption message({QStringLiteral("m"), QStringLiteral("message")}, Tr::tr("Commit message."), QStringLiteral("MSG"));
    const QCommandLineOption author(QStringLiteral("author"),
                                    Tr::tr("Author \"Name <email>\" when git's user.name/user.email are not set."),
                                    QStringLiteral("AUTHOR"));
    parser.addOptions({message, author, workspaceOption, jsonOption});
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("files to commit"), QStringLiteral("FILE..."));
    int exit = 0;
    if (!wb::cli::parseArguments(parser, QStringLiteral("commit"), args, 1, -1, &exit))
        return exit;
    if (!parser.isSet(message)) {
        wb::cli::printError(Tr::tr("commit needs a message: -m MSG"));
        return wb::cli::Usage;
    }
    Signature who;
    if (parser.isSet(author)) {
        const auto m = QRegularExpression(QStringLiteral("^\\s*(.*?)\\s*<([^>]+)>\\s*$")).match(parser.value(author));
        if (!m.hasMatch()) {
            wb::cli::printError(Tr::tr("--author must look like \"Name <email>\""));
            return wb::cli::Usage;
        }
        who = {m.captured(1), m.captured(2)};
    }
    auto repo = GitRepository::open(workspace(parser));
    if (!repo)
        return wb::cli::fail(repo.error());
    QStringList files;
    for (const QString &f : parser.positionalArguments())
        files << userPath(parser, f);
    auto id = repo->commit(files, parser.value(message), who);
    if (!id)
        return wb::cli::fail(id.error());
    if (parser.isSet(jsonOption))
        wb::cli::printJson(QJsonObject{{"id", *id}});
    else
        wb::cli::printLine(*id);
    return 0;
}

int runHistory(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Commits that changed FILE, newest first (first-parent history)."));
    const QCommandLineOption limit(QStringLiteral("limit"), Tr::tr("At most N commits."), QStringLiteral("N"));
    parser.addOptions({jsonOption, workspaceOption, limit});
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("file in the repository"));
    int exit = 0;
    if (!wb::cli::parseArguments(parser, QStringLiteral("history"), args, 1, 1, &exit))
        return exit;
    auto repo = GitRepository::open(workspace(parser));
    if (!repo)
        return wb::cli::fail(repo.error());
    bool okLimit = true;
    const int n = parser.isSet(limit) ? parser.value(limit).toInt(&okLimit) : -1;
    if (!okLimit) {
        wb::cli::printError(Tr::tr("--limit needs a number"));
        return wb::cli::Usage;
    }
    auto log = repo->history(userPath(parser, parser.positionalArguments().first()), n);
    if (!log)
        return wb::cli::fail(log.error());
    if (parser.isSet(jsonOption)) {
        QJsonArray commits;
        for (const CommitInfo &c : *log)
            commits.append(QJsonObject{{"id", c.id}, {"author", c.author}, {"email", c.email},
                                       {"time", isoUtc(c.time)}, {"message", c.message}});
        wb::cli::printJson(QJsonObject{{"commits", commits}});
    } else {
        for (const CommitInfo &c : *log)
            wb::cli::printLine(QStringLiteral("%1  %2  %3  %4").arg(c.id.left(10), isoUtc(c.time), c.author, c.summary()));
    }
    return 0;
}

int runDatasetAdd(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Writes PATH.dataset.yaml (md5/size as DVC 3 computes them, table profile for "
                                            "CSV/TSV) and lists PATH in .gitignore when git would track it."));
    const QCommandLineOption description(QStringLiteral("description"), Tr::tr("What the data is."), QStringLiteral("TEXT"));
    const QCommandLineOption source(QStringLiteral("source"), Tr::tr("Where it came from."), QStringLiteral("SOURCE"));
    const QCommandLineOption dvc(QStringLiteral("dvc"), Tr::tr("Also write PATH.dvc for DVC."));
    parser.addOptions({jsonOption, workspaceOption, description, source, dvc});
    parser.addPositionalArgument(QStringLiteral("PATH"), Tr::tr("data file or folder"));
    int exit = 0;
    if (!wb::cli::parseArguments(parser, QStringLiteral("dataset add"), args, 1, 1, &exit))
        return exit;
    const QString data = userPath(parser, parser.positionalArguments().first());
    auto repo = GitRepository::open(QFileInfo(data).absolutePath());
    AddDatasetOptions options{parser.value(description), parser.value(source), parser.isSet(dvc)};
    auto added = addDataset(data, options, repo.ok() ? &repo.value() : nullptr);
    if (!added)
        return wb::cli::fail(added.error());
    if (parser.isSet(jsonOption)) {
        QJsonObject o{{"manifest", added->manifestPath}, {"dataset", datasetManifestToJson(added->manifest)},
                      {"content_hash", wb::sha256OfFile(added->manifestPath).value()}};
        if (!added->dvcPath.isEmpty())
            o.insert("dvc", added->dvcPath);
        if (!added->ignoredEntry.isEmpty())
            o.insert("gitignore_added", added->ignoredEntry);
        wb::cli::printJson(o);
    } else {
        const auto bytes = wb::readFileLimited(added->manifestPath, 16 << 20);
        wb::cli::printLine(Tr::tr("# %1").arg(added->manifestPath));
        std::fputs(bytes.ok() ? bytes->constData() : "", stdout);
        if (!added->ignoredEntry.isEmpty())
            wb::cli::printLine(Tr::tr("# added %1 to .gitignore").arg(added->ignoredEntry));
    }
    return 0;
}

void printVerifyLine(const VerifyReport &r, const QString &recordedBy, const QString &recordedMd5)
{
    if (r.status == VerifyStatus::Missing && recordedBy.isEmpty())
        wb::cli::printLine(Tr::tr("missing: %1 does not exist").arg(r.dataPath));
    else if (r.status == VerifyStatus::Missing)
        wb::cli::printLine(Tr::tr("missing: %1 does not exist (%2 records it; fetch it first, e.g. dvc pull)")
                               .arg(r.dataPath, recordedBy));
    else if (r.status == VerifyStatus::Changed && recordedBy.isEmpty())
        wb::cli::printLine(Tr::tr("changed: %1 (%2)").arg(r.dataPath, r.diff.changedFields().join(", ")));
    else if (r.status == VerifyStatus::Changed)
        wb::cli::printLine(Tr::tr("changed: %1 (%2): %3 records md5 %4, the data has %5")
                               .arg(r.dataPath, r.diff.changedFields().join(", "), recordedBy, recordedMd5, r.diff.md5To));
    else
        wb::cli::printLine(Tr::tr("unchanged: %1").arg(r.dataPath));
}

/// `dvc.lock:STAGE:PATH` or a .dvc file: every out it names, checked where DVC keeps it.
int verifyDvc(const QCommandLineParser &parser, const QString &given)
{
    QList<DvcOut> outs;
    QString recordedBy = given;
    QJsonObject extra;
    if (isDvcLockRef(given)) {
        auto ref = parseDvcLockRef(given);
        if (!ref)
            return wb::cli::fail(ref.error());
        auto found = resolveDvcLockRef(*ref, workspace(parser));
        if (!found)
            return wb::cli::fail(found.error());
        DvcOut out = found->out;
        out.path = found->dataPath;
        outs << out;
        recordedBy = ref->lockFile;
        extra = QJsonObject{{"lock", found->lockFile}, {"stage", found->stage.name}, {"path", found->out.path}};
    } else {
        auto loaded = loadDvcOuts(userPath(parser, given), workspace(parser), given);
        if (!loaded)
            return wb::cli::fail(loaded.error());
        outs = *loaded;
    }
    QJsonArray reports;
    bool allUnchanged = true;
    VerifyStatus worst = VerifyStatus::Unchanged;
    for (const DvcOut &o : outs) {
        auto report = verifyDvcOut(o, o.path, recordedBy);
        if (!report)
            return wb::cli::fail(report.error());
        allUnchanged = allUnchanged && report->status == VerifyStatus::Unchanged;
        if (report->status == VerifyStatus::Missing || worst == VerifyStatus::Unchanged)
            worst = report->status;
        QJsonObject j = report->toJson();
        j.insert("recorded_md5", o.md5);
        for (auto it = extra.begin(); it != extra.end(); ++it)
            j.insert(it.key(), it.value());
        reports.append(j);
        if (!parser.isSet(jsonOption))
            printVerifyLine(*report, recordedBy, o.md5);
    }
    if (parser.isSet(jsonOption)) {
        // one out (the usual case): the same document as for a manifest; several: all of them
        if (reports.size() == 1)
            wb::cli::printJson(reports.first().toObject());
        else
            wb::cli::printJson(QJsonObject{{"status", VerifyReport{worst, {}, {}}.statusName()}, {"outs", reports}});
    }
    return allUnchanged ? 0 : 1;
}

int runDatasetVerify(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Checks the data against its manifest, .dvc file or dvc.lock entry. "
                                            "Exit 0 unchanged, 1 changed or missing."));
    parser.addOptions({jsonOption, workspaceOption});
    parser.addPositionalArgument(QStringLiteral("MANIFEST"),
                                 Tr::tr("NAME.dataset.yaml, a .dvc file or [DIR/]dvc.lock:STAGE:PATH"));
    int exit = 0;
    if (!wb::cli::parseArguments(parser, QStringLiteral("dataset verify"), args, 1, 1, &exit))
        return exit;
    const QString given = parser.positionalArguments().first();
    if (isDvcLockRef(given) || given.endsWith(QLatin1String(".dvc")) || QFileInfo(given).fileName() == QLatin1String("Dvcfile"))
        return verifyDvc(parser, given);
    const QString path = userPath(parser, given);
    auto manifest = loadDatasetManifest(path);
    if (!manifest)
        return wb::cli::fail(manifest.error());
    auto report = verifyDataset(*manifest, path);
    if (!report)
        return wb::cli::fail(report.error());
    if (parser.isSet(jsonOption))
        wb::cli::printJson(report->toJson());
    else
        printVerifyLine(*report, {}, {});
    return report->status == VerifyStatus::Unchanged ? 0 : 1;
}

wb::Result<DatasetManifest> manifestAt(const GitRepository &repo, const QString &rev, const QString &abs)
{
    if (rev == QLatin1String("WORKTREE"))
        return loadDatasetManifest(abs);
    auto bytes = repo.readAt(rev, abs);
    WB_TRY(bytes);
    auto rel = repo.relativePath(abs);
    return readDatasetManifest(*bytes, QStringLiteral("%1:%2").arg(rev, rel.ok() ? *rel : abs));
}

int runDatasetDiff(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Compares a dataset manifest at two revisions (REV may be WORKTREE)."));
    parser.addOptions({jsonOption, workspaceOption});
    parser.addPositionalArgument(QStringLiteral("REV_A"), Tr::tr("older revision"));
    parser.addPositionalArgument(QStringLiteral("REV_B"), Tr::tr("newer revision"));
    parser.addPositionalArgument(QStringLiteral("MANIFEST"), Tr::tr("NAME.dataset.yaml"));
    int exit = 0;
    if (!wb::cli::parseArguments(parser, QStringLiteral("dataset diff"), args, 3, 3, &exit))
        return exit;
    const QStringList pos = parser.positionalArguments();
    auto repo = GitRepository::open(workspace(parser));
    if (!repo)
        return wb::cli::fail(repo.error());
    const QString abs = userPath(parser, pos[2]);
    auto a = manifestAt(*repo, pos[0], abs);
    if (!a)
        return wb::cli::fail(a.error());
    auto b = manifestAt(*repo, pos[1], abs);
    if (!b)
        return wb::cli::fail(b.error());
    const DatasetDiff diff = diffDatasets(*a, *b);
    if (parser.isSet(jsonOption)) {
        QJsonObject o = diff.toJson();
        o.insert("from_revision", pos[0]);
        o.insert("to_revision", pos[1]);
        o.insert("manifest", repo->relativePath(abs).ok() ? repo->relativePath(abs).value() : abs);
        wb::cli::printJson(o);
    } else if (diff.isEmpty()) {
        wb::cli::printLine(Tr::tr("no changes"));
    } else {
        wb::cli::printLine(Tr::tr("changed: %1").arg(diff.changedFields().join(", ")));
        if (diff.rowsFrom != diff.rowsTo)
            wb::cli::printLine(Tr::tr("rows: %1 -> %2").arg(diff.rowsFrom.value_or(-1)).arg(diff.rowsTo.value_or(-1)));
        for (const QString &c : diff.columnsAdded)
            wb::cli::printLine(Tr::tr("+ column %1").arg(c));
        for (const QString &c : diff.columnsRemoved)
            wb::cli::printLine(Tr::tr("- column %1").arg(c));
        for (const ColumnTypeChange &c : diff.columnsRetyped)
            wb::cli::printLine(Tr::tr("~ column %1: %2 -> %3").arg(c.name, c.from, c.to));
    }
    return 0;
}

int runDatasetList(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Lists the datasets of the workspace: *.dataset.yaml and .dvc files, and "
                                            "the outputs of every dvc.lock stage."));
    parser.addOptions({jsonOption, workspaceOption});
    int exit = 0;
    if (!wb::cli::parseArguments(parser, QStringLiteral("dataset list"), args, 0, 0, &exit))
        return exit;
    auto repo = GitRepository::open(workspace(parser));
    const QString root = repo.ok() ? repo->workdir() : QFileInfo(workspace(parser)).absoluteFilePath();
    QJsonArray items;
    for (const DatasetEntry &e : listDatasets(root)) {
        QJsonObject o{{"file", e.file}, {"kind", e.kind}, {"path", e.path}, {"md5", e.md5}, {"size", double(e.size)}};
        if (e.nfiles >= 0)
            o.insert("nfiles", double(e.nfiles));
        if (!e.stage.isEmpty())
            o.insert("stage", e.stage);
        if (!e.error.isEmpty())
            o.insert("error", e.error);
        items.append(o);
        if (parser.isSet(jsonOption))
            continue;
        if (!e.error.isEmpty())
            wb::cli::printLine(QStringLiteral("%1  error: %2").arg(e.file, e.error));
        else if (!e.stage.isEmpty())
            wb::cli::printLine(Tr::tr("%1  %2  %3  (stage %4 of %5)").arg(e.kind, e.path, e.md5, e.stage, e.file));
        else
            wb::cli::printLine(QStringLiteral("%1  %2  %3").arg(e.kind, e.path, e.md5));
    }
    if (parser.isSet(jsonOption))
        wb::cli::printJson(QJsonObject{{"datasets", items}});
    return 0;
}

QJsonObject entryJson(const DvcOut &o)
{
    QJsonObject j{{"path", o.path}, {"md5", o.md5}};
    if (o.size >= 0)
        j.insert("size", double(o.size));
    if (o.nfiles >= 0)
        j.insert("nfiles", double(o.nfiles));
    return j;
}

/// A data path -> the dvc.lock (in its folder or above, up to the repository root) with a stage
/// writing it.
wb::Result<QPair<QString, QString>> lockForData(const QString &data)
{
    const QString top = dvcRepositoryRoot(data);
    for (QDir dir(QFileInfo(data).absolutePath());;) {
        const QString lockFile = dir.filePath(QStringLiteral("dvc.lock"));
        if (QFileInfo::exists(lockFile)) {
            auto lock = loadDvcLock(lockFile);
            if (!lock)
                return lock.error();
            const QString rel = dir.relativeFilePath(data);
            if (dvcLineage(*lock, rel, lockFile).ok())
                return qMakePair(lockFile, rel);
        }
        if (QDir::cleanPath(dir.absolutePath()) == top || !dir.cdUp())
            break;
    }
    return wb::makeError(QStringLiteral("unknown-out"),
                         Tr::tr("No dvc.lock in the folder of %1 or above it has a stage writing it").arg(data));
}

int runDatasetLineage(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("The dvc.lock stages that produced a dataset, producers first: each stage's "
                                            "command, inputs (and the stage they came from) and outputs."));
    parser.addOptions({jsonOption, workspaceOption});
    parser.addPositionalArgument(QStringLiteral("REF"), Tr::tr("a data path, or [DIR/]dvc.lock:STAGE:PATH"));
    int exit = 0;
    if (!wb::cli::parseArguments(parser, QStringLiteral("dataset lineage"), args, 1, 1, &exit))
        return exit;
    const QString given = parser.positionalArguments().first();
    QString lockFile, outPath;
    if (isDvcLockRef(given)) {
        auto ref = parseDvcLockRef(given);
        if (!ref)
            return wb::cli::fail(ref.error());
        auto found = resolveDvcLockRef(*ref, workspace(parser)); // says which stage or out is unknown
        if (!found)
            return wb::cli::fail(found.error());
        lockFile = found->lockFile;
        outPath = found->out.path;
    } else {
        auto found = lockForData(QDir::cleanPath(userPath(parser, given)));
        if (!found)
            return wb::cli::fail(found.error());
        lockFile = found->first;
        outPath = found->second;
    }
    auto lock = loadDvcLock(lockFile);
    if (!lock)
        return wb::cli::fail(lock.error());
    auto steps = dvcLineage(*lock, outPath, lockFile);
    if (!steps)
        return wb::cli::fail(steps.error());
    if (parser.isSet(jsonOption)) {
        QJsonArray stages;
        for (const DvcLineageStep &step : *steps) {
            QJsonArray deps, outs;
            for (qsizetype i = 0; i < step.stage.deps.size(); ++i) {
                QJsonObject d = entryJson(step.stage.deps[i]);
                d.insert("from_stages", QJsonArray::fromStringList(step.depStages.value(i)));
                deps.append(d);
            }
            for (const DvcOut &o : step.stage.outs)
                outs.append(entryJson(o));
            stages.append(QJsonObject{{"name", step.stage.name}, {"cmd", step.stage.cmd}, {"deps", deps},
                                      {"outs", outs}, {"params", QJsonObject::fromVariantMap(step.stage.params)}});
        }
        wb::cli::printJson(QJsonObject{{"lock", lockFile}, {"path", outPath},
                                       {"stage", steps->last().stage.name}, {"stages", stages}});
        return 0;
    }
    wb::cli::printLine(Tr::tr("# %1 in %2").arg(outPath, lockFile));
    for (const DvcLineageStep &step : *steps) {
        wb::cli::printLine(Tr::tr("stage %1: %2").arg(step.stage.name, step.stage.cmd));
        for (qsizetype i = 0; i < step.stage.deps.size(); ++i) {
            const DvcOut &d = step.stage.deps[i];
            const QStringList from = step.depStages.value(i);
            wb::cli::printLine(from.isEmpty() ? Tr::tr("  in   %1  %2").arg(d.path, d.md5)
                                              : Tr::tr("  in   %1  %2  (from %3)").arg(d.path, d.md5, from.join(", ")));
        }
        for (const DvcOut &o : step.stage.outs)
            wb::cli::printLine(Tr::tr("  out  %1  %2").arg(o.path, o.md5));
    }
    return 0;
}

const wb::cli::Registration initReg{{QStringLiteral("init"), Tr::tr("Create a git repository for a workspace."), &runInit}};
const wb::cli::Registration statusReg{{QStringLiteral("status"), Tr::tr("Changed manifests in the repository."), &runStatus}};
const wb::cli::Registration commitReg{{QStringLiteral("commit"), Tr::tr("Commit files with a message."), &runCommit}};
const wb::cli::Registration historyReg{{QStringLiteral("history"), Tr::tr("Commits that changed a file."), &runHistory}};
const wb::cli::Registration addReg{{QStringLiteral("dataset add"), Tr::tr("Describe a data file/folder in a manifest."), &runDatasetAdd}};
const wb::cli::Registration verifyReg{{QStringLiteral("dataset verify"), Tr::tr("Check data against its manifest, .dvc or dvc.lock."), &runDatasetVerify}};
const wb::cli::Registration diffReg{{QStringLiteral("dataset diff"), Tr::tr("Compare a dataset at two revisions."), &runDatasetDiff}};
const wb::cli::Registration listReg{{QStringLiteral("dataset list"), Tr::tr("List datasets (.dataset.yaml, .dvc, dvc.lock)."), &runDatasetList}};
const wb::cli::Registration lineageReg{{QStringLiteral("dataset lineage"), Tr::tr("The dvc.lock stages that produced a dataset."), &runDatasetLineage}};

} // namespace
