// Start-up as a person meets it: `herald --sandbox` signs straight in; the next start opens the last profile.
#include "AppController.h"
#include "ComposeView.h"
#include "DirectoryPage.h"
#include "MainWindow.h"

#include "auth/ProfileStore.h"

#include <QHeaderView>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
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

    void layoutIsRememberedAcrossStarts()
    {
        // Arranged by hand: the composer's panes, the roster's first column, the sign-in dialog's size,
        // and the composer as the page shown; then Herald is closed and started again on the same data.
        QTemporaryDir dir;
        QList<int> panes;
        int nameColumn = 0;
        QSize window;
        QSize dialog;
        {
            auto dataDir = DataDirectory::open(dir.path());
            QVERIFY(dataDir.ok());
            ui::AppController controller(*dataDir, {false, QString()});
            controller.start();
            QVERIFY(QTest::qWaitForWindowExposed(controller.mainWindow()));
            QVERIFY(controller.signInDialog());
            QTRY_VERIFY(controller.signInDialog()->isVisible());
            const QSize dialogBefore = controller.signInDialog()->size();
            controller.signInDialog()->resize(dialogBefore + QSize(50, 30));
            QTRY_VERIFY(controller.signInDialog()->size() != dialogBefore);
            dialog = controller.signInDialog()->size();
            controller.signInDialog()->reject();

            controller.mainWindow()->showPage(controller.composeView());
            auto *splitter = controller.composeView()->findChild<QSplitter *>(QStringLiteral("splitter"));
            QVERIFY(splitter);
            QTRY_VERIFY(splitter->isVisible() && splitter->width() > 300);
            const QList<int> before = splitter->sizes();
            QCOMPARE(before.size(), 3);
            splitter->setSizes({before.at(0) + 60, before.at(1) + 40, before.at(2) - 100});
            QVERIFY(splitter->sizes() != before);
            auto *roster = controller.directoryPage()->findChild<QTableView *>(QStringLiteral("rosterView"));
            QVERIFY(roster);
            roster->horizontalHeader()->resizeSection(0, roster->horizontalHeader()->sectionSize(0) + 37);

            // What is on screen as Herald closes.
            panes = splitter->sizes();
            nameColumn = roster->horizontalHeader()->sectionSize(0);
            window = controller.mainWindow()->size();
            controller.mainWindow()->close();
        }
        {
            auto dataDir = DataDirectory::open(dir.path());
            ui::AppController controller(*dataDir, {false, QString()});
            controller.start();
            QVERIFY(QTest::qWaitForWindowExposed(controller.mainWindow()));
            QCOMPARE(controller.mainWindow()->size(), window);
            QCOMPARE(controller.mainWindow()->currentPage(), controller.composeView());
            auto *splitter = controller.composeView()->findChild<QSplitter *>(QStringLiteral("splitter"));
            QTRY_COMPARE(splitter->sizes(), panes);
            auto *roster = controller.directoryPage()->findChild<QTableView *>(QStringLiteral("rosterView"));
            QCOMPARE(roster->horizontalHeader()->sectionSize(0), nameColumn);
            QVERIFY(controller.signInDialog());
            QTRY_VERIFY(controller.signInDialog()->isVisible());
            QCOMPARE(controller.signInDialog()->size(), dialog);
        }
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
