#include "DirectoryWriter.h"

#include "SearchKey.h"

#include "store/Database.h"

#include <QDateTime>
#include <QSqlQuery>

#include <array>
#include <optional>

namespace herald::directory {

namespace {

enum Which {
    Tenant,
    Team,
    TeamInstalled,
    Channel,
    PersonUpsert,
    Install,
    Uninstall,
    Membership,
    RosterProgress,
    RosterLeft,
    RosterDone,
    StatementCount
};

const char *const kTenant = "INSERT INTO tenants(id, service_url, updated_at) VALUES (?, ?, ?) "
                            "ON CONFLICT(id) DO UPDATE SET "
                            "service_url = CASE WHEN excluded.service_url <> '' THEN excluded.service_url ELSE service_url END,"
                            " updated_at = excluded.updated_at";

const char *const kTeam = "INSERT INTO teams(id, name, aad_group_id, tenant_id, service_url) VALUES (?, ?, ?, ?, ?) "
                          "ON CONFLICT(id) DO UPDATE SET "
                          "name = CASE WHEN excluded.name <> '' THEN excluded.name ELSE name END,"
                          " aad_group_id = CASE WHEN excluded.aad_group_id <> '' THEN excluded.aad_group_id ELSE aad_group_id END,"
                          " tenant_id = CASE WHEN excluded.tenant_id <> '' THEN excluded.tenant_id ELSE tenant_id END,"
                          " service_url = CASE WHEN excluded.service_url <> '' THEN excluded.service_url ELSE service_url END";

const char *const kTeamInstalled = "UPDATE teams SET installed = ? WHERE id = ?";

const char *const kChannel = "INSERT INTO channels(id, team_id, name, is_general) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT(id) DO UPDATE SET team_id = excluded.team_id,"
                             " name = CASE WHEN excluded.name <> '' OR excluded.is_general THEN excluded.name ELSE name END,"
                             " is_general = excluded.is_general";

#define HERALD_MERGE(col) " " col " = CASE WHEN excluded." col " <> '' THEN excluded." col " ELSE " col " END,"
const char *const kPerson =
    "INSERT INTO people(id, aad_object_id, name, given_name, surname, email, upn, tenant_id, user_role,"
    " name_key, mail_key, conversation_id, service_url, reachability, updated_at)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET"
    HERALD_MERGE("aad_object_id") HERALD_MERGE("name") HERALD_MERGE("given_name") HERALD_MERGE("surname")
    HERALD_MERGE("email") HERALD_MERGE("upn") HERALD_MERGE("tenant_id") HERALD_MERGE("user_role")
    HERALD_MERGE("name_key") HERALD_MERGE("mail_key") HERALD_MERGE("conversation_id") HERALD_MERGE("service_url")
    " reachability = CASE WHEN reachability = 0 AND excluded.conversation_id <> '' THEN 1 ELSE reachability END,"
    " updated_at = excluded.updated_at";
#undef HERALD_MERGE

const char *const kInstall = "UPDATE people SET reachability = 1, unreachable_reason = '',"
                             " conversation_id = CASE WHEN ? <> '' THEN ? ELSE conversation_id END WHERE id = ?";
const char *const kUninstall = "UPDATE people SET reachability = 2, unreachable_reason = ?,"
                               " conversation_id = CASE WHEN ? <> '' THEN ? ELSE conversation_id END WHERE id = ?";

const char *const kMembership =
    "INSERT INTO memberships(team_id, person_pk, active, first_seen, last_seen, sync_mark)"
    " SELECT ?, pk, ?, ?, ?, ? FROM people WHERE id = ?"
    " ON CONFLICT(team_id, person_pk) DO UPDATE SET active = excluded.active,"
    " last_seen = CASE WHEN excluded.active THEN excluded.last_seen ELSE last_seen END,"
    " sync_mark = CASE WHEN excluded.sync_mark <> 0 THEN excluded.sync_mark ELSE sync_mark END";

const char *const kRosterProgress = "UPDATE teams SET sync_mark = ?, sync_token = ? WHERE id = ?";
const char *const kRosterLeft = "UPDATE memberships SET active = 0 WHERE team_id = ? AND active = 1 AND sync_mark <> ?";
const char *const kRosterDone = "UPDATE teams SET sync_token = '', last_synced = ? WHERE id = ?";

// SQLite stores a null QString as NULL; the columns are NOT NULL DEFAULT ''.
QString nn(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

} // namespace

struct DirectoryWriter::Statements
{
    std::array<std::optional<QSqlQuery>, StatementCount> queries;
};

DirectoryWriter::DirectoryWriter(const store::Database &db)
    : m_db(db)
    , m_statements(std::make_unique<Statements>())
{
}

DirectoryWriter::~DirectoryWriter() = default;

qint64 DirectoryWriter::nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QSqlQuery *DirectoryWriter::statement(int which, const char *sql)
{
    auto &slot = m_statements->queries[static_cast<size_t>(which)];
    if (!slot) {
        slot.emplace(m_db.connection());
        if (!slot->prepare(QString::fromLatin1(sql))) {
            slot.reset();
            return nullptr;
        }
    }
    return &*slot;
}

Status DirectoryWriter::run(QSqlQuery *q, const char *what)
{
    if (!q) {
        QSqlQuery probe(m_db.connection());
        return m_db.errorOf(probe, QString::fromLatin1(what));
    }
    if (!q->exec())
        return m_db.errorOf(*q, QString::fromLatin1(what));
    return Status::success();
}

Status DirectoryWriter::upsertTenant(const QString &tenantId, const QString &serviceUrl)
{
    QSqlQuery *q = statement(Tenant, kTenant);
    if (q) {
        q->bindValue(0, nn(tenantId));
        q->bindValue(1, nn(serviceUrl));
        q->bindValue(2, nowMs());
    }
    return run(q, "tenant");
}

Status DirectoryWriter::upsertTeam(const TeamRecord &team)
{
    QSqlQuery *q = statement(Team, kTeam);
    if (q) {
        q->bindValue(0, nn(team.id));
        q->bindValue(1, nn(team.name));
        q->bindValue(2, nn(team.aadGroupId));
        q->bindValue(3, nn(team.tenantId));
        q->bindValue(4, nn(team.serviceUrl));
    }
    return run(q, "team");
}

Status DirectoryWriter::setTeamInstalled(const QString &teamId, bool installed)
{
    QSqlQuery *q = statement(TeamInstalled, kTeamInstalled);
    if (q) {
        q->bindValue(0, installed ? 1 : 0);
        q->bindValue(1, nn(teamId));
    }
    return run(q, "team installed");
}

Status DirectoryWriter::upsertChannel(const QString &channelId, const QString &teamId, const QString &name,
                                      bool isGeneral)
{
    QSqlQuery *q = statement(Channel, kChannel);
    if (q) {
        q->bindValue(0, nn(channelId));
        q->bindValue(1, nn(teamId));
        q->bindValue(2, nn(isGeneral ? QString() : name));
        q->bindValue(3, isGeneral ? 1 : 0);
    }
    return run(q, "channel");
}

Status DirectoryWriter::removeChannelsExcept(const QString &teamId, const QStringList &keep)
{
    QSqlQuery q(m_db.connection());
    if (!q.prepare(QStringLiteral("SELECT id FROM channels WHERE team_id = ?")))
        return m_db.errorOf(q, QStringLiteral("channels"));
    q.addBindValue(teamId);
    if (!q.exec())
        return m_db.errorOf(q, QStringLiteral("channels"));
    QStringList gone;
    while (q.next()) {
        const QString id = q.value(0).toString();
        if (!keep.contains(id))
            gone.append(id);
    }
    QSqlQuery del(m_db.connection());
    if (!del.prepare(QStringLiteral("DELETE FROM channels WHERE id = ?")))
        return m_db.errorOf(del, QStringLiteral("channels"));
    for (const QString &id : std::as_const(gone)) {
        del.bindValue(0, nn(id));
        if (!del.exec())
            return m_db.errorOf(del, QStringLiteral("channels"));
    }
    return Status::success();
}

Status DirectoryWriter::upsertPerson(const PersonRecord &p)
{
    QSqlQuery *q = statement(PersonUpsert, kPerson);
    if (q) {
        q->bindValue(0, nn(p.id));
        q->bindValue(1, nn(p.aadObjectId));
        q->bindValue(2, nn(p.name));
        q->bindValue(3, nn(p.givenName));
        q->bindValue(4, nn(p.surname));
        q->bindValue(5, nn(p.email));
        q->bindValue(6, nn(p.userPrincipalName));
        q->bindValue(7, nn(p.tenantId));
        q->bindValue(8, nn(p.userRole));
        q->bindValue(9, nn(p.name.isEmpty() ? QString() : SearchKey::fold(p.name)));
        q->bindValue(10, nn(SearchKey::mailKey(p.email, p.userPrincipalName)));
        q->bindValue(11, nn(p.conversationId));
        q->bindValue(12, nn(p.serviceUrl));
        q->bindValue(13, static_cast<int>(p.conversationId.isEmpty() ? Reachability::Unknown : Reachability::Reachable));
        q->bindValue(14, nowMs());
    }
    return run(q, "person");
}

Status DirectoryWriter::setInstalled(const QString &personId, const QString &conversationId, bool installed,
                                     const QString &reasonCode)
{
    QSqlQuery *q = installed ? statement(Install, kInstall) : statement(Uninstall, kUninstall);
    if (q) {
        int i = 0;
        if (!installed)
            q->bindValue(i++, nn(reasonCode));
        q->bindValue(i++, nn(conversationId));
        q->bindValue(i++, nn(conversationId));
        q->bindValue(i++, nn(personId));
    }
    return run(q, installed ? "install" : "uninstall");
}

Status DirectoryWriter::setMembership(const QString &teamId, const QString &personId, bool active, qint64 syncMark)
{
    QSqlQuery *q = statement(Membership, kMembership);
    if (q) {
        q->bindValue(0, nn(teamId));
        q->bindValue(1, active ? 1 : 0);
        const qint64 now = nowMs();
        q->bindValue(2, now);
        q->bindValue(3, now);
        q->bindValue(4, syncMark);
        q->bindValue(5, nn(personId));
    }
    return run(q, "membership");
}

Status DirectoryWriter::saveRosterProgress(const QString &teamId, qint64 mark, const QString &continuationToken)
{
    QSqlQuery *q = statement(RosterProgress, kRosterProgress);
    if (q) {
        q->bindValue(0, mark);
        q->bindValue(1, nn(continuationToken));
        q->bindValue(2, nn(teamId));
    }
    return run(q, "roster progress");
}

Status DirectoryWriter::finishRoster(const QString &teamId, qint64 mark, qint64 *left)
{
    QSqlQuery *q = statement(RosterLeft, kRosterLeft);
    if (q) {
        q->bindValue(0, nn(teamId));
        q->bindValue(1, mark);
    }
    if (Status s = run(q, "roster left"); !s)
        return s;
    if (left)
        *left = q->numRowsAffected();
    QSqlQuery *done = statement(RosterDone, kRosterDone);
    if (done) {
        done->bindValue(0, nowMs());
        done->bindValue(1, nn(teamId));
    }
    return run(done, "roster done");
}

} // namespace herald::directory
