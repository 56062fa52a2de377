#include "../connector/SandboxHelpers.h"
#include "auth/TokenProvider.h"
#include "common/Clock.h"
#include "connector/ConnectorClient.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <optional>

using herald::Error;
using herald::ManualClock;
using herald::Result;
using namespace herald::auth;
using namespace herald::connector;
using namespace herald::sandbox;

// TokenProvider and the connector's 401 path against the real sandbox, in-process, with ManualClocks.
class tst_TokenSandbox final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void tenConcurrentCallersOneRequest();
    void refreshAfterClockPassesMargin();
    void identityErrorsAreDistinct();
    void expiredTokenFaultRefreshesOnceAndRetriesOnce();
    void lifetimeElapsedRefreshesOnceAndRetriesOnce();

private:
    std::optional<Result<QString>> fetch(TokenProvider &provider);
    std::optional<Result<ActivityRef>> send(ConnectorClient &client);

    ManualClock m_sandboxClock;
    ManualClock m_clock;
    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_nam;
    QString m_conversation;
    int m_sent = 0;
};

void tst_TokenSandbox::init()
{
    SandboxOptions options;
    options.teams = 2;
    options.members = 60;
    options.limits = false;
    m_sandboxClock.set(1'000'000);
    m_clock.set(1'000'000);
    m_server = std::make_unique<SandboxServer>(options, &m_sandboxClock);
    QVERIFY(m_server->listen().ok());
    const auto &org = m_server->organisation();
    const int person =
        herald::test::findPerson(org, [](const Person &p) { return p.hasApp && !p.blockedBot; });
    QVERIFY(person >= 0);
    m_conversation = org.conversationId(person);
}

void tst_TokenSandbox::cleanup()
{
    m_server.reset();
}

std::optional<Result<QString>> tst_TokenSandbox::fetch(TokenProvider &provider)
{
    std::optional<Result<QString>> out;
    provider.token([&out](Result<QString> r) { out = std::move(r); });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, 5000))
        return std::nullopt;
    return out;
}

std::optional<Result<ActivityRef>> tst_TokenSandbox::send(ConnectorClient &client)
{
    std::optional<Result<ActivityRef>> out;
    const QJsonObject activity{{QStringLiteral("type"), QStringLiteral("message")},
                               {QStringLiteral("text"), QStringLiteral("Hello %1").arg(++m_sent)}};
    client.sendActivity(m_conversation, activity, [&out](Result<ActivityRef> r) { out = std::move(r); });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, 5000))
        return std::nullopt;
    return out;
}

void tst_TokenSandbox::tenConcurrentCallersOneRequest()
{
    TokenProvider provider(herald::test::sandboxProfile(*m_server), m_server->options().appSecret, &m_nam,
                           &m_clock);
    int ok = 0;
    QSet<QString> tokens;
    for (int i = 0; i < 10; ++i) {
        provider.token([&](Result<QString> r) {
            if (r.ok()) {
                ++ok;
                tokens.insert(r.value());
            }
        });
    }
    QTRY_COMPARE(ok, 10);
    QCOMPARE(tokens.size(), 1);
    QCOMPARE(provider.tokenRequestCount(), 1);
    QCOMPARE(m_server->stats().value(QLatin1String("tokens")).toInteger(), 1);
}

void tst_TokenSandbox::refreshAfterClockPassesMargin()
{
    TokenProvider provider(herald::test::sandboxProfile(*m_server), m_server->options().appSecret, &m_nam,
                           &m_clock);
    const auto first = fetch(provider);
    QVERIFY(first && first->ok());
    m_clock.advance((3600 - 300) * 1000 - 1);
    QCOMPARE(fetch(provider)->value(), first->value());
    QCOMPARE(provider.tokenRequestCount(), 1);
    m_clock.advance(2);
    const auto second = fetch(provider);
    QVERIFY(second && second->ok());
    QVERIFY(second->value() != first->value());
    QCOMPARE(provider.tokenRequestCount(), 2);
    QCOMPARE(m_server->stats().value(QLatin1String("tokens")).toInteger(), 2);
}

