// Campaigns on disk: creation, the journal's state changes, recovery after a crash, reports and CSV.
#include "delivery/CampaignReport.h"
#include "delivery/CampaignStore.h"
#include "delivery/RecipientJournal.h"
#include "store/Database.h"

#include <QBuffer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace herald;
using namespace herald::delivery;

class TestCampaignStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void createAndCount();
#ifdef Q_OS_UNIX
    void creatorIsTheAccountEvenWithoutUserVariables();
#endif
    void journalWritesInOneCommit();
    void recoveryAfterCrash();
    void resendAndCancel();
    void reportCountsByCode();
    void csvField_data();
    void csvField();
    void csvExport();

private:
    qint64 createCampaign(int people);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::Database> m_db;
};

void TestCampaignStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = store::Database::open(m_dir->filePath(QStringLiteral("herald.sqlite")));
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
    m_db = std::move(db).value();
}

void TestCampaignStore::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

qint64 TestCampaignStore::createCampaign(int people)
{
    CampaignStore::NewCampaign c;
    c.title = QStringLiteral("Hello");
    c.profile = QStringLiteral("Sandbox");
    c.draft = QJsonObject{{QStringLiteral("kind"), QStringLiteral("welcome")}};
    for (int i = 1; i <= people; ++i) {
        CampaignRecipient r;
        r.targetId = QStringLiteral("29:%1").arg(i);
        r.name = QStringLiteral("Person %1").arg(i);
        if (i % 2 == 0)
            r.conversationId = QStringLiteral("a:%1").arg(i);
        c.recipients.append(r);
    }
    CampaignRecipient blocked;
    blocked.targetId = QStringLiteral("29:blocked");
    blocked.name = QStringLiteral("Blocked, Bob");
    blocked.state = RecipientState::Unreachable;
    blocked.code = QStringLiteral("blocked");
    blocked.message = QStringLiteral("They blocked the bot.");
    c.recipients.append(blocked);
    auto id = CampaignStore(*m_db).create(c);
    if (!id)
        qWarning() << id.error().message;
    return id ? *id : 0;
}

void TestCampaignStore::createAndCount()
{
    const qint64 id = createCampaign(10);
    QVERIFY(id > 0);
    CampaignStore store(*m_db);
    auto info = store.campaign(id);
    QVERIFY(info.ok());
    QCOMPARE(info->status, CampaignStatus::Running);
    QCOMPARE(info->total, 11);
    QCOMPARE(info->counts.pending, 10);
    QCOMPARE(info->counts.unreachable, 1);
    QCOMPARE(info->profile, QStringLiteral("Sandbox"));
    QVERIFY(info->createdAtMs > 0);
    auto page = store.recipients(id, RecipientState::Pending, 0, 4);
    QVERIFY(page.ok());
    QCOMPARE(page->size(), 4);
    QCOMPARE(page->at(0).seq, 1);
    QCOMPARE(page->at(1).conversationId, QStringLiteral("a:2"));
    auto next = store.recipients(id, RecipientState::Pending, page->constLast().seq, 100);
    QCOMPARE(next->size(), 6);
    QVERIFY(!store.campaign(id + 1).ok());
}

