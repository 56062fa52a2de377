// herald — the desktop admin console.
//   herald [--sandbox] [--profile NAME] [--data-dir DIR] [--self-test]
#include "AppController.h"
#include "MainWindow.h"
#include "Screenshot.h"
#include "StartupReport.h"

#include "common/AppSettings.h"
#include "common/DataDirectory.h"
#include "common/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QTemporaryDir>
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
    // The system's language first, so --help and a data folder that cannot be opened already speak it;
    // the language chosen in Settings (kept in the data folder) replaces it once the folder is open.
    installTranslations(app, QString());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Send proactive Microsoft Teams messages through your organisation's bot."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"),
        QApplication::translate("main", "Run against Herald's built-in simulated Teams tenant."));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           QApplication::translate("main", "Open the bot profile NAME."),
                                           QStringLiteral("NAME"));
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"),
                                           QApplication::translate("main", "Keep settings and data in DIR."),
                                           QStringLiteral("DIR"));
    const QCommandLineOption selfTestOption(
        QStringLiteral("self-test"),
        QApplication::translate("main", "Open the main window, check it, and exit."));
    // --screenshot directory|composer|send|campaign FILE (or the older --screenshot FILE: the directory).
    QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate(
            "main", "Save a picture of a page (directory, composer or campaign) to FILE and exit."),
        QStringLiteral("PAGE"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption startupOption(
        QStringLiteral("startup-report"),
        QApplication::translate("main", "Print how long the directory took to appear, and exit."));
    startupOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions(
        {sandboxOption, profileOption, dataDirOption, selfTestOption, screenshotOption, startupOption});
    parser.process(app);

    std::optional<ui::Screenshot> screenshot;
    QString screenshotPath;
    std::unique_ptr<QTemporaryDir> screenshotData;
    if (parser.isSet(screenshotOption)) {
        screenshot = ui::screenshotFromName(parser.value(screenshotOption));
        screenshotPath = screenshot ? parser.positionalArguments().value(0) : parser.value(screenshotOption);
        if (!screenshot)
            screenshot = ui::Screenshot::Directory;
        if (screenshotPath.isEmpty()) {
            std::fprintf(stderr, "herald: %s\n",
                         qPrintable(QApplication::translate("main", "--screenshot %1 needs a FILE to write.")
                                        .arg(ui::screenshotNames().join(QLatin1Char('|')))));
            return 2;
        }
        // A scene of its own: never the person's data, and the same picture every time.
        if (!parser.isSet(dataDirOption))
            screenshotData = std::make_unique<QTemporaryDir>();
    }

    auto dataDir = DataDirectory::open(screenshotData ? screenshotData->path() : parser.value(dataDirOption));
    if (!dataDir) {
        if (!parser.isSet(selfTestOption))
            QMessageBox::critical(nullptr, QApplication::translate("main", "Herald"),
                                  dataDir.error().message);
        std::fprintf(stderr, "herald: %s\n", qPrintable(dataDir.error().message));
        return 1;
    }

    if (const QString language = AppSettings(dataDir->settingsPath()).language(); !language.isEmpty())
        installTranslations(app, language);
    ui::AppController controller(std::move(dataDir).value(),
                                 {parser.isSet(sandboxOption) || screenshot.has_value(),
                                  parser.value(profileOption),
                                  screenshot ? ui::screenshotSandboxMembers(*screenshot) : 0});
    controller.start();
    if (screenshot)
        ui::takeScreenshot(controller, *screenshot, screenshotPath);
    if (parser.isSet(startupOption))
        ui::reportStartup(controller, sinceMain);

    if (parser.isSet(selfTestOption)) {
        // The smoke test: the window must really be shown, then Herald quits on its own.
        ui::MainWindow *window = controller.mainWindow();
        QTimer::singleShot(0, window, [window] {
            const bool shown =
                window->isVisible() && window->windowHandle() && window->windowHandle()->isVisible();
            std::fprintf(stderr, "herald self-test: main window %s\n", shown ? "shown" : "NOT shown");
            QCoreApplication::exit(shown ? 0 : 1);
        });
    }
    return QApplication::exec();
}
