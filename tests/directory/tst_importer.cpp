#include "DirectoryTestData.h"

#include "directory/DirectoryImporter.h"
#include "directory/DirectoryQueries.h"
#include "store/Database.h"

#include <QBuffer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace herald;
using namespace herald::directory;
using namespace herald::test;

// DirectoryImporter: install events and CSV, good and bad lines, hostile text, idempotence.
class tst_Importer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void importsLines_data();
    void importsLines();
    void installThenUninstall();
    void channelEventsRecordTeamChannelsAndMembers();
    void hostileTextIsStoredVerbatim();
    void reimportChangesNothing();
    void csvReimportChangesNothing();
    void csvWithoutIdColumnIsRefused();
    void csvQuotingAndLineNumbers();
    void progressCanCancel();
    void storageFailureIsAnError();

private:
    Result<ImportReport> run(const QByteArray &content, DirectoryImporter::Format format,
                             DirectoryImporter::Options options = {});
    // A file in the test's folder; empty when it cannot be written.
    QString writeFile(const QString &name, const QByteArray &content) const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::Database> m_db;
};

void tst_Importer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_Importer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = store::Database::open(m_dir->filePath(QStringLiteral("herald.sqlite")));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
}

void tst_Importer::cleanup()
{
    m_db.reset();
}

Result<ImportReport> tst_Importer::run(const QByteArray &content, DirectoryImporter::Format format,
                                       DirectoryImporter::Options options)
{
    QByteArray copy = content;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    DirectoryImporter importer(*m_db, options);
    return importer.importDevice(&buffer, format);
}

QString tst_Importer::writeFile(const QString &name, const QByteArray &content) const
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        return {};
    return path;
}

