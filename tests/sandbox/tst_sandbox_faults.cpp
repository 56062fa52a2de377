// Injected faults: the exact queue, the random rate, and what each kind does to a call.
#include "SandboxTestClient.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QTcpSocket>
#include <QTest>

using namespace herald;
using namespace herald::sandbox;
using namespace herald::sandbox::test;

class TestSandboxFaults final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void statusFaults_data();
    void statusFaults();
    void resetAbortsTheConnection();
    void lostAnswerIsServedThenCut();
    void slowAnswersLate();
    void expireTokenRevokesTheToken();
    void queueIsConsumedInOrder();
    void rateAndClear();
    void faultRateOption();
    void invalidConfiguration_data();
    void invalidConfiguration();

private:
    void queue(const QStringList &kinds);
    int activities() { return m_client->stats().value(QStringLiteral("activities")).toInt(); }

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
    QString m_conversation;
};

void TestSandboxFaults::init()
{
    SandboxOptions options;
    options.members = 100;
    options.teams = 2;
    options.limits = false;
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY(m_server->listen().ok());
    m_client = std::make_unique<SandboxTestClient>(*m_server);
    QVERIFY(!m_client->signIn().isEmpty());
    m_conversation = m_server->organisation().conversationId(
        findPerson(m_server->organisation(), Reachability::Reachable));
}

void TestSandboxFaults::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void TestSandboxFaults::queue(const QStringList &kinds)
{
    const HttpAnswer answer =
        m_client->post(QStringLiteral("/_sandbox/faults"),
                       QJsonObject{{QStringLiteral("next"), QJsonArray::fromStringList(kinds)}});
    QCOMPARE(answer.status, 200);
}

void TestSandboxFaults::statusFaults_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("500") << QStringLiteral("500") << 500 << QStringLiteral("ServiceError");
    QTest::newRow("502") << QStringLiteral("502") << 502 << QStringLiteral("ServiceError");
    QTest::newRow("503") << QStringLiteral("503") << 503 << QStringLiteral("ServiceError");
    QTest::newRow("504") << QStringLiteral("504") << 504 << QStringLiteral("ServiceError");
    QTest::newRow("412") << QStringLiteral("412") << 412 << QStringLiteral("PreconditionFailed");
    QTest::newRow("429") << QStringLiteral("429") << 429 << QStringLiteral("Throttled");
}

void TestSandboxFaults::statusFaults()
{
    QFETCH(QString, kind);
    QFETCH(int, status);
    QFETCH(QString, code);
    queue({kind});
    const HttpAnswer failed = m_client->send(m_conversation, SandboxTestClient::message(QStringLiteral("x")));
    QCOMPARE(failed.status, status);
    QCOMPARE(failed.errorCode(), code);
    QVERIFY(!failed.header("X-Correlating-OperationId").isEmpty());
    if (status == 429)
        QCOMPARE(failed.header("Retry-After"), QByteArray("1"));
    QCOMPARE(activities(), 0); // it did not arrive
    QCOMPARE(m_client->stats().value(QStringLiteral("faults")).toInt(), 1);
    QCOMPARE(m_client->send(m_conversation, SandboxTestClient::message(QStringLiteral("x"))).status, 201);
    QCOMPARE(activities(), 1);
}

