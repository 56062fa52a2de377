#include "CampaignStore.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

#include <array>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace herald::delivery {

namespace {

QString nn(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

CampaignStore::CampaignStore(const store::Database &db, const Clock *clock)
    : m_db(db)
    , m_clock(clock ? clock : SystemClock::instance())
{
}

qint64 CampaignStore::nowMs() const
{
    return m_clock->epochMs();
}

QString CampaignStore::currentUser()
{
#ifdef Q_OS_UNIX
    // The account itself, so that a campaign names its author even where USER is not set (a service, sudo -i,
    // a container).
    const uid_t uid = ::geteuid();
    passwd entry{};
    passwd *found = nullptr;
    std::array<char, 4096> buffer{};
    if (::getpwuid_r(uid, &entry, buffer.data(), buffer.size(), &found) == 0 && found && found->pw_name &&
        *found->pw_name)
        return QString::fromLocal8Bit(found->pw_name);
#endif
    for (const char *name : {"USER", "USERNAME", "LOGNAME"}) {
        const QString user = qEnvironmentVariable(name);
        if (!user.isEmpty())
            return user;
    }
#ifdef Q_OS_UNIX
    return QStringLiteral("uid %1").arg(uid);
#else
    return QString();
#endif
}

Result<qint64> CampaignStore::create(const NewCampaign &c)
{
    store::Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    QSqlQuery q(m_db.connection());
    if (Status s = m_db.prepare(
            q,
            QStringLiteral("INSERT INTO campaigns(title, profile, created_by, created_at, status, draft_json,"
                           " options_json, total, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        !s)
        return s.error();
    const qint64 now = nowMs();
    q.addBindValue(nn(c.title));
    q.addBindValue(nn(c.profile));
    q.addBindValue(nn(c.createdBy.isEmpty() ? currentUser() : c.createdBy));
    q.addBindValue(now);
    q.addBindValue(campaignStatusKey(CampaignStatus::Running));
    q.addBindValue(compact(c.draft));
    q.addBindValue(compact(c.options));
    q.addBindValue(qint64(c.recipients.size()));
    q.addBindValue(now);
    if (Status s = m_db.run(q, QStringLiteral("create campaign")); !s)
        return s.error();
    const qint64 id = q.lastInsertId().toLongLong();

    QSqlQuery r(m_db.connection());
    if (Status s = m_db.prepare(
            r, QStringLiteral(
                   "INSERT INTO campaign_recipients(campaign_id, seq, kind, target_id, name, given_name,"
                   " team_name, channel_name, conversation_id, state, code, message, updated_at)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        !s)
        return s.error();
    qint64 seq = 0;
    for (const CampaignRecipient &p : c.recipients) {
        r.bindValue(0, id);
        r.bindValue(1, ++seq);
        r.bindValue(2, recipientKindKey(p.kind));
        r.bindValue(3, nn(p.targetId));
        r.bindValue(4, nn(p.name));
        r.bindValue(5, nn(p.givenName));
        r.bindValue(6, nn(p.teamName));
        r.bindValue(7, nn(p.channelName));
        r.bindValue(8, nn(p.conversationId));
        r.bindValue(9, recipientStateKey(p.state == RecipientState::Unreachable ? RecipientState::Unreachable
                                                                                : RecipientState::Pending));
        r.bindValue(10, nn(p.code));
        r.bindValue(11, nn(p.message));
        r.bindValue(12, now);
        if (Status s = m_db.run(r, QStringLiteral("add recipient")); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<QList<CampaignInfo>> CampaignStore::select(const QString &where, qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (Status s =
            m_db.prepare(q, QStringLiteral("SELECT id, title, profile, created_by, created_at, started_at,"
                                           " finished_at, status, draft_json, options_json, total, last_error"
                                           " FROM campaigns %1 ORDER BY id DESC")
                                .arg(where));
        !s)
        return s.error();
    if (id > 0)
        q.addBindValue(id);
    if (Status s = m_db.run(q, QStringLiteral("list campaigns")); !s)
        return s.error();
    QList<CampaignInfo> list;
    while (q.next()) {
        CampaignInfo info;
        info.id = q.value(0).toLongLong();
        info.title = q.value(1).toString();
        info.profile = q.value(2).toString();
        info.createdBy = q.value(3).toString();
        info.createdAtMs = q.value(4).toLongLong();
        info.startedAtMs = q.value(5).toLongLong();
        info.finishedAtMs = q.value(6).toLongLong();
        info.status = campaignStatusFromKey(q.value(7).toString()).value_or(CampaignStatus::Interrupted);
        info.draft = parseObject(q.value(8).toString());
        info.options = parseObject(q.value(9).toString());
        info.total = q.value(10).toLongLong();
        info.lastError = q.value(11).toString();
        list.append(info);
    }
    for (CampaignInfo &info : list) {
        auto counts = this->counts(info.id);
        if (!counts)
            return counts.error();
        info.counts = *counts;
    }
    return list;
}

Result<CampaignInfo> CampaignStore::campaign(qint64 id) const
{
    auto list = select(QStringLiteral("WHERE id = ?"), id);
    if (!list)
        return list.error();
    if (list->isEmpty())
        return Error::make(
            Error::Kind::Input,
            QCoreApplication::translate("herald::delivery", "There is no campaign %1.").arg(id));
    return list->constFirst();
}

Result<QList<CampaignInfo>> CampaignStore::campaigns() const
{
    return select(QString(), 0);
}

Result<QList<CampaignInfo>> CampaignStore::unfinished() const
{
    return select(QStringLiteral("WHERE status IN ('running', 'paused', 'interrupted')"), 0);
}

Result<StateCounts> CampaignStore::counts(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (Status s = m_db.prepare(q, QStringLiteral("SELECT state, COUNT(*) FROM campaign_recipients"
                                                  " WHERE campaign_id = ? GROUP BY state"));
        !s)
        return s.error();
    q.addBindValue(id);
    if (Status s = m_db.run(q, QStringLiteral("count recipients")); !s)
        return s.error();
    StateCounts counts;
    while (q.next()) {
        if (const auto state = recipientStateFromKey(q.value(0).toString()))
            counts[*state] += q.value(1).toLongLong();
    }
    return counts;
}

Result<StateCounts> CampaignStore::settledCounts(qint64 id)
{
    auto counts = this->counts(id);
    if (!counts || counts->sending == 0)
        return counts;
    qCWarning(lcDelivery) << "campaign" << id << "found" << counts->sending << "rows still marked sending";
    if (auto recovered = recoverSending(id); !recovered)
        return recovered.error();
    return this->counts(id);
}

Status CampaignStore::setStatus(qint64 id, CampaignStatus status, const QString &lastError)
{
    QSqlQuery q(m_db.connection());
    if (Status s = m_db.prepare(
            q, QStringLiteral("UPDATE campaigns SET status = ?, last_error = ?, updated_at = ?,"
                              " started_at = CASE WHEN ? AND started_at IS NULL THEN ? ELSE started_at END,"
                              " finished_at = CASE WHEN ? THEN ? ELSE finished_at END WHERE id = ?"));
        !s)
        return s;
    const qint64 now = nowMs();
    q.addBindValue(campaignStatusKey(status));
    q.addBindValue(nn(lastError));
    q.addBindValue(now);
    q.addBindValue(status == CampaignStatus::Running);
    q.addBindValue(now);
    q.addBindValue(isFinal(status));
    q.addBindValue(now);
    q.addBindValue(id);
    return m_db.run(q, QStringLiteral("set campaign status"));
}

Status CampaignStore::requestStatus(qint64 id, CampaignStatus status)
{
    QSqlQuery q(m_db.connection());
    if (Status s =
            m_db.prepare(q, QStringLiteral("UPDATE campaigns SET requested_status = ?, requested_at = ?"
                                           " WHERE id = ?"));
        !s)
        return s;
    q.addBindValue(campaignStatusKey(status));
    q.addBindValue(nowMs());
    q.addBindValue(id);
    return m_db.run(q, QStringLiteral("request campaign status"));
}

Result<std::optional<CampaignStatus>> CampaignStore::requestedStatus(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (Status s = m_db.prepare(q, QStringLiteral("SELECT requested_status FROM campaigns WHERE id = ?")); !s)
        return s.error();
    q.addBindValue(id);
    if (Status s = m_db.run(q, QStringLiteral("read requested status")); !s)
        return s.error();
    if (!q.next())
        return std::optional<CampaignStatus>();
    return campaignStatusFromKey(q.value(0).toString());
}

Status CampaignStore::clearRequest(qint64 id, std::optional<CampaignStatus> seen)
{
    QSqlQuery q(m_db.connection());
    const QString only = seen ? QStringLiteral(" AND requested_status = ?") : QString();
    if (Status s =
            m_db.prepare(q, QStringLiteral("UPDATE campaigns SET requested_status = '', requested_at = NULL"
                                           " WHERE id = ? AND requested_status <> ''%1")
                                .arg(only));
        !s)
        return s;
    q.addBindValue(id);
    if (seen)
        q.addBindValue(campaignStatusKey(*seen));
    return m_db.run(q, QStringLiteral("clear requested status"));
}

Result<QList<CampaignRecipient>> CampaignStore::recipients(qint64 id, std::optional<RecipientState> state,
                                                           qint64 afterSeq, int limit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const QString where = state ? QStringLiteral(" AND state = ?") : QString();
    if (Status s = m_db.prepare(
            q, QStringLiteral("SELECT seq, kind, target_id, name, given_name, team_name,"
                              " channel_name, conversation_id, state, code, message, activity_id,"
                              " correlation_id, attempts, ambiguous, updated_at"
                              " FROM campaign_recipients WHERE campaign_id = ?%1 AND seq > ?"
                              " ORDER BY seq LIMIT ?")
                   .arg(where));
        !s)
        return s.error();
    q.addBindValue(id);
    if (state)
        q.addBindValue(recipientStateKey(*state));
    q.addBindValue(afterSeq);
    q.addBindValue(limit);
    if (Status s = m_db.run(q, QStringLiteral("read recipients")); !s)
        return s.error();
    QList<CampaignRecipient> list;
    while (q.next()) {
        CampaignRecipient r;
        r.seq = q.value(0).toLongLong();
        r.kind = recipientKindFromKey(q.value(1).toString()).value_or(RecipientKind::User);
        r.targetId = q.value(2).toString();
        r.name = q.value(3).toString();
        r.givenName = q.value(4).toString();
        r.teamName = q.value(5).toString();
        r.channelName = q.value(6).toString();
        r.conversationId = q.value(7).toString();
        r.state = recipientStateFromKey(q.value(8).toString()).value_or(RecipientState::Pending);
        r.code = q.value(9).toString();
        r.message = q.value(10).toString();
        r.activityId = q.value(11).toString();
        r.correlationId = q.value(12).toString();
        r.attempts = q.value(13).toInt();
        r.ambiguous = q.value(14).toBool();
        r.updatedAtMs = q.value(15).toLongLong();
        list.append(r);
    }
    return list;
}

Result<qint64> CampaignStore::updateStates(qint64 id, const QString &sql)
{
    QSqlQuery q(m_db.connection());
    if (Status s = m_db.prepare(q, sql); !s)
        return s.error();
    q.addBindValue(nowMs());
    q.addBindValue(id);
    if (Status s = m_db.run(q, QStringLiteral("update states")); !s)
        return s.error();
    return qint64(q.numRowsAffected());
}

Result<CampaignStore::Recovery> CampaignStore::recoverSending(qint64 id)
{
    store::Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    Recovery recovery;
    // Only an idempotent create (no message in it) had left, or nothing had: safe to send again.
    auto reset =
        updateStates(id, QStringLiteral("UPDATE campaign_recipients SET state = 'pending', phase = 0,"
                                        " updated_at = ? WHERE campaign_id = ? AND state = 'sending'"
                                        " AND phase <> 2"));
    if (!reset)
        return reset.error();
    recovery.reset = *reset;
    const QString sentence = QCoreApplication::translate(
        "herald::delivery",
        "The message was on its way when Herald stopped; whether it arrived is not known.");
    QSqlQuery q(m_db.connection());
    if (Status s =
            m_db.prepare(q, QStringLiteral("UPDATE campaign_recipients SET state = 'uncertain', phase = 0,"
                                           " code = 'Interrupted', message = ?, ambiguous = 1, updated_at = ?"
                                           " WHERE campaign_id = ? AND state = 'sending'"));
        !s)
        return s.error();
    q.addBindValue(sentence);
    q.addBindValue(nowMs());
    q.addBindValue(id);
    if (Status s = m_db.run(q, QStringLiteral("recover sending")); !s)
        return s.error();
    recovery.uncertain = q.numRowsAffected();
    if (Status s = tx.commit(); !s)
        return s.error();
    return recovery;
}

Result<qint64> CampaignStore::resendUncertain(qint64 id)
{
    return updateStates(
        id, QStringLiteral("UPDATE campaign_recipients SET state = 'pending', phase = 0,"
                           " ambiguous = 1, updated_at = ? WHERE campaign_id = ? AND state = 'uncertain'"));
}

Result<qint64> CampaignStore::cancelPending(qint64 id)
{
    return updateStates(id, QStringLiteral("UPDATE campaign_recipients SET state = 'cancelled', phase = 0,"
                                           " updated_at = ? WHERE campaign_id = ? AND state = 'pending'"));
}

} // namespace herald::delivery
