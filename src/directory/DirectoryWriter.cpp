#include "DirectoryWriter.h"

#include "SearchKey.h"

#include "store/Database.h"
#include "store/Statement.h"

#include <QDateTime>
#include <QSqlQuery>

#include <sqlite3.h>

#include <array>

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
    Generation,
    PersonPk,
    PersonInstalled,
    PersonInstalledIdsOnly,
    ChannelDelete,
    TeamMembersUnreachable,
    TeamMembersBack,
    PassJoin,
    PassLeave,
    StatementCount
};

const char *const kTenant =
    "INSERT INTO tenants(id, service_url, updated_at) VALUES (?, ?, ?) "
    "ON CONFLICT(id) DO UPDATE SET "
    "service_url = CASE WHEN excluded.service_url <> '' THEN excluded.service_url ELSE service_url END,"
    " updated_at = excluded.updated_at";

const char *const kTeam =
    "INSERT INTO teams(id, name, aad_group_id, tenant_id, service_url) VALUES (?, ?, ?, ?, ?) "
    "ON CONFLICT(id) DO UPDATE SET "
    "name = CASE WHEN excluded.name <> '' THEN excluded.name ELSE name END,"
    " aad_group_id = CASE WHEN excluded.aad_group_id <> '' THEN excluded.aad_group_id ELSE aad_group_id END,"
    " tenant_id = CASE WHEN excluded.tenant_id <> '' THEN excluded.tenant_id ELSE tenant_id END,"
    " service_url = CASE WHEN excluded.service_url <> '' THEN excluded.service_url ELSE service_url END";

const char *const kTeamInstalled = "UPDATE teams SET installed = ?1 WHERE id = ?2 AND installed <> ?1";
// The bot left a team (or the team was deleted or archived): its members whom Herald knows of only through
// teams (no 1:1 chat, reachability unknown) and who are in no other team the bot is still in cannot be
// reached any more. Anyone reachable personally stays so.
const char *const kTeamMembersUnreachable =
    "UPDATE people SET reachability = 2, unreachable_reason = 'teamUninstalled'"
    " WHERE reachability = 0"
    " AND pk IN (SELECT person_pk FROM memberships WHERE team_id = ?1 AND active = 1)"
    " AND NOT EXISTS (SELECT 1 FROM memberships m JOIN teams t ON t.id = m.team_id"
    "  WHERE m.person_pk = people.pk AND m.active = 1 AND t.installed = 1 AND t.id <> ?1)";
// The bot is back: those it had given up on for that reason are worth a try again.
const char *const kTeamMembersBack =
    "UPDATE people SET reachability = 0, unreachable_reason = ''"
    " WHERE reachability = 2 AND unreachable_reason = 'teamUninstalled'"
    " AND pk IN (SELECT person_pk FROM memberships WHERE team_id = ? AND active = 1)";
const char *const kChannelDelete = "DELETE FROM channels WHERE id = ? AND team_id = ? AND is_general = 0";

const char *const kChannel =
    "INSERT INTO channels(id, team_id, name, is_general) VALUES (?, ?, ?, ?) "
    "ON CONFLICT(id) DO UPDATE SET team_id = excluded.team_id,"
    " name = CASE WHEN excluded.name <> '' OR excluded.is_general THEN excluded.name ELSE name END,"
    " is_general = excluded.is_general";

#define HERALD_MERGE(col)                                                                                    \
    " " col " = CASE WHEN excluded." col " <> '' THEN excluded." col " ELSE " col " END,"
