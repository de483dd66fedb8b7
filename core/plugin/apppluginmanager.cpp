// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/apppluginmanager.h"

#include "core/plugin/pluginmanager.h"

#include <QCoreApplication>
#include <QPointer>

namespace wb::plugin {

PluginManager *createAppPluginManager(QObject *parent)
{
    auto *manager = new PluginManager(parent);
    manager->loadPlugins();
    return manager;
}

PluginManager *appPluginManager()
{
    static QPointer<PluginManager> instance;
    if (!instance) {
        Q_ASSERT(QCoreApplication::instance());
        instance = createAppPluginManager(QCoreApplication::instance());
        instance->setObjectName(QStringLiteral("mlwbPluginManager"));
    }
    return instance;
}

} // namespace wb::plugin
