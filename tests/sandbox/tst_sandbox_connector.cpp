// The sandbox's connector routes, their answers and Teams' error bodies.
#include "SandboxTestClient.h"

#include "common/Clock.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

using namespace herald;
using namespace herald::sandbox;
using namespace herald::sandbox::test;

class TestSandboxConnector final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void createPersonalIsIdempotent();
    void createPersonalWithActivity();
    void createPersonalErrors_data();
    void createPersonalErrors();
    void unreachablePeople_data();
    void unreachablePeople();
    void channelReplyChain();
    void channelReplyChainErrors();
    void sendReplyUpdateDelete();
    void unknownConversationAndActivity();
    void messageSizeLimit();
    void duplicatesAreCounted();
    void pagedMembersCoverRosterOnce_data();
    void pagedMembersCoverRosterOnce();
    void pagedMembersBadToken();
    void unpagedMembersAndPersonalRoster();
    void teamAndChannels();
    void badRequests_data();
    void badRequests();
    void fuzzNeverCrashes();

private:
    QString reachableMember(int skip = 0) const;
    QString createPersonal(SandboxTestClient &client, const QString &memberId);

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

void TestSandboxConnector::init()
{
    m_clock = std::make_unique<ManualClock>();
    SandboxOptions options;
    options.members = 400;
    options.teams = 3;
    options.limits = false; // the limits have their own test
    m_server = std::make_unique<SandboxServer>(options, m_clock.get());
    QVERIFY(m_server->listen().ok());
    m_client = std::make_unique<SandboxTestClient>(*m_server);
    QVERIFY(!m_client->signIn().isEmpty());
}

void TestSandboxConnector::cleanup()
{
    m_client.reset();
    m_server.reset();
    m_clock.reset();
}

QString TestSandboxConnector::reachableMember(int skip) const
{
    const int index = findPerson(m_server->organisation(), Reachability::Reachable, skip);
    return index < 0 ? QString() : m_server->organisation().memberId(index);
}

QString TestSandboxConnector::createPersonal(SandboxTestClient &client, const QString &memberId)
{
    const HttpAnswer answer = client.post(QStringLiteral("/v3/conversations"), client.createBody(memberId));
    return answer.status == 201 ? answer.json().value(QStringLiteral("id")).toString() : QString();
}

void TestSandboxConnector::createPersonalIsIdempotent()
{
    const QString member = reachableMember();
    const HttpAnswer first =
        m_client->post(QStringLiteral("/v3/conversations"), m_client->createBody(member));
    QCOMPARE(first.status, 201);
    const QString id = first.json().value(QStringLiteral("id")).toString();
    QVERIFY(id.startsWith(QStringLiteral("a:")));
    QVERIFY(!first.json().contains(QStringLiteral("activityId")));
    QCOMPARE(createPersonal(*m_client, member), id);
    const QString other = createPersonal(*m_client, reachableMember(1));
    QVERIFY(!other.isEmpty());
    QVERIFY(other != id);
    // The id is the one the install events carry.
    QCOMPARE(id, m_server->organisation().conversationId(m_server->organisation().memberIndex(member)));
}

void TestSandboxConnector::createPersonalWithActivity()
{
    QJsonObject body = m_client->createBody(reachableMember());
    body.insert(QStringLiteral("activity"), SandboxTestClient::message(QStringLiteral("Welcome!")));
    const HttpAnswer answer = m_client->post(QStringLiteral("/v3/conversations"), body);
    QCOMPARE(answer.status, 201);
    QVERIFY(!answer.json().contains(QStringLiteral("activityId")));
    const QString id = answer.json().value(QStringLiteral("id")).toString();
    const QJsonObject arrived =
        m_client->get(QStringLiteral("/_sandbox/activities?conversation=%1").arg(enc(id))).json();
    QCOMPARE(arrived.value(QStringLiteral("count")).toInt(), 1);
    const QJsonObject first = arrived.value(QStringLiteral("activities")).toArray().at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("body")).toObject().value(QStringLiteral("text")).toString(),
             QStringLiteral("Welcome!"));
    QCOMPARE(m_client->stats().value(QStringLiteral("activities")).toInt(), 1);
}

