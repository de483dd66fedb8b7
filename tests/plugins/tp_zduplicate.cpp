// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/ipackageexporter.h"

#include <QJsonDocument>
#include <QObject>

class DuplicateExporter : public QObject, public wb::plugin::IPackageExporter
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID MLWB_IPACKAGEEXPORTER_IID FILE "good.json")
    Q_INTERFACES(wb::plugin::IPackageExporter)
public:
    QString id() const override { return QStringLiteral("test.good"); }
    QString name() const override { return QStringLiteral("Good"); }
    QString fileSuffix() const override { return QStringLiteral("json"); }
    wb::Result<wb::plugin::ExportedPipeline> exportPipeline(const QVariantMap &ir) override
    {
        return wb::plugin::ExportedPipeline{QJsonDocument::fromVariant(ir).toJson(QJsonDocument::Compact), {}};
    }
};

#include "tp_zduplicate.moc"
