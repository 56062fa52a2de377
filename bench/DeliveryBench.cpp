#include "DeliveryBench.h"
#include "ProcessStats.h"

#include "auth/Profile.h"
#include "auth/TokenProvider.h"
#include "compose/Draft.h"
#include "connector/ConnectorClient.h"
#include "delivery/CampaignManager.h"
#include "delivery/CampaignRunner.h"
#include "delivery/CampaignStore.h"
#include "directory/DirectoryWriter.h"
#include "sandbox/Organisation.h"
#include "sandbox/SandboxThread.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>
#include <memory>

namespace herald::bench {

namespace {

void say(const QString &line)
{
    std::fprintf(stderr, "delivery bench: %s\n", qPrintable(line));
}

// The sandbox: a child process (its memory is not ours) or a thread in this process.
class Sandbox
{
public:
    Result<QUrl> start(const sandbox::SandboxOptions &o, bool child)
    {
        if (!child) {
            m_thread = std::make_unique<sandbox::SandboxThread>(o);
            auto port = m_thread->start();
            if (!port)
                return port.error();
            return m_thread->baseUrl();
        }
        const QString binary =
            QCoreApplication::applicationDirPath() + QStringLiteral("/../app/herald-sandbox");
        if (!QFileInfo::exists(binary))
            return Error::make(Error::Kind::Input,
                               QStringLiteral("%1 is missing; build herald-sandbox or use "
                                              "--sandbox thread")
                                   .arg(binary));
        m_process.setProgram(binary);
        m_process.setArguments({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--seed"),
                                QString::number(o.seed), QStringLiteral("--teams"), QString::number(o.teams),
                                QStringLiteral("--members"), QString::number(o.members),
                                QStringLiteral("--limits"),
                                o.limits ? QStringLiteral("teams") : QStringLiteral("off"),
                                QStringLiteral("--global-rps"), QString::number(o.globalRps)});
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        // A benchmark's own setup, not library code: waiting here is fine.
        QByteArray line;
        while (!line.contains('\n') && m_process.waitForReadyRead(60000))
            line += m_process.readAllStandardOutput();
        const auto match =
            QRegularExpression(QStringLiteral("listening on (http://\\S+)")).match(QString::fromUtf8(line));
        if (!match.hasMatch())
            return Error::make(Error::Kind::Network, QStringLiteral("herald-sandbox did not start"));
        return QUrl(match.captured(1) + QLatin1Char('/'));
    }

    ~Sandbox()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            m_process.waitForFinished(5000);
        }
    }

private:
    std::unique_ptr<sandbox::SandboxThread> m_thread;
    QProcess m_process;
};

void getJson(QNetworkAccessManager &nam, const QUrl &url, std::function<void(QJsonObject)> done)
{
    QNetworkReply *reply = nam.get(QNetworkRequest(url));
    QObject::connect(reply, &QNetworkReply::finished, &nam, [reply, done = std::move(done)] {
        reply->deleteLater();
        done(QJsonDocument::fromJson(reply->readAll()).object());
    });
}

compose::Draft benchDraft()
{
    compose::Draft d;
    d.kind = compose::Draft::Kind::Notification;
    d.title = QStringLiteral("Benchmark");
    d.notification.whatHappened = QStringLiteral("Hello {givenName}, this is the delivery benchmark.");
    d.notification.subject = QStringLiteral("Herald");
    d.notification.actor = QStringLiteral("The comms team");
    d.notification.actions = QStringLiteral("Nothing to do.");
    d.notification.optOut = QStringLiteral("Reply STOP.");
    return d;
}

} // namespace

