// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QVariantMap>
#include <QtPlugin>

namespace wb::plugin {

/// Contributes a container runtime (Podman, a remote Docker, ...). create() returns a new
/// wb::exec::ContainerRuntime (a QObject, so this header does not depend on core/exec); the
/// caller owns it.
class IContainerRuntimeFactory
{
public:
    virtual ~IContainerRuntimeFactory() = default;

    virtual QString id() const = 0;
    virtual QString name() const = 0;
    virtual QObject *create(const QVariantMap &settings) = 0;
};

} // namespace wb::plugin

#define MLWB_ICONTAINERRUNTIMEFACTORY_IID "io.mlwb.IContainerRuntimeFactory/1"
Q_DECLARE_INTERFACE(wb::plugin::IContainerRuntimeFactory, MLWB_ICONTAINERRUNTIMEFACTORY_IID)
