#include "SandboxHttpServer.h"

#include "InstallsStream.h"
#include "SandboxState.h"

#include "common/Logging.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace herald::sandbox {

namespace {

QString methodName(QHttpServerRequest::Method method)
{
    using M = QHttpServerRequest::Method;
    switch (method) {
    case M::Get:
        return QStringLiteral("GET");
    case M::Put:
        return QStringLiteral("PUT");
    case M::Delete:
        return QStringLiteral("DELETE");
    case M::Post:
        return QStringLiteral("POST");
    case M::Head:
        return QStringLiteral("HEAD");
    case M::Options:
        return QStringLiteral("OPTIONS");
    case M::Patch:
        return QStringLiteral("PATCH");
    case M::Connect:
        return QStringLiteral("CONNECT");
    case M::Trace:
        return QStringLiteral("TRACE");
    default:
        return QStringLiteral("UNKNOWN");
    }
}

SandboxRequest toSandboxRequest(const QHttpServerRequest &request)
{
    SandboxRequest out;
    out.method = methodName(request.method());
    const QUrl url = request.url();
    // Split the encoded path first, then decode each segment: ids may hold encoded '/' or ';'.
    const QByteArray path = url.path(QUrl::FullyEncoded).toLatin1();
    for (const QByteArray &segment : path.split('/')) {
        if (!segment.isEmpty())
            out.segments.append(QString::fromUtf8(QByteArray::fromPercentEncoding(segment)));
    }
    out.query = QUrlQuery(url);
    QByteArray contentType = request.value(QByteArrayLiteral("Content-Type"));
    if (const qsizetype semicolon = contentType.indexOf(';'); semicolon >= 0)
        contentType.truncate(semicolon);
    out.contentType = contentType.trimmed().toLower();
    out.authorization = request.value(QByteArrayLiteral("Authorization"));
    out.body = request.body();
    return out;
}

} // namespace

SandboxHttpServer::SandboxHttpServer(SandboxState &state, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_state(state)
    , m_identity(state)
    , m_connector(state, m_identity)
    , m_inspection(state)
    , m_rng(QRandomGenerator::securelySeeded())
{
}

SandboxHttpServer::~SandboxHttpServer() = default;

QByteArray SandboxHttpServer::correlationId()
{
    quint64 parts[2];
    m_rng.fillRange(parts);
    return QByteArray::number(parts[0], 16).rightJustified(16, '0') +
           QByteArray::number(parts[1], 16).rightJustified(16, '0');
}

SandboxReply SandboxHttpServer::route(const QHttpServerRequest &request)
{
    if (request.body().size() > kMaxBodyBytes)
        return SandboxReply::error(413, QStringLiteral("RequestEntityTooLarge"),
                                   QStringLiteral("The request body is larger than 4 MB."));
    const SandboxRequest req = toSandboxRequest(request);
    if (ConnectorEndpoint::matches(req))
        return m_connector.handle(req);
    if (IdentityEndpoint::matches(req))
        return m_identity.handle(req);
    if (InspectionEndpoint::matches(req))
        return m_inspection.handle(req);
    return SandboxReply::error(404, QStringLiteral("NotFound"),
                               QStringLiteral("No HTTP resource was found that matches the request URI."));
}

bool SandboxHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ++m_state.requests;
    const SandboxReply reply = route(request);
    if (reply.status >= 400 && reply.status < 500 && reply.status != 401 && reply.status != 429)
        ++m_state.clientErrors;

    switch (reply.action) {
    case SandboxReply::Action::Reset:
        // After the server is done with this request: abort without a byte of answer.
        QTimer::singleShot(0, socket, [socket] { socket->abort(); });
        return true;
    case SandboxReply::Action::StreamInstalls: {
        QHttpServerResponder responder = makeResponder(request, socket);
        startInstallsStream(responder, socket);
        return true;
    }
    case SandboxReply::Action::Answer:
        break;
    }

    if (reply.delayMs > 0) {
        auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(reply.delayMs, this, [this, responder, guard, reply] {
            ++m_state.lateAnswers;
            if (guard && guard->state() == QAbstractSocket::ConnectedState)
                write(*responder, reply);
            else
                ++m_state.lateDropped;
        });
        return true;
    }
    QHttpServerResponder responder = makeResponder(request, socket);
    write(responder, reply);
    return true;
}

void SandboxHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest() answers everything; this is only a safety net.
    QHttpServerResponder responder = makeResponder(request, socket);
    write(responder, SandboxReply::error(404, QStringLiteral("NotFound"), QStringLiteral("Not found.")));
}

void SandboxHttpServer::write(QHttpServerResponder &responder, const SandboxReply &reply)
{
    QTcpSocket *socket = responder.socket();
    if (!socket || !socket->isOpen())
        return;
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
    // The rest in one write: headers are few and fixed, so building them here is cheapest.
    QByteArray rest;
    rest.reserve(160 + reply.body.size());
    rest +=
        "Content-Type: " + reply.contentType + "\r\nX-Correlating-OperationId: " + correlationId() + "\r\n";
    if (reply.retryAfterSec > 0)
        rest += "Retry-After: " + QByteArray::number(reply.retryAfterSec) + "\r\n";
    rest += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n\r\n";
    rest += reply.body;
    socket->write(rest);
}

void SandboxHttpServer::startInstallsStream(QHttpServerResponder &responder, QTcpSocket *socket)
{
    responder.writeStatusLine(QHttpServerResponder::StatusCode::Ok);
    socket->write("Content-Type: application/x-ndjson; charset=utf-8\r\nTransfer-Encoding: chunked\r\n"
                  "X-Correlating-OperationId: " +
                  correlationId() + "\r\n\r\n");
    auto *stream = new InstallsStream(m_state, socket);
    stream->start();
}

} // namespace herald::sandbox
