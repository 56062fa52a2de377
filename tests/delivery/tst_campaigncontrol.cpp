// Stopping a campaign from another process (through the database), and the ends a campaign meets when
// Teams misbehaves: cut connections whose retries run out (uncertain), and credentials refused even with a
// fresh token (paused, no retry storm). Against the real sandbox over loopback; waits on conditions only.
#include "DeliveryTestEnv.h"

#include "delivery/CampaignManager.h"
#include "delivery/CampaignReport.h"
#include "delivery/CampaignRunner.h"
#include "delivery/CampaignStore.h"

#include <QJsonArray>
#include <QSignalSpy>

using namespace herald;
using namespace herald::delivery;
using herald::test::DeliveryEnv;

class TestCampaignControl final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void cancelFromAnotherConnection();
    void pauseFromAnotherConnectionThenCancelWhilePaused();
    void requestLeftByAStoppedSenderIsCarriedOut();
    void cutConnectionsThatRunOutEndUncertain();
    void tokenRefusedAfterRefreshPausesWithoutRetries();

private:
    qint64 campaignFor(int people);
    std::unique_ptr<CampaignRunner> runner(qint64 id, RunOptions options,
                                           connector::ConnectorClient *client = nullptr);
    bool sendSome(qint64 id, std::unique_ptr<CampaignRunner> &runner,
                  std::unique_ptr<store::Database> &other);
    static RunOptions pacedOptions();
    StateCounts countsOf(qint64 id) { return *CampaignStore(*m_env->db).counts(id); }

    std::unique_ptr<DeliveryEnv> m_env;
};

void TestCampaignControl::init()
{
    m_env = std::make_unique<DeliveryEnv>();
    QVERIFY(m_env->start(300));
}

void TestCampaignControl::cleanup()
{
    m_env.reset();
}

RunOptions TestCampaignControl::pacedOptions()
{
    RunOptions o;
    o.pacing.enabled = true; // 100/s: slow enough to stop in the middle
    o.pacing.globalRps = 100;
    o.pacing.maxInFlight = 8;
    o.retry.baseDelayMs = 20;
    o.retry.maxDelayMs = 200;
    o.retry.retryAfterJitterMs = 10;
    o.seed = 42;
    return o;
}

qint64 TestCampaignControl::campaignFor(int count)
{
    const QList<int> people = m_env->people(DeliveryEnv::reachable, count);
    if (!m_env->addPeople(people, true))
        return 0;
    AudienceSpec spec;
    for (int i : people)
        spec.users.append(m_env->org->memberId(i));
    CampaignManager manager(*m_env->db);
    auto audience = manager.resolveAudience(spec);
    if (!audience)
        return 0;
    auto id = manager.createCampaign(DeliveryEnv::draft(), *audience, m_env->profile.name);
    return id ? *id : 0;
}

std::unique_ptr<CampaignRunner> TestCampaignControl::runner(qint64 id, RunOptions options,
                                                            connector::ConnectorClient *client)
{
    auto r = CampaignManager(*m_env->db).runner(id, client ? client : m_env->client.get(), options);
    return r ? std::move(r).value() : nullptr;
}

// A runner sending `id` at 100/s that has delivered a few, and a second connection to the same database:
// what another process (herald-cli cancel|pause) has.
bool TestCampaignControl::sendSome(qint64 id, std::unique_ptr<CampaignRunner> &r,
                                   std::unique_ptr<store::Database> &other)
{
    r = runner(id, pacedOptions());
    if (!r || !r->start())
        return false;
    if (!QTest::qWaitFor([&r] { return r->counts().delivered >= 10; }, 10000))
        return false;
    auto opened = store::Database::open(m_env->db->path());
    if (!opened)
        return false;
    other = std::move(opened).value();
    return true;
}

