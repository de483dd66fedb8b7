// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/runmetrics.h"

#include <QRegularExpression>

namespace wb::store::RunMetrics {

QStringList parse(const QVariant &value)
{
    QStringList raw;
    if (value.typeId() == QMetaType::QVariantList || value.typeId() == QMetaType::QStringList) {
        for (const QVariant &v : value.toList())
            raw << v.toString();
    } else {
        static const QRegularExpression separators(QStringLiteral("[,\\n]"));
        raw = value.toString().split(separators);
    }
    QStringList names;
    for (const QString &r : std::as_const(raw)) {
        const QString name = r.trimmed();
        if (!name.isEmpty() && !names.contains(name))
            names << name;
    }
    return names;
}

QStringList fromMetadata(const QVariantMap &metadata)
{
    return parse(metadata.value(QStringLiteral("annotations")).toMap().value(annotation));
}

QString qualifiedName(const QString &task, const QString &metric)
{
    return task + QLatin1Char('.') + metric;
}

} // namespace wb::store::RunMetrics
