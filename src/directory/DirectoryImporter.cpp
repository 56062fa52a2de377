#include "DirectoryImporter.h"

#include "ChunkQueue.h"
#include "CsvReader.h"
#include "DirectoryWriter.h"
#include "InstallEvent.h"
#include "LineReader.h"

#include "common/Logging.h"
#include "store/Checkpointer.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <optional>
#include <thread>
#include <vector>

namespace herald::directory {

namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate and the lookup at run time the same context, wherever in this
// file a sentence is (a bare tr() inside a class would be filed by lupdate under that class).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(herald::directory)
};

enum Column {
    Id,
    Name,
    GivenName,
    Surname,
    Email,
    Upn,
    AadObjectId,
    TeamId,
    ConversationId,
    TenantId,
    ColumnCount
};

std::optional<Column> columnFor(const QString &header)
{
    static const QHash<QString, Column> names{
        {QStringLiteral("id"), Id},
        {QStringLiteral("name"), Name},
        {QStringLiteral("displayname"), Name},
        {QStringLiteral("givenname"), GivenName},
        {QStringLiteral("surname"), Surname},
        {QStringLiteral("email"), Email},
        {QStringLiteral("mail"), Email},
        {QStringLiteral("userprincipalname"), Upn},
        {QStringLiteral("upn"), Upn},
        {QStringLiteral("aadobjectid"), AadObjectId},
        {QStringLiteral("teamid"), TeamId},
        {QStringLiteral("teamids"), TeamId},
        {QStringLiteral("conversationid"), ConversationId},
        {QStringLiteral("tenantid"), TenantId},
    };
    const auto it = names.constFind(header.trimmed().toLower());
    if (it == names.constEnd())
        return std::nullopt;
    return *it;
}

} // namespace

struct DirectoryImporter::Batch
{
    std::optional<store::Transaction> transaction;
    int records = 0;
};

DirectoryImporter::DirectoryImporter(const store::Database &db)
    : DirectoryImporter(db, Options())
{
}

DirectoryImporter::DirectoryImporter(const store::Database &db, Options options)
    : m_db(db)
    , m_options(options)
{
}

DirectoryImporter::~DirectoryImporter() = default;

void DirectoryImporter::setProgress(Progress progress)
{
    m_progress = std::move(progress);
}

DirectoryImporter::Format DirectoryImporter::detect(const QString &path, QIODevice *device)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"csv")
        return Format::Csv;
    if (suffix == u"jsonl" || suffix == u"json" || suffix == u"ndjson")
        return Format::JsonLines;
    if (device) {
        const QByteArray head = device->peek(4096).trimmed();
        const QByteArray noBom = head.startsWith("\xEF\xBB\xBF") ? head.mid(3) : head;
        if (noBom.startsWith('{'))
            return Format::JsonLines;
    }
    return Format::Csv;
}

