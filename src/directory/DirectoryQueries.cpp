#include "DirectoryQueries.h"

#include "SearchIndex.h"
#include "SearchKey.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace herald::directory {

namespace {

const char *const kTeamColumns =
    "SELECT t.id, t.name, t.aad_group_id, t.tenant_id, t.service_url, t.installed, t.last_synced,"
    " t.sync_token <> '' OR t.sync_mark < 0,"
    " (SELECT count(*) FROM memberships m WHERE m.team_id = t.id AND m.active = 1),"
    " (SELECT count(*) FROM channels c WHERE c.team_id = t.id)"
    " FROM teams t";

TeamSummary teamFrom(const QSqlQuery &q)
{
    TeamSummary t;
    t.id = q.value(0).toString();
    t.name = q.value(1).toString();
    t.aadGroupId = q.value(2).toString();
    t.tenantId = q.value(3).toString();
    t.serviceUrl = q.value(4).toString();
    t.installed = q.value(5).toInt() != 0;
    t.lastSyncedMs = q.value(6).toLongLong();
    t.syncPending = q.value(7).toInt() != 0;
    t.memberCount = q.value(8).toLongLong();
    t.channelCount = q.value(9).toInt();
    return t;
}

QString likePattern(const QString &folded)
{
    QString escaped = folded;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'%', QStringLiteral("\\%"));
    escaped.replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

} // namespace

DirectoryQueries::DirectoryQueries(const store::Database &db, SearchIndex *index)
    : m_db(db)
    , m_index(index)
{
}

Result<QList<TeamSummary>> DirectoryQueries::teams() const
{
    QSqlQuery q(m_db.connection());
    if (Status s = m_db.prepare(q, QString::fromLatin1(kTeamColumns) +
                                       QStringLiteral(" ORDER BY t.name = '', t.name COLLATE NOCASE, t.id"));
        !s)
        return s.error();
    if (Status s = m_db.run(q, QStringLiteral("teams")); !s)
        return s.error();
    QList<TeamSummary> list;
    while (q.next())
        list.append(teamFrom(q));
    return list;
}

Result<TeamSummary> DirectoryQueries::findTeam(const QString &idOrName) const
{
    for (const char *where : {" WHERE t.id = ?", " WHERE t.name = ? COLLATE NOCASE ORDER BY t.id LIMIT 1"}) {
        QSqlQuery q(m_db.connection());
        if (Status s = m_db.prepare(q, QString::fromLatin1(kTeamColumns) + QString::fromLatin1(where)); !s)
            return s.error();
        q.addBindValue(idOrName);
        if (Status s = m_db.run(q, QStringLiteral("team")); !s)
            return s.error();
        if (q.next())
            return teamFrom(q);
    }
    return Error::make(Error::Kind::Input,
                       QCoreApplication::translate("herald::directory",
                                                   "There is no team \"%1\" in the directory. List them with "
                                                   "\"herald-cli teams\", or import or sync first.")
                           .arg(idOrName));
}

Result<QList<ChannelSummary>> DirectoryQueries::channels(const QString &teamId) const
{
    QSqlQuery q(m_db.connection());
    if (Status s = m_db.prepare(
            q, QStringLiteral("SELECT id, team_id, name, is_general FROM channels WHERE team_id = ?"
                              " ORDER BY is_general DESC, name COLLATE NOCASE, id"));
        !s)
        return s.error();
    q.addBindValue(teamId);
    if (Status s = m_db.run(q, QStringLiteral("channels")); !s)
        return s.error();
    QList<ChannelSummary> list;
    while (q.next())
        list.append(ChannelSummary{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                   q.value(3).toInt() != 0});
    return list;
}

