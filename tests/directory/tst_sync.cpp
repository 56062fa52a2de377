#include "../connector/SandboxHelpers.h"
#include "DirectoryTestData.h"

#include "auth/TokenProvider.h"
#include "common/Clock.h"
#include "connector/ConnectorClient.h"
#include "directory/DirectoryImporter.h"
#include "directory/DirectoryQueries.h"
#include "directory/DirectorySync.h"
#include "store/Database.h"

#include <QBuffer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace herald;
using namespace herald::directory;
using namespace herald::sandbox;

// DirectorySync against the real sandbox over loopback: paging, 429s, retries, cancel and resume, leavers.
class tst_Sync final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void pagesThroughTheWholeRoster();
    void honoursQueuedThrottleAndRetriesServerErrors();
    void pacesUnderTheSandboxLimits();
    void cancelThenResumeMidRoster();
    void membersNotInTheRosterAreMarkedLeft();
    void importsTheSandboxInstallsThenSyncsEveryTeam();
    void interruptedSyncResumesWhereItStopped();
    void teamSyncCancelledThenEveryTeamSynced();
    void networkLossThenResume();
    void refusedSavedTokenRestartsTheRoster();
    void notFoundMarksTheTeamUninstalled();
    void cancelDuringAWait_data();
    void cancelDuringAWait();

private:
    void startSandbox(int teams, int members, bool limits = false, double globalRps = 50);
    std::unique_ptr<DirectorySync> makeSync(DirectorySync::Options options = {},
                                            const Clock *clock = nullptr);
    void importInstalls();
    void resumeAfterTheFirstTeam(DirectorySync &sync, const QStringList &order);
    qint64 sandboxRequests();
    Status runSync(DirectorySync &sync, const QStringList &teams = {});
    QString teamId(int index = 0) const { return m_server->organisation().team(index).id; }
    qint64 scalar(const QString &sql) const { return herald::test::scalar(*m_db, sql); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<auth::TokenProvider> m_tokens;
    std::unique_ptr<connector::ConnectorClient> m_client;
};

void tst_Sync::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_Sync::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = store::Database::open(m_dir->filePath(QStringLiteral("herald.sqlite")));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    m_nam = std::make_unique<QNetworkAccessManager>();
}

void tst_Sync::cleanup()
{
    m_client.reset();
    m_tokens.reset();
    m_server.reset();
    m_nam.reset();
    m_db.reset();
}

void tst_Sync::startSandbox(int teams, int members, bool limits, double globalRps)
{
    SandboxOptions options;
    options.teams = teams;
    options.members = members;
    options.limits = limits;
    options.globalRps = globalRps;
    m_server = std::make_unique<SandboxServer>(options, SystemClock::instance());
    QVERIFY(m_server->listen().ok());
    const auth::Profile profile = herald::test::sandboxProfile(*m_server);
    m_tokens = std::make_unique<auth::TokenProvider>(profile, options.appSecret, m_nam.get(),
                                                     SystemClock::instance());
    m_client = std::make_unique<connector::ConnectorClient>(profile, m_tokens.get(), m_nam.get());
}

std::unique_ptr<DirectorySync> tst_Sync::makeSync(DirectorySync::Options options, const Clock *clock)
{
    return std::make_unique<DirectorySync>(*m_db, m_client.get(), clock ? clock : SystemClock::instance(),
                                           options);
}

// The sandbox organisation's install events, as a bot backend stores them: every team becomes known.
void tst_Sync::importInstalls()
{
    QNetworkRequest request(m_server->baseUrl().resolved(QUrl(QStringLiteral("_sandbox/installs.jsonl"))));
    QNetworkReply *reply = m_nam->get(request);
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QByteArray body = reply->readAll();
    reply->deleteLater();
    QBuffer buffer(&body);
    buffer.open(QIODevice::ReadOnly);
    auto report = DirectoryImporter(*m_db).importDevice(&buffer, DirectoryImporter::Format::Auto);
    QVERIFY(report.ok());
    QCOMPARE(report->rejected, 0);
}