Result<ImportReport> DirectoryImporter::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(
            Error::Kind::Input,
            Text::tr("Herald could not read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const Format format = m_options.format == Format::Auto ? detect(path, &file) : m_options.format;
    return importDevice(&file, format);
}

Result<ImportReport> DirectoryImporter::importDevice(QIODevice *device, Format format)
{
    if (format == Format::Auto)
        format = detect(QString(), device);
    m_writer = std::make_unique<DirectoryWriter>(m_db);
    m_batch = std::make_unique<Batch>();
    m_seen.clear();
    QElapsedTimer timer;
    timer.start();
    // SQLite copies the WAL back into the database (and fsyncs both) whenever a commit passes 1,000 pages,
    // which one batch does, stopping the import each time. Instead a second connection copies it on its
    // own thread while batches keep coming (PASSIVE: never blocks the import or a reader), and one last
    // checkpoint at the end copies what is left. Both are only speed: a failure here changes nothing the
    // import writes.
    (void)m_db.exec(QStringLiteral("PRAGMA wal_autocheckpoint=0"));
    Result<ImportReport> result{ImportReport{}};
    {
        const store::Checkpointer checkpointer(m_db.path());
        result = format == Format::Csv ? importCsv(device) : importJsonLines(device);
        m_batch.reset(); // rolls back a batch left open by a failure
        m_writer.reset();
    }
    (void)m_db.exec(QStringLiteral("PRAGMA wal_autocheckpoint=1000"));
    (void)m_db.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
    if (!result)
        return result;
    ImportReport report = std::move(result).value();
    report.seconds = double(timer.nsecsElapsed()) / 1e9;
    qCInfo(lcDirectory).noquote() << "imported" << report.imported << "of" << report.lines << report.format
                                  << "records," << report.rejected << "rejected, in" << report.seconds << "s";
    return report;
}

Status DirectoryImporter::beginBatch()
{
    if (m_batch->transaction)
        return Status::success();
    m_batch->transaction.emplace(m_db);
    if (Status s = m_batch->transaction->begin(); !s) {
        m_batch->transaction.reset();
        return s;
    }
    m_batch->records = 0;
    return Status::success();
}

Status DirectoryImporter::endBatch(ImportReport &report, qint64 bytesRead, bool *stop)
{
    if (m_batch->transaction) {
        if (Status s = m_writer->bumpGeneration(); !s)
            return s;
        if (Status s = m_batch->transaction->commit(); !s)
            return s;
        m_batch->transaction.reset();
    }
    if (m_progress && !*stop && !m_progress(report, bytesRead)) {
        report.cancelled = true;
        *stop = true;
    }
    return Status::success();
}

void DirectoryImporter::reject(ImportReport &report, qint64 line, const QString &reason)
{
    ++report.rejected;
    if (report.issues.size() < ImportReport::MaxIssues)
        report.issues.append(ImportIssue{line, reason});
}

Status DirectoryImporter::apply(const InstallEvent &e, ImportReport &report)
{
    DirectoryWriter &w = *m_writer;
    if (!e.tenantId.isEmpty()) {
        const QString key = e.tenantId + u'\n' + e.serviceUrl;
        if (!m_seen.contains(key)) {
            if (Status s = w.upsertTenant(e.tenantId, e.serviceUrl); !s)
                return s;
            m_seen.insert(key);
        }
    }
    if (e.scope == InstallEvent::Scope::Personal) {
        ++report.people;
        // The user's conversation id is the event's (InstallEvent::parse), so an install is one upsert.
        Q_ASSERT(e.user.conversationId == e.conversationId);
        if (e.install == InstallEvent::Change::Added) {
            ++report.installs;
            return w.upsertInstalledPerson(e.user, true);
        }
        if (e.install == InstallEvent::Change::Removed) {
            ++report.uninstalls;
            return w.upsertInstalledPerson(e.user, false, e.uninstallReason);
        }
        return w.upsertPerson(e.user);
    }

    if (Status s = w.upsertTeam(e.team); !s)
        return s;
    ++report.teams;
    if (Status s = w.upsertChannel(e.team.id, e.team.id, QString(), true); !s)
        return s;
    if (!e.channelId.isEmpty() && e.channelId != e.team.id) {
        if (Status s = e.channelDeleted ? w.deleteChannel(e.channelId, e.team.id)
                                        : w.upsertChannel(e.channelId, e.team.id, e.channelName, false);
            !s)
            return s;
    }
    if (e.botInTeam != InstallEvent::Change::None) {
        if (Status s = w.setTeamInstalled(e.team.id, e.botInTeam == InstallEvent::Change::Added); !s)
            return s;
    }
    qint64 pk = 0;
    for (const PersonRecord &p : e.membersAdded) {
        if (Status s = w.upsertPerson(p, &pk); !s)
            return s;
        if (Status s = w.setMembership(e.team.id, pk, true); !s)
            return s;
        ++report.people;
    }
    for (const PersonRecord &p : e.membersRemoved) {
        if (Status s = w.upsertPerson(p, &pk); !s)
            return s;
        if (Status s = w.setMembership(e.team.id, pk, false); !s)
            return s;
    }
    return Status::success();
}

// The import runs in two stages: this thread's caller reads and checks the lines on a thread of its own
// (UTF-8, CSV quoting, JSON, field rules, search keys) while the calling thread writes what it hands over,
// so on a machine with two cores the file is parsed while SQLite writes. Chunks of ChunkSize lines keep the
// hand-over cheap; at most QueueChunks wait, so memory stays bounded whatever the file's size.
namespace {
constexpr int ChunkSize = 1000;
constexpr int QueueChunks = 4;
} // namespace

struct DirectoryImporter::Item
{
    qint64 line = 0;
    QString reason;                   // non-empty: the line is rejected for this reason
    PersonRecord person;              // CSV
    DirectoryWriter::SearchKeys keys; // CSV
    QStringList teamIds;              // CSV
    InstallEvent event;               // JSON lines
};

struct DirectoryImporter::Chunk
{
    std::vector<Item> items;
    qint64 bytesRead = 0;
};

template <typename Parse, typename Apply>
Result<ImportReport> DirectoryImporter::pipeline(ImportReport report, const LineReader &lines, Parse parse,
                                                 Apply apply)
{
    ChunkQueue<Chunk> queue(QueueChunks);
    // Declared after the queue, so it is stopped and joined (whatever way this returns) before the queue
    // and the reader go away.
    std::jthread parser([&](std::stop_token stop) {
        Chunk chunk;
        chunk.items.reserve(ChunkSize);
        bool more = true;
        while (more && !stop.stop_requested()) {
            Item item;
            more = parse(&item);
            if (more && item.line > 0)
                chunk.items.push_back(std::move(item));
            if (chunk.items.size() >= size_t(ChunkSize) || (!more && !chunk.items.empty())) {
                chunk.bytesRead = lines.bytesRead();
                if (!queue.push(std::move(chunk), stop))
                    break;
                chunk = Chunk();
                chunk.items.reserve(ChunkSize);
            }
        }
        queue.finish();
    });

    bool stop = false;
    qint64 bytesRead = 0;
    Chunk chunk;
    while (!stop && queue.pop(&chunk)) {
        bytesRead = chunk.bytesRead;
        for (Item &item : chunk.items) {
            ++report.lines;
            if (!item.reason.isEmpty()) {
                reject(report, item.line, item.reason);
                continue;
            }
            if (Status s = beginBatch(); !s)
                return s.error();
            if (Status s = apply(item, report); !s)
                return s.error();
            ++report.imported;
            if (++m_batch->records >= m_options.batchSize) {
                if (Status s = endBatch(report, bytesRead, &stop); !s)
                    return s.error();
                if (stop)
                    break;
            }
        }
    }
    if (Status s = endBatch(report, bytesRead, &stop); !s)
        return s.error();
    return report;
}

Result<ImportReport> DirectoryImporter::importJsonLines(QIODevice *device)
{
    ImportReport report;
    report.format = QStringLiteral("jsonl");
    LineReader lines(device, m_options.maxLineBytes);
    QByteArray line;
    // Parsing thread: one Item per non-blank line (false at the end of the file).
    const auto parse = [&](Item *item) {
        for (;;) {
            const LineReader::Outcome outcome = lines.next(&line);
            if (outcome == LineReader::Outcome::End)
                return false;
            item->line = lines.lineNumber();
            if (outcome == LineReader::Outcome::TooLong) {
                item->reason = Text::tr("The line is longer than %1 MB.")
                                   .arg(double(m_options.maxLineBytes) / (1024 * 1024), 0, 'g', 3);
                return true;
            }
            if (line.trimmed().isEmpty())
                continue;
            if (item->line == 1 && line.startsWith("\xEF\xBB\xBF"))
                line.remove(0, 3);
            if (!InstallEvent::parse(line, &item->event, &item->reason) && item->reason.isEmpty())
                item->reason = Text::tr("The line is not an activity Herald can read.");
            return true;
        }
    };
    return pipeline(std::move(report), lines, parse,
                    [this](const Item &item, ImportReport &r) { return apply(item.event, r); });
}

// One CSV record into a person and their teams, or the reason it is rejected (on the parsing thread).
void DirectoryImporter::parseCsvRecord(const CsvReader::Record &record, const QList<int> &columns, Item *item)
{
    item->line = record.line;
    if (!record.error.isEmpty()) {
        item->reason = record.error;
        return;
    }
    if (record.fields.size() != columns.size()) {
        item->reason = Text::tr("Expected %1 fields as in the header, found %2.")
                           .arg(columns.size())
                           .arg(record.fields.size());
        return;
    }
    QString values[ColumnCount];
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns.at(i) >= 0)
            values[columns.at(i)] = record.fields.at(i);
    }
    PersonRecord &p = item->person;
    QString &reason = item->reason;
    bool ok =
        InstallEvent::cleanId(values[Id], QStringLiteral("id"), true, u"29:", &p.id, &reason) &&
        InstallEvent::cleanText(values[Name], QStringLiteral("name"), &p.name, &reason) &&
        InstallEvent::cleanText(values[GivenName], QStringLiteral("givenName"), &p.givenName, &reason) &&
        InstallEvent::cleanText(values[Surname], QStringLiteral("surname"), &p.surname, &reason) &&
        InstallEvent::cleanText(values[Email], QStringLiteral("email"), &p.email, &reason) &&
        InstallEvent::cleanText(values[Upn], QStringLiteral("userPrincipalName"), &p.userPrincipalName,
                                &reason) &&
        InstallEvent::cleanId(values[AadObjectId], QStringLiteral("aadObjectId"), false, {}, &p.aadObjectId,
                              &reason) &&
        InstallEvent::cleanId(values[ConversationId], QStringLiteral("conversationId"), false, {},
                              &p.conversationId, &reason) &&
        InstallEvent::cleanId(values[TenantId], QStringLiteral("tenantId"), false, {}, &p.tenantId, &reason);
    if (ok) {
        const QStringList parts = values[TeamId].split(u';', Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            QString teamId;
            if (!InstallEvent::cleanId(part, QStringLiteral("teamId"), false, {}, &teamId, &reason)) {
                ok = false;
                break;
            }
            if (!teamId.isEmpty())
                item->teamIds.append(teamId);
        }
    }
    if (!ok) {
        if (reason.isEmpty())
            reason = Text::tr("The record cannot be read.");
        return;
    }
    item->keys = DirectoryWriter::SearchKeys::of(p);
}

