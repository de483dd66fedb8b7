// SPDX-License-Identifier: GPL-3.0-or-later
// `mlwb-cli drift`: thin wrapper over core/drift (reading, engine, JSON/HTML reports).
#include "cli.h"

#include "core/base/fileio.h"
#include "core/drift/csvreader.h"
#include "core/drift/driftengine.h"
#include "core/drift/driftstore.h"
#include "core/drift/htmlreport.h"
#include "core/drift/reportjson.h"
#include "core/drift/windowsplit.h"
#include "core/store/metadatastore.h"
#include "core/vcs/datasetpath.h"

#include <QDir>
#include <QFuture>
#include <QtConcurrent>

#include <algorithm>
#include <cstdio>

namespace {

QStringList splitList(const QString &s)
{
    QStringList out;
    for (const QString &p : s.split(QLatin1Char(','), Qt::SkipEmptyParts))
        out.append(p.trimmed());
    return out;
}

// A CSV, a NAME.dataset.yaml manifest or a .dvc file -> the CSV to read.
wb::Result<wb::drift::DataTable> readInput(const QString &path)
{
    auto file = wb::vcs::resolveDatasetFile(path);
    if (!file)
        return file.error();
    return wb::drift::readCsv(*file);
}

void writeOut(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

void printTable(const wb::drift::DriftReport &rep, const QString &title)
{
    std::vector<const wb::drift::ColumnDrift *> cols;
    for (const auto &c : rep.columns)
        cols.push_back(&c);
    // drifted first, then by the selected method's score (p-value methods: ascending)
    std::stable_sort(cols.begin(), cols.end(), [](const auto *a, const auto *b) {
        if (a->drift != b->drift)
            return a->drift;
        return a->driftScore > b->driftScore;
    });
    if (!title.isEmpty())
        wb::cli::printLine(title);
    wb::cli::printLine(QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
                           .arg(QStringLiteral("column"), -24).arg(QStringLiteral("type"), -12)
                           .arg(QStringLiteral("method"), -14).arg(QStringLiteral("score"), 10)
                           .arg(QStringLiteral("thresh"), 7).arg(QStringLiteral("psi"), 8)
                           .arg(QStringLiteral("missing%"), 14).arg(QStringLiteral("drift")));
    for (const auto *c : cols) {
        const QString miss = QStringLiteral("%1->%2").arg(100 * c->missingRateRef(), 0, 'f', 1).arg(100 * c->missingRateCur(), 0, 'f', 1);
        if (!c->error.isEmpty()) {
            wb::cli::printLine(QStringLiteral("%1 %2 %3").arg(c->column, -24).arg(c->numerical ? "numerical" : "categorical", -12).arg(c->error));
            continue;
        }
        wb::cli::printLine(QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
                               .arg(c->column, -24).arg(c->numerical ? "numerical" : "categorical", -12)
                               .arg(c->driftMethod, -14).arg(c->driftScore, 10, 'g', 4).arg(c->driftThreshold, 7, 'g', 3)
                               .arg(c->binned.psi, 8, 'f', 4).arg(miss, 14)
                               .arg(c->drift ? QStringLiteral("DRIFT") : QStringLiteral("-")));
        for (const QString &w : c->warnings)
            wb::cli::printLine(QStringLiteral("    warning: ") + w);
    }
    const auto &d = rep.dataset;
    wb::cli::printLine(QStringLiteral("dataset: %1 of %2 columns drifted (%3) -> %4; Bonferroni: %5; BH-FDR: %6")
                           .arg(d.selectedDrifted).arg(d.evidentlyTested).arg(d.method)
                           .arg(d.selectedDatasetDrift ? QStringLiteral("DATASET DRIFT") : QStringLiteral("no dataset drift"))
                           .arg(d.bonferroniDrift ? QStringLiteral("drift") : QStringLiteral("none"))
                           .arg(d.fdrDrift ? QStringLiteral("drift") : QStringLiteral("none")));
}

int runDrift(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Per-column data drift between a reference and a current dataset (CSV, "
                                               "dataset manifest, .dvc file or store artifact), or between time windows "
                                               "of one file with --split-by."));
    p.addPositionalArgument(QStringLiteral("REF.csv"), QStringLiteral("Reference data: a CSV (optionally .gz), a NAME.dataset.yaml manifest or a .dvc file."));
    p.addPositionalArgument(QStringLiteral("CUR.csv"), QStringLiteral("Current data (same kinds); omit with --split-by or --ref-artifact/--cur-artifact."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("JSON Lines: one object per column, then a 'dataset' object."));
    const QCommandLineOption cat(QStringLiteral("categorical"), QStringLiteral("Force columns categorical."), QStringLiteral("a,b"));
    const QCommandLineOption num(QStringLiteral("numerical"), QStringLiteral("Force columns numerical."), QStringLiteral("a,b"));
    const QCommandLineOption excl(QStringLiteral("exclude"), QStringLiteral("Skip columns."), QStringLiteral("a,b"));
    const QCommandLineOption cols(QStringLiteral("columns"), QStringLiteral("Only these columns."), QStringLiteral("a,b"));
    const QCommandLineOption bins(QStringLiteral("bins"), QStringLiteral("Quantile bins (default 10)."), QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption method(QStringLiteral("method"), QStringLiteral("auto (Evidently's default tests), reference (KS / chi2 p < alpha), psi, js, wasserstein, ks, chi2, linf, hellinger."), QStringLiteral("M"), QStringLiteral("auto"));
    const QCommandLineOption thr(QStringLiteral("threshold"), QStringLiteral("Threshold of the selected method (default: the method's own)."), QStringLiteral("T"));
    const QCommandLineOption alpha(QStringLiteral("alpha"), QStringLiteral("Significance level (default 0.05)."), QStringLiteral("A"), QStringLiteral("0.05"));
    const QCommandLineOption html(QStringLiteral("html"), QStringLiteral("Write a self-contained HTML report."), QStringLiteral("OUT.html"));
    const QCommandLineOption split(QStringLiteral("split-by"), QStringLiteral("Time column splitting one file into windows."), QStringLiteral("COLUMN"));
    const QCommandLineOption windows(QStringLiteral("windows"), QStringLiteral("year, quarter, month or a number N of equal windows."), QStringLiteral("W"), QStringLiteral("year"));
    const QCommandLineOption refWin(QStringLiteral("reference-window"), QStringLiteral("Window label used as reference (default: the first)."), QStringLiteral("LABEL"));
    const QCommandLineOption storeRun(QStringLiteral("store-run"), QStringLiteral("Keep the HTML report and the JSON Lines as artifacts of this run of the workspace (<workspace>/.mlwb/runs/RUN_ID/drift-report/)."), QStringLiteral("RUN_ID"));
    const QCommandLineOption workspace(QStringLiteral("workspace"), QStringLiteral("Workspace folder (default: .)."), QStringLiteral("DIR"));
    const QCommandLineOption refArtifact(QStringLiteral("ref-artifact"), QStringLiteral("Reference data: the file of this artifact of the metadata store."), QStringLiteral("ID"));
    const QCommandLineOption curArtifact(QStringLiteral("cur-artifact"), QStringLiteral("Current data: the file of this artifact of the metadata store."), QStringLiteral("ID"));
    const QCommandLineOption storeDb(QStringLiteral("store"), QStringLiteral("Metadata store of the artifacts (default: <workspace>/.mlwb/metadata.sqlite)."), QStringLiteral("DB"));
    for (const auto *o : {&json, &cat, &num, &excl, &cols, &bins, &method, &thr, &alpha, &html, &split, &windows, &refWin,
                          &storeRun, &workspace, &refArtifact, &curArtifact, &storeDb})
        p.addOption(*o);
    int exitCode = 0;
    if (!wb::cli::parseArguments(p, QStringLiteral("drift"), args, 0, 2, &exitCode))
        return exitCode;
    bool ok = false;
    const QString ws = wb::cli::workspaceDir(p, workspace);
    // artifacts stand for REF and/or CUR; positional files give the others
    QStringList pos = p.positionalArguments();
    const bool splitMode = p.isSet(split);
    const int artifacts = int(p.isSet(refArtifact)) + int(p.isSet(curArtifact));
    if (artifacts > 0) {
        if (splitMode || pos.size() + artifacts != 2) {
            wb::cli::printError(QStringLiteral("give --ref-artifact ID and --cur-artifact ID, or one of them and a data file for the other"));
            return wb::cli::Usage;
        }
        const QString db = p.isSet(storeDb) ? p.value(storeDb) : wb::store::MetadataStore::defaultPath(ws);
        QStringList files;
        for (const QCommandLineOption *o : {&refArtifact, &curArtifact}) {
            if (!p.isSet(*o)) {
                files.append(pos.takeFirst());
                continue;
            }
            const qint64 id = p.value(*o).toLongLong(&ok);
            if (!ok || id <= 0) {
                wb::cli::printError(QStringLiteral("--%1 needs an artifact id (a positive number)").arg(o->names().first()));
                return wb::cli::Usage;
            }
            auto file = wb::drift::artifactLocalFile(db, id);
            if (!file)
                return wb::cli::fail(file.error());
            files.append(*file);
        }
        pos = files;
    }
    if (splitMode != (pos.size() == 1) || pos.isEmpty()) {
        wb::cli::printError(splitMode ? QStringLiteral("--split-by takes one file") : QStringLiteral("drift needs REF.csv and CUR.csv (or one file with --split-by)"));
        return wb::cli::Usage;
    }
    wb::drift::DriftOptions o;
    o.categorical = splitList(p.value(cat));
    o.numerical = splitList(p.value(num));
    o.exclude = splitList(p.value(excl));
    o.columns = splitList(p.value(cols));
    o.bins = p.value(bins).toInt(&ok);
    if (!ok || o.bins < 2) {
        wb::cli::printError(QStringLiteral("--bins needs an integer >= 2"));
        return wb::cli::Usage;
    }
    o.alpha = p.value(alpha).toDouble(&ok);
    if (!ok || o.alpha <= 0 || o.alpha >= 1) {
        wb::cli::printError(QStringLiteral("--alpha needs a number in (0, 1)"));
        return wb::cli::Usage;
    }
    auto m = wb::drift::parseDriftMethod(p.value(method));
    if (!m) {
        wb::cli::printError(m.error().text());
        return wb::cli::Usage;
    }
    o.method = *m;
    if (p.isSet(thr)) {
        o.threshold = p.value(thr).toDouble(&ok);
        if (!ok || o.threshold < 0) {
            wb::cli::printError(QStringLiteral("--threshold needs a number >= 0"));
            return wb::cli::Usage;
        }
    }

    if (p.isSet(storeRun)) { // before a long comparison
        auto run = wb::drift::checkDriftRun(ws, p.value(storeRun));
        if (!run)
            return wb::cli::fail(run.error());
    }
    std::vector<wb::drift::DriftReport> reports;
    QStringList labels;
    if (!splitMode) {
        // the two files are read in parallel (one core each)
        QFuture<wb::Result<wb::drift::DataTable>> fr = QtConcurrent::run([&] { return readInput(pos[0]); });
        auto cur = readInput(pos[1]);
        auto ref = fr.takeResult(); // result() would copy the whole table
        if (!ref)
            return wb::cli::fail(ref.error());
        if (!cur)
            return wb::cli::fail(cur.error());
        for (const auto &c : ref->columns)
            if (cur->indexOf(c.name) < 0 && !o.exclude.contains(c.name))
                std::fprintf(stderr, "mlwb-cli: warning: column '%s' is missing from %s: skipped\n", qPrintable(c.name), qPrintable(pos[1]));
        auto rep = wb::drift::computeDrift(*ref, *cur, o);
        if (!rep)
            return wb::cli::fail(rep.error());
        reports.push_back(std::move(*rep));
        labels.append(QString());
    } else {
        auto table = readInput(pos[0]);
        if (!table)
            return wb::cli::fail(table.error());
        auto spec = wb::drift::parseWindowSpec(p.value(windows));
        if (!spec) {
            wb::cli::printError(spec.error().text());
            return wb::cli::Usage;
        }
        auto series = wb::drift::computeWindowedDrift(*table, p.value(split), *spec, p.value(refWin), o);
        if (!series)
            return wb::cli::fail(series.error());
        for (auto &w : series->windows) {
            labels.append(w.label);
            reports.push_back(std::move(w));
        }
    }
    for (size_t i = 0; i < reports.size(); ++i) {
        for (const auto &c : reports[i].columns)
            for (const QString &w : c.warnings)
                std::fprintf(stderr, "mlwb-cli: warning: %s\n", qPrintable(w));
        if (p.isSet(json))
            writeOut(wb::drift::reportToJsonLines(reports[i], labels[int(i)]));
        else
            printTable(reports[i], labels[int(i)].isEmpty() ? QString() : QStringLiteral("== window %1 vs %2").arg(labels[int(i)], reports[i].referenceSource));
    }
    std::fflush(stdout);
    if (p.isSet(html)) {
        auto w = wb::writeFileAtomically(p.value(html), wb::drift::htmlReport(reports));
        if (!w)
            return wb::cli::fail(w.error());
    }
    if (p.isSet(storeRun)) {
        auto stored = wb::drift::storeDriftReport(ws, p.value(storeRun), reports, labels);
        if (!stored)
            return wb::cli::fail(stored.error());
        const QString note = QStringLiteral("stored the drift report of run %1 in %2 (artifacts %3 and %4)")
                                 .arg(p.value(storeRun), QDir::toNativeSeparators(stored->folder))
                                 .arg(stored->htmlArtifactId).arg(stored->metricsArtifactId);
        if (p.isSet(json))
            std::fprintf(stderr, "mlwb-cli: %s\n", qPrintable(note)); // stdout holds only JSON
        else
            wb::cli::printLine(note);
    }
    return wb::cli::Ok;
}

const wb::cli::Registration reg{{QStringLiteral("drift"), QStringLiteral("Per-column data drift between two CSV files, dataset manifests or artifacts, or time windows."), &runDrift}};

} // namespace
