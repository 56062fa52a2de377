#include "Recipient.h"

namespace herald::compose {

QList<Recipient> Recipient::samples()
{
    static const QList<Recipient> samples{
        {QStringLiteral("29:sample-siobhan"), QStringLiteral("Siobhán O'Brien"), QStringLiteral("Siobhán"),
         QStringLiteral("Marketing"), QStringLiteral("General")},
        {QStringLiteral("29:sample-taro"), QStringLiteral("山田 太郎"), QStringLiteral("太郎"),
         QStringLiteral("研究開発"), QStringLiteral("お知らせ")},
        {QStringLiteral("29:sample-noor"), QStringLiteral("Noor Al-Hassan"), QString(), QString(), QString()},
        {QStringLiteral("29:sample-ana"), QStringLiteral("<b>Ana</b> [x](javascript:alert(1))"),
         QStringLiteral("*Ana*"), QStringLiteral("R&D <team>"), QStringLiteral("#general")},
    };
    return samples;
}

const Recipient *Recipient::sample(const QString &id)
{
    static const QList<Recipient> all = samples();
    for (const Recipient &r : all) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

QJsonObject Recipient::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("givenName"), givenName},
            {QStringLiteral("teamName"), teamName},
            {QStringLiteral("channelName"), channelName}};
}

Recipient Recipient::fromJson(const QJsonObject &json)
{
    return {json.value(QStringLiteral("id")).toString(), json.value(QStringLiteral("name")).toString(),
            json.value(QStringLiteral("givenName")).toString(),
            json.value(QStringLiteral("teamName")).toString(),
            json.value(QStringLiteral("channelName")).toString()};
}

} // namespace herald::compose
