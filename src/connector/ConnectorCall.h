#pragma once

#include "auth/Cloud.h"
#include "common/Result.h"
#include "connector/ConnectorTypes.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace herald::auth {
class TokenProvider;
}

namespace herald::connector {

// One Bot Connector request in flight: a small handle that ConnectorClient returns for every call.
// The call checks the host policy (refused: Policy error, nothing sent), fetches a token, sends, and on a
// 401 invalidates the token, fetches a fresh one and retries exactly once. Its typed callback runs exactly
// once, always from the event loop (never before the ConnectorClient method returns), then finished() is
// emitted and the handle deletes itself later: keep it in a QPointer if you may cancel.
class ConnectorCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectorCall)

public:
    // What ConnectorClient asks for; body is sent only for POST and PUT.
    struct Request
    {
        QByteArray verb; // GET, POST, PUT, DELETE
        QUrl url;
        QByteArray body;
        QString what; // for log lines: "send activity", never ids or tokens
    };
    // Gets the 2xx body, or the Error.
    using Completion = std::function<void(Result<QByteArray>)>;

    ConnectorCall(Request request, auth::Cloud cloud, auth::TokenProvider *tokens, QNetworkAccessManager *nam,
                  const ConnectorOptions &options, Completion completion, QObject *parent = nullptr);
    ~ConnectorCall() override;

    // Aborts the call; the callback then runs at once with an Error of kind Cancelled. No-op when finished.
    void cancel();

    bool isFinished() const;
    // After finished(): kind None on success.
    const Error &error() const;
    int httpStatus() const; // of the last answer; 0 if none
    int attempts() const;   // HTTP requests sent: 0 when refused before sending, 2 after a 401 retry
    const QUrl &url() const;

Q_SIGNALS:
    void finished();

private:
    void start();
    void requestToken();
    void send(const QString &token);
    void onReadyRead();
    void onReplyFinished();
    void finish(Result<QByteArray> result);

    Request m_request;
    auth::Cloud m_cloud;
    QPointer<auth::TokenProvider> m_tokens;
    QNetworkAccessManager *m_nam;
    ConnectorOptions m_options;
    Completion m_completion;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_buffer;
    QString m_usedToken;
    Error m_error;
    QElapsedTimer m_elapsed;
    int m_status = 0;
    int m_attempts = 0;
    bool m_retried = false;
    bool m_tooLarge = false;
    bool m_finished = false;
};

} // namespace herald::connector