// The search keys follow the merged values, not the incoming record alone: name_key goes with the name,
// and mail_key is the key of the merged email and UPN. When the record brings both (or the row lacks what it
// leaves out) that is the key computed on the parsing thread; when it leaves out one the row has, SQLite
// folds the merged pair itself (herald_mail_key, SearchKey::mailKey). Inserts and full records never call it.
#define HERALD_KEYS                                                                                          \
    " name_key = CASE WHEN excluded.name <> '' THEN excluded.name_key ELSE name_key END,"                    \
    " mail_key = CASE WHEN excluded.email = '' AND excluded.upn = '' THEN mail_key"                          \
    " WHEN (excluded.email <> '' OR email = '') AND (excluded.upn <> '' OR upn = '') THEN excluded.mail_key" \
    " ELSE herald_mail_key(CASE WHEN excluded.email <> '' THEN excluded.email ELSE email END,"               \
    " CASE WHEN excluded.upn <> '' THEN excluded.upn ELSE upn END) END,"
const char *const kPerson =
    "INSERT INTO people(id, aad_object_id, name, given_name, surname, email, upn, tenant_id, user_role,"
    " name_key, mail_key, conversation_id, service_url, reachability, updated_at)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET" HERALD_MERGE(
        "aad_object_id") HERALD_MERGE("name") HERALD_MERGE("given_name") HERALD_MERGE("surname")
        HERALD_MERGE("email") HERALD_MERGE("upn") HERALD_MERGE("tenant_id") HERALD_MERGE("user_role")
            HERALD_KEYS HERALD_MERGE("conversation_id")
                HERALD_MERGE("service_url") " reachability = CASE WHEN reachability = 0 AND "
                                            "excluded.conversation_id <> '' THEN 1 ELSE reachability END,"
                                            " updated_at = excluded.updated_at";

// upsertPerson() then setInstalled() in one statement (an install event names the person and says whether
// the app is installed). The IdsOnly form leaves out the merges of display fields, for events that carry
// none: with empty values they change nothing, and leaving them out spares SQLite rewriting the
// people_by_name entry of every person on the way.
#define HERALD_PERSON_INSTALLED(merges)                                                                      \
    "INSERT INTO people(id, aad_object_id, name, given_name, surname, email, upn, tenant_id, user_role,"     \
    " name_key, mail_key, conversation_id, service_url, reachability, unreachable_reason, updated_at)"       \
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET" merges          \
    " reachability = excluded.reachability, unreachable_reason = excluded.unreachable_reason,"               \
    " updated_at = excluded.updated_at"
const char *const kPersonInstalled = HERALD_PERSON_INSTALLED(
    HERALD_MERGE("aad_object_id") HERALD_MERGE("name") HERALD_MERGE("given_name") HERALD_MERGE("surname")
        HERALD_MERGE("email") HERALD_MERGE("upn") HERALD_MERGE("tenant_id") HERALD_MERGE("user_role")
            HERALD_KEYS HERALD_MERGE("conversation_id") HERALD_MERGE("service_url"));
const char *const kPersonInstalledIdsOnly = HERALD_PERSON_INSTALLED(HERALD_MERGE(
    "aad_object_id") HERALD_MERGE("tenant_id") HERALD_MERGE("conversation_id") HERALD_MERGE("service_url"));
#undef HERALD_PERSON_INSTALLED
#undef HERALD_KEYS
#undef HERALD_MERGE

const char *const kInstall =
    "UPDATE people SET reachability = 1, unreachable_reason = '',"
    " conversation_id = CASE WHEN ? <> '' THEN ? ELSE conversation_id END WHERE id = ?";
const char *const kUninstall =
    "UPDATE people SET reachability = 2, unreachable_reason = ?,"
    " conversation_id = CASE WHEN ? <> '' THEN ? ELSE conversation_id END WHERE id = ?";

const char *const kMembership =
    "INSERT INTO memberships(team_id, person_pk, active, first_seen, last_seen, sync_mark)"
    " VALUES (?, ?, ?, ?, ?, ?)"
    " ON CONFLICT(team_id, person_pk) DO UPDATE SET active = excluded.active,"
    " last_seen = CASE WHEN excluded.active THEN excluded.last_seen ELSE last_seen END,"
    " sync_mark = CASE WHEN excluded.sync_mark <> 0 THEN excluded.sync_mark ELSE sync_mark END";

