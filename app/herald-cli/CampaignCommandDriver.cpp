#include "CampaignCommandDriver.h"

#include "CliContext.h"

#include "auth/ProfileStore.h"
#include "auth/SecretStore.h"
#include "auth/TokenProvider.h"
#include "common/AppSettings.h"
#include "common/Clock.h"
#include "connector/ConnectorClient.h"
#include "delivery/CampaignManager.h"
#include "delivery/CampaignReport.h"
#include "delivery/CampaignRunner.h"
#include "delivery/DeliveryEstimate.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSocketNotifier>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#else // Windows
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <winsock2.h> // before windows.h, which it includes

// Windows has no signals to pipe: g_signalPipe below is a connected pair of loopback sockets (which
// QSocketNotifier can watch), so reading its end with ::read means recv().
static int read(qintptr socket, char *buffer, int size)
{
    return ::recv(SOCKET(socket), buffer, size, 0);
}
#endif

namespace herald::cli {

namespace {

#ifdef Q_OS_UNIX
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

bool installSignalHandlers()
{
    if (g_signalPipe[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return false;
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGINT, &action, nullptr) == 0 && ::sigaction(SIGTERM, &action, nullptr) == 0;
}
#else
qintptr g_signalPipe[2] = {qintptr(INVALID_SOCKET), qintptr(INVALID_SOCKET)};

// Ctrl+C, Ctrl+Break or closing the console (on a thread of its own): a byte on the socket pair, as
// SIGINT writes one on Unix, so the first pauses the campaign and the second abandons what is in flight.
BOOL WINAPI onConsoleEvent(DWORD)
{
    const char byte = 1;
    ::send(SOCKET(g_signalPipe[1]), &byte, 1, 0);
    return TRUE;
}

// Windows has no socketpair(): connect to a listener on a free loopback port, and make sure the
// connection accepted is ours, not a stranger's to that port.
bool makeSocketPair()
{
    WSADATA wsa;
    if (::WSAStartup(MAKEWORD(2, 2), &wsa) != 0)
        return false;
    sockaddr_in address{}, mine{}, peer{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    int length = int(sizeof address), mineLength = int(sizeof mine), peerLength = int(sizeof peer);
    auto *raw = reinterpret_cast<sockaddr *>(&address);
    const SOCKET listener = ::socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
    const SOCKET writer = ::socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
    SOCKET reader = INVALID_SOCKET;
    if (listener != INVALID_SOCKET && writer != INVALID_SOCKET && ::bind(listener, raw, length) == 0 &&
        ::listen(listener, 1) == 0 && ::getsockname(listener, raw, &length) == 0 &&
        ::connect(writer, raw, length) == 0)
        reader = ::accept(listener, nullptr, nullptr);
    const bool ours = reader != INVALID_SOCKET &&
                      ::getsockname(writer, reinterpret_cast<sockaddr *>(&mine), &mineLength) == 0 &&
                      ::getpeername(reader, reinterpret_cast<sockaddr *>(&peer), &peerLength) == 0 &&
                      mine.sin_port == peer.sin_port;
    for (const SOCKET s : {listener, ours ? INVALID_SOCKET : reader, ours ? INVALID_SOCKET : writer}) {
        if (s != INVALID_SOCKET)
            ::closesocket(s);
    }
    if (!ours)
        return false;
    g_signalPipe[0] = qintptr(reader);
    g_signalPipe[1] = qintptr(writer);
    return true;
}

bool installSignalHandlers()
{
    if (g_signalPipe[0] == qintptr(INVALID_SOCKET) && !makeSocketPair())
        return false;
    return ::SetConsoleCtrlHandler(onConsoleEvent, TRUE) != 0;
}
#endif

// Q_DECLARE_TR_FUNCTIONS gives lupdate and the lookup at run time the same context, wherever in this
// file a sentence is (a bare tr() inside a class would be filed by lupdate under that class).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(herald::cli::Campaign)
};

QString progressLine(const delivery::CampaignProgress &p)
{
    const QLocale locale;
    QString line = Text::tr("campaign %1: %2 of %3 done (%4 delivered, %5 unreachable, %6 failed)")
                       .arg(p.campaignId)
                       .arg(locale.toString(p.counts.done()), locale.toString(p.counts.total()),
                            locale.toString(p.counts.delivered), locale.toString(p.counts.unreachable),
                            locale.toString(p.counts.failed));
    line += Text::tr(" — %1 messages/s").arg(locale.toString(p.messagesPerSecond, 'f', 1));
    if (p.etaSeconds > 0)
        line += Text::tr(", about %1 left").arg(delivery::DeliveryEstimate::duration(p.etaSeconds));
    if (p.throttled > 0)
        line += Text::tr(", %1 throttled").arg(p.throttled);
    return line;
}

} // namespace

CampaignCommandDriver::CampaignCommandDriver(const CliContext &context, const store::Database &db,
                                             QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_db(db)
{
}

CampaignCommandDriver::~CampaignCommandDriver() = default;

delivery::RunOptions CampaignCommandDriver::defaultOptions(const CliContext &context)
{
    const AppSettings settings(context.dataDir().settingsPath());
    delivery::RunOptions options;
    options.pacing.globalRps = settings.globalRequestsPerSecond();
    return options;
}

int CampaignCommandDriver::run(qint64 campaignId, const delivery::RunOptions &options)
{
    delivery::CampaignManager manager(m_db);
    auto info = manager.campaign(campaignId);
    if (!info)
        return m_context.fail(info.error());
    auth::ProfileStore profiles(m_context.dataDir().settingsPath());
    auto profile = profiles.get(info->profile);
    if (!profile)
        return m_context.fail(profile.error());
    if (!options.pacing.enabled && profile->cloud != auth::Cloud::Sandbox)
        return m_context.fail(Error::make(Error::Kind::Input,
                                          Text::tr("Sending without pacing is only allowed to the sandbox.")),
                              2);
    const AppSettings settings(m_context.dataDir().settingsPath());

    QNetworkAccessManager nam;
    auth::SecretStore secrets;
    std::unique_ptr<auth::TokenProvider> tokens;
    std::unique_ptr<connector::ConnectorClient> client;
    std::unique_ptr<delivery::CampaignRunner> runner;
    QElapsedTimer sinceLine;
    int rc = 1;
    bool interrupted = false;
    QTimer grace;
    grace.setSingleShot(true);

    if (!installSignalHandlers())
        m_context.progress(
            Text::tr("herald-cli: could not install signal handlers; Ctrl+C will not pause cleanly."));
    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    connect(&notifier, &QSocketNotifier::activated, this, [&] {
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(g_signalPipe[0], &byte, 1);
        if (!runner) {
            QCoreApplication::exit(3);
            return;
        }
        if (interrupted) {
            runner->abortInFlight();
            return;
        }
        interrupted = true;
        m_context.progress(
            Text::tr("Pausing campaign %1: waiting for the answers already on their way…").arg(campaignId));
        runner->pause();
        grace.start(3000);
    });
    connect(&grace, &QTimer::timeout, this, [&] {
        if (runner)
            runner->abortInFlight();
    });

    secrets.resolve(profile->name, QString(), [&](Result<QString> secret) {
        if (!secret) {
            rc = m_context.fail(secret.error());
            QCoreApplication::exit(rc);
            return;
        }
        tokens = std::make_unique<auth::TokenProvider>(*profile, *secret, &nam, nullptr);
        connector::ConnectorOptions connectorOptions;
        connectorOptions.timeoutMs = settings.requestTimeoutMs();
        client = std::make_unique<connector::ConnectorClient>(*profile, tokens.get(), &nam, connectorOptions);
        auto made = manager.runner(campaignId, client.get(), options);
        if (!made) {
            rc = m_context.fail(made.error());
            QCoreApplication::exit(rc);
            return;
        }
        runner = std::move(made).value();
        connect(runner.get(), &delivery::CampaignRunner::progressChanged, this,
                [&](const delivery::CampaignProgress &p) {
                    if (sinceLine.isValid() && sinceLine.elapsed() < 1000 &&
                        p.status == delivery::CampaignStatus::Running)
                        return;
                    sinceLine.start();
                    m_context.progress(progressLine(p));
                });
        connect(runner.get(), &delivery::CampaignRunner::stopped, this, [&](delivery::CampaignStatus status) {
            grace.stop();
            const delivery::StateCounts counts = runner->counts();
            if (status == delivery::CampaignStatus::Paused)
                rc = 3;
            else
                rc = counts.allAccountedFor() ? 0 : 1;
            QCoreApplication::exit(rc);
        });
        if (Status s = runner->start(); !s) {
            rc = m_context.fail(s.error());
            runner.reset();
            QCoreApplication::exit(rc);
            return;
        }
        m_context.progress(Text::tr("Sending campaign %1 as \"%2\" (%3 recipients). Ctrl+C pauses it; "
                                    "\"herald-cli resume %1\" goes on.")
                               .arg(campaignId)
                               .arg(profile->name)
                               .arg(runner->counts().total()));
    });
    QCoreApplication::exec();
    if (!runner)
        return rc;

    // The answer: counts, the uncertain recipients, and why it stopped.
    const delivery::StateCounts counts = runner->counts();
    QJsonArray uncertain;
    if (counts.uncertain > 0) {
        if (auto rows = manager.recipients(campaignId, delivery::RecipientState::Uncertain, 100); rows) {
            for (const delivery::CampaignRecipient &r : *rows)
                uncertain.append(
                    QJsonObject{{QStringLiteral("id"), r.targetId}, {QStringLiteral("name"), r.name}});
        }
    }
    const auto report = delivery::CampaignReport(m_db).load(campaignId);
    if (m_context.json()) {
        QJsonObject answer{{QStringLiteral("ok"), rc == 0},
                           {QStringLiteral("campaign"), campaignId},
                           {QStringLiteral("status"), delivery::campaignStatusKey(runner->status())},
                           {QStringLiteral("counts"), counts.toJson()},
                           {QStringLiteral("uncertain"), uncertain}};
        if (report)
            answer.insert(QStringLiteral("messagesPerSecond"), report->averageMessagesPerSecond());
        if (runner->lastError().isError())
            answer.insert(QStringLiteral("error"), errorToJson(runner->lastError()));
        m_context.printJson(answer);
    }
    const QLocale locale;
    QString summary =
        Text::tr("Campaign %1 %2: %3 delivered, %4 unreachable, %5 failed, %6 uncertain, %7 not sent.")
            .arg(campaignId)
            .arg(delivery::campaignStatusLabel(runner->status()).toLower())
            .arg(locale.toString(counts.delivered), locale.toString(counts.unreachable),
                 locale.toString(counts.failed), locale.toString(counts.uncertain),
                 locale.toString(counts.pending + counts.cancelled));
    m_context.progress(summary);
    if (runner->lastError().isError())
        m_context.progress(Text::tr("It stopped because: %1").arg(runner->lastError().toString()));
    if (counts.uncertain > 0)
        m_context.progress(
            Text::tr("%Ln recipient(s) uncertain (the request left but no answer came). \"herald-cli "
                     "resume %1 --resend-uncertain\" sends to them again; some may then get it twice.",
                     nullptr, int(counts.uncertain))
                .arg(campaignId));
    if (rc == 3)
        m_context.progress(Text::tr("Paused. Go on with: herald-cli resume %1").arg(campaignId));
    runner.reset();
    return rc;
}

} // namespace herald::cli
