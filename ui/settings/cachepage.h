// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace wb::ui {

/// The Settings dialog's Cache page: where the workspace's step cache is
/// (<workspace>/.mlwb/cache, the index of outputs runs can reuse), how big it is (counted off
/// the GUI thread) and Clear (asks first, deletes off the GUI thread).
class CachePage : public QWidget
{
    Q_OBJECT
public:
    explicit CachePage(const QString &workspace, QWidget *parent = nullptr);

    QString location() const { return m_location; }
    /// Counts the folder again (asynchronously; sizeChanged() follows).
    void refresh();
    /// Asks (through the hook, or a message box), then clears the folder asynchronously.
    void clearInteractive();
    /// Replaces the confirmation box (tests).
    void setConfirmClear(std::function<bool()> confirm) { m_confirm = std::move(confirm); }
    bool isBusy() const { return m_busy; }
    QString sizeText() const;

signals:
    void sizeChanged(qint64 bytes, qint64 files);
    /// ok=false: message says what could not be deleted.
    void cleared(bool ok, const QString &message);

private:
    void setBusy(bool busy);

    QString m_location;
    QLineEdit *m_path = nullptr;
    QLabel *m_size = nullptr;
    QPushButton *m_clear = nullptr;
    std::function<bool()> m_confirm;
    bool m_busy = false;
    int m_generation = 0; ///< drops a count that a newer one replaced
};

} // namespace wb::ui