const char *const kRosterProgress = "UPDATE teams SET sync_mark = ?, sync_token = ? WHERE id = ?";
const char *const kRosterLeft =
    "UPDATE memberships SET active = 0 WHERE team_id = ? AND active = 1 AND sync_mark <> ?";
const char *const kGeneration = "UPDATE directory_state SET generation = generation + 1 WHERE id = 1";
const char *const kRosterDone =
    "UPDATE teams SET sync_token = '', sync_mark = ?, last_synced = ? WHERE id = ?";
// A roster stopped mid-way keeps its own mark (its members seen so far carry it), negated.
const char *const kPassJoin = "UPDATE teams SET sync_mark = CASE WHEN sync_token <> '' AND sync_mark <> 0 "
                              "THEN -abs(sync_mark) ELSE -? END"
                              " WHERE id = ?";
const char *const kPassLeave = "UPDATE teams SET sync_mark = abs(sync_mark) WHERE id = ?";

const char *const kPersonPk = "SELECT pk FROM people WHERE id = ?";

// herald_mail_key(email, upn): SearchKey::mailKey in SQL, for the upserts' merged keys (HERALD_KEYS).
void mailKeyFunction(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    const auto text = [argv](int i) {
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_value_text(argv[i])),
                                 sqlite3_value_bytes(argv[i]));
    };
    const QByteArray key = argc == 2 ? SearchKey::mailKey(text(0), text(1)).toUtf8() : QByteArray();
    sqlite3_result_text(context, key.constData(), int(key.size()), SQLITE_TRANSIENT);
}

} // namespace

struct DirectoryWriter::Statements
{
    std::array<std::unique_ptr<store::Statement>, StatementCount> statements;
    bool functions = false; // herald_mail_key registered on this thread's connection
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

Result<store::Statement *> DirectoryWriter::statement(int which, const char *sql)
{
    auto &slot = m_statements->statements[static_cast<size_t>(which)];
    if (!slot && !m_statements->functions) {
        // Per connection, before the first statement that may call it is prepared.
        sqlite3 *handle = m_db.nativeHandle();
        if (handle &&
            sqlite3_create_function_v2(handle, "herald_mail_key", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                                       nullptr, mailKeyFunction, nullptr, nullptr, nullptr) == SQLITE_OK)
            m_statements->functions = true;
    }
    if (!slot) {
        auto prepared = std::make_unique<store::Statement>(m_db);
        if (Status s = prepared->prepare(sql); !s)
            return s.error();
        slot = std::move(prepared);
    }
    return slot.get();
}

Status DirectoryWriter::upsertTenant(const QString &tenantId, const QString &serviceUrl)
{
    auto q = statement(Tenant, kTenant);
    if (!q)
        return q.error();
    store::Statement &s = *q.value();
    s.bindText(0, tenantId);
    s.bindText(1, serviceUrl);
    s.bindInt(2, nowMs());
    return s.exec(QStringLiteral("tenant"));
}

Status DirectoryWriter::upsertTeam(const TeamRecord &team)
{
    auto q = statement(Team, kTeam);
    if (!q)
        return q.error();
    store::Statement &s = *q.value();
    s.bindText(0, team.id);
    s.bindText(1, team.name);
    s.bindText(2, team.aadGroupId);
    s.bindText(3, team.tenantId);
    s.bindText(4, team.serviceUrl);
    return s.exec(QStringLiteral("team"));
}

Status DirectoryWriter::setTeamInstalled(const QString &teamId, bool installed)
{
    auto q = statement(TeamInstalled, kTeamInstalled);
    if (!q)
        return q.error();
    store::Statement &s = *q.value();
    s.bindInt(0, installed ? 1 : 0);
    s.bindText(1, teamId);
    if (Status st = s.exec(QStringLiteral("team installed")); !st)
        return st;
    if (s.changes() == 0) // unknown, or no change (every install event of a team the bot is in says so)
        return Status::success();
    auto members = installed ? statement(TeamMembersBack, kTeamMembersBack)
                             : statement(TeamMembersUnreachable, kTeamMembersUnreachable);
    if (!members)
        return members.error();
    members.value()->bindText(0, teamId);
    return members.value()->exec(QStringLiteral("team members"));
}

Status DirectoryWriter::deleteChannel(const QString &channelId, const QString &teamId)
{
    auto q = statement(ChannelDelete, kChannelDelete);
    if (!q)
        return q.error();
    q.value()->bindText(0, channelId);
    q.value()->bindText(1, teamId);
    return q.value()->exec(QStringLiteral("channel deleted"));
}

Status DirectoryWriter::upsertChannel(const QString &channelId, const QString &teamId, const QString &name,
                                      bool isGeneral)
{
    auto q = statement(Channel, kChannel);
    if (!q)
        return q.error();
    store::Statement &s = *q.value();
    s.bindText(0, channelId);
    s.bindText(1, teamId);
    s.bindText(2, isGeneral ? QString() : name);
    s.bindInt(3, isGeneral ? 1 : 0);
    return s.exec(QStringLiteral("channel"));
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
        del.bindValue(0, id);
        if (!del.exec())
            return m_db.errorOf(del, QStringLiteral("channels"));
    }
    return Status::success();
}

