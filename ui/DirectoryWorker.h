#pragma once

#include "common/Error.h"
#include "directory/ImportReport.h"

#include <QMutex>
#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace herald::store {
class Database;
}
namespace herald::directory {
class SearchIndex;
}

namespace herald::ui {

// The directory's slow work off the UI thread: importing a file (DirectoryImporter) and loading the search
// index (SearchIndex, ~1 s at 100,000 people). One worker thread, one job at a time, its own database
// connection. Results come back as signals on the owner's thread. Destroying it cancels the import in
// progress (at the next batch) and waits for the thread.
class DirectoryWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DirectoryWorker)

public:
    // db must outlive the worker.
    explicit DirectoryWorker(const store::Database &db, QObject *parent = nullptr);
    ~DirectoryWorker() override;

    // Queues an import of the file; progress and importFinished follow.
    void importFile(const QString &path);
    // Stops the import in progress after its current batch (what was imported stays).
    void cancelImport();
    // Queues loading a fresh search index; searchIndexReady follows, then takeSearchIndex() hands it over
    // (null when loading failed).
    void loadSearchIndex();
    std::unique_ptr<directory::SearchIndex> takeSearchIndex();

Q_SIGNALS:
    void importProgress(qint64 bytesRead, qint64 bytesTotal, qint64 records);
    // error.kind None: the import ran (the report may still hold rejected lines or say cancelled).
    void importFinished(const herald::directory::ImportReport &report, const herald::Error &error);
    void searchIndexReady();

private:
    const store::Database &m_db;
    QThread m_thread;
    QObject *m_context = nullptr; // lives in m_thread; runs the jobs there
    std::atomic_bool m_cancel{false};
    std::atomic_bool m_stopping{false};
    QMutex m_mutex;
    std::unique_ptr<directory::SearchIndex> m_index; // guarded by m_mutex
};

} // namespace herald::ui
