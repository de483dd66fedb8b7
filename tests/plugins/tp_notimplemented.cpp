// SPDX-License-Identifier: GPL-3.0-or-later
// Declares the IDriftMetric IID but its object does not implement the interface.
#include "core/plugin/idriftmetric.h"

#include <QObject>

class NotAMetric : public QObject
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID MLWB_IDRIFTMETRIC_IID FILE "notimpl.json")
};

#include "tp_notimplemented.moc"
