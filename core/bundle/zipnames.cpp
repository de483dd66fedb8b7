// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bundle/zipnames.h"

#include "core/base/tr.h"

#include <QStringList>

namespace wb::bundle {

static Error unsafe(const QString &name, const QString &why)
{
    return makeError(QStringLiteral("zip-unsafe-name"),
                     Tr::tr("Refusing archive member \"%1\": %2.").arg(name, why));
}

Result<void> checkMemberName(const QString &name)
{
    if (name.isEmpty())
        return unsafe(name, Tr::tr("the name is empty"));
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return unsafe(name, Tr::tr("the name contains a control character"));
    }
    if (name.contains(QLatin1Char('\\')))
        return unsafe(name, Tr::tr("the name contains a backslash"));
    if (name.startsWith(QLatin1Char('/')))
        return unsafe(name, Tr::tr("absolute paths are not allowed"));
    if (name.size() >= 2 && name.at(1) == QLatin1Char(':') && name.at(0).isLetter())
        return unsafe(name, Tr::tr("drive letters are not allowed"));
    QString path = name;
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    const QStringList parts = path.split(QLatin1Char('/'));
    for (const QString &part : parts) {
        if (part.isEmpty())
            return unsafe(name, Tr::tr("the path has an empty component"));
        if (part == QLatin1String("..") || part == QLatin1String("."))
            return unsafe(name, Tr::tr("\".\" and \"..\" components are not allowed"));
        if (part.contains(QLatin1Char(':')))
            return unsafe(name, Tr::tr("the name contains ':'"));
    }
    return {};
}

} // namespace wb::bundle
