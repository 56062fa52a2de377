#include "ProfileCommand.h"

#include "CliContext.h"

#include "auth/CloudPreset.h"
#include "auth/ProfileStore.h"
#include "auth/SecretStore.h"
#include "connector/ConnectionCheck.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTimer>

#include <cstdio>

namespace herald::cli {

namespace {

// One lupdate context for every sentence of this file (see CampaignCommand.cpp).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(herald::cli::Profile)
};

const char *const kProfileUsage = QT_TRANSLATE_NOOP(
    "herald::cli::Profile",
    "usage: herald-cli profile add NAME --cloud public|gcc|gcc-high|dod|sandbox --tenant-id T --app-id A\n"
    "                          [--service-url URL] [--login-url URL] [--secret-stdin]\n"
    "       herald-cli profile list\n"
    "       herald-cli profile remove NAME\n"
    "       herald-cli profile test NAME [--secret-stdin] [--team TEAM_ID]");

QString profileUsage()
{
    return Text::tr(kProfileUsage);
}

QJsonObject profileToJson(const auth::Profile &p)
{
    QJsonObject obj{{QStringLiteral("name"), p.name},
                    {QStringLiteral("cloud"), auth::cloudKey(p.cloud)},
                    {QStringLiteral("tenantId"), p.tenantId},
                    {QStringLiteral("appId"), p.appId},
                    {QStringLiteral("serviceUrl"), p.serviceUrl.toString()}};
    if (!p.loginUrl.isEmpty())
        obj.insert(QStringLiteral("loginUrl"), p.loginUrl.toString());
    return obj;
}

// The secret from standard input: the first line, without its line break.
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

int runAdd(const CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption cloud(QStringLiteral("cloud"), QString(), QStringLiteral("CLOUD"),
                                   QStringLiteral("public"));
    const QCommandLineOption tenant(QStringLiteral("tenant-id"), QString(), QStringLiteral("T"));
    const QCommandLineOption app(QStringLiteral("app-id"), QString(), QStringLiteral("A"));
    const QCommandLineOption service(QStringLiteral("service-url"), QString(), QStringLiteral("URL"));
    const QCommandLineOption login(QStringLiteral("login-url"), QString(), QStringLiteral("URL"));
    const QCommandLineOption secretStdin(QStringLiteral("secret-stdin"));
    parser.addOptions({cloud, tenant, app, service, login, secretStdin});
    parser.addPositionalArgument(QStringLiteral("name"), QString());
    if (!parser.parse(QStringList{QStringLiteral("profile")} + args) ||
        parser.positionalArguments().size() != 1)
        return context.usage(parser.errorText().isEmpty()
                                 ? profileUsage()
                                 : parser.errorText() + QLatin1Char('\n') + profileUsage());

    auth::Profile profile;
    profile.name = parser.positionalArguments().constFirst();
    const auto parsedCloud = auth::cloudFromKey(parser.value(cloud));
    if (!parsedCloud)
        return context.fail(
            Error::make(Error::Kind::Input,
                        Text::tr("Unknown cloud \"%1\": use public, gcc, gcc-high, dod or sandbox.")
                            .arg(parser.value(cloud))),
            2);
    profile.cloud = *parsedCloud;
    profile.tenantId = parser.value(tenant);
    profile.appId = parser.value(app);
    const auto &preset = auth::CloudPreset::forCloud(profile.cloud);
    profile.serviceUrl = parser.isSet(service) ? QUrl(parser.value(service)) : preset.defaultServiceUrl;
    if (parser.isSet(login))
        profile.loginUrl = QUrl(parser.value(login));

    QString secret;
    if (parser.isSet(secretStdin))
        secret = readSecretFromStdin();
    else
        secret = qEnvironmentVariable(auth::SecretStore::EnvironmentVariable);
    if (secret.isEmpty())
        return context.fail(
            Error::make(Error::Kind::Input, Text::tr("No client secret given: pass it on standard input with "
                                                     "--secret-stdin, or set %1.")
                                                .arg(QLatin1String(auth::SecretStore::EnvironmentVariable))),
            2);

    auth::ProfileStore store(context.dataDir().settingsPath());
    if (Status s = profile.validate(); !s)
        return context.fail(s.error());
    if (store.contains(profile.name))
        return context.fail(Error::make(Error::Kind::Input,
                                        Text::tr("A profile named \"%1\" already exists; remove it first or "
                                                 "choose another name.")
                                            .arg(profile.name)));

    // The secret goes to the keychain first, so that a profile is never saved without its secret —
    // except in automation, where HERALD_CLIENT_SECRET stands in for a missing keychain.
    auth::SecretStore secrets;
    int rc = 1;
    secrets.write(profile.name, secret, [&](Status written) {
        const bool fromEnvironment = !parser.isSet(secretStdin);
        if (!written && !(fromEnvironment && written.error().serviceCode == QStringLiteral("NoKeychain"))) {
            rc = context.fail(written.error());
            QCoreApplication::exit(rc);
            return;
        }
        if (Status added = store.add(profile); !added) {
            rc = context.fail(added.error());
            QCoreApplication::exit(rc);
            return;
        }
        if (!written)
            context.progress(Text::tr("herald-cli: no keychain is running, so the secret was not stored; "
                                      "set %1 whenever you use this profile.")
                                 .arg(QLatin1String(auth::SecretStore::EnvironmentVariable)));
        QJsonObject answer{{QStringLiteral("ok"), true},
                           {QStringLiteral("profile"), profileToJson(profile)},
                           {QStringLiteral("secretStored"), written.ok()}};
        if (context.json())
            context.printJson(answer);
        context.print(Text::tr("Added profile \"%1\" (%2, tenant %3).")
                          .arg(profile.name, auth::cloudDisplayName(profile.cloud), profile.tenantId));
        rc = 0;
        QCoreApplication::exit(0);
    });
    QCoreApplication::exec();
    return rc;
}

int runList(const CliContext &context)
{
    auth::ProfileStore store(context.dataDir().settingsPath());
    const QList<auth::Profile> profiles = store.list();
    if (context.json()) {
        QJsonArray arr;
        for (const auth::Profile &p : profiles)
            arr.append(profileToJson(p));
        context.printJson({{QStringLiteral("ok"), true},
                           {QStringLiteral("profiles"), arr},
                           {QStringLiteral("lastUsed"), store.lastUsedProfile()}});
        return 0;
    }
    if (profiles.isEmpty())
        context.print(Text::tr("No profiles yet. Add one with: herald-cli profile add NAME --cloud … "
                               "--tenant-id … --app-id …"));
    for (const auth::Profile &p : profiles)
        context.print(
            Text::tr("%1\t%2\ttenant %3\tapp %4\t%5")
                .arg(p.name, auth::cloudDisplayName(p.cloud), p.tenantId, p.appId, p.serviceUrl.toString()));
    return 0;
}

int runRemove(const CliContext &context, const QStringList &args)
{
    if (args.size() != 1)
        return context.usage(profileUsage());
    const QString name = args.constFirst();
    auth::ProfileStore store(context.dataDir().settingsPath());
    if (!store.contains(name))
        return context.fail(
            Error::make(Error::Kind::Input, Text::tr("There is no profile named \"%1\".").arg(name)));
    auth::SecretStore secrets;
    int rc = 1;
    secrets.remove(name, [&](Status removed) {
        if (!removed)
            context.progress(QStringLiteral("herald-cli: %1").arg(removed.error().message));
        if (Status s = store.remove(name); !s) {
            rc = context.fail(s.error());
        } else {
            if (context.json())
                context.printJson({{QStringLiteral("ok"), true}, {QStringLiteral("removed"), name}});
            context.print(Text::tr("Removed profile \"%1\".").arg(name));
            rc = 0;
        }
        QCoreApplication::exit(rc);
    });
    QCoreApplication::exec();
    return rc;
}

int runTest(const CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption secretStdin(QStringLiteral("secret-stdin"));
    const QCommandLineOption team(QStringLiteral("team"), QString(), QStringLiteral("TEAM_ID"));
    parser.addOptions({secretStdin, team});
    if (!parser.parse(QStringList{QStringLiteral("profile")} + args) ||
        parser.positionalArguments().size() != 1)
        return context.usage(profileUsage());
    const QString name = parser.positionalArguments().constFirst();

    auth::ProfileStore store(context.dataDir().settingsPath());
    const auto profile = store.get(name);
    if (!profile)
        return context.fail(profile.error());
    const QString explicitSecret = parser.isSet(secretStdin) ? readSecretFromStdin() : QString();

    QNetworkAccessManager nam;
    auth::SecretStore secrets;
    connector::ConnectionCheck check(&nam, nullptr);
    int rc = 1;
    context.progress(Text::tr("Testing \"%1\"…").arg(name));
    secrets.resolve(name, explicitSecret, [&](Result<QString> secret) {
        if (!secret) {
            rc = context.fail(secret.error());
            QCoreApplication::exit(rc);
            return;
        }
        check.start(*profile, *secret, parser.value(team),
                    [&](const connector::ConnectionCheck::Outcome &outcome) {
                        if (!outcome.status) {
                            Error e = outcome.status.error();
                            e.message = outcome.sentence;
                            rc = context.fail(e);
                        } else {
                            if (context.json())
                                context.printJson({{QStringLiteral("ok"), true},
                                                   {QStringLiteral("message"), outcome.sentence},
                                                   {QStringLiteral("team"), outcome.teamName}});
                            context.print(outcome.sentence);
                            rc = 0;
                        }
                        QCoreApplication::exit(rc);
                    });
    });
    QCoreApplication::exec();
    return rc;
}

} // namespace

int runProfileCommand(const CliContext &context, QStringList args)
{
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    if (sub == QStringLiteral("add"))
        return runAdd(context, args);
    if (sub == QStringLiteral("list"))
        return runList(context);
    if (sub == QStringLiteral("remove"))
        return runRemove(context, args);
    if (sub == QStringLiteral("test"))
        return runTest(context, args);
    return context.usage(profileUsage());
}

} // namespace herald::cli
