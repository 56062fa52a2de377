#include "auth/TokenProvider.h"
#include "common/Clock.h"
#include "connector/ConnectorClient.h"
#include "connector/ConnectorError.h"
#include "SandboxHelpers.h"

#include <QNetworkAccessManager>
#include <QSet>
#include <QTest>

#include <optional>

using herald::Error;
using herald::ManualClock;
using herald::Result;
using herald::Status;
using namespace herald::auth;
using namespace herald::connector;
using namespace herald::sandbox;

// Every typed connector call against the real sandbox (in-process, real loopback HTTP).
class tst_ConnectorSandbox final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void createPersonalConversationIsIdempotent();
    void channelThread();
    void sendReplyUpdateDelete();
    void pagesThroughAllMembers();
    void teamDetailsAndChannels();
    void unreachablePeople();
    void throttledWithRetryAfter();
    void untrustedServiceUrlNeverReachesTheSandbox_data();
    void untrustedServiceUrlNeverReachesTheSandbox();

private:
    void start(bool limits);
    template <typename T>
    std::optional<Result<T>> run(const std::function<ConnectorCall *(ConnectorClient::Callback<T>)> &call);
    qint64 stat(const char *name) const;
    QJsonObject message(const QString &text) const;

    ManualClock m_clock;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<TokenProvider> m_tokens;
    std::unique_ptr<ConnectorClient> m_client;
};

void tst_ConnectorSandbox::start(bool limits)
{
    m_client.reset();
    m_tokens.reset();
    m_server.reset();
    SandboxOptions options;
    options.teams = 3;
    options.members = 300;
    options.limits = limits;
    m_server = std::make_unique<SandboxServer>(options, &m_clock);
    QVERIFY(m_server->listen().ok());
    const Profile profile = herald::test::sandboxProfile(*m_server);
    QVERIFY(profile.validate().ok());
    m_tokens = std::make_unique<TokenProvider>(profile, options.appSecret, m_nam.get(), &m_clock);
    m_client = std::make_unique<ConnectorClient>(profile, m_tokens.get(), m_nam.get());
}

void tst_ConnectorSandbox::init()
{
    m_nam = std::make_unique<QNetworkAccessManager>();
    start(false);
}

void tst_ConnectorSandbox::cleanup()
{
    m_client.reset();
    m_tokens.reset();
    m_server.reset();
    m_nam.reset();
}

template <typename T>
std::optional<Result<T>>
tst_ConnectorSandbox::run(const std::function<ConnectorCall *(ConnectorClient::Callback<T>)> &call)
{
    std::optional<Result<T>> out;
    call([&out](Result<T> r) { out = std::move(r); });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, 10000))
        return std::nullopt;
    return out;
}

qint64 tst_ConnectorSandbox::stat(const char *name) const
{
    return m_server->stats().value(QLatin1String(name)).toInteger();
}

QJsonObject tst_ConnectorSandbox::message(const QString &text) const
{
    return {{QStringLiteral("type"), QStringLiteral("message")}, {QStringLiteral("text"), text}};
}

void tst_ConnectorSandbox::createPersonalConversationIsIdempotent()
{
    const auto &org = m_server->organisation();
    const int i = herald::test::findPerson(org, [](const Person &p) { return p.hasApp && !p.blockedBot; });
    QVERIFY(i >= 0);
    const QString user = org.memberId(i);
    auto first =
        run<ConversationRef>([&](auto cb) { return m_client->createPersonalConversation(user, {}, cb); });
    QVERIFY(first && first->ok());
    QVERIFY(first->value().conversationId.startsWith(QLatin1String("a:")));
    auto again = run<ConversationRef>([&](auto cb) {
        return m_client->createPersonalConversation(user, message(QStringLiteral("Welcome")), cb);
    });
    QVERIFY(again && again->ok());
    QCOMPARE(again->value().conversationId, first->value().conversationId);
    QVERIFY(again->value().activityId.isEmpty()); // the embedded first message has no id in the answer
    QCOMPARE(stat("activities"), 1);
    QCOMPARE(m_tokens->tokenRequestCount(), 1);
}

void tst_ConnectorSandbox::channelThread()
{
    const Team &team = m_server->organisation().team(0);
    QVERIFY(team.channels.size() >= 1);
    const QString channelId = team.channels.last().id;
    auto r = run<ConversationRef>([&](auto cb) {
        return m_client->createChannelThread(channelId, message(QStringLiteral("Notice")), cb);
    });
    QVERIFY(r && r->ok());
    QVERIFY(r->value().conversationId.startsWith(channelId + QStringLiteral(";messageid=")));
    QVERIFY(!r->value().activityId.isEmpty());
    QVERIFY(r->value().conversationId.endsWith(r->value().activityId));

    // Replying into the new thread goes to the thread's conversation id (';' and '=' encoded in the path).
    auto reply = run<ActivityRef>([&](auto cb) {
        return m_client->sendActivity(r->value().conversationId, message(QStringLiteral("More")), cb);
    });
    QVERIFY(reply && reply->ok());
    QCOMPARE(stat("activities"), 2);
}