void TestSandboxConnector::createPersonalErrors_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("no members") << QStringLiteral("noMembers") << 400 << QStringLiteral("BadArgument");
    QTest::newRow("two members") << QStringLiteral("twoMembers") << 400 << QStringLiteral("BadArgument");
    QTest::newRow("no tenant") << QStringLiteral("noTenant") << 400 << QStringLiteral("BadArgument");
    QTest::newRow("tenant only in channelData") << QStringLiteral("channelDataTenant") << 201 << QString();
    QTest::newRow("wrong bot") << QStringLiteral("wrongBot") << 400 << QStringLiteral("BadArgument");
    QTest::newRow("unknown member") << QStringLiteral("unknownMember") << 400
                                    << QStringLiteral("BadArgument");
    QTest::newRow("activity not an object")
        << QStringLiteral("badActivity") << 400 << QStringLiteral("BadSyntax");
    QTest::newRow("activity without type")
        << QStringLiteral("untypedActivity") << 400 << QStringLiteral("BadArgument");
}

void TestSandboxConnector::createPersonalErrors()
{
    QFETCH(QString, change);
    QFETCH(int, status);
    QFETCH(QString, code);
    QJsonObject body = m_client->createBody(reachableMember());
    const QJsonObject member{{QStringLiteral("id"), reachableMember(1)}};
    if (change == u"noMembers")
        body.insert(QStringLiteral("members"), QJsonArray());
    else if (change == u"twoMembers")
        body.insert(QStringLiteral("members"),
                    QJsonArray{member, QJsonObject{{QStringLiteral("id"), reachableMember(2)}}});
    else if (change == u"noTenant" || change == u"channelDataTenant")
        body.remove(QStringLiteral("tenantId"));
    if (change == u"noTenant")
        body.remove(QStringLiteral("channelData"));
    else if (change == u"wrongBot")
        body.insert(QStringLiteral("bot"),
                    QJsonObject{{QStringLiteral("id"), QStringLiteral("28:someone-else")}});
    else if (change == u"unknownMember")
        body.insert(
            QStringLiteral("members"),
            QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("29:1forgedIdThatNobodyHas")}}});
    else if (change == u"badActivity")
        body.insert(QStringLiteral("activity"), QStringLiteral("hello"));
    else if (change == u"untypedActivity")
        body.insert(QStringLiteral("activity"), QJsonObject{{QStringLiteral("text"), QStringLiteral("hi")}});

    const HttpAnswer answer = m_client->post(QStringLiteral("/v3/conversations"), body);
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.errorCode(), code);
    if (status >= 400) {
        QVERIFY(!answer.json()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("message"))
                     .toString()
                     .isEmpty());
        QVERIFY(!answer.header("X-Correlating-OperationId").isEmpty());
        QCOMPARE(m_client->stats().value(QStringLiteral("conversations")).toInt(), 0);
    }
}

void TestSandboxConnector::unreachablePeople_data()
{
    QTest::addColumn<int>("reachability");
    QTest::addColumn<QString>("code");
    QTest::newRow("blocked the bot") << int(Reachability::Blocked)
                                     << QStringLiteral("ConversationBlockedByUser");
    QTest::newRow("without the app") << int(Reachability::WithoutApp)
                                     << QStringLiteral("ForbiddenOperationException");
}

void TestSandboxConnector::unreachablePeople()
{
    QFETCH(int, reachability);
    QFETCH(QString, code);
    const Organisation &org = m_server->organisation();
    const int index = findPerson(org, Reachability(reachability));
    QVERIFY(index >= 0);
    const HttpAnswer create =
        m_client->post(QStringLiteral("/v3/conversations"), m_client->createBody(org.memberId(index)));
    QCOMPARE(create.status, 403);
    QCOMPARE(create.errorCode(), code);
    const HttpAnswer send =
        m_client->send(org.conversationId(index), SandboxTestClient::message(QStringLiteral("hi")));
    QCOMPARE(send.status, 403);
    QCOMPARE(send.errorCode(), code);
    QCOMPARE(m_client->stats().value(QStringLiteral("activities")).toInt(), 0);
}

