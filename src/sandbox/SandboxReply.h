#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace herald::sandbox {

// An endpoint's answer, written by SandboxHttpServer (which adds X-Correlating-OperationId).
struct SandboxReply
{
    enum class Action {
        Answer,         // write status, headers and body
        Reset,          // abort the connection without answering (injected fault)
        StreamInstalls, // stream GET /_sandbox/installs.jsonl
    };

    int status = 200;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json; charset=utf-8");
    int retryAfterSec = 0; // > 0: a Retry-After header
    int delayMs = 0;       // > 0: answer this much later (injected "slow" fault)
    Action action = Action::Answer;

    static SandboxReply json(int status, const QJsonObject &object);
    static SandboxReply json(int status, const QJsonArray &array);
    static SandboxReply empty(int status);
    // Bot Connector's error body: {"error":{"code":"…","message":"…"}}.
    static SandboxReply error(int status, const QString &code, const QString &message);
    static SandboxReply throttled(qint64 waitMs);
    static SandboxReply reset();
};

} // namespace herald::sandbox
