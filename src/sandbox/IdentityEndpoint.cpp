#include "IdentityEndpoint.h"

#include "SandboxState.h"

#include "common/Logging.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUuid>

namespace herald::sandbox {

namespace {
const QString kScope = QStringLiteral("https://api.botframework.com/.default");
}

IdentityEndpoint::IdentityEndpoint(SandboxState &state)
    : m_state(state)
{
}

bool IdentityEndpoint::matches(const SandboxRequest &request)
{
    const QStringList &s = request.segments;
    return s.size() == 4 && s.at(1) == u"oauth2" && s.at(2) == u"v2.0" && s.at(3) == u"token";
}

SandboxReply IdentityEndpoint::aadError(int status, const QString &error, int code,
                                        const QString &description) const
{
    const QString timestamp = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QString traceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString correlationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString full = QStringLiteral("AADSTS%1: %2 Trace ID: %3 Correlation ID: %4 Timestamp: %5")
                             .arg(code)
                             .arg(description, traceId, correlationId, timestamp);
    return SandboxReply::json(
        status, QJsonObject{
                    {QStringLiteral("error"), error},
                    {QStringLiteral("error_description"), full},
                    {QStringLiteral("error_codes"), QJsonArray{code}},
                    {QStringLiteral("timestamp"), timestamp},
                    {QStringLiteral("trace_id"), traceId},
                    {QStringLiteral("correlation_id"), correlationId},
                    {QStringLiteral("error_uri"),
                     QStringLiteral("https://login.microsoftonline.com/error?code=%1").arg(code)},
                });
}

SandboxReply IdentityEndpoint::handle(const SandboxRequest &request)
{
    const QString tenant = request.segments.at(0);
    if (request.method != u"POST")
        return aadError(400, QStringLiteral("invalid_request"), 900561,
                        QStringLiteral("The endpoint only accepts POST requests. Received a %1 request.")
                            .arg(request.method));
    if (tenant != m_state.options.tenantId && tenant != u"botframework.com")
        return aadError(
            400, QStringLiteral("invalid_request"), 90002,
            QStringLiteral("Tenant '%1' not found. Check to make sure you have the correct tenant ID and are "
                           "signing into the correct cloud.")
                .arg(tenant));
    if (request.contentType != "application/x-www-form-urlencoded")
        return aadError(
            400, QStringLiteral("invalid_request"), 900144,
            QStringLiteral("The request body must contain the following parameter: 'grant_type'."));

    // Form encoding writes spaces as '+', which QUrlQuery leaves alone.
    QByteArray form = request.body;
    form.replace('+', "%20");
    const QUrlQuery query(QString::fromUtf8(form));
    const auto field = [&query](const QString &key) { return query.queryItemValue(key, QUrl::FullyDecoded); };

    const QString grant = field(QStringLiteral("grant_type"));
    if (grant.isEmpty())
        return aadError(
            400, QStringLiteral("invalid_request"), 900144,
            QStringLiteral("The request body must contain the following parameter: 'grant_type'."));
    if (grant != u"client_credentials")
        return aadError(400, QStringLiteral("invalid_request"), 70003,
                        QStringLiteral("The app requested an unsupported grant type '%1'.").arg(grant));
    const QString clientId = field(QStringLiteral("client_id"));
    if (clientId.isEmpty())
        return aadError(
            400, QStringLiteral("invalid_request"), 900144,
            QStringLiteral("The request body must contain the following parameter: 'client_id'."));
    if (clientId != m_state.options.appId)
        return aadError(
            400, QStringLiteral("unauthorized_client"), 700016,
            QStringLiteral("Application with identifier '%1' was not found in the directory '%2'. This can "
                           "happen if the application has not been installed by the administrator of the "
                           "tenant or consented to by any user in the tenant.")
                .arg(clientId, tenant));
    const QString scope = field(QStringLiteral("scope"));
    if (scope.isEmpty())
        return aadError(400, QStringLiteral("invalid_request"), 900144,
                        QStringLiteral("The request body must contain the following parameter: 'scope'."));
    if (scope != kScope)
        return aadError(
            400, QStringLiteral("invalid_scope"), 1002012,
            QStringLiteral("The provided value for scope %1 is not valid. Client credential flows must have "
                           "a scope value with /.default suffixed to the resource identifier "
                           "(application ID URI).")
                .arg(scope));
    const QString secret = field(QStringLiteral("client_secret"));
    if (secret.isEmpty())
        return aadError(401, QStringLiteral("invalid_client"), 7000216,
                        QStringLiteral("'client_assertion', 'client_secret' or 'request' is required for the "
                                       "'client_credentials' grant type."));
    if (secret != m_state.options.appSecret)
        return aadError(
            401, QStringLiteral("invalid_client"), 7000215,
            QStringLiteral("Invalid client secret provided. Ensure the secret being sent in the request is "
                           "the client secret value, not the client secret ID, for a secret added to app "
                           "'%1'.")
                .arg(clientId));

    const int lifetime = m_state.tokens.lifetimeSec();
    qCDebug(lcSandbox) << "token issued for tenant" << tenant;
    return SandboxReply::json(200, QJsonObject{{QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                               {QStringLiteral("expires_in"), lifetime},
                                               {QStringLiteral("ext_expires_in"), lifetime},
                                               {QStringLiteral("access_token"), m_state.tokens.issue()}});
}

QString IdentityEndpoint::bearerToken(const SandboxRequest &request) const
{
    const QByteArray &header = request.authorization;
    if (header.size() < 8 || qstrnicmp(header.constData(), "Bearer ", 7) != 0)
        return QString();
    const QString token = QString::fromLatin1(header.mid(7).trimmed());
    return m_state.tokens.isValid(token) ? token : QString();
}

} // namespace herald::sandbox
