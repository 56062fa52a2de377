#include "CampaignCommand.h"

#include "CampaignCommandDriver.h"
#include "CliContext.h"

#include "delivery/CampaignManager.h"
#include "delivery/CampaignReport.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QLocale>

namespace herald::cli {

namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate and the lookup at run time the same context, wherever in this
// file a sentence is (a bare tr() inside a class would be filed by lupdate under that class).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(herald::cli::Campaign)
};

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
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

} // namespace

int runCampaignsCommand(const CliContext &context, QStringList args)
{
    if (!args.isEmpty())
        return context.usage(QStringLiteral("usage: herald-cli campaigns"));
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
        context.print(Text::tr("%1\t%2\t%3\t%4 of %5 delivered, %6 unreachable, %7 failed, %8 uncertain\t%9 by %10\t%11")
                          .arg(c.id)
                          .arg(delivery::campaignStatusKey(c.status), c.title, locale.toString(c.counts.delivered),
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
    const QString usage = QStringLiteral("usage: herald-cli report ID [--csv]");
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
            return context.fail(Error::make(Error::Kind::Storage, Text::tr("Could not write to standard output.")));
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
    for (delivery::RecipientState s : {delivery::RecipientState::Delivered, delivery::RecipientState::Unreachable,
                                       delivery::RecipientState::Failed, delivery::RecipientState::Uncertain,
                                       delivery::RecipientState::Pending, delivery::RecipientState::Cancelled}) {
        if (c.counts.value(s) > 0)
            context.print(QStringLiteral("  %1: %2").arg(delivery::recipientStateLabel(s), locale.toString(c.counts.value(s))));
    }
    for (const delivery::CampaignReport::CodeCount &code : data->byCode)
        context.print(QStringLiteral("  %1 %2: %3")
                          .arg(delivery::recipientStateKey(code.state), code.code, locale.toString(code.count)));
    if (data->ambiguous > 0)
        context.print(Text::tr("  %1 delivered after a cut connection may have received it twice.").arg(data->ambiguous));
    if (!data->throughput.isEmpty())
        context.print(Text::tr("  %1 messages/s on average over %2 s")
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
    const QString usage = QStringLiteral("usage: herald-cli resume ID [--resend-uncertain] [--global-rps R]");
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
    if (delivery::isFinal(info->status) && !(options.resendUncertain && info->status == delivery::CampaignStatus::Finished
                                             && info->counts.uncertain > 0)) {
        // Nothing left to send: say how it ended, with the exit status a finished send would have had.
        const bool ok = info->counts.allAccountedFor();
        if (context.json())
            context.printJson({{QStringLiteral("ok"), ok}, {QStringLiteral("campaign"), *id},
                               {QStringLiteral("status"), delivery::campaignStatusKey(info->status)},
                               {QStringLiteral("counts"), info->counts.toJson()}});
        context.progress(Text::tr("Campaign %1 is %2; there is nothing left to send (%3 delivered, %4 unreachable, %5 "
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
        context.progress(Text::tr("%n recipient(s) uncertain: not sent again (add --resend-uncertain to send to them; "
                                 "some may then get it twice):",
                                 nullptr, int(info->counts.uncertain)));
        if (auto rows = manager.recipients(*id, delivery::RecipientState::Uncertain, 20); rows) {
            for (const delivery::CampaignRecipient &r : *rows)
                context.progress(QStringLiteral("  %1  %2").arg(r.targetId, r.name));
            if (info->counts.uncertain > rows->size())
                context.progress(Text::tr("  … and %1 more (herald-cli report %2 --csv)")
                                     .arg(info->counts.uncertain - rows->size())
                                     .arg(*id));
        }
    }
    CampaignCommandDriver driver(context, **db);
    return driver.run(*id, options);
}

int runCancelCommand(const CliContext &context, QStringList args)
{
    const auto id = campaignId(args);
    if (!id)
        return context.usage(QStringLiteral("usage: herald-cli cancel ID"));
    auto db = store::Database::open(context.dataDir().databasePath());
    if (!db)
        return context.fail(db.error());
    delivery::CampaignManager manager(**db);
    if (Status s = manager.cancel(*id); !s)
        return context.fail(s.error());
    auto info = manager.campaign(*id);
    if (!info)
        return context.fail(info.error());
    if (context.json())
        context.printJson({{QStringLiteral("ok"), true}, {QStringLiteral("campaign"), info->toJson()}});
    context.print(Text::tr("Campaign %1 is cancelled: %2 delivered, %3 not sent.")
                      .arg(*id)
                      .arg(info->counts.delivered)
                      .arg(info->counts.cancelled));
    return 0;
}

} // namespace herald::cli