void TestCampaignControl::cancelFromAnotherConnection()
{
    const qint64 id = campaignFor(150);
    QVERIFY(id > 0);
    std::unique_ptr<CampaignRunner> r;
    std::unique_ptr<store::Database> other;
    QVERIFY(sendSome(id, r, other));
    QSignalSpy stopped(r.get(), &CampaignRunner::stopped);
    // What `herald-cli cancel ID` does from its own process: its own connection, and the lock is not free.
    auto outcome = CampaignManager(*other).stop(id, CampaignStatus::Cancelled);
    QVERIFY(outcome.ok());
    QCOMPARE(*outcome, CampaignManager::StopOutcome::Requested);
    QCOMPARE(CampaignStore(*other).requestedStatus(id).value(), std::optional(CampaignStatus::Cancelled));

    QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 1000);
    QCOMPARE(stopped.at(0).at(0).value<CampaignStatus>(), CampaignStatus::Cancelled);
    QCOMPARE(r->status(), CampaignStatus::Cancelled);
    const StateCounts counts = countsOf(id);
    QCOMPARE(counts.pending, 0);
    QCOMPARE(counts.sending, 0);
    QVERIFY(counts.cancelled > 0);
    QCOMPARE(counts.delivered + counts.cancelled, 150);
    // In-flight requests finished and were counted: nothing arrived that the campaign does not know of.
    QCOMPARE(m_env->stats().value(QStringLiteral("activities")).toInt(), counts.delivered);
    QCOMPARE(CampaignStore(*other).campaign(id)->status, CampaignStatus::Cancelled);
    QCOMPARE(CampaignStore(*other).requestedStatus(id).value(), std::nullopt); // obeyed, and forgotten
}

void TestCampaignControl::pauseFromAnotherConnectionThenCancelWhilePaused()
{
    const qint64 id = campaignFor(150);
    std::unique_ptr<CampaignRunner> r;
    std::unique_ptr<store::Database> other;
    QVERIFY(sendSome(id, r, other));
    QSignalSpy stopped(r.get(), &CampaignRunner::stopped);
    CampaignManager elsewhere(*other);
    QVERIFY(elsewhere.pause(id).ok());
    QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 1000);
    QCOMPARE(stopped.at(0).at(0).value<CampaignStatus>(), CampaignStatus::Paused);
    const StateCounts paused = countsOf(id);
    QCOMPARE(paused.sending, 0);
    QVERIFY(paused.pending > 0);
    QCOMPARE(elsewhere.campaign(id)->status, CampaignStatus::Paused);

    // Paused, the runner still holds the campaign and still listens.
    QCOMPARE(*elsewhere.stop(id, CampaignStatus::Cancelled), CampaignManager::StopOutcome::Requested);
    QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 2, 1000);
    QCOMPARE(stopped.at(1).at(0).value<CampaignStatus>(), CampaignStatus::Cancelled);
    const StateCounts cancelled = countsOf(id);
    QCOMPARE(cancelled.delivered, paused.delivered);
    QCOMPARE(cancelled.cancelled, paused.pending);
    QCOMPARE(m_env->stats().value(QStringLiteral("activities")).toInt(), cancelled.delivered);
}

void TestCampaignControl::requestLeftByAStoppedSenderIsCarriedOut()
{
    const qint64 paused = campaignFor(5);
    const qint64 cancelled = campaignFor(5);
    CampaignStore store(*m_env->db);
    // Asked while a sender ran (status Running on disk), which then died before it read the request.
    QVERIFY(store.requestStatus(paused, CampaignStatus::Paused).ok());
    QVERIFY(store.requestStatus(cancelled, CampaignStatus::Cancelled).ok());

    auto resumable = CampaignManager(*m_env->db).recoverInterrupted();
    QVERIFY(resumable.ok());
    QCOMPARE(resumable->size(), 1);
    QCOMPARE(resumable->constFirst().id, paused);
    QCOMPARE(resumable->constFirst().status, CampaignStatus::Paused);
    QCOMPARE(store.campaign(cancelled)->status, CampaignStatus::Cancelled);
    QCOMPARE(countsOf(cancelled).cancelled, 5);
    QCOMPARE(store.requestedStatus(paused).value(), std::nullopt);
    QCOMPARE(store.requestedStatus(cancelled).value(), std::nullopt);

    // Nobody sends it: cancel and pause act at once.
    QCOMPARE(*CampaignManager(*m_env->db).stop(paused, CampaignStatus::Cancelled),
             CampaignManager::StopOutcome::Done);
    QCOMPARE(store.campaign(paused)->status, CampaignStatus::Cancelled);
}

