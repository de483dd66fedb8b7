// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>

class QTimer;

namespace wb::model {
class PipelineDocument;
}

namespace wb::ui {

/// One recovery file left behind (by a crash) or being written.
struct RecoveryEntry
{
    QString recoveryPath;  ///< <dir>/<hash>.pipeline.yaml
    QString originalPath;  ///< the file it is a copy of; empty for an untitled pipeline
    QDateTime saved;
};

/// Autosave: while the document has unsaved changes, writes it every `interval` to
/// AppDataLocation/recovery/<hash>.pipeline.yaml (+ a small .json sidecar naming the original
/// file). Saving, discarding or closing normally removes the file; a crash leaves it for the
/// next start to offer.
class RecoveryManager : public QObject
{
    Q_OBJECT
public:
    explicit RecoveryManager(QObject *parent = nullptr);

    static QString defaultDirectory();
    void setDirectory(const QString &dir) { m_dir = dir; }
    QString directory() const { return m_dir; }
    void setIntervalMs(int ms);
    int intervalMs() const;

    /// Watches `doc` (null stops). A new document gets a new recovery slot.
    void setDocument(model::PipelineDocument *doc);
    /// Writes now when there are unsaved changes not written yet; returns whether it wrote.
    bool autosaveNow();
    /// The current document's recovery file (may not exist).
    QString currentRecoveryPath() const;
    /// Deletes the current document's recovery file (saved, discarded, closed).
    void discardCurrent();
    /// Recovery files present in the directory (other than the current document's).
    QList<RecoveryEntry> pendingRecoveries() const;
    static void remove(const RecoveryEntry &entry);

signals:
    void autosaved(const QString &recoveryPath);
    void autosaveFailed(const QString &message);

private:
    QString slotKey() const;

    model::PipelineDocument *m_doc = nullptr;
    QTimer *m_timer;
    QString m_dir;
    QString m_untitledKey;
    QString m_lastWritten;
    int m_savedIndex = -1;   ///< undo index last written (avoid rewriting the same state)
};

} // namespace wb::ui