QString DirectoryQueries::whereClause(const PersonFilter &filter, QVariantList *values) const
{
    QStringList conditions;
    if (!filter.teamId.isEmpty()) {
        conditions
            << (filter.includeLeft
                    ? QStringLiteral(
                          "EXISTS (SELECT 1 FROM memberships m WHERE m.person_pk = p.pk AND m.team_id = ?)")
                    : QStringLiteral(
                          "EXISTS (SELECT 1 FROM memberships m WHERE m.person_pk = p.pk AND m.team_id = ?"
                          " AND m.active = 1)"));
        values->append(filter.teamId);
    }
    const QString folded = SearchKey::fold(filter.search);
    if (!folded.isEmpty()) {
        conditions << QStringLiteral("(p.name_key LIKE ? ESCAPE '\\' OR p.mail_key LIKE ? ESCAPE '\\')");
        values->append(likePattern(folded));
        values->append(likePattern(folded));
    }
    if (conditions.isEmpty())
        return {};
    return QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

Result<qint64> DirectoryQueries::countPeople(const PersonFilter &filter) const
{
    const bool searching = !SearchKey::fold(filter.search).isEmpty();
    if (searching && m_index) {
        auto pks = m_index->match(filter);
        if (!pks)
            return pks.error();
        return qint64(pks->size());
    }
    QSqlQuery q(m_db.connection());
    QVariantList values;
    QString sql;
    if (!filter.teamId.isEmpty() && !searching) {
        sql = filter.includeLeft
                  ? QStringLiteral("SELECT count(*) FROM memberships WHERE team_id = ?")
                  : QStringLiteral("SELECT count(*) FROM memberships WHERE team_id = ? AND active = 1");
        values.append(filter.teamId);
    } else {
        sql = QStringLiteral("SELECT count(*) FROM people p") + whereClause(filter, &values);
    }
    if (Status s = m_db.prepare(q, sql); !s)
        return s.error();
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (Status s = m_db.run(q, QStringLiteral("count people")); !s)
        return s.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

QString DirectoryQueries::selectColumns(const PersonFilter &filter, QVariantList *values) const
{
    QString sql = QStringLiteral("SELECT p.id, p.name, p.email, p.upn, p.reachability, p.unreachable_reason,"
                                 " (SELECT group_concat(name, ', ') FROM (SELECT CASE WHEN t.name <> '' THEN "
                                 "t.name ELSE t.id END AS name"
                                 "  FROM memberships m JOIN teams t ON t.id = m.team_id"
                                 "  WHERE m.person_pk = p.pk AND m.active = 1 ORDER BY 1 COLLATE NOCASE)),");
    if (filter.teamId.isEmpty()) {
        sql += QStringLiteral(" 1");
    } else {
        sql += QStringLiteral(
            " (SELECT m.active FROM memberships m WHERE m.person_pk = p.pk AND m.team_id = ?)");
        values->append(filter.teamId);
    }
    return sql;
}

Result<QList<PersonRow>> DirectoryQueries::people(const PersonFilter &filter, qint64 offset, int limit) const
{
    QVariantList values;
    QString sql = selectColumns(filter, &values);
    if (m_index && !SearchKey::fold(filter.search).isEmpty()) {
        // The index gives the matching people in order; fetch this page of them by row id, keeping that
        // order.
        auto pks = m_index->match(filter);
        if (!pks)
            return pks.error();
        QJsonArray page;
        for (qint64 i = offset; i < qMin<qint64>(pks->size(), offset + limit); ++i)
            page.append(pks->at(i));
        if (page.isEmpty())
            return QList<PersonRow>();
        sql += QStringLiteral(" FROM json_each(?) j JOIN people p ON p.pk = j.value ORDER BY j.key");
        values.append(QString::fromUtf8(QJsonDocument(page).toJson(QJsonDocument::Compact)));
        return fetch(sql, values, limit);
    }
    sql += QStringLiteral(" FROM people p") + whereClause(filter, &values);
    const QString dir = filter.descending ? QStringLiteral(" DESC") : QString();
    switch (filter.sort) {
    case PersonSort::Name:
        sql += QStringLiteral(" ORDER BY p.name_key%1, p.pk%1").arg(dir);
        break;
    // Ties as SearchIndex::match() breaks them (a stable sort of the name order), so that a roster pages
    // the same with a search (the index) and without (this query).
    case PersonSort::Email:
        sql += QStringLiteral(" ORDER BY p.mail_key%1, p.name_key%1, p.pk%1").arg(dir);
        break;
    case PersonSort::Reachability:
        sql += QStringLiteral(" ORDER BY p.reachability%1, p.name_key%1, p.pk%1").arg(dir);
        break;
    }
    sql += QStringLiteral(" LIMIT ? OFFSET ?");
    values.append(limit);
    values.append(offset);
    return fetch(sql, values, limit);
}

Result<QList<PersonRow>> DirectoryQueries::fetch(const QString &sql, const QVariantList &values,
                                                 int limit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (Status s = m_db.prepare(q, sql); !s)
        return s.error();
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (Status s = m_db.run(q, QStringLiteral("people")); !s)
        return s.error();
    QList<PersonRow> rows;
    rows.reserve(limit);
    while (q.next()) {
        PersonRow r;
        r.id = q.value(0).toString();
        r.name = q.value(1).toString();
        r.email = q.value(2).toString();
        r.userPrincipalName = q.value(3).toString();
        r.reachability = static_cast<Reachability>(q.value(4).toInt());
        r.unreachableReason = q.value(5).toString();
        r.teams = q.value(6).toString();
        r.activeInTeam = q.value(7).toInt() != 0;
        rows.append(std::move(r));
    }
    return rows;
}

Result<PersonDetails> DirectoryQueries::person(const QString &personId) const
{
    QSqlQuery q(m_db.connection());
    if (Status s = m_db.prepare(
            q,
            QStringLiteral("SELECT pk, id, aad_object_id, name, given_name, surname, email, upn, tenant_id,"
                           " user_role, conversation_id, service_url, reachability, unreachable_reason,"
                           " last_message_at FROM people WHERE id = ?"));
        !s)
        return s.error();
    q.addBindValue(personId);
    if (Status s = m_db.run(q, QStringLiteral("person")); !s)
        return s.error();
    if (!q.next())
        return Error::make(
            Error::Kind::Input,
            QCoreApplication::translate("herald::directory", "%1 is not in the directory.").arg(personId));
    PersonDetails d;
    const qint64 pk = q.value(0).toLongLong();
    d.id = q.value(1).toString();
    d.aadObjectId = q.value(2).toString();
    d.name = q.value(3).toString();
    d.givenName = q.value(4).toString();
    d.surname = q.value(5).toString();
    d.email = q.value(6).toString();
    d.userPrincipalName = q.value(7).toString();
    d.tenantId = q.value(8).toString();
    d.userRole = q.value(9).toString();
    d.conversationId = q.value(10).toString();
    d.serviceUrl = q.value(11).toString();
    d.reachability = static_cast<Reachability>(q.value(12).toInt());
    d.unreachableReason = q.value(13).toString();
    d.lastMessageAtMs = q.value(14).toLongLong();

    QSqlQuery m(m_db.connection());
    if (Status s = m_db.prepare(
            m, QStringLiteral("SELECT m.team_id, t.name, m.active, m.first_seen, m.last_seen"
                              " FROM memberships m JOIN teams t ON t.id = m.team_id"
                              " WHERE m.person_pk = ? ORDER BY m.active DESC, t.name COLLATE NOCASE"));
        !s)
        return s.error();
    m.addBindValue(pk);
    if (Status s = m_db.run(m, QStringLiteral("memberships")); !s)
        return s.error();
    while (m.next())
        d.memberships.append(PersonMembership{m.value(0).toString(), m.value(1).toString(),
                                              m.value(2).toInt() != 0, m.value(3).toLongLong(),
                                              m.value(4).toLongLong()});
    return d;
}

Result<DirectoryCounts> DirectoryQueries::counts() const
{
    QSqlQuery q(m_db.connection());
    if (Status s = m_db.prepare(
            q, QStringLiteral("SELECT (SELECT count(*) FROM people), (SELECT count(*) FROM teams),"
                              " (SELECT count(*) FROM channels),"
                              " (SELECT count(*) FROM people WHERE reachability = 1),"
                              " (SELECT count(*) FROM people WHERE reachability = 2),"
                              " (SELECT count(*) FROM memberships WHERE active = 1)"));
        !s)
        return s.error();
    if (Status s = m_db.run(q, QStringLiteral("counts")); !s)
        return s.error();
    DirectoryCounts c;
    if (q.next()) {
        c.people = q.value(0).toLongLong();
        c.teams = q.value(1).toLongLong();
        c.channels = q.value(2).toLongLong();
        c.reachable = q.value(3).toLongLong();
        c.unreachable = q.value(4).toLongLong();
        c.memberships = q.value(5).toLongLong();
    }
    return c;
}

Result<QStringList> DirectoryQueries::teamIds(bool includeUninstalled) const
{
    QSqlQuery q(m_db.connection());
    if (Status s = m_db.prepare(
            q, includeUninstalled
                   ? QStringLiteral("SELECT id FROM teams ORDER BY name, id")
                   : QStringLiteral("SELECT id FROM teams WHERE installed = 1 ORDER BY name, id"));
        !s)
        return s.error();
    if (Status s = m_db.run(q, QStringLiteral("team ids")); !s)
        return s.error();
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    return ids;
}

} // namespace herald::directory
