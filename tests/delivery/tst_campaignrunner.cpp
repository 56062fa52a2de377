// Campaigns against the real sandbox over loopback: delivery, unreachable people, retries, pause,
// resume, cancel and recovery after a crash. Waits on signals and conditions, never on fixed sleeps.
#include "DeliveryTestEnv.h"

#include "delivery/CampaignManager.h"
#include "delivery/CampaignReport.h"
#include "delivery/CampaignRunner.h"
#include "delivery/CampaignStore.h"
#include "directory/DirectoryQueries.h"

#include <QSignalSpy>

using namespace herald;
using namespace herald::delivery;
using herald::test::DeliveryEnv;

class TestCampaignRunner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void deliversToEveryReachableRecipient();
    void firstContactCachesConversation();
    void knownUnreachableAreLeftOut();
    void retryableFaultsAreRetried();
    void permanentErrorsAreNotRetried();
    void channelsGetOneReplyChainEach();
    void embeddedCreateDelivers();
    void pauseResumeCancel();
    void crashLeavesUncertainAndResumeFinishes();
    void refusedCredentialsPauseTheCampaign();

private:
    qint64 campaignFor(const QStringList &users, const QStringList &channels = {});
    std::unique_ptr<CampaignRunner> runner(qint64 id, RunOptions options = fastOptions());
    static RunOptions fastOptions();
    StateCounts countsOf(qint64 id) { return *CampaignStore(*m_env->db).counts(id); }
    QStringList ids(const QList<int> &indexes) const;

    std::unique_ptr<DeliveryEnv> m_env;
};

void TestCampaignRunner::init()
{
    m_env = std::make_unique<DeliveryEnv>();
    QVERIFY(m_env->start(300));
}

void TestCampaignRunner::cleanup()
{
    m_env.reset();
}

RunOptions TestCampaignRunner::fastOptions()
{
    RunOptions o;
    o.pacing.enabled = false;
    o.pacing.maxInFlight = 8;
    o.retry.baseDelayMs = 20;
    o.retry.maxDelayMs = 200;
    o.retry.retryAfterJitterMs = 10;
    o.seed = 42;
    return o;
}

QStringList TestCampaignRunner::ids(const QList<int> &indexes) const
{
    QStringList out;
    for (int i : indexes)
        out.append(m_env->org->memberId(i));
    return out;
}

qint64 TestCampaignRunner::campaignFor(const QStringList &users, const QStringList &channels)
{
    CampaignManager manager(*m_env->db);
    AudienceSpec spec;
    spec.users = users;
    spec.channels = channels;
    auto audience = manager.resolveAudience(spec);
    if (!audience)
        return 0;
    auto id = manager.createCampaign(DeliveryEnv::draft(), *audience, m_env->profile.name, fastOptions());
    return id ? *id : 0;
}

std::unique_ptr<CampaignRunner> TestCampaignRunner::runner(qint64 id, RunOptions options)
{
    auto r = CampaignManager(*m_env->db).runner(id, m_env->client.get(), options);
    return r ? std::move(r).value() : nullptr;
}

