// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/diagnostic.h"
#include "core/base/result.h"

#include <QVariantMap>

namespace wb::argo {

/// The URI a KFP importer task imports: the executor's artifactUri constant, or the value of
/// the task input it names (artifactUri.runtimeParameter): a constant, or - in the root DAG
/// only - the default of the pipeline parameter bound to it (`rootParameters` = the root's
/// inputDefinitions.parameters). `boundParameter` receives that parameter's name, if any.
Result<QString> importerUri(const QString &task, const QVariantMap &taskSpec, const QVariantMap &importer,
                            const QVariantMap *rootParameters, QString *boundParameter);

/// The Argo artifact location of a dataset URI, as the fields to merge into an artifact:
///   s3://b/k       -> {s3: {endpoint: s3.amazonaws.com, bucket: b, key: k}}
///   gs://b/k       -> {gcs: {bucket: b, key: k}}
///   http(s)://...  -> {http: {url: ...}}
///   oss://b/k, minio://b/k -> {oss|s3: {bucket: b, key: k}} and a warning: Argo needs the
///                     endpoint, which the URI does not carry (without one Argo reads the key
///                     from its default artifact repository)
///   a local path (relative to the pipeline's folder, or file://) -> a key-only artifact
///                     {s3: {key: <keyPrefix>/<path>}}: Argo (>= 3.0) fills in the bucket and
///                     credentials of the default artifact repository; a warning says what
///                     to upload where.
/// Other schemes are refused ("argo-unsupported"). `artifact` names the artifact in messages.
Result<QVariantMap> importerLocation(const QString &uri, const QString &keyPrefix, const QString &artifact,
                                     Diagnostics *warnings);

} // namespace wb::argo