void tst_TokenSandbox::identityErrorsAreDistinct()
{
    const Profile good = herald::test::sandboxProfile(*m_server);
    struct Case
    {
        Profile profile;
        QString secret;
        QString code;
    };
    Profile unknownApp = good;
    unknownApp.appId = QStringLiteral("00000000-0000-0000-0000-000000000000");
    Profile unknownTenant = good;
    unknownTenant.tenantId = QStringLiteral("11111111-1111-1111-1111-111111111111");
    const QList<Case> cases = {
        {good, QStringLiteral("wrong-secret"), QStringLiteral("WrongSecret")},
        {unknownApp, m_server->options().appSecret, QStringLiteral("UnknownApp")},
        {unknownTenant, m_server->options().appSecret, QStringLiteral("UnknownTenant")},
    };
    QSet<QString> messages;
    for (const Case &c : cases) {
        TokenProvider provider(c.profile, c.secret, &m_nam, &m_clock);
        const auto r = fetch(provider);
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, Error::Kind::Identity);
        QCOMPARE(r->error().serviceCode, c.code);
        QVERIFY(!r->error().correlationId.isEmpty());
        QVERIFY(!r->error().toString().contains(c.secret));
        messages.insert(r->error().message);
    }
    QCOMPARE(messages.size(), cases.size());
}

void tst_TokenSandbox::expiredTokenFaultRefreshesOnceAndRetriesOnce()
{
    TokenProvider provider(herald::test::sandboxProfile(*m_server), m_server->options().appSecret, &m_nam,
                           &m_clock);
    ConnectorClient client(herald::test::sandboxProfile(*m_server), &provider, &m_nam);
    QVERIFY(send(client)->ok());
    QCOMPARE(provider.tokenRequestCount(), 1);

    // The next call is served, then its token is revoked: the call after that meets a 401.
    const QJsonObject state =
        herald::test::sandboxCall(m_nam, *m_server, "POST", QStringLiteral("/_sandbox/faults"),
                                  {{QStringLiteral("next"), QJsonArray{QStringLiteral("expire-token")}}});
    QVERIFY(!state.isEmpty());
    QVERIFY(send(client)->ok());
    QCOMPARE(provider.tokenRequestCount(), 1);
    const qint64 requestsBefore = m_server->stats().value(QLatin1String("requests")).toInteger();

    const auto third = send(client);
    QVERIFY(third && third->ok());
    QCOMPARE(provider.tokenRequestCount(), 2);                                       // one refresh
    QCOMPARE(m_server->stats().value(QLatin1String("unauthorized")).toInteger(), 1); // one 401
    QCOMPARE(m_server->stats().value(QLatin1String("requests")).toInteger() - requestsBefore,
             3); // 401 + token + retry
    QCOMPARE(m_server->stats().value(QLatin1String("activities")).toInteger(), 3);
    QCOMPARE(m_server->stats().value(QLatin1String("duplicates")).toInteger(), 0);
}

void tst_TokenSandbox::lifetimeElapsedRefreshesOnceAndRetriesOnce()
{
    TokenProvider provider(herald::test::sandboxProfile(*m_server), m_server->options().appSecret, &m_nam,
                           &m_clock);
    ConnectorClient client(herald::test::sandboxProfile(*m_server), &provider, &m_nam);
    QVERIFY(send(client)->ok());
    // Only the sandbox's clock moves past the token's lifetime: Herald still believes its token
    // (as after a suspend, or a skewed clock), and learns otherwise from the 401.
    m_sandboxClock.advance(3601 * 1000);
    QVERIFY(provider.hasValidToken());
    const auto r = send(client);
    QVERIFY(r && r->ok());
    QCOMPARE(provider.tokenRequestCount(), 2);
    QCOMPARE(m_server->stats().value(QLatin1String("unauthorized")).toInteger(), 1);
    QCOMPARE(m_server->stats().value(QLatin1String("activities")).toInteger(), 2);
}

QTEST_MAIN(tst_TokenSandbox)
#include "tst_tokensandbox.moc"