void TestCampaignRunner::deliversToEveryReachableRecipient()
{
    // Everyone in the directory with a cached chat; the sandbox decides who blocked the bot.
    QList<int> all;
    for (int i = 0; i < 120; ++i)
        all.append(i);
    QVERIFY(m_env->addPeople(all, true));
    const qint64 id = campaignFor(ids(all));
    QVERIFY(id > 0);
    auto r = runner(id);
    QVERIFY(r);
    QSignalSpy stopped(r.get(), &CampaignRunner::stopped);
    QSignalSpy progress(r.get(), &CampaignRunner::progressChanged);
    QVERIFY(r->start().ok());
    QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 30000);
    QCOMPARE(stopped.at(0).at(0).value<CampaignStatus>(), CampaignStatus::Finished);
    QVERIFY(progress.size() >= 1);

    int reachable = 0, blocked = 0, withoutApp = 0;
    for (int i : all) {
        const sandbox::Person p = m_env->org->person(i);
        if (!p.hasApp)
            ++withoutApp;
        else if (p.blockedBot)
            ++blocked;
        else
            ++reachable;
    }
    QVERIFY(blocked + withoutApp > 0); // the organisation has both kinds
    const StateCounts counts = countsOf(id);
    QCOMPARE(counts.delivered, reachable);
    QCOMPARE(counts.unreachable, blocked + withoutApp);
    QCOMPARE(counts.total(), all.size());
    QCOMPARE(r->counts(), counts); // the runner's live counts agree with the disk

    const QJsonObject stats = m_env->stats();
    QCOMPARE(stats.value(QStringLiteral("activities")).toInt(), reachable);
    QCOMPARE(stats.value(QStringLiteral("duplicates")).toInt(), 0);

    // Reasons are kept, and the directory learns who is unreachable.
    auto report = CampaignReport(*m_env->db).load(id);
    QVERIFY(report.ok());
    QStringList codes;
    for (const auto &c : report->byCode)
        codes.append(c.code);
    if (blocked)
        QVERIFY(codes.contains(QStringLiteral("ConversationBlockedByUser")));
    if (withoutApp)
        QVERIFY(codes.contains(QStringLiteral("ForbiddenOperationException")));
    auto dirCounts = directory::DirectoryQueries(*m_env->db).counts();
    QCOMPARE(dirCounts->unreachable, blocked + withoutApp);
    auto delivered = CampaignStore(*m_env->db).recipients(id, RecipientState::Delivered, 0, 1000);
    for (const CampaignRecipient &c : *delivered) {
        QVERIFY(!c.activityId.isEmpty());
        QCOMPARE(c.attempts, 1);
    }
    QCOMPARE(CampaignStore(*m_env->db).campaign(id)->status, CampaignStatus::Finished);
}

void TestCampaignRunner::firstContactCachesConversation()
{
    const QList<int> people = m_env->people(DeliveryEnv::reachable, 5);
    // Not in the directory at all: 29: ids are still first contacts.
    const qint64 id = campaignFor(ids(people));
    auto r = runner(id);
    QSignalSpy stopped(r.get(), &CampaignRunner::stopped);
    QVERIFY(r->start().ok());
    QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 20000);
    QCOMPARE(countsOf(id).delivered, 5);
    QCOMPARE(m_env->stats().value(QStringLiteral("creates")).toInt(), 5);
    for (int i : people) {
        auto person = directory::DirectoryQueries(*m_env->db).person(m_env->org->memberId(i));
        QVERIFY(person.ok());
        QCOMPARE(person->conversationId, m_env->org->conversationId(i));
        QCOMPARE(m_env->activitiesIn(m_env->org->conversationId(i)), 1);
    }
    auto rows = CampaignStore(*m_env->db).recipients(id, RecipientState::Delivered, 0, 10);
    QCOMPARE(rows->constFirst().attempts, 2); // create, then send

    // A second campaign to the same people uses the cached chats: no create.
    const qint64 again = campaignFor(ids(people));
    auto r2 = runner(again);
    QSignalSpy stopped2(r2.get(), &CampaignRunner::stopped);
    QVERIFY(r2->start().ok());
    QTRY_COMPARE_WITH_TIMEOUT(stopped2.size(), 1, 20000);
    QCOMPARE(m_env->stats().value(QStringLiteral("creates")).toInt(), 5);
    QCOMPARE(countsOf(again).delivered, 5);
}

void TestCampaignRunner::knownUnreachableAreLeftOut()
{
    const QList<int> people = m_env->people(DeliveryEnv::reachable, 3);
    QVERIFY(m_env->addPeople(people, true));
    directory::DirectoryWriter writer(*m_env->db);
    QVERIFY(writer.setInstalled(m_env->org->memberId(people.at(1)), QString(), false,
                                QStringLiteral("uninstalled")));

    CampaignManager manager(*m_env->db);
    AudienceSpec spec;
    spec.users = ids(people) << QStringLiteral("nobody@example.com");
    auto audience = manager.resolveAudience(spec);
    QVERIFY(audience.ok());
    QCOMPARE(audience->toSend(), 2);
    QCOMPARE(audience->leftOut(), 1);
    QCOMPARE(audience->unresolved, QStringList{QStringLiteral("nobody@example.com")});
    const DeliveryEstimate estimate = CampaignManager::estimate(*audience, PacingOptions{});
    QCOMPARE(estimate.requests, 2);
    QVERIFY(!estimate.sentence().isEmpty());

    auto id = manager.createCampaign(DeliveryEnv::draft(), *audience, m_env->profile.name);
    QVERIFY(id.ok());
    auto r = runner(*id);
    QSignalSpy stopped(r.get(), &CampaignRunner::stopped);
    QVERIFY(r->start().ok());
    QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 20000);
    QCOMPARE(countsOf(*id).delivered, 2);
    QCOMPARE(countsOf(*id).unreachable, 1);
    QCOMPARE(m_env->stats().value(QStringLiteral("requests")).toInt() - 1, 2); // + the token request
    auto left = CampaignStore(*m_env->db).recipients(*id, RecipientState::Unreachable, 0, 10);
    QCOMPARE(left->constFirst().code, QStringLiteral("uninstalled"));
    QCOMPARE(left->constFirst().attempts, 0);
}