int runDeliveryBench(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption recipientsOption(QStringLiteral("recipients"), QString(), QStringLiteral("N"),
                                              QStringLiteral("3000"));
    const QCommandLineOption limitsOption(QStringLiteral("limits"), QString(), QStringLiteral("teams|off"),
                                          QStringLiteral("teams"));
    const QCommandLineOption rpsOption(QStringLiteral("global-rps"), QString(), QStringLiteral("R"),
                                       QStringLiteral("50"));
    const QCommandLineOption firstContactOption(QStringLiteral("first-contact"));
    const QCommandLineOption embeddedOption(QStringLiteral("embedded"));
    const QCommandLineOption inFlightOption(QStringLiteral("max-in-flight"), QString(), QStringLiteral("N"),
                                            QStringLiteral("16"));
    const QCommandLineOption sandboxOption(QStringLiteral("sandbox"), QString(),
                                           QStringLiteral("child|thread"), QStringLiteral("child"));
    const QCommandLineOption noDurableOption(QStringLiteral("no-durable"));
    const QCommandLineOption jsonOption(QStringLiteral("json"));
    parser.addOptions({recipientsOption, limitsOption, rpsOption, firstContactOption, embeddedOption,
                       inFlightOption, sandboxOption, noDurableOption, jsonOption});
    if (!parser.parse(args)) {
        std::fprintf(stderr, "herald-bench delivery: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    const int recipients = qMax(1, parser.value(recipientsOption).toInt());
    const bool limits = parser.value(limitsOption) == QStringLiteral("teams");
    const double rps = qMax(0.1, parser.value(rpsOption).toDouble());
    const bool embedded = parser.isSet(embeddedOption);
    const bool firstContact = embedded || parser.isSet(firstContactOption);

    // 1. The tenant: about 5% of people blocked the bot or lack the app, so generate some more.
    sandbox::SandboxOptions options;
    options.seed = 11;
    options.members = recipients + recipients / 8 + 100;
    options.teams = 4;
    options.limits = limits;
    options.globalRps = rps;
    Sandbox sandbox;
    auto base = sandbox.start(options, parser.value(sandboxOption) != QStringLiteral("thread"));
    if (!base) {
        std::fprintf(stderr, "herald-bench: %s\n", qPrintable(base.error().message));
        return 1;
    }

    // 2. The directory: N reachable people, their 1:1 chats cached unless this measures first contact.
    QTemporaryDir dir;
    auto db = store::Database::open(dir.filePath(QStringLiteral("herald.sqlite")));
    if (!db) {
        std::fprintf(stderr, "herald-bench: %s\n", qPrintable(db.error().message));
        return 1;
    }
    const sandbox::Organisation org(options.seed, options.teams, options.members, options.tenantId);
    delivery::AudienceSpec spec;
    {
        directory::DirectoryWriter writer(**db);
        store::Transaction tx(**db);
        if (!tx.begin())
            return 1;
        for (int i = 0; i < org.memberCount() && spec.users.size() < recipients; ++i) {
            if (!org.hasApp(i) || org.blockedBot(i))
                continue;
            const sandbox::Person p = org.person(i);
            directory::PersonRecord r;
            r.id = p.id;
            r.name = p.name;
            r.givenName = p.givenName;
            if (!firstContact)
                r.conversationId = p.conversationId;
            if (!writer.upsertPerson(r))
                return 1;
            spec.users.append(p.id);
        }
        if (!tx.commit())
            return 1;
    }
    delivery::CampaignManager manager(**db);
    auto audience = manager.resolveAudience(spec);
    if (!audience)
        return 1;
    delivery::RunOptions run;
    run.pacing.enabled = limits;
    run.pacing.globalRps = rps;
    run.pacing.maxInFlight = qBound(1, parser.value(inFlightOption).toInt(), 64);
    run.embedActivityInCreate = embedded;
    run.durableSendingMarks = !parser.isSet(noDurableOption);
    run.progressIntervalMs = 1000;
    auto id = manager.createCampaign(benchDraft(), *audience, QStringLiteral("Sandbox"), run);
    if (!id) {
        std::fprintf(stderr, "herald-bench: %s\n", qPrintable(id.error().message));
        return 1;
    }
    say(QStringLiteral("%1 recipients, sandbox at %2, limits %3")
            .arg(spec.users.size())
            .arg(base->toString(), limits ? QStringLiteral("teams") : QStringLiteral("off")));

    // 3. The campaign, timed from start to the last answer on disk.
    auth::Profile profile;
    profile.name = QStringLiteral("Sandbox");
    profile.cloud = auth::Cloud::Sandbox;
    profile.tenantId = options.tenantId;
    profile.appId = options.appId;
    profile.serviceUrl = *base;
    profile.loginUrl = *base;
    QNetworkAccessManager nam;
    auth::TokenProvider tokens(profile, options.appSecret, &nam, nullptr);
    connector::ConnectorClient client(profile, &tokens, &nam);
    auto made = manager.runner(*id, &client, run);
    if (!made)
        return 1;
    std::unique_ptr<delivery::CampaignRunner> runner = std::move(made).value();
    QElapsedTimer timer;
    double cpuAtStart = 0;
    QJsonObject before;
    QJsonObject result;
    const QUrl statsUrl = base->resolved(QUrl(QStringLiteral("_sandbox/stats")));
    QObject::connect(runner.get(), &delivery::CampaignRunner::progressChanged, &nam,
                     [](const delivery::CampaignProgress &p) {
                         say(QStringLiteral("%1/%2 done, %3 msg/s")
                                 .arg(p.counts.done())
                                 .arg(p.counts.total())
                                 .arg(p.messagesPerSecond, 0, 'f', 1));
                     });
    QObject::connect(runner.get(), &delivery::CampaignRunner::stopped, &nam, [&](delivery::CampaignStatus) {
        const double seconds = timer.nsecsElapsed() / 1e9;
        const double cpu = cpuSeconds() - cpuAtStart;
        getJson(nam, statsUrl, [&, seconds, cpu](QJsonObject after) {
            const delivery::StateCounts counts = runner->counts();
            const auto diff = [&](const char *key) {
                return after.value(QLatin1String(key)).toInteger() -
                       before.value(QLatin1String(key)).toInteger();
            };
            const qint64 activities = diff("activities");
            const qint64 duplicates = diff("duplicates");
            const double perMessage = firstContact && !embedded ? 2.0 : 1.0;
            const double msgs = counts.delivered / seconds;
            const double ceiling = limits ? rps / perMessage : 0.0;
            result = QJsonObject{
                {QStringLiteral("benchmark"), QStringLiteral("delivery")},
                {QStringLiteral("recipients"), spec.users.size()},
                {QStringLiteral("limits"), limits ? QStringLiteral("teams") : QStringLiteral("off")},
                {QStringLiteral("mode"), embedded       ? QStringLiteral("create-with-activity")
                                         : firstContact ? QStringLiteral("create-then-send")
                                                        : QStringLiteral("cached")},
                {QStringLiteral("delivered"), counts.delivered},
                {QStringLiteral("lost"), qint64(spec.users.size()) - (activities - duplicates)},
                {QStringLiteral("not_delivered"), counts.total() - counts.delivered},
                {QStringLiteral("duplicates"), duplicates},
                {QStringLiteral("throttled_responses"), diff("throttled")},
                {QStringLiteral("requests"), diff("requests")},
                {QStringLiteral("seconds"), seconds},
                {QStringLiteral("msgs_per_s"), msgs},
                {QStringLiteral("ceiling_per_s"), limits ? QJsonValue(ceiling) : QJsonValue()},
                {QStringLiteral("ratio"), limits ? QJsonValue(msgs / ceiling) : QJsonValue()},
                {QStringLiteral("max_in_flight"), run.pacing.maxInFlight},
                {QStringLiteral("rss_mb"), readStatusMb("VmHWM:")},
                // The engine's own cost, independent of what else the machine is doing.
                {QStringLiteral("engine_cpu_s"), cpu},
                {QStringLiteral("msgs_per_engine_cpu_s"), cpu > 0 ? counts.delivered / cpu : 0.0},
            };
            QCoreApplication::exit(counts.delivered == spec.users.size() ? 0 : 1);
        });
    });
    getJson(nam, statsUrl, [&](QJsonObject stats) {
        before = stats;
        cpuAtStart = cpuSeconds();
        timer.start();
        if (Status s = runner->start(); !s) {
            std::fprintf(stderr, "herald-bench: %s\n", qPrintable(s.error().message));
            QCoreApplication::exit(1);
        }
    });
    const int rc = QCoreApplication::exec();
    if (!result.isEmpty())
        std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    runner.reset();
    return rc;
}

} // namespace herald::bench
