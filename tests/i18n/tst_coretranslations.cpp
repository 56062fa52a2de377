#include "auth/HostPolicy.h"
#include "auth/IdentityError.h"
#include "auth/NetworkError.h"
#include "auth/Profile.h"
#include "auth/SecretStore.h"
#include "common/DataDirectory.h"
#include "common/Error.h"
#include "compose/CardValidator.h"
#include "connector/AnswerParser.h"
#include "connector/ConnectorError.h"
#include "directory/CsvReader.h"
#include "directory/InstallEvent.h"
#include "store/StorageError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

// The core's error sentences reach the user in their language. The catalogue is built from the sources
// themselves (tests/i18n/CMakeLists.txt): lupdate collects every translatable sentence of src/ under the
// context the code names, and lrelease -markuntranslated gives each one the pseudo translation
// "[xx]" + English. A sentence that is not wrapped, or that lupdate files under another context than the
// one the code asks for at run time, comes back without the marker.

using namespace herald;

namespace {

const QString kMark = QStringLiteral("[xx]");

using Produce = QString (*)();

// A file where the data folder should be: DataDirectory cannot create the folder.
QString fileInsteadOfFolder()
{
    static QTemporaryDir dir;
    return QFileInfo(dir.filePath(QStringLiteral("not-a-folder"))).absoluteFilePath();
}

QString dataDirectoryOnAFile()
{
    QFile f(fileInsteadOfFolder());
    if (!f.open(QIODevice::WriteOnly))
        return QStringLiteral("(test setup failed: %1)").arg(f.errorString());
    f.close();
    auto opened = DataDirectory::open(f.fileName());
    return opened ? QStringLiteral("(opened)") : opened.error().message;
}

auth::Profile profile()
{
    auth::Profile p;
    p.name = QStringLiteral("contoso");
    p.cloud = auth::Cloud::Public;
    p.tenantId = QStringLiteral("tenant-1");
    p.appId = QStringLiteral("app-1");
    p.serviceUrl = QUrl(QStringLiteral("https://smba.trafficmanager.net/teams/"));
    return p;
}

} // namespace

Q_DECLARE_METATYPE(Produce)

class tst_CoreTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sentence_data();
    void sentence();
    void cleanup();

private:
    QTranslator m_translator;
};

void tst_CoreTranslations::initTestCase()
{
    QVERIFY2(m_translator.load(QStringLiteral(":/herald/i18n-test/herald_core_pseudo.qm")),
             "the pseudo catalogue built from src/ is missing");
    QVERIFY(!m_translator.isEmpty());
}

void tst_CoreTranslations::cleanup()
{
    QCoreApplication::removeTranslator(&m_translator);
}

