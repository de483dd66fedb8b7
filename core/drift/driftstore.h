// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/drift/driftresult.h"

#include <QStringList>

#include <vector>

namespace wb::drift {

struct StoredDriftReport
{
    QString folder;    ///< <workspace>/.mlwb/runs/<run-id>/drift-report
    QString htmlPath;  ///< folder/drift-report.html
    QString jsonlPath; ///< folder/drift.jsonl
    qint64 runContextId = 0;
    qint64 executionId = 0;
    qint64 htmlArtifactId = 0;    ///< system.HTML
    qint64 metricsArtifactId = 0; ///< system.Metrics
};

/// Keeps a drift comparison as an artifact of a run of the workspace: writes the HTML report
/// and the JSON Lines into `<workspace>/.mlwb/runs/<runId>/drift-report/` and records, in
/// `<workspace>/.mlwb/metadata.sqlite`, a step "drift-report" of that run (KFP's layout): an
/// execution with the two datasets as inputs (system.Dataset) and as outputs a system.HTML
/// artifact (the page) and a system.Metrics artifact (the JSON Lines, with custom properties
/// drift_columns, drift_drifted, drift_share and drift_dataset, so run lists show them), all
/// attributed to the run's context. Storing again replaces the files and updates the same
/// execution and artifacts. `labels` names the windows of a split comparison (else empty).
/// Errors: no store in the workspace, unknown run id (the message names recent runs).
Result<StoredDriftReport> storeDriftReport(const QString &workspace, const QString &runId,
                                           const std::vector<DriftReport> &reports, const QStringList &labels = {});

/// The checks of storeDriftReport that need no report (store and run exist), to fail before
/// a long comparison.
Result<void> checkDriftRun(const QString &workspace, const QString &runId);

/// The local file of an MLMD artifact, for comparing two dataset artifacts: its URI as a
/// `file://` URL or a plain path (relative paths: to the store's workspace). Errors: no such
/// store or artifact, a remote URI (gs://, s3://, minio://...).
Result<QString> artifactLocalFile(const QString &storePath, qint64 artifactId);

} // namespace wb::drift
