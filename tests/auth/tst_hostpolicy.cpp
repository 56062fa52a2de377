#include "auth/CloudPreset.h"
#include "auth/HostPolicy.h"
#include "auth/Profile.h"

#include <QTest>

using herald::Error;
using namespace herald::auth;

Q_DECLARE_METATYPE(herald::auth::Cloud)

class tst_HostPolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serviceUrl_data();
    void serviceUrl();
    void loginUrl_data();
    void loginUrl();
    void presets();
    void validate_data();
    void validate();
    void cloudKeys();
};

void tst_HostPolicy::serviceUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<Cloud>("cloud");
    QTest::addColumn<bool>("allowed");

    QTest::newRow("public teams") << "https://smba.trafficmanager.net/teams/" << Cloud::Public << true;
    QTest::newRow("public amer") << "https://smba.trafficmanager.net/amer/" << Cloud::Public << true;
    QTest::newRow("public emea") << "https://smba.trafficmanager.net/emea/" << Cloud::Public << true;
    QTest::newRow("public apac") << "https://smba.trafficmanager.net/apac/" << Cloud::Public << true;
    QTest::newRow("public in") << "https://smba.trafficmanager.net/in/" << Cloud::Public << true;
    QTest::newRow("public upper-case host")
        << "https://SMBA.trafficmanager.net/teams/" << Cloud::Public << true;
    QTest::newRow("public port 443") << "https://smba.trafficmanager.net:443/teams/" << Cloud::Public << true;
    QTest::newRow("public odd port") << "https://smba.trafficmanager.net:8443/teams/" << Cloud::Public
                                     << false;
    QTest::newRow("public over http") << "http://smba.trafficmanager.net/teams/" << Cloud::Public << false;
    QTest::newRow("public lookalike suffix")
        << "https://smba.trafficmanager.net.evil.example.com/" << Cloud::Public << false;
    QTest::newRow("public lookalike prefix")
        << "https://evilsmba.trafficmanager.net/" << Cloud::Public << false;
    QTest::newRow("public user info")
        << "https://user:pw@smba.trafficmanager.net/teams/" << Cloud::Public << false;
    QTest::newRow("evil") << "https://evil.example.com/" << Cloud::Public << false;
    QTest::newRow("http example") << "http://example.com/" << Cloud::Public << false;
    QTest::newRow("http private ip") << "http://10.0.0.1/" << Cloud::Public << false;
    QTest::newRow("loopback on public") << "http://127.0.0.1:8080/" << Cloud::Public << false;
    QTest::newRow("gcc host on public")
        << "https://smba.infra.gcc.teams.microsoft.com/teams" << Cloud::Public << false;
    QTest::newRow("gcc") << "https://smba.infra.gcc.teams.microsoft.com/teams" << Cloud::Gcc << true;
    QTest::newRow("public host on gcc") << "https://smba.trafficmanager.net/teams/" << Cloud::Gcc << false;
    QTest::newRow("gcc high") << "https://smba.infra.gov.teams.microsoft.us/teams" << Cloud::GccHigh << true;
    QTest::newRow("dod host on gcc high")
        << "https://smba.infra.dod.teams.microsoft.us/teams" << Cloud::GccHigh << false;
    QTest::newRow("dod") << "https://smba.infra.dod.teams.microsoft.us/teams" << Cloud::DoD << true;
    QTest::newRow("sandbox 127.0.0.1 http") << "http://127.0.0.1:4321/" << Cloud::Sandbox << true;
    QTest::newRow("sandbox 127.1.2.3 http") << "http://127.1.2.3:4321/" << Cloud::Sandbox << true;
    QTest::newRow("sandbox ::1") << "http://[::1]:4321/" << Cloud::Sandbox << true;
    QTest::newRow("sandbox localhost https") << "https://localhost:4321/" << Cloud::Sandbox << true;
    QTest::newRow("sandbox private ip") << "http://10.0.0.1/" << Cloud::Sandbox << false;
    QTest::newRow("sandbox teams host")
        << "https://smba.trafficmanager.net/teams/" << Cloud::Sandbox << false;
    QTest::newRow("sandbox evil") << "https://evil.example.com/" << Cloud::Sandbox << false;
    QTest::newRow("ftp") << "ftp://127.0.0.1/" << Cloud::Sandbox << false;
    QTest::newRow("empty") << "" << Cloud::Public << false;
}