void TestCampaignRunner::retryableFaultsAreRetried()
{
    const QList<int> people = m_env->people(DeliveryEnv::reachable, 8);
    QVERIFY(m_env->addPeople(people, true));
    const QJsonObject faults{
        {QStringLiteral("next"),
         QJsonArray{QStringLiteral("503"), QStringLiteral("412"), QStringLiteral("429"),
                    QStringLiteral("reset"), QStringLiteral("502"), QStringLiteral("504"),
                    QStringLiteral("503"), QStringLiteral("503")}}};
    QVERIFY(m_env->call("POST", QStringLiteral("_sandbox/faults"), faults).contains(QStringLiteral("next")));
    const qint64 id = campaignFor(ids(people));
    auto r = runner(id);
    QSignalSpy stopped(r.get(), &CampaignRunner::stopped);
    QVERIFY(r->start().ok());
    QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 30000);
    QCOMPARE(countsOf(id).delivered, 8);
    const QJsonObject stats = m_env->stats();
    QCOMPARE(stats.value(QStringLiteral("faults")).toInt(), 8);
    QCOMPARE(stats.value(QStringLiteral("activities")).toInt(), 8);
    QCOMPARE(stats.value(QStringLiteral("duplicates")).toInt(), 0);
    qint64 attempts = 0;
    const auto rows1 = CampaignStore(*m_env->db).recipients(id, std::nullopt, 0, 100);
    for (const CampaignRecipient &c : *rows1)
        attempts += c.attempts;
    // Every fault cost one more attempt (a reset on a reused connection may be resent by Qt itself).
    QVERIFY2(attempts >= 8 + 7 && attempts <= 8 + 8, qPrintable(QString::number(attempts)));
}

void TestCampaignRunner::permanentErrorsAreNotRetried()
{
    const QList<int> people = m_env->people(DeliveryEnv::reachable, 2);
    QVERIFY(m_env->addPeople(people, true));
    QVERIFY(!m_env
                 ->call("POST", QStringLiteral("_sandbox/faults"),
                        QJsonObject{{QStringLiteral("next"), QJsonArray{QStringLiteral("500")}}})
                 .isEmpty());
    // An id Teams cannot map to a user: 400 BadArgument on create.
    const qint64 id =
        campaignFor(QStringList{m_env->org->memberId(people.at(0)), QStringLiteral("29:not-a-user")});
    RunOptions options = fastOptions();
    options.pacing.maxInFlight = 1; // the 500 goes to the first recipient
    auto r = runner(id, options);
    QSignalSpy stopped(r.get(), &CampaignRunner::stopped);
    QVERIFY(r->start().ok());
    QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 20000);
    auto failed = CampaignStore(*m_env->db).recipients(id, RecipientState::Failed, 0, 10);
    QCOMPARE(failed->size(), 2);
    QCOMPARE(failed->at(0).code, QStringLiteral("ServiceError"));
    QCOMPARE(failed->at(0).attempts, 1);
    QVERIFY(!failed->at(0).correlationId.isEmpty());
    QCOMPARE(failed->at(1).code, QStringLiteral("BadArgument"));
    QCOMPARE(failed->at(1).attempts, 1);
}

void TestCampaignRunner::channelsGetOneReplyChainEach()
{
    const sandbox::Team &team = m_env->org->team(0);
    QStringList channels;
    for (const sandbox::Channel &c : team.channels)
        channels.append(c.id);
    QVERIFY(channels.size() >= 2);
    const qint64 id = campaignFor({}, channels);
    auto r = runner(id);
    QSignalSpy stopped(r.get(), &CampaignRunner::stopped);
    QVERIFY(r->start().ok());
    QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 20000);
    QCOMPARE(countsOf(id).delivered, channels.size());
    const auto rows2 = CampaignStore(*m_env->db).recipients(id, RecipientState::Delivered, 0, 100);
    for (const CampaignRecipient &c : *rows2) {
        QVERIFY(c.conversationId.startsWith(c.targetId + QStringLiteral(";messageid=")));
        QVERIFY(!c.activityId.isEmpty());
    }
}