// A sync of every team after an interruption in the second of order's teams: it resumes the pass there.
void tst_Sync::resumeAfterTheFirstTeam(DirectorySync &sync, const QStringList &order)
{
    QStringList started;
    connect(&sync, &DirectorySync::teamStarted, &sync, [&started](const QString &id) { started << id; });
    const Status resumed = runSync(sync);
    QVERIFY2(resumed.ok(), qPrintable(resumed.error().toString()));
    QCOMPARE(started, order.mid(1)); // the first team, finished before, is not fetched again
    QCOMPARE(sync.report().skipped, 1);
    QCOMPARE(sync.report().resumed, 1); // the second goes on from its saved continuation token
    QCOMPARE(sync.report().left, 0);
}

// Requests the sandbox answered so far, this question included.
qint64 tst_Sync::sandboxRequests()
{
    QNetworkAccessManager nam;
    const QJsonObject stats =
        herald::test::sandboxCall(nam, *m_server, "GET", QStringLiteral("_sandbox/stats"));
    return stats.value(QStringLiteral("requests")).toInteger(-1);
}

Status tst_Sync::runSync(DirectorySync &sync, const QStringList &teams)
{
    QSignalSpy finished(&sync, &DirectorySync::finished);
    sync.start(teams);
    if (!finished.wait(30000))
        return Error::make(Error::Kind::Timeout, QStringLiteral("the sync did not finish"));
    return finished.at(0).at(0).value<Status>();
}

void tst_Sync::pagesThroughTheWholeRoster()
{
    startSandbox(1, 1200);
    const Team &team = m_server->organisation().team(0);
    QCOMPARE(team.members.size(), 1200); // one team: everyone is in it
    auto sync = makeSync();
    QSignalSpy pages(sync.get(), &DirectorySync::pageStored);
    QSignalSpy progress(sync.get(), &DirectorySync::progress);
    const Status status = runSync(*sync, {team.id});
    QVERIFY2(status.ok(), qPrintable(status.error().toString()));
    QCOMPARE(pages.size(), 3); // 500 + 500 + 200
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.constLast().at(0).toInt(), 1);
    QCOMPARE(sync->report().members, 1200);
    QCOMPARE(sync->report().requests, 5); // details, channels, three pages
    QCOMPARE(sync->report().teamsDone, 1);

    DirectoryQueries queries(*m_db);
    auto summary = queries.findTeam(team.id);
    QVERIFY(summary.ok());
    QCOMPARE(summary->name, team.name);
    QCOMPARE(summary->aadGroupId, team.aadGroupId);
    QCOMPARE(summary->memberCount, 1200);
    QVERIFY(summary->lastSyncedMs > 0);
    QVERIFY(!summary->syncPending);
    QCOMPARE(queries.channels(team.id)->size(), team.channels.size());
    const Person someone = m_server->organisation().person(777);
    auto details = queries.person(someone.id);
    QVERIFY(details.ok());
    QCOMPARE(details->name, someone.name);
    QCOMPARE(details->email, someone.email);
    QCOMPARE(details->userPrincipalName, someone.userPrincipalName);

    // A second sync changes no counts.
    auto again = makeSync();
    QVERIFY(runSync(*again, {team.id}).ok());
    QCOMPARE(queries.counts()->people, 1200);
    QCOMPARE(queries.counts()->memberships, 1200);
    QCOMPARE(again->report().left, 0);
}

void tst_Sync::honoursQueuedThrottleAndRetriesServerErrors()
{
    startSandbox(1, 120);
    QNetworkAccessManager nam;
    const QJsonObject faults = herald::test::sandboxCall(
        nam, *m_server, "POST", QStringLiteral("_sandbox/faults"),
        QJsonObject{{QStringLiteral("next"), QJsonArray{QStringLiteral("429"), QStringLiteral("503")}}});
    QVERIFY(!faults.isEmpty());
    DirectorySync::Options options;
    options.backoffMs = 20;
    auto sync = makeSync(options);
    const Status status = runSync(*sync, {teamId()});
    QVERIFY2(status.ok(), qPrintable(status.error().toString()));
    QCOMPARE(sync->report().throttled, 1);
    QCOMPARE(sync->report().retries, 2);
    QCOMPARE(sync->report().members, 120);
    QCOMPARE(sync->report().requests, 5); // details ×3 (429, 503, ok), channels, one page
}

