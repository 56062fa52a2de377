#pragma once

// A tiny real HTTP/1.1 peer on 127.0.0.1 for tests that need answers the sandbox cannot give
// (malformed, truncated, oversized bodies, odd headers). It answers each request with the raw bytes a
// responder returns; an empty QByteArray leaves the request unanswered (for timeouts), dropConnection()
// cuts the connection without an answer.

#include <QByteArray>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <functional>
#include <memory>
#include <utility>

namespace herald::test {

class RawHttpServer final
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray target; // path and query, as sent
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;

        QByteArray header(const QByteArray &name) const
        {
            for (const auto &[k, v] : headers) {
                if (k.compare(name, Qt::CaseInsensitive) == 0)
                    return v;
            }
            return {};
        }
        QByteArray path() const
        {
            return target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?'));
        }
    };
    using Responder = std::function<QByteArray(const Request &)>;

    RawHttpServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                accept(socket);
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    void close() { m_server.close(); }
    quint16 port() const { return m_server.serverPort(); }
    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_server.serverPort())); }

    void setResponder(Responder responder) { m_responder = std::move(responder); }
    // Close the connection after each answer (to test truncated bodies).
    void setCloseAfterAnswer(bool close) { m_closeAfterAnswer = close; }

    const QList<Request> &requests() const { return m_requests; }
    int requestCount(const QByteArray &pathPart = {}) const
    {
        int n = 0;
        for (const Request &r : m_requests) {
            if (pathPart.isEmpty() || r.target.contains(pathPart))
                ++n;
        }
        return n;
    }
    int connectionCount() const { return m_connections; }

    static QByteArray reason(int status)
    {
        switch (status) {
        case 200:
            return "OK";
        case 201:
            return "Created";
        case 204:
            return "No Content";
        case 400:
            return "Bad Request";
        case 401:
            return "Unauthorized";
        case 403:
            return "Forbidden";
        case 404:
            return "Not Found";
        case 429:
            return "Too Many Requests";
        case 500:
            return "Internal Server Error";
        case 503:
            return "Service Unavailable";
        default:
            return "Status";
        }
    }

    // What a responder returns to take a request and cut the connection without answering it.
    static QByteArray dropConnection() { return QByteArrayLiteral("\0drop-connection"); }

    // A complete answer with a correct Content-Length.
    static QByteArray answer(int status, const QByteArray &body,
                             const QList<std::pair<QByteArray, QByteArray>> &extraHeaders = {},
                             const QByteArray &contentType = "application/json; charset=utf-8")
    {
        QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n";
        if (!contentType.isEmpty())
            out += "Content-Type: " + contentType + "\r\n";
        for (const auto &[k, v] : extraHeaders)
            out += k + ": " + v + "\r\n";
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
        out += body;
        return out;
    }

private:
    void accept(QTcpSocket *socket)
    {
        ++m_connections;
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            *buffer += socket->readAll();
            for (;;) {
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                Request r;
                const QList<QByteArray> lines = buffer->left(end).split('\n');
                const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
                r.method = first.value(0);
                r.target = first.value(1);
                qsizetype length = 0;
                for (qsizetype i = 1; i < lines.size(); ++i) {
                    const QByteArray line = lines.at(i).trimmed();
                    const qsizetype colon = line.indexOf(':');
                    if (colon <= 0)
                        continue;
                    r.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
                    if (line.left(colon).trimmed().compare("Content-Length", Qt::CaseInsensitive) == 0)
                        length = line.mid(colon + 1).trimmed().toLongLong();
                }
                if (buffer->size() < end + 4 + length)
                    return;
                r.body = buffer->mid(end + 4, length);
                buffer->remove(0, end + 4 + length);
                m_requests.append(r);
                const QByteArray out = m_responder ? m_responder(r) : answer(404, "{}");
                if (out.isEmpty())
                    continue; // never answer
                if (out == dropConnection()) {
                    socket->abort(); // taken, then the connection is cut before any answer
                    return;
                }
                socket->write(out);
                if (m_closeAfterAnswer)
                    socket->disconnectFromHost();
            }
        });
    }

    QTcpServer m_server;
    Responder m_responder;
    QList<Request> m_requests;
    int m_connections = 0;
    bool m_closeAfterAnswer = false;
};

} // namespace herald::test