void tst_Importer::importsLines_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("imported");
    QTest::addColumn<int>("rejected");
    QTest::addColumn<int>("people");
    QTest::addColumn<int>("reachable");
    QTest::addColumn<int>("memberships");
    QTest::addColumn<int>("issueLine");     // of the first issue, 0 when none
    QTest::addColumn<QString>("issueText"); // a part of its reason
    QTest::addColumn<QString>("checks"); // more to check: "channels=N", "installedTeams=N", "unreachable=N",
                                         // "teams=N" (the report's), ' '-separated

    const QString u1 = QStringLiteral("29:1user-one");
    const QString u2 = QStringLiteral("29:1user-two");
    const QByteArray good =
        line(personal(u1, QStringLiteral("a:1conv-one"), true, QStringLiteral("Ana Pérez")));

    QTest::newRow("personal install")
        << "jsonl" << good << 1 << 0 << 1 << 1 << 0 << 0 << QString() << QString();
    QTest::newRow("channel install with members")
        << "jsonl" << line(channelEvent({member(kBot), member(u1), member(u2)})) << 1 << 0 << 2 << 0 << 2 << 0
        << QString() << QString();
    QTest::newRow("installationUpdate add")
        << "jsonl" << line(installation(u1, QStringLiteral("a:1c"), QStringLiteral("add"))) << 1 << 0 << 1
        << 1 << 0 << 0 << QString() << QString();
    QTest::newRow("installationUpdate remove")
        << "jsonl" << line(installation(u1, QStringLiteral("a:1c"), QStringLiteral("remove"))) << 1 << 0 << 1
        << 0 << 0 << 0 << QString() << QString();
    QTest::newRow("malformed JSON") << "jsonl" << QByteArray("{\"type\":\"conversationUpdate\",\n") + good
                                    << 1 << 1 << 1 << 1 << 0 << 1 << QStringLiteral("not valid JSON")
                                    << QString();
    QTest::newRow("not an object") << "jsonl" << QByteArray("[1,2]\n") << 0 << 1 << 0 << 0 << 0 << 1
                                   << QStringLiteral("not a JSON object") << QString();
    QJsonObject noConversation = personal(u1, QStringLiteral("a:1c"));
    noConversation.remove(QStringLiteral("conversation"));
    QTest::newRow("missing conversation id") << "jsonl" << good + line(noConversation) << 1 << 1 << 1 << 1
                                             << 0 << 2 << QStringLiteral("conversation.id") << QString();
    QJsonObject noTeamId = channelEvent({member(u1)});
    noTeamId.insert(
        QStringLiteral("channelData"),
        QJsonObject{{QStringLiteral("team"), QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}}}});
    QTest::newRow("missing team id") << "jsonl" << line(noTeamId) << 0 << 1 << 0 << 0 << 0 << 1
                                     << QStringLiteral("channelData.team.id") << QString();
    QJsonObject noUser = personal(u1, QStringLiteral("a:1c"));
    noUser.remove(QStringLiteral("from"));
    noUser.insert(QStringLiteral("membersAdded"), QJsonArray{member(kBot)});
    QTest::newRow("personal without user") << "jsonl" << line(noUser) << 0 << 1 << 0 << 0 << 0 << 1
                                           << QStringLiteral("names no user") << QString();
    QTest::newRow("unknown event type")
        << "jsonl" << QByteArray("{\"type\":\"message\",\"text\":\"hi\",\"conversation\":{\"id\":\"a:1\"}}\n")
        << 0 << 1 << 0 << 0 << 0 << 1 << QStringLiteral("Not an install event") << QString();
    QJsonObject badAction = installation(u1, QStringLiteral("a:1c"), QStringLiteral("explode"));
    QTest::newRow("unknown action") << "jsonl" << line(badAction) << 0 << 1 << 0 << 0 << 0 << 1
                                    << QStringLiteral("action") << QString();
    QJsonObject group = personal(u1, QStringLiteral("19:g"));
    group.insert(QStringLiteral("conversation"),
                 QJsonObject{{QStringLiteral("id"), QStringLiteral("19:g")},
                             {QStringLiteral("conversationType"), QStringLiteral("groupChat")}});
    QTest::newRow("group chat") << "jsonl" << line(group) << 0 << 1 << 0 << 0 << 0 << 1
                                << QStringLiteral("Group chats") << QString();
    QTest::newRow("duplicates") << "jsonl" << good + good + good << 3 << 0 << 1 << 1 << 0 << 0 << QString()
                                << QString();
    QTest::newRow("blank lines skipped") << "jsonl" << QByteArray("\n\r\n") + good + "\n"
                                         << 1 << 0 << 1 << 1 << 0 << 0 << QString() << QString();
    QJsonObject badId = personal(QStringLiteral("29:1 with space"), QStringLiteral("a:1c"));
    QTest::newRow("id with spaces") << "jsonl" << line(badId) << 0 << 1 << 0 << 0 << 0 << 1
                                    << QStringLiteral("spaces") << QString();
    QJsonObject longName = personal(u1, QStringLiteral("a:1c"), true, QString(5000, u'x'));
    QTest::newRow("overlong name") << "jsonl" << line(longName) << 0 << 1 << 0 << 0 << 0 << 1
                                   << QStringLiteral("longer than 1024") << QString();
    QJsonObject badUrl = personal(u1, QStringLiteral("a:1c"));
    badUrl.insert(QStringLiteral("serviceUrl"), QStringLiteral("javascript:alert(1)"));
    QTest::newRow("bad service url") << "jsonl" << line(badUrl) << 0 << 1 << 0 << 0 << 0 << 1
                                     << QStringLiteral("serviceUrl") << QString();
    QByteArray huge =
        "{\"type\":\"conversationUpdate\",\"text\":\"" + QByteArray(10 * 1024 * 1024, 'A') + "\"}\n";
    QTest::newRow("10 MB line") << "jsonl" << huge + good << 1 << 1 << 1 << 1 << 0 << 1
                                << QStringLiteral("longer than 1 MB") << QString();
    QByteArray invalid = good;
    invalid.replace("Ana P\xC3\xA9rez", "Ana P\xC3\x28rez\xFF");
    QTest::newRow("invalid UTF-8 JSON") << "jsonl" << invalid + line(personal(u2, QStringLiteral("a:1c2")))
                                        << 1 << 1 << 1 << 1 << 0 << 1 << QStringLiteral("UTF-8") << QString();

    const QByteArray header =
        "id,name,givenName,surname,email,userPrincipalName,aadObjectId,teamId,conversationId\n";
    QTest::newRow("csv basic") << "csv"
                               << header + "29:1a,Ana Pérez,Ana,Pérez,ana@x.example,ana@x.example,aad1," +
                                      kTeam.toUtf8() + ",a:1conv\n"
                               << 1 << 0 << 1 << 1 << 1 << 0 << QString() << QString();
    QTest::newRow("csv subset any order") << "csv" << QByteArray("email,id\nbo@x.example,29:1b\n") << 1 << 0
                                          << 1 << 0 << 0 << 0 << QString() << QString();
    QTest::newRow("csv quoting") << "csv"
                                 << QByteArray(
                                        "id,name\n\"29:1q\",\"Smith, \"\"Jo\"\"\nJunior\"\n29:1r,Ren\n")
                                 << 2 << 0 << 2 << 0 << 0 << 0 << QString() << QString();
    QTest::newRow("csv several teams") << "csv" << QByteArray("id,teamId\n29:1t,\"19:a;19:b\"\n") << 1 << 0
                                       << 1 << 0 << 2 << 0 << QString() << QString();
    QTest::newRow("csv wrong field count")
        << "csv" << QByteArray("id,name\n29:1a,Ana,extra\n29:1b,Bo\n") << 1 << 1 << 1 << 0 << 0 << 2
        << QStringLiteral("Expected 2 fields") << QString();
    QTest::newRow("csv stray quote") << "csv" << QByteArray("id,name\n29:1a,An\"a\n") << 0 << 1 << 0 << 0 << 0
                                     << 2 << QStringLiteral("quote") << QString();
    QTest::newRow("csv unclosed quote") << "csv" << QByteArray("id,name\n29:1a,\"Ana\n") << 0 << 1 << 0 << 0
                                        << 0 << 2 << QStringLiteral("not closed") << QString();
    QTest::newRow("csv invalid UTF-8") << "csv" << QByteArray("id,name\n29:1a,Ana\xFF\n29:1b,Bo\n") << 1 << 1
                                       << 1 << 0 << 0 << 2 << QStringLiteral("UTF-8") << QString();
    QTest::newRow("csv not a user id") << "csv" << QByteArray("id,name\n28:bot,Bot\n") << 0 << 1 << 0 << 0
                                       << 0 << 2 << QStringLiteral("29:") << QString();
    QTest::newRow("csv hostile")
        << "csv"
        << QByteArray("id,name\n29:1h,\"'; DROP TABLE people;--\"\n29:1s,<script>alert(1)</script>\n") << 2
        << 0 << 2 << 0 << 0 << 0 << QString() << QString();
    QTest::newRow("csv BOM and CRLF") << "csv" << QByteArray("\xEF\xBB\xBFid,name\r\n29:1a,Ana\r\n") << 1 << 0
                                      << 1 << 0 << 0 << 0 << QString() << QString();

    // Team and channel lifecycle (PROTOCOL.md "Where user and team ids come from"): a deleted channel goes;
    // a team the bot left, or that was deleted or archived, stays with its history but is not installed, and
    // its members known only through it become unreachable — not those reachable personally or through
    // another team the bot is still in.
    const auto withEventType = [](QJsonObject activity, const QString &eventType) {
        QJsonObject data = activity.value(QStringLiteral("channelData")).toObject();
        data.insert(QStringLiteral("eventType"), eventType);
        activity.insert(QStringLiteral("channelData"), data);
        return activity;
    };
    const auto inTeam = [](QJsonObject activity, const QString &teamId) {
        QJsonObject data = activity.value(QStringLiteral("channelData")).toObject();
        data.insert(QStringLiteral("team"), QJsonObject{{QStringLiteral("id"), teamId}});
        data.insert(QStringLiteral("channel"), QJsonObject{{QStringLiteral("id"), teamId}});
        activity.insert(QStringLiteral("channelData"), data);
        activity.insert(QStringLiteral("conversation"),
                        QJsonObject{{QStringLiteral("conversationType"), QStringLiteral("channel")},
                                    {QStringLiteral("id"), teamId}});
        return activity;
    };
    const QByteArray inTheTeam = line(channelEvent({member(kBot), member(u1), member(u2)}));
    const QByteArray u1Personally = line(personal(u1, QStringLiteral("a:1conv-one")));
    const QJsonObject teamEvent = channelEvent({}, {}, QStringLiteral("Contoso Comms"), kTeam, QString());
    QTest::newRow("channel deleted") << "jsonl"
                                     << inTheTeam + line(withEventType(channelEvent({}),
                                                                       QStringLiteral("channelDeleted")))
                                     << 2 << 0 << 2 << 0 << 2 << 0 << QString()
                                     << QStringLiteral("channels=1 installedTeams=1 unreachable=0");
    QTest::newRow("General is never deleted")
        << "jsonl" << inTheTeam + line(withEventType(teamEvent, QStringLiteral("channelDeleted"))) << 2 << 0
        << 2 << 0 << 2 << 0 << QString() << QStringLiteral("channels=2");
    QTest::newRow("team deleted") << "jsonl"
                                  << inTheTeam + u1Personally +
                                         line(withEventType(teamEvent, QStringLiteral("teamDeleted")))
                                  << 3 << 0 << 2 << 1 << 2 << 0 << QString()
                                  << QStringLiteral("channels=2 installedTeams=0 unreachable=1");
    QTest::newRow("team archived") << "jsonl"
                                   << inTheTeam +
                                          line(withEventType(teamEvent, QStringLiteral("teamArchived")))
                                   << 2 << 0 << 2 << 0 << 2 << 0 << QString()
                                   << QStringLiteral("installedTeams=0 unreachable=2");
    QTest::newRow("team archived then unarchived")
        << "jsonl"
        << inTheTeam + line(withEventType(teamEvent, QStringLiteral("teamArchived"))) +
               line(withEventType(teamEvent, QStringLiteral("teamUnarchived")))
        << 3 << 0 << 2 << 0 << 2 << 0 << QString() << QStringLiteral("installedTeams=1 unreachable=0");
    QJsonObject teamUninstall = teamEvent;
    teamUninstall.insert(QStringLiteral("type"), QStringLiteral("installationUpdate"));
    teamUninstall.insert(QStringLiteral("action"), QStringLiteral("remove"));
    QTest::newRow("app uninstalled from the team")
        << "jsonl" << inTheTeam + u1Personally + line(teamUninstall) << 3 << 0 << 2 << 1 << 2 << 0
        << QString() << QStringLiteral("installedTeams=0 unreachable=1");
    QTest::newRow("bot removed from the team")
        << "jsonl" << inTheTeam + line(channelEvent({}, {member(kBot)})) << 2 << 0 << 2 << 0 << 2 << 0
        << QString() << QStringLiteral("installedTeams=0 unreachable=2");
    QTest::newRow("bot removed, member of another team stays")
        << "jsonl"
        << inTheTeam +
               line(inTeam(channelEvent({member(kBot), member(u2)}),
                           QStringLiteral("19:team2@thread.tacv2"))) +
               line(channelEvent({}, {member(kBot)}))
        << 3 << 0 << 2 << 0 << 3 << 0 << QString() << QStringLiteral("installedTeams=1 unreachable=1");
    QTest::newRow("csv counts the teams it creates")
        << "csv" << QByteArray("id,teamId\n29:1t,\"19:a;19:b\"\n29:1u,19:a\n") << 2 << 0 << 2 << 0 << 3 << 0
        << QString() << QStringLiteral("teams=2 installedTeams=2");
    QTest::newRow("csv 10 MB line") << "csv"
                                    << QByteArray("id,name\n29:1big,\"") + QByteArray(10 * 1024 * 1024, 'A') +
                                           "\"\n29:1ok,Ok\n"
                                    << 1 << 1 << 1 << 0 << 0 << 2 << QStringLiteral("longer than 1 MB")
                                    << QString();
}

