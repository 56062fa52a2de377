#pragma once

#include <QList>
#include <QWidget>

#include <utility>

namespace herald::ui {

// A small live chart of a campaign's messages per second over the last minute: a filled line, the
// current value and the peak, drawn with QPainter. Samples come from CampaignRunner::progressChanged
// (or a finished campaign's report); anything older than WindowMs before the newest sample is dropped.
class ThroughputChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThroughputChart)

public:
    static constexpr qint64 WindowMs = 60'000;

    explicit ThroughputChart(QWidget *parent = nullptr);
    ~ThroughputChart() override;

    // atMs: any monotonic millisecond time (e.g. a campaign's elapsed time or the epoch).
    void addSample(qint64 atMs, double messagesPerSecond);
    void clear();

    int sampleCount() const { return int(m_samples.size()); }
    double latest() const { return m_samples.isEmpty() ? 0.0 : m_samples.constLast().second; }
    double peak() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void updateDescription();

    QList<std::pair<qint64, double>> m_samples; // (ms, messages per second), oldest first
};

} // namespace herald::ui
