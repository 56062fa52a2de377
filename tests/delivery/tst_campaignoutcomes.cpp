// What a campaign leaves behind: the directory's "last message sent" and reachability, times from the
// injected clock, Teams' own error text in the report and CSV, one message for a person reached several
// ways, the translated General channel, and a clear error for a report of a campaign that does not exist.
#include "DeliveryTestEnv.h"

#include "delivery/CampaignManager.h"
#include "delivery/CampaignReport.h"
#include "delivery/CampaignRunner.h"
#include "delivery/CampaignStore.h"
#include "directory/DirectoryQueries.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTranslator>

using namespace herald;
using namespace herald::delivery;
using herald::test::DeliveryEnv;

namespace {

// Monotonic time from the real clock (timers and pacing work), wall time fixed: every stored time is known.
class FixedWallClock final : public Clock
{
public:
    static constexpr qint64 Wall = 1'780'000'000'000; // 2026-05-28
    qint64 nowMs() const override { return m_monotonic.nowMs(); }
    qint64 epochMs() const override { return Wall; }

private:
    SystemClock m_monotonic;
};

// Every sentence of the directory comes back as "[xx]" + English: shows that a string went through tr().
class PseudoTranslator final : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (qstrcmp(context, "herald::directory") != 0)
            return {};
        return QStringLiteral("[xx]") + QString::fromUtf8(source);
    }
};

} // namespace

class TestCampaignOutcomes final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void deliveredPeopleGetLastMessageTimeFromTheClock();
    void teamsOwnErrorTextReachesTheCsv();
    void lostAnswerIsReportedAsAPossibleDuplicate();
    void fullDiskPausesTheCampaignAndLosesNobody();
    void personInTwoTeamsAndListedGetsOneMessage();
    void generalChannelNameIsTranslated();
    void reportOfAMissingCampaignIsAnError();

private:
    bool runToEnd(CampaignManager &manager, qint64 id, RunOptions options = fastOptions());
    // A campaign to one reachable person (conversation cached) whose first call meets this sandbox fault, run
    // to its end; its id (0 on failure) and the person's index.
    qint64 sendToOneWithFault(const QString &fault, int *person);
    QList<QByteArray> csvLines(qint64 id);
    static RunOptions fastOptions();

    std::unique_ptr<DeliveryEnv> m_env;
};

void TestCampaignOutcomes::init()
{
    m_env = std::make_unique<DeliveryEnv>();
    QVERIFY(m_env->start(200));
}

void TestCampaignOutcomes::cleanup()
{
    m_env.reset();
}

RunOptions TestCampaignOutcomes::fastOptions()
{
    RunOptions o;
    o.pacing.enabled = false;
    o.pacing.maxInFlight = 4;
    o.seed = 3;
    return o;
}

bool TestCampaignOutcomes::runToEnd(CampaignManager &manager, qint64 id, RunOptions options)
{
    auto r = manager.runner(id, m_env->client.get(), options);
    if (!r)
        return false;
    QSignalSpy stopped(r->get(), &CampaignRunner::stopped);
    if (!(*r)->start())
        return false;
    return QTest::qWaitFor([&] { return stopped.size() == 1; }, 20000) &&
           stopped.at(0).at(0).value<CampaignStatus>() == CampaignStatus::Finished;
}