void tst_Importer::importsLines()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, content);
    QFETCH(int, imported);
    QFETCH(int, rejected);
    QFETCH(int, people);
    QFETCH(int, reachable);
    QFETCH(int, memberships);
    QFETCH(int, issueLine);
    QFETCH(QString, issueText);
    QFETCH(QString, checks);

    auto report = run(content, format == u"csv" ? DirectoryImporter::Format::Csv
                                                : DirectoryImporter::Format::JsonLines);
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    QCOMPARE(report->imported, imported);
    QCOMPARE(report->rejected, rejected);
    QCOMPARE(report->issues.size(), rejected);
    QCOMPARE(report->complete(), rejected == 0);
    if (issueLine > 0) {
        QCOMPARE(report->issues.constFirst().line, issueLine);
        QVERIFY2(report->issues.constFirst().reason.contains(issueText),
                 qPrintable(report->issues.constFirst().reason));
    }
    auto counts = DirectoryQueries(*m_db).counts();
    QVERIFY(counts.ok());
    QCOMPARE(counts->people, people);
    QCOMPARE(counts->reachable, reachable);
    QCOMPARE(counts->memberships, memberships);
    for (const QString &check : checks.split(u' ', Qt::SkipEmptyParts)) {
        const QString what = check.section(u'=', 0, 0);
        const qint64 expected = check.section(u'=', 1).toLongLong();
        qint64 actual = -1;
        if (what == u"channels")
            actual = scalar(*m_db, QStringLiteral("SELECT count(*) FROM channels"));
        else if (what == u"installedTeams")
            actual = scalar(*m_db, QStringLiteral("SELECT count(*) FROM teams WHERE installed = 1"));
        else if (what == u"unreachable")
            actual = counts->unreachable;
        else if (what == u"teams")
            actual = report->teams;
        QVERIFY2(actual == expected, qPrintable(QStringLiteral("%1: %2").arg(check).arg(actual)));
    }
}

