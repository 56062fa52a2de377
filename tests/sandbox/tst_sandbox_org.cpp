// The generated organisation: deterministic from the seed, realistic, and served as install events.
#include "SandboxTestClient.h"

#include "sandbox/NameBank.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace herald;
using namespace herald::sandbox;
using namespace herald::sandbox::test;

class TestSandboxOrg final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeedSameOrganisation();
    void otherSeedOtherOrganisation();
    void sharesOfUnreachablePeople();
    void realisticInternationalNames();
    void asciiFold_data();
    void asciiFold();
    void teamsChannelsAndMemberships();
    void idsRoundTrip();
    void installsJsonl();
    void installsJsonlLargeOrganisation();

private:
    static QStringList fingerprint(const Organisation &org, int count, bool withTeams = true);
    static QList<QJsonObject> readInstalls(SandboxServer &server, int timeoutMs);
};

QStringList TestSandboxOrg::fingerprint(const Organisation &org, int count, bool withTeams)
{
    QStringList out;
    for (int t = 0; withTeams && t < org.teamCount(); ++t) {
        const Team &team = org.team(t);
        out << team.id << team.name << team.aadGroupId << QString::number(team.members.size());
        for (const Channel &c : team.channels)
            out << c.id << c.name;
    }
    for (int i = 0; i < count; ++i) {
        const Person p = org.person(i);
        out << p.id << p.aadObjectId << p.name << p.givenName << p.surname << p.email << p.userPrincipalName
            << p.conversationId << QString::number(p.blockedBot) << QString::number(p.hasApp);
    }
    return out;
}

void TestSandboxOrg::sameSeedSameOrganisation()
{
    const Organisation a(42, 8, 2000, QStringLiteral("t"));
    const Organisation b(42, 8, 2000, QStringLiteral("t"));
    QCOMPARE(fingerprint(a, 2000), fingerprint(b, 2000));
    QCOMPARE(a.blockedCount(), b.blockedCount());
    QCOMPARE(a.withoutAppCount(), b.withoutAppCount());
}

void TestSandboxOrg::otherSeedOtherOrganisation()
{
    const Organisation a(42, 8, 300, QStringLiteral("t"));
    const Organisation b(43, 8, 300, QStringLiteral("t"));
    const QStringList fa = fingerprint(a, 300, false);
    const QStringList fb = fingerprint(b, 300, false);
    QCOMPARE(fa.size(), fb.size());
    int same = 0;
    for (qsizetype i = 0; i < fa.size(); ++i)
        same += fa.at(i) == fb.at(i) ? 1 : 0;
    QVERIFY2(same < fa.size() / 4, qPrintable(QString::number(same)));
    QVERIFY(a.memberId(0) != b.memberId(0));
}

