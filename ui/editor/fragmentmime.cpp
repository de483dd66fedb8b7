// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/fragmentmime.h"

#include "core/manifest/pipelinefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QSet>

namespace wb::ui::FragmentMime {

// References to tasks outside the fragment cannot be written as a pipeline (the reader
// rejects dangling references), but a paste into the same pipeline should keep them: they
// travel in a JSON side part and are re-attached after reading.
static const char kLinksMime[] = "application/x-mlwb-pipeline-fragment-links";

static QJsonObject takeExternalLinks(model::Task &t, const QSet<QString> &inside)
{
    QJsonObject links;
    QJsonArray args;
    for (qsizetype i = t.arguments.size() - 1; i >= 0; --i) {
        const model::ArgumentValue &v = t.arguments.at(i).second;
        if (v.kind == model::ArgumentValue::Kind::TaskOutput && !inside.contains(v.task)) {
            args.prepend(QJsonObject{{QStringLiteral("input"), t.arguments.at(i).first},
                                     {QStringLiteral("task"), v.task},
                                     {QStringLiteral("output"), v.output},
                                     {QStringLiteral("index"), int(i)}});
            t.arguments.removeAt(i);
        }
    }
    QJsonArray after;
    for (qsizetype i = t.after.size() - 1; i >= 0; --i)
        if (!inside.contains(t.after.at(i))) {
            after.prepend(t.after.at(i));
            t.after.removeAt(i);
        }
    if (t.options.condition && !inside.contains(t.options.condition->task)) {
        const model::RunCondition &c = *t.options.condition;
        links.insert(QStringLiteral("condition"), QJsonObject{{QStringLiteral("task"), c.task},
                                                             {QStringLiteral("output"), c.output},
                                                             {QStringLiteral("op"), c.op},
                                                             {QStringLiteral("value"), c.value}});
        t.options.condition.reset();
    }
    if (!args.isEmpty())
        links.insert(QStringLiteral("arguments"), args);
    if (!after.isEmpty())
        links.insert(QStringLiteral("after"), after);
    return links;
}

static void restoreExternalLinks(model::Task &t, const QJsonObject &links)
{
    for (const QJsonValue &a : links.value(QStringLiteral("arguments")).toArray()) {
        const QJsonObject o = a.toObject();
        const int index = std::clamp(o.value(QStringLiteral("index")).toInt(), 0, int(t.arguments.size()));
        t.arguments.insert(index, {o.value(QStringLiteral("input")).toString(),
                                   model::ArgumentValue::fromTaskOutput(o.value(QStringLiteral("task")).toString(),
                                                                        o.value(QStringLiteral("output")).toString())});
    }
    for (const QJsonValue &a : links.value(QStringLiteral("after")).toArray())
        t.after.append(a.toString());
    const QJsonObject c = links.value(QStringLiteral("condition")).toObject();
    if (!c.isEmpty())
        t.options.condition = model::RunCondition{c.value(QStringLiteral("task")).toString(),
                                                  c.value(QStringLiteral("output")).toString(),
                                                  c.value(QStringLiteral("op")).toString(),
                                                  c.value(QStringLiteral("value")).toString()};
}

QMimeData *toMime(const model::PipelineFragment &fragment, const QString &sourceDir,
                  const QList<model::InputSpec> &parameters)
{
    model::PipelineSnapshot snapshot;
    snapshot.info.name = QStringLiteral("clipboard");
    snapshot.info.parameters = parameters;
    snapshot.tasks = fragment.tasks;
    QSet<QString> inside;
    for (const model::Task &t : snapshot.tasks)
        inside.insert(t.name);
    QJsonObject links;
    for (model::Task &t : snapshot.tasks) {
        const QJsonObject l = takeExternalLinks(t, inside);
        if (!l.isEmpty())
            links.insert(t.name, l);
        if (!t.ref.specInline && !t.ref.url.isEmpty() && QDir::isRelativePath(t.ref.url)
            && !t.ref.url.contains(QLatin1String("://")) && !sourceDir.isEmpty())
            t.ref.url = QDir::cleanPath(QDir(sourceDir).absoluteFilePath(t.ref.url));
    }
    const QByteArray yaml = manifest::writePipeline(snapshot);
    auto *mime = new QMimeData;
    mime->setData(QLatin1String(kMimeType), yaml);
    mime->setText(QString::fromUtf8(yaml));
    mime->setData(QLatin1String(kLinksMime), QJsonDocument(links).toJson(QJsonDocument::Compact));
    return mime;
}

bool canRead(const QMimeData *mime)
{
    return mime && mime->hasFormat(QLatin1String(kMimeType));
}

Result<model::PipelineFragment> fromMime(const QMimeData *mime)
{
    if (!canRead(mime))
        return makeError(QStringLiteral("no-fragment"),
                         QCoreApplication::translate("wb::ui::FragmentMime", "The clipboard holds no tasks."));
    Result<manifest::LoadedPipeline> loaded = manifest::readPipeline(
        mime->data(QLatin1String(kMimeType)), QStringLiteral("clipboard"), QDir::rootPath());
    if (!loaded)
        return loaded.error();
    model::PipelineFragment fragment{loaded->snapshot.tasks};
    const QJsonObject links = QJsonDocument::fromJson(mime->data(QLatin1String(kLinksMime))).object();
    for (model::Task &t : fragment.tasks)
        restoreExternalLinks(t, links.value(t.name).toObject());
    return fragment;
}

} // namespace wb::ui::FragmentMime
