#include "../connector/RawHttpServer.h"
#include "auth/IdentityError.h"
#include "auth/TokenProvider.h"
#include "common/Clock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <optional>

using herald::Error;
using herald::ManualClock;
using herald::Result;
using herald::test::RawHttpServer;
using namespace herald::auth;

// Token provider against a real loopback HTTP peer that speaks the token endpoint's protocol.
class tst_TokenProvider final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void requestShape();
    void cachesAndSharesOneRequest();
    void refreshesBeforeExpiry();
    void invalidate();
    void identityErrors_data();
    void identityErrors();
    void identityErrorsAreDistinct();
    void networkFailure();
    void refusesUntrustedLoginUrl();

private:
    Profile profile() const;
    QByteArray tokenAnswer(int expiresIn = 3600);
    std::optional<Result<QString>> fetch(TokenProvider &provider);

    std::unique_ptr<RawHttpServer> m_server;
    QNetworkAccessManager m_nam;
    int m_issued = 0;
};

void tst_TokenProvider::init()
{
    m_issued = 0;
    m_server = std::make_unique<RawHttpServer>();
    QVERIFY(m_server->listen());
    m_server->setResponder([this](const RawHttpServer::Request &) { return tokenAnswer(); });
}

void tst_TokenProvider::cleanup()
{
    m_server.reset();
}

Profile tst_TokenProvider::profile() const
{
    Profile p;
    p.name = QStringLiteral("Sandbox");
    p.cloud = Cloud::Sandbox;
    p.tenantId = QStringLiteral("tenant-1");
    p.appId = QStringLiteral("app-1");
    p.serviceUrl = m_server->baseUrl();
    p.loginUrl = m_server->baseUrl();
    return p;
}

QByteArray tst_TokenProvider::tokenAnswer(int expiresIn)
{
    ++m_issued;
    const QJsonObject o{{QStringLiteral("token_type"), QStringLiteral("Bearer")},
                        {QStringLiteral("expires_in"), expiresIn},
                        {QStringLiteral("ext_expires_in"), expiresIn},
                        {QStringLiteral("access_token"), QStringLiteral("token-%1").arg(m_issued)}};
    return RawHttpServer::answer(200, QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<Result<QString>> tst_TokenProvider::fetch(TokenProvider &provider)
{
    std::optional<Result<QString>> out;
    provider.token([&out](Result<QString> r) { out = std::move(r); });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, 5000))
        return std::nullopt;
    return out;
}

void tst_TokenProvider::requestShape()
{
    const QString secret = QStringLiteral("s3cr+t/&=~.x");
    TokenProvider provider(profile(), secret, &m_nam, nullptr);
    const auto r = fetch(provider);
    QVERIFY(r.has_value());
    QVERIFY2(r->ok(), qPrintable(r->ok() ? QString() : r->error().toString()));
    QCOMPARE(r->value(), QStringLiteral("token-1"));

    QCOMPARE(m_server->requests().size(), 1);
    const RawHttpServer::Request &req = m_server->requests().first();
    QCOMPARE(req.method, QByteArray("POST"));
    QCOMPARE(req.target, QByteArray("/tenant-1/oauth2/v2.0/token"));
    QVERIFY(req.header("Content-Type").startsWith("application/x-www-form-urlencoded"));
    QUrlQuery form(QString::fromLatin1(req.body));
    QCOMPARE(form.queryItemValue(QStringLiteral("grant_type")), QStringLiteral("client_credentials"));
    QCOMPARE(form.queryItemValue(QStringLiteral("client_id")), QStringLiteral("app-1"));
    QCOMPARE(form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded), secret);
    QCOMPARE(form.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
             QStringLiteral("https://api.botframework.com/.default"));
    QVERIFY(!req.body.contains('+')); // '+' would decode as a space in a form body
    QCOMPARE(TokenProvider::tokenEndpoint(profile()).path(), QStringLiteral("/tenant-1/oauth2/v2.0/token"));
}

void tst_TokenProvider::cachesAndSharesOneRequest()
{
    ManualClock clock;
    TokenProvider provider(profile(), QStringLiteral("pw"), &m_nam, &clock);
    QList<Result<QString>> results;
    for (int i = 0; i < 10; ++i)
        provider.token([&results](Result<QString> r) { results.append(std::move(r)); });
    QTRY_COMPARE(results.size(), 10);
    for (const auto &r : results) {
        QVERIFY(r.ok());
        QCOMPARE(r.value(), QStringLiteral("token-1"));
    }
    QCOMPARE(provider.tokenRequestCount(), 1);
    QCOMPARE(m_server->requests().size(), 1);

    // Cached: no new request, and the callback still comes from the event loop.
    bool called = false;
    provider.token([&called](Result<QString> r) { called = r.ok(); });
    QVERIFY(!called);
    QTRY_VERIFY(called);
    QCOMPARE(provider.tokenRequestCount(), 1);
    QVERIFY(provider.hasValidToken());
}

