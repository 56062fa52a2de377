#include "SendCommand.h"

#include "CampaignCommandDriver.h"
#include "CliContext.h"

#include "auth/ProfileStore.h"
#include "compose/Draft.h"
#include "compose/DraftFile.h"
#include "delivery/CampaignManager.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QTextStream>

#include <map>

namespace herald::cli {

namespace {

const char *const kSendUsage = QT_TRANSLATE_NOOP(
    "herald::cli::Send",
    "usage: herald-cli send --profile NAME (--draft FILE | --kind welcome|notification --title T --body B "
    "...)\n"
    "                       (--to-users FILE | --to-team ID | --to-channel ID)... [--json]\n"
    "  --to-users FILE     one 29: id, email or UPN per line (# comments allowed)\n"
    "  --to-team ID        every active member of the team (id or name); repeatable\n"
    "  --to-channel ID     a new reply chain in the channel; repeatable\n"
    "  message fields without a draft file: --why --offers --next-steps (welcome),\n"
    "    --subject --actor --actions --opt-out (notification); --body is the welcome's\n"
    "    offer or the notification's 'what happened'\n"
    "  --global-rps R      Teams' global rate for this app (default from settings: 50)\n"
    "  --max-in-flight N   requests on the wire at once (default 16)\n"
    "  --embed-first-message  create 1:1 chats with the message inside (one request, no activity id)\n"
    "  --title-of-campaign T  a name for the campaign (default: the draft's title)\n"
    "Exit status: 0 when every recipient got the message or is known unreachable; 1 otherwise;\n"
    "3 when paused (Ctrl+C, or an error that stops every send).");

// Q_DECLARE_TR_FUNCTIONS gives lupdate and the lookup at run time the same context, wherever in this
// file a sentence is (a bare tr() inside a class would be filed by lupdate under that class).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(herald::cli::Send)
};

Result<QStringList> readUsers(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error::make(Error::Kind::Input,
                           Text::tr("Could not read %1: %2").arg(path, file.errorString()));
    QStringList users;
    QTextStream in(&file);
    while (!in.atEnd()) {
        const QString line = in.readLine().trimmed();
        if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
            users.append(line);
    }
    return users;
}

} // namespace