void tst_ConnectorSandbox::sendReplyUpdateDelete()
{
    const auto &org = m_server->organisation();
    const int i = herald::test::findPerson(org, [](const Person &p) { return p.hasApp && !p.blockedBot; });
    const QString conversation = org.conversationId(i);

    auto sent = run<ActivityRef>(
        [&](auto cb) { return m_client->sendActivity(conversation, message(QStringLiteral("One")), cb); });
    QVERIFY(sent && sent->ok());
    const QString id = sent->value().activityId;
    QVERIFY(!id.isEmpty());

    auto reply = run<ActivityRef>([&](auto cb) {
        return m_client->replyToActivity(conversation, id, message(QStringLiteral("Two")), cb);
    });
    QVERIFY(reply && reply->ok());
    QVERIFY(reply->value().activityId != id);

    auto updated = run<ActivityRef>([&](auto cb) {
        return m_client->updateActivity(conversation, id, message(QStringLiteral("One, edited")), cb);
    });
    QVERIFY(updated && updated->ok());
    QCOMPARE(updated->value().activityId, id);

    std::optional<Status> deleted;
    m_client->deleteActivity(conversation, id, [&deleted](Status s) { deleted = s; });
    QTRY_VERIFY(deleted.has_value());
    QVERIFY(deleted->ok());

    QCOMPARE(stat("activities"), 2);
    QCOMPARE(stat("updates"), 1);
    QCOMPARE(stat("deletes"), 1);

    // Deleting it again: the activity is gone.
    std::optional<Status> again;
    m_client->deleteActivity(conversation, id, [&again](Status s) { again = s; });
    QTRY_VERIFY(again.has_value());
    QVERIFY(!again->ok());
    QCOMPARE(again->error().httpStatus, 404);
    QVERIFY(!again->error().retryable);
}

void tst_ConnectorSandbox::pagesThroughAllMembers()
{
    const Team &team = m_server->organisation().team(0);
    QVERIFY(team.members.size() > 50);
    QSet<QString> ids;
    QString token;
    int pages = 0;
    do {
        auto page = run<MembersPage>([&](auto cb) { return m_client->pagedMembers(team.id, 50, token, cb); });
        QVERIFY(page && page->ok());
        for (const TeamsMember &m : page->value().members) {
            QVERIFY(m.id.startsWith(QLatin1String("29:")));
            QVERIFY(!m.name.isEmpty());
            QVERIFY(!m.aadObjectId.isEmpty());
            ids.insert(m.id);
        }
        token = page->value().continuationToken;
        ++pages;
        QVERIFY(pages < 100);
    } while (!token.isEmpty());
    QCOMPARE(ids.size(), team.members.size());
    QCOMPARE(pages, int((team.members.size() + 49) / 50));
}

void tst_ConnectorSandbox::teamDetailsAndChannels()
{
    const Team &team = m_server->organisation().team(1);
    auto details = run<TeamDetails>([&](auto cb) { return m_client->teamDetails(team.id, cb); });
    QVERIFY(details && details->ok());
    QCOMPARE(details->value().id, team.id);
    QCOMPARE(details->value().name, team.name);
    QCOMPARE(details->value().aadGroupId, team.aadGroupId);

    auto channels = run<QList<ChannelInfo>>([&](auto cb) { return m_client->channels(team.id, cb); });
    QVERIFY(channels && channels->ok());
    QCOMPARE(channels->value().size(), team.channels.size());
    const ChannelInfo &general = channels->value().first();
    QVERIFY(general.isGeneral);
    QCOMPARE(general.id, team.id);
    QVERIFY(general.name.isEmpty());
    QCOMPARE(general.displayName(), QStringLiteral("General"));
    for (qsizetype k = 1; k < channels->value().size(); ++k)
        QVERIFY(!channels->value().at(k).isGeneral);

    auto missing = run<TeamDetails>(
        [&](auto cb) { return m_client->teamDetails(QStringLiteral("19:nope@thread.tacv2"), cb); });
    QVERIFY(missing && !missing->ok());
    QCOMPARE(missing->error().httpStatus, 404);
}

