#include "CampaignCommand.h"

#include "CampaignCommandDriver.h"
#include "CliContext.h"

#include "delivery/CampaignManager.h"
#include "delivery/CampaignReport.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QLocale>
#include <QThread>

namespace herald::cli {

namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate and the lookup at run time the same context, wherever in this
// file a sentence is (a bare tr() inside a class would be filed by lupdate under that class).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(herald::cli::Campaign)
};

// How long `cancel` and `pause` wait for another process to obey.
constexpr qint64 kStopWaitMs = 10'000;

std::optional<qint64> campaignId(const QStringList &positional)
{
    if (positional.size() != 1)
        return std::nullopt;
    bool ok = false;
    const qint64 id = positional.constFirst().toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

QString when(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                  : QString();
}

} // namespace

int runCampaignsCommand(const CliContext &context, QStringList args)
{
    if (!args.isEmpty())
        return context.usage(Text::tr("usage: herald-cli campaigns"));
    auto db = store::Database::open(context.dataDir().databasePath());
    if (!db)
        return context.fail(db.error());
    delivery::CampaignManager manager(**db);
    // Campaigns whose process is gone are marked interrupted first, so the list tells the truth.
    if (auto recovered = manager.recoverInterrupted(); !recovered)
        return context.fail(recovered.error());
    auto list = manager.campaigns();
    if (!list)
        return context.fail(list.error());
    if (context.json()) {
        QJsonArray arr;
        for (const delivery::CampaignInfo &c : *list)
            arr.append(c.toJson());
        context.printJson({{QStringLiteral("ok"), true}, {QStringLiteral("campaigns"), arr}});
        return 0;
    }
    if (list->isEmpty())
        context.print(Text::tr("No campaigns yet. Start one with: herald-cli send …"));
    const QLocale locale;
    for (const delivery::CampaignInfo &c : *list)
        context.print(
            Text::tr(
                "%1\t%2\t%3\t%4 of %5 delivered, %6 unreachable, %7 failed, %8 uncertain\t%9 by %10\t%11")
                .arg(c.id)
                .arg(delivery::campaignStatusLabel(c.status), c.title, locale.toString(c.counts.delivered),
                     locale.toString(c.counts.total()), locale.toString(c.counts.unreachable),
                     locale.toString(c.counts.failed), locale.toString(c.counts.uncertain),
                     when(c.createdAtMs))
                .arg(c.createdBy, c.profile));
    return 0;
}

int runReportCommand(const CliContext &context, QStringList args)
{
    QCommandLineParser parser;
    const QCommandLineOption csv(QStringLiteral("csv"));
    parser.addOption(csv);
    const QString usage = Text::tr("usage: herald-cli report ID [--csv]");
    if (!parser.parse(QStringList{QStringLiteral("report")} + args))
        return context.usage(usage);
    const auto id = campaignId(parser.positionalArguments());
    if (!id)
        return context.usage(usage);
    auto db = store::Database::open(context.dataDir().databasePath());
    if (!db)
        return context.fail(db.error());
    delivery::CampaignReport report(**db);
    if (parser.isSet(csv)) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return context.fail(
                Error::make(Error::Kind::Storage, Text::tr("Could not write to standard output.")));
        if (Status s = report.writeCsv(*id, &out); !s)
            return context.fail(s.error());
        return 0;
    }
    auto data = report.load(*id);
    if (!data)
        return context.fail(data.error());
    if (context.json()) {
        QJsonObject o = data->toJson();
        o.insert(QStringLiteral("ok"), true);
        context.printJson(o);
        return 0;
    }
    const QLocale locale;
    const delivery::CampaignInfo &c = data->campaign;
    context.print(Text::tr("Campaign %1 \"%2\" — %3, created %4 by %5 with profile \"%6\"")
                      .arg(c.id)
                      .arg(c.title, delivery::campaignStatusLabel(c.status), when(c.createdAtMs), c.createdBy,
                           c.profile));
    for (delivery::RecipientState s :
         {delivery::RecipientState::Delivered, delivery::RecipientState::Unreachable,
          delivery::RecipientState::Failed, delivery::RecipientState::Uncertain,
          delivery::RecipientState::Pending, delivery::RecipientState::Cancelled}) {
        if (c.counts.value(s) > 0)
            //: A report line: a recipient state ("Delivered") and how many are in it.
            context.print(Text::tr("  %1: %2")
                              .arg(delivery::recipientStateLabel(s), locale.toString(c.counts.value(s))));
    }
    for (const delivery::CampaignReport::CodeCount &code : data->byCode)
        //: A report line: a recipient state ("Failed"), the error code Teams or Herald gave, and how many.
        context.print(
            Text::tr("  %1, %2: %3")
                .arg(delivery::recipientStateLabel(code.state), code.code, locale.toString(code.count)));
    if (data->ambiguous > 0)
        context.print(Text::tr("  %1 delivered after a cut connection may have received it twice.")
                          .arg(data->ambiguous));
    if (!data->throughput.isEmpty())
        context.print(
            Text::tr("  %1 messages/s on average over %2 s")
                .arg(locale.toString(data->averageMessagesPerSecond(), 'f', 1))
                .arg(data->throughput.constLast().second - data->throughput.constFirst().second + 1));
    if (!c.lastError.isEmpty())
        context.print(Text::tr("  Stopped because: %1").arg(c.lastError));
    return 0;
}