void tst_Importer::installThenUninstall()
{
    const QString u = QStringLiteral("29:1ana");
    const QString conv = QStringLiteral("a:1ana");
    auto report = run(line(personal(u, conv, true, QStringLiteral("Ana"))) +
                          line(installation(u, conv, QStringLiteral("remove"))),
                      DirectoryImporter::Format::JsonLines);
    QVERIFY(report.ok());
    QCOMPARE(report->installs, 1);
    QCOMPARE(report->uninstalls, 1);
    auto person = DirectoryQueries(*m_db).person(u);
    QVERIFY(person.ok());
    QCOMPARE(person->reachability, Reachability::Unreachable);
    QCOMPARE(person->unreachableReason, QLatin1String(UnreachableReason::Uninstalled));
    QCOMPARE(person->conversationId, conv);
    QCOMPARE(person->name, QStringLiteral("Ana"));
    QVERIFY(!ReachabilityText::reason(person->reachability, person->unreachableReason).isEmpty());

    // Reinstalled: reachable again. The bot leaving the chat: unreachable, "botRemoved".
    QVERIFY(
        run(line(installation(u, conv, QStringLiteral("add"))), DirectoryImporter::Format::JsonLines).ok());
    QCOMPARE(DirectoryQueries(*m_db).person(u)->reachability, Reachability::Reachable);
    QCOMPARE(DirectoryQueries(*m_db).person(u)->unreachableReason, QString());
    QVERIFY(run(line(personal(u, conv, false)), DirectoryImporter::Format::JsonLines).ok());
    QCOMPARE(DirectoryQueries(*m_db).person(u)->reachability, Reachability::Unreachable);
    QCOMPARE(DirectoryQueries(*m_db).person(u)->unreachableReason,
             QLatin1String(UnreachableReason::BotRemoved));
}

