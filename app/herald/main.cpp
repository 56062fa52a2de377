// herald — the desktop admin console.
//   herald [--sandbox] [--profile NAME] [--data-dir DIR] [--self-test]
#include "MainWindow.h"

#include "common/DataDirectory.h"
#include "sandbox/SandboxThread.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>
#include <QWindow>

#include <cstdio>
#include <memory>

using namespace herald;

int main(int argc, char *argv[])
{
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
    parser.addOptions({sandboxOption, profileOption, dataDirOption, selfTestOption});
    parser.process(app);

    auto dataDir = DataDirectory::open(parser.value(dataDirOption));
    if (!dataDir) {
        if (parser.isSet(selfTestOption)) {
            std::fprintf(stderr, "herald: %s\n", qPrintable(dataDir.error().message));
            return 1;
        }
        QMessageBox::critical(nullptr, QApplication::translate("main", "Herald"), dataDir.error().message);
        return 1;
    }

    ui::MainWindow window;
    std::unique_ptr<sandbox::SandboxThread> sandboxThread;
    if (parser.isSet(sandboxOption)) {
        sandboxThread = std::make_unique<sandbox::SandboxThread>(sandbox::SandboxOptions{});
        const auto port = sandboxThread->start();
        if (!port) {
            std::fprintf(stderr, "herald: %s\n", qPrintable(port.error().message));
            return 1;
        }
        window.setConnectionText(QApplication::translate("main", "Sandbox tenant running at %1")
                                     .arg(sandboxThread->baseUrl().toString()));
    }
    window.show();

    if (parser.isSet(selfTestOption)) {
        // The smoke test: the window must really be shown, then Herald quits on its own.
        QTimer::singleShot(0, &window, [&window] {
            const bool shown = window.isVisible() && window.windowHandle() && window.windowHandle()->isVisible();
            std::fprintf(stderr, "herald self-test: main window %s\n", shown ? "shown" : "NOT shown");
            QCoreApplication::exit(shown ? 0 : 1);
        });
    }
    return QApplication::exec();
}