void TestCampaignOutcomes::deliveredPeopleGetLastMessageTimeFromTheClock()
{
    const QList<int> people = m_env->people(DeliveryEnv::reachable, 4);
    QVERIFY(m_env->addPeople(people.mid(0, 2), true));  // chats cached: reachable already
    QVERIFY(m_env->addPeople(people.mid(2, 2), false)); // first contacts: reachability not known yet
    const directory::DirectoryQueries queries(*m_env->db);
    QCOMPARE(queries.person(m_env->org->memberId(people.at(2)))->reachability,
             directory::Reachability::Unknown);
    QCOMPARE(queries.person(m_env->org->memberId(people.at(2)))->lastMessageAtMs, 0);

    FixedWallClock clock;
    CampaignManager manager(*m_env->db, &clock);
    AudienceSpec spec;
    for (int i : people)
        spec.users.append(m_env->org->memberId(i));
    auto audience = manager.resolveAudience(spec);
    QVERIFY(audience.ok());
    auto id = manager.createCampaign(DeliveryEnv::draft(), *audience, m_env->profile.name);
    QVERIFY(id.ok());
    QVERIFY(runToEnd(manager, *id));

    for (int i : people) {
        auto person = queries.person(m_env->org->memberId(i));
        QVERIFY(person.ok());
        QCOMPARE(person->lastMessageAtMs, FixedWallClock::Wall);
        QCOMPARE(person->reachability, directory::Reachability::Reachable);
    }
    // Every stored time of the campaign comes from the same clock.
    auto info = manager.campaign(*id);
    QCOMPARE(info->createdAtMs, FixedWallClock::Wall);
    QCOMPARE(info->finishedAtMs, FixedWallClock::Wall);
    auto rows = CampaignStore(*m_env->db).recipients(*id, std::nullopt, 0, 10);
    QCOMPARE(rows->size(), 4);
    for (const CampaignRecipient &r : *rows) {
        QCOMPARE(r.state, RecipientState::Delivered);
        QCOMPARE(r.updatedAtMs, FixedWallClock::Wall);
    }
    auto report = CampaignReport(*m_env->db).load(*id);
    QVERIFY(!report->throughput.isEmpty());
    QCOMPARE(report->throughput.constFirst().second, FixedWallClock::Wall / 1000);
}

qint64 TestCampaignOutcomes::sendToOneWithFault(const QString &fault, int *person)
{
    const QList<int> people = m_env->people(DeliveryEnv::reachable, 1);
    if (people.isEmpty() || !m_env->addPeople(people, true))
        return 0;
    *person = people.at(0);
    if (m_env
            ->call("POST", QStringLiteral("_sandbox/faults"),
                   QJsonObject{{QStringLiteral("next"), QJsonArray{fault}}})
            .isEmpty())
        return 0;
    CampaignManager manager(*m_env->db);
    AudienceSpec spec;
    spec.users = {m_env->org->memberId(*person)};
    auto id =
        manager.createCampaign(DeliveryEnv::draft(), *manager.resolveAudience(spec), m_env->profile.name);
    return id && runToEnd(manager, *id) ? *id : 0;
}

QList<QByteArray> TestCampaignOutcomes::csvLines(qint64 id)
{
    QBuffer csv;
    if (!csv.open(QIODevice::WriteOnly) || !CampaignReport(*m_env->db).writeCsv(id, &csv).ok())
        return {};
    return csv.data().split('\n');
}

void TestCampaignOutcomes::teamsOwnErrorTextReachesTheCsv()
{
    int person = -1;
    const qint64 id = sendToOneWithFault(QStringLiteral("500"), &person);
    QVERIFY(id > 0);

    auto failed = CampaignStore(*m_env->db).recipients(id, RecipientState::Failed, 0, 10);
    QCOMPARE(failed->size(), 1);
    // Herald's sentence, then what Teams itself said (the sandbox's 500 body says "An internal error
    // occurred.").
    QCOMPARE(failed->constFirst().message,
             QStringLiteral("Teams had an internal error. (Teams: An internal error occurred.)"));

    const QList<QByteArray> lines = csvLines(id);
    QVERIFY(lines.size() >= 2);
    QCOMPARE(lines.at(0).trimmed(),
             QByteArray("name,id,state,code,message,activity_id,time,correlation_id,possible_duplicate"));
    const QByteArray row = lines.at(1);
    QVERIFY2(row.contains(
                 ",failed,ServiceError,Teams had an internal error. (Teams: An internal error occurred.),"),
             row.constData());
}

