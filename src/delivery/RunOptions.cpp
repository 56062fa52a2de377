#include "RunOptions.h"

namespace herald::delivery {

QJsonObject RunOptions::toJson() const
{
    return QJsonObject{{QStringLiteral("globalRps"), pacing.globalRps},
                       {QStringLiteral("paced"), pacing.enabled},
                       {QStringLiteral("maxInFlight"), pacing.maxInFlight},
                       {QStringLiteral("maxAttempts"), retry.maxAttempts},
                       {QStringLiteral("embedActivityInCreate"), embedActivityInCreate}};
}

RunOptions RunOptions::fromJson(const QJsonObject &json, RunOptions o)
{
    o.pacing.globalRps = json.value(QStringLiteral("globalRps")).toDouble(o.pacing.globalRps);
    o.pacing.enabled = json.value(QStringLiteral("paced")).toBool(o.pacing.enabled);
    o.pacing.maxInFlight = json.value(QStringLiteral("maxInFlight")).toInt(o.pacing.maxInFlight);
    o.retry.maxAttempts = json.value(QStringLiteral("maxAttempts")).toInt(o.retry.maxAttempts);
    o.embedActivityInCreate =
        json.value(QStringLiteral("embedActivityInCreate")).toBool(o.embedActivityInCreate);
    return o;
}

} // namespace herald::delivery
