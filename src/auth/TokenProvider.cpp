#include "TokenProvider.h"

#include "auth/CloudPreset.h"
#include "auth/HostPolicy.h"
#include "auth/IdentityError.h"
#include "auth/NetworkError.h"
#include "common/Clock.h"
#include "common/Logging.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>

namespace herald::auth {

namespace {

constexpr qint64 kMaxTokenAnswerBytes = 256 * 1024;

// why: a QT_TRANSLATE_NOOP("herald::auth", …) phrase.
Error parseError(const char *why)
{
    Error e = Error::make(Error::Kind::Parse,
                          //: %1 says what was wrong with the answer, e.g. "not JSON".
                          QCoreApplication::translate(
                              "herald::auth", "Microsoft sign-in sent an answer Herald could not understand "
                                              "(%1); try again later.")
                              .arg(QCoreApplication::translate("herald::auth", why)));
    e.serviceCode = QStringLiteral("MalformedTokenAnswer");
    return e;
}

QByteArray formField(const char *name, const QString &value)
{
    return QByteArray(name) + '=' + QUrl::toPercentEncoding(value);
}

} // namespace

TokenProvider::TokenProvider(Profile profile, QString secret, QNetworkAccessManager *nam, Clock *clock,
                             QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_secret(std::move(secret))
    , m_nam(nam)
    , m_clock(clock ? clock : SystemClock::instance())
{
}

TokenProvider::~TokenProvider()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    m_secret.fill(QLatin1Char('\0'));
}

QUrl TokenProvider::tokenEndpoint(const Profile &profile)
{
    QUrl url = profile.effectiveLoginUrl();
    QString path = url.path(QUrl::FullyEncoded);
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    path +=
        QString::fromLatin1(QUrl::toPercentEncoding(profile.tenantId)) + QStringLiteral("/oauth2/v2.0/token");
    url.setPath(path, QUrl::TolerantMode);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

const Profile &TokenProvider::profile() const
{
    return m_profile;
}

int TokenProvider::tokenRequestCount() const
{
    return m_requestCount;
}

void TokenProvider::setRefreshMarginMs(qint64 ms)
{
    m_marginMs = std::max<qint64>(0, ms);
}

void TokenProvider::setTimeoutMs(int ms)
{
    m_timeoutMs = ms;
}

bool TokenProvider::hasValidToken() const
{
    return !m_token.isEmpty() && m_clock->nowMs() < m_refreshAtMs;
}

void TokenProvider::invalidate()
{
    if (!m_token.isEmpty())
        qCInfo(lcAuth) << "Discarding the cached token of profile" << m_profile.name;
    m_token.clear();
    m_refreshAtMs = 0;
    m_expiresAtMs = 0;
}

void TokenProvider::invalidate(const QString &staleToken)
{
    if (!staleToken.isEmpty() && staleToken == m_token)
        invalidate();
}

void TokenProvider::token(Callback callback)
{
    if (hasValidToken()) {
        QTimer::singleShot(0, this, [this, callback = std::move(callback)] {
            // Re-check: the token may have been invalidated meanwhile.
            if (hasValidToken())
                callback(m_token);
            else
                token(callback);
        });
        return;
    }
    m_pending.append(std::move(callback));
    if (!m_reply)
        startRequest();
}

void TokenProvider::startRequest()
{
    const QUrl loginUrl = m_profile.effectiveLoginUrl();
    if (Status s = HostPolicy::checkLogin(loginUrl, m_profile.cloud); !s) {
        qCWarning(lcAuth) << "Refused to request a token:" << s.error().message;
        const Error e = s.error();
        QTimer::singleShot(0, this, [this, e] { deliver(e); });
        // Mark "in flight" is not needed: deliver() runs for everyone pending at that moment.
        return;
    }
    const QUrl url = tokenEndpoint(m_profile);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setTransferTimeout(m_timeoutMs);

    QByteArray body = formField("grant_type", QStringLiteral("client_credentials"));
    body += '&' + formField("client_id", m_profile.appId);
    body += '&' + formField("client_secret", m_secret);
    body += '&' + formField("scope", CloudPreset::forCloud(m_profile.cloud).tokenScope);

    ++m_requestCount;
    const qint64 requestedAt = m_clock->nowMs();
    qCInfo(lcAuth) << "Requesting a token for profile" << m_profile.name << "from" << url.host();
    QNetworkReply *reply = m_nam->post(request, body);
    body.fill('\0');
    m_reply = reply;
    connect(reply, &QNetworkReply::downloadProgress, this, [reply](qint64 received, qint64) {
        if (received > kMaxTokenAnswerBytes) {
            reply->setProperty("heraldTooLarge", true);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, requestedAt] { onFinished(reply, requestedAt); });
}

void TokenProvider::onFinished(QNetworkReply *reply, qint64 requestedAt)
{
    reply->deleteLater();
    if (m_reply == reply)
        m_reply.clear();
    const QString peer = reply->url().host();
    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);

    if (reply->property("heraldTooLarge").toBool() || reply->bytesAvailable() > kMaxTokenAnswerBytes) {
        deliver(parseError(QT_TRANSLATE_NOOP("herald::auth", "the answer was too large")));
        return;
    }
    if (isTransportError(reply->error()) || !statusAttr.isValid()) {
        Error e = transportError(reply->error(), reply->errorString(), peer);
        //: %1 is a sentence saying what failed, e.g. "login.microsoftonline.com did not answer in time; …".
        e.message = QCoreApplication::translate("herald::auth", "Could not reach Microsoft sign-in: %1")
                        .arg(e.message);
        deliver(e);
        return;
    }
    const int status = statusAttr.toInt();
    const QByteArray body = reply->readAll();
    if (status != 200) {
        deliver(decodeIdentityError(status, body, m_profile));
        return;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        deliver(parseError(QT_TRANSLATE_NOOP("herald::auth", "not JSON")));
        return;
    }
    const QJsonObject o = doc.object();
    const QJsonValue tokenValue = o.value(QLatin1String("access_token"));
    if (!tokenValue.isString() || tokenValue.toString().isEmpty()) {
        deliver(parseError(QT_TRANSLATE_NOOP("herald::auth", "no access_token")));
        return;
    }
    const QString type = o.value(QLatin1String("token_type")).toString(QStringLiteral("Bearer"));
    if (type.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0) {
        deliver(parseError(QT_TRANSLATE_NOOP("herald::auth", "token type is not Bearer")));
        return;
    }
    const QJsonValue expiresValue = o.value(QLatin1String("expires_in"));
    qint64 expiresIn = -1;
    if (expiresValue.isDouble())
        expiresIn = qint64(expiresValue.toDouble());
    else if (expiresValue.isString())
        expiresIn = expiresValue.toString().toLongLong(); // v1 endpoints send it as a string
    if (expiresIn <= 0) {
        deliver(parseError(QT_TRANSLATE_NOOP("herald::auth", "no valid expires_in")));
        return;
    }
    const qint64 lifetimeMs = expiresIn * 1000;
    const qint64 margin = std::min(m_marginMs, lifetimeMs / 2);
    m_token = tokenValue.toString();
    m_expiresAtMs = requestedAt + lifetimeMs;
    m_refreshAtMs = m_expiresAtMs - margin;
    qCInfo(lcAuth) << "Got a token for profile" << m_profile.name << "valid for" << expiresIn << "s";
    Q_EMIT tokenRefreshed();
    deliver(m_token);
}

void TokenProvider::deliver(const Result<QString> &result)
{
    if (!result.ok()) {
        qCWarning(lcAuth) << "Token request for profile" << m_profile.name
                          << "failed:" << result.error().toString();
        Q_EMIT tokenFailed(result.error());
    }
    const QList<Callback> pending = std::exchange(m_pending, {});
    for (const Callback &cb : pending)
        cb(result);
}

} // namespace herald::auth
