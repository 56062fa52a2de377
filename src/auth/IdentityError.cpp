#include "IdentityError.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace herald::auth {

namespace {

qint64 aadCode(const QJsonObject &o)
{
    const QJsonArray codes = o.value(QLatin1String("error_codes")).toArray();
    if (!codes.isEmpty() && codes.first().isDouble())
        return qint64(codes.first().toDouble());
    static const QRegularExpression re(QStringLiteral("AADSTS(\\d+)"));
    const auto m = re.match(o.value(QLatin1String("error_description")).toString());
    if (m.hasMatch())
        return m.captured(1).toLongLong();
    return 0;
}

} // namespace

Error decodeIdentityError(int httpStatus, const QByteArray &body, const Profile &profile)
{
    Error e;
    e.kind = Error::Kind::Identity;
    e.httpStatus = httpStatus;

    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    const QJsonObject o = doc.isObject() ? doc.object() : QJsonObject();
    const QString error = o.value(QLatin1String("error")).toString();
    const qint64 code = aadCode(o);
    e.detail = o.value(QLatin1String("error_description")).toString();
    e.correlationId = o.value(QLatin1String("correlation_id")).toString();

    const QString tenant = profile.tenantId;
    const QString app = profile.appId;

    if (code == 7000215 || (code == 0 && error == QLatin1String("invalid_client"))) {
        e.serviceCode = QStringLiteral("WrongSecret");
        e.message = QCoreApplication::translate(
                        "herald::auth",
                        "Microsoft sign-in refused the client secret for app %1: it is wrong. Copy the "
                        "secret's value (not its id) from the app registration and enter it again.")
                        .arg(app);
    } else if (code == 7000222) {
        e.serviceCode = QStringLiteral("ExpiredSecret");
        e.message =
            QCoreApplication::translate(
                "herald::auth", "The client secret of app %1 has expired. Create a new secret in the app "
                                "registration and enter it in the profile.")
                .arg(app);
    } else if (code == 700016 || (code == 0 && error == QLatin1String("unauthorized_client"))) {
        e.serviceCode = QStringLiteral("UnknownApp");
        e.message = QCoreApplication::translate(
                        "herald::auth",
                        "Microsoft sign-in does not know the app id %1 in tenant %2. Check the app id, "
                        "and that the bot is registered in that tenant.")
                        .arg(app, tenant);
    } else if (code == 90002 || code == 900023 || code == 90072) {
        e.serviceCode = QStringLiteral("UnknownTenant");
        e.message =
            QCoreApplication::translate(
                "herald::auth", "Microsoft sign-in does not know the tenant %1. Check the tenant id in the "
                                "profile (and the cloud: GCC High and DoD tenants sign in on the .us cloud).")
                .arg(tenant);
    } else if (code == 7000112 || code == 7000113 || error == QLatin1String("disabled")) {
        e.serviceCode = QStringLiteral("DisabledApp");
        e.message = QCoreApplication::translate(
                        "herald::auth",
                        "The app %1 is disabled in its tenant. Ask an administrator to enable the app "
                        "registration or its enterprise application.")
                        .arg(app);
    } else if (code == 70011 || code == 1002012 || code == 500011 ||
               error == QLatin1String("invalid_scope") || error == QLatin1String("invalid_resource")) {
        e.serviceCode = QStringLiteral("InvalidScope");
        e.message = QCoreApplication::translate(
                        "herald::auth",
                        "Microsoft sign-in refused the Bot Framework scope for app %1. Check that the "
                        "profile's cloud matches the bot's (public/GCC or GCC High/DoD).")
                        .arg(app);
    } else if (httpStatus == 429 || httpStatus >= 500) {
        e.kind = Error::Kind::Http;
        e.retryable = true;
        e.serviceCode = error.isEmpty() ? QStringLiteral("ServiceError") : error;
        e.message =
            QCoreApplication::translate(
                "herald::auth", "Microsoft sign-in is not available right now (HTTP %1); try again in a few "
                                "minutes.")
                .arg(httpStatus);
    } else {
        e.serviceCode = code ? QStringLiteral("AADSTS%1").arg(code)
                             : (error.isEmpty() ? QStringLiteral("SignInFailed") : error);
        e.message =
            QCoreApplication::translate(
                "herald::auth", "Microsoft sign-in refused the credentials of app %1 (HTTP %2). Check the "
                                "tenant id, app id and secret.")
                .arg(app)
                .arg(httpStatus);
    }
    return e;
}

} // namespace herald::auth