void TestSandboxOrg::sharesOfUnreachablePeople()
{
    const Organisation org(7, 8, 20'000, QStringLiteral("t"));
    const double blocked = org.blockedCount() / 20'000.0;
    const double withoutApp = org.withoutAppCount() / 20'000.0;
    QVERIFY2(blocked > 0.015 && blocked < 0.025, qPrintable(QString::number(blocked)));
    QVERIFY2(withoutApp > 0.024 && withoutApp < 0.036, qPrintable(QString::number(withoutApp)));
    int counted = 0;
    for (int i = 0; i < 20'000; ++i)
        counted += org.blockedBot(i) ? 1 : 0;
    QCOMPARE(counted, org.blockedCount());
}

void TestSandboxOrg::realisticInternationalNames()
{
    const Organisation org(1, 8, 3000, QStringLiteral("t"));
    bool accent = false, apostrophe = false, hyphen = false, cjk = false, cyrillic = false, greek = false,
         arabic = false, devanagari = false;
    QSet<QString> emails;
    const QRegularExpression mail(QStringLiteral("^[a-z0-9.-]+@[a-z0-9.-]+$"));
    for (int i = 0; i < org.memberCount(); ++i) {
        const Person p = org.person(i);
        QVERIFY(!p.givenName.isEmpty() && !p.surname.isEmpty());
        QVERIFY(p.name.contains(p.givenName) && p.name.contains(p.surname));
        QVERIFY2(mail.match(p.email).hasMatch(), qPrintable(p.email));
        QVERIFY2(!emails.contains(p.email), qPrintable(p.email));
        emails.insert(p.email);
        QVERIFY(!QUuid::fromString(p.aadObjectId).isNull());
        for (const QChar c : p.name) {
            const char16_t u = c.unicode();
            accent |= (u >= 0xC0 && u <= 0x24F);
            cyrillic |= (u >= 0x400 && u <= 0x4FF);
            greek |= (u >= 0x370 && u <= 0x3FF);
            arabic |= (u >= 0x600 && u <= 0x6FF);
            devanagari |= (u >= 0x900 && u <= 0x97F);
            cjk |= (u >= 0x4E00 && u <= 0x9FFF);
        }
        apostrophe |= p.name.contains(u'\'');
        hyphen |= p.surname.contains(u'-');
    }
    QVERIFY(accent);
    QVERIFY(apostrophe);
    QVERIFY(hyphen);
    QVERIFY(cjk);
    QVERIFY(cyrillic);
    QVERIFY(greek);
    QVERIFY(arabic);
    QVERIFY(devanagari);
}

void TestSandboxOrg::asciiFold_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("accents") << QStringLiteral("José") << QStringLiteral("jose");
    QTest::newRow("compound") << QStringLiteral("Müller-Øster") << QStringLiteral("muller-oster");
    QTest::newRow("apostrophe") << QStringLiteral("O'Brien") << QStringLiteral("obrien");
    QTest::newRow("space") << QStringLiteral("van der Berg") << QStringLiteral("vanderberg");
    QTest::newRow("thorn") << QStringLiteral("Þórsdóttir") << QStringLiteral("thorsdottir");
    QTest::newRow("polish") << QStringLiteral("Łukasz") << QStringLiteral("lukasz");
    QTest::newRow("vietnamese") << QStringLiteral("Nguyễn") << QStringLiteral("nguyen");
    QTest::newRow("cjk drops") << QStringLiteral("山田") << QString();
}

void TestSandboxOrg::asciiFold()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(NameBank::asciiFold(input), expected);
}

void TestSandboxOrg::teamsChannelsAndMemberships()
{
    const Organisation org(3, 8, 1000, QStringLiteral("t"));
    QCOMPARE(org.teamCount(), 8);
    QHash<int, int> membershipCount;
    QSet<QString> teamNames;
    for (int t = 0; t < org.teamCount(); ++t) {
        const Team &team = org.team(t);
        QVERIFY(!team.members.isEmpty());
        QVERIFY(std::is_sorted(team.members.cbegin(), team.members.cend()));
        QVERIFY(team.channels.size() >= 2 && team.channels.size() <= 8);
        QVERIFY(team.channels.at(0).general);
        QCOMPARE(team.channels.at(0).id, team.id);
        QVERIFY(team.channels.at(0).name.isEmpty());
        QVERIFY(team.id.startsWith(QStringLiteral("19:")) &&
                team.id.endsWith(QStringLiteral("@thread.tacv2")));
        teamNames.insert(team.name);
        for (int m : team.members)
            ++membershipCount[m];
    }
    QCOMPARE(teamNames.size(), 8);
    QCOMPARE(membershipCount.size(), 1000);
    bool overlapping = false;
    for (auto it = membershipCount.cbegin(); it != membershipCount.cend(); ++it) {
        QVERIFY(it.value() >= 1 && it.value() <= 3);
        QCOMPARE(org.person(it.key()).teams.size(), it.value());
        overlapping |= it.value() > 1;
    }
    QVERIFY(overlapping);
    // Every team non-empty even when people are few.
    const Organisation tiny(3, 20, 20, QStringLiteral("t"));
    for (int t = 0; t < tiny.teamCount(); ++t)
        QVERIFY(!tiny.team(t).members.isEmpty());
}

void TestSandboxOrg::idsRoundTrip()
{
    const Organisation org(9, 4, 5000, QStringLiteral("t"));
    QSet<QString> ids;
    for (int i = 0; i < 5000; i += 7) {
        const QString id = org.memberId(i);
        QVERIFY(id.startsWith(QStringLiteral("29:")));
        QCOMPARE(org.memberIndex(id), i);
        QCOMPARE(org.memberIndexByConversation(org.conversationId(i)), i);
        ids.insert(id);
    }
    QCOMPARE(ids.size(), (5000 + 6) / 7);
    QString forged = org.memberId(10);
    forged[forged.size() - 1] = forged.back() == u'A' ? u'B' : u'A';
    QCOMPARE(org.memberIndex(forged), -1);
    QCOMPARE(org.memberIndex(QStringLiteral("29:1")), -1);
    QCOMPARE(org.memberIndex(QStringLiteral("not an id at all")), -1);
    QCOMPARE(org.memberIndexByConversation(org.memberId(10)), -1);
    const Organisation other(10, 4, 5000, QStringLiteral("t"));
    QCOMPARE(other.memberIndex(org.memberId(10)), -1);
}

