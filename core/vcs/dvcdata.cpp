// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vcs/dvcdata.h"

#include "core/base/fileio.h"
#include "core/base/tr.h"
#include "core/vcs/datasetscan.h"

#include <QDir>
#include <QFileInfo>

namespace wb::vcs {

static bool isUri(const QString &path)
{
    return path.contains(QLatin1String("://"));
}

static bool isInside(const QString &path, const QString &root)
{
    return path == root || root == QLatin1String("/") || path.startsWith(root + QLatin1Char('/'));
}

QString dvcRepositoryRoot(const QString &path)
{
    const QFileInfo info(path);
    QDir dir(info.isDir() ? info.absoluteFilePath() : info.absolutePath());
    for (;;) {
        if (QFileInfo(dir.filePath(QStringLiteral(".dvc"))).isDir() || QFileInfo::exists(dir.filePath(QStringLiteral(".git"))))
            return QDir::cleanPath(dir.absolutePath());
        if (!dir.cdUp())
            return {};
    }
}

Result<QString> dvcWorkDir(const QString &dvcFile, const QString &wdir, const QString &root, const QString &sourceName)
{
    const QString base = QDir::cleanPath(QFileInfo(dvcFile).absolutePath());
    const QString dir = QDir::cleanPath(QDir(base).absoluteFilePath(wdir.isEmpty() ? QStringLiteral(".") : wdir));
    const QString top = root.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(root).absoluteFilePath());
    const bool bounded = !top.isEmpty() && isInside(base, top); // a root the file is not in bounds nothing
    if (isInside(dir, bounded ? top : base))
        return dir;
    const QString name = sourceName.isEmpty() ? dvcFile : sourceName;
    if (!bounded)
        return makeError(QStringLiteral("dvc-wdir-outside"),
                         Tr::tr("%1: wdir '%2' leads to %3, but the file is in no DVC or git repository that "
                                "would contain that folder")
                             .arg(name, wdir, dir));
    return makeError(QStringLiteral("dvc-wdir-outside"),
                     Tr::tr("%1: wdir '%2' leads to %3, outside %4 (the root of its repository or workspace); a "
                            "DVC file only describes data inside its repository")
                         .arg(name, wdir, dir, top));
}

Result<QList<DvcOut>> loadDvcOuts(const QString &path, const QString &root, const QString &sourceName)
{
    const QString name = sourceName.isEmpty() ? path : sourceName;
    auto bytes = readFileLimited(path, 16 << 20);
    WB_TRY(bytes);
    auto file = parseDvcFile(*bytes, name);
    WB_TRY(file);
    const QString repository = dvcRepositoryRoot(path);
    auto dir = dvcWorkDir(path, file->wdir, repository.isEmpty() ? root : repository, name);
    WB_TRY(dir);
    QList<DvcOut> outs = file->outs;
    for (DvcOut &o : outs)
        if (!isUri(o.path))
            o.path = QDir::cleanPath(QDir(*dir).absoluteFilePath(o.path));
    return outs;
}

Result<DvcLockOut> resolveDvcLockRef(const DvcLockRef &ref, const QString &baseDir)
{
    DvcLockOut found;
    found.lockFile = QDir::cleanPath(QDir(baseDir.isEmpty() ? QDir::currentPath() : baseDir).absoluteFilePath(ref.lockFile));
    if (!QFileInfo::exists(found.lockFile))
        return makeError(QStringLiteral("dataset.missing"),
                         Tr::tr("Cannot open %1: the file does not exist").arg(ref.lockFile));
    auto lock = loadDvcLock(found.lockFile, ref.lockFile);
    WB_TRY(lock);
    const DvcLockStage *stage = lock->stage(ref.stage);
    if (!stage)
        return makeError(QStringLiteral("unknown-stage"),
                         Tr::tr("%1 has no stage '%2' (its stages: %3)")
                             .arg(ref.lockFile, ref.stage, lock->stageNames().join(QStringLiteral(", "))));
    const DvcOut *out = stage->out(ref.path);
    if (!out) {
        QStringList outs;
        for (const DvcOut &o : stage->outs)
            outs << o.path;
        return makeError(QStringLiteral("unknown-out"),
                         Tr::tr("Stage '%1' of %2 has no output '%3' (its outputs: %4)")
                             .arg(ref.stage, ref.lockFile, ref.path,
                                  outs.isEmpty() ? Tr::tr("none") : outs.join(QStringLiteral(", "))));
    }
    found.stage = *stage;
    found.out = *out;
    found.dataPath = isUri(out->path) ? out->path
                                      : QDir::cleanPath(QFileInfo(found.lockFile).absoluteDir().absoluteFilePath(out->path));
    return found;
}

Result<VerifyReport> verifyDvcOut(const DvcOut &recorded, const QString &dataPath, const QString &describedBy)
{
    if (isUri(dataPath))
        return makeError("remote-data",
                         Tr::tr("%1 describes remote data (%2); only local data can be verified").arg(describedBy, dataPath));
    if (recorded.md5.isEmpty())
        return makeError("no-md5", Tr::tr("%1 records no md5 for %2; there is nothing to verify against")
                                       .arg(describedBy, recorded.path));
    VerifyReport report;
    report.dataPath = dataPath;
    if (!QFileInfo::exists(dataPath)) {
        report.status = VerifyStatus::Missing;
        return report;
    }
    auto digest = digestData(dataPath);
    WB_TRY(digest);
    DatasetManifest expected, found;
    expected.path = found.path = recorded.path;
    expected.md5 = recorded.md5;
    expected.size = recorded.size >= 0 ? recorded.size : digest->size;
    expected.nfiles = recorded.nfiles >= 0 || !recorded.isDir() ? recorded.nfiles : digest->nfiles;
    found.md5 = digest->md5;
    found.size = digest->size;
    found.nfiles = digest->nfiles;
    report.diff = diffDatasets(expected, found);
    if (!report.diff.isEmpty())
        report.status = VerifyStatus::Changed;
    return report;
}

} // namespace wb::vcs
