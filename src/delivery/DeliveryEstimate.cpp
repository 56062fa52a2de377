#include "DeliveryEstimate.h"

#include "delivery/Audience.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace herald::delivery {

DeliveryEstimate DeliveryEstimate::forCounts(qint64 cachedSends, qint64 firstContacts, qint64 channelPosts,
                                             const PacingOptions &pacing)
{
    DeliveryEstimate e;
    e.messages = cachedSends + firstContacts + channelPosts;
    e.firstContacts = firstContacts;
    e.channelPosts = channelPosts;
    e.requests = cachedSends + 2 * firstContacts + channelPosts;
    e.requestsPerSecond = pacing.enabled ? pacing.globalRps * Efficiency : UnpacedRequestsPerSecond;
    e.seconds = e.requestsPerSecond > 0 ? double(e.requests) / e.requestsPerSecond : 0.0;
    return e;
}

DeliveryEstimate DeliveryEstimate::forAudience(const Audience &audience, const PacingOptions &pacing)
{
    const qint64 first = audience.firstContacts();
    const qint64 channels = audience.channelPosts();
    return forCounts(audience.toSend() - first - channels, first, channels, pacing);
}

QString DeliveryEstimate::duration(double seconds)
{
    const qint64 s = qMax<qint64>(0, qint64(std::ceil(seconds)));
    if (s >= 3600)
        return QCoreApplication::translate("herald::delivery", "%1 h %2 min")
            .arg(s / 3600)
            .arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
    if (s >= 60)
        return QCoreApplication::translate("herald::delivery", "%1 min %2 s").arg(s / 60).arg(s % 60);
    return QCoreApplication::translate("herald::delivery", "%1 s").arg(s);
}

QString DeliveryEstimate::sentence() const
{
    const QLocale locale;
    return QCoreApplication::translate("herald::delivery",
                                       "About %1 for %2 messages (%3 requests at %4 per second).")
        .arg(duration(seconds), locale.toString(messages), locale.toString(requests),
             locale.toString(requestsPerSecond, 'f', 0));
}

} // namespace herald::delivery
