// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exec/runworkspace.h"

#include "core/base/fileio.h"
#include "core/base/tr.h"
#include "core/model/commandresolver.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace wb::exec::runfiles {

QString runsDir(const QString &workspace)
{
    return QDir(workspace).absoluteFilePath(QStringLiteral(".mlwb/runs"));
}

QString runDir(const QString &workspace, const QString &runId)
{
    return runsDir(workspace) + QLatin1Char('/') + runId;
}

QString taskDir(const QString &runDir, const QString &task)
{
    return runDir + QLatin1Char('/') + model::sanitizeFileName(task);
}

QString outputDir(const QString &runDir, const QString &task, const QString &output)
{
    return taskDir(runDir, task) + QLatin1Char('/') + model::sanitizeFileName(output);
}

QString logPath(const QString &runDir, const QString &task, int attempt)
{
    return taskDir(runDir, task) + QStringLiteral("/attempt-%1.log").arg(attempt);
}

QString stepJsonPath(const QString &runDir, const QString &task)
{
    return taskDir(runDir, task) + QStringLiteral("/step.json");
}

QString pullLogPath(const QString &runDir)
{
    return runDir + QStringLiteral("/pull.log");
}

QString cacheDir(const QString &workspace)
{
    return QDir(workspace).absoluteFilePath(QStringLiteral(".mlwb/cache"));
}

QString newRunId(const QString &workspace)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    for (;;) {
        const QString id = stamp + QLatin1Char('-')
            + QString::number(QRandomGenerator::global()->bounded(0x10000), 16).rightJustified(4, QLatin1Char('0'));
        if (!QFileInfo::exists(runDir(workspace, id)))
            return id;
    }
}

static QString lockPath(const QString &runDir)
{
    return runDir + QStringLiteral("/run.lock");
}

static QString commOf(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/comm").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).trimmed();
}

Result<void> writeLock(const QString &runDir)
{
    const qint64 pid = QCoreApplication::applicationPid();
    return writeJson(lockPath(runDir), QJsonObject{{QStringLiteral("pid"), pid},
                                                   {QStringLiteral("comm"), commOf(pid)}});
}

void removeLock(const QString &runDir)
{
    QFile::remove(lockPath(runDir));
}

bool lockIsAlive(const QString &runDir)
{
    auto lock = readJson(lockPath(runDir));
    if (!lock.ok())
        return false;
    const qint64 pid = lock->value(QStringLiteral("pid")).toInteger();
    if (pid <= 0)
        return false;
    if (::kill(pid_t(pid), 0) != 0 && errno != EPERM)
        return false;
    // A zombie or a recycled pid is not the process that wrote the lock.
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (stat.open(QIODevice::ReadOnly)) {
        const QByteArray s = stat.readAll();
        const int close = s.lastIndexOf(')');
        if (close > 0 && s.mid(close + 2, 1) == "Z")
            return false;
    }
    const QString comm = lock->value(QStringLiteral("comm")).toString();
    return comm.isEmpty() || comm == commOf(pid);
}

Result<void> writeJson(const QString &path, const QJsonObject &object)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    return writeFileAtomically(path, QJsonDocument(object).toJson(QJsonDocument::Indented));
}

Result<QJsonObject> readJson(const QString &path)
{
    auto bytes = readFileLimited(path, 64 * 1024 * 1024);
    if (!bytes.ok())
        return bytes.error();
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &err);
    if (!doc.isObject())
        return makeError(QStringLiteral("bad-json"),
                         Tr::tr("%1 is not a JSON object: %2").arg(path, err.errorString()));
    return doc.object();
}

std::optional<CacheEntry> lookupCache(const QString &workspace, const QString &key)
{
    auto json = readJson(cacheDir(workspace) + QLatin1Char('/') + key + QStringLiteral(".json"));
    if (!json.ok())
        return std::nullopt;
    CacheEntry e;
    e.runId = json->value(QStringLiteral("runId")).toString();
    e.task = json->value(QStringLiteral("task")).toString();
    const QJsonObject outs = json->value(QStringLiteral("outputs")).toObject();
    for (auto it = outs.begin(); it != outs.end(); ++it)
        e.outputs.insert(it.key(), it.value().toString());
    return e;
}

Result<void> storeCache(const QString &workspace, const QString &key, const CacheEntry &entry)
{
    QJsonObject outs;
    for (auto it = entry.outputs.cbegin(); it != entry.outputs.cend(); ++it)
        outs.insert(it.key(), it.value());
    return writeJson(cacheDir(workspace) + QLatin1Char('/') + key + QStringLiteral(".json"),
                     QJsonObject{{QStringLiteral("runId"), entry.runId},
                                 {QStringLiteral("task"), entry.task},
                                 {QStringLiteral("outputs"), outs},
                                 {QStringLiteral("createdMs"), QDateTime::currentMSecsSinceEpoch()}});
}

static Result<void> linkFile(const QString &from, const QString &to)
{
    QDir().mkpath(QFileInfo(to).absolutePath());
    if (::link(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return {};
    if (QFile::copy(from, to))
        return {};
    return makeError(QStringLiteral("copy-failed"),
                     Tr::tr("Cannot copy %1 to %2").arg(from, to));
}

Result<void> linkOrCopy(const QString &from, const QString &to)
{
    const QFileInfo fi(from);
    if (!fi.exists())
        return makeError(QStringLiteral("missing"), Tr::tr("%1 does not exist").arg(from));
    if (!fi.isDir())
        return linkFile(from, to);
    QDir().mkpath(to);
    QDirIterator it(from, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    const QDir base(from);
    while (it.hasNext()) {
        const QString f = it.next();
        WB_TRY(linkFile(f, to + QLatin1Char('/') + base.relativeFilePath(f)));
    }
    return {};
}

} // namespace wb::exec::runfiles
