// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/base/diagnostic.h"

namespace wb {

QString Diagnostic::severityName(Severity s)
{
    switch (s) {
    case Severity::Error: return QStringLiteral("error");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Info: return QStringLiteral("info");
    }
    return QStringLiteral("error");
}

QJsonObject Diagnostic::toJson() const
{
    QJsonObject o{{"severity", severityName(severity)},
                  {"code", code},
                  {"task", task},
                  {"message", message}};
    if (!file.isEmpty())
        o.insert("file", file);
    if (line > 0) {
        o.insert("line", line);
        o.insert("column", column);
    }
    return o;
}

QString Diagnostic::toText() const
{
    QString where = file;
    if (line > 0)
        where += QStringLiteral(":%1:%2").arg(line).arg(column);
    QString s = where.isEmpty() ? QString() : where + QStringLiteral(": ");
    s += severityName(severity) + QStringLiteral(": ") + message;
    if (!task.isEmpty())
        s += QStringLiteral(" [task %1]").arg(task);
    return s;
}

bool hasErrors(const Diagnostics &diagnostics)
{
    for (const Diagnostic &d : diagnostics)
        if (d.severity == Diagnostic::Severity::Error)
            return true;
    return false;
}

} // namespace wb