void tst_CoreTranslations::sentence_data()
{
    QTest::addColumn<Produce>("produce");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("translated");

    // connector: the table of service codes (QT_TRANSLATE_NOOP), the fallback by HTTP status, parse errors
    // whose reason is itself translated.
    QTest::newRow("connector 403") << Produce([] {
        return connector::decodeConnectorError(403, QByteArrayLiteral("{}"), {},
                                               QDateTime::currentDateTimeUtc())
            .message;
    }) << QStringLiteral("Teams did not allow the bot to do this.")
                                   << kMark + QStringLiteral("Teams did not allow the bot to do this.");
    QTest::newRow("connector service code") << Produce([] {
        return connector::decodeConnectorError(
                   403, QByteArrayLiteral(R"({"error":{"code":"ConversationBlockedByUser","message":"x"}})"),
                   {}, QDateTime::currentDateTimeUtc())
            .message;
    }) << QStringLiteral("This person has blocked the bot.")
                                            << kMark + QStringLiteral("This person has blocked the bot.");
    QTest::newRow("connector answer")
        << Produce(
               [] { return connector::AnswerParser::conversation(QByteArrayLiteral("{}")).error().message; })
        << QStringLiteral(
               "Teams sent an answer Herald could not understand (the conversation has no \"id\").")
        << kMark + QStringLiteral("Teams sent an answer Herald could not understand (") + kMark + kMark +
               QStringLiteral("the conversation has no \"id\").");

    // auth: sign-in, host policy (with the cloud's translated name), profile, keychain, network.
    QTest::newRow("auth wrong secret")
        << Produce([] {
               return auth::decodeIdentityError(
                          401, QByteArrayLiteral(R"({"error":"invalid_client","error_codes":[7000215]})"),
                          profile())
                   .message;
           })
        << QStringLiteral(
               "Microsoft sign-in refused the client secret for app app-1: it is wrong. Copy the secret's "
               "value (not its id) from the app registration and enter it again.")
        << kMark + QStringLiteral(
                       "Microsoft sign-in refused the client secret for app app-1: it is wrong. Copy the "
                       "secret's value (not its id) from the app registration and enter it again.");
    QTest::newRow("auth login host")
        << Produce([] {
               return auth::HostPolicy::checkLogin(QUrl(QStringLiteral("https://login.example.com/")),
                                                   auth::Cloud::Public)
                   .error()
                   .message;
           })
        << QStringLiteral(
               "Herald refused to send the client secret to login.example.com: the Public cloud signs in "
               "at login.microsoftonline.com.")
        << kMark + QStringLiteral("Herald refused to send the client secret to login.example.com: the ") +
               kMark + QStringLiteral("Public cloud signs in at login.microsoftonline.com.");
    QTest::newRow("auth login scheme")
        << Produce([] {
               return auth::HostPolicy::checkLogin(QUrl(QStringLiteral("ftp://login.example.com/")),
                                                   auth::Cloud::Public)
                   .error()
                   .message;
           })
        << QStringLiteral("The login URL \"ftp://login.example.com/\" must start with https://.")
        << kMark + QStringLiteral("The login URL \"ftp://login.example.com/\" must start with https://.");
    QTest::newRow("auth profile") << Produce([] {
        auth::Profile p = profile();
        p.name.clear();
        return p.validate().error().message;
    }) << QStringLiteral("Give the profile a name.")
                                  << kMark + QStringLiteral("Give the profile a name.");
    const QString noKeychain =
        QStringLiteral("No system keychain is running, so Herald cannot store or read the client secret. "
                       "Sign in to a desktop "
                       "session with a keychain (GNOME Keyring, KWallet, macOS Keychain or Windows "
                       "Credential Manager), or, for "
                       "automation, set the environment variable HERALD_CLIENT_SECRET to the secret.");
    QTest::newRow("auth keychain") << Produce([] { return auth::SecretStore::noKeychainMessage(); })
                                   << noKeychain << kMark + noKeychain;
    QTest::newRow("auth network")
        << Produce([] {
               return auth::transportError(QNetworkReply::HostNotFoundError, QStringLiteral("x"),
                                           QStringLiteral("example.com"))
                   .message;
           })
        << QStringLiteral("example.com could not be found; check the address and the network (DNS, VPN).")
        << kMark + QStringLiteral(
                       "example.com could not be found; check the address and the network (DNS, VPN).");

    // common
    QTest::newRow("common data folder")
        << Produce(dataDirectoryOnAFile)
        << QStringLiteral(
               "Herald could not create its data folder %1. Check that the disk is not full and that you "
               "may write there.")
               .arg(QDir::toNativeSeparators(fileInsteadOfFolder()))
        << kMark + QStringLiteral(
                       "Herald could not create its data folder %1. Check that the disk is not full and "
                       "that you may write there.")
                       .arg(QDir::toNativeSeparators(fileInsteadOfFolder()));
    QTest::newRow("common correlation id")
        << Produce([] {
               Error e = Error::make(Error::Kind::Http, QStringLiteral("m"));
               e.correlationId = QStringLiteral("c-1");
               return e.toString();
           })
        << QStringLiteral("m (correlation id c-1)")
        << QStringLiteral("m (") + kMark + QStringLiteral("correlation id c-1)");

    // store
    QTest::newRow("store disk full")
        << Produce([] {
               return store::storageError(QSqlError(QStringLiteral("driver"),
                                                    QStringLiteral("database or disk is full"),
                                                    QSqlError::StatementError, QStringLiteral("13")),
                                          QStringLiteral("herald.sqlite"))
                   .message;
           })
        << QStringLiteral(
               "The disk is full, so Herald could not save its data. Free some space and try again.")
        << kMark + QStringLiteral(
                       "The disk is full, so Herald could not save its data. Free some space and try again.");

    // directory and compose: sentences raised inside classes, where lupdate's context and the code's used to
    // differ.
    QTest::newRow("directory install event") << Produce([] {
        directory::InstallEvent event;
        QString reason;
        directory::InstallEvent::parse(QByteArrayLiteral("[]"), &event, &reason);
        return reason;
    }) << QStringLiteral("The line is not a JSON object.")
                                             << kMark + QStringLiteral("The line is not a JSON object.");
    QTest::newRow("directory install event field")
        << Produce([] {
               directory::InstallEvent event;
               QString reason;
               directory::InstallEvent::parse(QByteArrayLiteral(R"({"type":"conversationUpdate"})"), &event,
                                              &reason);
               return reason;
           })
        << QStringLiteral("The field \"conversation.id\" is missing.")
        << kMark + QStringLiteral("The field \"conversation.id\" is missing.");
    QTest::newRow("directory csv")
        << Produce([] {
               QStringList fields;
               QString error;
               directory::CsvReader::split(QStringLiteral("a,b\"c"), &fields, &error);
               return error;
           })
        << QStringLiteral("A quote in the middle of field 2; quote the whole field and double the quote.")
        << kMark + QStringLiteral(
                       "A quote in the middle of field 2; quote the whole field and double the quote.");
    QTest::newRow("compose card") << Produce([] {
        const auto diagnostics = compose::CardValidator::validate(QJsonObject());
        return diagnostics.isEmpty() ? QString() : diagnostics.constFirst().message;
    }) << QStringLiteral("card: \"type\" must be \"AdaptiveCard\".")
                                  << kMark + QStringLiteral("card: \"type\" must be \"AdaptiveCard\".");
}

void tst_CoreTranslations::sentence()
{
    QFETCH(Produce, produce);
    QFETCH(QString, english);
    QFETCH(QString, translated);

    QCOMPARE(produce(), english);
    QVERIFY(QCoreApplication::installTranslator(&m_translator));
    QCOMPARE(produce(), translated);
}

QTEST_GUILESS_MAIN(tst_CoreTranslations)
#include "tst_coretranslations.moc"
