#pragma once

#include <QColor>
#include <QPalette>

// Text colours that stay readable on the system's palette, light or dark: Teams' own colours (PROTOCOL.md,
// "How Teams draws a card") for the palette's theme, made lighter or darker where the palette's background
// needs it to reach WCAG's 4.5:1 contrast for text.
namespace herald::ui::palette {

inline constexpr double MinTextContrast = 4.5;

// Whether the palette's window is dark (a dark system theme).
bool isDark(const QPalette &palette);

// For errors and failures (Teams' attention colour), notes and warnings, and things done or met (good),
// readable on the palette's `background` role.
QColor errorColor(const QPalette &palette, QPalette::ColorRole background = QPalette::Window);
QColor warningColor(const QPalette &palette, QPalette::ColorRole background = QPalette::Window);
QColor okColor(const QPalette &palette, QPalette::ColorRole background = QPalette::Window);

// WCAG 2 contrast ratio of two colours, 1 (none) to 21 (black on white).
double contrastRatio(const QColor &a, const QColor &b);
// `wanted`, lightened or darkened as little as needed to reach `minRatio` against `background`.
QColor readableOn(const QColor &wanted, const QColor &background, double minRatio = MinTextContrast);

} // namespace herald::ui::palette
