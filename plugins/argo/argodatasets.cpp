// SPDX-License-Identifier: GPL-3.0-or-later
#include "argodatasets.h"

#include "core/base/tr.h"

#include <QDir>

namespace wb::argo {

static Error unsupported(const QString &where, const QString &what)
{
    return makeError(QStringLiteral("argo-unsupported"),
                     Tr::tr("\"%1\" uses %2, which the Argo exporter does not support.").arg(where, what));
}

static void warn(Diagnostics *warnings, const QString &artifact, const QString &code, const QString &message)
{
    if (!warnings)
        return;
    Diagnostic d;
    d.severity = Diagnostic::Severity::Warning;
    d.code = code;
    d.task = artifact;
    d.message = message;
    warnings->append(d);
}

// ValueOrRuntimeParameter.constant is a google.protobuf.Value; older IR wrote
// constantValue: {stringValue: ...}.
static QString constantText(const QVariantMap &m)
{
    if (m.contains(QStringLiteral("constant")))
        return m.value(QStringLiteral("constant")).toString();
    return m.value(QStringLiteral("constantValue")).toMap().value(QStringLiteral("stringValue")).toString();
}

Result<QString> importerUri(const QString &task, const QVariantMap &taskSpec, const QVariantMap &importer,
                            const QVariantMap *rootParameters, QString *boundParameter)
{
    const QVariantMap uriSpec = importer.value(QStringLiteral("artifactUri")).toMap();
    QString uri;
    const QString param = uriSpec.value(QStringLiteral("runtimeParameter")).toString();
    if (param.isEmpty()) {
        uri = constantText(uriSpec);
    } else {
        const QVariantMap src = taskSpec.value(QStringLiteral("inputs")).toMap().value(QStringLiteral("parameters"))
                                    .toMap().value(param).toMap();
        if (src.contains(QStringLiteral("runtimeValue"))) {
            uri = constantText(src.value(QStringLiteral("runtimeValue")).toMap());
        } else if (src.contains(QStringLiteral("componentInputParameter"))) {
            const QString input = src.value(QStringLiteral("componentInputParameter")).toString();
            if (!rootParameters)
                return unsupported(task, Tr::tr("an importer whose URI comes from an input of a nested DAG"));
            const QVariantMap def = rootParameters->value(input).toMap();
            if (!def.contains(QStringLiteral("defaultValue")))
                return makeError(QStringLiteral("argo-importer-uri"),
                                 Tr::tr("The importer \"%1\" reads its URI from the pipeline parameter \"%2\", which "
                                        "has no default value. Argo needs the data's location in the workflow: give "
                                        "the parameter a default.").arg(task, input));
            uri = def.value(QStringLiteral("defaultValue")).toString();
            if (boundParameter)
                *boundParameter = input;
        } else {
            return unsupported(task, Tr::tr("an importer URI source it does not know"));
        }
    }
    if (uri.trimmed().isEmpty())
        return makeError(QStringLiteral("argo-importer-uri"),
                         Tr::tr("The importer \"%1\" has no URI to import.").arg(task));
    return uri.trimmed();
}

static QVariantMap location(const char *kind, const QVariantMap &fields)
{
    return QVariantMap{{QLatin1String(kind), fields}};
}

Result<QVariantMap> importerLocation(const QString &uri, const QString &keyPrefix, const QString &artifact,
                                     Diagnostics *warnings)
{
    const qsizetype sep = uri.indexOf(QLatin1String("://"));
    const QString scheme = sep < 0 ? QString() : uri.left(sep).toLower();
    if (sep < 0 || scheme == QLatin1String("file")) {
        const QString local = sep < 0 ? uri : uri.mid(sep + 3);
        // The key mirrors the path under the pipeline's folder; never "../" in a key (Argo
        // allows path traversal in keys).
        QString path = QDir::cleanPath(local);
        while (path.startsWith(QLatin1Char('/')))
            path.remove(0, 1);
        while (path.startsWith(QLatin1String("../")))
            path.remove(0, 3);
        if (path.isEmpty() || path == QLatin1String("..") || path == QLatin1String("."))
            return makeError(QStringLiteral("argo-importer-uri"),
                             Tr::tr("The dataset path \"%1\" of \"%2\" names no file.").arg(uri, artifact));
        const QString key = keyPrefix + QLatin1Char('/') + path;
        warn(warnings, artifact, QStringLiteral("argo-upload-dataset"),
             Tr::tr("Dataset %1 is a local file. Before submitting, upload it (the path is relative to the "
                    "pipeline's folder) to the key \"%2\" in the bucket of your Argo default artifact repository, "
                    "or point the workflow input artifact \"%3\" (spec.arguments.artifacts) at where the data "
                    "lives.").arg(local, key, artifact));
        return location("s3", {{QStringLiteral("key"), key}});
    }
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        return location("http", {{QStringLiteral("url"), uri}});

    const QString rest = uri.mid(sep + 3);
    const QString bucket = rest.section(QLatin1Char('/'), 0, 0);
    const QString key = rest.section(QLatin1Char('/'), 1);
    const bool objectStore = scheme == QLatin1String("s3") || scheme == QLatin1String("gs")
                             || scheme == QLatin1String("oss") || scheme == QLatin1String("minio");
    if (!objectStore)
        return unsupported(artifact, Tr::tr("the dataset URI scheme \"%1://\" (supported: s3, gs, oss, minio, "
                                            "http, https and local paths)").arg(scheme));
    if (bucket.isEmpty() || key.isEmpty())
        return makeError(QStringLiteral("argo-importer-uri"),
                         Tr::tr("The dataset URI \"%1\" of \"%2\" names no object (expected %3://bucket/key).")
                             .arg(uri, artifact, scheme));
    const QVariantMap bucketKey{{QStringLiteral("bucket"), bucket}, {QStringLiteral("key"), key}};
    if (scheme == QLatin1String("gs"))
        return location("gcs", bucketKey);
    if (scheme == QLatin1String("s3")) {
        // Without an endpoint Argo treats the artifact as key-only and swaps in the default
        // repository's bucket.
        QVariantMap s3 = bucketKey;
        s3.insert(QStringLiteral("endpoint"), QStringLiteral("s3.amazonaws.com"));
        return location("s3", s3);
    }
    warn(warnings, artifact, QStringLiteral("argo-dataset-endpoint"),
         Tr::tr("Dataset %1: Argo needs the endpoint of the %2 server, which the URI does not name. Add `endpoint:` "
                "to the workflow input artifact \"%3\"; without it Argo reads the key \"%4\" from its default "
                "artifact repository.").arg(uri, scheme == QLatin1String("oss") ? QStringLiteral("OSS") : QStringLiteral("MinIO"),
                                          artifact, key));
    return location(scheme == QLatin1String("oss") ? "oss" : "s3", bucketKey);
}

} // namespace wb::argo
