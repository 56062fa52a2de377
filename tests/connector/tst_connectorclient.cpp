#include "auth/TokenProvider.h"
#include "connector/ConnectorClient.h"
#include "RawHttpServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using herald::Error;
using herald::Result;
using herald::Status;
using herald::test::RawHttpServer;
using namespace herald::auth;
using namespace herald::connector;

// ConnectorClient against a raw loopback HTTP peer, for the answers the sandbox cannot produce:
// malformed, truncated, oversized and wrongly typed bodies, stale-token 401s, silence.
class tst_ConnectorClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void malformedAnswers_data();
    void malformedAnswers();
    void truncatedConnection();
    void untrustedServiceUrlIsNeverContacted_data();
    void untrustedServiceUrlIsNeverContacted();
    void staleTokenIsRefreshedOnce();
    void persistent401FailsAfterOneRetry();
    void timeout();
    void cancel();
    void requestShapeAndEncoding();
    void connectionReuse();
    void cutAfterTheRequestIsNotResentUnseen();
    void typedAnswers();
    void emptyIdIsInputError();

private:
    Profile profile(const QUrl &service) const;
    void makeClient(const QUrl &service);
    template <typename T>
    static std::optional<Result<T>>
    waitFor(const std::function<ConnectorCall *(ConnectorClient::Callback<T>)> &start);

    std::unique_ptr<RawHttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<TokenProvider> m_tokens;
    std::unique_ptr<ConnectorClient> m_client;
    RawHttpServer::Responder m_connector;
    int m_issued = 0;
};

Profile tst_ConnectorClient::profile(const QUrl &service) const
{
    Profile p;
    p.name = QStringLiteral("Fixture");
    p.cloud = Cloud::Sandbox;
    p.tenantId = QStringLiteral("tenant-1");
    p.appId = QStringLiteral("app-1");
    p.serviceUrl = service;
    p.loginUrl = m_server->baseUrl();
    return p;
}

void tst_ConnectorClient::makeClient(const QUrl &service)
{
    m_client.reset();
    m_tokens = std::make_unique<TokenProvider>(profile(service), QStringLiteral("pw"), m_nam.get(), nullptr);
    m_client = std::make_unique<ConnectorClient>(profile(service), m_tokens.get(), m_nam.get());
}

void tst_ConnectorClient::init()
{
    m_issued = 0;
    m_server = std::make_unique<RawHttpServer>();
    QVERIFY(m_server->listen());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_connector = [](const RawHttpServer::Request &) { return RawHttpServer::answer(200, R"({"id":"1"})"); };
    m_server->setResponder([this](const RawHttpServer::Request &r) {
        if (r.target.endsWith("/oauth2/v2.0/token")) {
            ++m_issued;
            return RawHttpServer::answer(
                200, QByteArray(R"({"token_type":"Bearer","expires_in":3600,"access_token":"token-)") +
                         QByteArray::number(m_issued) + "\"}");
        }
        return m_connector(r);
    });
    makeClient(m_server->baseUrl());
}

void tst_ConnectorClient::cleanup()
{
    m_client.reset();
    m_tokens.reset();
    m_nam.reset();
    m_server.reset();
}

template <typename T>
std::optional<Result<T>>
tst_ConnectorClient::waitFor(const std::function<ConnectorCall *(ConnectorClient::Callback<T>)> &start)
{
    std::optional<Result<T>> out;
    int calls = 0;
    start([&out, &calls](Result<T> r) {
        ++calls;
        out = std::move(r);
    });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, 10000))
        return std::nullopt;
    QTest::qWait(0);
    if (calls != 1)
        return std::nullopt;
    return out;
}

