// The sandbox's identity endpoint and the connector's bearer check.
#include "SandboxTestClient.h"

#include "common/Clock.h"

#include <QTest>

using namespace herald;
using namespace herald::sandbox;
using namespace herald::sandbox::test;

class TestSandboxIdentity final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void tokenSuccess_data();
    void tokenSuccess();
    void tokenErrors_data();
    void tokenErrors();
    void tokensAreDistinctAndOpaque();
    void missingOrForgedTokenIsRefused_data();
    void missingOrForgedTokenIsRefused();
    void expiredTokenIsRefused();
    void tokenLifetimeOption();

private:
    HttpAnswer teamCall(SandboxTestClient &client);

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<SandboxServer> m_server;
};

void TestSandboxIdentity::init()
{
    m_clock = std::make_unique<ManualClock>();
    SandboxOptions options;
    options.appId = QStringLiteral("app-1");
    options.appSecret = QStringLiteral("s3cret+/=&");
    options.tenantId = QStringLiteral("tenant-1");
    options.members = 50;
    options.teams = 2;
    m_server = std::make_unique<SandboxServer>(options, m_clock.get());
    QVERIFY(m_server->listen().ok());
}

void TestSandboxIdentity::cleanup()
{
    m_server.reset();
    m_clock.reset();
}

HttpAnswer TestSandboxIdentity::teamCall(SandboxTestClient &client)
{
    return client.get(QStringLiteral("/v3/teams/%1").arg(enc(m_server->organisation().team(0).id)));
}

void TestSandboxIdentity::tokenSuccess_data()
{
    QTest::addColumn<QString>("tenant");
    QTest::newRow("single-tenant") << QStringLiteral("tenant-1");
    QTest::newRow("multi-tenant") << QStringLiteral("botframework.com");
}

void TestSandboxIdentity::tokenSuccess()
{
    QFETCH(QString, tenant);
    SandboxTestClient client(*m_server);
    const HttpAnswer answer = client.requestToken(tenant, SandboxTestClient::tokenForm(m_server->options()));
    QCOMPARE(answer.status, 200);
    const QJsonObject json = answer.json();
    QCOMPARE(json.keys(), (QStringList{QStringLiteral("access_token"), QStringLiteral("expires_in"),
                                       QStringLiteral("ext_expires_in"), QStringLiteral("token_type")}));
    QCOMPARE(json.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    QCOMPARE(json.value(QStringLiteral("expires_in")).toInt(), 3600);
    QCOMPARE(json.value(QStringLiteral("ext_expires_in")).toInt(), 3600);
    QVERIFY(json.value(QStringLiteral("access_token")).toString().size() > 40);
    QCOMPARE(m_server->stats().value(QStringLiteral("tokens")).toInt(), 1);
}

void TestSandboxIdentity::tokenErrors_data()
{
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<QString>("form");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("aadsts");

    const QString scope = enc(QStringLiteral("https://api.botframework.com/.default"));
    const QString secret = enc(QStringLiteral("s3cret+/=&"));
    const auto form = [](const QString &grant, const QString &id, const QString &sec, const QString &sc) {
        return QStringLiteral("grant_type=%1&client_id=%2&client_secret=%3&scope=%4").arg(grant, id, sec, sc);
    };
    QTest::newRow("unknown tenant") << QStringLiteral("other-tenant")
                                    << form(QStringLiteral("client_credentials"), QStringLiteral("app-1"),
                                            secret, scope)
                                    << 400 << QStringLiteral("invalid_request") << 90002;
    QTest::newRow("wrong client id") << QStringLiteral("tenant-1")
                                     << form(QStringLiteral("client_credentials"), QStringLiteral("app-2"),
                                             secret, scope)
                                     << 400 << QStringLiteral("unauthorized_client") << 700016;
    QTest::newRow("wrong secret") << QStringLiteral("tenant-1")
                                  << form(QStringLiteral("client_credentials"), QStringLiteral("app-1"),
                                          QStringLiteral("nope"), scope)
                                  << 401 << QStringLiteral("invalid_client") << 7000215;
    QTest::newRow("secret sent unencoded")
        << QStringLiteral("tenant-1")
        << form(QStringLiteral("client_credentials"), QStringLiteral("app-1"), QStringLiteral("s3cret+/="),
                scope)
        << 401 << QStringLiteral("invalid_client") << 7000215;
    QTest::newRow("missing secret")
        << QStringLiteral("tenant-1")
        << QStringLiteral("grant_type=client_credentials&client_id=app-1&scope=%1").arg(scope) << 401
        << QStringLiteral("invalid_client") << 7000216;
    QTest::newRow("wrong grant") << QStringLiteral("tenant-1")
                                 << form(QStringLiteral("password"), QStringLiteral("app-1"), secret, scope)
                                 << 400 << QStringLiteral("invalid_request") << 70003;
    QTest::newRow("missing grant")
        << QStringLiteral("tenant-1")
        << QStringLiteral("client_id=app-1&client_secret=%1&scope=%2").arg(secret, scope) << 400
        << QStringLiteral("invalid_request") << 900144;
    QTest::newRow("wrong scope") << QStringLiteral("tenant-1")
                                 << form(QStringLiteral("client_credentials"), QStringLiteral("app-1"),
                                         secret, enc(QStringLiteral("https://graph.microsoft.com/User.Read")))
                                 << 400 << QStringLiteral("invalid_scope") << 1002012;
    QTest::newRow("empty body") << QStringLiteral("tenant-1") << QString() << 400
                                << QStringLiteral("invalid_request") << 900144;
}

void TestSandboxIdentity::tokenErrors()
{
    QFETCH(QString, tenant);
    QFETCH(QString, form);
    QFETCH(int, status);
    QFETCH(QString, error);
    QFETCH(int, aadsts);

    SandboxTestClient client(*m_server);
    const HttpAnswer answer = client.requestToken(tenant, form);
    QCOMPARE(answer.status, status);
    const QJsonObject json = answer.json();
    QCOMPARE(json.value(QStringLiteral("error")).toString(), error);
    QVERIFY2(json.value(QStringLiteral("error_description"))
                 .toString()
                 .startsWith(QStringLiteral("AADSTS%1: ").arg(aadsts)),
             qPrintable(json.value(QStringLiteral("error_description")).toString()));
    QCOMPARE(json.value(QStringLiteral("error_codes")).toArray(), QJsonArray{aadsts});
    for (const char *key : {"timestamp", "trace_id", "correlation_id"})
        QVERIFY2(!json.value(QString::fromLatin1(key)).toString().isEmpty(), key);
    QVERIFY(!json.contains(QStringLiteral("access_token")));
    QCOMPARE(m_server->stats().value(QStringLiteral("tokens")).toInt(), 0);
}

void TestSandboxIdentity::tokensAreDistinctAndOpaque()
{
    SandboxTestClient client(*m_server);
    const QString first = client.signIn();
    const QString second = client.signIn();
    QVERIFY(!first.isEmpty());
    QVERIFY(first != second);
    QVERIFY(!first.contains(m_server->options().appSecret));
    // Both stay valid until they expire.
    client.setToken(first);
    QCOMPARE(teamCall(client).status, 200);
    client.setToken(second);
    QCOMPARE(teamCall(client).status, 200);
}

void TestSandboxIdentity::missingOrForgedTokenIsRefused_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("missing") << QByteArray();
    QTest::newRow("forged") << QByteArrayLiteral("Bearer eyJ0eXAiOiJKV1QiLCJhbGciOiJub25lIn0.sandbox.forged");
    QTest::newRow("not bearer") << QByteArrayLiteral("Basic YXBwLTE6czNjcmV0");
    QTest::newRow("empty bearer") << QByteArrayLiteral("Bearer ");
}

