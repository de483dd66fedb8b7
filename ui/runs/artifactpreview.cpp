// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/runs/artifactpreview.h"

#include "core/base/result.h"
#include "ui/runs/runformat.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace wb::ui {

QString localPathOfUri(const QString &uri)
{
    if (uri.startsWith(QLatin1String("file:")))
        return QUrl(uri).toLocalFile();
    if (uri.startsWith(QLatin1Char('/')))
        return uri;
    return {};
}

namespace {

// One CSV line into fields (quotes and doubled quotes; no multi-line fields in a preview).
QStringList splitCsvLine(const QString &line, QChar sep)
{
    QStringList fields;
    QString cur;
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line[i + 1] == QLatin1Char('"')) {
                cur += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cur += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == sep) {
            fields << cur;
            cur.clear();
        } else {
            cur += c;
        }
    }
    fields << cur;
    return fields;
}

wb::Result<QByteArray> readCapped(const QString &path, qint64 cap)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("preview.open"), ArtifactPreview::tr("Cannot open %1: %2").arg(path, f.errorString()));
    return f.read(cap);
}

} // namespace

ArtifactPreview::ArtifactPreview(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);
    m_message = new QLabel(this);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_table = new QStandardItemModel(this);
    m_tableView = new QTableView(this);
    m_tableView->setModel(m_table);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->horizontalHeader()->setStretchLastSection(true);
    m_tableView->verticalHeader()->setDefaultSectionSize(m_tableView->fontMetrics().height() + 6);
    m_text = new QPlainTextEdit(this);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *scroll = new QScrollArea(this);
    m_image = new QLabel(scroll);
    m_image->setAlignment(Qt::AlignCenter);
    scroll->setWidget(m_image);
    scroll->setWidgetResizable(true);
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_tableView);
    m_stack->addWidget(m_text);
    m_stack->addWidget(scroll);
    clear();
}

void ArtifactPreview::clear()
{
    showMessage(tr("Select an artifact to preview it"));
    m_kind = Kind::None;
}

QString ArtifactPreview::text() const
{
    return m_text->toPlainText();
}

QString ArtifactPreview::message() const
{
    return m_message->text();
}

void ArtifactPreview::showMessage(const QString &text)
{
    m_kind = Kind::Message;
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
}

void ArtifactPreview::showArtifact(const store::ArtifactInfo &artifact)
{
    const QString path = localPathOfUri(artifact.uri);
    const bool isMetrics = artifact.typeName.endsWith(QLatin1String("Metrics"));
    if (path.isEmpty() || !QFileInfo(path).isFile()) {
        // Metrics live in the artifact's properties; other remote/missing files say why.
        if (isMetrics || !artifact.customProperties.isEmpty()) {
            showProperties(artifact);
            return;
        }
        showMessage(path.isEmpty() ? tr("%1 is not a local file: no preview").arg(artifact.uri)
                                   : tr("%1 does not exist (anymore) on this machine").arg(path));
        return;
    }
    showFile(path);
}

