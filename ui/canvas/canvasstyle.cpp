// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/canvas/canvasstyle.h"

#include <QHash>

namespace wb::ui {

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

CanvasStyle CanvasStyle::fromPalette(const QPalette &palette)
{
    CanvasStyle s;
    s.dark = isDarkPalette(palette);
    const QColor base = palette.color(QPalette::Base);
    const QColor window = palette.color(QPalette::Window);
    const QColor text = palette.color(QPalette::WindowText);
    if (s.dark) {
        s.background = window.darker(125);
        s.gridMinor = s.background.lighter(118);
        s.gridMajor = s.background.lighter(140);
        s.nodeBody = QColor(0x33, 0x36, 0x3d);
        s.nodeHeader = QColor(0x3f, 0x44, 0x4e);
        s.nodeBorder = QColor(0x5a, 0x60, 0x6b);
        s.edge = QColor(0x9a, 0xa3, 0xb0);
    } else {
        s.background = base.darker(103);
        s.gridMinor = s.background.darker(106);
        s.gridMajor = s.background.darker(115);
        s.nodeBody = QColor(0xff, 0xff, 0xff);
        s.nodeHeader = QColor(0xee, 0xf1, 0xf5);
        s.nodeBorder = QColor(0xb4, 0xbb, 0xc6);
        s.edge = QColor(0x6b, 0x74, 0x80);
    }
    s.nodeText = text;
    s.nodeSubText = palette.color(QPalette::PlaceholderText);
    s.selection = palette.color(QPalette::Highlight);
    s.missing = QColor(0xd9, 0x3f, 0x3f);
    s.compatible = QColor(0x2e, 0xb8, 0x5c);
    s.incompatible = QColor(0xd9, 0x3f, 0x3f);
    s.titleFont = QFont();
    s.titleFont.setBold(true);
    s.subFont = QFont();
    s.subFont.setPointSizeF(s.subFont.pointSizeF() * 0.9);
    s.portFont = s.subFont;
    return s;
}

QColor CanvasStyle::typeColor(const QString &typeName) const
{
    static const QHash<QString, int> hues = {
        {QStringLiteral("csv"), 200},      {QStringLiteral("model"), 280},
        {QStringLiteral("metrics"), 35},   {QStringLiteral("string"), 120},
        {QStringLiteral("text"), 150},     {QStringLiteral("integer"), 190},
        {QStringLiteral("float"), 170},    {QStringLiteral("boolean"), 330},
        {QStringLiteral("jsonobject"), 55}, {QStringLiteral("jsonarray"), 65},
        {QStringLiteral("dataset"), 215},
    };
    if (typeName.isEmpty())
        return dark ? QColor(0xb0, 0xb0, 0xb0) : QColor(0x8a, 0x8a, 0x8a);
    const QString key = typeName.toLower();
    const int hue = hues.contains(key) ? hues.value(key) : int(qHash(key) % 360);
    return QColor::fromHsl(hue, dark ? 150 : 170, dark ? 150 : 110);
}

} // namespace wb::ui