void tst_ConnectorClient::malformedAnswers_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("code");

    const auto ok = [](const QByteArray &body) { return RawHttpServer::answer(200, body); };
    const QString malformed = QStringLiteral("MalformedAnswer");
    QTest::newRow("send: not JSON") << "send" << ok("<html>hello</html>") << malformed;
    QTest::newRow("send: truncated JSON") << "send" << ok(R"({"id":"1:ab)") << malformed;
    QTest::newRow("send: empty body") << "send" << ok("") << malformed;
    QTest::newRow("send: array") << "send" << ok("[]") << malformed;
    QTest::newRow("send: id is a number") << "send" << ok(R"({"id":42})") << malformed;
    QTest::newRow("send: id missing") << "send" << ok(R"({"foo":"bar"})") << malformed;
    QTest::newRow("send: id null") << "send" << ok(R"({"id":null})") << malformed;
    QTest::newRow("create: id is an object") << "create" << ok(R"({"id":{"x":1}})") << malformed;
    QTest::newRow("create: activityId is a number")
        << "create" << ok(R"({"id":"a:1","activityId":7})") << malformed;
    QTest::newRow("members: no members") << "members" << ok(R"({"continuationToken":"x"})") << malformed;
    QTest::newRow("members: members not a list") << "members" << ok(R"({"members":{}})") << malformed;
    QTest::newRow("members: member id number") << "members" << ok(R"({"members":[{"id":29}]})") << malformed;
    QTest::newRow("members: member not object") << "members" << ok(R"({"members":["29:a"]})") << malformed;
    QTest::newRow("members: name wrong type")
        << "members" << ok(R"({"members":[{"id":"29:a","name":true}]})") << malformed;
    QTest::newRow("members: token wrong type")
        << "members" << ok(R"({"members":[],"continuationToken":5})") << malformed;
    QTest::newRow("team: no id") << "team" << ok(R"({"name":"T"})") << malformed;
    QTest::newRow("channels: no list") << "channels" << ok(R"({"channels":[]})") << malformed;
    QTest::newRow("channels: id number")
        << "channels" << ok(R"({"conversations":[{"id":1,"name":null}]})") << malformed;
    QByteArray big = R"({"id":"1","padding":")" + QByteArray(5 * 1024 * 1024, 'x') + "\"}";
    QTest::newRow("send: over 4 MB") << "send" << ok(big) << "AnswerTooLarge";
    QByteArray bigNoLength =
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n" + big;
    QTest::newRow("members: over 4 MB, no length") << "members" << bigNoLength << "AnswerTooLarge";
}

void tst_ConnectorClient::malformedAnswers()
{
    QFETCH(QString, call);
    QFETCH(QByteArray, raw);
    QFETCH(QString, code);
    m_connector = [raw](const RawHttpServer::Request &) { return raw; };
    if (raw.contains("Connection: close"))
        m_server->setCloseAfterAnswer(true);

    std::optional<Error> error;
    if (call == QLatin1String("send")) {
        auto r = waitFor<ActivityRef>(
            [this](auto cb) { return m_client->sendActivity(QStringLiteral("a:1"), {}, cb); });
        QVERIFY(r && !r->ok());
        error = r->error();
    } else if (call == QLatin1String("create")) {
        auto r = waitFor<ConversationRef>(
            [this](auto cb) { return m_client->createPersonalConversation(QStringLiteral("29:1"), {}, cb); });
        QVERIFY(r && !r->ok());
        error = r->error();
    } else if (call == QLatin1String("members")) {
        auto r = waitFor<MembersPage>(
            [this](auto cb) { return m_client->pagedMembers(QStringLiteral("19:t"), 100, {}, cb); });
        QVERIFY(r && !r->ok());
        error = r->error();
    } else if (call == QLatin1String("team")) {
        auto r = waitFor<TeamDetails>(
            [this](auto cb) { return m_client->teamDetails(QStringLiteral("19:t"), cb); });
        QVERIFY(r && !r->ok());
        error = r->error();
    } else {
        auto r = waitFor<QList<ChannelInfo>>(
            [this](auto cb) { return m_client->channels(QStringLiteral("19:t"), cb); });
        QVERIFY(r && !r->ok());
        error = r->error();
    }
    QCOMPARE(error->kind, Error::Kind::Parse);
    QCOMPARE(error->serviceCode, code);
    QVERIFY(!error->message.isEmpty());
    QVERIFY(!error->retryable);
}

