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

private:
    void startSandbox(int teams, int members, bool limits = false, double globalRps = 50);
    std::unique_ptr<DirectorySync> makeSync(DirectorySync::Options options = {});
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
    m_tokens = std::make_unique<auth::TokenProvider>(profile, options.appSecret, m_nam.get(), SystemClock::instance());
    m_client = std::make_unique<connector::ConnectorClient>(profile, m_tokens.get(), m_nam.get());
}

std::unique_ptr<DirectorySync> tst_Sync::makeSync(DirectorySync::Options options)
{
    return std::make_unique<DirectorySync>(*m_db, m_client.get(), SystemClock::instance(), options);
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
    QCOMPARE(second->report().left, 0);     // the first 500, seen before the cancel, stay members
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

QTEST_GUILESS_MAIN(tst_Sync)
#include "tst_sync.moc"
