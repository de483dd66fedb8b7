// SPDX-License-Identifier: GPL-3.0-or-later
#include <QObject>

// Proves the refusal happened before the library was loaded: this never runs.
[[maybe_unused]] static const bool s_loaded = qputenv("MLWB_TP_LOADED_WRONGVERSION", "1");

// Built for an older version of the exporter interface (version 1 returned no warnings).
// Refused from its metadata alone; the object never gets created.
class OldExporter : public QObject
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "io.mlwb.IPackageExporter/1" FILE "good2.json")
};

#include "tp_wrongversion.moc"
