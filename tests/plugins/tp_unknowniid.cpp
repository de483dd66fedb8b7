// SPDX-License-Identifier: GPL-3.0-or-later
#include <QObject>

// Refused from its metadata alone; the object never gets created.
class UnknownThing : public QObject
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "io.example.Unknown/1" FILE "other.json")
};

#include "tp_unknowniid.moc"