void TestCampaignControl::cutConnectionsThatRunOutEndUncertain()
{
    const qint64 id = campaignFor(1);
    // Every attempt is cut off unanswered: whether Teams got the message cannot be known.
    QJsonArray resets;
    for (int i = 0; i < 20; ++i)
        resets.append(QStringLiteral("reset"));
    QVERIFY(
        m_env->call("POST", QStringLiteral("_sandbox/faults"), QJsonObject{{QStringLiteral("next"), resets}})
            .contains(QStringLiteral("next")));
    RunOptions options = pacedOptions();
    options.pacing.enabled = false;
    options.retry.maxAttempts = 3;
    auto r = runner(id, options);
    QSignalSpy stopped(r.get(), &CampaignRunner::stopped);
    QVERIFY(r->start().ok());
    QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 20000);
    QCOMPARE(stopped.at(0).at(0).value<CampaignStatus>(), CampaignStatus::Finished);

    const StateCounts counts = countsOf(id);
    QCOMPARE(counts.uncertain, 1);
    QCOMPARE(counts.failed, 0);
    QVERIFY(!counts.allAccountedFor()); // the CLI's exit status is 1
    auto rows = CampaignStore(*m_env->db).recipients(id, RecipientState::Uncertain, 0, 10);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->constFirst().code, QStringLiteral("ConnectionClosed"));
    QVERIFY(rows->constFirst().ambiguous);
    QVERIFY2(rows->constFirst().message.contains(QStringLiteral("whether the message arrived is not known")),
             qPrintable(rows->constFirst().message));
    // The report lists it under uncertain, with its code.
    auto report = CampaignReport(*m_env->db).load(id);
    QVERIFY(report.ok());
    QCOMPARE(report->byCode.size(), 1);
    QCOMPARE(report->byCode.constFirst().state, RecipientState::Uncertain);
    QCOMPARE(report->byCode.constFirst().code, QStringLiteral("ConnectionClosed"));
    m_env->call("DELETE", QStringLiteral("_sandbox/faults"));

    // And it is offered for resending, like after a crash.
    RunOptions resend = options;
    resend.resendUncertain = true;
    r.reset();
    auto again = runner(id, resend);
    QSignalSpy stoppedAgain(again.get(), &CampaignRunner::stopped);
    QVERIFY(again->start().ok());
    QTRY_COMPARE_WITH_TIMEOUT(stoppedAgain.size(), 1, 20000);
    QCOMPARE(countsOf(id).delivered, 1);
}

void TestCampaignControl::tokenRefusedAfterRefreshPausesWithoutRetries()
{
    const qint64 id = campaignFor(30);
    // Tokens from another tenant's sign-in service: the connector refuses every one of them, fresh or not.
    sandbox::SandboxThread elsewhere(m_env->options);
    QVERIFY(elsewhere.start());
    auth::Profile profile = m_env->profile;
    profile.loginUrl = elsewhere.baseUrl();
    auth::TokenProvider tokens(profile, m_env->options.appSecret, &m_env->nam, nullptr);
    connector::ConnectorClient client(profile, &tokens, &m_env->nam);
    RunOptions options = pacedOptions();
    options.pacing.enabled = false;
    options.pacing.maxInFlight = 4;
    auto r = runner(id, options, &client);
    QSignalSpy stopped(r.get(), &CampaignRunner::stopped);
    QVERIFY(r->start().ok());
    QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 20000);
    QCOMPARE(stopped.at(0).at(0).value<CampaignStatus>(), CampaignStatus::Paused);
    QCOMPARE(r->lastError().httpStatus, 401);
    QVERIFY2(r->lastError().message.contains(QStringLiteral("credentials")),
             qPrintable(r->lastError().message));
    const StateCounts counts = countsOf(id);
    QCOMPARE(counts.pending, 30); // nobody failed because of it; all wait for the resume
    // Each call on the wire refreshed its token once (ConnectorCall) and stopped there: no retry storm.
    const int refused = m_env->stats().value(QStringLiteral("unauthorized")).toInt();
    QVERIFY2(refused >= 2 && refused <= 2 * options.pacing.maxInFlight, qPrintable(QString::number(refused)));
    QVERIFY(CampaignStore(*m_env->db).campaign(id)->lastError.contains(QStringLiteral("credentials")));
}

QTEST_GUILESS_MAIN(TestCampaignControl)
#include "tst_campaigncontrol.moc"