void ArtifactPreview::showFile(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        const QStringList entries = QDir(path).entryList(QDir::AllEntries | QDir::NoDotAndDotDot, QDir::Name);
        // A KFP output folder often holds one file: preview it.
        if (entries.size() == 1 && QFileInfo(QDir(path).filePath(entries.first())).isFile()) {
            showFile(QDir(path).filePath(entries.first()));
            return;
        }
        m_kind = Kind::Text;
        m_text->setPlainText(tr("Folder %1:\n").arg(path) + entries.join(QLatin1Char('\n')));
        m_stack->setCurrentWidget(m_text);
        return;
    }
    const QString suffix = info.suffix().toLower();
    const QByteArray fmt = suffix.toLatin1();
    if (QImageReader::supportedImageFormats().contains(fmt) && suffix != QLatin1String("svg")) {
        if (info.size() > 8 * kMaxBytes) {
            showMessage(tr("%1 is too large to preview (%2 MB)").arg(path).arg(info.size() / (1024 * 1024)));
            return;
        }
        const QPixmap pix(path);
        if (pix.isNull()) {
            showMessage(tr("Cannot read the image %1").arg(path));
            return;
        }
        m_kind = Kind::Image;
        m_image->setPixmap(pix);
        m_stack->setCurrentIndex(3);
        return;
    }
    auto bytes = readCapped(path, kMaxBytes);
    if (!bytes) {
        showMessage(bytes.error().text());
        return;
    }
    if (suffix == QLatin1String("csv") && showCsv(*bytes, QLatin1Char(',')))
        return;
    if (suffix == QLatin1String("tsv") && showCsv(*bytes, QLatin1Char('\t')))
        return;
    if (suffix == QLatin1String("json") && showJsonTable(*bytes))
        return;
    if (bytes->contains('\0')) {
        showMessage(tr("%1 is a binary file (%2 bytes): no preview").arg(path).arg(info.size()));
        return;
    }
    m_kind = Kind::Text;
    QString text = QString::fromUtf8(*bytes);
    if (info.size() > kMaxBytes)
        text += tr("\n[... truncated: showing the first %1 KB of %2 KB]").arg(kMaxBytes / 1024).arg(info.size() / 1024);
    m_text->setPlainText(text);
    m_stack->setCurrentWidget(m_text);
}

bool ArtifactPreview::showCsv(const QByteArray &bytes, QChar separator)
{
    const QStringList lines = QString::fromUtf8(bytes).split(QLatin1Char('\n'));
    if (lines.isEmpty())
        return false;
    m_table->clear();
    m_table->setHorizontalHeaderLabels(splitCsvLine(lines.first().trimmed(), separator));
    int rows = 0;
    for (int i = 1; i < lines.size() && rows < kMaxRows; ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty() || (i == lines.size() - 1 && !bytes.endsWith('\n') && bytes.size() >= kMaxBytes))
            continue; // blank, or cut by the size cap
        QList<QStandardItem *> items;
        for (const QString &field : splitCsvLine(line, separator))
            items << new QStandardItem(field);
        m_table->appendRow(items);
        ++rows;
    }
    m_kind = Kind::Table;
    m_tableView->resizeColumnsToContents();
    m_stack->setCurrentWidget(m_tableView);
    return true;
}

bool ArtifactPreview::showJsonTable(const QByteArray &bytes)
{
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    QVariantMap flat;
    if (doc.isObject()) {
        const QJsonObject obj = doc.object();
        // KFP metrics ({"metrics": [{"name":..,"numberValue":..}]}) or a flat object
        if (obj.value(QLatin1String("metrics")).isArray()) {
            for (const QJsonValue &m : obj.value(QLatin1String("metrics")).toArray()) {
                const QJsonObject o = m.toObject();
                flat.insert(o.value(QLatin1String("name")).toString(),
                            o.contains(QLatin1String("numberValue")) ? o.value(QLatin1String("numberValue")).toVariant()
                                                                     : o.value(QLatin1String("value")).toVariant());
            }
        } else {
            flat = obj.toVariantMap();
        }
    } else {
        return false;
    }
    m_table->clear();
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    for (auto it = flat.constBegin(); it != flat.constEnd(); ++it)
        m_table->appendRow({new QStandardItem(it.key()), new QStandardItem(RunFormat::valueText(it.value()))});
    m_kind = Kind::Table;
    m_tableView->resizeColumnsToContents();
    m_stack->setCurrentWidget(m_tableView);
    return true;
}

void ArtifactPreview::showProperties(const store::ArtifactInfo &artifact)
{
    m_table->clear();
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    for (const store::Properties *props : {&artifact.properties, &artifact.customProperties}) {
        for (auto it = props->constBegin(); it != props->constEnd(); ++it)
            m_table->appendRow({new QStandardItem(it.key()), new QStandardItem(RunFormat::valueText(it.value()))});
    }
    m_kind = Kind::Table;
    m_tableView->resizeColumnsToContents();
    m_stack->setCurrentWidget(m_tableView);
}

} // namespace wb::ui
