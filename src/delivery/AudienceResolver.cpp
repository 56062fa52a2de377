#include "AudienceResolver.h"

#include "directory/DirectoryQueries.h"
#include "directory/DirectoryTypes.h"
#include "directory/Reachability.h"
#include "store/Database.h"

#include <algorithm>
#include <QSet>
#include <QSqlQuery>

namespace herald::delivery {

namespace {

const char *const kPersonColumns = "SELECT p.id, p.name, p.given_name, p.conversation_id, p.reachability,"
                                   " p.unreachable_reason FROM people p";

CampaignRecipient personFrom(const QSqlQuery &q, const QString &teamName)
{
    CampaignRecipient r;
    r.kind = RecipientKind::User;
    r.targetId = q.value(0).toString();
    r.name = q.value(1).toString();
    r.givenName = q.value(2).toString();
    r.conversationId = q.value(3).toString();
    r.teamName = teamName;
    const auto reachability = static_cast<directory::Reachability>(q.value(4).toInt());
    if (reachability == directory::Reachability::Unreachable) {
        r.state = RecipientState::Unreachable;
        r.code = q.value(5).toString();
        if (r.code.isEmpty())
            r.code = QLatin1String(directory::UnreachableReason::NotInstalled);
        r.message = directory::ReachabilityText::reason(reachability, r.code);
    }
    return r;
}

} // namespace

qint64 Audience::toSend() const
{
    return std::count_if(recipients.cbegin(), recipients.cend(),
                         [](const CampaignRecipient &r) { return r.state == RecipientState::Pending; });
}

qint64 Audience::leftOut() const
{
    return std::count_if(recipients.cbegin(), recipients.cend(),
                         [](const CampaignRecipient &r) { return r.state == RecipientState::Unreachable; });
}

qint64 Audience::firstContacts() const
{
    return std::count_if(recipients.cbegin(), recipients.cend(), [](const CampaignRecipient &r) {
        return r.state == RecipientState::Pending && r.kind == RecipientKind::User &&
               r.conversationId.isEmpty();
    });
}

qint64 Audience::channelPosts() const
{
    return std::count_if(recipients.cbegin(), recipients.cend(), [](const CampaignRecipient &r) {
        return r.state == RecipientState::Pending && r.kind == RecipientKind::Channel;
    });
}

AudienceResolver::AudienceResolver(const store::Database &db)
    : m_db(db)
{
}

Result<Audience> AudienceResolver::resolve(const AudienceSpec &spec) const
{
    Audience audience;
    QSet<QString> seen;
    const auto add = [&](CampaignRecipient r) {
        const QString key = recipientKindKey(r.kind) + QLatin1Char('|') + r.targetId;
        if (seen.contains(key))
            return;
        seen.insert(key);
        audience.recipients.append(std::move(r));
    };

    QSqlQuery byId(m_db.connection());
    QSqlQuery byMail(m_db.connection());
    if (Status s =
            m_db.prepare(byId, QString::fromLatin1(kPersonColumns) + QStringLiteral(" WHERE p.id = ?"));
        !s)
        return s.error();
    if (Status s = m_db.prepare(byMail, QString::fromLatin1(kPersonColumns) +
                                            QStringLiteral(" WHERE lower(p.email) = ? OR lower(p.upn) = ?"
                                                           " ORDER BY p.pk LIMIT 1"));
        !s)
        return s.error();
    for (const QString &raw : spec.users) {
        const QString user = raw.trimmed();
        if (user.isEmpty())
            continue;
        QSqlQuery &q = user.startsWith(QLatin1String("29:")) ? byId : byMail;
        if (&q == &byId) {
            q.bindValue(0, user);
        } else {
            q.bindValue(0, user.toLower());
            q.bindValue(1, user.toLower());
        }
        if (Status s = m_db.run(q, QStringLiteral("find person")); !s)
            return s.error();
        if (q.next()) {
            add(personFrom(q, QString()));
        } else if (&q == &byId) {
            CampaignRecipient r; // not in the directory yet: a first contact
            r.targetId = user;
            r.name = user;
            add(std::move(r));
        } else {
            audience.unresolved.append(user);
        }
        q.finish();
    }

    const directory::DirectoryQueries queries(m_db);
    for (const QString &teamRef : spec.teams) {
        const auto team = queries.findTeam(teamRef.trimmed());
        if (!team) {
            if (team.error().kind != Error::Kind::Input)
                return team.error();
            audience.unresolved.append(teamRef);
            continue;
        }
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        if (Status s = m_db.prepare(
                q, QString::fromLatin1(kPersonColumns) +
                       QStringLiteral(" JOIN memberships m ON m.person_pk = p.pk"
                                      " WHERE m.team_id = ? AND m.active = 1 ORDER BY p.name_key, p.pk"));
            !s)
            return s.error();
        q.addBindValue(team->id);
        if (Status s = m_db.run(q, QStringLiteral("team members")); !s)
            return s.error();
        while (q.next())
            add(personFrom(q, team->displayName()));
    }

    QSqlQuery channel(m_db.connection());
    if (Status s =
            m_db.prepare(channel, QStringLiteral("SELECT c.id, c.name, c.is_general, t.name FROM channels c"
                                                 " JOIN teams t ON t.id = c.team_id WHERE c.id = ?"));
        !s)
        return s.error();
    for (const QString &raw : spec.channels) {
        const QString id = raw.trimmed();
        if (id.isEmpty())
            continue;
        channel.bindValue(0, id);
        if (Status s = m_db.run(channel, QStringLiteral("find channel")); !s)
            return s.error();
        CampaignRecipient r;
        r.kind = RecipientKind::Channel;
        r.targetId = id;
        if (channel.next()) {
            r.teamName = channel.value(3).toString();
            directory::ChannelSummary summary;
            summary.name = channel.value(1).toString();
            summary.isGeneral = channel.value(2).toBool();
            r.channelName = summary.displayName(); // General has no name of its own: the translated "General"
            r.name =
                r.teamName.isEmpty() ? r.channelName : r.teamName + QStringLiteral(" › ") + r.channelName;
        } else if (id.startsWith(QLatin1String("19:"))) {
            r.name = id; // not synced yet: Teams will say whether it exists
        } else {
            audience.unresolved.append(id);
            channel.finish();
            continue;
        }
        channel.finish();
        add(std::move(r));
    }
    return audience;
}

} // namespace herald::delivery