void tst_ConnectorClient::truncatedConnection()
{
    // The peer promises 100 bytes, sends 12, and hangs up: a network failure worth retrying, not a parse
    // error.
    m_connector = [](const RawHttpServer::Request &) {
        return QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                          "100\r\n\r\n{\"id\":\"1:abc");
    };
    m_server->setCloseAfterAnswer(true);
    auto r = waitFor<ActivityRef>(
        [this](auto cb) { return m_client->sendActivity(QStringLiteral("a:1"), {}, cb); });
    QVERIFY(r && !r->ok());
    QCOMPARE(r->error().kind, Error::Kind::Network);
    QVERIFY(r->error().retryable);
}

void tst_ConnectorClient::untrustedServiceUrlIsNeverContacted_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("cloud");
    QTest::newRow("evil https") << "https://evil.example.com/" << int(Cloud::Public);
    QTest::newRow("http example") << "http://example.com/" << int(Cloud::Public);
    QTest::newRow("http private") << "http://10.0.0.1/" << int(Cloud::Public);
    QTest::newRow("sandbox private") << "http://10.0.0.1/" << int(Cloud::Sandbox);
    QTest::newRow("sandbox remote https") << "https://evil.example.com/" << int(Cloud::Sandbox);
}

void tst_ConnectorClient::untrustedServiceUrlIsNeverContacted()
{
    QFETCH(QString, url);
    QFETCH(int, cloud);
    Profile p = profile(QUrl(url));
    p.cloud = Cloud(cloud);
    TokenProvider tokens(profile(m_server->baseUrl()), QStringLiteral("pw"), m_nam.get(), nullptr);
    ConnectorClient client(p, &tokens, m_nam.get());

    ConnectorCall *handle = nullptr;
    auto r = waitFor<ActivityRef>([&](auto cb) {
        handle = client.sendActivity(QStringLiteral("a:1"),
                                     {{QStringLiteral("type"), QStringLiteral("message")}}, cb);
        return handle;
    });
    QVERIFY(r && !r->ok());
    QCOMPARE(r->error().kind, Error::Kind::Policy);
    QVERIFY(r->error().message.contains(QUrl(url).host()));
    QCOMPARE(tokens.tokenRequestCount(), 0); // not even a token was fetched
    QCOMPARE(m_server->connectionCount(), 0);
}

void tst_ConnectorClient::staleTokenIsRefreshedOnce()
{
    m_connector = [](const RawHttpServer::Request &r) {
        if (r.header("Authorization") == "Bearer token-1")
            return RawHttpServer::answer(401,
                                         R"({"message":"Authorization has been denied for this request."})");
        return RawHttpServer::answer(201, R"({"id":"act-9"})");
    };
    QPointer<ConnectorCall> handle;
    std::optional<Result<ActivityRef>> out;
    handle = m_client->sendActivity(QStringLiteral("a:1"), {},
                                    [&out](Result<ActivityRef> r) { out = std::move(r); });
    QSignalSpy finished(handle.data(), &ConnectorCall::finished);
    QVERIFY(finished.wait(5000));
    QVERIFY(out && out->ok());
    QCOMPARE(out->value().activityId, QStringLiteral("act-9"));
    QCOMPARE(m_tokens->tokenRequestCount(), 2);
    QCOMPARE(m_server->requestCount("/v3/"), 2);
    QVERIFY(handle);
    QCOMPARE(handle->attempts(), 2);
    QCOMPARE(handle->httpStatus(), 201);
    QCOMPARE(handle->error().kind, Error::Kind::None);
    QTRY_VERIFY(!handle); // deletes itself
}

