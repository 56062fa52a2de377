// Start-up as a person meets it: `herald --sandbox` signs straight in; the next start opens the last profile.
#include "AppController.h"
#include "MainWindow.h"

#include "auth/ProfileStore.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace herald;

class TestAppController final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void sandboxStartSignsInAndNextStartReopensIt()
    {
        QTemporaryDir dir;
        {
            auto dataDir = DataDirectory::open(dir.path());
            QVERIFY(dataDir.ok());
            ui::AppController controller(*dataDir, {true, QString()});
            QSignalSpy signedIn(&controller, &ui::AppController::signedIn);
            controller.start();
            QVERIFY(controller.mainWindow()->isVisible());
            QVERIFY(signedIn.wait(10000));
            QCOMPARE(signedIn.constFirst().at(0).toString(), QStringLiteral("Sandbox"));
            QVERIFY2(controller.mainWindow()->connectionText().contains(QStringLiteral("sandbox")),
                     qPrintable(controller.mainWindow()->connectionText()));
            QVERIFY(!controller.signInDialog());
        }
        auth::ProfileStore profiles(dir.filePath(QStringLiteral("herald.ini")));
        QCOMPARE(profiles.lastUsedProfile(), QStringLiteral("Sandbox"));
        {
            // No options: Herald opens straight into the last profile, with no dialog in between.
            auto dataDir = DataDirectory::open(dir.path());
            ui::AppController controller(*dataDir, {false, QString()});
            QSignalSpy signedIn(&controller, &ui::AppController::signedIn);
            controller.start();
            QVERIFY(signedIn.wait(10000));
            QCOMPARE(signedIn.constFirst().at(0).toString(), QStringLiteral("Sandbox"));
            QVERIFY(!controller.signInDialog());
        }
    }

    void firstStartWithoutProfilesOpensTheDialog()
    {
        QTemporaryDir dir;
        auto dataDir = DataDirectory::open(dir.path());
        ui::AppController controller(*dataDir, {false, QString()});
        controller.start();
        QVERIFY(controller.signInDialog());
        QTRY_VERIFY(controller.signInDialog()->isVisible());
    }

    void unknownProfileSaysSo()
    {
        QTemporaryDir dir;
        auto dataDir = DataDirectory::open(dir.path());
        ui::AppController controller(*dataDir, {false, QStringLiteral("Nobody")});
        controller.start();
        QVERIFY(controller.signInDialog());
        QVERIFY2(controller.signInDialog()->statusText().contains(QStringLiteral("Nobody")),
                 qPrintable(controller.signInDialog()->statusText()));
    }
};

QTEST_MAIN(TestAppController)
#include "tst_appcontroller.moc"