DirectoryWriter::SearchKeys DirectoryWriter::SearchKeys::of(const PersonRecord &p)
{
    return SearchKeys{p.name.isEmpty() ? QString() : SearchKey::fold(p.name),
                      SearchKey::mailKey(p.email, p.userPrincipalName)};
}

Status DirectoryWriter::upsertPerson(const PersonRecord &p, qint64 *pk)
{
    return upsertPerson(p, SearchKeys::of(p), pk);
}

Status DirectoryWriter::upsertPerson(const PersonRecord &p, const SearchKeys &keys, qint64 *pk)
{
    auto q = statement(PersonUpsert, kPerson);
    if (!q)
        return q.error();
    store::Statement &s = *q.value();
    s.bindText(0, p.id);
    s.bindText(1, p.aadObjectId);
    s.bindText(2, p.name);
    s.bindText(3, p.givenName);
    s.bindText(4, p.surname);
    s.bindText(5, p.email);
    s.bindText(6, p.userPrincipalName);
    s.bindText(7, p.tenantId);
    s.bindText(8, p.userRole);
    s.bindText(9, keys.name);
    s.bindText(10, keys.mail);
    s.bindText(11, p.conversationId);
    s.bindText(12, p.serviceUrl);
    s.bindInt(13,
              static_cast<int>(p.conversationId.isEmpty() ? Reachability::Unknown : Reachability::Reachable));
    s.bindInt(14, nowMs());
    if (!pk)
        return s.exec(QStringLiteral("person"));
    // A new person's pk is the rowid just inserted; a known one (the upsert updated) is looked up, which
    // costs one index probe instead of RETURNING's temporary table on every row.
    if (Status st = s.exec(QStringLiteral("person"), pk); !st || *pk != 0)
        return st;
    auto find = statement(PersonPk, kPersonPk);
    if (!find)
        return find.error();
    find.value()->bindText(0, p.id);
    bool found = false;
    return find.value()->queryInt(QStringLiteral("person pk"), pk, &found);
}

