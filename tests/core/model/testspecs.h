// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/componentspec.h"

#include <QStringList>

#include <initializer_list>
#include <memory>
#include <utility>

namespace wb::test {

/// "name:Type" or "name:Type?" (optional) or "name" (untyped).
inline model::ComponentSpecPtr makeSpec(const QString &name,
                                        std::initializer_list<const char *> inputs,
                                        std::initializer_list<const char *> outputs)
{
    auto spec = std::make_shared<model::ComponentSpec>();
    spec->name = name;
    spec->implementation = model::ComponentSpec::Implementation::Container;
    spec->container.image = QStringLiteral("busybox:1.36");
    for (const char *i : inputs) {
        QString s = QString::fromLatin1(i);
        model::InputSpec in;
        if (s.endsWith(QLatin1Char('?'))) {
            in.optional = true;
            s.chop(1);
        }
        const QStringList parts = s.split(QLatin1Char(':'));
        in.name = parts.at(0);
        if (parts.size() > 1)
            in.type = model::TypeSpec::fromName(parts.at(1));
        spec->inputs.append(in);
    }
    for (const char *o : outputs) {
        const QStringList parts = QString::fromLatin1(o).split(QLatin1Char(':'));
        model::OutputSpec out;
        out.name = parts.at(0);
        if (parts.size() > 1)
            out.type = model::TypeSpec::fromName(parts.at(1));
        spec->outputs.append(out);
    }
    return spec;
}

inline model::ComponentRef inlineRef(const model::ComponentSpecPtr &spec)
{
    model::ComponentRef ref;
    ref.spec = spec;
    ref.specInline = true;
    return ref;
}

} // namespace wb::test