// Teams took the message, then the connection broke before its answer. Herald sends it again itself (Qt is
// not let to do that unseen), so the person has it twice, and the report says so for that very person.
void TestCampaignOutcomes::lostAnswerIsReportedAsAPossibleDuplicate()
{
    int person = -1;
    const qint64 id = sendToOneWithFault(QStringLiteral("lost-answer"), &person);
    QVERIFY(id > 0);

    QCOMPARE(m_env->activitiesIn(m_env->org->person(person).conversationId), 2);
    auto rows = CampaignStore(*m_env->db).recipients(id, std::nullopt, 0, 10);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->constFirst().state, RecipientState::Delivered);
    QVERIFY(rows->constFirst().ambiguous);
    QCOMPARE(CampaignReport(*m_env->db).load(id)->ambiguous, 1);
    const QList<QByteArray> lines = csvLines(id);
    QVERIFY(lines.size() >= 2);
    QVERIFY2(lines.at(1).trimmed().endsWith(",yes"), lines.at(1).constData());
}

// The disk fills up while a campaign sends: it pauses with a sentence that says so instead of sending
// untracked, everyone stays accounted for, and once there is room again a resume finishes it without sending
// anyone a second message.
void TestCampaignOutcomes::fullDiskPausesTheCampaignAndLosesNobody()
{
    // Big enough that the outcomes still to be written need new pages of the database.
    m_env = std::make_unique<DeliveryEnv>();
    QVERIFY(m_env->start(2000));
    const int total = 400;
    const QList<int> people = m_env->people(DeliveryEnv::reachable, total);
    QCOMPARE(people.size(), total);
    QVERIFY(m_env->addPeople(people, true));
    CampaignManager manager(*m_env->db);
    AudienceSpec spec;
    for (int p : people)
        spec.users.append(m_env->org->memberId(p));
    auto id =
        manager.createCampaign(DeliveryEnv::draft(), *manager.resolveAudience(spec), m_env->profile.name);
    QVERIFY(id.ok());

    {
        RunOptions options = fastOptions();
        options.durableSendingMarks = false; // about space here, not durability: no fsync per batch
        auto r = manager.runner(*id, m_env->client.get(), options);
        QVERIFY(r.ok());
        CampaignRunner &runner = **r;
        QSignalSpy stopped(&runner, &CampaignRunner::stopped);
        QVERIFY(runner.start());
        QVERIFY(QTest::qWaitFor([&] { return runner.counts().delivered >= 20; }, 20000));
        QVERIFY(runner.counts().delivered < total / 2);
        QVERIFY(stopped.isEmpty());
        // No page more for this database file, and the free ones used up: the next write that needs a page
        // fails as on a full disk.
        QSqlQuery pages(m_env->db->connection());
        QVERIFY(pages.exec(QStringLiteral("PRAGMA page_count")) && pages.next());
        QVERIFY(m_env->db->exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages.value(0).toLongLong()))
                    .ok());
        if (m_env->db->exec(QStringLiteral("CREATE TABLE disk_filler(b BLOB)")).ok()) {
            while (m_env->db->exec(QStringLiteral("INSERT INTO disk_filler VALUES (zeroblob(512))")).ok()) {
            }
        }

        QVERIFY(QTest::qWaitFor([&] { return !stopped.isEmpty(); }, 20000));
        QCOMPARE(stopped.at(0).at(0).value<CampaignStatus>(), CampaignStatus::Paused);
        QCOMPARE(runner.lastError().kind, Error::Kind::Storage);
        QVERIFY2(!runner.lastError().message.isEmpty(), qPrintable(runner.lastError().toString()));
    } // the paused runner goes

    // Room again; the next start recovers what was on the wire and finishes.
    QVERIFY(m_env->db->exec(QStringLiteral("PRAGMA max_page_count = 1073741823")).ok());
    QVERIFY(runToEnd(manager, *id));
    const StateCounts counts = CampaignStore(*m_env->db).campaign(*id)->counts;
    QCOMPARE(counts.pending, 0);
    QCOMPARE(counts.delivered + counts.uncertain, total); // everyone accounted for
    QVERIFY(counts.delivered > 20);
    // Nobody twice (the uncertain ones are not sent again), and everyone delivered on record did get it.
    const QJsonObject stats = m_env->stats();
    QCOMPARE(stats.value(QStringLiteral("duplicates")).toInt(), 0);
    QVERIFY(stats.value(QStringLiteral("activities")).toInt() >= counts.delivered);
    QVERIFY(stats.value(QStringLiteral("activities")).toInt() <= total);
}

