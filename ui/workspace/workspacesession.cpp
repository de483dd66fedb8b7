// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workspace/workspacesession.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace wb::ui::workspacesession {

static QString group(const QString &workspace)
{
    const QByteArray path = QDir::cleanPath(QDir(workspace).absolutePath()).toUtf8();
    return QStringLiteral("sessions/")
           + QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha1).toHex().left(16));
}

QStringList lastPipelines(const QString &workspace)
{
    if (workspace.isEmpty())
        return {};
    const QDir dir(workspace);
    QStringList out;
    for (const QString &p : QSettings().value(group(workspace) + QStringLiteral("/pipelines")).toStringList()) {
        const QString abs = QDir::cleanPath(dir.absoluteFilePath(p));
        if (QFileInfo(abs).isFile())
            out << abs;
    }
    return out;
}

void save(const QString &workspace, const QStringList &pipelines)
{
    if (workspace.isEmpty())
        return;
    QSettings s;
    const QString key = group(workspace);
    if (pipelines.isEmpty()) {
        s.remove(key);
        return;
    }
    const QDir dir(workspace);
    QStringList stored;
    for (const QString &p : pipelines) {
        const QString rel = dir.relativeFilePath(p);
        stored << (rel.startsWith(QLatin1String("../")) ? QFileInfo(p).absoluteFilePath() : rel);
    }
    s.setValue(key + QStringLiteral("/workspace"), QDir(workspace).absolutePath());
    s.setValue(key + QStringLiteral("/pipelines"), stored);
}

} // namespace wb::ui::workspacesession