void TestSandboxFaults::resetAbortsTheConnection()
{
    // QNetworkAccessManager silently resends a request once when a reused connection closes
    // before answering, so the first reset alone is invisible to it: queue enough of them.
    queue({QStringLiteral("reset"), QStringLiteral("reset"), QStringLiteral("reset")});
    const HttpAnswer reset = m_client->send(m_conversation, SandboxTestClient::message(QStringLiteral("x")));
    QCOMPARE(reset.status, 0);
    QCOMPARE(reset.error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(m_client->del(QStringLiteral("/_sandbox/faults")).status, 200);
    QCOMPARE(activities(), 0);
    QCOMPARE(m_client->send(m_conversation, SandboxTestClient::message(QStringLiteral("x"))).status, 201);
}

// "lost-answer": Teams took the message, then the connection broke before its answer. Over a raw socket
// (QNetworkAccessManager would quietly send it again): the message is recorded, not a byte comes back.
void TestSandboxFaults::lostAnswerIsServedThenCut()
{
    queue({QStringLiteral("lost-answer")});
    const QString token = m_client->signIn();
    QVERIFY(!token.isEmpty());
    QTcpSocket socket;
    QByteArray answer;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { answer += socket.readAll(); });
    socket.connectToHost(QHostAddress::LocalHost, quint16(m_server->baseUrl().port()));
    QTRY_COMPARE(socket.state(), QAbstractSocket::ConnectedState);
    const QByteArray body =
        QJsonDocument(SandboxTestClient::message(QStringLiteral("lost"))).toJson(QJsonDocument::Compact);
    socket.write("POST /v3/conversations/" + enc(m_conversation).toLatin1() +
                 "/activities HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token.toLatin1() +
                 "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
                 "\r\n\r\n" + body);
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 10000);
    QCOMPARE(answer, QByteArray()); // cut without an answer …
    QCOMPARE(activities(), 1);      // … after it arrived
    QCOMPARE(m_client->stats().value(QStringLiteral("faults")).toInt(), 1);
}