void tst_Importer::channelEventsRecordTeamChannelsAndMembers()
{
    const QString u1 = QStringLiteral("29:1one");
    const QString u2 = QStringLiteral("29:1two");
    QByteArray content = line(channelEvent({member(kBot), member(u1), member(u2)}));
    content += line(channelEvent({}, {member(u2)})); // u2 left the team
    content += line(channelEvent({}, {QJsonObject{{QStringLiteral("id"), kBot}}},
                                 QStringLiteral("Renamed"))); // bot removed
    auto report = run(content, DirectoryImporter::Format::JsonLines);
    QVERIFY(report.ok());
    QCOMPARE(report->rejected, 0);
    DirectoryQueries queries(*m_db);
    auto team = queries.findTeam(kTeam);
    QVERIFY(team.ok());
    QCOMPARE(team->name, QStringLiteral("Renamed"));
    QCOMPARE(team->memberCount, 1);
    QVERIFY(!team->installed);
    QCOMPARE(team->tenantId, kTenant);
    auto channels = queries.channels(kTeam);
    QVERIFY(channels.ok());
    QCOMPARE(channels->size(), 2);
    QVERIFY(channels->at(0).isGeneral);
    QCOMPARE(channels->at(0).id, kTeam);
    QCOMPARE(channels->at(0).displayName(), QStringLiteral("General"));
    QCOMPARE(channels->at(1).name, QStringLiteral("Announcements"));
    auto details = queries.person(u2);
    QVERIFY(details.ok());
    QCOMPARE(details->memberships.size(), 1);
    QVERIFY(!details->memberships.at(0).active); // marked left, not dropped
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM tenants")), 1);
}