void TestSandboxConnector::channelReplyChain()
{
    const Team &team = m_server->organisation().team(0);
    QVERIFY(team.channels.size() >= 2);
    const QString channelId = team.channels.at(1).id;
    const QJsonObject body{
        {QStringLiteral("isGroup"), true},
        {QStringLiteral("channelData"),
         QJsonObject{{QStringLiteral("channel"), QJsonObject{{QStringLiteral("id"), channelId}}}}},
        {QStringLiteral("activity"), SandboxTestClient::message(QStringLiteral("Launch day"))},
        {QStringLiteral("tenantId"), m_server->options().tenantId}};
    const HttpAnswer first = m_client->post(QStringLiteral("/v3/conversations"), body);
    QCOMPARE(first.status, 201);
    const QString id = first.json().value(QStringLiteral("id")).toString();
    const QString activityId = first.json().value(QStringLiteral("activityId")).toString();
    QVERIFY(!activityId.isEmpty());
    QCOMPARE(id, channelId + QStringLiteral(";messageid=") + activityId);
    // A second chain is a new thread.
    const HttpAnswer second = m_client->post(QStringLiteral("/v3/conversations"), body);
    QCOMPARE(second.status, 201);
    QVERIFY(second.json().value(QStringLiteral("id")).toString() != id);
    // Replies go into the chain; the chain's roster is the team's.
    const HttpAnswer reply =
        m_client->post(QStringLiteral("/v3/conversations/%1/activities/%2").arg(enc(id), activityId),
                       SandboxTestClient::message(QStringLiteral("More")));
    QCOMPARE(reply.status, 201);
    const HttpAnswer roster =
        m_client->get(QStringLiteral("/v3/conversations/%1/pagedmembers?pageSize=500").arg(enc(id)));
    QCOMPARE(roster.status, 200);
    QCOMPARE(roster.json().value(QStringLiteral("members")).toArray().size(), team.members.size());
    // General is the team id itself.
    const QJsonObject general{
        {QStringLiteral("isGroup"), true},
        {QStringLiteral("channelData"),
         QJsonObject{{QStringLiteral("channel"), QJsonObject{{QStringLiteral("id"), team.id}}}}},
        {QStringLiteral("activity"), SandboxTestClient::message(QStringLiteral("All hands"))}};
    QCOMPARE(m_client->post(QStringLiteral("/v3/conversations"), general).status, 201);
}

void TestSandboxConnector::channelReplyChainErrors()
{
    const QString channelId = m_server->organisation().team(0).channels.at(1).id;
    const QJsonObject noActivity{
        {QStringLiteral("isGroup"), true},
        {QStringLiteral("channelData"),
         QJsonObject{{QStringLiteral("channel"), QJsonObject{{QStringLiteral("id"), channelId}}}}}};
    const HttpAnswer missing = m_client->post(QStringLiteral("/v3/conversations"), noActivity);
    QCOMPARE(missing.status, 400);
    QCOMPARE(missing.errorCode(), QStringLiteral("BadSyntax"));
    QJsonObject unknown = noActivity;
    unknown.insert(
        QStringLiteral("channelData"),
        QJsonObject{{QStringLiteral("channel"),
                     QJsonObject{{QStringLiteral("id"), QStringLiteral("19:nope@thread.tacv2")}}}});
    unknown.insert(QStringLiteral("activity"), SandboxTestClient::message(QStringLiteral("x")));
    QCOMPARE(m_client->post(QStringLiteral("/v3/conversations"), unknown).errorCode(),
             QStringLiteral("ConversationNotFound"));
    // A reply chain nobody created does not exist.
    QCOMPARE(m_client
                 ->send(channelId + QStringLiteral(";messageid=42"),
                        SandboxTestClient::message(QStringLiteral("x")))
                 .status,
             404);
}

