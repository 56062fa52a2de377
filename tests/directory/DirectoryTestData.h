#pragma once

// Activities and helpers shared by the directory tests.

#include "store/Database.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>

namespace herald::test {

inline const QString kTenant = QStringLiteral("7e4a9c1e-0000-4000-8000-0000000054d8");
inline const QString kBot = QStringLiteral("28:a11d5a4d-0000-4000-8000-00000000b07a");
inline const QString kService = QStringLiteral("https://smba.trafficmanager.net/emea/");
inline const QString kTeam = QStringLiteral("19:team1@thread.tacv2");

inline QByteArray line(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

inline QJsonObject member(const QString &id, const QString &name = {})
{
    QJsonObject m{{QStringLiteral("id"), id},
                  {QStringLiteral("aadObjectId"), QStringLiteral("aad-") + id.mid(3)}};
    if (!name.isEmpty())
        m.insert(QStringLiteral("name"), name);
    return m;
}

// conversationUpdate in a 1:1 chat: added (bot or user joined) or removed (the bot left).
inline QJsonObject personal(const QString &userId, const QString &conversationId, bool added = true,
                            const QString &name = {})
{
    QJsonObject a{{QStringLiteral("type"), QStringLiteral("conversationUpdate")},
                  {QStringLiteral("serviceUrl"), kService},
                  {QStringLiteral("from"), member(userId, name)},
                  {QStringLiteral("recipient"), QJsonObject{{QStringLiteral("id"), kBot}}},
                  {QStringLiteral("conversation"),
                   QJsonObject{{QStringLiteral("conversationType"), QStringLiteral("personal")},
                               {QStringLiteral("tenantId"), kTenant},
                               {QStringLiteral("id"), conversationId}}},
                  {QStringLiteral("channelData"),
                   QJsonObject{{QStringLiteral("tenant"), QJsonObject{{QStringLiteral("id"), kTenant}}}}}};
    a.insert(added ? QStringLiteral("membersAdded") : QStringLiteral("membersRemoved"),
             QJsonArray{added ? member(userId, name) : QJsonObject{{QStringLiteral("id"), kBot}}});
    return a;
}

inline QJsonObject installation(const QString &userId, const QString &conversationId, const QString &action)
{
    QJsonObject a = personal(userId, conversationId);
    a.remove(QStringLiteral("membersAdded"));
    a.insert(QStringLiteral("type"), QStringLiteral("installationUpdate"));
    a.insert(QStringLiteral("action"), action);
    return a;
}

// conversationUpdate in a team's channel: the bot and/or users added or removed.
inline QJsonObject channelEvent(const QJsonArray &added, const QJsonArray &removed = {},
                                const QString &teamName = QStringLiteral("Contoso Comms"),
                                const QString &channelId = QStringLiteral("19:chan1@thread.tacv2"),
                                const QString &channelName = QStringLiteral("Announcements"))
{
    QJsonObject a{
        {QStringLiteral("type"), QStringLiteral("conversationUpdate")},
        {QStringLiteral("serviceUrl"), kService},
        {QStringLiteral("recipient"), QJsonObject{{QStringLiteral("id"), kBot}}},
        {QStringLiteral("conversation"),
         QJsonObject{{QStringLiteral("conversationType"), QStringLiteral("channel")},
                     {QStringLiteral("isGroup"), true},
                     {QStringLiteral("id"), channelId}}},
        {QStringLiteral("channelData"),
         QJsonObject{{QStringLiteral("team"),
                      QJsonObject{{QStringLiteral("id"), kTeam}, {QStringLiteral("name"), teamName}}},
                     {QStringLiteral("channel"),
                      QJsonObject{{QStringLiteral("id"), channelId}, {QStringLiteral("name"), channelName}}},
                     {QStringLiteral("eventType"), QStringLiteral("teamMemberAdded")},
                     {QStringLiteral("tenant"), QJsonObject{{QStringLiteral("id"), kTenant}}}}}};
    if (!added.isEmpty())
        a.insert(QStringLiteral("membersAdded"), added);
    if (!removed.isEmpty())
        a.insert(QStringLiteral("membersRemoved"), removed);
    return a;
}

inline qint64 scalar(const store::Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// Every directory row (without timestamps), to compare before and after.
inline QStringList snapshot(const store::Database &db)
{
    QStringList rows;
    const QStringList queries{
        QStringLiteral("SELECT id, service_url FROM tenants ORDER BY id"),
        QStringLiteral(
            "SELECT id, name, aad_group_id, tenant_id, service_url, installed FROM teams ORDER BY id"),
        QStringLiteral("SELECT id, team_id, name, is_general FROM channels ORDER BY id"),
        QStringLiteral("SELECT pk, id, aad_object_id, name, given_name, surname, email, upn, tenant_id, "
                       "name_key, mail_key,"
                       " conversation_id, reachability, unreachable_reason FROM people ORDER BY pk"),
        QStringLiteral("SELECT team_id, person_pk, active FROM memberships ORDER BY team_id, person_pk"),
    };
    for (const QString &sql : queries) {
        QSqlQuery q(db.connection());
        q.exec(sql);
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i)
                cells << q.value(i).toString();
            rows << cells.join(u'|');
        }
    }
    return rows;
}

} // namespace herald::test