void tst_Importer::hostileTextIsStoredVerbatim()
{
    const QString drop = QStringLiteral("Robert'); DROP TABLE people;--");
    const QString script = QStringLiteral("<script>alert('x')</script>");
    const QByteArray content =
        line(personal(QStringLiteral("29:1drop"), QStringLiteral("a:1d"), true, drop)) +
        line(personal(QStringLiteral("29:1script"), QStringLiteral("a:1s"), true, script)) +
        line(personal(QStringLiteral("29:1ctl"), QStringLiteral("a:1c"), true,
                      QStringLiteral("Bell\u0007Name")));
    auto report = run(content, DirectoryImporter::Format::JsonLines);
    QVERIFY(report.ok());
    QCOMPARE(report->imported, 3);
    DirectoryQueries queries(*m_db);
    QCOMPARE(queries.person(QStringLiteral("29:1drop"))->name, drop);
    QCOMPARE(queries.person(QStringLiteral("29:1script"))->name, script);
    QCOMPARE(queries.person(QStringLiteral("29:1ctl"))->name, QStringLiteral("Bell Name"));
    QCOMPARE(queries.counts()->people, 3);
}

void tst_Importer::reimportChangesNothing()
{
    QByteArray content;
    QJsonArray members{member(kBot)};
    for (int i = 0; i < 50; ++i) {
        const QString id = QStringLiteral("29:1p%1").arg(i);
        members.append(member(id));
        content +=
            line(personal(id, QStringLiteral("a:1c%1").arg(i), true, QStringLiteral("Person %1").arg(i)));
    }
    content += line(channelEvent(members));
    content +=
        line(installation(QStringLiteral("29:1p3"), QStringLiteral("a:1c3"), QStringLiteral("remove")));
    content += "garbage\n";
    const QString file = writeFile(QStringLiteral("installs.jsonl"), content);
    QVERIFY(!file.isEmpty());
    DirectoryImporter importer(*m_db);
    auto first = importer.importFile(file);
    QVERIFY(first.ok());
    QCOMPARE(first->format, QStringLiteral("jsonl"));
    QCOMPARE(first->rejected, 1);
    const QStringList before = snapshot(*m_db);
    QVERIFY(before.size() > 100);
    auto second = importer.importFile(file);
    QVERIFY(second.ok());
    QCOMPARE(second->imported, first->imported);
    QCOMPARE(snapshot(*m_db), before);
}

void tst_Importer::csvReimportChangesNothing()
{
    QByteArray content =
        "id,name,givenName,surname,email,userPrincipalName,aadObjectId,teamId,conversationId\n";
    for (int i = 0; i < 40; ++i)
        content += QStringLiteral(
                       "29:1c%1,Person %1 Müller,Person,Müller,p%1@x.example,p%1@x.onmicrosoft.example,aad%1,"
                       "\"19:a;19:b\",%2\n")
                       .arg(i)
                       .arg(i % 3 ? QStringLiteral("a:1conv%1").arg(i) : QString())
                       .toUtf8();
    content += "29:1bad,Too,Many,Fields,Here,And,More,19:a,x,y\n";
    const QString file = writeFile(QStringLiteral("people.csv"), content);
    QVERIFY(!file.isEmpty());
    DirectoryImporter importer(*m_db);
    auto first = importer.importFile(file);
    QVERIFY(first.ok());
    QCOMPARE(first->format, QStringLiteral("csv"));
    QCOMPARE(first->imported, 40);
    QCOMPARE(first->rejected, 1);
    QCOMPARE(first->teams, 2);
    const QStringList before = snapshot(*m_db);
    const auto counts = DirectoryQueries(*m_db).counts();
    auto second = importer.importFile(file);
    QVERIFY(second.ok());
    QCOMPARE(second->imported, first->imported);
    QCOMPARE(second->rejected, first->rejected);
    QCOMPARE(second->people, first->people);
    QCOMPARE(second->teams, first->teams);
    QCOMPARE(snapshot(*m_db), before);
    const auto again = DirectoryQueries(*m_db).counts();
    QCOMPARE(again->people, counts->people);
    QCOMPARE(again->memberships, counts->memberships);
    QCOMPARE(again->reachable, counts->reachable);
    QCOMPARE(again->teams, 2);
}

