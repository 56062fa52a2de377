// herald-cli — Herald's core, headless, for automation.
//   herald-cli [--data-dir DIR] [--json] COMMAND ...
#include "CampaignCommand.h"
#include "CliContext.h"
#include "DirectoryCommand.h"
#include "ProfileCommand.h"
#include "RenderCommand.h"
#include "SendCommand.h"

#include "common/AppSettings.h"
#include "common/Translations.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QStringList>

#include <cstdio>

using namespace herald;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(herald::cli::Main)
};

// The command synopses stay as they are in every language; the explanations are translated.
const char *const kUsage = QT_TRANSLATE_NOOP(
    "herald::cli::Main",
    "usage: herald-cli [--data-dir DIR] [--json] [--verbose] COMMAND ...\n"
    "\n"
    "commands:\n"
    "  profile add NAME --cloud public|gcc|gcchigh|dod|sandbox --tenant-id T --app-id A\n"
    "              [--service-url URL] [--login-url URL] [--secret-stdin]\n"
    "  profile list\n"
    "  profile remove NAME\n"
    "  profile test NAME\n"
    "  import FILE [--format csv|jsonl]     install events (JSON lines) or a CSV of people;\n"
    "                                       exits 1 if any line was rejected (good lines are kept)\n"
    "  sync [--team ID]... [--profile NAME] teams, channels and rosters from Teams (default: every\n"
    "                                       known team; resumes an interrupted sync)\n"
    "  teams\n"
    "  channels TEAM\n"
    "  members TEAM|--all [--search TEXT] [--include-left] [--limit N]\n"
    "  render --draft FILE [--recipient ID | --recipient-json JSON]\n"
    "  send --profile NAME (--draft FILE | --kind K --title T --body B ...)\n"
    "       (--to-users FILE | --to-team ID | --to-channel ID)...\n"
    "  campaigns | report ID [--csv] | resume ID [--resend-uncertain] | cancel ID | pause ID\n"
    "\n"
    "The client secret comes from --secret-stdin, else HERALD_CLIENT_SECRET, else the system keychain.\n"
    "--data-dir (or HERALD_DATA_DIR) keeps Herald's settings and data in DIR.\n");

QString usageText()
{
    return Text::tr(kUsage);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Herald"));
    QCoreApplication::setOrganizationName(QStringLiteral("Herald"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HERALD_VERSION));
    // The system's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), from the catalogues embedded in the core;
    // the language chosen in Herald's settings replaces it once the data folder is known.
    installTranslations(app, QString());

    // Global options may stand anywhere; the first other word is the command.
    QStringList args = QCoreApplication::arguments().mid(1);
    QString dataDirArg;
    bool json = false;
    bool verbose = false;
    for (int i = 0; i < args.size();) {
        const QString &a = args.at(i);
        if (a == QStringLiteral("--data-dir") && i + 1 < args.size()) {
            dataDirArg = args.at(i + 1);
            args.remove(i, 2);
        } else if (a.startsWith(QStringLiteral("--data-dir="))) {
            dataDirArg = a.mid(11);
            args.remove(i);
        } else if (a == QStringLiteral("--verbose") || a == QStringLiteral("-v")) {
            verbose = true;
            args.remove(i);
        } else if (a == QStringLiteral("--json")) {
            json = true;
            args.remove(i);
        } else if (a == QStringLiteral("--version")) {
            std::printf("herald-cli %s\n", HERALD_VERSION);
            return 0;
        } else if (a == QStringLiteral("--help") || a == QStringLiteral("-h")) {
            std::fputs(usageText().toUtf8().constData(), stdout);
            return 0;
        } else {
            ++i;
        }
    }
    // Progress sentences are the CLI's own; the modules' info lines only with --verbose.
    if (!verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("herald.*.info=false\nherald.*.debug=false"));
    if (args.isEmpty())
        return cli::reportUsage(json, usageText());

    auto dataDir = DataDirectory::open(dataDirArg);
    if (!dataDir)
        return cli::reportFailure(json, dataDir.error());
    if (const QString language = AppSettings(dataDir->settingsPath()).language(); !language.isEmpty())
        installTranslations(app, language);
    cli::CliContext context(std::move(dataDir).value(), json);

    const QString command = args.takeFirst();
    if (command == QStringLiteral("profile"))
        return cli::runProfileCommand(context, args);
    if (cli::isDirectoryCommand(command))
        return cli::runDirectoryCommand(context, command, args);
    if (command == QStringLiteral("render"))
        return cli::runRenderCommand(context, args);
    if (command == QStringLiteral("send"))
        return cli::runSendCommand(context, args);
    if (command == QStringLiteral("campaigns"))
        return cli::runCampaignsCommand(context, args);
    if (command == QStringLiteral("report"))
        return cli::runReportCommand(context, args);
    if (command == QStringLiteral("resume"))
        return cli::runResumeCommand(context, args);
    if (command == QStringLiteral("cancel"))
        return cli::runCancelCommand(context, args);
    if (command == QStringLiteral("pause"))
        return cli::runPauseCommand(context, args);

    return context.usage(Text::tr("herald-cli: unknown command \"%1\".").arg(command) +
                         QStringLiteral("\n\n") + usageText());
}
