#include "SandboxServer.h"

#include "SandboxHttpServer.h"
#include "SandboxState.h"

#include "common/Logging.h"

#include <QHostAddress>
#include <QTcpServer>

namespace herald::sandbox {

// The state first, so that the HTTP server (and its sockets and streams) goes before it.
class SandboxServerPrivate final
{
public:
    SandboxServerPrivate(SandboxOptions options, const Clock *clock)
        : state(std::move(options), clock)
        , http(state)
    {
    }

    SandboxState state;
    SandboxHttpServer http;
    quint16 port = 0;
};

SandboxServer::SandboxServer(SandboxOptions options, Clock *clock, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<SandboxServerPrivate>(std::move(options), clock ? clock : SystemClock::instance()))
{
}

SandboxServer::~SandboxServer() = default;

Result<quint16> SandboxServer::listen()
{
    if (d->port != 0)
        return d->port;
    auto *tcp = new QTcpServer;
    if (!tcp->listen(QHostAddress::LocalHost, d->state.options.port)) {
        Error error = Error::make(
            Error::Kind::Network,
            QStringLiteral("The sandbox could not listen on 127.0.0.1:%1.").arg(d->state.options.port));
        error.detail = tcp->errorString();
        delete tcp;
        qCWarning(lcSandbox) << error.message << error.detail;
        return error;
    }
    const quint16 port = tcp->serverPort();
    d->http.bind(tcp); // takes ownership
    d->port = port;
    d->state.baseUrl = baseUrl();
    qCDebug(lcSandbox) << "sandbox listening on port" << port << "with" << d->state.org.memberCount()
                       << "members in" << d->state.org.teamCount() << "teams";
    return port;
}

quint16 SandboxServer::port() const
{
    return d->port;
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(d->port);
    url.setPath(QStringLiteral("/"));
    return url;
}

const SandboxOptions &SandboxServer::options() const
{
    return d->state.options;
}

QJsonObject SandboxServer::stats() const
{
    return d->state.stats();
}

const Organisation &SandboxServer::organisation() const
{
    return d->state.org;
}

} // namespace herald::sandbox
