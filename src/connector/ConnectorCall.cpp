#include "ConnectorCall.h"

#include "auth/HostPolicy.h"
#include "auth/NetworkError.h"
#include "auth/TokenProvider.h"
#include "common/Logging.h"
#include "connector/ConnectorError.h"
#include "connector/OneShotBody.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace herald::connector {

ConnectorCall::ConnectorCall(Request request, auth::Cloud cloud, auth::TokenProvider *tokens,
                             QNetworkAccessManager *nam, const ConnectorOptions &options,
                             Completion completion, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_cloud(cloud)
    , m_tokens(tokens)
    , m_nam(nam)
    , m_options(options)
    , m_completion(std::move(completion))
{
    m_elapsed.start();
    // Start from the event loop so the callback never runs before the caller has the handle.
    QTimer::singleShot(0, this, &ConnectorCall::start);
}

ConnectorCall::~ConnectorCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

bool ConnectorCall::isFinished() const
{
    return m_finished;
}

const Error &ConnectorCall::error() const
{
    return m_error;
}

int ConnectorCall::httpStatus() const
{
    return m_status;
}

int ConnectorCall::attempts() const
{
    return m_attempts;
}

const QUrl &ConnectorCall::url() const
{
    return m_request.url;
}

void ConnectorCall::cancel()
{
    if (m_finished)
        return;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply.clear();
    }
    Error e = Error::make(Error::Kind::Cancelled,
                          QCoreApplication::translate("herald::connector", "The request was cancelled."));
    finish(e);
}

void ConnectorCall::start()
{
    if (m_finished)
        return;
    if (Status s = auth::HostPolicy::check(m_request.url, m_cloud); !s) {
        if (!m_request.url.isEmpty()) {
            qCWarning(lcConnector) << "Refused" << m_request.what << "to" << m_request.url.host() << ":"
                                   << s.error().message;
        }
        finish(s.error());
        return;
    }
    if (!m_tokens) {
        finish(Error::make(
            Error::Kind::Cancelled,
            QCoreApplication::translate("herald::connector", "The connection to Teams was closed.")));
        return;
    }
    requestToken();
}

void ConnectorCall::requestToken()
{
    QPointer<ConnectorCall> self(this);
    m_tokens->token([self](Result<QString> token) {
        if (!self || self->m_finished)
            return;
        if (!token.ok()) {
            self->finish(token.error());
            return;
        }
        self->send(token.value());
    });
}

void ConnectorCall::send(const QString &token)
{
    m_usedToken = token;
    m_buffer.clear();
    m_tooLarge = false;
    QNetworkRequest request(m_request.url);
    request.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + token.toUtf8());
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setTransferTimeout(m_options.timeoutMs);
    const bool hasBody = m_request.verb == "POST" || m_request.verb == "PUT";
    if (hasBody)
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json; charset=utf-8"));

    ++m_attempts;
    QNetworkReply *reply = nullptr;
    if (m_request.verb == "GET")
        reply = m_nam->get(request);
    else if (m_request.verb == "DELETE")
        reply = m_nam->deleteResource(request);
    else {
        // Sent once: a cut connection reaches the retry rules instead of Qt resending it unseen.
        auto *body = new OneShotBody(m_request.body);
        request.setHeader(QNetworkRequest::ContentLengthHeader, body->size());
        reply = m_nam->sendCustomRequest(request, m_request.verb, body);
        body->setParent(reply);
    }
    m_reply = reply;
    connect(reply, &QNetworkReply::readyRead, this, &ConnectorCall::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &ConnectorCall::onReplyFinished);
}

void ConnectorCall::onReadyRead()
{
    if (!m_reply || m_tooLarge)
        return;
    m_buffer += m_reply->readAll();
    if (m_buffer.size() > m_options.maxResponseBytes) {
        m_tooLarge = true;
        m_buffer.clear();
        m_reply->abort(); // emits finished(), handled in onReplyFinished
    }
}

void ConnectorCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply.clear();
    reply->deleteLater();
    if (m_finished)
        return;

    if (m_tooLarge) {
        // A plain variable: lupdate 6.4 hangs on a '/' in the count argument of translate().
        const int limitMb = int(m_options.maxResponseBytes / (1024 * 1024));
        Error e =
            Error::make(Error::Kind::Parse,
                        QCoreApplication::translate("herald::connector",
                                                    "Teams sent an answer larger than %Ln MB, which Herald "
                                                    "does not read.",
                                                    nullptr, limitMb));
        e.serviceCode = QStringLiteral("AnswerTooLarge");
        finish(e);
        return;
    }
    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (auth::isTransportError(reply->error()) || !statusAttr.isValid()) {
        finish(auth::transportError(reply->error(), reply->errorString(), reply->url().host()));
        return;
    }
    m_status = statusAttr.toInt();
    m_buffer += reply->readAll();
    if (m_buffer.size() > m_options.maxResponseBytes) {
        Error e = Error::make(
            Error::Kind::Parse,
            QCoreApplication::translate("herald::connector", "Teams sent an answer too large to read."));
        e.serviceCode = QStringLiteral("AnswerTooLarge");
        finish(e);
        return;
    }

    if (m_status == 401 && !m_retried && m_tokens) {
        m_retried = true;
        qCInfo(lcConnector) << m_request.what << "got 401; refreshing the token and retrying once";
        m_tokens->invalidate(m_usedToken);
        requestToken();
        return;
    }
    if (m_status >= 200 && m_status < 300) {
        qCDebug(lcConnector) << m_request.what << "->" << m_status << "in" << m_elapsed.elapsed() << "ms";
        finish(std::move(m_buffer));
        return;
    }
    const Error e = decodeConnectorError(m_status, m_buffer, reply->rawHeaderPairs());
    qCInfo(lcConnector) << m_request.what << "failed:" << e.toString();
    finish(e);
}

void ConnectorCall::finish(Result<QByteArray> result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = result.ok() ? Error() : result.error();
    m_usedToken.clear();
    if (m_completion) {
        const Completion completion = std::exchange(m_completion, {});
        completion(std::move(result));
    }
    Q_EMIT finished();
    deleteLater();
}

} // namespace herald::connector
