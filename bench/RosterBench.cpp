#include "RosterBench.h"
#include "ProcessStats.h"

#include "common/Clock.h"
#include "directory/DirectoryImporter.h"
#include "directory/DirectoryQueries.h"
#include "directory/RosterModel.h"
#include "directory/SearchIndex.h"
#include "directory/SearchKey.h"
#include "sandbox/InstallsStream.h"
#include "sandbox/SandboxState.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace herald::bench {

namespace {

QByteArray csvField(const QString &value)
{
    QByteArray utf8 = value.toUtf8();
    if (!utf8.contains(',') && !utf8.contains('"') && !utf8.contains('\n'))
        return utf8;
    utf8.replace("\"", "\"\"");
    return '"' + utf8 + '"';
}

void progress(const char *what)
{
    std::fprintf(stderr, "roster bench: %s\n", what);
}

// The people as a roster export (names, mail, teams) and the bot's install events (teams, channels, 1:1
// conversation ids), as a bot backend would hand them over.
bool writeFiles(const sandbox::SandboxState &state, const QString &csvPath, const QString &jsonlPath)
{
    const sandbox::Organisation &org = state.org;
    QFile csv(csvPath);
    QFile jsonl(jsonlPath);
    if (!csv.open(QIODevice::WriteOnly) || !jsonl.open(QIODevice::WriteOnly))
        return false;
    csv.write("id,name,givenName,surname,email,userPrincipalName,aadObjectId,teamId,conversationId\n");
    for (int t = 0; t < org.teamCount(); ++t)
        jsonl.write(
            QJsonDocument(sandbox::InstallsStream::teamInstall(state, t)).toJson(QJsonDocument::Compact) +
            '\n');
    QByteArray buffer;
    for (int i = 0; i < org.memberCount(); ++i) {
        const sandbox::Person p = org.person(i);
        QStringList teams;
        for (int t : p.teams)
            teams << org.team(t).id;
        buffer += csvField(p.id) + ',' + csvField(p.name) + ',' + csvField(p.givenName) + ',' +
                  csvField(p.surname) + ',' + csvField(p.email) + ',' + csvField(p.userPrincipalName) + ',' +
                  csvField(p.aadObjectId) + ',' + csvField(teams.join(u';')) + ",\n";
        if (p.hasApp)
            jsonl.write(QJsonDocument(sandbox::InstallsStream::personalInstall(state, i))
                            .toJson(QJsonDocument::Compact) +
                        '\n');
        if (buffer.size() > 1 << 20) {
            csv.write(buffer);
            buffer.clear();
        }
    }
    csv.write(buffer);
    return true;
}

// 100 queries of the kinds people type: given names with accents, surnames without them, pieces of
// mail addresses, capitals, non-Latin names, one or two letters, and names nobody has.
QStringList makeQueries(const sandbox::Organisation &org, quint32 seed)
{
    QRandomGenerator rng(seed);
    QStringList queries;
    QStringList nonLatin;
    for (int i = 0; i < org.memberCount() && nonLatin.size() < 10; i += 7) {
        const QString name = org.person(i).name;
        if (!name.isEmpty() && name.at(0).unicode() > 0x24F)
            nonLatin << name.left(2 + int(rng.bounded(2)));
    }
    auto anyone = [&] { return org.person(int(rng.bounded(org.memberCount()))); };
    for (int i = 0; i < 20; ++i)
        queries << anyone().givenName; // as written, accents and all
    for (int i = 0; i < 15; ++i)
        queries << directory::SearchKey::fold(anyone().surname); // "muller" for Müller
    for (int i = 0; i < 15; ++i) {
        const QString mail = anyone().email;
        const int from = int(rng.bounded(qMax(1, int(mail.indexOf(u'@')) - 3)));
        queries << mail.mid(from, 4 + int(rng.bounded(5)));
    }
    for (int i = 0; i < 10; ++i)
        queries << anyone().name.toUpper();
    for (int i = 0; i < 10; ++i) {
        const sandbox::Person p = anyone();
        queries << p.givenName.left(3) + u' ' + p.surname.left(2);
    }
    queries << nonLatin;
    const QStringList shortOnes{QStringLiteral("a"),  QStringLiteral("jo"), QStringLiteral("É"),
                                QStringLiteral("li"), QStringLiteral("m"),  QStringLiteral("zh")};
    queries << shortOnes;
    const QStringList misses{QStringLiteral("zzqxv"), QStringLiteral("nobody-at-all"),
                             QStringLiteral("Xöxöxö"), QStringLiteral("qqqq@"), QStringLiteral("ñññ")};
    queries << misses;
    while (queries.size() < 100)
        queries << anyone().surname.left(4);
    return queries.mid(0, 100);
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype index =
        qBound<qsizetype>(0, qsizetype(p * double(values.size() - 1) + 0.5), values.size() - 1);
    return values.at(index);
}

// Starts Herald's main window on the benchmark's data directory (offscreen unless QT_QPA_PLATFORM says
// otherwise) with the hidden --startup-report, which quits once the roster has painted rows. Returns the
// milliseconds from launching the process to that report (-1 on failure); *inMain: the same from main();
// *rows: the people the roster showed.
double measureStartup(const QString &dataDir, double *inMain, int *rows)
{
    const QString binary = QCoreApplication::applicationDirPath() + QStringLiteral("/../app/herald");
    QProcess herald;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    herald.setProcessEnvironment(env);
    herald.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer timer;
    timer.start();
    herald.start(binary, {QStringLiteral("--data-dir"), dataDir, QStringLiteral("--startup-report")});
    static const QRegularExpression report(
        QStringLiteral("herald startup: (\\d+) people shown after (\\d+) ms"));
    QByteArray output;
    double launched = -1;
    while (herald.waitForReadyRead(60000)) {
        output += herald.readAll();
        const QRegularExpressionMatch match = report.match(QString::fromUtf8(output));
        if (match.hasMatch()) {
            launched = double(timer.nsecsElapsed()) / 1e6;
            *inMain = match.captured(2).toDouble();
            *rows = match.captured(1).toInt();
            break;
        }
    }
    if (!herald.waitForFinished(10000))
        herald.kill();
    if (launched < 0)
        std::fprintf(stderr, "herald-bench roster: %s did not report its startup: %s\n", qPrintable(binary),
                     output.constData());
    return launched;
}
} // namespace

