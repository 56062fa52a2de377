// herald-sandbox: the simulated Teams tenant on 127.0.0.1 (DESIGN.md, "The sandbox").
#include "sandbox/SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#else // Windows
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#endif

using herald::sandbox::SandboxOptions;
using herald::sandbox::SandboxServer;

namespace {

#ifdef Q_OS_UNIX
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

// SIGINT/SIGTERM end the event loop through a self-pipe: nothing else is safe in a handler.
bool installSignalHandlers(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return false;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [notifier] {
        notifier->setEnabled(false);
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(g_signalPipe[0], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGINT, &action, nullptr) == 0 && ::sigaction(SIGTERM, &action, nullptr) == 0;
}
#else
// Windows: Ctrl+C, Ctrl+Break and closing the console window: the handler runs on a thread of its own, so it
// only posts the quit to the event loop (a queued call is thread-safe).
BOOL WINAPI onConsoleEvent(DWORD)
{
    QMetaObject::invokeMethod(
        QCoreApplication::instance(), [] { QCoreApplication::quit(); }, Qt::QueuedConnection);
    return TRUE;
}

bool installSignalHandlers(QCoreApplication &)
{
    return ::SetConsoleCtrlHandler(onConsoleEvent, TRUE) != 0;
}
#endif

bool parseOptions(const QCoreApplication &app, SandboxOptions *options, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A simulated Microsoft Teams tenant for Herald's tests and demos."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("Port on 127.0.0.1 (0: any free port)."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Seed of the generated organisation."), QStringLiteral("N"),
                                  QString::number(options->seed));
    const QCommandLineOption teams(QStringLiteral("teams"), QStringLiteral("Number of teams."),
                                   QStringLiteral("N"), QString::number(options->teams));
    const QCommandLineOption members(QStringLiteral("members"), QStringLiteral("Number of people."),
                                     QStringLiteral("N"), QString::number(options->members));
    const QCommandLineOption limits(QStringLiteral("limits"), QStringLiteral("Rate limits: teams or off."),
                                    QStringLiteral("MODE"), QStringLiteral("teams"));
    const QCommandLineOption globalRps(QStringLiteral("global-rps"),
                                       QStringLiteral("Global requests per second per app."),
                                       QStringLiteral("R"), QString::number(options->globalRps));
    const QCommandLineOption faultRate(QStringLiteral("fault-rate"),
                                       QStringLiteral("Share of connector calls that fail (0..1)."),
                                       QStringLiteral("P"), QStringLiteral("0"));
    const QCommandLineOption appId(QStringLiteral("app-id"), QStringLiteral("The bot's app (client) id."),
                                   QStringLiteral("ID"), options->appId);
    const QCommandLineOption appSecret(QStringLiteral("app-secret"),
                                       QStringLiteral("The bot's client secret."), QStringLiteral("S"),
                                       options->appSecret);
    const QCommandLineOption tenantId(QStringLiteral("tenant-id"), QStringLiteral("The tenant id."),
                                      QStringLiteral("T"), options->tenantId);
    const QCommandLineOption lifetime(QStringLiteral("token-lifetime"),
                                      QStringLiteral("Token lifetime in seconds."), QStringLiteral("SECONDS"),
                                      QString::number(options->tokenLifetimeSec));
    parser.addOptions(
        {port, seed, teams, members, limits, globalRps, faultRate, appId, appSecret, tenantId, lifetime});
    parser.process(app);

    bool ok = true;
    const auto number = [&](const QCommandLineOption &option, long long low, long long high) -> long long {
        bool good = false;
        const long long value = parser.value(option).toLongLong(&good);
        if (!good || value < low || value > high) {
            if (ok)
                *error = QStringLiteral("--%1 must be a whole number from %2 to %3.")
                             .arg(option.names().constFirst())
                             .arg(low)
                             .arg(high);
            ok = false;
        }
        return value;
    };
    const auto real = [&](const QCommandLineOption &option, double low, double high) -> double {
        bool good = false;
        const double value = parser.value(option).toDouble(&good);
        if (!good || value < low || value > high) {
            if (ok)
                *error = QStringLiteral("--%1 must be a number from %2 to %3.")
                             .arg(option.names().constFirst())
                             .arg(low)
                             .arg(high);
            ok = false;
        }
        return value;
    };
    options->port = static_cast<quint16>(number(port, 0, 65535));
    options->seed = static_cast<quint32>(number(seed, 0, 4294967295LL));
    options->teams = static_cast<int>(number(teams, 1, 10000));
    options->members = static_cast<int>(number(members, 1, 10'000'000));
    options->globalRps = real(globalRps, 0.001, 1e9);
    options->faultRate = real(faultRate, 0.0, 1.0);
    options->tokenLifetimeSec = static_cast<int>(number(lifetime, 1, 86400 * 365));
    options->appId = parser.value(appId);
    options->appSecret = parser.value(appSecret);
    options->tenantId = parser.value(tenantId);
    const QString mode = parser.value(limits);
    if (mode != u"teams" && mode != u"off") {
        if (ok)
            *error = QStringLiteral("--limits must be 'teams' or 'off'.");
        ok = false;
    }
    options->limits = mode == u"teams";
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("herald-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HERALD_VERSION));

    SandboxOptions options;
    QString error;
    if (!parseOptions(app, &options, &error)) {
        std::fprintf(stderr, "herald-sandbox: %s\n", qPrintable(error));
        return 2;
    }
    if (!installSignalHandlers(app)) {
        std::fprintf(stderr, "herald-sandbox: could not install signal handlers\n");
        return 1;
    }

    SandboxServer server(options);
    const auto port = server.listen();
    if (!port) {
        std::fprintf(stderr, "herald-sandbox: %s\n", qPrintable(port.error().toString()));
        return 1;
    }
    std::printf("herald-sandbox listening on http://127.0.0.1:%u\n", static_cast<unsigned>(*port));
    std::fflush(stdout);
    return app.exec() == 0 ? 0 : 1;
}