Status DirectoryImporter::applyCsv(const Item &item, ImportReport &report)
{
    qint64 pk = 0;
    if (Status s = m_writer->upsertPerson(item.person, item.keys, &pk); !s)
        return s;
    ++report.people;
    for (const QString &teamId : item.teamIds) {
        if (!m_seen.contains(teamId)) { // a team named by many rows is written once
            if (Status s = m_writer->upsertTeam(TeamRecord{teamId, {}, {}, item.person.tenantId, {}}); !s)
                return s;
            m_seen.insert(teamId);
            ++report.teams;
        }
        if (Status s = m_writer->setMembership(teamId, pk, true); !s)
            return s;
    }
    return Status::success();
}

Result<ImportReport> DirectoryImporter::importCsv(QIODevice *device)
{
    ImportReport report;
    report.format = QStringLiteral("csv");
    LineReader lines(device, m_options.maxLineBytes);
    CsvReader csv(lines);

    CsvReader::Record header = csv.next();
    while (!header.end && header.blank)
        header = csv.next();
    if (header.end)
        return report; // an empty file imports nothing
    if (!header.error.isEmpty())
        return Error::make(
            Error::Kind::Input,
            Text::tr("The CSV header (line %1) cannot be read: %2").arg(header.line).arg(header.error));
    QList<int> columns; // per field: Column, or -1 to ignore
    bool hasId = false;
    for (const QString &name : std::as_const(header.fields)) {
        const std::optional<Column> column = columnFor(name);
        columns.append(column ? int(*column) : -1);
        hasId = hasId || column == Id;
    }
    if (!hasId)
        return Error::make(
            Error::Kind::Input,
            Text::tr("The CSV file has no \"id\" column. Its first line must name the columns, for example "
                     "id,name,givenName,surname,email,userPrincipalName,aadObjectId,teamId,conversationId."));

    // Parsing thread: one Item per non-blank record (false at the end of the file).
    const auto parse = [&](Item *item) {
        for (;;) {
            const CsvReader::Record record = csv.next();
            if (record.end)
                return false;
            if (record.blank)
                continue;
            parseCsvRecord(record, columns, item);
            return true;
        }
    };
    return pipeline(std::move(report), lines, parse,
                    [this](const Item &item, ImportReport &r) { return applyCsv(item, r); });
}

} // namespace herald::directory
