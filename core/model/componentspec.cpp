// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/componentspec.h"

namespace wb::model {

QString InputSpec::defaultAsString() const
{
    if (!defaultValue.isValid())
        return {};
    // KFP v1 serializes booleans the Python way.
    if (defaultValue.typeId() == QMetaType::Bool)
        return defaultValue.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    return defaultValue.toString();
}

const InputSpec *ComponentSpec::input(const QString &n) const
{
    for (const InputSpec &i : inputs)
        if (i.name == n)
            return &i;
    return nullptr;
}

const OutputSpec *ComponentSpec::output(const QString &n) const
{
    for (const OutputSpec &o : outputs)
        if (o.name == n)
            return &o;
    return nullptr;
}

QString ComponentSpec::implementationName() const
{
    switch (implementation) {
    case Implementation::Container: return QStringLiteral("container");
    case Implementation::Graph: return QStringLiteral("graph");
    case Implementation::None: break;
    }
    return QString();
}

bool ComponentRef::operator==(const ComponentRef &other) const
{
    if (name != other.name || digest != other.digest || tag != other.tag || url != other.url
        || specInline != other.specInline)
        return false;
    if (!specInline)
        return true;
    if (!spec || !other.spec)
        return spec == other.spec;
    return *spec == *other.spec;
}

} // namespace wb::model
