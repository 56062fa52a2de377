// Herald in the user's language: the main window and the first dialog a newcomer meets, started in German
// and in French from the catalogues embedded in the app (translations/herald_*.ts, built by
// qt_add_translations). The completeness of the catalogues is checked by `translations_complete`.
#include "AppController.h"
#include "MainWindow.h"
#include "SignInDialog.h"

#include "common/DataDirectory.h"
#include "common/Translations.h"
#include "directory/DirectoryImporter.h"
#include "store/Database.h"

#include <QAbstractButton>
#include <QBuffer>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace herald;

class TestTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup()
    {
        // Back to English for the next case: the installed translators go.
        qDeleteAll(qApp->findChildren<QTranslator *>());
        QLocale::setDefault(QLocale(QLocale::English));
    }

    void mainWindowIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("tabs");
        QTest::addColumn<QStringList>("menus");
        QTest::addColumn<QString>("testButton");
        QTest::newRow("German") << QStringLiteral("de")
                                << QStringList{QStringLiteral("Verfassen"), QStringLiteral("Verzeichnis"),
                                               QStringLiteral("Kampagnen")}
                                << QStringList{QStringLiteral("&Datei"), QStringLiteral("&Einstellungen"),
                                               QStringLiteral("&Hilfe")}
                                << QStringLiteral("Verbindung &testen");
        QTest::newRow("French") << QStringLiteral("fr")
                                << QStringList{QStringLiteral("Rédiger"), QStringLiteral("Annuaire"),
                                               QStringLiteral("Campagnes")}
                                << QStringList{QStringLiteral("&Fichier"), QStringLiteral("&Paramètres"),
                                               QStringLiteral("&Aide")}
                                << QStringLiteral("&Tester la connexion");
    }

    void mainWindowIsTranslated()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, tabs);
        QFETCH(QStringList, menus);
        QFETCH(QString, testButton);
        QCOMPARE(installTranslations(*qApp, language), language);

        QTemporaryDir dir;
        auto dataDir = DataDirectory::open(dir.path());
        QVERIFY(dataDir.ok());
        ui::AppController controller(*dataDir, {false, QString()});
        controller.start(); // no profile yet: the window and the sign-in dialog
        ui::MainWindow *window = controller.mainWindow();
        QVERIFY(window->isVisible());

        auto *pages = window->findChild<QTabWidget *>(QStringLiteral("pages"));
        QVERIFY(pages);
        QStringList tabTexts;
        for (int i = 0; i < pages->count(); ++i)
            tabTexts << pages->tabText(i);
        for (const QString &tab : std::as_const(tabs))
            QVERIFY2(tabTexts.contains(tab), qPrintable(tabTexts.join(u", ")));

        QStringList menuTitles;
        for (const QAction *action : window->menuBar()->actions())
            menuTitles << action->text();
        for (const QString &menu : std::as_const(menus))
            QVERIFY2(menuTitles.contains(menu), qPrintable(menuTitles.join(u", ")));
        QVERIFY2(!menuTitles.contains(QStringLiteral("&File")), qPrintable(menuTitles.join(u", ")));

        ui::SignInDialog *dialog = controller.signInDialog();
        QVERIFY(dialog);
        QStringList buttons;
        for (const QAbstractButton *button : dialog->findChildren<QAbstractButton *>())
            buttons << button->text();
        QVERIFY2(buttons.contains(testButton), qPrintable(buttons.join(u", ")));
        QVERIFY2(!buttons.contains(QStringLiteral("&Test connection")), qPrintable(buttons.join(u", ")));
    }

    void coreSentencesAreTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("start");
        QTest::newRow("German") << QStringLiteral("de")
                                << QStringLiteral("Die CSV-Datei hat keine Spalte \"id\".");
        QTest::newRow("French") << QStringLiteral("fr")
                                << QStringLiteral(
                                       "Le fichier CSV n'a pas de colonne \u00ab\u00a0id\u00a0\u00bb.");
    }

    // A sentence from the core library (src/directory), looked up at run time under the context lupdate
    // filed it in: the two must agree, or users see English.
    void coreSentencesAreTranslated()
    {
        QFETCH(QString, language);
        QFETCH(QString, start);
        QCOMPARE(installTranslations(*qApp, language), language);
        QTemporaryDir dir;
        auto db = store::Database::open(dir.filePath(QStringLiteral("herald.sqlite")));
        QVERIFY(db.ok());
        QByteArray csv("name,email\nAda,ada@example.com\n");
        QBuffer buffer(&csv);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        directory::DirectoryImporter importer(*db.value());
        const auto report = importer.importDevice(&buffer, directory::DirectoryImporter::Format::Csv);
        QVERIFY(!report.ok());
        QVERIFY2(report.error().message.startsWith(start), qPrintable(report.error().message));
    }

    void unknownLanguageFallsBackToEnglish()
    {
        QCOMPARE(installTranslations(*qApp, QStringLiteral("sw")), QStringLiteral("en"));
        QTemporaryDir dir;
        auto dataDir = DataDirectory::open(dir.path());
        QVERIFY(dataDir.ok());
        ui::AppController controller(*dataDir, {false, QString()});
        auto *pages = controller.mainWindow()->findChild<QTabWidget *>(QStringLiteral("pages"));
        QStringList tabTexts;
        for (int i = 0; i < pages->count(); ++i)
            tabTexts << pages->tabText(i);
        QVERIFY2(tabTexts.contains(QStringLiteral("Directory")), qPrintable(tabTexts.join(u", ")));
        // English plurals come from Herald's English catalogue, never "1 person(s)".
        QCOMPARE(QCoreApplication::translate("herald::ui::DirectoryPage", "%Ln person(s) %1", nullptr, 1)
                     .arg(QStringLiteral("in Sales")),
                 QStringLiteral("1 person in Sales"));
        QCOMPARE(QCoreApplication::translate("herald::ui::DirectoryPage", "%Ln person(s) %1", nullptr, 2)
                     .arg(QStringLiteral("in Sales")),
                 QStringLiteral("2 people in Sales"));
    }

    // Counts are written the reader's way (4,000 / 4.000 / 4 000), never as a bare 4000.
    void countsAreGroupedTheLanguagesWay_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("locale");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("English") << QStringLiteral("en") << int(QLocale::English)
                                 << QStringLiteral("%1 recipients will get this message.");
        QTest::newRow("German") << QStringLiteral("de") << int(QLocale::German)
                                << QStringLiteral("%1 Empfänger erhalten diese Nachricht.");
        QTest::newRow("French") << QStringLiteral("fr") << int(QLocale::French)
                                << QStringLiteral("%1 destinataires recevront ce message.");
    }

    void countsAreGroupedTheLanguagesWay()
    {
        QFETCH(QString, language);
        QFETCH(int, locale);
        QFETCH(QString, sentence);
        QCOMPARE(installTranslations(*qApp, language), language);
        const QString grouped = QLocale(QLocale::Language(locale)).toString(4000);
        QVERIFY2(grouped != QStringLiteral("4000"), qPrintable(grouped));
        QCOMPARE(QCoreApplication::translate("herald::ui::SendDialog",
                                             "%Ln recipient(s) will get this message.", nullptr, 4000),
                 sentence.arg(grouped));
    }

    void englishHasItsPlurals()
    {
        QCOMPARE(installTranslations(*qApp, QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("herald::ui::SendDialog",
                                             "%Ln recipient(s) will get this message.", nullptr, 1),
                 QStringLiteral("1 recipient will get this message."));
        QCOMPARE(QCoreApplication::translate("herald::ui::SendDialog", "%Ln chosen entry(s) matched nobody.",
                                             nullptr, 3),
                 QStringLiteral("3 chosen entries matched nobody."));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
