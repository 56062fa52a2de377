#pragma once

// A real sandbox on its own thread, a real SQLite database in a temporary folder, and the connector
// client that sends to it: what every delivery test runs against.

#include "auth/Profile.h"
#include "auth/TokenProvider.h"
#include "common/Clock.h"
#include "compose/Draft.h"
#include "connector/ConnectorClient.h"
#include "directory/DirectoryWriter.h"
#include "sandbox/Organisation.h"
#include "sandbox/SandboxThread.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

namespace herald::test {

class DeliveryEnv
{
public:
    bool start(int members, int teams = 2, bool limits = false)
    {
        if (!dir.isValid())
            return false;
        options.members = members;
        options.teams = teams;
        options.limits = limits;
        options.seed = 7;
        sandbox = std::make_unique<sandbox::SandboxThread>(options);
        if (!sandbox->start())
            return false;
        org = std::make_unique<sandbox::Organisation>(options.seed, options.teams, options.members,
                                                      options.tenantId);
        auto opened = store::Database::open(dir.filePath(QStringLiteral("herald.sqlite")));
        if (!opened)
            return false;
        db = std::move(opened).value();
        profile.name = QStringLiteral("Sandbox");
        profile.cloud = auth::Cloud::Sandbox;
        profile.tenantId = options.tenantId;
        profile.appId = options.appId;
        profile.serviceUrl = sandbox->baseUrl();
        profile.loginUrl = sandbox->baseUrl();
        tokens = std::make_unique<auth::TokenProvider>(profile, options.appSecret, &nam, nullptr);
        client = std::make_unique<connector::ConnectorClient>(profile, tokens.get(), &nam);
        return true;
    }

    // People into the directory, with their 1:1 conversation id cached or not.
    bool addPeople(const QList<int> &indexes, bool cacheConversation)
    {
        directory::DirectoryWriter writer(*db);
        store::Transaction tx(*db);
        if (!tx.begin())
            return false;
        for (int i : indexes) {
            const sandbox::Person p = org->person(i);
            directory::PersonRecord r;
            r.id = p.id;
            r.name = p.name;
            r.givenName = p.givenName;
            r.email = p.email;
            r.userPrincipalName = p.userPrincipalName;
            if (cacheConversation)
                r.conversationId = p.conversationId;
            if (!writer.upsertPerson(r))
                return false;
        }
        return tx.commit().ok();
    }

    QList<int> people(const std::function<bool(const sandbox::Person &)> &pred, int count) const
    {
        QList<int> out;
        for (int i = 0; i < org->memberCount() && out.size() < count; ++i) {
            if (pred(org->person(i)))
                out.append(i);
        }
        return out;
    }

    static bool reachable(const sandbox::Person &p) { return p.hasApp && !p.blockedBot; }

    QJsonObject stats() const { return sandbox->stats(); }

    // A sandbox inspection route; empty on failure.
    QJsonObject call(const QByteArray &verb, const QString &path, const QJsonObject &body = {})
    {
        QNetworkRequest request(sandbox->baseUrl().resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply =
            nam.sendCustomRequest(request, verb, QJsonDocument(body).toJson(QJsonDocument::Compact));
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            return {};
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

    int activitiesIn(const QString &conversationId)
    {
        const QString path = QStringLiteral("_sandbox/activities?conversation=") +
                             QString::fromLatin1(QUrl::toPercentEncoding(conversationId));
        return call("GET", path).value(QStringLiteral("count")).toInt();
    }

    static compose::Draft draft()
    {
        compose::Draft d;
        d.kind = compose::Draft::Kind::Notification;
        d.title = QStringLiteral("Quarterly results");
        d.notification.whatHappened = QStringLiteral("Hello {givenName}, the results are out.");
        d.notification.subject = QStringLiteral("Q3 report");
        d.notification.actor = QStringLiteral("Finance");
        d.notification.actions = QStringLiteral("Read them on the intranet.");
        d.notification.optOut = QStringLiteral("Reply STOP.");
        return d;
    }

    QTemporaryDir dir;
    sandbox::SandboxOptions options;
    std::unique_ptr<sandbox::SandboxThread> sandbox;
    std::unique_ptr<sandbox::Organisation> org;
    std::unique_ptr<store::Database> db;
    auth::Profile profile;
    QNetworkAccessManager nam;
    std::unique_ptr<auth::TokenProvider> tokens;
    std::unique_ptr<connector::ConnectorClient> client;
};

} // namespace herald::test
