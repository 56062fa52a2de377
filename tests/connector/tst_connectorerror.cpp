#include "connector/ConnectorError.h"

#include <QTest>

using herald::Error;
using namespace herald::connector;

Q_DECLARE_METATYPE(herald::connector::RawHeaders)
Q_DECLARE_METATYPE(herald::connector::Reachability)

// Every error of PROTOCOL.md's table, decoded and classified.
class tst_ConnectorError final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decode_data();
    void decode();
    void retryAfter_data();
    void retryAfter();
    void sentences();
};

namespace {

QByteArray body(const char *code, const char *message = "Something happened.")
{
    return QByteArray(R"({"error":{"code":")") + code + R"(","message":")" + message + R"("}})";
}

} // namespace

void tst_ConnectorError::decode_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<RawHeaders>("headers");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<qint64>("retryAfterMs");
    QTest::addColumn<QString>("correlationId");
    QTest::addColumn<Reachability>("reachability");

    const RawHeaders none;
    const RawHeaders corr{{"X-Correlating-OperationId", "op-123"}};
    const RawHeaders mscv{{"MS-CV", "cv.1.2"}};
    const auto U = Reachability::Unreachable;
    const auto F = Reachability::Failed;

    QTest::newRow("400 BadArgument") << 400 << body("BadArgument") << corr << "BadArgument" << false
                                     << qint64(-1) << "op-123" << F;
    QTest::newRow("400 BadSyntax") << 400 << body("BadSyntax") << none << "BadSyntax" << false << qint64(-1)
                                   << "" << F;
    QTest::newRow("401 BotNotRegistered")
        << 401 << body("BotNotRegistered") << none << "BotNotRegistered" << false << qint64(-1) << "" << F;
    QTest::newRow("401 plain") << 401
                               << QByteArray(
                                      R"({"message":"Authorization has been denied for this request."})")
                               << none << "" << false << qint64(-1) << "" << F;
    QTest::newRow("403 BotDisabledByAdmin") << 403 << body("BotDisabledByAdmin") << none
                                            << "BotDisabledByAdmin" << false << qint64(-1) << "" << F;
    QTest::newRow("403 BotNotInConversationRoster")
        << 403 << body("BotNotInConversationRoster") << mscv << "BotNotInConversationRoster" << false
        << qint64(-1) << "cv.1.2" << U;
    QTest::newRow("403 ConversationBlockedByUser")
        << 403 << body("ConversationBlockedByUser", "User blocked the conversation with the bot.") << corr
        << "ConversationBlockedByUser" << false << qint64(-1) << "op-123" << U;
    QTest::newRow("403 ForbiddenOperationException")
        << 403 << body("ForbiddenOperationException") << none << "ForbiddenOperationException" << false
        << qint64(-1) << "" << U;
    QTest::newRow("403 NotEnoughPermissions") << 403 << body("NotEnoughPermissions") << none
                                              << "NotEnoughPermissions" << false << qint64(-1) << "" << U;
    QTest::newRow("403 InvalidBotApiHost")
        << 403 << body("InvalidBotApiHost") << none << "InvalidBotApiHost" << true << qint64(-1) << "" << F;
    QTest::newRow("403 errorCode 209")
        << 403
        << QByteArray(
               R"({"errorCode":209,"message":"{\"subCode\":\"MessageWritesBlocked\",\"message\":\"Thread is blocked from message writes\"}"})")
        << none << "MessageWritesBlocked" << false << qint64(-1) << "" << U;
    QTest::newRow("403 errorCode 209 no subCode")
        << 403 << QByteArray(R"({"errorCode":209,"message":"blocked"})") << none << "209" << false
        << qint64(-1) << "" << U;
    QTest::newRow("404 ConversationNotFound") << 404 << body("ConversationNotFound") << none
                                              << "ConversationNotFound" << false << qint64(-1) << "" << U;
    QTest::newRow("404 ActivityNotFoundInConversation")
        << 404 << body("ActivityNotFoundInConversation") << none << "ActivityNotFoundInConversation" << false
        << qint64(-1) << "" << F;
    QTest::newRow("412 PreconditionFailed")
        << 412 << body("PreconditionFailed") << none << "PreconditionFailed" << true << qint64(-1) << "" << F;
    QTest::newRow("413 MessageSizeTooBig")
        << 413 << body("MessageSizeTooBig") << none << "MessageSizeTooBig" << false << qint64(-1) << "" << F;
    QTest::newRow("429 Throttled seconds")
        << 429 << body("Throttled") << RawHeaders{{"Retry-After", "2"}, {"x-correlating-operationid", "lc"}}
        << "Throttled" << true << qint64(2000) << "lc" << F;
    QTest::newRow("429 no body no header")
        << 429 << QByteArray() << none << "Throttled" << true << qint64(-1) << "" << F;
    QTest::newRow("429 retry-after date")
        << 429 << body("Throttled") << RawHeaders{{"retry-after", "Wed, 21 Oct 2015 07:28:30 GMT"}}
        << "Throttled" << true << qint64(30000) << "" << F;
    QTest::newRow("500 ServiceError")
        << 500 << body("ServiceError") << none << "ServiceError" << false << qint64(-1) << "" << F;
    QTest::newRow("502") << 502 << QByteArray("<html>Bad gateway</html>") << none << "" << true << qint64(-1)
                         << "" << F;
    QTest::newRow("503 ServiceError") << 503 << body("ServiceError") << RawHeaders{{"Retry-After", "5"}}
                                      << "ServiceError" << true << qint64(5000) << "" << F;
    QTest::newRow("504 empty") << 504 << QByteArray() << none << "" << true << qint64(-1) << "" << F;
    QTest::newRow("innerHttpError")
        << 400
        << QByteArray(
               R"({"error":{"code":"BadArgument","message":"Failed to decrypt pairwise id","innerHttpError":{"statusCode":400,"body":{"error":{"code":"BadArgument","message":"inner detail"}}}}})")
        << none << "BadArgument" << false << qint64(-1) << "" << F;
    QTest::newRow("innerHttpError only code")
        << 403
        << QByteArray(
               R"({"error":{"message":"outer","innerHttpError":{"statusCode":403,"body":"{\"error\":{\"code\":\"ConversationBlockedByUser\",\"message\":\"blocked\"}}"}}})")
        << none << "ConversationBlockedByUser" << false << qint64(-1) << "" << U;
    QTest::newRow("not JSON") << 500 << QByteArray("oops") << none << "" << false << qint64(-1) << "" << F;
}

