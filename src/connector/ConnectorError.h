#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

#include <utility>

namespace herald::connector {

using RawHeaders = QList<std::pair<QByteArray, QByteArray>>;

// Turns a connector error answer into an Error of kind Http (PROTOCOL.md "Errors"):
// status, service code (from {"error":{"code","message"}}, its innerHttpError, or the
// {"errorCode":209,"message":"{\"subCode\":\"MessageWritesBlocked\"…}"} shape), the service's message as
// detail, a sentence for people as message, the correlation id (X-Correlating-OperationId or MS-CV),
// Retry-After in ms (seconds or an HTTP-date, relative to nowUtc; current time when invalid),
// and retryable per the protocol table.
Error decodeConnectorError(int httpStatus, const QByteArray &body, const RawHeaders &headers,
                           const QDateTime &nowUtc = QDateTime());

// Retry-After as milliseconds: "120" or "Wed, 21 Oct 2015 07:28:00 GMT"; -1 when absent or unreadable.
qint64 parseRetryAfterMs(const QByteArray &value, const QDateTime &nowUtc = QDateTime());

// PROTOCOL.md's "retry?" column.
bool isRetryable(int httpStatus, const QString &serviceCode);

// What a failure means for one recipient.
enum class Reachability {
    Ok,          // no error
    Unreachable, // blocked the bot, app not installed, not in the roster, conversation gone: do not retry
    Failed,      // anything else (retryable or not), about the request or the service rather than the person
};
Reachability reachabilityOf(const Error &error);

// A sentence for people, e.g. "This person has blocked the bot." Empty-code answers get a status sentence.
QString connectorErrorSentence(int httpStatus, const QString &serviceCode);

} // namespace herald::connector