void tst_ConnectorClient::persistent401FailsAfterOneRetry()
{
    m_connector = [](const RawHttpServer::Request &) {
        return RawHttpServer::answer(401, R"({"error":{"code":"BotNotRegistered","message":"no"}})");
    };
    auto r = waitFor<ActivityRef>(
        [this](auto cb) { return m_client->sendActivity(QStringLiteral("a:1"), {}, cb); });
    QVERIFY(r && !r->ok());
    QCOMPARE(r->error().httpStatus, 401);
    QCOMPARE(r->error().serviceCode, QStringLiteral("BotNotRegistered"));
    QVERIFY(!r->error().retryable);
    QCOMPARE(m_tokens->tokenRequestCount(), 2);
    QCOMPARE(m_server->requestCount("/v3/"), 2);
}

void tst_ConnectorClient::timeout()
{
    m_connector = [](const RawHttpServer::Request &) { return QByteArray(); }; // never answers
    ConnectorOptions options;
    options.timeoutMs = 300;
    ConnectorClient client(profile(m_server->baseUrl()), m_tokens.get(), m_nam.get(), options);
    auto r = waitFor<TeamDetails>([&](auto cb) { return client.teamDetails(QStringLiteral("19:t"), cb); });
    QVERIFY(r && !r->ok());
    QCOMPARE(r->error().kind, Error::Kind::Timeout);
    QVERIFY(r->error().retryable);
}

void tst_ConnectorClient::cancel()
{
    m_connector = [](const RawHttpServer::Request &) { return QByteArray(); };
    int calls = 0;
    std::optional<Error> error;
    QPointer<ConnectorCall> handle =
        m_client->teamDetails(QStringLiteral("19:t"), [&](Result<TeamDetails> r) {
            ++calls;
            error = r.error();
        });
    QTRY_COMPARE(m_server->requestCount("/v3/teams"), 1);
    handle->cancel();
    QCOMPARE(calls, 1);
    QCOMPARE(error->kind, Error::Kind::Cancelled);
    QVERIFY(handle->isFinished());
    handle->cancel(); // no-op
    QTRY_VERIFY(!handle);
    QCOMPARE(calls, 1);

    // Cancelled before it even started: nothing is sent.
    const int before = m_server->requests().size();
    handle = m_client->teamDetails(QStringLiteral("19:t"), [&](Result<TeamDetails>) { ++calls; });
    handle->cancel();
    QCOMPARE(calls, 2);
    // A call made after it is the next request the server sees: the cancelled one never went out.
    QPointer<ConnectorCall> after =
        m_client->teamDetails(QStringLiteral("19:after"), [](Result<TeamDetails>) {});
    QTRY_COMPARE(m_server->requestCount("19%3Aafter"), 1);
    QCOMPARE(m_server->requests().size(), before + 1);
    after->cancel();
}