int runSendCommand(const CliContext &context, QStringList args)
{
    QCommandLineParser parser;
    const QCommandLineOption profileOption(QStringLiteral("profile"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption draftOption(QStringLiteral("draft"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption kind(QStringLiteral("kind"), QString(), QStringLiteral("K"));
    const QCommandLineOption title(QStringLiteral("title"), QString(), QStringLiteral("T"));
    const QCommandLineOption body(QStringLiteral("body"), QString(), QStringLiteral("B"));
    const QCommandLineOption why(QStringLiteral("why"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption offers(QStringLiteral("offers"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption nextSteps(QStringLiteral("next-steps"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption subject(QStringLiteral("subject"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption actor(QStringLiteral("actor"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption actions(QStringLiteral("actions"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption optOut(QStringLiteral("opt-out"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption toUsers(QStringLiteral("to-users"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption toTeam(QStringLiteral("to-team"), QString(), QStringLiteral("ID"));
    const QCommandLineOption toChannel(QStringLiteral("to-channel"), QString(), QStringLiteral("ID"));
    const QCommandLineOption globalRps(QStringLiteral("global-rps"), QString(), QStringLiteral("R"));
    const QCommandLineOption maxInFlight(QStringLiteral("max-in-flight"), QString(), QStringLiteral("N"));
    const QCommandLineOption embed(QStringLiteral("embed-first-message"));
    const QCommandLineOption unpaced(
        QStringLiteral("unpaced")); // sandbox --limits off only (tests, benchmarks)
    const QCommandLineOption campaignTitle(QStringLiteral("title-of-campaign"), QString(),
                                           QStringLiteral("T"));
    parser.addOptions({profileOption, draftOption, kind,        title,   body,    why,          offers,
                       nextSteps,     subject,     actor,       actions, optOut,  toUsers,      toTeam,
                       toChannel,     globalRps,   maxInFlight, embed,   unpaced, campaignTitle});
    const QString usage = Text::tr(kSendUsage);
    if (!parser.parse(QStringList{QStringLiteral("send")} + args) || !parser.positionalArguments().isEmpty())
        return context.usage(parser.errorText().isEmpty() ? usage
                                                          : parser.errorText() + QLatin1Char('\n') + usage);
    if (!parser.isSet(profileOption) || (parser.isSet(draftOption) == parser.isSet(kind)) ||
        (!parser.isSet(toUsers) && !parser.isSet(toTeam) && !parser.isSet(toChannel)))
        return context.usage(usage);

    // The message.
    compose::Draft draft;
    if (parser.isSet(draftOption)) {
        auto loaded = compose::DraftFile::load(parser.value(draftOption));
        if (!loaded)
            return context.fail(loaded.error());
        draft = *loaded;
    } else {
        const auto k = compose::Draft::kindFromKey(parser.value(kind));
        if (!k || *k == compose::Draft::Kind::Card)
            return context.fail(
                Error::make(Error::Kind::Input,
                            Text::tr("--kind must be welcome or notification (a card needs --draft).")),
                2);
        draft.kind = *k;
        draft.title = parser.value(title);
        if (draft.kind == compose::Draft::Kind::Welcome) {
            draft.welcome.why = parser.value(why);
            draft.welcome.offers = parser.isSet(offers) ? parser.value(offers) : parser.value(body);
            draft.welcome.nextSteps = parser.value(nextSteps);
        } else {
            draft.notification.whatHappened = parser.value(body);
            draft.notification.subject = parser.value(subject);
            draft.notification.actor = parser.value(actor);
            draft.notification.actions = parser.value(actions);
            draft.notification.optOut = parser.value(optOut);
        }
    }

    // The audience.
    delivery::AudienceSpec spec;
    for (const QString &file : parser.values(toUsers)) {
        auto users = readUsers(file);
        if (!users)
            return context.fail(users.error(), 2);
        spec.users += *users;
    }
    spec.teams = parser.values(toTeam);
    spec.channels = parser.values(toChannel);

    auth::ProfileStore profiles(context.dataDir().settingsPath());
    auto profile = profiles.get(parser.value(profileOption));
    if (!profile)
        return context.fail(profile.error(), 2);

    delivery::RunOptions options = CampaignCommandDriver::defaultOptions(context);
    if (parser.isSet(globalRps)) {
        bool ok = false;
        options.pacing.globalRps = parser.value(globalRps).toDouble(&ok);
        if (!ok || options.pacing.globalRps <= 0)
            return context.usage(Text::tr("--global-rps needs a positive number."));
    }
    if (parser.isSet(maxInFlight)) {
        bool ok = false;
        options.pacing.maxInFlight = parser.value(maxInFlight).toInt(&ok);
        if (!ok || options.pacing.maxInFlight < 1 || options.pacing.maxInFlight > 64)
            return context.usage(Text::tr("--max-in-flight needs a number from 1 to 64."));
    }
    options.pacing.enabled = !parser.isSet(unpaced);
    options.embedActivityInCreate = parser.isSet(embed);

    auto db = store::Database::open(context.dataDir().databasePath());
    if (!db)
        return context.fail(db.error());
    delivery::CampaignManager manager(**db);
    auto audience = manager.resolveAudience(spec);
    if (!audience)
        return context.fail(audience.error());
    if (!audience->unresolved.isEmpty())
        return context.fail(
            Error::make(Error::Kind::Input,
                        Text::tr("These are not in the directory (import or sync first, or check the "
                                 "spelling): %1")
                            .arg(audience->unresolved.join(QStringLiteral(", ")))),
            2);

    // A message Teams would refuse is refused here, before a campaign exists.
    for (const delivery::CampaignRecipient &r : audience->recipients) {
        if (r.state != delivery::RecipientState::Pending)
            continue;
        if (auto activity = delivery::draftActivityFactory(draft)(r); !activity)
            return context.fail(activity.error(), 2);
        break;
    }

    // What will happen, before anything does.
    const QLocale locale;
    std::map<QString, int> reasons;
    for (const delivery::CampaignRecipient &r : audience->recipients) {
        if (r.state == delivery::RecipientState::Unreachable)
            ++reasons[r.message];
    }
    context.progress(Text::tr("%1 recipients: %2 to send (%3 first contacts, %4 channel posts), %5 left out.")
                         .arg(locale.toString(qint64(audience->recipients.size())),
                              locale.toString(audience->toSend()), locale.toString(audience->firstContacts()),
                              locale.toString(audience->channelPosts()),
                              locale.toString(audience->leftOut())));
    for (const auto &[reason, count] : reasons)
        context.progress(Text::tr("  left out: %1 × %2").arg(count).arg(reason));
    context.progress(delivery::CampaignManager::estimate(*audience, options.pacing).sentence());

    auto id = manager.createCampaign(draft, *audience, profile->name, options, parser.value(campaignTitle));
    if (!id)
        return context.fail(id.error());
    CampaignCommandDriver driver(context, **db);
    return driver.run(*id, options);
}

} // namespace herald::cli
