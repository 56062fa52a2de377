#include "DirectoryCommand.h"

#include "CliContext.h"

#include "auth/ProfileStore.h"
#include "auth/SecretStore.h"
#include "auth/TokenProvider.h"
#include "common/Clock.h"
#include "connector/ConnectorClient.h"
#include "directory/DirectoryImporter.h"
#include "directory/DirectoryQueries.h"
#include "directory/DirectorySync.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>

#include <climits>
#include <memory>

namespace herald::cli {

namespace {

using namespace herald::directory;

// Q_DECLARE_TR_FUNCTIONS gives lupdate and the lookup at run time the same context, wherever in this
// file a sentence is (a bare tr() inside a class would be filed by lupdate under that class).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(herald::cli::Directory)
};

const char *const kDirectoryUsage =
    "usage: herald-cli import FILE [--format csv|jsonl]\n"
    "       herald-cli sync [--team ID]... [--profile NAME] [--secret-stdin]\n"
    "       herald-cli teams\n"
    "       herald-cli channels TEAM\n"
    "       herald-cli members TEAM|--all [--search TEXT] [--include-left] [--limit N]";

int usage(const CliContext &context, const QString &error = {})
{
    // The usage lines are command syntax, the same in every language.
    return context.usage(error.isEmpty() ? QString::fromLatin1(kDirectoryUsage)
                                         : error + QLatin1Char('\n') + QString::fromLatin1(kDirectoryUsage));
}

Result<std::unique_ptr<store::Database>> openDatabase(const CliContext &context)
{
    return store::Database::open(context.dataDir().databasePath());
}

QString readSecretFromStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    QByteArray line = in.readLine(64 * 1024);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

QJsonObject teamToJson(const TeamSummary &t)
{
    QJsonObject o{{QStringLiteral("id"), t.id},
                  {QStringLiteral("name"), t.name},
                  {QStringLiteral("aadGroupId"), t.aadGroupId},
                  {QStringLiteral("tenantId"), t.tenantId},
                  {QStringLiteral("installed"), t.installed},
                  {QStringLiteral("memberCount"), t.memberCount},
                  {QStringLiteral("channelCount"), t.channelCount},
                  {QStringLiteral("syncPending"), t.syncPending}};
    if (t.lastSyncedMs > 0)
        o.insert(QStringLiteral("lastSynced"),
                 QDateTime::fromMSecsSinceEpoch(t.lastSyncedMs, Qt::UTC).toString(Qt::ISODate));
    return o;
}

int runImport(const CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), QString(), QStringLiteral("FORMAT"));
    parser.addOption(format);
    if (!parser.parse(QStringList{QStringLiteral("import")} + args) ||
        parser.positionalArguments().size() != 1)
        return usage(context, parser.errorText());
    DirectoryImporter::Options options;
    const QString fmt = parser.value(format).toLower();
    if (fmt == u"csv")
        options.format = DirectoryImporter::Format::Csv;
    else if (fmt == u"jsonl" || fmt == u"json")
        options.format = DirectoryImporter::Format::JsonLines;
    else if (!fmt.isEmpty())
        return usage(context, Text::tr("Unknown format \"%1\": use csv or jsonl.").arg(fmt));

    auto db = openDatabase(context);
    if (!db)
        return context.fail(db.error());
    const QString file = parser.positionalArguments().constFirst();
    DirectoryImporter importer(*db.value(), options);
    importer.setProgress([&](const ImportReport &soFar, qint64) {
        context.progress(
            Text::tr("Imported %Ln record(s)…", nullptr, int(qMin<qint64>(soFar.imported, INT_MAX))));
        return true;
    });
    auto report = importer.importFile(file);
    if (!report)
        return context.fail(report.error());
    const bool complete = report->complete();
    if (context.json()) {
        context.printJson({{QStringLiteral("ok"), complete},
                           {QStringLiteral("file"), file},
                           {QStringLiteral("report"), report->toJson()}});
    } else {
        for (const ImportIssue &issue : std::as_const(report->issues).mid(0, 20))
            context.progress(Text::tr("%1:%2: %3").arg(file).arg(issue.line).arg(issue.reason));
        if (report->rejected > 20)
            context.progress(Text::tr("… and %Ln more rejected line(s) (--json lists up to %1).", nullptr,
                                      int(qMin<qint64>(report->rejected - 20, INT_MAX)))
                                 .arg(ImportReport::MaxIssues));
        context.print(Text::tr("Imported %1 of %2 %3 records from %4 (%5 rejected) in %6 s.")
                          .arg(report->imported)
                          .arg(report->lines)
                          .arg(report->format, file)
                          .arg(report->rejected)
                          .arg(report->seconds, 0, 'f', 2));
    }
    return complete ? 0 : 1;
}