void TestCampaignRunner::embeddedCreateDelivers()
{
    const QList<int> people = m_env->people(DeliveryEnv::reachable, 4);
    const qint64 id = campaignFor(ids(people));
    RunOptions options = fastOptions();
    options.embedActivityInCreate = true;
    auto r = runner(id, options);
    QSignalSpy stopped(r.get(), &CampaignRunner::stopped);
    QVERIFY(r->start().ok());
    QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 20000);
    QCOMPARE(countsOf(id).delivered, 4);
    QCOMPARE(m_env->stats().value(QStringLiteral("activities")).toInt(), 4);
    QCOMPARE(m_env->stats().value(QStringLiteral("requests")).toInt() - 1, 4); // one request each
    const auto rows3 = CampaignStore(*m_env->db).recipients(id, RecipientState::Delivered, 0, 10);
    for (const CampaignRecipient &c : *rows3) {
        QVERIFY(c.activityId.isEmpty()); // Teams returns none for an embedded first message
        QVERIFY(!c.conversationId.isEmpty());
    }
}

void TestCampaignRunner::pauseResumeCancel()
{
    const QList<int> people = m_env->people(DeliveryEnv::reachable, 150);
    QVERIFY(m_env->addPeople(people, true));
    const qint64 id = campaignFor(ids(people));
    RunOptions options = fastOptions();
    options.pacing.enabled = true; // 100/s: slow enough to pause in the middle
    options.pacing.globalRps = 100;
    auto r = runner(id, options);
    QSignalSpy stopped(r.get(), &CampaignRunner::stopped);
    QSignalSpy status(r.get(), &CampaignRunner::statusChanged);
    QVERIFY(r->start().ok());
    QTRY_VERIFY_WITH_TIMEOUT(r->counts().delivered >= 20, 10000);
    r->pause();
    QCOMPARE(r->status(), CampaignStatus::Paused); // at once, and on disk
    QCOMPARE(CampaignStore(*m_env->db).campaign(id)->status, CampaignStatus::Paused);
    QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 1000);
    const StateCounts paused = countsOf(id);
    QCOMPARE(paused.sending, 0);
    QVERIFY(paused.pending > 0);
    QCOMPARE(m_env->stats().value(QStringLiteral("activities")).toInt(), paused.delivered);

    r->resume();
    QCOMPARE(r->status(), CampaignStatus::Running);
    QTRY_VERIFY_WITH_TIMEOUT(r->counts().delivered >= paused.delivered + 20, 10000);
    r->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 2, 1000);
    QCOMPARE(stopped.at(1).at(0).value<CampaignStatus>(), CampaignStatus::Cancelled);
    const StateCounts cancelled = countsOf(id);
    QVERIFY(cancelled.cancelled > 0);
    QCOMPARE(cancelled.pending, 0);
    QCOMPARE(cancelled.sending, 0);
    QCOMPARE(cancelled.delivered + cancelled.cancelled, people.size());
    QCOMPARE(m_env->stats().value(QStringLiteral("activities")).toInt(), cancelled.delivered);
    QCOMPARE(m_env->stats().value(QStringLiteral("duplicates")).toInt(), 0);
    QCOMPARE(CampaignStore(*m_env->db).campaign(id)->status, CampaignStatus::Cancelled);
}

