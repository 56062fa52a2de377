#include "Palette.h"

#include <QtMath>

namespace herald::ui::palette {

namespace {

double luminance(const QColor &c)
{
    const auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : qPow((v + 0.055) / 1.055, 2.4); };
    const QColor rgb = c.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

QColor themed(const QPalette &palette, QPalette::ColorRole background, QColor light, QColor dark)
{
    return readableOn(isDark(palette) ? dark : light, palette.color(background));
}

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QColor readableOn(const QColor &wanted, const QColor &background, double minRatio)
{
    // Towards white on a dark background, towards black on a light one, in small steps of lightness.
    if (contrastRatio(wanted, background) >= minRatio)
        return wanted;
    const bool lighten = luminance(background) < 0.18;
    QColor c = wanted.toHsl();
    for (int step = 0; step < 100 && contrastRatio(c, background) < minRatio; ++step) {
        const int lightness = qBound(0, c.lightness() + (lighten ? 4 : -4), 255);
        c.setHsl(c.hslHue(), c.hslSaturation(), lightness);
        if (lightness == 0 || lightness == 255)
            break;
    }
    return QColor(c.toRgb().rgb()); // plain 8-bit RGB, as a colour name gives it
}

// Light and dark variants of Teams' attention, warning and good colours. Teams' warning yellow (#F8D22A)
// and good green (#92C353) are fills, too pale for text on white: darker tones of them stand in there.
QColor errorColor(const QPalette &palette, QPalette::ColorRole background)
{
    return themed(palette, background, QColor(0xC4, 0x31, 0x4B), QColor(0xD7, 0x46, 0x54));
}

QColor warningColor(const QPalette &palette, QPalette::ColorRole background)
{
    return themed(palette, background, QColor(0x8A, 0x6D, 0x00), QColor(0xF8, 0xD2, 0x2A));
}

QColor okColor(const QPalette &palette, QPalette::ColorRole background)
{
    return themed(palette, background, QColor(0x23, 0x7B, 0x4B), QColor(0x92, 0xC3, 0x53));
}

} // namespace herald::ui::palette
