// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QPalette>
#include <QString>

namespace wb::ui {

/// Colours and metrics of the canvas, derived once from the application palette (light or
/// dark) and shared by every item, so painting allocates nothing and a theme change is one
/// recomputation.
struct CanvasStyle
{
    bool dark = false;
    QColor background;
    QColor gridMinor;
    QColor gridMajor;
    QColor nodeBody;
    QColor nodeHeader;
    QColor nodeBorder;
    QColor nodeText;
    QColor nodeSubText;
    QColor selection;
    QColor missing;
    QColor edge;
    QColor compatible;
    QColor incompatible;
    QFont titleFont;
    QFont subFont;
    QFont portFont;

    static constexpr double nodeWidth = 200;
    static constexpr double headerHeight = 42;
    static constexpr double portRowHeight = 20;
    static constexpr double portRadius = 5.5;
    static constexpr double cornerRadius = 6;
    /// Level-of-detail thresholds (device pixels per scene unit): below minLodShapes a node is
    /// a plain block, below minLodPorts ports are not drawn, below minLodText the node's small
    /// texts give way to one label (the task name) scaled to stay readable.
    static constexpr double minLodShapes = 0.15;
    static constexpr double minLodPorts = 0.3;
    static constexpr double minLodText = 0.55;
    /// On-screen pixel size of that zoomed-out label.
    static constexpr double zoomedOutLabelPixels = 11;

    static CanvasStyle fromPalette(const QPalette &palette);
    /// A stable colour per KFP type name (known types get fixed hues; others a hash hue).
    QColor typeColor(const QString &typeName) const;
};

/// Whether a palette is dark (Qt 6.4 has no QStyleHints::colorScheme: use window lightness).
bool isDarkPalette(const QPalette &palette);

} // namespace wb::ui
