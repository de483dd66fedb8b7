// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs mlwb-cli for the executor end-to-end tests.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json;

    QJsonObject step(const QString &task) const
    {
        for (const QJsonValue &v : json.value(QStringLiteral("steps")).toArray())
            if (v.toObject().value(QStringLiteral("task")).toString() == task)
                return v.toObject();
        return {};
    }
    QString state(const QString &task) const { return step(task).value(QStringLiteral("state")).toString(); }
    QString runDir() const { return json.value(QStringLiteral("runDir")).toString(); }
};

inline QString cliPath()
{
    return qEnvironmentVariable("MLWB_CLI");
}

/// The steps of the sklearn example call `python3`; the system one has scikit-learn even
/// when another python3 comes first on PATH.
inline QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin:") + env.value(QStringLiteral("PATH")));
    return env;
}

inline CliResult runCli(const QStringList &args, int timeoutMs = 300000,
                        const QProcessEnvironment &env = cliEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(cliPath(), args);
    CliResult r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = "timed out";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    r.json = QJsonDocument::fromJson(r.out).object();
    return r;
}

inline QByteArray fileContent(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline QString examplesDir()
{
    return QStringLiteral(MLWB_SOURCE_DIR "/resources/examples");
}
