#include "Schema.h"

namespace herald::store {

namespace {

// Step 1 — the directory (issue 4): tenants, teams, channels, people and memberships.
// Times are milliseconds since the epoch (UTC). people.pk is a compact row id; people.id is Teams' "29:…".
// name_key / mail_key are SearchKey::fold() of the name and of the email + UPN: lowercased, accents
// removed. Search scans them in memory (directory::SearchIndex); an FTS5 trigram index was measured and
// made the import ~4x slower on a 2-core machine for no gain at 100,000 people.
Migration directory()
{
    return Migration{
        1,
        QStringLiteral("directory"),
        {
            QStringLiteral("CREATE TABLE tenants ("
                           " id TEXT PRIMARY KEY,"
                           " service_url TEXT NOT NULL DEFAULT '',"
                           " updated_at INTEGER)"),
            QStringLiteral("CREATE TABLE teams ("
                           " id TEXT PRIMARY KEY,"
                           " name TEXT NOT NULL DEFAULT '',"
                           " aad_group_id TEXT NOT NULL DEFAULT '',"
                           " tenant_id TEXT NOT NULL DEFAULT '',"
                           " service_url TEXT NOT NULL DEFAULT '',"
                           " installed INTEGER NOT NULL DEFAULT 1,"
                           " last_synced INTEGER,"
                           " sync_token TEXT NOT NULL DEFAULT '',"
                           " sync_mark INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE TABLE channels ("
                           " id TEXT PRIMARY KEY,"
                           " team_id TEXT NOT NULL REFERENCES teams(id) ON DELETE CASCADE,"
                           " name TEXT NOT NULL DEFAULT '',"
                           " is_general INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX channels_by_team ON channels(team_id)"),
            QStringLiteral("CREATE TABLE people ("
                           " pk INTEGER PRIMARY KEY,"
                           " id TEXT NOT NULL UNIQUE,"
                           " aad_object_id TEXT NOT NULL DEFAULT '',"
                           " name TEXT NOT NULL DEFAULT '',"
                           " given_name TEXT NOT NULL DEFAULT '',"
                           " surname TEXT NOT NULL DEFAULT '',"
                           " email TEXT NOT NULL DEFAULT '',"
                           " upn TEXT NOT NULL DEFAULT '',"
                           " tenant_id TEXT NOT NULL DEFAULT '',"
                           " user_role TEXT NOT NULL DEFAULT '',"
                           " name_key TEXT NOT NULL DEFAULT '',"
                           " mail_key TEXT NOT NULL DEFAULT '',"
                           " conversation_id TEXT NOT NULL DEFAULT '',"
                           " service_url TEXT NOT NULL DEFAULT '',"
                           " reachability INTEGER NOT NULL DEFAULT 0," // Reachability: 0 unknown, 1
                                                                       // reachable, 2 unreachable
                           " unreachable_reason TEXT NOT NULL DEFAULT '',"
                           " last_message_at INTEGER,"
                           " updated_at INTEGER)"),
            QStringLiteral("CREATE INDEX people_by_name ON people(name_key, pk)"),
            QStringLiteral(
                "CREATE INDEX people_by_conversation ON people(conversation_id) WHERE conversation_id <> ''"),
            QStringLiteral("CREATE TABLE memberships ("
                           " team_id TEXT NOT NULL REFERENCES teams(id) ON DELETE CASCADE,"
                           " person_pk INTEGER NOT NULL REFERENCES people(pk) ON DELETE CASCADE,"
                           " active INTEGER NOT NULL DEFAULT 1,"
                           " first_seen INTEGER,"
                           " last_seen INTEGER,"
                           " sync_mark INTEGER NOT NULL DEFAULT 0,"
                           " PRIMARY KEY (team_id, person_pk)) WITHOUT ROWID"),
            QStringLiteral("CREATE INDEX memberships_by_person ON memberships(person_pk)"),
            // Bumped by every batch that writes people or memberships, so in-memory search indexes
            // (in this process or another) know when to reload.
            QStringLiteral("CREATE TABLE directory_state (id INTEGER PRIMARY KEY CHECK (id = 1),"
                           " generation INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("INSERT INTO directory_state(id, generation) VALUES (1, 0)"),
        },
    };
}

// Step 2 — campaigns (issue 6, src/delivery): a campaign is written here before its first request.
// campaign_recipients holds one row per recipient with its state (pending, sending, delivered,
// unreachable, failed, uncertain, cancelled), the request in flight (phase: 1 create the 1:1 chat,
// 2 a request that carries the message) and its outcome. campaign_samples keeps throughput per second.
Migration campaigns()
{
    return Migration{
        2,
        QStringLiteral("campaigns"),
        {
            QStringLiteral("CREATE TABLE campaigns ("
                           " id INTEGER PRIMARY KEY,"
                           " title TEXT NOT NULL DEFAULT '',"
                           " profile TEXT NOT NULL DEFAULT '',"
                           " created_by TEXT NOT NULL DEFAULT '',"
                           " created_at INTEGER NOT NULL,"
                           " status TEXT NOT NULL,"
                           " draft_json TEXT NOT NULL,"
                           " options_json TEXT NOT NULL DEFAULT '{}',"
                           " total INTEGER NOT NULL DEFAULT 0,"
                           " started_at INTEGER,"
                           " finished_at INTEGER,"
                           " updated_at INTEGER,"
                           " last_error TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE TABLE campaign_recipients ("
                           " campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,"
                           " seq INTEGER NOT NULL,"
                           " kind TEXT NOT NULL,"
                           " target_id TEXT NOT NULL,"
                           " name TEXT NOT NULL DEFAULT '',"
                           " given_name TEXT NOT NULL DEFAULT '',"
                           " team_name TEXT NOT NULL DEFAULT '',"
                           " channel_name TEXT NOT NULL DEFAULT '',"
                           " conversation_id TEXT NOT NULL DEFAULT '',"
                           " state TEXT NOT NULL,"
                           " phase INTEGER NOT NULL DEFAULT 0,"
                           " code TEXT NOT NULL DEFAULT '',"
                           " message TEXT NOT NULL DEFAULT '',"
                           " activity_id TEXT NOT NULL DEFAULT '',"
                           " correlation_id TEXT NOT NULL DEFAULT '',"
                           " attempts INTEGER NOT NULL DEFAULT 0,"
                           " ambiguous INTEGER NOT NULL DEFAULT 0,"
                           " updated_at INTEGER,"
                           " PRIMARY KEY (campaign_id, seq)) WITHOUT ROWID"),
            QStringLiteral(
                "CREATE INDEX campaign_recipients_by_state ON campaign_recipients(campaign_id, state, seq)"),
            QStringLiteral("CREATE TABLE campaign_samples ("
                           " campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,"
                           " second INTEGER NOT NULL,"
                           " delivered INTEGER NOT NULL DEFAULT 0,"
                           " unreachable INTEGER NOT NULL DEFAULT 0,"
                           " failed INTEGER NOT NULL DEFAULT 0,"
                           " requests INTEGER NOT NULL DEFAULT 0,"
                           " throttled INTEGER NOT NULL DEFAULT 0,"
                           " PRIMARY KEY (campaign_id, second)) WITHOUT ROWID"),
        },
    };
}

// Step 3 — control of a running campaign from any process (issue 6): `herald-cli cancel|pause ID` or another
// window writes the status it asks for here; the process that sends the campaign (it holds the campaign's
// lock) reads it every flush interval, obeys, and clears it. '' = nothing asked.
Migration campaignControl()
{
    return Migration{
        3,
        QStringLiteral("campaign control"),
        {
            QStringLiteral("ALTER TABLE campaigns ADD COLUMN requested_status TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE campaigns ADD COLUMN requested_at INTEGER"),
        },
    };
}

} // namespace

const QList<Migration> &Schema::migrations()
{
    static const QList<Migration> steps{directory(), campaigns(), campaignControl()};
    return steps;
}

int Schema::latestVersion()
{
    return migrations().constLast().version;
}

} // namespace herald::store
