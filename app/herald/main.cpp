// herald — the desktop admin console.
//   herald [--sandbox] [--profile NAME] [--data-dir DIR] [--self-test]
#include "AppController.h"
#include "DirectoryScreenshot.h"
#include "MainWindow.h"
#include "StartupReport.h"
#include "Translations.h"

#include "common/AppSettings.h"
#include "common/DataDirectory.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QTimer>
#include <QWindow>

#include <cstdio>

using namespace herald;

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Herald"));
    QApplication::setOrganizationName(QStringLiteral("Herald"));
    QApplication::setApplicationVersion(QStringLiteral(HERALD_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/herald/icons/herald.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Send proactive Microsoft Teams messages through your organisation's bot."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOption(QStringLiteral("sandbox"),
        QApplication::translate("main", "Run against Herald's built-in simulated Teams tenant."));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
        QApplication::translate("main", "Open the bot profile NAME."), QStringLiteral("NAME"));
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"),
        QApplication::translate("main", "Keep settings and data in DIR."), QStringLiteral("DIR"));
    const QCommandLineOption selfTestOption(QStringLiteral("self-test"),
        QApplication::translate("main", "Open the main window, check it, and exit."));
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a picture of the loaded directory to FILE and exit."), QStringLiteral("FILE"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption startupOption(QStringLiteral("startup-report"),
        QApplication::translate("main", "Print how long the directory took to appear, and exit."));
    startupOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({sandboxOption, profileOption, dataDirOption, selfTestOption, screenshotOption, startupOption});
    parser.process(app);

    auto dataDir = DataDirectory::open(parser.value(dataDirOption));
    if (!dataDir) {
        if (!parser.isSet(selfTestOption))
            QMessageBox::critical(nullptr, QApplication::translate("main", "Herald"), dataDir.error().message);
        std::fprintf(stderr, "herald: %s\n", qPrintable(dataDir.error().message));
        return 1;
    }

    ui::installTranslations(app, AppSettings(dataDir->settingsPath()).language());
    ui::AppController controller(std::move(dataDir).value(),
                                 {parser.isSet(sandboxOption), parser.value(profileOption)});
    controller.start();
    if (parser.isSet(screenshotOption))
        ui::takeDirectoryScreenshot(controller, parser.value(screenshotOption));
    if (parser.isSet(startupOption))
        ui::reportStartup(controller, sinceMain);

    if (parser.isSet(selfTestOption)) {
        // The smoke test: the window must really be shown, then Herald quits on its own.
        ui::MainWindow *window = controller.mainWindow();
        QTimer::singleShot(0, window, [window] {
            const bool shown = window->isVisible() && window->windowHandle() && window->windowHandle()->isVisible();
            std::fprintf(stderr, "herald self-test: main window %s\n", shown ? "shown" : "NOT shown");
            QCoreApplication::exit(shown ? 0 : 1);
        });
    }
    return QApplication::exec();
}