// Who created a campaign is the OS account, also where USER and the like are not set (a service, sudo -i,
// a container): the campaign list never says "by " and nothing.
#ifdef Q_OS_UNIX
// (On Unix, where the account comes from the password database; elsewhere it is USERNAME.)
void TestCampaignStore::creatorIsTheAccountEvenWithoutUserVariables()
{
    QProcess id;
    id.start(QStringLiteral("id"), {QStringLiteral("-un")});
    QVERIFY(id.waitForFinished(10000));
    const QString account = QString::fromLocal8Bit(id.readAllStandardOutput()).trimmed();
    QVERIFY(!account.isEmpty());

    const QByteArray names[] = {"USER", "USERNAME", "LOGNAME"};
    QHash<QByteArray, QByteArray> saved;
    for (const QByteArray &n : names) {
        if (qEnvironmentVariableIsSet(n.constData()))
            saved.insert(n, qgetenv(n.constData()));
        qunsetenv(n.constData());
    }
    qputenv("USERNAME", "not-the-account"); // the environment can say anything; the account is what counts
    const qint64 campaignId = createCampaign(1);
    qunsetenv("USERNAME");
    for (auto it = saved.cbegin(); it != saved.cend(); ++it)
        qputenv(it.key().constData(), it.value());

    QVERIFY(campaignId > 0);
    auto info = CampaignStore(*m_db).campaign(campaignId);
    QVERIFY(info.ok());
    QCOMPARE(info->createdBy, account);
}
#endif

void TestCampaignStore::journalWritesInOneCommit()
{
    const qint64 id = createCampaign(4);
    RecipientJournal journal(*m_db, id);
    QVERIFY(journal.commit({{1, RequestPhase::Send}, {2, RequestPhase::Create}}).ok());
    CampaignStore store(*m_db);
    QCOMPARE(store.counts(id)->sending, 2);

    RecipientJournal::Update delivered;
    delivered.seq = 1;
    delivered.state = RecipientState::Delivered;
    delivered.activityId = QStringLiteral("1776");
    delivered.attempts = 1;
    journal.add(delivered);
    journal.cacheConversation(QStringLiteral("29:2"), QStringLiteral("a:new"));
    QCOMPARE(store.counts(id)->delivered, 0); // buffered, not yet written
    QVERIFY(journal.commit().ok());
    QCOMPARE(journal.buffered(), 0);
    QCOMPARE(store.counts(id)->delivered, 1);
    auto rows = store.recipients(id, RecipientState::Delivered, 0, 10);
    QCOMPARE(rows->constFirst().activityId, QStringLiteral("1776"));
    QCOMPARE(rows->constFirst().attempts, 1);
}

void TestCampaignStore::recoveryAfterCrash()
{
    const qint64 id = createCampaign(4);
    {
        RecipientJournal journal(*m_db, id);
        // 1: the message was on the wire; 2: only the idempotent create was.
        QVERIFY(journal.commit({{1, RequestPhase::Send}, {2, RequestPhase::Create}}).ok());
    } // the process "dies" here
    CampaignStore store(*m_db);
    auto recovered = store.recoverSending(id);
    QVERIFY(recovered.ok());
    QCOMPARE(recovered->uncertain, 1);
    QCOMPARE(recovered->reset, 1);
    const StateCounts counts = *store.counts(id);
    QCOMPARE(counts.uncertain, 1);
    QCOMPARE(counts.pending, 4 - 1);
    QCOMPARE(counts.sending, 0);
    auto uncertain = store.recipients(id, RecipientState::Uncertain, 0, 10);
    QCOMPARE(uncertain->constFirst().seq, 1);
    QCOMPARE(uncertain->constFirst().code, QStringLiteral("Interrupted"));
    QVERIFY(uncertain->constFirst().ambiguous);
}

void TestCampaignStore::resendAndCancel()
{
    const qint64 id = createCampaign(4);
    RecipientJournal journal(*m_db, id);
    QVERIFY(journal.commit({{1, RequestPhase::Send}}).ok());
    CampaignStore store(*m_db);
    QVERIFY(store.recoverSending(id).ok());
    QCOMPARE(*store.resendUncertain(id), 1);
    QCOMPARE(store.counts(id)->pending, 4);
    QCOMPARE(*store.cancelPending(id), 4);
    QVERIFY(store.setStatus(id, CampaignStatus::Cancelled).ok());
    auto info = store.campaign(id);
    QCOMPARE(info->status, CampaignStatus::Cancelled);
    QCOMPARE(info->counts.cancelled, 4);
    QVERIFY(info->finishedAtMs > 0);
    QVERIFY(store.unfinished()->isEmpty());
}

