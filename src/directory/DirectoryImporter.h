#pragma once

#include "common/Result.h"
#include "directory/CsvReader.h"
#include "directory/ImportReport.h"

#include <QSet>
#include <QString>

#include <functional>
#include <memory>

class QIODevice;

namespace herald::store {
class Database;
}

namespace herald::directory {

class DirectoryWriter;
class LineReader;
struct InstallEvent;

// Fills the directory from a file: JSON lines of conversationUpdate / installationUpdate activities (what a
// bot backend stores; the sandbox serves GET /_sandbox/installs.jsonl) or a CSV of people whose header row
// names some of id,name,givenName,surname,email,userPrincipalName,aadObjectId,teamId,conversationId,tenantId
// in any order (teamId may hold several ids separated by ";").
// Streams the file (parsed on a second thread a few thousand lines ahead of the writes), one transaction per
// batch, upserts only: importing the same file twice changes nothing. Bad lines are reported ({line, reason})
// while good ones are kept. Synchronous: run it on a worker thread from a GUI (the Database gives each thread
// its own connection).
class DirectoryImporter final
{
public:
    enum class Format { Auto, JsonLines, Csv };

    struct Options
    {
        Format format = Format::Auto;
        int batchSize = 5000;              // records per transaction
        qint64 maxLineBytes = 1024 * 1024; // longer lines are rejected
    };
    // Called after each batch; return false to stop (the report then says cancelled).
    using Progress = std::function<bool(const ImportReport &soFar, qint64 bytesRead)>;

    explicit DirectoryImporter(const store::Database &db);
    DirectoryImporter(const store::Database &db, Options options);
    ~DirectoryImporter();
    DirectoryImporter(const DirectoryImporter &) = delete;
    DirectoryImporter &operator=(const DirectoryImporter &) = delete;

    void setProgress(Progress progress);

    // Fails (Input) when the file cannot be read or a CSV has no id column, (Storage) when the database
    // fails — the batch in progress is rolled back, earlier batches stay.
    Result<ImportReport> importFile(const QString &path);
    // The device is read on a parsing thread of the import's own while this call lasts, so it must be
    // one without thread affinity in its reads: a file or a buffer, not a socket or a network reply.
    Result<ImportReport> importDevice(QIODevice *device, Format format);

    // Auto: by the file's extension (.csv / .jsonl .json .ndjson), else by its first character.
    static Format detect(const QString &path, QIODevice *device);

private:
    struct Item;
    struct Chunk;
    template <typename Parse, typename Apply>
    Result<ImportReport> pipeline(ImportReport report, const LineReader &lines, Parse parse, Apply apply);
    Result<ImportReport> importJsonLines(QIODevice *device);
    Result<ImportReport> importCsv(QIODevice *device);
    static void parseCsvRecord(const CsvReader::Record &record, const QList<int> &columns, Item *item);
    Status applyCsv(const Item &item, ImportReport &report);
    Status apply(const InstallEvent &event, ImportReport &report);
    void reject(ImportReport &report, qint64 line, const QString &reason);
    Status beginBatch();
    Status endBatch(ImportReport &report, qint64 bytesRead, bool *stop);

    const store::Database &m_db;
    Options m_options;
    Progress m_progress;
    std::unique_ptr<DirectoryWriter> m_writer;
    struct Batch;
    std::unique_ptr<Batch> m_batch;
    QSet<QString> m_seen; // tenants (+ service URL) and CSV teams already written in this import
};

} // namespace herald::directory
