#pragma once

#include "auth/Profile.h"
#include "common/Result.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace herald {
class Clock;
}

namespace herald::auth {
class TokenProvider;
}

namespace herald::connector {

class ConnectorCall;
class ConnectorClient;

// "Test connection": checks a profile, fetches a token with its secret and, when a team id is known,
// fetches that team through the connector. Ends in one sentence that says what worked or what is wrong.
// Used by `herald-cli profile test` and the sign-in dialog; fully asynchronous and cancellable.
class ConnectionCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionCheck)

public:
    struct Outcome
    {
        Status status;
        QString sentence; // what to tell the person, success or failure
        QString teamName; // when a team was fetched
        int tokenRequests = 0;
    };
    using Callback = std::function<void(const Outcome &)>;

    ConnectionCheck(QNetworkAccessManager *nam, Clock *clock, QObject *parent = nullptr);
    ~ConnectionCheck() override;

    // Starts a check; a running one is cancelled first. teamId may be empty.
    void start(const auth::Profile &profile, const QString &secret, const QString &teamId, Callback done);
    void cancel();
    bool isRunning() const;

private:
    void finish(const Outcome &outcome);

    QNetworkAccessManager *m_nam;
    Clock *m_clock;
    std::unique_ptr<auth::TokenProvider> m_tokens;
    std::unique_ptr<ConnectorClient> m_client;
    QPointer<ConnectorCall> m_call;
    Callback m_done;
    quint64 m_generation = 0;
};

} // namespace herald::connector