void TestCampaignStore::reportCountsByCode()
{
    const qint64 id = createCampaign(5);
    RecipientJournal journal(*m_db, id);
    const auto add = [&](qint64 seq, RecipientState state, const QString &code) {
        RecipientJournal::Update u;
        u.seq = seq;
        u.state = state;
        u.code = code;
        journal.add(u);
    };
    add(1, RecipientState::Delivered, {});
    add(2, RecipientState::Failed, QStringLiteral("ServiceError"));
    add(3, RecipientState::Failed, QStringLiteral("ServiceError"));
    add(4, RecipientState::Unreachable, QStringLiteral("ConversationBlockedByUser"));
    journal.addSample(RecipientJournal::Sample{1000, 1, 1, 2, 5, 1});
    journal.addSample(RecipientJournal::Sample{1000, 0, 0, 0, 1, 0}); // the same second again: added up
    journal.addSample(RecipientJournal::Sample{1001, 0, 0, 0, 0, 0});
    QVERIFY(journal.commit().ok());

    auto report = CampaignReport(*m_db).load(id);
    QVERIFY(report.ok());
    QCOMPARE(report->campaign.counts.delivered, 1);
    QCOMPARE(report->campaign.counts.failed, 2);
    QCOMPARE(report->campaign.counts.unreachable, 2); // the blocked one from the directory, and seq 4
    QCOMPARE(report->byCode.constFirst().code, QStringLiteral("ServiceError"));
    QCOMPARE(report->byCode.constFirst().count, 2);
    QCOMPARE(report->byCode.size(), 3);
    QCOMPARE(report->throughput.size(), 2);
    QCOMPARE(report->throughput.constFirst().requests, 6);
    QCOMPARE(report->averageMessagesPerSecond(), 2.0);
    QVERIFY(report->toJson().contains(QStringLiteral("throughput")));
}

void TestCampaignStore::csvField_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("Ana") << QStringLiteral("Ana");
    QTest::newRow("comma") << QStringLiteral("O'Brien, Siobhán") << QStringLiteral("\"O'Brien, Siobhán\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("formula") << QStringLiteral("=HYPERLINK(\"x\")")
                             << QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\"");
    QTest::newRow("at") << QStringLiteral("@Ana") << QStringLiteral("'@Ana");
    QTest::newRow("empty") << QString() << QString();
}

void TestCampaignStore::csvField()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(CampaignReport::csvField(value), expected);
}

void TestCampaignStore::csvExport()
{
    const qint64 id = createCampaign(2);
    RecipientJournal journal(*m_db, id);
    RecipientJournal::Update u;
    u.seq = 1;
    u.state = RecipientState::Failed;
    u.code = QStringLiteral("ServiceError");
    u.message = QStringLiteral("Teams had an internal error, \"500\".");
    u.correlationId = QStringLiteral("abc123");
    journal.add(u);
    QVERIFY(journal.commit().ok());

    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(CampaignReport(*m_db).writeCsv(id, &buffer).ok());
    const QStringList lines =
        QString::fromUtf8(buffer.data()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 3);
    QCOMPARE(lines.at(0),
             QStringLiteral("name,id,state,code,message,activity_id,time,correlation_id,possible_duplicate"));
    QVERIFY(lines.at(1).startsWith(
        QStringLiteral("Person 1,29:1,failed,ServiceError,\"Teams had an internal error, "
                       "\"\"500\"\".\",,")));
    QVERIFY(lines.at(1).endsWith(QStringLiteral(",abc123,"))); // failed: not a possible duplicate
    QVERIFY(lines.at(3).startsWith(QStringLiteral("\"Blocked, Bob\",29:blocked,unreachable,blocked,")));
}

QTEST_GUILESS_MAIN(TestCampaignStore)
#include "tst_campaignstore.moc"
