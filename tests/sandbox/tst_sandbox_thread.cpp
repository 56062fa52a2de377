// SandboxThread: the sandbox on its own thread, as `herald --sandbox`, tests and benchmarks use it.
#include "SandboxTestClient.h"

#include "sandbox/SandboxThread.h"

#include <QTcpSocket>
#include <QTest>

using namespace herald;
using namespace herald::sandbox;
using namespace herald::sandbox::test;

class TestSandboxThread final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startServeStop();
    void busyPortFails();
    void destructorStops();
};

void TestSandboxThread::startServeStop()
{
    SandboxOptions options;
    options.members = 100;
    SandboxThread sandbox(options);
    const auto port = sandbox.start();
    QVERIFY(port.ok());
    QVERIFY(*port > 0);
    QVERIFY(sandbox.isRunning());
    QCOMPARE(sandbox.baseUrl().port(), int(*port));

    // The server answers from its own thread while this one waits on the network.
    QNetworkAccessManager nam;
    QNetworkReply *reply =
        nam.get(QNetworkRequest(sandbox.baseUrl().resolved(QUrl(QStringLiteral("_sandbox/stats")))));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("members")).toInt(),
             100);
    reply->deleteLater();

    const QJsonObject stats = sandbox.stats();
    QCOMPARE(stats.value(QStringLiteral("requests")).toInt(), 1);
    QCOMPARE(sandbox.start().value(), *port); // starting twice is harmless

    sandbox.stop();
    QVERIFY(!sandbox.isRunning());
    QVERIFY(sandbox.stats().isEmpty());
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, *port);
    QVERIFY(!socket.waitForConnected(1000));
}

void TestSandboxThread::busyPortFails()
{
    SandboxThread first{SandboxOptions{}};
    const auto port = first.start();
    QVERIFY(port.ok());
    SandboxOptions options;
    options.port = *port;
    SandboxThread second(options);
    const auto clash = second.start();
    QVERIFY(!clash.ok());
    QCOMPARE(clash.error().kind, Error::Kind::Network);
    QVERIFY(!clash.error().message.isEmpty());
    QVERIFY(!second.isRunning());
}

void TestSandboxThread::destructorStops()
{
    quint16 port = 0;
    {
        SandboxThread sandbox{SandboxOptions{}};
        port = sandbox.start().value();
    }
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(!socket.waitForConnected(1000));
}

QTEST_GUILESS_MAIN(TestSandboxThread)
#include "tst_sandbox_thread.moc"
