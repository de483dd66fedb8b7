// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace wb::ui {

/// Application colour theme. System follows the platform palette (Qt 6.4 has no
/// QStyleHints::colorScheme, so "dark" is judged by the window colour's lightness).
enum class Theme { System, Light, Dark };

namespace ThemeManager {
QString name(Theme theme);
Theme fromName(const QString &name);
/// Applies the theme to the whole application (palette; Fusion style for Light/Dark).
void apply(Theme theme);
Theme current();
bool isDark();
} // namespace ThemeManager

} // namespace wb::ui
