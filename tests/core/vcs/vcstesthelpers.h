// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace wb::vcs::test {

/// Keeps the user's ~/.gitconfig out of the tests: libgit2 and git read $HOME and
/// XDG_CONFIG_HOME, so both point at an empty folder before libgit2 starts.
inline void isolateGitConfig(const QString &home)
{
    qputenv("HOME", home.toUtf8());
    qputenv("XDG_CONFIG_HOME", (home + "/.config").toUtf8());
    qputenv("GIT_CONFIG_NOSYSTEM", "1");
}

/// Runs the git CLI (tests cross-check libgit2 with it); returns stdout, trimmed.
inline QString git(const QString &dir, const QStringList &args, int *exitCode = nullptr)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    QStringList full{"-c", "user.name=Cli Tester", "-c", "user.email=cli@example.com"};
    full += args;
    p.start("git", full);
    p.waitForFinished(60000);
    if (exitCode)
        *exitCode = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

inline void writeText(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    f.open(QIODevice::WriteOnly | QIODevice::Truncate);
    f.write(bytes);
}

/// Error text of a Result for QVERIFY2 (which evaluates its message even on success).
template<typename R>
QString why(const R &r)
{
    return r.ok() ? QString() : r.error().text();
}

inline QByteArray readText(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

} // namespace wb::vcs::test
