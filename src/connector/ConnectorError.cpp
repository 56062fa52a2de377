#include "ConnectorError.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace herald::connector {

namespace {

QByteArray headerValue(const RawHeaders &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value.trimmed();
    }
    return {};
}

QJsonObject jsonObject(const QByteArray &bytes)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    return doc.isObject() ? doc.object() : QJsonObject();
}

struct Decoded
{
    QString code;
    QString message;
};

Decoded decodeErrorObject(const QJsonObject &root)
{
    Decoded d;
    const QJsonValue error = root.value(QLatin1String("error"));
    if (error.isObject()) {
        const QJsonObject e = error.toObject();
        d.code = e.value(QLatin1String("code")).toString();
        d.message = e.value(QLatin1String("message")).toString();
        const QJsonObject inner = e.value(QLatin1String("innerHttpError")).toObject();
        if (!inner.isEmpty()) {
            const QJsonValue innerBody = inner.value(QLatin1String("body"));
            const QJsonObject innerRoot =
                innerBody.isObject() ? innerBody.toObject() : jsonObject(innerBody.toString().toUtf8());
            const Decoded in = decodeErrorObject(innerRoot);
            if (d.code.isEmpty())
                d.code = in.code;
            if (!in.message.isEmpty() && in.message != d.message)
                d.message = d.message.isEmpty() ? in.message : d.message + QStringLiteral(" — ") + in.message;
        }
        return d;
    }
    if (error.isString())
        d.code = error.toString();

    const QJsonValue errorCode = root.value(QLatin1String("errorCode"));
    const QString message = root.value(QLatin1String("message")).toString();
    if (errorCode.isDouble() || errorCode.isString()) {
        // {"errorCode":209,"message":"{\"subCode\":\"MessageWritesBlocked\",\"message\":\"…\"}"}
        const QJsonObject nested = jsonObject(message.toUtf8());
        d.code = nested.value(QLatin1String("subCode")).toString();
        d.message = nested.value(QLatin1String("message")).toString(message);
        if (d.code.isEmpty())
            d.code = errorCode.isDouble() ? QString::number(errorCode.toInteger()) : errorCode.toString();
        return d;
    }
    if (d.code.isEmpty())
        d.code = root.value(QLatin1String("code")).toString();
    if (d.message.isEmpty())
        d.message = message.isEmpty() ? root.value(QLatin1String("Message")).toString() : message;
    return d;
}

} // namespace

qint64 parseRetryAfterMs(const QByteArray &value, const QDateTime &nowUtc)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const double seconds = v.toDouble(&ok);
    if (ok)
        return seconds < 0 ? -1 : qint64(seconds * 1000.0);
    // HTTP-date (RFC 9110, IMF-fixdate): "Wed, 21 Oct 2015 07:28:00 GMT".
    QString text = QString::fromLatin1(v);
    if (text.endsWith(QLatin1String(" GMT")) || text.endsWith(QLatin1String(" UTC")))
        text = text.left(text.size() - 4) + QStringLiteral(" +0000");
    const QDateTime when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    const QDateTime now = nowUtc.isValid() ? nowUtc : QDateTime::currentDateTimeUtc();
    return std::max<qint64>(0, now.msecsTo(when));
}

bool isRetryable(int httpStatus, const QString &serviceCode)
{
    switch (httpStatus) {
    case 408:
    case 412:
    case 429:
    case 502:
    case 503:
    case 504:
        return true;
    case 403:
        return serviceCode == QLatin1String("InvalidBotApiHost");
    default:
        return false;
    }
}

