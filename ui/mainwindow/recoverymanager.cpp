// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/recoverymanager.h"

#include "core/base/fileio.h"
#include "core/manifest/pipelinefile.h"
#include "core/model/pipelinedocument.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTimer>
#include <QUuid>

namespace wb::ui {

static const char kSuffix[] = ".pipeline.yaml";

RecoveryManager::RecoveryManager(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
    , m_dir(defaultDirectory())
{
    m_timer->setInterval(5000);
    connect(m_timer, &QTimer::timeout, this, &RecoveryManager::autosaveNow);
}

QString RecoveryManager::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

void RecoveryManager::setIntervalMs(int ms)
{
    m_timer->setInterval(std::max(100, ms));
}

int RecoveryManager::intervalMs() const
{
    return m_timer->interval();
}

void RecoveryManager::setDocument(model::PipelineDocument *doc)
{
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = doc;
    m_untitledKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_savedIndex = -1;
    if (!doc) {
        m_timer->stop();
        return;
    }
    connect(doc, &model::PipelineDocument::dirtyChanged, this, [this](bool dirty) {
        if (dirty) {
            m_timer->start();
        } else {
            m_timer->stop();
            discardCurrent();
        }
    });
    connect(doc, &QObject::destroyed, this, [this] { setDocument(nullptr); });
    if (doc->isDirty())
        m_timer->start();
    else
        m_timer->stop();
}

QString RecoveryManager::slotKey() const
{
    const QString path = m_doc ? m_doc->filePath() : QString();
    const QString id = path.isEmpty() ? m_untitledKey : QDir::cleanPath(QDir(path).absolutePath());
    return sha256Hex(id.toUtf8()).left(16);
}

QString RecoveryManager::currentRecoveryPath() const
{
    return m_dir + QLatin1Char('/') + slotKey() + QLatin1String(kSuffix);
}

bool RecoveryManager::autosaveNow()
{
    if (!m_doc || !m_doc->isDirty() || m_doc->undoStack()->index() == m_savedIndex)
        return false;
    if (!QDir().mkpath(m_dir)) {
        emit autosaveFailed(tr("Cannot create the recovery folder %1.").arg(m_dir));
        return false;
    }
    const QString path = currentRecoveryPath();
    Result<void> r = writeFileAtomically(path, manifest::writePipeline(m_doc->model()));
    if (r) {
        QJsonObject meta{{QStringLiteral("original"), m_doc->filePath()},
                         {QStringLiteral("saved"), QDateTime::currentDateTime().toString(Qt::ISODate)}};
        r = writeFileAtomically(path.left(path.size() - int(strlen(kSuffix))) + QStringLiteral(".json"),
                                QJsonDocument(meta).toJson());
    }
    if (!r) {
        emit autosaveFailed(tr("Autosave failed: %1").arg(r.error().text()));
        return false;
    }
    if (!m_lastWritten.isEmpty() && m_lastWritten != path)
        remove(RecoveryEntry{m_lastWritten, {}, {}}); // the file was renamed (Save As)
    m_lastWritten = path;
    m_savedIndex = m_doc->undoStack()->index();
    emit autosaved(path);
    return true;
}

void RecoveryManager::discardCurrent()
{
    if (!m_doc)
        return;
    remove(RecoveryEntry{currentRecoveryPath(), {}, {}});
    if (!m_lastWritten.isEmpty())
        remove(RecoveryEntry{m_lastWritten, {}, {}});
    m_lastWritten.clear();
    m_savedIndex = -1;
}

void RecoveryManager::remove(const RecoveryEntry &entry)
{
    QFile::remove(entry.recoveryPath);
    QFile::remove(entry.recoveryPath.left(entry.recoveryPath.size() - int(strlen(kSuffix))) + QStringLiteral(".json"));
}

QList<RecoveryEntry> RecoveryManager::pendingRecoveries() const
{
    QList<RecoveryEntry> out;
    const QString current = m_doc ? currentRecoveryPath() : QString();
    const QFileInfoList files = QDir(m_dir).entryInfoList({QStringLiteral("*") + QLatin1String(kSuffix)},
                                                          QDir::Files, QDir::Time);
    for (const QFileInfo &f : files) {
        if (f.absoluteFilePath() == current)
            continue;
        RecoveryEntry e{f.absoluteFilePath(), {}, f.lastModified()};
        QFile meta(f.absoluteFilePath().left(f.absoluteFilePath().size() - int(strlen(kSuffix))) + QStringLiteral(".json"));
        if (meta.open(QIODevice::ReadOnly)) {
            const QJsonObject o = QJsonDocument::fromJson(meta.read(64 * 1024)).object();
            e.originalPath = o.value(QStringLiteral("original")).toString();
        }
        out.append(e);
    }
    return out;
}

} // namespace wb::ui
