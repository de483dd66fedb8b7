// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/storetypes.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QStandardItemModel;
class QTableView;

namespace wb::ui {

/// Shows an artifact's content chosen by URI / file extension: CSV/TSV head as a table,
/// metrics (JSON object or the artifact's metric properties) as a table, images, plain text.
/// Files are read with a size cap; remote URIs (gs://, s3://...) only show their properties.
class ArtifactPreview : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { None, Table, Text, Image, Message };
    explicit ArtifactPreview(QWidget *parent = nullptr);

    void showArtifact(const store::ArtifactInfo &artifact);
    void showFile(const QString &path);
    void clear();

    Kind kind() const { return m_kind; }
    QStandardItemModel *tableModel() const { return m_table; }
    QString text() const;
    QString message() const;

    static constexpr qint64 kMaxBytes = 2 * 1024 * 1024;
    static constexpr int kMaxRows = 200;

private:
    void showMessage(const QString &text);
    bool showCsv(const QByteArray &bytes, QChar separator);
    bool showJsonTable(const QByteArray &bytes);
    void showProperties(const store::ArtifactInfo &artifact);

    Kind m_kind = Kind::None;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_tableView = nullptr;
    QStandardItemModel *m_table = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_image = nullptr;
    QLabel *m_message = nullptr;
};

/// Local file path of an artifact URI ("file:///x", "/x"); empty for remote URIs.
QString localPathOfUri(const QString &uri);

} // namespace wb::ui