QString connectorErrorSentence(int httpStatus, const QString &code)
{
    struct Entry
    {
        const char *code;
        const char *sentence;
    };
    static const Entry entries[] = {
        {"BadArgument",
         QT_TRANSLATE_NOOP("herald::connector",
                           "Teams refused the request as invalid (a wrong id or an invalid message).")},
        {"BadSyntax", QT_TRANSLATE_NOOP("herald::connector",
                                        "Teams could not read the request; the message is malformed.")},
        {"BotNotRegistered",
         QT_TRANSLATE_NOOP(
             "herald::connector",
             "Teams does not accept this bot's credentials: the bot is not registered for this app "
             "id, or its token was refused. Check the profile.")},
        {"BotDisabledByAdmin",
         QT_TRANSLATE_NOOP("herald::connector", "An administrator has disabled this app in the tenant.")},
        {"BotNotInConversationRoster",
         QT_TRANSLATE_NOOP("herald::connector",
                           "The bot is no longer part of this conversation (it was removed or "
                           "uninstalled).")},
        {"ConversationBlockedByUser",
         QT_TRANSLATE_NOOP("herald::connector", "This person has blocked the bot.")},
        {"ForbiddenOperationException",
         QT_TRANSLATE_NOOP("herald::connector", "The app is not installed for this person.")},
        {"NotEnoughPermissions",
         QT_TRANSLATE_NOOP("herald::connector", "The bot does not have permission to post here.")},
        {"InvalidBotApiHost",
         QT_TRANSLATE_NOOP(
             "herald::connector",
             "This tenant must be reached through its own service URL (a government cloud host); "
             "check the profile's cloud and service URL.")},
        {"MessageWritesBlocked",
         QT_TRANSLATE_NOOP("herald::connector",
                           "This person has blocked the bot or removed the app, so Teams blocks new "
                           "messages to them.")},
        {"209",
         QT_TRANSLATE_NOOP(
             "herald::connector",
             "This person has blocked the bot or removed the app, so Teams blocks new messages to them.")},
        {"ConversationNotFound",
         QT_TRANSLATE_NOOP("herald::connector", "This conversation no longer exists.")},
        {"ActivityNotFoundInConversation",
         QT_TRANSLATE_NOOP("herald::connector", "The message no longer exists in this conversation.")},
        {"PreconditionFailed",
         QT_TRANSLATE_NOOP("herald::connector",
                           "Teams was busy with this conversation; the request can be tried again.")},
        {"MessageSizeTooBig",
         QT_TRANSLATE_NOOP("herald::connector",
                           "The message is too large for Teams (over 100 KB); shorten it or remove images.")},
        {"Throttled",
         QT_TRANSLATE_NOOP("herald::connector",
                           "Teams asked Herald to slow down; the request can be tried again later.")},
    };
    for (const Entry &e : entries) {
        if (code == QLatin1String(e.code))
            return QCoreApplication::translate("herald::connector", e.sentence);
    }
    switch (httpStatus) {
    case 400:
        return QCoreApplication::translate("herald::connector", "Teams refused the request as invalid.");
    case 401:
        return QCoreApplication::translate(
            "herald::connector",
            "Teams refused the bot's token; check the profile's app id, secret and cloud.");
    case 403:
        return QCoreApplication::translate("herald::connector", "Teams did not allow the bot to do this.");
    case 404:
        return QCoreApplication::translate("herald::connector",
                                           "Teams could not find this conversation, team or message.");
    case 408:
        return QCoreApplication::translate("herald::connector",
                                           "Teams did not answer in time; the request can be tried again.");
    case 412:
        return QCoreApplication::translate(
            "herald::connector", "Teams was busy with this conversation; the request can be tried again.");
    case 413:
        return QCoreApplication::translate(
            "herald::connector", "The message is too large for Teams; shorten it or remove images.");
    case 429:
        return QCoreApplication::translate(
            "herald::connector", "Teams asked Herald to slow down; the request can be tried again later.");
    case 500:
        return QCoreApplication::translate("herald::connector", "Teams had an internal error.");
    case 502:
    case 503:
    case 504:
        return QCoreApplication::translate(
            "herald::connector", "Teams is temporarily unavailable; the request can be tried again.");
    default:
        break;
    }
    if (httpStatus >= 300 && httpStatus < 400)
        return QCoreApplication::translate(
            "herald::connector",
            "Teams answered with a redirect, which Herald does not follow with credentials.");
    return QCoreApplication::translate("herald::connector",
                                       "Teams answered with an unexpected error (HTTP %1).")
        .arg(httpStatus);
}

Error decodeConnectorError(int httpStatus, const QByteArray &body, const RawHeaders &headers,
                           const QDateTime &nowUtc)
{
    Error e;
    e.kind = Error::Kind::Http;
    e.httpStatus = httpStatus;
    const Decoded d = decodeErrorObject(jsonObject(body));
    e.serviceCode = d.code;
    if (e.serviceCode.isEmpty() && httpStatus == 429)
        e.serviceCode = QStringLiteral("Throttled");
    e.detail = d.message.left(2000);
    e.message = connectorErrorSentence(httpStatus, e.serviceCode);
    QByteArray correlation = headerValue(headers, QByteArrayLiteral("X-Correlating-OperationId"));
    if (correlation.isEmpty())
        correlation = headerValue(headers, QByteArrayLiteral("MS-CV"));
    e.correlationId = QString::fromLatin1(correlation.left(200));
    e.retryAfterMs = parseRetryAfterMs(headerValue(headers, QByteArrayLiteral("Retry-After")), nowUtc);
    e.retryable = isRetryable(httpStatus, e.serviceCode);
    return e;
}

Reachability reachabilityOf(const Error &error)
{
    if (!error.isError())
        return Reachability::Ok;
    if (error.kind != Error::Kind::Http)
        return Reachability::Failed;
    const QString &c = error.serviceCode;
    if (error.httpStatus == 403 &&
        (c == QLatin1String("ConversationBlockedByUser") ||
         c == QLatin1String("ForbiddenOperationException") ||
         c == QLatin1String("BotNotInConversationRoster") || c == QLatin1String("MessageWritesBlocked") ||
         c == QLatin1String("209") || c == QLatin1String("NotEnoughPermissions")))
        return Reachability::Unreachable;
    if (error.httpStatus == 404 && c == QLatin1String("ConversationNotFound"))
        return Reachability::Unreachable;
    return Reachability::Failed;
}

} // namespace herald::connector
