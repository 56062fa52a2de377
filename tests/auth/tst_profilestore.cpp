#include "auth/ProfileStore.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using herald::Error;
using namespace herald::auth;

class tst_ProfileStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addGetListRemove();
    void rejectsInvalidAndDuplicates();
    void lastUsed();
    void externalSettings();

private:
    static Profile sample(const QString &name);
};

Profile tst_ProfileStore::sample(const QString &name)
{
    Profile p;
    p.name = name;
    p.cloud = Cloud::Public;
    p.tenantId = QStringLiteral("7e4a9c1e-0000-4000-8000-0000000054d8");
    p.appId = QStringLiteral("a11d5a4d-0000-4000-8000-00000000b07a");
    p.serviceUrl = QUrl(QStringLiteral("https://smba.trafficmanager.net/emea/"));
    return p;
}

void tst_ProfileStore::addGetListRemove()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("herald.ini"));
    {
        ProfileStore store(path);
        QVERIFY(store.list().isEmpty());
        QVERIFY(store.add(sample(QStringLiteral("Comms / HR"))).ok());
        Profile sb = sample(QStringLiteral("Sandbox"));
        sb.cloud = Cloud::Sandbox;
        sb.serviceUrl = QUrl(QStringLiteral("http://127.0.0.1:4000/"));
        sb.loginUrl = QUrl(QStringLiteral("http://127.0.0.1:4000/"));
        QVERIFY(store.add(sb).ok());
    }
    QVERIFY(QFile::exists(path));
    ProfileStore store(path); // reopened from disk
    const QList<Profile> all = store.list();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).name, QStringLiteral("Comms / HR"));
    QCOMPARE(all.at(0), sample(QStringLiteral("Comms / HR")));
    QCOMPARE(all.at(1).cloud, Cloud::Sandbox);
    QCOMPARE(all.at(1).loginUrl, QUrl(QStringLiteral("http://127.0.0.1:4000/")));

    Profile changed = sample(QStringLiteral("Comms / HR"));
    changed.cloud = Cloud::Gcc;
    changed.serviceUrl = QUrl(QStringLiteral("https://smba.infra.gcc.teams.microsoft.com/teams"));
    QVERIFY(store.update(changed).ok());
    QCOMPARE(store.get(QStringLiteral("Comms / HR")).value(), changed);

    QVERIFY(store.remove(QStringLiteral("Comms / HR")).ok());
    QVERIFY(!store.get(QStringLiteral("Comms / HR")).ok());
    QCOMPARE(store.get(QStringLiteral("Comms / HR")).error().kind, Error::Kind::Input);
    QCOMPARE(store.list().size(), 1);
    QCOMPARE(store.remove(QStringLiteral("nope")).error().kind, Error::Kind::Input);
}

void tst_ProfileStore::rejectsInvalidAndDuplicates()
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("herald.ini")));
    QVERIFY(store.add(sample(QStringLiteral("A"))).ok());
    QCOMPARE(store.add(sample(QStringLiteral("A"))).error().kind, Error::Kind::Input);
    Profile evil = sample(QStringLiteral("B"));
    evil.serviceUrl = QUrl(QStringLiteral("https://evil.example.com/"));
    QCOMPARE(store.add(evil).error().kind, Error::Kind::Policy);
    QCOMPARE(store.update(sample(QStringLiteral("missing"))).error().kind, Error::Kind::Input);
    QCOMPARE(store.list().size(), 1);
}

void tst_ProfileStore::lastUsed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("herald.ini"));
    {
        ProfileStore store(path);
        QVERIFY(store.lastUsedProfile().isEmpty());
        QVERIFY(store.add(sample(QStringLiteral("A"))).ok());
        QVERIFY(store.setLastUsedProfile(QStringLiteral("A")).ok());
    }
    ProfileStore store(path);
    QCOMPARE(store.lastUsedProfile(), QStringLiteral("A"));
    QVERIFY(store.remove(QStringLiteral("A")).ok());
    QVERIFY(store.lastUsedProfile().isEmpty());
}

void tst_ProfileStore::externalSettings()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("other.ini")), QSettings::IniFormat);
    ProfileStore store(&settings);
    QVERIFY(store.add(sample(QStringLiteral("A"))).ok());
    QCOMPARE(settings.value(QStringLiteral("schemaVersion")).toInt(), ProfileStore::SchemaVersion);
    QCOMPARE(store.fileName(), settings.fileName());
}

QTEST_MAIN(tst_ProfileStore)
#include "tst_profilestore.moc"
