#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

class QTcpSocket;

namespace herald::sandbox {

struct SandboxState;

// Streams GET /_sandbox/installs.jsonl with chunked transfer encoding: one conversationUpdate per
// line, the teams' channel installs first, then one personal install per person who has the app.
// Lines are generated as the socket drains, so 100,000 members never sit in memory at once.
// Parented to the socket: it goes when the connection goes.
class InstallsStream final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstallsStream)

public:
    // The status line and headers must already be on the socket.
    InstallsStream(const SandboxState &state, QTcpSocket *socket);

    void start();

    static QJsonObject teamInstall(const SandboxState &state, int team);
    static QJsonObject personalInstall(const SandboxState &state, int person);

private:
    void pump();

    const SandboxState &m_state;
    QPointer<QTcpSocket> m_socket;
    int m_nextTeam = 0;
    int m_nextPerson = 0;
    bool m_done = false;
};

} // namespace herald::sandbox
