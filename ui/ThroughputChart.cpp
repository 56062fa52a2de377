#include "ThroughputChart.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPaintEvent>

#include <algorithm>
#include <cmath>

namespace herald::ui {

ThroughputChart::ThroughputChart(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Messages per second"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    updateDescription();
}

ThroughputChart::~ThroughputChart() = default;

void ThroughputChart::addSample(qint64 atMs, double messagesPerSecond)
{
    if (!m_samples.isEmpty() && atMs < m_samples.constLast().first)
        m_samples.clear(); // a new run started its clock again
    m_samples.append({atMs, std::max(0.0, messagesPerSecond)});
    const qint64 oldest = atMs - WindowMs;
    const auto firstKept = std::find_if(m_samples.cbegin(), m_samples.cend(),
                                        [oldest](const auto &s) { return s.first >= oldest; });
    m_samples.erase(m_samples.cbegin(), firstKept);
    updateDescription();
    update();
}

void ThroughputChart::clear()
{
    m_samples.clear();
    updateDescription();
    update();
}

double ThroughputChart::peak() const
{
    double top = 0;
    for (const auto &s : m_samples)
        top = std::max(top, s.second);
    return top;
}

QSize ThroughputChart::sizeHint() const
{
    return {320, 90};
}

QSize ThroughputChart::minimumSizeHint() const
{
    return {120, 60};
}

void ThroughputChart::updateDescription()
{
    const QLocale locale;
    setAccessibleDescription(
        m_samples.isEmpty() ? tr("No messages sent in the last minute.")
                            : tr("%1 messages per second now; peak %2 in the last minute.")
                                  .arg(locale.toString(latest(), 'f', 1), locale.toString(peak(), 'f', 1)));
    setToolTip(accessibleDescription());
}

void ThroughputChart::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QRectF frame = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.fillRect(frame, pal.color(QPalette::Base));
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawRect(frame);

    const QFontMetrics fm(font());
    const QLocale locale;
    const double top = std::max(1.0, peak() * 1.15);
    const QRectF plot = frame.adjusted(4, fm.height() + 4, -4, -4);

    // Scale: the top value and a faint midline.
    painter.setPen(QPen(pal.color(QPalette::Midlight), 1, Qt::DashLine));
    painter.drawLine(QPointF(plot.left(), plot.center().y()), QPointF(plot.right(), plot.center().y()));
    painter.setPen(pal.color(QPalette::PlaceholderText));
    painter.drawText(frame.adjusted(4, 2, -4, 0), Qt::AlignLeft | Qt::AlignTop,
                     tr("%1/s").arg(locale.toString(top, 'f', top < 10 ? 1 : 0)));

    if (m_samples.isEmpty()) {
        painter.drawText(plot, Qt::AlignCenter, tr("No data yet"));
        return;
    }
    const qint64 newest = m_samples.constLast().first;
    const qint64 oldest = newest - WindowMs;
    auto pointOf = [&](const std::pair<qint64, double> &s) {
        const double x = plot.left() + plot.width() * double(s.first - oldest) / double(WindowMs);
        const double y = plot.bottom() - plot.height() * (s.second / top);
        return QPointF(x, y);
    };
    QPainterPath line;
    line.moveTo(pointOf(m_samples.constFirst()));
    for (const auto &s : m_samples)
        line.lineTo(pointOf(s));
    QPainterPath area = line;
    area.lineTo(QPointF(pointOf(m_samples.constLast()).x(), plot.bottom()));
    area.lineTo(QPointF(pointOf(m_samples.constFirst()).x(), plot.bottom()));
    area.closeSubpath();

    QColor fill = pal.color(QPalette::Highlight);
    fill.setAlpha(60);
    painter.fillPath(area, fill);
    painter.setPen(QPen(pal.color(QPalette::Highlight), 2));
    painter.drawPath(line);

    painter.setPen(pal.color(QPalette::Text));
    painter.drawText(frame.adjusted(4, 2, -4, 0), Qt::AlignRight | Qt::AlignTop,
                     tr("%1 msg/s").arg(locale.toString(latest(), 'f', 1)));
}

} // namespace herald::ui