void tst_HostPolicy::serviceUrl()
{
    QFETCH(QString, url);
    QFETCH(Cloud, cloud);
    QFETCH(bool, allowed);
    const herald::Status s = HostPolicy::check(QUrl(url), cloud);
    QCOMPARE(s.ok(), allowed);
    if (!allowed) {
        QCOMPARE(s.error().kind, Error::Kind::Policy);
        QVERIFY2(s.error().message.endsWith(QLatin1Char('.')), qPrintable(s.error().message));
        QVERIFY(s.error().message.size() > 30);
    }
}

void tst_HostPolicy::loginUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<Cloud>("cloud");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("public") << "https://login.microsoftonline.com" << Cloud::Public << true;
    QTest::newRow("gcc") << "https://login.microsoftonline.com/" << Cloud::Gcc << true;
    QTest::newRow("gcc high") << "https://login.microsoftonline.us" << Cloud::GccHigh << true;
    QTest::newRow("dod") << "https://login.microsoftonline.us" << Cloud::DoD << true;
    QTest::newRow(".com on gcc high") << "https://login.microsoftonline.com" << Cloud::GccHigh << false;
    QTest::newRow("evil on public") << "https://login.evil.example.com" << Cloud::Public << false;
    QTest::newRow("http login") << "http://login.microsoftonline.com" << Cloud::Public << false;
    QTest::newRow("sandbox loopback") << "http://127.0.0.1:9/" << Cloud::Sandbox << true;
    QTest::newRow("sandbox remote") << "http://login.microsoftonline.com" << Cloud::Sandbox << false;
}

void tst_HostPolicy::loginUrl()
{
    QFETCH(QString, url);
    QFETCH(Cloud, cloud);
    QFETCH(bool, allowed);
    const herald::Status s = HostPolicy::checkLogin(QUrl(url), cloud);
    QCOMPARE(s.ok(), allowed);
    if (!allowed)
        QCOMPARE(s.error().kind, Error::Kind::Policy);
}

void tst_HostPolicy::presets()
{
    QCOMPARE(CloudPreset::forCloud(Cloud::Public).tokenScope,
             QStringLiteral("https://api.botframework.com/.default"));
    QCOMPARE(CloudPreset::forCloud(Cloud::Gcc).tokenScope,
             QStringLiteral("https://api.botframework.com/.default"));
    QCOMPARE(CloudPreset::forCloud(Cloud::GccHigh).tokenScope,
             QStringLiteral("https://api.botframework.us/.default"));
    QCOMPARE(CloudPreset::forCloud(Cloud::DoD).tokenScope,
             QStringLiteral("https://api.botframework.us/.default"));
    QCOMPARE(CloudPreset::forCloud(Cloud::Public).loginHost.host(),
             QStringLiteral("login.microsoftonline.com"));
    QCOMPARE(CloudPreset::forCloud(Cloud::Gcc).loginHost.host(), QStringLiteral("login.microsoftonline.com"));
    QCOMPARE(CloudPreset::forCloud(Cloud::GccHigh).loginHost.host(),
             QStringLiteral("login.microsoftonline.us"));
    QCOMPARE(CloudPreset::forCloud(Cloud::DoD).loginHost.host(), QStringLiteral("login.microsoftonline.us"));
    // Every preset's default service URL passes its own policy.
    for (Cloud c : {Cloud::Public, Cloud::Gcc, Cloud::GccHigh, Cloud::DoD}) {
        const CloudPreset &p = CloudPreset::forCloud(c);
        QVERIFY(HostPolicy::check(p.defaultServiceUrl, c).ok());
        QVERIFY(HostPolicy::checkLogin(p.loginHost, c).ok());
    }
}

