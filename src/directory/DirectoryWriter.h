#pragma once

#include "common/Result.h"
#include "directory/Reachability.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace herald::store {
class Database;
class Statement;
} // namespace herald::store

namespace herald::directory {

// What the importer and the sync know about a person. Empty fields never overwrite stored ones.
struct PersonRecord
{
    QString id; // 29:…, required
    QString aadObjectId;
    QString name;
    QString givenName;
    QString surname;
    QString email;
    QString userPrincipalName;
    QString tenantId;
    QString userRole;
    QString conversationId; // their 1:1 chat with the bot
    QString serviceUrl;
};

struct TeamRecord
{
    QString id; // required
    QString name;
    QString aadGroupId;
    QString tenantId;
    QString serviceUrl;
};

// The directory's writes, as upserts through prepared statements that are prepared once and reused (the
// importer runs several hundred thousand of them), on SQLite's C API (store::Statement): through Qt SQL
// the per-row bookkeeping cost more than SQLite's own work. Call them inside a store::Transaction. One
// writer per thread, destroyed before the Database.
class DirectoryWriter final
{
public:
    explicit DirectoryWriter(const store::Database &db);
    ~DirectoryWriter();
    DirectoryWriter(const DirectoryWriter &) = delete;
    DirectoryWriter &operator=(const DirectoryWriter &) = delete;

    Status upsertTenant(const QString &tenantId, const QString &serviceUrl);
    Status upsertTeam(const TeamRecord &team);
    // Whether the bot is in the team. Not installed (the bot removed, the team deleted or archived): members
    // known only through teams the bot has left become unreachable (UnreachableReason::TeamUninstalled);
    // installed again: they are tried again. People reachable personally are untouched. The team, its
    // channels and memberships are kept. Bump the generation afterwards (reachability is in search indexes).
    Status setTeamInstalled(const QString &teamId, bool installed);
    Status upsertChannel(const QString &channelId, const QString &teamId, const QString &name,
                         bool isGeneral);
    // A deleted channel (never the General channel, which lives as long as the team).
    Status deleteChannel(const QString &channelId, const QString &teamId);
    // The team's channels are exactly these (General included): others are deleted.
    Status removeChannelsExcept(const QString &teamId, const QStringList &keep);

    // A person's search keys (SearchKey::fold of the name, SearchKey::mailKey), which a bulk import
    // computes on its parsing thread.
    struct SearchKeys
    {
        QString name;
        QString mail;
        static SearchKeys of(const PersonRecord &person);
    };
    // Inserts or merges; a known conversation id makes an unknown person reachable. *pk: their row id.
    Status upsertPerson(const PersonRecord &person, qint64 *pk = nullptr);
    Status upsertPerson(const PersonRecord &person, const SearchKeys &keys, qint64 *pk = nullptr);
    // An install (reachable, conversation id kept) or an uninstall (unreachable for reasonCode).
    Status setInstalled(const QString &personId, const QString &conversationId, bool installed,
                        const QString &reasonCode = {});
    // upsertPerson() and setInstalled() for the person's own conversation id, as one statement.
    Status upsertInstalledPerson(const PersonRecord &person, bool installed, const QString &reasonCode = {});
    // Active or left; syncMark (non-zero) tags the roster pass that saw them.
    // personPk from upsertPerson.
    Status setMembership(const QString &teamId, qint64 personPk, bool active, qint64 syncMark = 0);

    // Roster sync bookkeeping (DirectorySync): the pass's mark and continuation token survive a restart.
    // teams.sync_mark holds the roster's mark, negated while the team still belongs to an unfinished sync of
    // every team (so that one resumes after an interruption without fetching the teams it had finished).
    Status saveRosterProgress(const QString &teamId, qint64 mark, const QString &continuationToken);
    // Ends a roster: members not seen in it (memberships not tagged mark) are marked left (their count in
    // *left); the token is cleared and the team's stored mark made positive (done).
    Status finishRoster(const QString &teamId, qint64 mark, qint64 *left);
    // A sync of every team begins: each of these teams is pending in it until finishRoster() or leavePass().
    Status joinPass(const QString &teamId, qint64 pass);
    // The team is no longer pending in the unfinished pass (it failed for good); its token is kept.
    Status leavePass(const QString &teamId);

    // Tells search indexes that people or memberships changed; call once per transaction that did.
    Status bumpGeneration();

    static qint64 nowMs();

private:
    Result<store::Statement *> statement(int which, const char *sql);

    const store::Database &m_db;
    struct Statements;
    std::unique_ptr<Statements> m_statements;
};

} // namespace herald::directory