void tst_Sync::pacesUnderTheSandboxLimits()
{
    // The sandbox allows 2 requests a second; Herald assumes 50, so it meets 429s and must wait them out.
    startSandbox(1, 1200, true, 2);
    auto sync = makeSync();
    const Status status = runSync(*sync, {teamId()});
    QVERIFY2(status.ok(), qPrintable(status.error().toString()));
    QCOMPARE(sync->report().members, 1200);
    QVERIFY(sync->report().throttled >= 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM memberships WHERE active = 1")), 1200);
}

void tst_Sync::cancelThenResumeMidRoster()
{
    startSandbox(1, 1200);
    auto first = makeSync();
    connect(first.get(), &DirectorySync::pageStored, first.get(), [&] { first->cancel(); });
    const Status cancelled = runSync(*first, {teamId()});
    QVERIFY(!cancelled.ok());
    QCOMPARE(cancelled.error().kind, Error::Kind::Cancelled);
    QVERIFY(first->report().cancelled);
    QCOMPARE(first->report().members, 500);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM memberships")), 500);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM teams WHERE sync_token <> ''")), 1);
    QVERIFY(DirectoryQueries(*m_db).findTeam(teamId())->syncPending);

    auto second = makeSync(); // as after a restart
    const Status resumed = runSync(*second, {teamId()});
    QVERIFY2(resumed.ok(), qPrintable(resumed.error().toString()));
    QCOMPARE(second->report().resumed, 1);
    QCOMPARE(second->report().members, 700); // the two remaining pages only
    QCOMPARE(second->report().requests, 4);
    QCOMPARE(second->report().left, 0); // the first 500, seen before the cancel, stay members
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM memberships WHERE active = 1")), 1200);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM teams WHERE sync_token <> ''")), 0);
}

void tst_Sync::membersNotInTheRosterAreMarkedLeft()
{
    startSandbox(1, 60);
    const QByteArray csv = "id,name,teamId\n29:1ghost,Gone Away," + teamId().toUtf8() + "\n";
    QByteArray copy = csv;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    QVERIFY(DirectoryImporter(*m_db).importDevice(&buffer, DirectoryImporter::Format::Csv).ok());
    QCOMPARE(DirectoryQueries(*m_db).findTeam(teamId())->memberCount, 1);

    auto sync = makeSync();
    QVERIFY(runSync(*sync, {teamId()}).ok());
    QCOMPARE(sync->report().left, 1);
    DirectoryQueries queries(*m_db);
    QCOMPARE(queries.findTeam(teamId())->memberCount, 60);
    auto ghost = queries.person(QStringLiteral("29:1ghost"));
    QVERIFY(ghost.ok()); // kept
    QCOMPARE(ghost->memberships.size(), 1);
    QVERIFY(!ghost->memberships.at(0).active);
    PersonFilter withLeft;
    withLeft.teamId = teamId();
    withLeft.includeLeft = true;
    QCOMPARE(*queries.countPeople(withLeft), 61);
}

