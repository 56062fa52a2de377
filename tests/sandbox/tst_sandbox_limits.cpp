// Teams' rate limits in the sandbox, driven by a ManualClock: no sleeping.
#include "SandboxTestClient.h"

#include "common/Clock.h"

#include <QTest>

using namespace herald;
using namespace herald::sandbox;
using namespace herald::sandbox::test;

class TestSandboxLimits final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void oneAndTwoSecondWindows();
    void thirtySecondWindow();
    void hourWindow();
    void readWindows();
    void threadsAreSeparate();
    void createCountsAgainstTheConversation();
    void globalRate();
    void limitsOff();

private:
    void start(bool limits, double globalRps = 1000.0);
    QString conversation(int skip = 0);
    int retryAfter(const HttpAnswer &answer) const { return answer.header("Retry-After").toInt(); }

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

void TestSandboxLimits::start(bool limits, double globalRps)
{
    m_clock = std::make_unique<ManualClock>(5'000'000);
    SandboxOptions options;
    options.members = 200;
    options.teams = 2;
    options.limits = limits;
    options.globalRps = globalRps;
    m_server = std::make_unique<SandboxServer>(options, m_clock.get());
    QVERIFY(m_server->listen().ok());
    m_client = std::make_unique<SandboxTestClient>(*m_server);
    QVERIFY(!m_client->signIn().isEmpty());
}

void TestSandboxLimits::cleanup()
{
    m_client.reset();
    m_server.reset();
    m_clock.reset();
}

QString TestSandboxLimits::conversation(int skip)
{
    return m_server->organisation().conversationId(
        findPerson(m_server->organisation(), Reachability::Reachable, skip));
}

void TestSandboxLimits::oneAndTwoSecondWindows()
{
    start(true);
    const QString c = conversation();
    const QJsonObject hi = SandboxTestClient::message(QStringLiteral("hi"));
    for (int i = 0; i < 7; ++i)
        QCOMPARE(m_client->send(c, hi).status, 201);
    const HttpAnswer eighth = m_client->send(c, hi);
    QCOMPARE(eighth.status, 429);
    QCOMPARE(eighth.errorCode(), QStringLiteral("Throttled"));
    QCOMPARE(retryAfter(eighth), 1);
    QVERIFY(!eighth.header("X-Correlating-OperationId").isEmpty());

    m_clock->advance(999);
    QCOMPARE(m_client->send(c, hi).status, 429);
    m_clock->advance(1);
    QCOMPARE(m_client->send(c, hi).status, 201); // 8 in 2 s now
    const HttpAnswer ninth = m_client->send(c, hi);
    QCOMPARE(ninth.status, 429);    // the 2 s window is full
    QCOMPARE(retryAfter(ninth), 1); // the first seven leave it at +2000
    m_clock->advance(1000);
    QCOMPARE(m_client->send(c, hi).status, 201);

    const QJsonObject stats = m_client->stats();
    QCOMPARE(stats.value(QStringLiteral("throttled")).toInt(), 3);
    QCOMPARE(stats.value(QStringLiteral("activities")).toInt(), 9);
}

