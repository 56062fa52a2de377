#pragma once

#include "auth/Profile.h"
#include "common/Result.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace herald {
class Clock;
}

namespace herald::auth {

// Bot Framework access tokens by the client-credentials grant (PROTOCOL.md "Credentials and tokens").
// The token is cached in memory only and refreshed ahead of expiry (per the Clock); callers that ask while
// a request is in flight share that one request. The secret is held in memory only and never logged.
class TokenProvider final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenProvider)

public:
    using Callback = std::function<void(Result<QString>)>;

    // nam and clock must outlive the provider; clock may be null (the system clock).
    TokenProvider(Profile profile, QString secret, QNetworkAccessManager *nam, Clock *clock,
                  QObject *parent = nullptr);
    ~TokenProvider() override;

    // The bearer token, or an Error (Identity for refused credentials, Network/Timeout, Http for a failing
    // service, Parse for an unreadable answer, Policy for an untrusted login URL). The callback always
    // runs later from the event loop, never before token() returns. If the provider is destroyed first,
    // pending callbacks are dropped.
    void token(Callback callback);

    // Forget the cached token (the connector's 401 path).
    void invalidate();
    // Forget the cached token only if it is still staleToken, so that many concurrent 401s cause one refresh.
    void invalidate(const QString &staleToken);

    bool hasValidToken() const;
    // Number of token requests actually sent (for tests and diagnostics).
    int tokenRequestCount() const;
    const Profile &profile() const;

    // Refresh this long before expiry (default 5 minutes; at most half the token's lifetime is used).
    void setRefreshMarginMs(qint64 ms);
    void setTimeoutMs(int ms);

    // The token endpoint for a profile: {login}/{tenant}/oauth2/v2.0/token.
    static QUrl tokenEndpoint(const Profile &profile);

Q_SIGNALS:
    void tokenRefreshed();
    void tokenFailed(const herald::Error &error);

private:
    void startRequest();
    void onFinished(QNetworkReply *reply, qint64 requestedAt);
    void deliver(const Result<QString> &result);

    Profile m_profile;
    QString m_secret;
    QNetworkAccessManager *m_nam;
    Clock *m_clock;
    QPointer<QNetworkReply> m_reply;
    QList<Callback> m_pending;
    QString m_token;
    qint64 m_refreshAtMs = 0; // clock reading after which the token is refreshed
    qint64 m_expiresAtMs = 0;
    qint64 m_marginMs = 5 * 60 * 1000;
    int m_timeoutMs = 30000;
    int m_requestCount = 0;
};

} // namespace herald::auth