void tst_Sync::importsTheSandboxInstallsThenSyncsEveryTeam()
{
    startSandbox(3, 300);
    QNetworkRequest request(m_server->baseUrl().resolved(QUrl(QStringLiteral("_sandbox/installs.jsonl"))));
    QNetworkReply *reply = m_nam->get(request);
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QByteArray body = reply->readAll();
    reply->deleteLater();
    QVERIFY(body.count('\n') > 250);
    QBuffer buffer(&body);
    buffer.open(QIODevice::ReadOnly);
    auto report = DirectoryImporter(*m_db).importDevice(&buffer, DirectoryImporter::Format::Auto);
    QVERIFY(report.ok());
    QCOMPARE(report->rejected, 0);
    DirectoryQueries queries(*m_db);
    QCOMPARE(queries.teams()->size(), 3);
    const int withApp = 300 - m_server->organisation().withoutAppCount();
    QCOMPARE(queries.counts()->reachable, withApp);

    auto sync = makeSync();
    const Status status = runSync(*sync); // every known team
    QVERIFY2(status.ok(), qPrintable(status.error().toString()));
    QCOMPARE(sync->report().teamsDone, 3);
    QCOMPARE(queries.counts()->people, 300);
    qint64 memberships = 0;
    for (int t = 0; t < 3; ++t)
        memberships += m_server->organisation().team(t).members.size();
    QCOMPARE(queries.counts()->memberships, memberships);
    // The roster adds names; installs keep people reachable.
    QCOMPARE(queries.counts()->reachable, withApp);
    const Person p = m_server->organisation().person(5);
    QCOMPARE(queries.person(p.id)->name, p.name);
}

void tst_Sync::interruptedSyncResumesWhereItStopped()
{
    startSandbox(3, 2400);
    importInstalls();
    DirectoryQueries queries(*m_db);
    const QStringList order = *queries.teamIds(); // a sync of every team visits them in this order
    QCOMPARE(order.size(), 3);
    QHash<QString, qint64> sizes;
    qint64 memberships = 0;
    for (int t = 0; t < 3; ++t) {
        const Team &team = m_server->organisation().team(t);
        sizes.insert(team.id, team.members.size());
        memberships += team.members.size();
    }
    const auto pages = [](qint64 members) { return qMax<qint64>(1, (members + 499) / 500); };
    QVERIFY2(sizes.value(order.at(1)) > 500, "the second team needs more than one roster page");

    // Cancelled after the first roster page of the second team: the first team is done.
    auto first = makeSync();
    QStringList started;
    connect(first.get(), &DirectorySync::teamStarted, first.get(), [&](const QString &id) { started << id; });
    connect(first.get(), &DirectorySync::pageStored, first.get(), [&](const QString &id) {
        if (id == order.at(1))
            first->cancel();
    });
    const Status cancelled = runSync(*first);
    QCOMPARE(cancelled.error().kind, Error::Kind::Cancelled);
    QCOMPARE(started, order.mid(0, 2));
    QCOMPARE(first->report().teamsDone, 1);
    QCOMPARE(first->report().left, 0);
    QVERIFY(queries.findTeam(order.at(1))->syncPending);
    QVERIFY(queries.findTeam(order.at(2))->syncPending); // not reached yet: still to do in this pass
    QVERIFY(!queries.findTeam(order.at(0))->syncPending);

    // As after a restart: a new sync of every team resumes the pass. The finished team is not fetched again,
    // the interrupted one continues after its first page, the last one comes whole.
    const qint64 before = sandboxRequests();
    auto second = makeSync();
    resumeAfterTheFirstTeam(*second, order);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(second->report().teamsDone, 2);
    // details and channels of both teams, the rest of the interrupted roster, the whole of the last one
    const qint64 expected = 2 + 2 + (pages(sizes.value(order.at(1))) - 1) + pages(sizes.value(order.at(2)));
    QCOMPARE(second->report().requests, expected);
    // What the sandbox saw (less the second stats question), not what the sync says it sent.
    QCOMPARE(sandboxRequests() - before - 1, expected);
    QCOMPARE(second->report().members, sizes.value(order.at(1)) - 500 + sizes.value(order.at(2)));
    // Nobody lost, nobody marked as having left.
    QCOMPARE(queries.counts()->memberships, memberships);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM memberships WHERE active = 0")), 0);
    for (const QString &id : order)
        QVERIFY(!queries.findTeam(id)->syncPending);

    // The pass is complete: the next sync starts a new one with every team.
    auto third = makeSync();
    QVERIFY(runSync(*third).ok());
    QCOMPARE(third->report().skipped, 0);
    QCOMPARE(third->report().teamsDone, 3);
    QCOMPARE(third->report().resumed, 0);
    QCOMPARE(third->report().left, 0);
    QCOMPARE(queries.counts()->memberships, memberships);
}

