#pragma once

// A small HTTP client for the sandbox tests: real QNetworkAccessManager requests over loopback,
// waited for with QSignalSpy (the server runs in the same thread, so its event loop is ours).

#include "sandbox/SandboxServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QUrl>

namespace herald::sandbox::test {

struct HttpAnswer
{
    int status = 0; // 0: no HTTP answer (reset, timeout)
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    QString errorCode() const
    {
        return json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
    }
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

inline QString enc(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

class SandboxTestClient
{
public:
    explicit SandboxTestClient(const SandboxServer &server)
        : m_server(server)
    {
    }

    // `path` is already percent-encoded where needed (use enc()).
    HttpAnswer request(const QByteArray &verb, const QString &path, const QByteArray &body = QByteArray(),
                       const QByteArray &contentType = QByteArrayLiteral("application/json"),
                       int timeoutMs = 10'000)
    {
        QString base = m_server.baseUrl().toString();
        base.chop(1);
        QNetworkRequest request(QUrl::fromEncoded((base + path).toUtf8(), QUrl::StrictMode));
        if (!contentType.isEmpty() && !body.isNull())
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        if (!m_authorization.isEmpty())
            request.setRawHeader(QByteArrayLiteral("Authorization"), m_authorization);
        QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(timeoutMs);
        HttpAnswer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.error = reply->error();
        answer.body = reply->readAll();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            answer.headers.insert(name.toLower(), value);
        if (!reply->isFinished())
            reply->abort();
        reply->deleteLater();
        return answer;
    }

    HttpAnswer get(const QString &path) { return request(QByteArrayLiteral("GET"), path); }
    HttpAnswer post(const QString &path, const QJsonObject &json)
    {
        return request(QByteArrayLiteral("POST"), path, QJsonDocument(json).toJson(QJsonDocument::Compact));
    }
    HttpAnswer put(const QString &path, const QJsonObject &json)
    {
        return request(QByteArrayLiteral("PUT"), path, QJsonDocument(json).toJson(QJsonDocument::Compact));
    }
    HttpAnswer del(const QString &path) { return request(QByteArrayLiteral("DELETE"), path); }

    HttpAnswer requestToken(const QString &tenant, const QString &form)
    {
        const QByteArray saved = m_authorization;
        m_authorization.clear();
        HttpAnswer answer =
            request(QByteArrayLiteral("POST"), QStringLiteral("/%1/oauth2/v2.0/token").arg(tenant),
                    form.toUtf8(), QByteArrayLiteral("application/x-www-form-urlencoded"));
        m_authorization = saved;
        return answer;
    }

    static QString tokenForm(const SandboxOptions &o)
    {
        return QStringLiteral("grant_type=client_credentials&client_id=%1&client_secret=%2&scope=%3")
            .arg(enc(o.appId), enc(o.appSecret),
                 enc(QStringLiteral("https://api.botframework.com/.default")));
    }

    // Fetches a token and uses it for the following requests; empty on failure.
    QString signIn()
    {
        const HttpAnswer answer = requestToken(m_server.options().tenantId, tokenForm(m_server.options()));
        const QString token = answer.json().value(QStringLiteral("access_token")).toString();
        setToken(token);
        return token;
    }

    void setToken(const QString &token)
    {
        m_authorization = token.isEmpty() ? QByteArray() : "Bearer " + token.toLatin1();
    }
    void setAuthorization(const QByteArray &raw) { m_authorization = raw; }

    static QJsonObject message(const QString &text)
    {
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("message")},
                           {QStringLiteral("text"), text}};
    }

    QJsonObject createBody(const QString &memberId) const
    {
        const SandboxOptions &o = m_server.options();
        return QJsonObject{
            {QStringLiteral("isGroup"), false},
            {QStringLiteral("bot"), QJsonObject{{QStringLiteral("id"), QStringLiteral("28:") + o.appId}}},
            {QStringLiteral("members"), QJsonArray{QJsonObject{{QStringLiteral("id"), memberId}}}},
            {QStringLiteral("tenantId"), o.tenantId},
            {QStringLiteral("channelData"),
             QJsonObject{{QStringLiteral("tenant"), QJsonObject{{QStringLiteral("id"), o.tenantId}}}}}};
    }

    HttpAnswer send(const QString &conversationId, const QJsonObject &activity)
    {
        return post(QStringLiteral("/v3/conversations/%1/activities").arg(enc(conversationId)), activity);
    }

    QJsonObject stats() { return get(QStringLiteral("/_sandbox/stats")).json(); }

private:
    const SandboxServer &m_server;
    QNetworkAccessManager m_nam;
    QByteArray m_authorization;
};

} // namespace herald::sandbox::test

#include "sandbox/Organisation.h"

namespace herald::sandbox::test {

enum class Reachability { Reachable, Blocked, WithoutApp };

// The first person of the organisation in the given state, or -1.
inline int findPerson(const Organisation &org, Reachability wanted, int skip = 0)
{
    for (int i = 0; i < org.memberCount(); ++i) {
        const Reachability r = org.blockedBot(i) ? Reachability::Blocked
                               : !org.hasApp(i)  ? Reachability::WithoutApp
                                                 : Reachability::Reachable;
        if (r == wanted && skip-- == 0)
            return i;
    }
    return -1;
}

} // namespace herald::sandbox::test