void TestCampaignOutcomes::personInTwoTeamsAndListedGetsOneMessage()
{
    const QList<int> people = m_env->people(DeliveryEnv::reachable, 5);
    QVERIFY(m_env->addPeople(people, true));
    // Team A: people 0, 1, 2; team B: people 2, 3, 4. Person 2 is in both, and listed on their own too.
    {
        directory::DirectoryWriter writer(*m_env->db);
        store::Transaction tx(*m_env->db);
        QVERIFY(tx.begin().ok());
        const QList<std::pair<QString, QList<int>>> teams{
            {QStringLiteral("19:team-a@thread.tacv2"), {0, 1, 2}},
            {QStringLiteral("19:team-b@thread.tacv2"), {2, 3, 4}}};
        for (const auto &[teamId, members] : teams) {
            directory::TeamRecord team;
            team.id = teamId;
            team.name = teamId.mid(3, 6);
            QVERIFY(writer.upsertTeam(team).ok());
            for (int m : members) {
                directory::PersonRecord record;
                record.id = m_env->org->memberId(people.at(m));
                qint64 pk = 0;
                QVERIFY(writer.upsertPerson(record, &pk).ok());
                QVERIFY(writer.setMembership(teamId, pk, true).ok());
            }
        }
        QVERIFY(tx.commit().ok());
    }
    CampaignManager manager(*m_env->db);
    AudienceSpec spec;
    spec.users = {m_env->org->memberId(people.at(2))};
    spec.teams = {QStringLiteral("19:team-a@thread.tacv2"), QStringLiteral("19:team-b@thread.tacv2")};
    auto audience = manager.resolveAudience(spec);
    QVERIFY(audience.ok());
    QCOMPARE(audience->recipients.size(), 5);
    QCOMPARE(audience->toSend(), 5);
    auto id = manager.createCampaign(DeliveryEnv::draft(), *audience, m_env->profile.name);
    QVERIFY(id.ok());
    QVERIFY(runToEnd(manager, *id));
    QCOMPARE(CampaignStore(*m_env->db).counts(*id)->delivered, 5);
    for (int i : people)
        QCOMPARE(m_env->activitiesIn(m_env->org->conversationId(i)), 1);
    QCOMPARE(m_env->stats().value(QStringLiteral("duplicates")).toInt(), 0);
}

void TestCampaignOutcomes::generalChannelNameIsTranslated()
{
    const QString teamId = QStringLiteral("19:general-test@thread.tacv2");
    {
        directory::DirectoryWriter writer(*m_env->db);
        store::Transaction tx(*m_env->db);
        QVERIFY(tx.begin().ok());
        directory::TeamRecord team;
        team.id = teamId;
        team.name = QStringLiteral("Finance");
        QVERIFY(writer.upsertTeam(team).ok());
        QVERIFY(writer.upsertChannel(teamId, teamId, QString(), true).ok()); // General: its id is the team's
        QVERIFY(tx.commit().ok());
    }
    PseudoTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    AudienceSpec spec;
    spec.channels = {teamId};
    auto audience = CampaignManager(*m_env->db).resolveAudience(spec);
    QCoreApplication::removeTranslator(&translator);
    QVERIFY(audience.ok());
    QCOMPARE(audience->recipients.size(), 1);
    QCOMPARE(audience->recipients.constFirst().channelName, QStringLiteral("[xx]General"));
    QCOMPARE(audience->recipients.constFirst().name, QStringLiteral("Finance › [xx]General"));
}

void TestCampaignOutcomes::reportOfAMissingCampaignIsAnError()
{
    CampaignReport report(*m_env->db);
    QBuffer csv;
    QVERIFY(csv.open(QIODevice::WriteOnly));
    const Status s = report.writeCsv(999, &csv);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().kind, Error::Kind::Input);
    QVERIFY2(s.error().message.contains(QStringLiteral("999")), qPrintable(s.error().message));
    QVERIFY(csv.data().isEmpty()); // not even the header
    QVERIFY(!report.load(999).ok());
}

QTEST_GUILESS_MAIN(TestCampaignOutcomes)
#include "tst_campaignoutcomes.moc"
