// SPDX-License-Identifier: GPL-3.0-or-later
#include <QObject>

// Proves the refusal happened before the library was loaded: this never runs.
[[maybe_unused]] static const bool s_loaded = qputenv("MLWB_TP_LOADED_WRONGVERSION", "1");

// Refused from its metadata alone; the object never gets created.
class FutureExporter : public QObject
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "io.mlwb.IPackageExporter/2" FILE "good2.json")
};

#include "tp_wrongversion.moc"