void tst_Sync::teamSyncCancelledThenEveryTeamSynced()
{
    // A sync of one team stopped mid-roster, then a sync of every team: the roster goes on from its token
    // and the members seen before the stop stay members.
    startSandbox(1, 1200);
    auto first = makeSync();
    connect(first.get(), &DirectorySync::pageStored, first.get(), [&] { first->cancel(); });
    QCOMPARE(runSync(*first, {teamId()}).error().kind, Error::Kind::Cancelled);
    auto second = makeSync();
    const Status status = runSync(*second);
    QVERIFY2(status.ok(), qPrintable(status.error().toString()));
    QCOMPARE(second->report().resumed, 1);
    QCOMPARE(second->report().members, 700);
    QCOMPARE(second->report().left, 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM memberships WHERE active = 1")), 1200);
}

void tst_Sync::networkLossThenResume()
{
    // The network goes away mid-roster (the sandbox stops): every retry fails, the sync ends with the
    // remaining teams failed. When the network is back (the same tenant on the same address), the next sync
    // of every team resumes the pass: the finished team is skipped, the interrupted roster goes on.
    startSandbox(3, 2400);
    importInstalls();
    DirectoryQueries queries(*m_db);
    const QStringList order = *queries.teamIds();
    qint64 memberships = 0;
    for (int t = 0; t < 3; ++t)
        memberships += m_server->organisation().team(t).members.size();
    SandboxOptions options = m_server->options();
    options.port = quint16(m_server->baseUrl().port());
    DirectorySync::Options fast;
    fast.backoffMs = 10;
    fast.maxBackoffMs = 20;
    auto first = makeSync(fast);
    connect(first.get(), &DirectorySync::pageStored, first.get(), [&](const QString &id) {
        if (id == order.at(1))
            m_server.reset(); // no answer any more: connections refused
    });
    const Status lost = runSync(*first);
    QVERIFY(!lost.ok());
    QCOMPARE(first->report().teamsDone, 1);
    QCOMPARE(first->report().failures.size(), 2);
    QCOMPARE(first->report().failures.constFirst().error.kind, Error::Kind::Network);
    QVERIFY(queries.findTeam(order.at(1))->installed); // a lost network says nothing about the bot
    QVERIFY(queries.findTeam(order.at(1))->syncPending);
    QVERIFY(queries.findTeam(order.at(2))->syncPending);

    m_server = std::make_unique<SandboxServer>(options, SystemClock::instance());
    QVERIFY(m_server->listen().ok());
    auto second = makeSync();
    resumeAfterTheFirstTeam(*second, order);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(queries.counts()->memberships, memberships);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM memberships WHERE active = 0")), 0);
}

void tst_Sync::refusedSavedTokenRestartsTheRoster()
{
    startSandbox(1, 1200);
    auto first = makeSync();
    connect(first.get(), &DirectorySync::pageStored, first.get(), [&] { first->cancel(); });
    QCOMPARE(runSync(*first, {teamId()}).error().kind, Error::Kind::Cancelled);
    // The saved token went stale (Teams no longer accepts it): the roster starts again from the top.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE teams SET sync_token = 'stale-token' WHERE sync_token <> ''")));
    QCOMPARE(q.numRowsAffected(), 1);
    auto second = makeSync();
    const Status status = runSync(*second, {teamId()});
    QVERIFY2(status.ok(), qPrintable(status.error().toString()));
    QCOMPARE(second->report().resumed, 1);
    QCOMPARE(second->report().members, 1200); // all three pages again
    QCOMPARE(second->report().requests, 6);   // details, channels, the refused page, three pages
    QCOMPARE(second->report().left, 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM memberships WHERE active = 1")), 1200);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM teams WHERE sync_token <> ''")), 0);
}

