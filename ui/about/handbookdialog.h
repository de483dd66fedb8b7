// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTextBrowser;

namespace wb::ui {

/// Help → mlwb Handbook (F1): the README (commands, walk-throughs, screenshots) rendered from
/// its Markdown, installed with the app, so help works offline.
class HandbookDialog : public QDialog
{
    Q_OBJECT
public:
    /// `file` empty: wb::plugin::shippedHandbook().
    explicit HandbookDialog(QWidget *parent = nullptr, const QString &file = {});
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser;
};

} // namespace wb::ui