int runSync(const CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption team(QStringLiteral("team"), QString(), QStringLiteral("ID"));
    const QCommandLineOption profileOption(QStringLiteral("profile"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption secretStdin(QStringLiteral("secret-stdin"));
    parser.addOptions({team, profileOption, secretStdin});
    if (!parser.parse(QStringList{QStringLiteral("sync")} + args) || !parser.positionalArguments().isEmpty())
        return usage(context, parser.errorText());

    auth::ProfileStore profiles(context.dataDir().settingsPath());
    const QString name =
        parser.isSet(profileOption) ? parser.value(profileOption) : profiles.lastUsedProfile();
    if (name.isEmpty())
        return context.fail(
            Error::make(Error::Kind::Input,
                        Text::tr("Which bot? Pass --profile NAME (see \"herald-cli profile list\").")),
            2);
    const auto profile = profiles.get(name);
    if (!profile)
        return context.fail(profile.error());
    auto db = openDatabase(context);
    if (!db)
        return context.fail(db.error());
    const store::Database &database = *db.value();

    QStringList teams;
    for (const QString &value : parser.values(team)) {
        auto known = DirectoryQueries(database).findTeam(value);
        teams << (known ? known->id : value); // an id Herald has not seen yet is synced as given
    }
    if (!parser.isSet(team)) {
        auto known = DirectoryQueries(database).teamIds();
        if (!known)
            return context.fail(known.error());
        if (known->isEmpty())
            return context.fail(
                Error::make(Error::Kind::Input,
                            Text::tr("Herald knows no teams yet. Import the bot's install events "
                                     "first (herald-cli import FILE), or pass --team ID.")),
                2);
    }

    QNetworkAccessManager nam;
    auth::SecretStore secrets;
    std::unique_ptr<auth::TokenProvider> tokens;
    std::unique_ptr<connector::ConnectorClient> client;
    std::unique_ptr<DirectorySync> sync;
    int rc = 1;
    const QString explicitSecret = parser.isSet(secretStdin) ? readSecretFromStdin() : QString();
    secrets.resolve(name, explicitSecret, [&](Result<QString> secret) {
        if (!secret) {
            rc = context.fail(secret.error());
            QCoreApplication::exit(rc);
            return;
        }
        tokens = std::make_unique<auth::TokenProvider>(*profile, *secret, &nam, SystemClock::instance());
        client = std::make_unique<connector::ConnectorClient>(*profile, tokens.get(), &nam);
        sync = std::make_unique<DirectorySync>(database, client.get(), SystemClock::instance());
        QObject::connect(sync.get(), &DirectorySync::teamStarted, sync.get(),
                         [&](const QString &id, int index, int total) {
                             auto t = DirectoryQueries(database).findTeam(id);
                             context.progress(Text::tr("Syncing team %1 of %2: %3…")
                                                  .arg(index + 1)
                                                  .arg(total)
                                                  .arg(t && !t->name.isEmpty() ? t->name : id));
                         });
        QObject::connect(sync.get(), &DirectorySync::pageStored, sync.get(),
                         [&](const QString &, qint64 members) {
                             context.progress(Text::tr("  %1 members so far").arg(members));
                         });
        QObject::connect(sync.get(), &DirectorySync::finished, sync.get(), [&](const Status &status) {
            const SyncReport &report = sync->report();
            if (!status.ok()) {
                if (context.json()) {
                    QJsonObject answer{{QStringLiteral("ok"), false},
                                       {QStringLiteral("error"), errorToJson(status.error())},
                                       {QStringLiteral("report"), report.toJson()}};
                    context.printJson(answer);
                    context.progress(Text::tr("herald-cli: %1").arg(status.error().toString()));
                } else {
                    for (const SyncReport::Failure &f : report.failures)
                        context.progress(Text::tr("%1: %2").arg(f.teamId, f.error.toString()));
                    context.progress(Text::tr("herald-cli: %1").arg(status.error().toString()));
                }
                rc = 1;
            } else {
                if (context.json())
                    context.printJson(
                        {{QStringLiteral("ok"), true}, {QStringLiteral("report"), report.toJson()}});
                if (report.skipped > 0)
                    context.progress(
                        Text::tr("Resumed an interrupted sync: %Ln team(s) it had finished were not "
                                 "fetched again.",
                                 nullptr, report.skipped));
                context.print(Text::tr("Synced %Ln team(s): %1 members, %2 marked as having left.", nullptr,
                                       report.teamsDone)
                                  .arg(report.members)
                                  .arg(report.left));
                rc = 0;
            }
            QCoreApplication::exit(rc);
        });
        sync->start(teams);
    });
    QCoreApplication::exec();
    return rc;
}

int runTeams(const CliContext &context)
{
    auto db = openDatabase(context);
    if (!db)
        return context.fail(db.error());
    auto teams = DirectoryQueries(*db.value()).teams();
    if (!teams)
        return context.fail(teams.error());
    if (context.json()) {
        QJsonArray list;
        for (const TeamSummary &t : std::as_const(*teams))
            list.append(teamToJson(t));
        context.printJson({{QStringLiteral("ok"), true}, {QStringLiteral("teams"), list}});
        return 0;
    }
    if (teams->isEmpty())
        context.print(Text::tr("No teams yet: import the bot's install events (herald-cli import FILE)."));
    for (const TeamSummary &t : std::as_const(*teams))
        context.print(
            Text::tr("%1\t%2 members\t%3 channels\t%4%5")
                .arg(t.displayName())
                .arg(t.memberCount)
                .arg(t.channelCount)
                .arg(t.id, t.installed ? QString() : QLatin1Char('\t') + Text::tr("(bot removed)")));
    return 0;
}

int runChannels(const CliContext &context, const QStringList &args)
{
    if (args.size() != 1)
        return usage(context);
    auto db = openDatabase(context);
    if (!db)
        return context.fail(db.error());
    DirectoryQueries queries(*db.value());
    auto team = queries.findTeam(args.constFirst());
    if (!team)
        return context.fail(team.error());
    auto channels = queries.channels(team->id);
    if (!channels)
        return context.fail(channels.error());
    if (context.json()) {
        QJsonArray list;
        for (const ChannelSummary &c : std::as_const(*channels))
            list.append(QJsonObject{{QStringLiteral("id"), c.id},
                                    {QStringLiteral("name"), c.displayName()},
                                    {QStringLiteral("isGeneral"), c.isGeneral}});
        context.printJson({{QStringLiteral("ok"), true},
                           {QStringLiteral("team"), teamToJson(*team)},
                           {QStringLiteral("channels"), list}});
        return 0;
    }
    for (const ChannelSummary &c : std::as_const(*channels))
        context.print(Text::tr("%1\t%2").arg(c.displayName(), c.id));
    return 0;
}

int runMembers(const CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption search(QStringLiteral("search"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption all(QStringLiteral("all"));
    const QCommandLineOption includeLeft(QStringLiteral("include-left"));
    const QCommandLineOption limit(QStringLiteral("limit"), QString(), QStringLiteral("N"));
    parser.addOptions({search, all, includeLeft, limit});
    if (!parser.parse(QStringList{QStringLiteral("members")} + args) ||
        parser.positionalArguments().size() != (parser.isSet(all) ? 0 : 1))
        return usage(context, parser.errorText());
    auto db = openDatabase(context);
    if (!db)
        return context.fail(db.error());
    DirectoryQueries queries(*db.value());
    PersonFilter filter;
    filter.search = parser.value(search);
    filter.includeLeft = parser.isSet(includeLeft);
    QJsonObject answer{{QStringLiteral("ok"), true}};
    if (!parser.isSet(all)) {
        auto team = queries.findTeam(parser.positionalArguments().constFirst());
        if (!team)
            return context.fail(team.error());
        filter.teamId = team->id;
        answer.insert(QStringLiteral("team"), teamToJson(*team));
    }
    auto count = queries.countPeople(filter);
    if (!count)
        return context.fail(count.error());
    const qint64 max = parser.isSet(limit) ? qMax(0LL, parser.value(limit).toLongLong()) : *count;
    QJsonArray list;
    constexpr int kChunk = 1000;
    for (qint64 offset = 0; offset < qMin(max, *count); offset += kChunk) {
        auto rows = queries.people(filter, offset, int(qMin<qint64>(kChunk, max - offset)));
        if (!rows)
            return context.fail(rows.error());
        for (const PersonRow &p : std::as_const(*rows)) {
            if (context.json()) {
                QJsonObject o{{QStringLiteral("id"), p.id},
                              {QStringLiteral("name"), p.name},
                              {QStringLiteral("email"), p.email},
                              {QStringLiteral("userPrincipalName"), p.userPrincipalName},
                              {QStringLiteral("teams"), p.teams},
                              {QStringLiteral("reachability"), ReachabilityText::key(p.reachability)}};
                if (!p.unreachableReason.isEmpty())
                    o.insert(QStringLiteral("reason"), p.unreachableReason);
                if (!filter.teamId.isEmpty() && !p.activeInTeam)
                    o.insert(QStringLiteral("left"), true);
                list.append(o);
            } else {
                context.print(Text::tr("%1\t%2\t%3\t%4%5")
                                  .arg(p.name.isEmpty() ? QStringLiteral("-") : p.name,
                                       p.email.isEmpty() ? p.userPrincipalName : p.email,
                                       ReachabilityText::label(p.reachability), p.id,
                                       p.activeInTeam ? QString() : QLatin1Char('\t') + Text::tr("(left)")));
            }
        }
    }
    if (context.json()) {
        answer.insert(QStringLiteral("count"), *count);
        answer.insert(QStringLiteral("members"), list);
        context.printJson(answer);
    } else {
        context.progress(Text::tr("%Ln people.", nullptr, int(qMin<qint64>(*count, INT_MAX))));
    }
    return 0;
}

} // namespace

bool isDirectoryCommand(const QString &command)
{
    static const QStringList commands{QStringLiteral("import"), QStringLiteral("sync"),
                                      QStringLiteral("teams"), QStringLiteral("channels"),
                                      QStringLiteral("members")};
    return commands.contains(command);
}

int runDirectoryCommand(const CliContext &context, const QString &command, QStringList args)
{
    if (command == u"import")
        return runImport(context, args);
    if (command == u"sync")
        return runSync(context, args);
    if (command == u"teams")
        return args.isEmpty() ? runTeams(context) : usage(context);
    if (command == u"channels")
        return runChannels(context, args);
    if (command == u"members")
        return runMembers(context, args);
    return usage(context);
}

} // namespace herald::cli