int runResumeCommand(const CliContext &context, QStringList args)
{
    QCommandLineParser parser;
    const QCommandLineOption resend(QStringLiteral("resend-uncertain"));
    const QCommandLineOption globalRps(QStringLiteral("global-rps"), QString(), QStringLiteral("R"));
    const QCommandLineOption unpaced(QStringLiteral("unpaced"));
    parser.addOptions({resend, globalRps, unpaced});
    const QString usage = Text::tr("usage: herald-cli resume ID [--resend-uncertain] [--global-rps R]");
    if (!parser.parse(QStringList{QStringLiteral("resume")} + args))
        return context.usage(usage);
    const auto id = campaignId(parser.positionalArguments());
    if (!id)
        return context.usage(usage);
    auto db = store::Database::open(context.dataDir().databasePath());
    if (!db)
        return context.fail(db.error());
    delivery::CampaignManager manager(**db);
    if (auto recovered = manager.recoverInterrupted(); !recovered)
        return context.fail(recovered.error());
    auto info = manager.campaign(*id);
    if (!info)
        return context.fail(info.error());
    delivery::RunOptions options =
        delivery::RunOptions::fromJson(info->options, CampaignCommandDriver::defaultOptions(context));
    if (parser.isSet(globalRps)) {
        bool ok = false;
        options.pacing.globalRps = parser.value(globalRps).toDouble(&ok);
        if (!ok || options.pacing.globalRps <= 0)
            return context.usage(Text::tr("--global-rps needs a positive number."));
    }
    if (parser.isSet(unpaced))
        options.pacing.enabled = false;
    options.resendUncertain = parser.isSet(resend);
    if (delivery::isFinal(info->status) &&
        !(options.resendUncertain && info->status == delivery::CampaignStatus::Finished &&
          info->counts.uncertain > 0)) {
        // Nothing left to send: say how it ended, with the exit status a finished send would have had.
        const bool ok = info->counts.allAccountedFor();
        if (context.json())
            context.printJson({{QStringLiteral("ok"), ok},
                               {QStringLiteral("campaign"), *id},
                               {QStringLiteral("status"), delivery::campaignStatusKey(info->status)},
                               {QStringLiteral("counts"), info->counts.toJson()}});
        context.progress(
            Text::tr("Campaign %1 is %2; there is nothing left to send (%3 delivered, %4 unreachable, %5 "
                     "failed, %6 uncertain).")
                .arg(*id)
                .arg(delivery::campaignStatusLabel(info->status).toLower())
                .arg(info->counts.delivered)
                .arg(info->counts.unreachable)
                .arg(info->counts.failed)
                .arg(info->counts.uncertain));
        return ok ? 0 : 1;
    }
    if (info->counts.uncertain > 0 && !options.resendUncertain) {
        context.progress(
            Text::tr("%Ln recipient(s) uncertain: not sent again (add --resend-uncertain to send to them; "
                     "some may then get it twice):",
                     nullptr, int(info->counts.uncertain)));
        if (auto rows = manager.recipients(*id, delivery::RecipientState::Uncertain, 20); rows) {
            for (const delivery::CampaignRecipient &r : *rows)
                //: One uncertain recipient: their id, then their name.
                context.progress(Text::tr("  %1  %2").arg(r.targetId, r.name));
            if (info->counts.uncertain > rows->size())
                context.progress(Text::tr("  … and %1 more (herald-cli report %2 --csv)")
                                     .arg(info->counts.uncertain - rows->size())
                                     .arg(*id));
        }
    }
    CampaignCommandDriver driver(context, **db);
    return driver.run(*id, options);
}

