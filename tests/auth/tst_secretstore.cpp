#include "auth/ProfileStore.h"
#include "auth/SecretStore.h"

#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <optional>

using herald::Error;
using herald::Result;
using herald::Status;
using namespace herald::auth;

namespace {

QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previous = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log.append(message);
    }
    if (g_previous)
        g_previous(type, context, message);
}

} // namespace

// The secret's round trip through the real OS keychain (run under dbus-run-session with gnome-keyring
// unlocked; see dev.sh). Without a keychain this test fails, unless HERALD_TEST_NO_KEYCHAIN=1 says that
// is expected, in which case it checks the sentence people get instead.
class tst_SecretStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void roundTripLeavesNoTrace();
    void resolveOrder();

private:
    static Status wait(SecretStore &store, const std::function<void(SecretStore::StatusCallback)> &op);
    static Result<QString> waitRead(const std::function<void(SecretStore::SecretCallback)> &op);
    bool noKeychainExpected() const;

    QTemporaryDir m_dataDir;
    QString m_profile;
};

void tst_SecretStore::initTestCase()
{
    QVERIFY(m_dataDir.isValid());
    QLoggingCategory::setFilterRules(QStringLiteral("herald.*=true"));
    g_previous = qInstallMessageHandler(captureMessage);
    m_profile = QStringLiteral("tst-secretstore-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    qunsetenv(SecretStore::EnvironmentVariable);
}

void tst_SecretStore::cleanupTestCase()
{
    qInstallMessageHandler(g_previous);
}

bool tst_SecretStore::noKeychainExpected() const
{
    return qEnvironmentVariable("HERALD_TEST_NO_KEYCHAIN") == QLatin1String("1");
}

Status tst_SecretStore::wait(SecretStore &, const std::function<void(SecretStore::StatusCallback)> &op)
{
    std::optional<Status> out;
    op([&out](Status s) { out = s; });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, 20000))
        return Error::make(Error::Kind::Timeout, QStringLiteral("keychain job did not finish"));
    return *out;
}

Result<QString> tst_SecretStore::waitRead(const std::function<void(SecretStore::SecretCallback)> &op)
{
    std::optional<Result<QString>> out;
    op([&out](Result<QString> r) { out = std::move(r); });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, 20000))
        return Error::make(Error::Kind::Timeout, QStringLiteral("keychain job did not finish"));
    return *out;
}

void tst_SecretStore::roundTripLeavesNoTrace()
{
    const QString secret = QStringLiteral("Zq8~herald-secret-") + QUuid::createUuid().toString(QUuid::Id128);
    SecretStore store;

    ProfileStore profiles(m_dataDir.filePath(QStringLiteral("herald.ini")));
    Profile p;
    p.name = m_profile;
    p.cloud = Cloud::Public;
    p.tenantId = QStringLiteral("7e4a9c1e-0000-4000-8000-0000000054d8");
    p.appId = QStringLiteral("a11d5a4d-0000-4000-8000-00000000b07a");
    p.serviceUrl = QUrl(QStringLiteral("https://smba.trafficmanager.net/teams/"));
    QVERIFY(profiles.add(p).ok());

    const Status written = wait(store, [&](auto cb) { store.write(m_profile, secret, cb); });
    if (!written.ok()) {
        const Error &e = written.error();
        if (noKeychainExpected()) {
            QCOMPARE(e.kind, Error::Kind::Keychain);
            QCOMPARE(e.serviceCode, QStringLiteral("NoKeychain"));
            QCOMPARE(e.message, SecretStore::noKeychainMessage());
            QVERIFY(e.message.contains(QLatin1String("HERALD_CLIENT_SECRET")));
            const auto read = waitRead([&](auto cb) { store.read(m_profile, cb); });
            QVERIFY(!read.ok());
            QCOMPARE(read.error().serviceCode, QStringLiteral("NoKeychain"));
            return;
        }
        QFAIL(qPrintable(
            QStringLiteral("No usable keychain (%1; %2). Run under dbus-run-session with gnome-keyring "
                           "unlocked, or set HERALD_TEST_NO_KEYCHAIN=1 when none is expected.")
                .arg(e.toString(), e.detail)));
    }
    QVERIFY2(!noKeychainExpected(), "HERALD_TEST_NO_KEYCHAIN=1 but a keychain answered");

    const auto read = waitRead([&](auto cb) { store.read(m_profile, cb); });
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().toString()));
    QCOMPARE(read.value(), secret);

    const auto resolved = waitRead([&](auto cb) { store.resolve(m_profile, QString(), cb); });
    QVERIFY(resolved.ok());
    QCOMPARE(resolved.value(), secret);

    // Nothing under the data dir, in the settings file, or in the log holds the secret.
    QVERIFY(QFile::exists(profiles.fileName()));
    QDirIterator it(m_dataDir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        ++files;
        QVERIFY2(!content.contains(secret.toUtf8()), qPrintable(f.fileName()));
        QVERIFY2(!content.contains(QUrl::toPercentEncoding(secret)), qPrintable(f.fileName()));
    }
    QVERIFY(files >= 1);
    {
        QMutexLocker lock(&g_logMutex);
        QVERIFY(!g_log.isEmpty()); // the auth category did log
        for (const QString &line : std::as_const(g_log))
            QVERIFY2(!line.contains(secret), "a log line holds the secret");
    }

    QVERIFY(wait(store, [&](auto cb) { store.remove(m_profile, cb); }).ok());
    const auto gone = waitRead([&](auto cb) { store.read(m_profile, cb); });
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().kind, Error::Kind::Keychain);
    QCOMPARE(gone.error().serviceCode, QStringLiteral("EntryNotFound"));
    QVERIFY(gone.error().message.contains(m_profile));
    // Deleting again is fine.
    QVERIFY(wait(store, [&](auto cb) { store.remove(m_profile, cb); }).ok());
}

void tst_SecretStore::resolveOrder()
{
    SecretStore store;
    const QString missingProfile = m_profile + QStringLiteral("-none");

    // An explicit value (e.g. --secret-stdin) wins over everything, and still arrives asynchronously.
    bool early = false;
    std::optional<Result<QString>> out;
    store.resolve(missingProfile, QStringLiteral("explicit"), [&](Result<QString> r) { out = std::move(r); });
    early = out.has_value();
    QVERIFY(!early);
    QTRY_VERIFY(out.has_value());
    QCOMPARE(out->value(), QStringLiteral("explicit"));

    qputenv(SecretStore::EnvironmentVariable, "from-env");
    auto r = waitRead([&](auto cb) { store.resolve(missingProfile, QString(), cb); });
    QCOMPARE(r.value(), QStringLiteral("from-env"));
    r = waitRead([&](auto cb) { store.resolve(missingProfile, QStringLiteral("explicit"), cb); });
    QCOMPARE(r.value(), QStringLiteral("explicit"));
    qunsetenv(SecretStore::EnvironmentVariable);

    // Neither: the keychain is asked; it has nothing (or is missing), and the sentence says what to do.
    r = waitRead([&](auto cb) { store.resolve(missingProfile, QString(), cb); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Keychain);
    QVERIFY(r.error().message.contains(QLatin1String("HERALD_CLIENT_SECRET")));
    if (!noKeychainExpected())
        QCOMPARE(r.error().serviceCode, QStringLiteral("EntryNotFound"));
}

QTEST_MAIN(tst_SecretStore)
#include "tst_secretstore.moc"
