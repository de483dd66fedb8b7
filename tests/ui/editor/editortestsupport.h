// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers shared by the editor GUI tests: real mouse events on the canvas viewport.
#pragma once

#include "core/manifest/pipelinefile.h"
#include "core/model/pipelinedocument.h"
#include "ui/canvas/interactions.h"
#include "ui/canvas/nodeitem.h"
#include "ui/canvas/pipelinescene.h"
#include "ui/canvas/pipelineview.h"
#include "ui/canvas/portitem.h"
#include "ui/editor/pipelineloader.h"

#include <QApplication>
#include <QMimeData>
#include <QMouseEvent>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>

namespace wbtest {

inline QString sourceDir()
{
    return QStringLiteral(MLWB_SOURCE_DIR);
}
inline QString examplesDir()
{
    return sourceDir() + QStringLiteral("/resources/examples");
}
inline QString exampleComponent(const QString &name)
{
    return examplesDir() + QStringLiteral("/components/%1/component.yaml").arg(name);
}

/// A real mouse event on the viewport (QTest::mouseMove does not carry pressed buttons
/// reliably on every Qt 6 version; sending the event ourselves does).
inline void mouse(QWidget *w, QEvent::Type type, const QPoint &pos, Qt::MouseButton button,
                  Qt::MouseButtons buttons, Qt::KeyboardModifiers mods = Qt::NoModifier)
{
    QMouseEvent e(type, pos, w->mapToGlobal(pos), button, buttons, mods);
    QApplication::sendEvent(w, &e);
}

/// Press at `from`, move in steps, release at `to`, all in viewport coordinates.
inline void drag(QWidget *viewport, const QPoint &from, const QPoint &to,
                 Qt::MouseButton button = Qt::LeftButton, Qt::KeyboardModifiers mods = Qt::NoModifier)
{
    mouse(viewport, QEvent::MouseButtonPress, from, button, button, mods);
    for (int i = 1; i <= 5; ++i)
        mouse(viewport, QEvent::MouseMove, from + (to - from) * i / 5, Qt::NoButton, button, mods);
    mouse(viewport, QEvent::MouseButtonRelease, to, button, Qt::NoButton, mods);
}

inline QPoint portPos(wb::ui::PipelineView *view, const QString &task, const QString &port, bool output)
{
    wb::ui::NodeItem *n = view->pipelineScene()->nodeItemByName(task);
    Q_ASSERT(n);
    wb::ui::PortItem *p = n->port(port, output);
    Q_ASSERT(p);
    return view->mapFromScene(p->anchor());
}

/// Simulates dropping `mime` on the view at viewport position `pos` (enter, move, drop).
inline bool dropOn(wb::ui::PipelineView *view, QMimeData *mime, const QPoint &pos)
{
    QWidget *vp = view->viewport();
    QDragEnterEvent enter(pos, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(vp, &enter);
    if (!enter.isAccepted())
        return false;
    QDragMoveEvent move(pos, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(vp, &move);
    QDropEvent drop(pos, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(vp, &drop);
    return drop.isAccepted();
}

inline QMimeData *componentMime(const QStringList &paths)
{
    auto *m = new QMimeData;
    m->setData(QLatin1String(wb::ui::DropComponentInteraction::kComponentMime), paths.join(QLatin1Char('\n')).toUtf8());
    return m;
}

inline QMimeData *fileUrlMime(const QStringList &paths)
{
    auto *m = new QMimeData;
    QList<QUrl> urls;
    for (const QString &p : paths)
        urls.append(QUrl::fromLocalFile(p));
    m->setUrls(urls);
    return m;
}

inline QByteArray bytesOf(const wb::model::PipelineDocument &doc)
{
    return wb::manifest::writePipeline(doc.model());
}

/// Number of distinct colours and of pixels differing from the most common one.
inline QPair<int, double> imageVariety(const QImage &img)
{
    QHash<QRgb, int> counts;
    const QImage i = img.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < i.height(); y += 2)
        for (int x = 0; x < i.width(); x += 2)
            ++counts[i.pixel(x, y)];
    int most = 0, total = 0;
    for (int c : std::as_const(counts)) {
        most = std::max(most, c);
        total += c;
    }
    return {int(counts.size()), total ? 1.0 - double(most) / total : 0.0};
}

} // namespace wbtest