void TestSandboxLimits::thirtySecondWindow()
{
    start(true);
    const QString c = conversation();
    const QJsonObject hi = SandboxTestClient::message(QStringLiteral("hi"));
    QList<qint64> accepted;
    while (accepted.size() < 60) {
        const HttpAnswer answer = m_client->send(c, hi);
        if (answer.status == 201) {
            accepted.append(m_clock->nowMs());
        } else {
            QCOMPARE(answer.status, 429);
            m_clock->advance(500);
        }
    }
    QVERIFY(m_clock->nowMs() - accepted.constFirst() < 30'000);
    m_clock->advance(2'000); // out of the 1 s and 2 s windows
    const HttpAnswer throttled = m_client->send(c, hi);
    QCOMPARE(throttled.status, 429);
    const qint64 waitMs = accepted.constFirst() + 30'000 - m_clock->nowMs();
    QCOMPARE(retryAfter(throttled), int((waitMs + 999) / 1000));
    m_clock->advance(qint64(retryAfter(throttled)) * 1000);
    QCOMPARE(m_client->send(c, hi).status, 201);
}

void TestSandboxLimits::hourWindow()
{
    start(true);
    const QString c = conversation();
    const QJsonObject hi = SandboxTestClient::message(QStringLiteral("hi"));
    const qint64 begin = m_clock->nowMs();
    int accepted = 0;
    while (accepted < 1800) {
        const HttpAnswer answer = m_client->send(c, hi);
        if (answer.status == 201) {
            ++accepted;
        } else {
            QCOMPARE(answer.status, 429);
            QVERIFY(retryAfter(answer) >= 1);
            m_clock->advance(qint64(retryAfter(answer)) * 1000);
        }
    }
    QVERIFY(m_clock->nowMs() - begin < 3'600'000);
    m_clock->advance(30'000); // out of every short window
    const HttpAnswer throttled = m_client->send(c, hi);
    QCOMPARE(throttled.status, 429);
    const qint64 expected = (begin + 3'600'000 - m_clock->nowMs() + 999) / 1000;
    QVERIFY2(
        qAbs(retryAfter(throttled) - expected) <= 1,
        qPrintable(
            QStringLiteral("Retry-After %1, expected about %2").arg(retryAfter(throttled)).arg(expected)));
    m_clock->advance(qint64(retryAfter(throttled)) * 1000);
    QVERIFY(!m_client->signIn().isEmpty()); // the first token expired with the hour
    QCOMPARE(m_client->send(c, hi).status, 201);
}

void TestSandboxLimits::readWindows()
{
    start(true);
    const QString team = QStringLiteral("/v3/teams/%1").arg(enc(m_server->organisation().team(0).id));
    for (int i = 0; i < 14; ++i)
        QCOMPARE(m_client->get(team).status, 200);
    const HttpAnswer throttled = m_client->get(team);
    QCOMPARE(throttled.status, 429);
    QCOMPARE(retryAfter(throttled), 1);
    m_clock->advance(1000);
    QCOMPARE(m_client->get(team).status, 200);
    QCOMPARE(m_client->get(team).status, 200);
    QCOMPARE(m_client->get(team).status, 429); // 16 per 2 s
}

void TestSandboxLimits::threadsAreSeparate()
{
    start(true);
    const QJsonObject hi = SandboxTestClient::message(QStringLiteral("hi"));
    for (int i = 0; i < 7; ++i)
        QCOMPARE(m_client->send(conversation(0), hi).status, 201);
    QCOMPARE(m_client->send(conversation(0), hi).status, 429);
    QCOMPARE(m_client->send(conversation(1), hi).status, 201);
    // Reads have their own windows.
    QCOMPARE(
        m_client->get(QStringLiteral("/v3/conversations/%1/pagedmembers").arg(enc(conversation(0)))).status,
        200);
}

void TestSandboxLimits::createCountsAgainstTheConversation()
{
    start(true);
    const Organisation &org = m_server->organisation();
    const int person = findPerson(org, Reachability::Reachable);
    for (int i = 0; i < 7; ++i)
        QCOMPARE(
            m_client->post(QStringLiteral("/v3/conversations"), m_client->createBody(org.memberId(person)))
                .status,
            201);
    QCOMPARE(m_client->post(QStringLiteral("/v3/conversations"), m_client->createBody(org.memberId(person)))
                 .status,
             429);
    QCOMPARE(
        m_client->send(org.conversationId(person), SandboxTestClient::message(QStringLiteral("x"))).status,
        429);
}

void TestSandboxLimits::globalRate()
{
    start(true, 5.0);
    const QJsonObject hi = SandboxTestClient::message(QStringLiteral("hi"));
    for (int i = 0; i < 5; ++i)
        QCOMPARE(m_client->send(conversation(i), hi).status, 201);
    const HttpAnswer throttled = m_client->send(conversation(5), hi);
    QCOMPARE(throttled.status, 429);
    QCOMPARE(retryAfter(throttled), 1);
    // Reads count too.
    QCOMPARE(
        m_client->get(QStringLiteral("/v3/teams/%1").arg(enc(m_server->organisation().team(0).id))).status,
        429);
    m_clock->advance(400);
    QCOMPARE(m_client->send(conversation(6), hi).status, 429);
    m_clock->advance(600);
    QCOMPARE(m_client->send(conversation(6), hi).status, 201);
    // Sandbox routes are never limited.
    for (int i = 0; i < 10; ++i)
        QCOMPARE(m_client->get(QStringLiteral("/_sandbox/stats")).status, 200);
}

void TestSandboxLimits::limitsOff()
{
    start(false, 1.0);
    const QString c = conversation();
    for (int i = 0; i < 100; ++i)
        QCOMPARE(m_client->send(c, SandboxTestClient::message(QString::number(i))).status, 201);
    const QJsonObject stats = m_client->stats();
    QCOMPARE(stats.value(QStringLiteral("throttled")).toInt(), 0);
    QCOMPARE(stats.value(QStringLiteral("limits")).toString(), QStringLiteral("off"));
}

QTEST_GUILESS_MAIN(TestSandboxLimits)
#include "tst_sandbox_limits.moc"