void TestSandboxFaults::slowAnswersLate()
{
    QCOMPARE(m_client
                 ->post(QStringLiteral("/_sandbox/faults"),
                        QJsonObject{{QStringLiteral("next"), QJsonArray{QStringLiteral("slow")}},
                                    {QStringLiteral("slowMs"), 300}})
                 .status,
             200);
    QElapsedTimer timer;
    timer.start();
    const HttpAnswer slow = m_client->send(m_conversation, SandboxTestClient::message(QStringLiteral("x")));
    QCOMPARE(slow.status, 201);
    QVERIFY2(timer.elapsed() >= 290, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(activities(), 1); // served, only late

    // A client that gives up on a slow answer must not crash the sandbox.
    queue({QStringLiteral("slow")});
    const HttpAnswer abandoned = m_client->request(
        QByteArrayLiteral("POST"), QStringLiteral("/v3/conversations/%1/activities").arg(enc(m_conversation)),
        QByteArrayLiteral("{\"type\":\"message\",\"text\":\"y\"}"), QByteArrayLiteral("application/json"),
        50);
    QCOMPARE(abandoned.status, 0);
    // The server's delayed answer fires into the closed connection and is dropped.
    QTRY_COMPARE_WITH_TIMEOUT(m_client->stats().value(QStringLiteral("lateDropped")).toInt(), 1, 5000);
    QCOMPARE(m_client->stats().value(QStringLiteral("lateAnswers")).toInt(), 2);
    QCOMPARE(m_client->send(m_conversation, SandboxTestClient::message(QStringLiteral("z"))).status, 201);
}

void TestSandboxFaults::expireTokenRevokesTheToken()
{
    queue({QStringLiteral("expire-token")});
    QCOMPARE(m_client->send(m_conversation, SandboxTestClient::message(QStringLiteral("x"))).status, 201);
    const HttpAnswer refused =
        m_client->send(m_conversation, SandboxTestClient::message(QStringLiteral("y")));
    QCOMPARE(refused.status, 401);
    QCOMPARE(refused.errorCode(), QStringLiteral("Unauthorized"));
    QVERIFY(!m_client->signIn().isEmpty());
    QCOMPARE(m_client->send(m_conversation, SandboxTestClient::message(QStringLiteral("y"))).status, 201);
    QCOMPARE(activities(), 2);
}

void TestSandboxFaults::queueIsConsumedInOrder()
{
    queue({QStringLiteral("503"), QStringLiteral("412")});
    queue({QStringLiteral("504")}); // appends
    const QJsonObject state = m_client->get(QStringLiteral("/_sandbox/faults")).json();
    QCOMPARE(state.value(QStringLiteral("next")).toArray().size(), 3);
    const QJsonObject hi = SandboxTestClient::message(QStringLiteral("hi"));
    QCOMPARE(m_client->send(m_conversation, hi).status, 503);
    QCOMPARE(
        m_client->get(QStringLiteral("/v3/teams/%1").arg(enc(m_server->organisation().team(0).id))).status,
        412);
    QCOMPARE(m_client->send(m_conversation, hi).status, 504);
    QCOMPARE(m_client->send(m_conversation, hi).status, 201);
    QCOMPARE(m_client->stats().value(QStringLiteral("faults")).toInt(), 3);
}

void TestSandboxFaults::rateAndClear()
{
    QCOMPARE(m_client
                 ->post(QStringLiteral("/_sandbox/faults"),
                        QJsonObject{{QStringLiteral("rate"), 1.0},
                                    {QStringLiteral("kinds"), QJsonArray{QStringLiteral("502")}}})
                 .status,
             200);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(m_client->send(m_conversation, SandboxTestClient::message(QString::number(i))).status, 502);
    QCOMPARE(m_client->del(QStringLiteral("/_sandbox/faults")).status, 200);
    QCOMPARE(m_client->send(m_conversation, SandboxTestClient::message(QStringLiteral("ok"))).status, 201);
    QCOMPARE(activities(), 1);
}

void TestSandboxFaults::faultRateOption()
{
    SandboxOptions options = m_server->options();
    options.faultRate = 0.3;
    SandboxServer server(options);
    QVERIFY(server.listen().ok());
    SandboxTestClient client(server);
    QVERIFY(!client.signIn().isEmpty());
    // Only the kinds a sender must survive by retrying, unless told otherwise.
    QCOMPARE(client
                 .post(QStringLiteral("/_sandbox/faults"),
                       QJsonObject{{QStringLiteral("kinds"),
                                    QJsonArray{QStringLiteral("503"), QStringLiteral("412")}}})
                 .status,
             200);
    int ok = 0;
    int failed = 0;
    for (int i = 0; i < 200; ++i) {
        const int status = client.send(m_conversation, SandboxTestClient::message(QString::number(i))).status;
        QVERIFY2(status == 201 || status == 503 || status == 412, qPrintable(QString::number(status)));
        (status == 201 ? ok : failed)++;
    }
    QVERIFY2(failed > 30 && failed < 90, qPrintable(QString::number(failed)));
    const QJsonObject stats = client.stats();
    QCOMPARE(stats.value(QStringLiteral("faults")).toInt(), failed);
    QCOMPARE(stats.value(QStringLiteral("activities")).toInt(), ok);
}

void TestSandboxFaults::invalidConfiguration_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("unknown kind") << QByteArrayLiteral("{\"next\":[\"418\"]}");
    QTest::newRow("rate above one") << QByteArrayLiteral("{\"rate\":2}");
    QTest::newRow("rate not a number") << QByteArrayLiteral("{\"rate\":\"high\"}");
    QTest::newRow("kinds not an array") << QByteArrayLiteral("{\"kinds\":\"503\"}");
    QTest::newRow("negative slowMs") << QByteArrayLiteral("{\"slowMs\":-1}");
    QTest::newRow("not JSON") << QByteArrayLiteral("rate=1");
}

void TestSandboxFaults::invalidConfiguration()
{
    QFETCH(QByteArray, body);
    const HttpAnswer answer =
        m_client->request(QByteArrayLiteral("POST"), QStringLiteral("/_sandbox/faults"), body);
    QCOMPARE(answer.status, 400);
    QVERIFY(!answer.errorCode().isEmpty());
    // Nothing changed.
    QCOMPARE(m_client->send(m_conversation, SandboxTestClient::message(QStringLiteral("x"))).status, 201);
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandbox_faults.moc"