QList<QJsonObject> TestSandboxOrg::readInstalls(SandboxServer &server, int timeoutMs)
{
    SandboxTestClient client(server);
    const HttpAnswer answer =
        client.request(QByteArrayLiteral("GET"), QStringLiteral("/_sandbox/installs.jsonl"), QByteArray(),
                       QByteArray(), timeoutMs);
    QList<QJsonObject> lines;
    if (answer.status != 200)
        return lines;
    for (const QByteArray &line : answer.body.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return {}; // every line must be an object
        lines.append(doc.object());
    }
    return lines;
}

void TestSandboxOrg::installsJsonl()
{
    SandboxOptions options;
    options.members = 600;
    options.teams = 5;
    SandboxServer server(options);
    QVERIFY(server.listen().ok());
    const Organisation &org = server.organisation();
    const QList<QJsonObject> lines = readInstalls(server, 10'000);
    QCOMPARE(lines.size(), org.teamCount() + org.memberCount() - org.withoutAppCount());

    SandboxTestClient client(server);
    QVERIFY(!client.signIn().isEmpty());
    int teams = 0;
    int personal = 0;
    for (const QJsonObject &event : lines) {
        QCOMPARE(event.value(QStringLiteral("type")).toString(), QStringLiteral("conversationUpdate"));
        QCOMPARE(event.value(QStringLiteral("serviceUrl")).toString(), server.baseUrl().toString());
        const QJsonObject conversation = event.value(QStringLiteral("conversation")).toObject();
        const QJsonObject channelData = event.value(QStringLiteral("channelData")).toObject();
        QCOMPARE(
            channelData.value(QStringLiteral("tenant")).toObject().value(QStringLiteral("id")).toString(),
            options.tenantId);
        const QJsonArray added = event.value(QStringLiteral("membersAdded")).toArray();
        QCOMPARE(added.size(), 1);
        if (conversation.value(QStringLiteral("conversationType")).toString() == u"channel") {
            ++teams;
            const QJsonObject team = channelData.value(QStringLiteral("team")).toObject();
            QCOMPARE(org.teamIndex(team.value(QStringLiteral("id")).toString()) >= 0, true);
            QVERIFY(!team.value(QStringLiteral("name")).toString().isEmpty());
            QCOMPARE(channelData.value(QStringLiteral("eventType")).toString(),
                     QStringLiteral("teamMemberAdded"));
            QCOMPARE(added.at(0).toObject().value(QStringLiteral("id")).toString(),
                     QStringLiteral("28:") + options.appId);
        } else {
            QCOMPARE(conversation.value(QStringLiteral("conversationType")).toString(),
                     QStringLiteral("personal"));
            const QJsonObject member = added.at(0).toObject();
            const int index = org.memberIndex(member.value(QStringLiteral("id")).toString());
            QVERIFY(index >= 0);
            QVERIFY(org.hasApp(index));
            QCOMPARE(member.value(QStringLiteral("aadObjectId")).toString(), org.person(index).aadObjectId);
            // The install's conversation is the one create-1:1 answers (checked for a sample).
            if (personal++ % 97 == 0 && !org.blockedBot(index)) {
                const HttpAnswer created =
                    client.post(QStringLiteral("/v3/conversations"),
                                client.createBody(member.value(QStringLiteral("id")).toString()));
                QCOMPARE(created.status, 201);
                QCOMPARE(created.json().value(QStringLiteral("id")).toString(),
                         conversation.value(QStringLiteral("id")).toString());
            }
        }
    }
    QCOMPARE(teams, org.teamCount());
}

void TestSandboxOrg::installsJsonlLargeOrganisation()
{
    SandboxOptions options;
    options.members = 100'000;
    options.teams = 40;
    QElapsedTimer timer;
    timer.start();
    SandboxServer server(options);
    QVERIFY(server.listen().ok());
    const QList<QJsonObject> lines = readInstalls(server, 30'000);
    QCOMPARE(lines.size(), 40 + 100'000 - server.organisation().withoutAppCount());
    qInfo("100,000 members generated and streamed in %lld ms", timer.elapsed());
}

QTEST_GUILESS_MAIN(TestSandboxOrg)
#include "tst_sandbox_org.moc"