void TestSandboxConnector::sendReplyUpdateDelete()
{
    const QString conversation = createPersonal(*m_client, reachableMember());
    const QString path = QStringLiteral("/v3/conversations/%1/activities").arg(enc(conversation));
    const HttpAnswer sent = m_client->post(path, SandboxTestClient::message(QStringLiteral("one")));
    QCOMPARE(sent.status, 201);
    const QString activityId = sent.json().value(QStringLiteral("id")).toString();
    QVERIFY(!activityId.isEmpty());

    const HttpAnswer replied =
        m_client->post(path + u'/' + activityId, SandboxTestClient::message(QStringLiteral("two")));
    QCOMPARE(replied.status, 201);
    QVERIFY(replied.json().value(QStringLiteral("id")).toString() != activityId);

    const HttpAnswer updated =
        m_client->put(path + u'/' + activityId, SandboxTestClient::message(QStringLiteral("one, edited")));
    QCOMPARE(updated.status, 200);
    QCOMPARE(updated.json().value(QStringLiteral("id")).toString(), activityId);

    QCOMPARE(m_client->del(path + u'/' + activityId).status, 200);
    QCOMPARE(m_client->del(path + u'/' + activityId).errorCode(),
             QStringLiteral("ActivityNotFoundInConversation"));
    QCOMPARE(m_client->put(path + u'/' + activityId, SandboxTestClient::message(QStringLiteral("x"))).status,
             404);

    const QJsonObject stats = m_client->stats();
    QCOMPARE(stats.value(QStringLiteral("activities")).toInt(), 2);
    QCOMPARE(stats.value(QStringLiteral("updates")).toInt(), 1);
    QCOMPARE(stats.value(QStringLiteral("deletes")).toInt(), 1);
    const QJsonArray arrived =
        m_client->get(QStringLiteral("/_sandbox/activities?conversation=%1").arg(enc(conversation)))
            .json()
            .value(QStringLiteral("activities"))
            .toArray();
    QCOMPARE(arrived.size(), 2);
    QCOMPARE(arrived.at(0)
                 .toObject()
                 .value(QStringLiteral("body"))
                 .toObject()
                 .value(QStringLiteral("text"))
                 .toString(),
             QStringLiteral("one, edited"));
    QVERIFY(arrived.at(0).toObject().value(QStringLiteral("deleted")).toBool());
}

void TestSandboxConnector::unknownConversationAndActivity()
{
    for (const QString &id : {QStringLiteral("a:1doesNotExist"), QStringLiteral("19:nothing@thread.tacv2"),
                              QStringLiteral("garbage")}) {
        const HttpAnswer answer = m_client->send(id, SandboxTestClient::message(QStringLiteral("hi")));
        QCOMPARE(answer.status, 404);
        QCOMPARE(answer.errorCode(), QStringLiteral("ConversationNotFound"));
        QVERIFY(!answer.header("X-Correlating-OperationId").isEmpty());
    }
    const QString conversation = createPersonal(*m_client, reachableMember());
    const QString path = QStringLiteral("/v3/conversations/%1/activities/").arg(enc(conversation));
    for (const QString &activity : {QStringLiteral("1776999999999"), QStringLiteral("not-a-number")}) {
        QCOMPARE(m_client->post(path + activity, SandboxTestClient::message(QStringLiteral("x"))).errorCode(),
                 QStringLiteral("ActivityNotFoundInConversation"));
        QCOMPARE(m_client->del(path + activity).status, 404);
    }
}