int runRosterBench(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption members(QStringLiteral("members"), QString(), QStringLiteral("N"),
                                     QStringLiteral("100000"));
    const QCommandLineOption teams(QStringLiteral("teams"), QString(), QStringLiteral("N"),
                                   QStringLiteral("40"));
    const QCommandLineOption seed(QStringLiteral("seed"), QString(), QStringLiteral("N"),
                                  QStringLiteral("1"));
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption startup(QStringLiteral("startup"));
    parser.addOptions({members, teams, seed, json, startup});
    if (!parser.parse(args)) {
        std::fprintf(stderr, "herald-bench roster: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    sandbox::SandboxOptions options;
    options.members = qMax(1, parser.value(members).toInt());
    options.teams = qMax(1, parser.value(teams).toInt());
    options.seed = parser.value(seed).toUInt();
    options.limits = false;

    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    const QString csvPath = dir.filePath(QStringLiteral("people.csv"));
    const QString jsonlPath = dir.filePath(QStringLiteral("installs.jsonl"));
    progress("generating the organisation");
    sandbox::SandboxState state(options, SystemClock::instance());
    state.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:3978/"));
    if (!writeFiles(state, csvPath, jsonlPath)) {
        std::fprintf(stderr, "herald-bench roster: could not write the generated files\n");
        return 1;
    }
    const QStringList queries = makeQueries(state.org, options.seed);

    auto opened = store::Database::open(dir.filePath(QStringLiteral("herald.sqlite")));
    if (!opened) {
        std::fprintf(stderr, "herald-bench roster: %s\n", qPrintable(opened.error().message));
        return 1;
    }
    const store::Database &db = *opened.value();

    progress("importing");
    directory::DirectoryImporter importer(db);
    QElapsedTimer timer;
    double cpu = cpuSeconds();
    timer.start();
    auto people = importer.importFile(csvPath);
    const double importPeople = double(timer.nsecsElapsed()) / 1e9;
    const double importPeopleCpu = cpuSeconds() - cpu;
    cpu = cpuSeconds();
    timer.restart();
    auto installs = importer.importFile(jsonlPath);
    const double importInstalls = double(timer.nsecsElapsed()) / 1e9;
    const double importInstallsCpu = cpuSeconds() - cpu;
    if (!people || !installs || !people->complete() || !installs->complete()) {
        std::fprintf(stderr, "herald-bench roster: the import failed\n");
        return 1;
    }

    progress("searching");
    // The index the roster model searches; built once here (as on the first search in the window).
    directory::SearchIndex index(db);
    timer.restart();
    if (Status s = index.refresh(); !s) {
        std::fprintf(stderr, "herald-bench roster: %s\n", qPrintable(s.error().message));
        return 1;
    }
    const double indexLoad = double(timer.nsecsElapsed()) / 1e6;
    directory::DirectoryQueries directory(db, &index);
    QList<double> latencies;
    qint64 hits = 0;
    int empty = 0;
    for (const QString &query : queries) {
        directory::PersonFilter filter;
        filter.search = query;
        QElapsedTimer t;
        t.start();
        // What RosterModel does on a new search: a count, then the first page.
        auto count = directory.countPeople(filter);
        auto page = directory.people(filter, 0, directory::RosterModel::PageSize);
        latencies << double(t.nsecsElapsed()) / 1e6;
        if (count) {
            hits += *count;
            empty += *count == 0 ? 1 : 0;
        }
    }

    progress("scrolling the roster model");
    directory::RosterModel model(db);
    timer.restart();
    const int rows = model.rowCount();
    qint64 chars = 0;
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < directory::RosterModel::ColumnCount; ++column)
            chars += model.data(model.index(row, column)).toString().size();
    }
    const double scroll = double(timer.nsecsElapsed()) / 1e9;
    timer.restart();
    model.setSearch(QStringLiteral("mar"));
    const double modelSearch = double(timer.nsecsElapsed()) / 1e6;

    QList<double> startups;
    QList<double> startupsInMain;
    int startupRows = -1;
    if (parser.isSet(startup)) {
        progress("starting Herald's window on the directory");
        for (int run = 0; run < 3; ++run) {
            double inMain = -1;
            const double ms = measureStartup(dir.path(), &inMain, &startupRows);
            if (ms < 0)
                break;
            startups << ms;
            startupsInMain << inMain;
        }
    }

    auto counts = directory.counts();
    QJsonObject result{
        {QStringLiteral("members"), options.members},
        {QStringLiteral("teams"), options.teams},
        {QStringLiteral("import_s"), importPeople},
        {QStringLiteral("import_cpu_s"), importPeopleCpu},
        {QStringLiteral("import_installs_s"), importInstalls},
        {QStringLiteral("import_installs_cpu_s"), importInstallsCpu},
        {QStringLiteral("import_lines"), people->lines + installs->lines},
        {QStringLiteral("people"), counts ? counts->people : -1},
        {QStringLiteral("memberships"), counts ? counts->memberships : -1},
        {QStringLiteral("reachable"), counts ? counts->reachable : -1},
        {QStringLiteral("search_queries"), int(latencies.size())},
        {QStringLiteral("search_index_load_ms"), indexLoad},
        {QStringLiteral("search_p50_ms"), percentile(latencies, 0.50)},
        {QStringLiteral("search_p95_ms"), percentile(latencies, 0.95)},
        {QStringLiteral("search_max_ms"), percentile(latencies, 1.0)},
        {QStringLiteral("search_misses"), empty},
        {QStringLiteral("search_hits"), hits},
        {QStringLiteral("model_rows"), rows},
        {QStringLiteral("model_scroll_s"), scroll},
        {QStringLiteral("model_search_ms"), modelSearch},
        {QStringLiteral("rss_mb"), readStatusMb("VmHWM:")},
        {QStringLiteral("rss_now_mb"), readStatusMb("VmRSS:")},
    };
    if (parser.isSet(startup)) {
        // The first run also loads Herald's libraries from disk; the median is what a user sees day to day.
        result.insert(QStringLiteral("window_startup_ms"),
                      startups.size() == 3 ? QJsonValue(percentile(startups, 0.5)) : QJsonValue());
        result.insert(QStringLiteral("window_startup_first_ms"),
                      startups.isEmpty() ? QJsonValue() : startups.first());
        result.insert(QStringLiteral("window_startup_in_main_ms"),
                      startupsInMain.size() == 3 ? QJsonValue(percentile(startupsInMain, 0.5))
                                                 : QJsonValue());
        result.insert(QStringLiteral("window_startup_rows"), startupRows);
    }
    Q_UNUSED(chars);
    std::fputs(QJsonDocument(result)
                   .toJson(parser.isSet(json) ? QJsonDocument::Compact : QJsonDocument::Indented)
                   .constData(),
               stdout);
    std::fputc('\n', stdout);
    return 0;
}

} // namespace herald::bench