namespace {

// Pauses or cancels: at once when no process sends the campaign, else asks the one that does (the window,
// another herald-cli) through the database and waits until it has obeyed.
int runStopCommand(const CliContext &context, const QStringList &args, delivery::CampaignStatus target)
{
    const bool cancelling = target == delivery::CampaignStatus::Cancelled;
    const auto id = campaignId(args);
    if (!id)
        return context.usage(cancelling ? Text::tr("usage: herald-cli cancel ID")
                                        : Text::tr("usage: herald-cli pause ID"));
    auto db = store::Database::open(context.dataDir().databasePath());
    if (!db)
        return context.fail(db.error());
    delivery::CampaignManager manager(**db);
    auto outcome = manager.stop(*id, target);
    if (!outcome)
        return context.fail(outcome.error());
    if (*outcome == delivery::CampaignManager::StopOutcome::Requested)
        context.progress(cancelling
                             ? Text::tr("Campaign %1 is being sent by another Herald; asked it to cancel. "
                                        "Waiting for the answers already on their way…")
                                   .arg(*id)
                             : Text::tr("Campaign %1 is being sent by another Herald; asked it to pause. "
                                        "Waiting for the answers already on their way…")
                                   .arg(*id));
    QElapsedTimer waited;
    waited.start();
    auto info = manager.campaign(*id);
    while (info && info->status != target && !delivery::isFinal(info->status)) {
        if (waited.elapsed() > kStopWaitMs)
            return context.fail(Error::make(
                Error::Kind::Input, Text::tr("Campaign %1 did not stop within %2 seconds; the Herald sending "
                                             "it may be stuck. Try again, or stop that program.")
                                        .arg(*id)
                                        .arg(kStopWaitMs / 1000)));
        QThread::msleep(100);
        // Asks again, or does it here when the sender has gone meanwhile.
        if (auto again = manager.stop(*id, target); !again)
            return context.fail(again.error());
        info = manager.campaign(*id);
    }
    if (!info)
        return context.fail(info.error());
    if (context.json())
        context.printJson({{QStringLiteral("ok"), true}, {QStringLiteral("campaign"), info->toJson()}});
    const QLocale locale;
    if (info->status == delivery::CampaignStatus::Cancelled)
        context.print(
            Text::tr("Campaign %1 is cancelled: %2 delivered, %3 not sent.")
                .arg(*id)
                .arg(locale.toString(info->counts.delivered), locale.toString(info->counts.cancelled)));
    else if (info->status == delivery::CampaignStatus::Paused)
        context.print(
            Text::tr("Campaign %1 is paused: %2 delivered, %3 waiting. Go on with: herald-cli resume %1")
                .arg(*id)
                .arg(locale.toString(info->counts.delivered), locale.toString(info->counts.pending)));
    else
        context.print(Text::tr("Campaign %1 is %2 already: %3 delivered.")
                          .arg(*id)
                          .arg(delivery::campaignStatusLabel(info->status).toLower(),
                               locale.toString(info->counts.delivered)));
    return 0;
}

} // namespace

int runCancelCommand(const CliContext &context, QStringList args)
{
    return runStopCommand(context, args, delivery::CampaignStatus::Cancelled);
}

int runPauseCommand(const CliContext &context, QStringList args)
{
    return runStopCommand(context, args, delivery::CampaignStatus::Paused);
}

} // namespace herald::cli
