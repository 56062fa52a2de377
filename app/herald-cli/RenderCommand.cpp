#include "RenderCommand.h"

#include "CliContext.h"

#include "compose/DraftFile.h"
#include "compose/MessageBuilder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cstdio>

namespace herald::cli {

namespace {

// One lupdate context for every sentence of this file (see CampaignCommand.cpp).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(herald::cli::Render)
};

const char *const kRenderUsage = QT_TRANSLATE_NOOP(
    "herald::cli::Render",
    "usage: herald-cli render --draft FILE [--recipient ID | --recipient-json JSON]\n"
    "  Prints the activity JSON the draft makes for one recipient (placeholders resolved).\n"
    "  --recipient ID       one of the sample recipients (see below)\n"
    "  --recipient-json J   {\"id\":…,\"name\":…,\"givenName\":…,\"teamName\":…,\"channelName\":…}\n"
    "  Without a recipient, placeholders take their fallbacks (\"there\", \"your team\" …).");

QString sampleList()
{
    QStringList lines;
    for (const compose::Recipient &r : compose::Recipient::samples())
        lines.append(QStringLiteral("  %1  %2").arg(r.id, r.name));
    return lines.join(QLatin1Char('\n'));
}

QJsonArray diagnosticsToJson(const QList<compose::Diagnostic> &diagnostics)
{
    QJsonArray out;
    for (const compose::Diagnostic &d : diagnostics)
        out.append(QJsonObject{
            {QStringLiteral("severity"), d.isError() ? QStringLiteral("error") : QStringLiteral("warning")},
            {QStringLiteral("field"), d.field},
            {QStringLiteral("message"), d.message}});
    return out;
}

} // namespace

int runRenderCommand(const CliContext &context, QStringList args)
{
    QCommandLineParser parser;
    const QCommandLineOption draftOption(QStringLiteral("draft"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption recipientOption(QStringLiteral("recipient"), QString(), QStringLiteral("ID"));
    const QCommandLineOption recipientJsonOption(QStringLiteral("recipient-json"), QString(),
                                                 QStringLiteral("JSON"));
    parser.addOptions({draftOption, recipientOption, recipientJsonOption});
    const QString usage = Text::tr(kRenderUsage) + QLatin1Char('\n') + Text::tr("sample recipients:") +
                          QLatin1Char('\n') + sampleList();
    if (!parser.parse(QStringList{QStringLiteral("render")} + args) ||
        !parser.positionalArguments().isEmpty() || !parser.isSet(draftOption) ||
        (parser.isSet(recipientOption) && parser.isSet(recipientJsonOption)))
        return context.usage(parser.errorText().isEmpty() ? usage
                                                          : parser.errorText() + QLatin1Char('\n') + usage);

    const auto draft = compose::DraftFile::load(parser.value(draftOption));
    if (!draft)
        return context.fail(draft.error());

    compose::Recipient recipient;
    if (parser.isSet(recipientOption)) {
        const compose::Recipient *sample = compose::Recipient::sample(parser.value(recipientOption));
        if (!sample)
            return context.fail(
                Error::make(Error::Kind::Input,
                            Text::tr("There is no sample recipient \"%1\". The samples are:\n%2")
                                .arg(parser.value(recipientOption), sampleList())),
                2);
        recipient = *sample;
    } else if (parser.isSet(recipientJsonOption)) {
        const QJsonDocument doc = QJsonDocument::fromJson(parser.value(recipientJsonOption).toUtf8());
        if (!doc.isObject())
            return context.fail(
                Error::make(Error::Kind::Input, Text::tr("--recipient-json needs a JSON object such as "
                                                         "{\"id\":\"29:…\",\"name\":\"Ana López\"}.")),
                2);
        recipient = compose::Recipient::fromJson(doc.object());
    }

    const compose::BuiltMessage built = compose::MessageBuilder::build(*draft, recipient);
    if (!built.ok()) {
        const auto firstError = std::find_if(built.diagnostics.cbegin(), built.diagnostics.cend(),
                                             [](const compose::Diagnostic &d) { return d.isError(); });
        Error error = Error::make(Error::Kind::Input, firstError->message);
        if (context.json()) {
            context.printJson({{QStringLiteral("ok"), false},
                               {QStringLiteral("error"), errorToJson(error)},
                               {QStringLiteral("diagnostics"), diagnosticsToJson(built.diagnostics)}});
        } else {
            for (const compose::Diagnostic &d : built.diagnostics)
                context.progress(d.isError() ? Text::tr("herald-cli: error: %1").arg(d.message)
                                             : Text::tr("herald-cli: warning: %1").arg(d.message));
        }
        return 1;
    }
    for (const compose::Diagnostic &d : built.diagnostics)
        context.progress(Text::tr("herald-cli: warning: %1").arg(d.message));
    if (context.json()) {
        context.printJson({{QStringLiteral("ok"), true},
                           {QStringLiteral("activity"), built.activity},
                           {QStringLiteral("sizeBytes"), built.sizeBytes},
                           {QStringLiteral("diagnostics"), diagnosticsToJson(built.diagnostics)}});
    } else {
        std::fputs(QJsonDocument(built.activity).toJson(QJsonDocument::Indented).constData(), stdout);
        std::fflush(stdout);
    }
    return 0;
}

} // namespace herald::cli
