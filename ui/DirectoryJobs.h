#pragma once

#include "common/Error.h"
#include "common/Result.h"
#include "directory/ImportReport.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QTemporaryFile;

namespace herald::connector {
class ConnectorClient;
}
namespace herald::directory {
class DirectorySync;
struct SyncReport;
} // namespace herald::directory
namespace herald::store {
class Database;
}

namespace herald::ui {

class DirectoryWorker;

// The directory's long jobs, one at a time, none on the UI thread's critical path: importing a file (on the
// DirectoryWorker's thread), fetching a file over HTTP and importing it (the sandbox's organisation), and
// syncing teams through the signed-in ConnectorClient. Each reports progress and ends with one sentence
// saying what happened; cancel() stops any of them, keeping what was already stored.
class DirectoryJobs final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DirectoryJobs)

public:
    enum class Job { None, Download, Import, Sync };
    Q_ENUM(Job)

    // db must outlive the jobs.
    explicit DirectoryJobs(const store::Database &db, QObject *parent = nullptr);
    ~DirectoryJobs() override;

    // The signed-in client, or null. A sync in progress through another client is cancelled first.
    void setConnector(connector::ConnectorClient *client);
    connector::ConnectorClient *connector() const { return m_client; }

    Job job() const { return m_job; }
    bool isBusy() const { return m_job != Job::None; }
    DirectoryWorker *worker() const { return m_worker.get(); }

    // Each returns false, with a sentence in finished(), when it cannot start (busy, not signed in …).
    bool importFile(const QString &path);
    bool importUrl(const QUrl &url, QNetworkAccessManager *nam, const QString &label);
    bool sync(const QStringList &teamIds = {});
    void cancel();

    // Whether a file looks like something the importer reads (.jsonl .json .ndjson .csv).
    static bool isImportable(const QString &path);
    static QStringList importableSuffixes();
    // Sentences for a finished import or sync.
    static QString describeImport(const directory::ImportReport &report, const QString &source);
    static QString describeSync(const directory::SyncReport &report, const Status &status);

Q_SIGNALS:
    void busyChanged(bool busy);
    // maximum 0: progress that cannot be measured (a busy indicator).
    void progressChanged(const QString &text, qint64 value, qint64 maximum);
    void finished(herald::ui::DirectoryJobs::Job job, bool ok, const QString &message);
    // An import or a sync stored something: views should reload.
    void directoryChanged();

private:
    void setJob(Job job);
    void end(Job job, bool ok, const QString &message);
    void startImport(const QString &path, const QString &label);
    void onImportProgress(qint64 bytesRead, qint64 bytesTotal, qint64 records);
    void onImportFinished(const directory::ImportReport &report, const Error &error);
    void onDownloadFinished();
    void onSyncFinished(const Status &status);

    const store::Database &m_db;
    std::unique_ptr<DirectoryWorker> m_worker;
    connector::ConnectorClient *m_client = nullptr; // AppController unsets it before the client goes
    Job m_job = Job::None;
    QString m_label; // what is being imported, for sentences: a file name or "the sandbox's organisation"
    QPointer<QNetworkReply> m_reply;
    std::unique_ptr<QTemporaryFile> m_download;
    bool m_downloadFailed = false;
    directory::DirectorySync *m_sync = nullptr;
};

} // namespace herald::ui