void tst_ConnectorError::decode()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(RawHeaders, headers);
    QFETCH(QString, code);
    QFETCH(bool, retryable);
    QFETCH(qint64, retryAfterMs);
    QFETCH(QString, correlationId);
    QFETCH(Reachability, reachability);

    const QDateTime now = QDateTime(QDate(2015, 10, 21), QTime(7, 28, 0), Qt::UTC);
    const Error e = decodeConnectorError(status, body, headers, now);
    QCOMPARE(e.kind, Error::Kind::Http);
    QCOMPARE(e.httpStatus, status);
    QCOMPARE(e.serviceCode, code);
    QCOMPARE(e.retryable, retryable);
    QCOMPARE(e.retryAfterMs, retryAfterMs);
    QCOMPARE(e.correlationId, correlationId);
    QCOMPARE(reachabilityOf(e), reachability);
    QVERIFY(!e.message.isEmpty());
    QVERIFY(e.message.endsWith(QLatin1Char('.')));
    if (!correlationId.isEmpty())
        QVERIFY(e.toString().contains(correlationId));
}

void tst_ConnectorError::retryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("ms");
    QTest::newRow("absent") << QByteArray() << qint64(-1);
    QTest::newRow("seconds") << QByteArray("120") << qint64(120000);
    QTest::newRow("fraction") << QByteArray("1.5") << qint64(1500);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("negative") << QByteArray("-3") << qint64(-1);
    QTest::newRow("date") << QByteArray("Wed, 21 Oct 2015 07:29:00 GMT") << qint64(60000);
    QTest::newRow("past date") << QByteArray("Wed, 21 Oct 2015 07:00:00 GMT") << qint64(0);
    QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
}

void tst_ConnectorError::retryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, ms);
    const QDateTime now = QDateTime(QDate(2015, 10, 21), QTime(7, 28, 0), Qt::UTC);
    QCOMPARE(parseRetryAfterMs(value, now), ms);
}

void tst_ConnectorError::sentences()
{
    QCOMPARE(connectorErrorSentence(403, QStringLiteral("ConversationBlockedByUser")),
             QStringLiteral("This person has blocked the bot."));
    QCOMPARE(connectorErrorSentence(403, QStringLiteral("ForbiddenOperationException")),
             QStringLiteral("The app is not installed for this person."));
    QVERIFY(connectorErrorSentence(418, QString()).contains(QLatin1String("418")));
    QCOMPARE(reachabilityOf(Error()), Reachability::Ok);
    QCOMPARE(reachabilityOf(Error::make(Error::Kind::Network, QStringLiteral("x"))), Reachability::Failed);
}

QTEST_MAIN(tst_ConnectorError)
#include "tst_connectorerror.moc"