void tst_TokenProvider::refreshesBeforeExpiry()
{
    ManualClock clock;
    TokenProvider provider(profile(), QStringLiteral("pw"), &m_nam, &clock);
    QVERIFY(fetch(provider).value().ok());
    QCOMPARE(provider.tokenRequestCount(), 1);

    // 3600 s lifetime, refreshed 5 minutes ahead: still cached one second before that point.
    clock.advance((3600 - 300) * 1000 - 1000);
    QCOMPARE(fetch(provider).value().value(), QStringLiteral("token-1"));
    QCOMPARE(provider.tokenRequestCount(), 1);

    clock.advance(1001);
    QVERIFY(!provider.hasValidToken());
    QCOMPARE(fetch(provider).value().value(), QStringLiteral("token-2"));
    QCOMPARE(provider.tokenRequestCount(), 2);
    QCOMPARE(m_server->requests().size(), 2);
}

void tst_TokenProvider::invalidate()
{
    ManualClock clock;
    TokenProvider provider(profile(), QStringLiteral("pw"), &m_nam, &clock);
    QCOMPARE(fetch(provider).value().value(), QStringLiteral("token-1"));
    provider.invalidate(QStringLiteral("some-older-token")); // not the current one: kept
    QVERIFY(provider.hasValidToken());
    provider.invalidate(QStringLiteral("token-1"));
    QVERIFY(!provider.hasValidToken());
    QCOMPARE(fetch(provider).value().value(), QStringLiteral("token-2"));
    provider.invalidate();
    QCOMPARE(fetch(provider).value().value(), QStringLiteral("token-3"));
    QCOMPARE(provider.tokenRequestCount(), 3);
}

void tst_TokenProvider::identityErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("messagePart");
    QTest::addColumn<bool>("retryable");

    const int identity = int(Error::Kind::Identity);
    QTest::newRow("wrong secret")
        << 401
        << QByteArray(
               R"({"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided.","error_codes":[7000215],"correlation_id":"c-1"})")
        << identity << "WrongSecret"
        << "secret" << false;
    QTest::newRow("wrong secret, no code")
        << 401 << QByteArray(R"({"error":"invalid_client"})") << identity << "WrongSecret"
        << "secret" << false;
    QTest::newRow("expired secret")
        << 401
        << QByteArray(
               R"({"error":"invalid_client","error_description":"AADSTS7000222: The provided client secret keys are expired.","error_codes":[7000222]})")
        << identity << "ExpiredSecret"
        << "expired" << false;
    QTest::newRow("unknown app")
        << 400
        << QByteArray(
               R"({"error":"unauthorized_client","error_description":"AADSTS700016: Application with identifier 'x' was not found in the directory 'y'.","error_codes":[700016]})")
        << identity << "UnknownApp"
        << "app id" << false;
    QTest::newRow("unknown tenant")
        << 400
        << QByteArray(
               R"({"error":"invalid_request","error_description":"AADSTS90002: Tenant 'tenant-1' not found.","error_codes":[90002]})")
        << identity << "UnknownTenant"
        << "tenant" << false;
    QTest::newRow("unknown tenant, code only in text")
        << 400
        << QByteArray(R"({"error":"invalid_request","error_description":"AADSTS90002: Tenant not found."})")
        << identity << "UnknownTenant"
        << "tenant" << false;
    QTest::newRow("disabled app")
        << 400
        << QByteArray(
               R"({"error":"unauthorized_client","error_description":"AADSTS7000112: Application is disabled.","error_codes":[7000112]})")
        << identity << "DisabledApp"
        << "disabled" << false;
    QTest::newRow("invalid scope")
        << 400
        << QByteArray(
               R"({"error":"invalid_scope","error_description":"AADSTS70011: The provided value for the input parameter 'scope' is not valid.","error_codes":[70011]})")
        << identity << "InvalidScope"
        << "scope" << false;
    QTest::newRow("service down") << 503 << QByteArray("<html>down</html>") << int(Error::Kind::Http)
                                  << "ServiceError"
                                  << "not available" << true;
    QTest::newRow("malformed 200") << 200 << QByteArray("{\"access_token\":") << int(Error::Kind::Parse)
                                   << "MalformedTokenAnswer"
                                   << "could not understand" << false;
    QTest::newRow("200 without token") << 200 << QByteArray(R"({"token_type":"Bearer","expires_in":3600})")
                                       << int(Error::Kind::Parse) << "MalformedTokenAnswer"
                                       << "access_token" << false;
    QTest::newRow("200 token is a number")
        << 200 << QByteArray(R"({"token_type":"Bearer","expires_in":3600,"access_token":42})")
        << int(Error::Kind::Parse) << "MalformedTokenAnswer"
        << "access_token" << false;
    QTest::newRow("200 without expiry") << 200 << QByteArray(R"({"token_type":"Bearer","access_token":"t"})")
                                        << int(Error::Kind::Parse) << "MalformedTokenAnswer"
                                        << "expires_in" << false;
}