void tst_Sync::notFoundMarksTheTeamUninstalled()
{
    startSandbox(1, 40);
    // A team the bot is no longer in (the sandbox does not know it), with someone known only through it and
    // someone who also has a 1:1 chat with the bot.
    const QByteArray csv = "id,name,conversationId,teamId\n"
                           "29:1gone-only,Only There,,19:gone@thread.tacv2\n"
                           "29:1gone-chat,Has A Chat,a:1chat,19:gone@thread.tacv2\n";
    QByteArray copy = csv;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    QVERIFY(DirectoryImporter(*m_db).importDevice(&buffer, DirectoryImporter::Format::Csv).ok());
    DirectoryQueries queries(*m_db);
    QVERIFY(queries.findTeam(QStringLiteral("19:gone@thread.tacv2"))->installed);

    auto sync = makeSync();
    const Status status = runSync(*sync); // every team: only the unknown one
    QVERIFY(!status.ok());
    QCOMPARE(sync->report().failures.size(), 1);
    QCOMPARE(sync->report().failures.constFirst().error.httpStatus, 404);
    QCOMPARE(sync->report().requests, 1); // not retried
    const auto team = queries.findTeam(QStringLiteral("19:gone@thread.tacv2"));
    QVERIFY(!team->installed);
    QCOMPARE(team->memberCount, 2); // history kept
    QCOMPARE(queries.person(QStringLiteral("29:1gone-only"))->reachability, Reachability::Unreachable);
    QCOMPARE(queries.person(QStringLiteral("29:1gone-only"))->unreachableReason,
             QLatin1String(UnreachableReason::TeamUninstalled));
    QCOMPARE(queries.person(QStringLiteral("29:1gone-chat"))->reachability, Reachability::Reachable);
    // Later syncs of every team leave it out.
    QCOMPARE(queries.teamIds()->size(), 0);
}

void tst_Sync::cancelDuringAWait_data()
{
    QTest::addColumn<bool>("backoff"); // else: a pacing wait
    QTest::newRow("backing off after a 503") << true;
    QTest::newRow("pacing under the read limit") << false;
}

void tst_Sync::cancelDuringAWait()
{
    QFETCH(bool, backoff);
    startSandbox(1, 120);
    DirectorySync::Options options;
    ManualClock frozen; // the pacer's clock: time stands still, so a pacing wait never ends by itself
    if (backoff) {
        QNetworkAccessManager nam;
        QVERIFY(!herald::test::sandboxCall(
                     nam, *m_server, "POST", QStringLiteral("_sandbox/faults"),
                     QJsonObject{{QStringLiteral("next"), QJsonArray{QStringLiteral("503")}}})
                     .isEmpty());
        options.backoffMs = 600000; // far longer than the test
        options.maxBackoffMs = 600000;
    } else {
        options.globalPerSecond = 1; // the channels call must wait for the details call to leave the window
    }
    auto sync = makeSync(options, backoff ? nullptr : &frozen);
    QSignalSpy finished(sync.get(), &DirectorySync::finished);
    sync->start({teamId()});
    if (backoff)
        QTRY_COMPARE_WITH_TIMEOUT(sync->report().retries, 1, 10000); // the 503 came back: waiting to retry
    else // the team's details are stored, so the channels call is next and waits
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const auto team = DirectoryQueries(*m_db).findTeam(teamId());
                return team.ok() && !team->name.isEmpty();
            }(),
            10000);
    QVERIFY(sync->isRunning());
    QCOMPARE(sync->report().requests, 1);
    QVERIFY(finished.isEmpty());
    sync->cancel();
    QCOMPARE(finished.size(), 1); // at once, not when the wait would have ended
    QCOMPARE(finished.constFirst().at(0).value<Status>().error().kind, Error::Kind::Cancelled);
    QVERIFY(!sync->isRunning());
    QVERIFY(sync->report().cancelled);
    QCOMPARE(sync->report().requests, 1);
}

QTEST_GUILESS_MAIN(tst_Sync)
#include "tst_sync.moc"