void TestSandboxIdentity::missingOrForgedTokenIsRefused()
{
    QFETCH(QByteArray, authorization);
    SandboxTestClient client(*m_server);
    client.setAuthorization(authorization);
    const HttpAnswer answer = teamCall(client);
    QCOMPARE(answer.status, 401);
    QCOMPARE(answer.errorCode(), QStringLiteral("Unauthorized"));
    QCOMPARE(
        answer.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString(),
        QStringLiteral("Authorization has been denied for this request."));
    QVERIFY(!answer.header("X-Correlating-OperationId").isEmpty());
    QCOMPARE(m_server->stats().value(QStringLiteral("unauthorized")).toInt(), 1);
}

void TestSandboxIdentity::expiredTokenIsRefused()
{
    SandboxTestClient client(*m_server);
    QVERIFY(!client.signIn().isEmpty());
    QCOMPARE(teamCall(client).status, 200);
    m_clock->advance(3600 * 1000 - 1);
    QCOMPARE(teamCall(client).status, 200);
    m_clock->advance(1);
    const HttpAnswer expired = teamCall(client);
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.errorCode(), QStringLiteral("Unauthorized"));
    // A fresh token works again.
    QVERIFY(!client.signIn().isEmpty());
    QCOMPARE(teamCall(client).status, 200);
}

void TestSandboxIdentity::tokenLifetimeOption()
{
    SandboxOptions options = m_server->options();
    options.tokenLifetimeSec = 60;
    SandboxServer server(options, m_clock.get());
    QVERIFY(server.listen().ok());
    SandboxTestClient client(server);
    const HttpAnswer answer = client.requestToken(options.tenantId, SandboxTestClient::tokenForm(options));
    QCOMPARE(answer.json().value(QStringLiteral("expires_in")).toInt(), 60);
    client.setToken(answer.json().value(QStringLiteral("access_token")).toString());
    const QString team = QStringLiteral("/v3/teams/%1").arg(enc(server.organisation().team(0).id));
    QCOMPARE(client.get(team).status, 200);
    m_clock->advance(60 * 1000);
    QCOMPARE(client.get(team).status, 401);
}

QTEST_GUILESS_MAIN(TestSandboxIdentity)
#include "tst_sandbox_identity.moc"
