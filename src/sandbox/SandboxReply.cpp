#include "SandboxReply.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace herald::sandbox {

SandboxReply SandboxReply::json(int status, const QJsonObject &object)
{
    SandboxReply reply;
    reply.status = status;
    reply.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return reply;
}

SandboxReply SandboxReply::json(int status, const QJsonArray &array)
{
    SandboxReply reply;
    reply.status = status;
    reply.body = QJsonDocument(array).toJson(QJsonDocument::Compact);
    return reply;
}

SandboxReply SandboxReply::empty(int status)
{
    SandboxReply reply;
    reply.status = status;
    return reply;
}

SandboxReply SandboxReply::error(int status, const QString &code, const QString &message)
{
    return json(status,
                QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code},
                                                                  {QStringLiteral("message"), message}}}});
}

SandboxReply SandboxReply::throttled(qint64 waitMs)
{
    const int seconds = static_cast<int>(qMax<qint64>(1, (waitMs + 999) / 1000));
    SandboxReply reply = error(429, QStringLiteral("Throttled"),
                               QStringLiteral("Too many requests. Retry after %1 seconds.").arg(seconds));
    reply.retryAfterSec = seconds;
    return reply;
}

SandboxReply SandboxReply::reset()
{
    SandboxReply reply;
    reply.action = Action::Reset;
    return reply;
}

} // namespace herald::sandbox