void tst_ConnectorSandbox::unreachablePeople()
{
    const auto &org = m_server->organisation();
    const int blocked = herald::test::findPerson(org, [](const Person &p) { return p.blockedBot; });
    const int noApp =
        herald::test::findPerson(org, [](const Person &p) { return !p.hasApp && !p.blockedBot; });
    QVERIFY(blocked >= 0);
    QVERIFY(noApp >= 0);

    auto r = run<ActivityRef>([&](auto cb) {
        return m_client->sendActivity(org.conversationId(blocked), message(QStringLiteral("Hi")), cb);
    });
    QVERIFY(r && !r->ok());
    QCOMPARE(r->error().kind, Error::Kind::Http);
    QCOMPARE(r->error().httpStatus, 403);
    QCOMPARE(r->error().serviceCode, QStringLiteral("ConversationBlockedByUser"));
    QVERIFY(!r->error().retryable);
    QCOMPARE(reachabilityOf(r->error()), Reachability::Unreachable);
    QCOMPARE(r->error().message, QStringLiteral("This person has blocked the bot."));

    auto c = run<ConversationRef>(
        [&](auto cb) { return m_client->createPersonalConversation(org.memberId(noApp), {}, cb); });
    QVERIFY(c && !c->ok());
    QCOMPARE(c->error().serviceCode, QStringLiteral("ForbiddenOperationException"));
    QCOMPARE(reachabilityOf(c->error()), Reachability::Unreachable);
    QCOMPARE(c->error().message, QStringLiteral("The app is not installed for this person."));
}

void tst_ConnectorSandbox::throttledWithRetryAfter()
{
    start(true); // Teams' limits on; the ManualClock stands still, so every call falls in the same second
    const auto &org = m_server->organisation();
    const int i = herald::test::findPerson(org, [](const Person &p) { return p.hasApp && !p.blockedBot; });
    const QString conversation = org.conversationId(i);
    std::optional<Error> throttled;
    int accepted = 0;
    for (int n = 0; n < 10 && !throttled; ++n) {
        auto r = run<ActivityRef>([&](auto cb) {
            return m_client->sendActivity(conversation, message(QStringLiteral("Burst %1").arg(n)), cb);
        });
        QVERIFY(r.has_value());
        if (r->ok())
            ++accepted;
        else
            throttled = r->error();
    }
    QVERIFY(throttled.has_value());
    QCOMPARE(accepted, 7); // 7 per second per thread
    QCOMPARE(throttled->httpStatus, 429);
    QCOMPARE(throttled->serviceCode, QStringLiteral("Throttled"));
    QVERIFY(throttled->retryable);
    QVERIFY(throttled->retryAfterMs >= 1000);
    QCOMPARE(reachabilityOf(*throttled), Reachability::Failed);
    QCOMPARE(stat("throttled"), 1);

    m_clock.advance(throttled->retryAfterMs);
    auto after = run<ActivityRef>([&](auto cb) {
        return m_client->sendActivity(conversation, message(QStringLiteral("After the wait")), cb);
    });
    QVERIFY(after && after->ok());
}

void tst_ConnectorSandbox::untrustedServiceUrlNeverReachesTheSandbox_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("cloud");
    QTest::newRow("evil https") << "https://evil.example.com/" << int(Cloud::Public);
    QTest::newRow("http example") << "http://example.com/" << int(Cloud::Public);
    QTest::newRow("http private ip") << "http://10.0.0.1/" << int(Cloud::Public);
    QTest::newRow("sandbox cloud, private ip") << "http://10.0.0.1/" << int(Cloud::Sandbox);
}

void tst_ConnectorSandbox::untrustedServiceUrlNeverReachesTheSandbox()
{
    QFETCH(QString, url);
    QFETCH(int, cloud);
    const QJsonObject before =
        herald::test::sandboxCall(*m_nam, *m_server, "GET", QStringLiteral("/_sandbox/stats"));
    QVERIFY(before.contains(QLatin1String("requests")));
    const qint64 requests = stat("requests"); // includes the GET above

    Profile p = herald::test::sandboxProfile(*m_server);
    p.serviceUrl = QUrl(url);
    p.cloud = Cloud(cloud);
    QVERIFY(!p.validate().ok());
    // The token provider is the sandbox's own (loopback login is fine): the refusal is about the service URL.
    ConnectorClient client(p, m_tokens.get(), m_nam.get());
    auto r = run<ActivityRef>([&](auto cb) {
        return client.sendActivity(QStringLiteral("a:1"), message(QStringLiteral("x")), cb);
    });
    QVERIFY(r && !r->ok());
    QCOMPARE(r->error().kind, Error::Kind::Policy);
    auto m =
        run<MembersPage>([&](auto cb) { return client.pagedMembers(QStringLiteral("19:t"), 100, {}, cb); });
    QVERIFY(m && !m->ok());
    QCOMPARE(m->error().kind, Error::Kind::Policy);

    QCOMPARE(stat("requests"), requests);
    QCOMPARE(m_tokens->tokenRequestCount(), 0);
    const QJsonObject after =
        herald::test::sandboxCall(*m_nam, *m_server, "GET", QStringLiteral("/_sandbox/stats"));
    QCOMPARE(after.value(QLatin1String("requests")).toInteger(),
             before.value(QLatin1String("requests")).toInteger() + 1);
}

QTEST_MAIN(tst_ConnectorSandbox)
#include "tst_connectorsandbox.moc"