void TestSandboxConnector::messageSizeLimit()
{
    const QString conversation = createPersonal(*m_client, reachableMember());
    // 100 KB of UTF-16 is 51,200 code units: the JSON wrapper pushes this text over.
    const HttpAnswer tooBig = m_client->send(conversation, SandboxTestClient::message(QString(51'200, u'x')));
    QCOMPARE(tooBig.status, 413);
    QCOMPARE(tooBig.errorCode(), QStringLiteral("MessageSizeTooBig"));
    // Characters outside ASCII count once in UTF-16 even though UTF-8 needs 3 bytes.
    const HttpAnswer fits =
        m_client->send(conversation, SandboxTestClient::message(QString(50'000, QChar(0x5C71))));
    QCOMPARE(fits.status, 201);
    QCOMPARE(m_client->stats().value(QStringLiteral("activities")).toInt(), 1);
}

void TestSandboxConnector::duplicatesAreCounted()
{
    const QString a = createPersonal(*m_client, reachableMember());
    const QString b = createPersonal(*m_client, reachableMember(1));
    const QJsonObject hello = SandboxTestClient::message(QStringLiteral("hello"));
    QCOMPARE(m_client->send(a, hello).status, 201);
    QCOMPARE(m_client->send(b, hello).status, 201); // another conversation: not a duplicate
    QCOMPARE(m_client->send(a, SandboxTestClient::message(QStringLiteral("other"))).status, 201);
    QCOMPARE(m_client->stats().value(QStringLiteral("duplicates")).toInt(), 0);
    QCOMPARE(m_client->send(a, hello).status, 201);
    QCOMPARE(m_client->stats().value(QStringLiteral("duplicates")).toInt(), 1);
    QCOMPARE(m_client->send(a, hello).status, 201);
    const QJsonObject stats = m_client->stats();
    QCOMPARE(stats.value(QStringLiteral("duplicates")).toInt(), 2);
    QCOMPARE(stats.value(QStringLiteral("activities")).toInt(), 5);
}

void TestSandboxConnector::pagedMembersCoverRosterOnce_data()
{
    QTest::addColumn<int>("asked");
    QTest::addColumn<int>("expectedPage");
    QTest::newRow("below minimum") << 1 << 50;
    QTest::newRow("in range") << 73 << 73;
    QTest::newRow("above maximum") << 5000 << 500;
    QTest::newRow("default") << 0 << 200;
}

void TestSandboxConnector::pagedMembersCoverRosterOnce()
{
    QFETCH(int, asked);
    QFETCH(int, expectedPage);
    const Team &team = m_server->organisation().team(0);
    QVERIFY(team.members.size() > 100);
    QSet<QString> seen;
    QString token;
    int pages = 0;
    do {
        QUrlQuery query;
        if (asked > 0)
            query.addQueryItem(QStringLiteral("pageSize"), QString::number(asked));
        if (!token.isEmpty())
            query.addQueryItem(QStringLiteral("continuationToken"), enc(token));
        const HttpAnswer page = m_client->get(QStringLiteral("/v3/conversations/%1/pagedmembers?%2")
                                                  .arg(enc(team.id), query.toString(QUrl::FullyEncoded)));
        QCOMPARE(page.status, 200);
        const QJsonArray members = page.json().value(QStringLiteral("members")).toArray();
        token = page.json().value(QStringLiteral("continuationToken")).toString();
        QVERIFY(members.size() <= expectedPage);
        if (!token.isEmpty())
            QCOMPARE(members.size(), expectedPage);
        for (const QJsonValue &value : members) {
            const QJsonObject m = value.toObject();
            QVERIFY(m.value(QStringLiteral("id")).toString().startsWith(QStringLiteral("29:")));
            for (const char *key :
                 {"name", "aadObjectId", "givenName", "surname", "email", "userPrincipalName", "tenantId"})
                QVERIFY2(!m.value(QString::fromLatin1(key)).toString().isEmpty(), key);
            QCOMPARE(m.value(QStringLiteral("userRole")).toString(), QStringLiteral("user"));
            QVERIFY2(!seen.contains(m.value(QStringLiteral("id")).toString()), "a member came twice");
            seen.insert(m.value(QStringLiteral("id")).toString());
        }
        QVERIFY(++pages < 100);
    } while (!token.isEmpty());
    QCOMPARE(seen.size(), team.members.size());
}

void TestSandboxConnector::pagedMembersBadToken()
{
    const Team &team = m_server->organisation().team(0);
    const HttpAnswer answer = m_client->get(
        QStringLiteral("/v3/conversations/%1/pagedmembers?continuationToken=forged").arg(enc(team.id)));
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.errorCode(), QStringLiteral("BadArgument"));
    QCOMPARE(m_client
                 ->get(QStringLiteral("/v3/conversations/%1/pagedmembers")
                           .arg(enc(QStringLiteral("19:x@thread.tacv2"))))
                 .status,
             404);
}

void TestSandboxConnector::unpagedMembersAndPersonalRoster()
{
    const Team &team = m_server->organisation().team(1);
    const HttpAnswer all = m_client->get(QStringLiteral("/v3/conversations/%1/members").arg(enc(team.id)));
    QCOMPARE(all.status, 200);
    QCOMPARE(all.array().size(), team.members.size());
    const QString member = reachableMember();
    const QString conversation = createPersonal(*m_client, member);
    const HttpAnswer personal =
        m_client->get(QStringLiteral("/v3/conversations/%1/pagedmembers").arg(enc(conversation)));
    const QJsonArray members = personal.json().value(QStringLiteral("members")).toArray();
    QCOMPARE(members.size(), 1);
    QCOMPARE(members.at(0).toObject().value(QStringLiteral("id")).toString(), member);
    QVERIFY(!personal.json().contains(QStringLiteral("continuationToken")));
}

void TestSandboxConnector::teamAndChannels()
{
    const Team &team = m_server->organisation().team(2);
    const HttpAnswer details = m_client->get(QStringLiteral("/v3/teams/%1").arg(enc(team.id)));
    QCOMPARE(details.status, 200);
    QCOMPARE(details.json().value(QStringLiteral("id")).toString(), team.id);
    QCOMPARE(details.json().value(QStringLiteral("name")).toString(), team.name);
    QCOMPARE(details.json().value(QStringLiteral("aadGroupId")).toString(), team.aadGroupId);

    const HttpAnswer channels = m_client->get(QStringLiteral("/v3/teams/%1/conversations").arg(enc(team.id)));
    QCOMPARE(channels.status, 200);
    const QJsonArray list = channels.json().value(QStringLiteral("conversations")).toArray();
    QVERIFY(list.size() >= 2 && list.size() <= 8);
    const QJsonObject general = list.at(0).toObject();
    QCOMPARE(general.value(QStringLiteral("id")).toString(), team.id);
    QVERIFY(general.value(QStringLiteral("name")).isNull());
    for (qsizetype i = 1; i < list.size(); ++i)
        QVERIFY(!list.at(i).toObject().value(QStringLiteral("name")).toString().isEmpty());

    QCOMPARE(
        m_client->get(QStringLiteral("/v3/teams/%1").arg(enc(QStringLiteral("19:nope@thread.tacv2")))).status,
        404);
}

void TestSandboxConnector::badRequests_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    const QByteArray json = QByteArrayLiteral("application/json");
    const QString send = QStringLiteral("/v3/conversations/CONV/activities");
    QTest::newRow("malformed JSON") << QByteArrayLiteral("POST") << send
                                    << QByteArrayLiteral("{\"type\":\"message\",") << json << 400
                                    << QStringLiteral("BadSyntax");
    QTest::newRow("JSON array") << QByteArrayLiteral("POST") << send << QByteArrayLiteral("[1,2]") << json
                                << 400 << QStringLiteral("BadSyntax");
    QTest::newRow("empty body") << QByteArrayLiteral("POST") << send << QByteArrayLiteral("") << json << 400
                                << QStringLiteral("BadSyntax");
    QTest::newRow("wrong content type")
        << QByteArrayLiteral("POST") << send << QByteArrayLiteral("{\"type\":\"message\"}")
        << QByteArrayLiteral("text/plain") << 415 << QStringLiteral("UnsupportedMediaType");
    QTest::newRow("huge body") << QByteArrayLiteral("POST") << send << QByteArray(5 * 1024 * 1024, 'x')
                               << json << 413 << QStringLiteral("RequestEntityTooLarge");
    QTest::newRow("missing type") << QByteArrayLiteral("POST") << send
                                  << QByteArrayLiteral("{\"text\":\"hi\"}") << json << 400
                                  << QStringLiteral("BadArgument");
    QTest::newRow("unknown route") << QByteArrayLiteral("GET") << QStringLiteral("/v3/nothing/here")
                                   << QByteArray() << QByteArray() << 404 << QStringLiteral("NotFound");
    QTest::newRow("unknown root") << QByteArrayLiteral("GET") << QStringLiteral("/favicon.ico")
                                  << QByteArray() << QByteArray() << 404 << QStringLiteral("NotFound");
    QTest::newRow("wrong method") << QByteArrayLiteral("GET") << send << QByteArray() << QByteArray() << 405
                                  << QStringLiteral("MethodNotAllowed");
    QTest::newRow("wrong method on create")
        << QByteArrayLiteral("DELETE") << QStringLiteral("/v3/conversations") << QByteArray() << QByteArray()
        << 405 << QStringLiteral("MethodNotAllowed");
    QTest::newRow("create without members")
        << QByteArrayLiteral("POST") << QStringLiteral("/v3/conversations")
        << QByteArrayLiteral("{\"isGroup\":false}") << json << 400 << QStringLiteral("BadArgument");
    QTest::newRow("isGroup not bool")
        << QByteArrayLiteral("POST") << QStringLiteral("/v3/conversations")
        << QByteArrayLiteral("{\"isGroup\":\"yes\"}") << json << 400 << QStringLiteral("BadArgument");
    QTest::newRow("bad page size") << QByteArrayLiteral("GET")
                                   << QStringLiteral("/v3/conversations/CONV/pagedmembers?pageSize=abc")
                                   << QByteArray() << QByteArray() << 400 << QStringLiteral("BadArgument");
    QTest::newRow("unknown sandbox route")
        << QByteArrayLiteral("GET") << QStringLiteral("/_sandbox/nothing") << QByteArray() << QByteArray()
        << 404 << QStringLiteral("NotFound");
    QTest::newRow("bad faults") << QByteArrayLiteral("POST") << QStringLiteral("/_sandbox/faults")
                                << QByteArrayLiteral("{\"next\":[\"boom\"]}") << json << 400
                                << QStringLiteral("BadArgument");
    QTest::newRow("activities without conversation")
        << QByteArrayLiteral("GET") << QStringLiteral("/_sandbox/activities") << QByteArray() << QByteArray()
        << 400 << QStringLiteral("BadArgument");
}

void TestSandboxConnector::badRequests()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    QFETCH(QString, code);

    const QString conversation = createPersonal(*m_client, reachableMember());
    path.replace(QStringLiteral("CONV"), enc(conversation));
    const HttpAnswer answer = m_client->request(verb, path, body, contentType);
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.errorCode(), code);
    QVERIFY(!answer.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("message"))
                 .toString()
                 .isEmpty());
    QVERIFY(answer.header("Content-Type").startsWith("application/json"));
    QVERIFY(!answer.header("X-Correlating-OperationId").isEmpty());
    QCOMPARE(m_client->stats().value(QStringLiteral("activities")).toInt(), 0);
    // Still answering.
    QCOMPARE(m_client->send(conversation, SandboxTestClient::message(QStringLiteral("after"))).status, 201);
}

void TestSandboxConnector::fuzzNeverCrashes()
{
    QRandomGenerator rng(20240601);
    const QString conversation = createPersonal(*m_client, reachableMember());
    const QStringList paths{
        QStringLiteral("/v3/conversations"),
        QStringLiteral("/v3/conversations/%1/activities").arg(enc(conversation)),
        QStringLiteral("/v3/conversations/%1/activities/1776000000001").arg(enc(conversation)),
        QStringLiteral("/v3/conversations/") + enc(conversation) +
            QStringLiteral("/pagedmembers?pageSize=-5&continuationToken=%25%25%FF"),
        QStringLiteral("/v3/teams/%2F%2F"),
        QStringLiteral("/x/oauth2/v2.0/token"),
        QStringLiteral("/_sandbox/faults"),
        QStringLiteral("/v3/conversations/%00/activities")};
    const QList<QByteArray> verbs{"GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"};
    const QList<QByteArray> types{"application/json", "application/x-www-form-urlencoded", "text/plain", ""};
    for (int i = 0; i < 150; ++i) {
        QByteArray body;
        const int kind = rng.bounded(4);
        if (kind == 0) {
            body.resize(rng.bounded(2000));
            for (char &c : body)
                c = static_cast<char>(rng.bounded(256));
        } else if (kind == 1) {
            body = QByteArrayLiteral("{\"isGroup\":") + QByteArray::number(rng.bounded(3)) +
                   ",\"members\":[{\"id\":null}],\"activity\":[]}";
        } else if (kind == 2) {
            body = QByteArrayLiteral("{\"type\":\"message\",\"text\":") + QByteArray(rng.bounded(50), '[');
        }
        const QByteArray verb = verbs.at(rng.bounded(verbs.size()));
        const QString path = paths.at(rng.bounded(paths.size()));
        const HttpAnswer answer = m_client->request(verb, path, body, types.at(rng.bounded(types.size())));
        QVERIFY2(answer.status >= 200 && answer.status < 500,
                 qPrintable(QStringLiteral("%1 %2 -> %3 (%4)")
                                .arg(QString::fromLatin1(verb), path)
                                .arg(answer.status)
                                .arg(answer.error)));
    }
    // Clear whatever faults the fuzz configured, then check it still works.
    QCOMPARE(m_client->del(QStringLiteral("/_sandbox/faults")).status, 200);
    QCOMPARE(m_client->send(conversation, SandboxTestClient::message(QStringLiteral("alive"))).status, 201);
}

QTEST_GUILESS_MAIN(TestSandboxConnector)
#include "tst_sandbox_connector.moc"