void TestCampaignRunner::crashLeavesUncertainAndResumeFinishes()
{
    const QList<int> people = m_env->people(DeliveryEnv::reachable, 40);
    QVERIFY(m_env->addPeople(people, true));
    const qint64 id = campaignFor(ids(people));
    // Every request is served, but answered only after 10 s: they are all on the wire when we "crash".
    QVERIFY(!m_env
                 ->call("POST", QStringLiteral("_sandbox/faults"),
                        QJsonObject{{QStringLiteral("rate"), 1.0},
                                    {QStringLiteral("kinds"), QJsonArray{QStringLiteral("slow")}},
                                    {QStringLiteral("slowMs"), 10000}})
                 .isEmpty());
    RunOptions options = fastOptions();
    options.pacing.maxInFlight = 6;
    {
        auto r = runner(id, options);
        QVERIFY(r->start().ok());
        QTRY_COMPARE_WITH_TIMEOUT(r->progress().inFlight, 6, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_env->stats().value(QStringLiteral("activities")).toInt(), 6, 10000);
    } // destroyed without pausing: like a crash
    const StateCounts left = countsOf(id);
    QVERIFY(left.sending >= 6); // on the wire, plus those marked ahead
    QCOMPARE(CampaignStore(*m_env->db).campaign(id)->status, CampaignStatus::Running);
    m_env->call("DELETE", QStringLiteral("_sandbox/faults"));

    // The next start finds it interrupted; the six on the wire are uncertain (as are those marked ahead).
    auto resumable = CampaignManager(*m_env->db).recoverInterrupted();
    QVERIFY(resumable.ok());
    QCOMPARE(resumable->size(), 1);
    QCOMPARE(resumable->constFirst().status, CampaignStatus::Interrupted);
    const qint64 uncertain = resumable->constFirst().counts.uncertain;
    QCOMPARE(uncertain, left.sending);

    auto r2 = runner(id, fastOptions());
    QSignalSpy stopped(r2.get(), &CampaignRunner::stopped);
    QVERIFY(r2->start().ok());
    QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 20000);
    const StateCounts done = countsOf(id);
    QCOMPARE(done.uncertain, uncertain); // listed, not resent without asking
    QCOMPARE(done.delivered + done.uncertain, people.size());
    // The six slow ones did arrive; nothing arrived twice.
    QCOMPARE(m_env->stats().value(QStringLiteral("activities")).toInt(), done.delivered + 6);
    QCOMPARE(m_env->stats().value(QStringLiteral("duplicates")).toInt(), 0);

    // Resending the uncertain ones: everyone has it; duplicates at most the uncertain count.
    QCOMPARE(CampaignStore(*m_env->db).campaign(id)->status, CampaignStatus::Finished);
    // While a runner holds the campaign, no other may send it.
    QVERIFY(CampaignStore(*m_env->db).setStatus(id, CampaignStatus::Interrupted).ok());
    QCOMPARE(runner(id)->start().error().kind, Error::Kind::Input);
    r2.reset();
    RunOptions resend = fastOptions();
    resend.resendUncertain = true;
    auto r3 = runner(id, resend);
    QSignalSpy stopped3(r3.get(), &CampaignRunner::stopped);
    QVERIFY(r3->start().ok());
    QTRY_COMPARE_WITH_TIMEOUT(stopped3.size(), 1, 20000);
    QCOMPARE(countsOf(id).delivered, people.size());
    const int duplicates = m_env->stats().value(QStringLiteral("duplicates")).toInt();
    QCOMPARE(duplicates, 6);
    QVERIFY(duplicates <= uncertain);
    for (int i : people)
        QVERIFY(m_env->activitiesIn(m_env->org->conversationId(i)) >= 1);
}

void TestCampaignRunner::refusedCredentialsPauseTheCampaign()
{
    const QList<int> people = m_env->people(DeliveryEnv::reachable, 5);
    QVERIFY(m_env->addPeople(people, true));
    const qint64 id = campaignFor(ids(people));
    auth::TokenProvider wrong(m_env->profile, QStringLiteral("not-the-secret"), &m_env->nam, nullptr);
    connector::ConnectorClient client(m_env->profile, &wrong, &m_env->nam);
    auto r = CampaignManager(*m_env->db).runner(id, &client, fastOptions());
    QVERIFY(r.ok());
    QSignalSpy stopped(r->get(), &CampaignRunner::stopped);
    QVERIFY((*r)->start().ok());
    QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 20000);
    QCOMPARE((*r)->status(), CampaignStatus::Paused);
    QCOMPARE((*r)->lastError().kind, Error::Kind::Identity);
    const StateCounts counts = countsOf(id);
    QCOMPARE(counts.pending, 5); // nobody failed because of it
    QVERIFY(!CampaignStore(*m_env->db).campaign(id)->lastError.isEmpty());
}

QTEST_GUILESS_MAIN(TestCampaignRunner)
#include "tst_campaignrunner.moc"
