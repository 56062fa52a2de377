#include "InstallsStream.h"

#include "SandboxState.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>

namespace herald::sandbox {

namespace {
constexpr qint64 kHighWater = 256 * 1024; // refill once the socket's buffer falls below this
constexpr int kLinesPerChunk = 256;
} // namespace

InstallsStream::InstallsStream(const SandboxState &state, QTcpSocket *socket)
    : QObject(socket)
    , m_state(state)
    , m_socket(socket)
{
    connect(socket, &QTcpSocket::bytesWritten, this, &InstallsStream::pump);
}

void InstallsStream::start()
{
    pump();
}

QJsonObject InstallsStream::teamInstall(const SandboxState &state, int teamIndex)
{
    const Team &team = state.org.team(teamIndex);
    const QString botId = QStringLiteral("28:") + state.options.appId;
    const QString tenant = state.org.tenantId();
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("conversationUpdate")},
        {QStringLiteral("channelId"), QStringLiteral("msteams")},
        {QStringLiteral("serviceUrl"), state.baseUrl.toString()},
        {QStringLiteral("recipient"), QJsonObject{{QStringLiteral("id"), botId}}},
        {QStringLiteral("conversation"),
         QJsonObject{{QStringLiteral("isGroup"), true},
                     {QStringLiteral("conversationType"), QStringLiteral("channel")},
                     {QStringLiteral("tenantId"), tenant},
                     {QStringLiteral("id"), team.id}}},
        {QStringLiteral("membersAdded"), QJsonArray{QJsonObject{{QStringLiteral("id"), botId}}}},
        {QStringLiteral("channelData"),
         QJsonObject{{QStringLiteral("team"), QJsonObject{{QStringLiteral("id"), team.id},
                                                          {QStringLiteral("name"), team.name},
                                                          {QStringLiteral("aadGroupId"), team.aadGroupId}}},
                     {QStringLiteral("eventType"), QStringLiteral("teamMemberAdded")},
                     {QStringLiteral("tenant"), QJsonObject{{QStringLiteral("id"), tenant}}}}},
    };
}

QJsonObject InstallsStream::personalInstall(const SandboxState &state, int index)
{
    const Person person = state.org.person(index);
    const QString tenant = state.org.tenantId();
    const QJsonObject user{{QStringLiteral("id"), person.id},
                           {QStringLiteral("aadObjectId"), person.aadObjectId}};
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("conversationUpdate")},
        {QStringLiteral("channelId"), QStringLiteral("msteams")},
        {QStringLiteral("serviceUrl"), state.baseUrl.toString()},
        {QStringLiteral("from"), user},
        {QStringLiteral("recipient"),
         QJsonObject{{QStringLiteral("id"), QStringLiteral("28:") + state.options.appId}}},
        {QStringLiteral("conversation"),
         QJsonObject{{QStringLiteral("conversationType"), QStringLiteral("personal")},
                     {QStringLiteral("tenantId"), tenant},
                     {QStringLiteral("id"), person.conversationId}}},
        {QStringLiteral("membersAdded"), QJsonArray{user}},
        {QStringLiteral("channelData"),
         QJsonObject{{QStringLiteral("tenant"), QJsonObject{{QStringLiteral("id"), tenant}}}}},
    };
}

void InstallsStream::pump()
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState) {
        deleteLater();
        return;
    }
    if (m_done || m_socket->bytesToWrite() > kHighWater)
        return;

    QByteArray chunk;
    int lines = 0;
    const int teams = m_state.org.teamCount();
    const int people = m_state.org.memberCount();
    while (lines < kLinesPerChunk && m_nextTeam < teams) {
        chunk += QJsonDocument(teamInstall(m_state, m_nextTeam++)).toJson(QJsonDocument::Compact) + '\n';
        ++lines;
    }
    while (lines < kLinesPerChunk && m_nextPerson < people) {
        const int index = m_nextPerson++;
        if (!m_state.org.hasApp(index))
            continue; // no install, no event
        chunk += QJsonDocument(personalInstall(m_state, index)).toJson(QJsonDocument::Compact) + '\n';
        ++lines;
    }
    if (!chunk.isEmpty())
        m_socket->write(QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n");
    if (m_nextTeam >= teams && m_nextPerson >= people) {
        m_socket->write("0\r\n\r\n");
        m_done = true;
        deleteLater();
    }
}

} // namespace herald::sandbox
