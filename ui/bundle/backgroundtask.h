// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/tr.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QtConcurrent>

#include <functional>
#include <memory>
#include <optional>

namespace wb::ui {

/// Runs `work` on a pool thread while the window stays responsive: after a moment a modal
/// progress dialog (busy bar, Cancel) appears. Returns the result, or nullopt when the user
/// cancelled. Work in progress cannot be interrupted, so a cancelled task runs to its end in
/// the background and `undo` (if given) then removes what it wrote.
template <typename T>
std::optional<T> runInBackground(QWidget *parent, const QString &label, std::function<T()> work,
                                 std::function<void(const T &)> undo = {})
{
    using Ptr = std::shared_ptr<T>;
    QFuture<Ptr> future = QtConcurrent::run([work = std::move(work)] { return std::make_shared<T>(work()); });
    QProgressDialog dialog(label, Tr::tr("Cancel"), 0, 0, parent);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(400);
    QEventLoop loop;
    QFutureWatcher<Ptr> watcher;
    QObject::connect(&watcher, &QFutureWatcher<Ptr>::finished, &loop, &QEventLoop::quit);
    QObject::connect(&dialog, &QProgressDialog::canceled, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished())
        loop.exec();
    if (future.isFinished() && !dialog.wasCanceled())
        return *future.result();
    if (undo) {
        auto *late = new QFutureWatcher<Ptr>;
        QObject::connect(late, &QFutureWatcher<Ptr>::finished, late, [late, undo] {
            undo(*late->result());
            late->deleteLater();
        });
        late->setFuture(future);
    }
    return std::nullopt;
}

} // namespace wb::ui