void tst_ConnectorClient::requestShapeAndEncoding()
{
    const QJsonObject activity{{QStringLiteral("type"), QStringLiteral("message")},
                               {QStringLiteral("text"), QStringLiteral("Hi")}};
    auto c = waitFor<ConversationRef>([&](auto cb) {
        return m_client->createPersonalConversation(QStringLiteral("29:user"), activity, cb);
    });
    QVERIFY(c && c->ok());
    RawHttpServer::Request req = m_server->requests().last();
    QCOMPARE(req.method, QByteArray("POST"));
    QCOMPARE(req.target, QByteArray("/v3/conversations"));
    QCOMPARE(req.header("Authorization"), QByteArray("Bearer token-1"));
    const QJsonObject body = QJsonDocument::fromJson(req.body).object();
    QCOMPARE(body.value(QLatin1String("isGroup")).toBool(true), false);
    QCOMPARE(body.value(QLatin1String("bot")).toObject().value(QLatin1String("id")).toString(),
             QStringLiteral("28:app-1"));
    QCOMPARE(body.value(QLatin1String("members"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("id"))
                 .toString(),
             QStringLiteral("29:user"));
    QCOMPARE(body.value(QLatin1String("tenantId")).toString(), QStringLiteral("tenant-1"));
    QCOMPARE(
        body.value(QLatin1String("channelData"))[QLatin1String("tenant")][QLatin1String("id")].toString(),
        QStringLiteral("tenant-1"));
    QCOMPARE(body.value(QLatin1String("activity")).toObject(), activity);

    auto s = waitFor<ActivityRef>([&](auto cb) {
        return m_client->sendActivity(QStringLiteral("a:1 2/3?x#y;messageid=5"), activity, cb);
    });
    QVERIFY(s && s->ok());
    QCOMPARE(m_server->requests().last().target,
             QByteArray("/v3/conversations/a%3A1%202%2F3%3Fx%23y%3Bmessageid%3D5/activities"));

    auto m = waitFor<MembersPage>([&](auto cb) {
        return m_client->pagedMembers(QStringLiteral("19:t@thread.tacv2"), 200, QStringLiteral("a+b/c=="),
                                      cb);
    });
    QVERIFY(m);
    QCOMPARE(m_server->requests().last().target,
             QByteArray("/v3/conversations/19%3At%40thread.tacv2/"
                        "pagedmembers?pageSize=200&continuationToken=a%2Bb%2Fc%3D%3D"));
    QCOMPARE(m_server->requests().last().method, QByteArray("GET"));

    auto d = std::optional<Status>();
    m_client->deleteActivity(QStringLiteral("a:1"), QStringLiteral("act 1"), [&d](Status st) { d = st; });
    QTRY_VERIFY(d.has_value());
    QCOMPARE(m_server->requests().last().method, QByteArray("DELETE"));
    QCOMPARE(m_server->requests().last().target, QByteArray("/v3/conversations/a%3A1/activities/act%201"));

    // A service URL with a path prefix keeps it.
    makeClient(QUrl(m_server->baseUrl().toString() + QStringLiteral("teams")));
    auto t = waitFor<TeamDetails>([&](auto cb) { return m_client->teamDetails(QStringLiteral("19:x"), cb); });
    QVERIFY(t);
    QCOMPARE(m_server->requests().last().target, QByteArray("/teams/v3/teams/19%3Ax"));
}

void tst_ConnectorClient::connectionReuse()
{
    for (int i = 0; i < 5; ++i) {
        auto s = waitFor<ActivityRef>(
            [&](auto cb) { return m_client->sendActivity(QStringLiteral("a:1"), {}, cb); });
        QVERIFY(s && s->ok());
    }
    QCOMPARE(m_server->requestCount("/v3/"), 5);
    QCOMPARE(m_server->connectionCount(), 1); // token + 5 sends over one keep-alive connection
}

// Teams took the message, then the reused keep-alive connection was cut before its answer. Qt would quietly
// send it again on a new connection and report only that answer (a duplicate nobody hears of); Herald's calls
// refuse that resend, so the cut reaches the caller as a retryable network error and the server has the
// message once.
void tst_ConnectorClient::cutAfterTheRequestIsNotResentUnseen()
{
    int sends = 0;
    m_connector = [&sends](const RawHttpServer::Request &r) {
        if (!r.target.endsWith("/activities"))
            return RawHttpServer::answer(404, "{}");
        ++sends;
        return sends == 2 ? RawHttpServer::dropConnection() : RawHttpServer::answer(201, R"({"id":"m-1"})");
    };
    auto first =
        waitFor<ActivityRef>([&](auto cb) { return m_client->sendActivity(QStringLiteral("a:1"), {}, cb); });
    QVERIFY(first && first->ok()); // the connection is now open and reused for the next one
    auto cut =
        waitFor<ActivityRef>([&](auto cb) { return m_client->sendActivity(QStringLiteral("a:1"), {}, cb); });
    QVERIFY(cut);
    QVERIFY(!cut->ok());
    QCOMPARE(cut->error().kind, Error::Kind::Network);
    QCOMPARE(cut->error().serviceCode, QStringLiteral("ConnectionClosed"));
    QVERIFY(cut->error().retryable);
    QCOMPARE(sends, 2); // not 3: nothing was sent again behind Herald's back

    // The next call opens a new connection and goes through.
    auto next =
        waitFor<ActivityRef>([&](auto cb) { return m_client->sendActivity(QStringLiteral("a:1"), {}, cb); });
    QVERIFY(next && next->ok());
    QCOMPARE(sends, 3);
}

void tst_ConnectorClient::typedAnswers()
{
    m_connector = [](const RawHttpServer::Request &r) {
        if (r.target.endsWith("/conversations") && r.method == "GET")
            return RawHttpServer::answer(
                200, R"({"conversations":[{"id":"19:team","name":null},{"id":"19:c2","name":"Ops","x":1}]})");
        if (r.target.startsWith("/v3/teams/"))
            return RawHttpServer::answer(
                200, R"({"id":"19:team","name":"Team","aadGroupId":"g-1","unknown":[1,2]})");
        if (r.target.contains("pagedmembers"))
            return RawHttpServer::answer(
                200,
                R"({"continuationToken":null,"members":[{"id":"29:a","name":"Ana","givenName":"Ana","email":"a@x","userRole":"user","extra":{}}]})");
        if (r.method == "PUT")
            return RawHttpServer::answer(200, "");
        if (r.target == "/v3/conversations" && r.body.contains("\"isGroup\":true"))
            return RawHttpServer::answer(201, R"({"id":"19:c2;messageid=1776"})");
        return RawHttpServer::answer(200, R"({"id":"x"})");
    };
    auto ch = waitFor<QList<ChannelInfo>>(
        [&](auto cb) { return m_client->channels(QStringLiteral("19:team"), cb); });
    QVERIFY(ch && ch->ok());
    QCOMPARE(ch->value().size(), 2);
    QVERIFY(ch->value().at(0).isGeneral);
    QCOMPARE(ch->value().at(0).displayName(), QStringLiteral("General"));
    QVERIFY(!ch->value().at(1).isGeneral);
    QCOMPARE(ch->value().at(1).displayName(), QStringLiteral("Ops"));

    auto team =
        waitFor<TeamDetails>([&](auto cb) { return m_client->teamDetails(QStringLiteral("19:team"), cb); });
    QVERIFY(team && team->ok());
    QCOMPARE(team->value().aadGroupId, QStringLiteral("g-1"));

    auto page = waitFor<MembersPage>(
        [&](auto cb) { return m_client->pagedMembers(QStringLiteral("19:team"), 0, {}, cb); });
    QVERIFY(page && page->ok());
    QVERIFY(page->value().continuationToken.isEmpty());
    QCOMPARE(page->value().members.size(), 1);
    QCOMPARE(page->value().members.first().givenName, QStringLiteral("Ana"));
    QCOMPARE(m_server->requests().last().target, QByteArray("/v3/conversations/19%3Ateam/pagedmembers"));

    auto upd = waitFor<ActivityRef>([&](auto cb) {
        return m_client->updateActivity(QStringLiteral("a:1"), QStringLiteral("act-1"), {}, cb);
    });
    QVERIFY(upd && upd->ok());
    QCOMPARE(upd->value().activityId, QStringLiteral("act-1"));

    auto thread = waitFor<ConversationRef>([&](auto cb) {
        return m_client->createChannelThread(QStringLiteral("19:c2"),
                                             {{QStringLiteral("type"), QStringLiteral("message")}}, cb);
    });
    QVERIFY(thread && thread->ok());
    QCOMPARE(thread->value().activityId, QStringLiteral("1776"));
}

void tst_ConnectorClient::emptyIdIsInputError()
{
    auto r = waitFor<ActivityRef>([&](auto cb) { return m_client->sendActivity(QString(), {}, cb); });
    QVERIFY(r && !r->ok());
    QCOMPARE(r->error().kind, Error::Kind::Input);
    QCOMPARE(m_server->connectionCount(), 0);
}

QTEST_MAIN(tst_ConnectorClient)
#include "tst_connectorclient.moc"
