// Which answers are retried (PROTOCOL.md "Errors"), and the backoff's bounds.
#include "connector/ConnectorError.h"
#include "delivery/FailureRules.h"
#include "delivery/RetryPolicy.h"

#include <QTest>

using namespace herald;
using namespace herald::delivery;

Q_DECLARE_METATYPE(herald::delivery::RetryPolicy::Verdict)
Q_DECLARE_METATYPE(herald::delivery::RecipientState)

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
    void throttledWait_data();
    void throttledWait();
    void exhaustedRetries_data();
    void exhaustedRetries();
    void refusedTokenStopsAtOnce();
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
    const QByteArray body = code.isEmpty() ? QByteArray()
                                           : QByteArrayLiteral("{\"error\":{\"code\":\"") + code.toUtf8() +
                                                 QByteArrayLiteral("\",\"message\":\"x\"}}");
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
    QCOMPARE(RetryPolicy::classify(Error::make(Error::Kind::Identity, QStringLiteral("no"))),
             RetryPolicy::Verdict::Stop);
    QCOMPARE(RetryPolicy::classify(Error::make(Error::Kind::Policy, QStringLiteral("no"))),
             RetryPolicy::Verdict::Stop);
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
    QVERIFY2(low < ceiling / 10 && high > ceiling * 9 / 10,
             qPrintable(QStringLiteral("%1..%2").arg(low).arg(high)));
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

namespace {

Error throttled(qint64 retryAfterMs)
{
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (retryAfterMs >= 0)
        headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfterMs / 1000)});
    return connector::decodeConnectorError(429, QByteArrayLiteral("{\"error\":{\"code\":\"Throttled\"}}"),
                                           headers);
}

} // namespace

// PROTOCOL.md: a 429 honours Retry-After when present, else exponential backoff with jitter.
void TestRetryPolicy::throttledWait_data()
{
    QTest::addColumn<qint64>("retryAfterMs");
    QTest::addColumn<int>("failuresBefore");
    QTest::addColumn<qint64>("lowest");  // no wait is shorter
    QTest::addColumn<qint64>("highest"); // no wait is longer
    QTest::addColumn<qint64>("reach");   // some wait is at least this long (the range is used)
    // Defaults: base 500 ms doubling, Retry-After jitter 250 ms.
    QTest::newRow("Retry-After 2 s") << qint64(2000) << 0 << qint64(2000) << qint64(2250) << qint64(2000);
    QTest::newRow("Retry-After 0 s") << qint64(0) << 2 << qint64(0) << qint64(250) << qint64(0);
    QTest::newRow("none, 1st failure") << qint64(-1) << 0 << qint64(0) << qint64(500) << qint64(400);
    QTest::newRow("none, 3rd failure") << qint64(-1) << 2 << qint64(0) << qint64(2000) << qint64(1600);
    QTest::newRow("none, 4th failure") << qint64(-1) << 3 << qint64(0) << qint64(4000) << qint64(3200);
}

void TestRetryPolicy::throttledWait()
{
    QFETCH(qint64, retryAfterMs);
    QFETCH(int, failuresBefore);
    QFETCH(qint64, lowest);
    QFETCH(qint64, highest);
    QFETCH(qint64, reach);
    RetryOptions options;
    options.maxAttempts = 10;
    FailureRules rules(options, 77, 0);
    const Error e = throttled(retryAfterMs);
    QCOMPARE(e.retryAfterMs, retryAfterMs);
    qint64 longest = -1;
    for (int i = 0; i < 500; ++i) {
        int failures = failuresBefore;
        bool ambiguous = false;
        const FailureRules::Decision d =
            rules.decide(e, RequestPhase::Send, RecipientKind::User, failures, ambiguous, false);
        QCOMPARE(d.state, RecipientState::Pending);
        QCOMPARE(failures, failuresBefore + 1);
        QVERIFY2(d.retryInMs >= lowest && d.retryInMs <= highest, qPrintable(QString::number(d.retryInMs)));
        longest = qMax(longest, d.retryInMs);
    }
    QVERIFY2(longest >= reach, qPrintable(QString::number(longest)));
}

// When the retries run out: failed when Teams answered every time, uncertain when the last attempt (or an
// earlier one) may have arrived without an answer.
void TestRetryPolicy::exhaustedRetries_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("phase");
    QTest::addColumn<bool>("cutBefore");
    QTest::addColumn<RecipientState>("state");
    const int timeout = int(Error::Kind::Timeout);
    const int network = int(Error::Kind::Network);
    const int http = int(Error::Kind::Http);
    const int send = int(RequestPhase::Send);
    const int create = int(RequestPhase::Create);
    QTest::newRow("timeout") << timeout << send << false << RecipientState::Uncertain;
    QTest::newRow("reset") << network << send << false << RecipientState::Uncertain;
    QTest::newRow("503") << http << send << false << RecipientState::Failed;
    QTest::newRow("503 after a reset") << http << send << true << RecipientState::Uncertain;
    QTest::newRow("timeout of the create") << timeout << create << false << RecipientState::Failed;
}

void TestRetryPolicy::exhaustedRetries()
{
    QFETCH(int, kind);
    QFETCH(int, phase);
    QFETCH(bool, cutBefore);
    QFETCH(RecipientState, state);
    Error e;
    if (Error::Kind(kind) == Error::Kind::Http) {
        e = connector::decodeConnectorError(503, QByteArrayLiteral("{\"error\":{\"code\":\"ServiceError\"}}"),
                                            {});
    } else {
        e = Error::make(Error::Kind(kind), QStringLiteral("no answer"));
        e.serviceCode = Error::Kind(kind) == Error::Kind::Timeout ? QStringLiteral("Timeout")
                                                                  : QStringLiteral("ConnectionClosed");
        e.retryable = true;
    }
    RetryOptions options;
    options.maxAttempts = 3;
    FailureRules rules(options, 5, 0);
    int failures = 2; // two attempts failed already: this is the last
    bool ambiguous = cutBefore;
    const FailureRules::Decision d =
        rules.decide(e, RequestPhase(phase), RecipientKind::User, failures, ambiguous, false);
    QCOMPARE(d.state, state);
    QCOMPARE(d.retryInMs, qint64(-1));
    QCOMPARE(d.code, FailureRules::codeOf(e));
    if (state == RecipientState::Uncertain)
        QVERIFY2(d.message.contains(QStringLiteral("whether the message arrived is not known")),
                 qPrintable(d.message));
    else
        QVERIFY2(d.message.contains(QStringLiteral("gave up after 3 attempts")), qPrintable(d.message));
}

// A 401 that comes back although ConnectorCall fetched a fresh token: the campaign pauses at the first one.
void TestRetryPolicy::refusedTokenStopsAtOnce()
{
    FailureRules rules(RetryOptions{}, 1, 0);
    const Error e = connector::decodeConnectorError(
        401, QByteArrayLiteral("{\"error\":{\"code\":\"BotNotRegistered\",\"message\":\"no\"}}"), {});
    int failures = 0;
    bool ambiguous = false;
    const FailureRules::Decision d =
        rules.decide(e, RequestPhase::Send, RecipientKind::User, failures, ambiguous, false);
    QCOMPARE(d.state, RecipientState::Pending);
    QCOMPARE(d.retryInMs, qint64(-1));
    QVERIFY(d.pauseCampaign);
    QCOMPARE(d.pauseReason.httpStatus, 401);
    QVERIFY2(d.pauseReason.message.contains(QStringLiteral("credentials")),
             qPrintable(d.pauseReason.message));
    QCOMPARE(failures, 0);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
