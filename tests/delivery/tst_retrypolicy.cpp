// Which answers are retried (PROTOCOL.md "Errors"), and the backoff's bounds.
#include "connector/ConnectorError.h"
#include "delivery/RetryPolicy.h"

#include <QTest>

using namespace herald;
using namespace herald::delivery;

Q_DECLARE_METATYPE(herald::delivery::RetryPolicy::Verdict)

class TestRetryPolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data();
    void classify();
    void transportErrors();
    void backoffBounds_data();
    void backoffBounds();
    void retryAfterIsHonoured();
    void attemptsLimit();
};

void TestRetryPolicy::classify_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<RetryPolicy::Verdict>("verdict");
    using V = RetryPolicy::Verdict;
    QTest::newRow("429") << 429 << QStringLiteral("Throttled") << V::Retry;
    QTest::newRow("412") << 412 << QStringLiteral("PreconditionFailed") << V::Retry;
    QTest::newRow("502") << 502 << QStringLiteral("ServiceError") << V::Retry;
    QTest::newRow("503") << 503 << QString() << V::Retry;
    QTest::newRow("504") << 504 << QStringLiteral("ServiceError") << V::Retry;
    QTest::newRow("500") << 500 << QStringLiteral("ServiceError") << V::Failed;
    QTest::newRow("400") << 400 << QStringLiteral("BadArgument") << V::Failed;
    QTest::newRow("413") << 413 << QStringLiteral("MessageSizeTooBig") << V::Failed;
    QTest::newRow("blocked") << 403 << QStringLiteral("ConversationBlockedByUser") << V::Unreachable;
    QTest::newRow("no app") << 403 << QStringLiteral("ForbiddenOperationException") << V::Unreachable;
    QTest::newRow("roster") << 403 << QStringLiteral("BotNotInConversationRoster") << V::Unreachable;
    QTest::newRow("209") << 403 << QStringLiteral("MessageWritesBlocked") << V::Unreachable;
    QTest::newRow("gone") << 404 << QStringLiteral("ConversationNotFound") << V::Unreachable;
    QTest::newRow("401") << 401 << QStringLiteral("BotNotRegistered") << V::Stop;
    QTest::newRow("gcc host") << 403 << QStringLiteral("InvalidBotApiHost") << V::Stop;
    QTest::newRow("disabled") << 403 << QStringLiteral("BotDisabledByAdmin") << V::Stop;
}

void TestRetryPolicy::classify()
{
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(RetryPolicy::Verdict, verdict);
    const QByteArray body = code.isEmpty()
                                ? QByteArray()
                                : QByteArrayLiteral("{\"error\":{\"code\":\"") + code.toUtf8() + QByteArrayLiteral("\",\"message\":\"x\"}}");
    const Error e = connector::decodeConnectorError(status, body, {});
    QCOMPARE(RetryPolicy::classify(e), verdict);
}

void TestRetryPolicy::transportErrors()
{
    Error reset = Error::make(Error::Kind::Network, QStringLiteral("closed"));
    reset.retryable = true;
    QCOMPARE(RetryPolicy::classify(reset), RetryPolicy::Verdict::Retry);
    Error timeout = Error::make(Error::Kind::Timeout, QStringLiteral("late"));
    timeout.retryable = true;
    QCOMPARE(RetryPolicy::classify(timeout), RetryPolicy::Verdict::Retry);
    Error tls = Error::make(Error::Kind::Network, QStringLiteral("tls"));
    tls.retryable = false;
    QCOMPARE(RetryPolicy::classify(tls), RetryPolicy::Verdict::Stop);
    QCOMPARE(RetryPolicy::classify(Error::make(Error::Kind::Identity, QStringLiteral("no"))), RetryPolicy::Verdict::Stop);
    QCOMPARE(RetryPolicy::classify(Error::make(Error::Kind::Policy, QStringLiteral("no"))), RetryPolicy::Verdict::Stop);
}

void TestRetryPolicy::backoffBounds_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<qint64>("ceiling");
    QTest::newRow("1") << 1 << qint64(500);
    QTest::newRow("2") << 2 << qint64(1000);
    QTest::newRow("4") << 4 << qint64(4000);
    QTest::newRow("capped") << 12 << qint64(30000);
    QTest::newRow("huge") << 80 << qint64(30000);
}

void TestRetryPolicy::backoffBounds()
{
    QFETCH(int, failures);
    QFETCH(qint64, ceiling);
    RetryPolicy policy(RetryOptions{}, 1234);
    QCOMPARE(policy.ceilingMs(failures), ceiling);
    qint64 low = ceiling;
    qint64 high = 0;
    for (int i = 0; i < 2000; ++i) {
        const qint64 wait = policy.backoffMs(failures);
        QVERIFY(wait >= 0 && wait <= ceiling);
        low = qMin(low, wait);
        high = qMax(high, wait);
    }
    // Full jitter: the whole range is used, not a fixed delay.
    QVERIFY2(low < ceiling / 10 && high > ceiling * 9 / 10, qPrintable(QStringLiteral("%1..%2").arg(low).arg(high)));
}

void TestRetryPolicy::retryAfterIsHonoured()
{
    RetryPolicy policy(RetryOptions{}, 99);
    for (int i = 0; i < 200; ++i) {
        const qint64 wait = policy.backoffMs(1, 3000);
        QVERIFY(wait >= 3000 && wait <= 3000 + policy.options().retryAfterJitterMs);
    }
}

void TestRetryPolicy::attemptsLimit()
{
    RetryOptions options;
    options.maxAttempts = 5;
    RetryPolicy policy(options);
    QVERIFY(policy.mayRetry(4));
    QVERIFY(!policy.mayRetry(5));
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