void tst_HostPolicy::validate_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Cloud>("cloud");
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<QString>("app");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("login");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("messagePart");

    const QString t = QStringLiteral("7e4a9c1e-0000-4000-8000-0000000054d8");
    const QString a = QStringLiteral("a11d5a4d-0000-4000-8000-00000000b07a");
    const QString svc = QStringLiteral("https://smba.trafficmanager.net/teams/");
    const int none = int(Error::Kind::None);
    const int input = int(Error::Kind::Input);
    const int policy = int(Error::Kind::Policy);

    QTest::newRow("valid public") << "Comms" << Cloud::Public << t << a << svc << "" << none << "";
    QTest::newRow("valid sandbox") << "Sb" << Cloud::Sandbox << t << a << "http://127.0.0.1:5000/"
                                   << "http://127.0.0.1:5000/" << none << "";
    QTest::newRow("no name") << " " << Cloud::Public << t << a << svc << "" << input << "name";
    QTest::newRow("no tenant") << "P" << Cloud::Public << "" << a << svc << "" << input << "tenant";
    QTest::newRow("tenant with space")
        << "P" << Cloud::Public << "ab cd" << a << svc << "" << input << "tenant";
    QTest::newRow("no app") << "P" << Cloud::Public << t << "" << svc << "" << input << "App ID";
    QTest::newRow("no service") << "P" << Cloud::Public << t << a << ""
                                << "" << input << "service URL";
    QTest::newRow("evil service") << "P" << Cloud::Public << t << a << "https://evil.example.com/"
                                  << "" << policy << "evil.example.com";
    QTest::newRow("http service") << "P" << Cloud::Public << t << a << "http://example.com/"
                                  << "" << policy << "http";
    QTest::newRow("loopback on public") << "P" << Cloud::Public << t << a << "http://127.0.0.1:5000/"
                                        << "" << policy << "sandbox";
    QTest::newRow("sandbox without login") << "P" << Cloud::Sandbox << t << a << "http://127.0.0.1:5000/"
                                           << "" << input << "login URL";
    QTest::newRow("sandbox remote login") << "P" << Cloud::Sandbox << t << a << "http://127.0.0.1:5000/"
                                          << "https://login.microsoftonline.com/" << policy << "sandbox";
    QTest::newRow("public with foreign login")
        << "P" << Cloud::Public << t << a << svc << "https://login.evil.example.com/" << policy << "secret";
}

void tst_HostPolicy::validate()
{
    QFETCH(QString, name);
    QFETCH(Cloud, cloud);
    QFETCH(QString, tenant);
    QFETCH(QString, app);
    QFETCH(QString, service);
    QFETCH(QString, login);
    QFETCH(int, kind);
    QFETCH(QString, messagePart);

    Profile p;
    p.name = name;
    p.cloud = cloud;
    p.tenantId = tenant;
    p.appId = app;
    p.serviceUrl = QUrl(service);
    p.loginUrl = QUrl(login);
    const herald::Status s = p.validate();
    QCOMPARE(int(s.error().kind), kind);
    if (!s.ok())
        QVERIFY2(s.error().message.contains(messagePart, Qt::CaseInsensitive), qPrintable(s.error().message));
}

void tst_HostPolicy::cloudKeys()
{
    for (Cloud c : {Cloud::Public, Cloud::Gcc, Cloud::GccHigh, Cloud::DoD, Cloud::Sandbox}) {
        QCOMPARE(cloudFromKey(cloudKey(c)), std::optional<Cloud>(c));
        QVERIFY(!cloudDisplayName(c).isEmpty());
    }
    QVERIFY(!cloudFromKey(QStringLiteral("mars")).has_value());
}

QTEST_MAIN(tst_HostPolicy)
#include "tst_hostpolicy.moc"
