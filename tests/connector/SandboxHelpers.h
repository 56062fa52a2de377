#pragma once

// Small helpers for tests that run the real sandbox in-process (herald_sandbox).

#include "auth/Profile.h"
#include "sandbox/Organisation.h"
#include "sandbox/SandboxServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTest>

#include <functional>

namespace herald::test {

inline auth::Profile sandboxProfile(const sandbox::SandboxServer &server)
{
    auth::Profile p;
    p.name = QStringLiteral("Sandbox");
    p.cloud = auth::Cloud::Sandbox;
    p.tenantId = server.options().tenantId;
    p.appId = server.options().appId;
    p.serviceUrl = server.baseUrl();
    p.loginUrl = server.baseUrl();
    return p;
}

// A sandbox inspection route (no token needed); returns the JSON answer, empty on failure.
inline QJsonObject sandboxCall(QNetworkAccessManager &nam, const sandbox::SandboxServer &server,
                               const QByteArray &verb, const QString &path, const QJsonObject &body = {})
{
    QNetworkRequest request(server.baseUrl().resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply =
        nam.sendCustomRequest(request, verb, QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 5000))
        return {};
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

// The first person of the organisation for whom pred holds; -1 when none.
inline int findPerson(const sandbox::Organisation &org,
                      const std::function<bool(const sandbox::Person &)> &pred)
{
    for (int i = 0; i < org.memberCount(); ++i) {
        if (pred(org.person(i)))
            return i;
    }
    return -1;
}

} // namespace herald::test
