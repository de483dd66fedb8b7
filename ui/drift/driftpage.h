// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace wb::ui {

class DriftView;

/// The Drift tab: choose what to compare (two files, or one file split on a time column),
/// then the DriftView shows the result. Exports go through the view.
class DriftPage : public QWidget
{
    Q_OBJECT
public:
    explicit DriftPage(QWidget *parent = nullptr);

    DriftView *view() const { return m_view; }
    /// Starts folder for the file choosers (the workspace).
    void setStartDir(const QString &dir) { m_startDir = dir; }
    /// Fills the two-file inputs and starts the comparison.
    void compareFiles(const QString &reference, const QString &current);
    /// Fills the window inputs ("year", "quarter", "month" or N) and starts the comparison.
    void compareWindows(const QString &file, const QString &timeColumn, const QString &windows);
    QString errorText() const;

signals:
    void statusMessage(const QString &text);

private:
    void browse(QLineEdit *edit);
    void start();
    void exportHtml();
    void exportChart();
    void showError(const QString &text);

    DriftView *m_view;
    QComboBox *m_mode;
    QStackedWidget *m_inputs;
    QLineEdit *m_reference;
    QLineEdit *m_current;
    QLineEdit *m_windowFile;
    QLineEdit *m_timeColumn;
    QComboBox *m_windows;
    QPushButton *m_compare;
    QPushButton *m_exportHtml;
    QPushButton *m_exportChart;
    QString m_startDir;
    QString m_error;
};

} // namespace wb::ui