void tst_Importer::csvWithoutIdColumnIsRefused()
{
    auto report = run("name,email\nAna,ana@x\n", DirectoryImporter::Format::Csv);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().kind, Error::Kind::Input);
    QVERIFY(report.error().message.contains(QStringLiteral("\"id\" column")));
}

void tst_Importer::csvQuotingAndLineNumbers()
{
    const QByteArray content = "id,name,email\n"
                               "29:1a,\"Doe, Jane \"\"JD\"\"\",jane@x.example\n"
                               "29:1b,\"Two\nLines\",two@x.example\n"
                               "29:1c,Bad\"Quote,c@x\n"
                               "29:1d,Déborah Müller,deb@x.example\n";
    auto report = run(content, DirectoryImporter::Format::Csv);
    QVERIFY(report.ok());
    QCOMPARE(report->rejected, 1);
    QCOMPARE(report->issues.at(0).line, 5);
    QCOMPARE(report->imported, 3); // the record after a two-line record starts on line 5
    DirectoryQueries queries(*m_db);
    QCOMPARE(queries.person(QStringLiteral("29:1a"))->name, QStringLiteral("Doe, Jane \"JD\""));
    QCOMPARE(queries.person(QStringLiteral("29:1b"))->name,
             QStringLiteral("Two Lines")); // line break made a space
    QCOMPARE(queries.person(QStringLiteral("29:1d"))->name, QStringLiteral("Déborah Müller"));
}

void tst_Importer::progressCanCancel()
{
    QByteArray content;
    for (int i = 0; i < 100; ++i)
        content += line(personal(QStringLiteral("29:1p%1").arg(i), QStringLiteral("a:1c%1").arg(i)));
    QByteArray copy = content;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    DirectoryImporter::Options options;
    options.batchSize = 10;
    DirectoryImporter importer(*m_db, options);
    int calls = 0;
    importer.setProgress([&](const ImportReport &soFar, qint64 bytes) {
        ++calls;
        return soFar.imported < 30 && bytes > 0;
    });
    auto report = importer.importDevice(&buffer, DirectoryImporter::Format::JsonLines);
    QVERIFY(report.ok());
    QVERIFY(report->cancelled);
    QCOMPARE(report->imported, 30);
    QCOMPARE(calls, 3);
    QCOMPARE(DirectoryQueries(*m_db).counts()->people, 30); // committed batches stay
}

void tst_Importer::storageFailureIsAnError()
{
    // A capped file behaves like a full disk: the import fails with a sentence, the batch is rolled back.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
    QVERIFY(m_db->exec(QStringLiteral("PRAGMA max_page_count = %1").arg(q.value(0).toLongLong() + 2)).ok());
    QByteArray content;
    for (int i = 0; i < 3000; ++i)
        content += line(personal(QStringLiteral("29:1p%1").arg(i), QStringLiteral("a:1c%1").arg(i), true,
                                 QStringLiteral("Person number %1 with a long enough name").arg(i)));
    auto report = run(content, DirectoryImporter::Format::JsonLines);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().kind, Error::Kind::Storage);
    QVERIFY2(report.error().message.startsWith(QStringLiteral("The disk is full")),
             qPrintable(report.error().message));
    QCOMPARE(DirectoryQueries(*m_db).counts()->people, 0);
}

QTEST_GUILESS_MAIN(tst_Importer)
#include "tst_importer.moc"
