// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exec/containerruntime.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

#include <unistd.h>

namespace wb::exec {

QStringList ContainerRequest::secretValues() const
{
    QStringList values;
    for (const QString &name : secretEnvNames) {
        const QString value = env.value(name);
        if (!value.isEmpty())
            values.append(value);
    }
    // Longest first, so a secret that contains another is redacted whole.
    std::sort(values.begin(), values.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return values;
}

static QString sanitizeNamePart(const QString &part)
{
    static const QRegularExpression bad(QStringLiteral("[^A-Za-z0-9_.-]+"));
    QString s = part;
    s.replace(bad, QStringLiteral("-"));
    return s;
}

QString ContainerRuntime::containerName(const ContainerRequest &request)
{
    const QString run = request.runId.isEmpty() ? QStringLiteral("adhoc") : request.runId;
    const QString task = request.taskName.isEmpty() ? QStringLiteral("step") : request.taskName;
    QString name = QStringLiteral("mlwb-%1-%2-%3")
                       .arg(sanitizeNamePart(run), sanitizeNamePart(task))
                       .arg(request.attempt);
    // Engines accept long names, but logs and `docker ps` do not read well; keep it unique
    // with a short digest of the full name when it has to be cut.
    if (name.size() > 100) {
        const QByteArray digest =
            QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex().left(12);
        name = name.left(87) + QLatin1Char('-') + QString::fromLatin1(digest);
    }
    return name;
}

static QString shellQuote(const QString &arg)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (!arg.isEmpty() && safe.match(arg).hasMatch())
        return arg;
    QString quoted = arg;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString ContainerRuntime::renderArgv(const QStringList &argv, const QStringList &secretValues)
{
    QStringList parts;
    parts.reserve(argv.size());
    for (QString arg : argv) {
        for (const QString &secret : secretValues) {
            if (!secret.isEmpty())
                arg.replace(secret, QStringLiteral("***"));
        }
        parts.append(shellQuote(arg));
    }
    return parts.join(QLatin1Char(' '));
}

Result<void> ContainerRuntime::pullImage(const QString &image, const PullLineFn &, const CancelCheckFn &)
{
    return makeError(QStringLiteral("PullUnsupported"),
                     tr("This runtime cannot pull images ('%1')").arg(image));
}

QString ContainerRuntime::invokingUser()
{
    return QStringLiteral("%1:%2").arg(::getuid()).arg(::getgid());
}

QString ContainerRuntime::workspaceLabelValue(const QString &workspace)
{
    const QString path = QFileInfo(workspace).absoluteFilePath();
    return QString::fromLatin1(QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

} // namespace wb::exec