Status DirectoryWriter::upsertInstalledPerson(const PersonRecord &p, bool installed,
                                              const QString &reasonCode)
{
    const bool idsOnly = p.name.isEmpty() && p.givenName.isEmpty() && p.surname.isEmpty() &&
                         p.email.isEmpty() && p.userPrincipalName.isEmpty() && p.userRole.isEmpty();
    auto q = idsOnly ? statement(PersonInstalledIdsOnly, kPersonInstalledIdsOnly)
                     : statement(PersonInstalled, kPersonInstalled);
    if (!q)
        return q.error();
    store::Statement &s = *q.value();
    s.bindText(0, p.id);
    s.bindText(1, p.aadObjectId);
    s.bindText(2, p.name);
    s.bindText(3, p.givenName);
    s.bindText(4, p.surname);
    s.bindText(5, p.email);
    s.bindText(6, p.userPrincipalName);
    s.bindText(7, p.tenantId);
    s.bindText(8, p.userRole);
    s.bindText(9, p.name.isEmpty() ? QString() : SearchKey::fold(p.name));
    s.bindText(10, SearchKey::mailKey(p.email, p.userPrincipalName));
    s.bindText(11, p.conversationId);
    s.bindText(12, p.serviceUrl);
    s.bindInt(13, static_cast<int>(installed ? Reachability::Reachable : Reachability::Unreachable));
    s.bindText(14, installed ? QString() : reasonCode);
    s.bindInt(15, nowMs());
    return s.exec(installed ? QStringLiteral("install") : QStringLiteral("uninstall"));
}

Status DirectoryWriter::setInstalled(const QString &personId, const QString &conversationId, bool installed,
                                     const QString &reasonCode)
{
    auto q = installed ? statement(Install, kInstall) : statement(Uninstall, kUninstall);
    if (!q)
        return q.error();
    store::Statement &s = *q.value();
    int i = 0;
    if (!installed)
        s.bindText(i++, reasonCode);
    s.bindText(i++, conversationId);
    s.bindText(i++, conversationId);
    s.bindText(i++, personId);
    return s.exec(installed ? QStringLiteral("install") : QStringLiteral("uninstall"));
}

Status DirectoryWriter::setMembership(const QString &teamId, qint64 personPk, bool active, qint64 syncMark)
{
    auto q = statement(Membership, kMembership);
    if (!q)
        return q.error();
    store::Statement &s = *q.value();
    const qint64 now = nowMs();
    s.bindText(0, teamId);
    s.bindInt(1, personPk);
    s.bindInt(2, active ? 1 : 0);
    s.bindInt(3, now);
    s.bindInt(4, now);
    s.bindInt(5, syncMark);
    return s.exec(QStringLiteral("membership"));
}

Status DirectoryWriter::bumpGeneration()
{
    auto q = statement(Generation, kGeneration);
    if (!q)
        return q.error();
    return q.value()->exec(QStringLiteral("generation"));
}

Status DirectoryWriter::saveRosterProgress(const QString &teamId, qint64 mark,
                                           const QString &continuationToken)
{
    auto q = statement(RosterProgress, kRosterProgress);
    if (!q)
        return q.error();
    store::Statement &s = *q.value();
    s.bindInt(0, mark);
    s.bindText(1, continuationToken);
    s.bindText(2, teamId);
    return s.exec(QStringLiteral("roster progress"));
}

Status DirectoryWriter::finishRoster(const QString &teamId, qint64 mark, qint64 *left)
{
    auto q = statement(RosterLeft, kRosterLeft);
    if (!q)
        return q.error();
    q.value()->bindText(0, teamId);
    q.value()->bindInt(1, mark);
    if (Status s = q.value()->exec(QStringLiteral("roster left")); !s)
        return s;
    if (left)
        *left = q.value()->changes();
    auto done = statement(RosterDone, kRosterDone);
    if (!done)
        return done.error();
    done.value()->bindInt(0, qAbs(mark));
    done.value()->bindInt(1, nowMs());
    done.value()->bindText(2, teamId);
    return done.value()->exec(QStringLiteral("roster done"));
}

Status DirectoryWriter::joinPass(const QString &teamId, qint64 pass)
{
    auto q = statement(PassJoin, kPassJoin);
    if (!q)
        return q.error();
    q.value()->bindInt(0, qAbs(pass));
    q.value()->bindText(1, teamId);
    return q.value()->exec(QStringLiteral("sync pass"));
}

Status DirectoryWriter::leavePass(const QString &teamId)
{
    auto q = statement(PassLeave, kPassLeave);
    if (!q)
        return q.error();
    q.value()->bindText(0, teamId);
    return q.value()->exec(QStringLiteral("sync pass"));
}

} // namespace herald::directory
