#include "CampaignReport.h"

#include "delivery/CampaignStore.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QIODevice>
#include <QJsonArray>
#include <QSqlQuery>

namespace herald::delivery {

CampaignReport::CampaignReport(const store::Database &db)
    : m_db(db)
{
}

double CampaignReport::Data::averageMessagesPerSecond() const
{
    if (throughput.isEmpty())
        return 0.0;
    qint64 total = 0;
    for (const auto &s : throughput)
        total += s.delivered + s.unreachable + s.failed;
    const qint64 span = throughput.constLast().second - throughput.constFirst().second + 1;
    return span > 0 ? double(total) / double(span) : 0.0;
}

QJsonObject CampaignReport::Data::toJson() const
{
    QJsonArray codes;
    for (const CodeCount &c : byCode)
        codes.append(QJsonObject{{QStringLiteral("state"), recipientStateKey(c.state)},
                                 {QStringLiteral("code"), c.code},
                                 {QStringLiteral("count"), c.count}});
    QJsonArray samples;
    for (const auto &s : throughput)
        samples.append(QJsonArray{s.second, s.delivered, s.unreachable, s.failed, s.requests, s.throttled});
    QJsonObject o = campaign.toJson();
    o.insert(QStringLiteral("byCode"), codes);
    o.insert(QStringLiteral("ambiguous"), ambiguous);
    o.insert(QStringLiteral("messagesPerSecond"), averageMessagesPerSecond());
    o.insert(QStringLiteral("throughputColumns"),
             QJsonArray{QStringLiteral("second"), QStringLiteral("delivered"), QStringLiteral("unreachable"),
                        QStringLiteral("failed"), QStringLiteral("requests"), QStringLiteral("throttled")});
    o.insert(QStringLiteral("throughput"), samples);
    return o;
}

Result<CampaignReport::Data> CampaignReport::load(qint64 id) const
{
    Data data;
    auto info = CampaignStore(m_db).campaign(id);
    if (!info)
        return info.error();
    data.campaign = *info;

    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (Status s = m_db.prepare(
            q, QStringLiteral("SELECT state, code, COUNT(*) FROM campaign_recipients"
                              " WHERE campaign_id = ? AND state IN ('unreachable', 'failed', 'uncertain')"
                              " GROUP BY state, code ORDER BY COUNT(*) DESC, state, code"));
        !s)
        return s.error();
    q.addBindValue(id);
    if (Status s = m_db.run(q, QStringLiteral("report codes")); !s)
        return s.error();
    while (q.next())
        data.byCode.append(
            CodeCount{recipientStateFromKey(q.value(0).toString()).value_or(RecipientState::Failed),
                      q.value(1).toString(), q.value(2).toLongLong()});

    QSqlQuery a(m_db.connection());
    if (Status s =
            m_db.prepare(a, QStringLiteral("SELECT COUNT(*) FROM campaign_recipients WHERE campaign_id = ?"
                                           " AND ambiguous = 1 AND state = 'delivered'"));
        !s)
        return s.error();
    a.addBindValue(id);
    if (Status s = m_db.run(a, QStringLiteral("report ambiguous")); !s)
        return s.error();
    if (a.next())
        data.ambiguous = a.value(0).toLongLong();

    QSqlQuery t(m_db.connection());
    t.setForwardOnly(true);
    if (Status s = m_db.prepare(
            t, QStringLiteral("SELECT second, delivered, unreachable, failed, requests, throttled"
                              " FROM campaign_samples WHERE campaign_id = ? ORDER BY second"));
        !s)
        return s.error();
    t.addBindValue(id);
    if (Status s = m_db.run(t, QStringLiteral("report throughput")); !s)
        return s.error();
    while (t.next()) {
        RecipientJournal::Sample sample;
        sample.second = t.value(0).toLongLong();
        sample.delivered = t.value(1).toInt();
        sample.unreachable = t.value(2).toInt();
        sample.failed = t.value(3).toInt();
        sample.requests = t.value(4).toInt();
        sample.throttled = t.value(5).toInt();
        data.throughput.append(sample);
    }
    return data;
}

QStringList CampaignReport::csvHeader()
{
    return {QStringLiteral("name"),
            QStringLiteral("id"),
            QStringLiteral("state"),
            QStringLiteral("code"),
            QStringLiteral("message"),
            QStringLiteral("activity_id"),
            QStringLiteral("time"),
            QStringLiteral("correlation_id"),
            QStringLiteral("possible_duplicate")};
}

QString CampaignReport::csvField(const QString &value)
{
    QString v = value;
    if (!v.isEmpty() && (v.front() == u'=' || v.front() == u'+' || v.front() == u'-' || v.front() == u'@' ||
                         v.front() == u'\t' || v.front() == u'\r'))
        v.prepend(QLatin1Char('\''));
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n')) ||
        v.contains(QLatin1Char('\r'))) {
        v.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v;
}

Status CampaignReport::writeCsv(qint64 id, QIODevice *out) const
{
    const auto writeLine = [out](const QStringList &fields) {
        QStringList escaped;
        escaped.reserve(fields.size());
        for (const QString &f : fields)
            escaped.append(csvField(f));
        const QByteArray line = escaped.join(QLatin1Char(',')).toUtf8() + "\r\n";
        return out->write(line) == line.size();
    };
    const auto failed = [out] {
        return Error::make(
            Error::Kind::Storage,
            QCoreApplication::translate("herald::delivery", "The report could not be written: %1")
                .arg(out->errorString()));
    };
    CampaignStore store(m_db);
    // A campaign that does not exist is an error, not an empty report.
    if (auto info = store.campaign(id); !info)
        return info.error();
    if (!writeLine(csvHeader()))
        return failed();
    qint64 after = 0;
    for (;;) {
        auto page = store.recipients(id, std::nullopt, after, 2000);
        if (!page)
            return page.error();
        for (const CampaignRecipient &r : *page) {
            after = r.seq;
            const QString time =
                r.updatedAtMs > 0
                    ? QDateTime::fromMSecsSinceEpoch(r.updatedAtMs, Qt::UTC).toString(Qt::ISODateWithMs)
                    : QString();
            // "yes": delivered after an attempt whose answer was lost, so it may have arrived twice.
            const QString possibleDuplicate =
                r.ambiguous && r.state == RecipientState::Delivered ? QStringLiteral("yes") : QString();
            if (!writeLine({r.name, r.targetId, recipientStateKey(r.state), r.code, r.message, r.activityId,
                            time, r.correlationId, possibleDuplicate}))
                return failed();
        }
        if (page->size() < 2000)
            break;
    }
    return Status::success();
}

} // namespace herald::delivery