void tst_TokenProvider::identityErrors()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(QString, code);
    QFETCH(QString, messagePart);
    QFETCH(bool, retryable);

    m_server->setResponder(
        [status, body](const RawHttpServer::Request &) { return RawHttpServer::answer(status, body); });
    const QString secret = QStringLiteral("very-secret-value");
    TokenProvider provider(profile(), secret, &m_nam, nullptr);
    QSignalSpy failed(&provider, &TokenProvider::tokenFailed);
    const auto r = fetch(provider);
    QVERIFY(r.has_value());
    QVERIFY(!r->ok());
    const Error &e = r->error();
    QCOMPARE(int(e.kind), kind);
    QCOMPARE(e.serviceCode, code);
    QCOMPARE(e.retryable, retryable);
    QVERIFY2(e.message.contains(messagePart, Qt::CaseInsensitive), qPrintable(e.message));
    QVERIFY(!e.toString().contains(secret));
    QVERIFY(!provider.hasValidToken());
    QCOMPARE(failed.count(), 1);
}

void tst_TokenProvider::identityErrorsAreDistinct()
{
    const QList<QByteArray> bodies = {
        R"({"error":"invalid_client","error_codes":[7000215]})",
        R"({"error":"unauthorized_client","error_codes":[700016]})",
        R"({"error":"invalid_request","error_codes":[90002]})",
        R"({"error":"unauthorized_client","error_codes":[7000112]})",
        R"({"error":"invalid_scope","error_codes":[70011]})",
    };
    QSet<QString> codes;
    QSet<QString> messages;
    for (const QByteArray &b : bodies) {
        const Error e = decodeIdentityError(400, b, profile());
        QCOMPARE(e.kind, Error::Kind::Identity);
        codes.insert(e.serviceCode);
        messages.insert(e.message);
    }
    QCOMPARE(codes.size(), bodies.size());
    QCOMPARE(messages.size(), bodies.size());
}

void tst_TokenProvider::networkFailure()
{
    Profile p = profile();
    m_server->close(); // nobody listens on that port any more
    TokenProvider provider(p, QStringLiteral("pw"), &m_nam, nullptr);
    const auto r = fetch(provider);
    QVERIFY(r.has_value());
    QVERIFY(!r->ok());
    QCOMPARE(r->error().kind, Error::Kind::Network);
    QVERIFY(r->error().retryable);
    QVERIFY(r->error().message.contains(QLatin1String("sign-in")));

    // Unanswered request: the transfer timeout gives a Timeout error.
    RawHttpServer silent;
    QVERIFY(silent.listen());
    silent.setResponder([](const RawHttpServer::Request &) { return QByteArray(); });
    p.loginUrl = silent.baseUrl();
    TokenProvider slow(p, QStringLiteral("pw"), &m_nam, nullptr);
    slow.setTimeoutMs(300);
    const auto t = fetch(slow);
    QVERIFY(t.has_value());
    QCOMPARE(t->error().kind, Error::Kind::Timeout);
}

void tst_TokenProvider::refusesUntrustedLoginUrl()
{
    Profile p = profile();
    p.cloud = Cloud::Public;
    p.loginUrl = QUrl(); // the preset's login host: not reachable here, and never contacted in this test
    p.serviceUrl = QUrl(QStringLiteral("https://smba.trafficmanager.net/teams/"));
    QCOMPARE(TokenProvider::tokenEndpoint(p),
             QUrl(QStringLiteral("https://login.microsoftonline.com/tenant-1/oauth2/v2.0/token")));

    Profile sb = profile();
    sb.loginUrl = QUrl(QStringLiteral("http://10.0.0.1/"));
    TokenProvider provider(sb, QStringLiteral("pw"), &m_nam, nullptr);
    const auto r = fetch(provider);
    QVERIFY(r.has_value());
    QCOMPARE(r->error().kind, Error::Kind::Policy);
    QCOMPARE(provider.tokenRequestCount(), 0);
    QCOMPARE(m_server->connectionCount(), 0);
}

QTEST_MAIN(tst_TokenProvider)
#include "tst_tokenprovider.moc"
