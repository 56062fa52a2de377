#include "DirectoryJobs.h"

#include "DirectoryWorker.h"

#include "common/Logging.h"
#include "directory/DirectorySync.h"
#include "directory/SyncReport.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryFile>

#include <climits>

namespace herald::ui {

namespace {

constexpr int kIssuesShown = 3;

QString number(qint64 n)
{
    return QLocale().toString(n);
}

} // namespace

DirectoryJobs::DirectoryJobs(const store::Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_worker(std::make_unique<DirectoryWorker>(db))
{
    connect(m_worker.get(), &DirectoryWorker::importProgress, this, &DirectoryJobs::onImportProgress);
    connect(m_worker.get(), &DirectoryWorker::importFinished, this, &DirectoryJobs::onImportFinished);
}

DirectoryJobs::~DirectoryJobs()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    delete m_sync;
    m_worker.reset(); // cancels an import and waits for the thread
}

void DirectoryJobs::setConnector(connector::ConnectorClient *client)
{
    if (client == m_client)
        return;
    if (m_sync) {
        // The sync holds the old client: stop it now, before the client goes.
        m_sync->disconnect(this);
        delete m_sync;
        m_sync = nullptr;
        end(Job::Sync, false,
            tr("The sync stopped because the bot changed; it will resume where it stopped."));
    }
    m_client = client;
}

bool DirectoryJobs::isImportable(const QString &path)
{
    return importableSuffixes().contains(QFileInfo(path).suffix().toLower());
}

QStringList DirectoryJobs::importableSuffixes()
{
    return {QStringLiteral("jsonl"), QStringLiteral("json"), QStringLiteral("ndjson"), QStringLiteral("csv")};
}

void DirectoryJobs::setJob(Job job)
{
    const bool wasBusy = isBusy();
    m_job = job;
    if (wasBusy != isBusy())
        Q_EMIT busyChanged(isBusy());
}

void DirectoryJobs::end(Job job, bool ok, const QString &message)
{
    setJob(Job::None);
    Q_EMIT finished(job, ok, message);
}

bool DirectoryJobs::importFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    if (isBusy()) {
        Q_EMIT finished(Job::Import, false,
                        tr("%1 was not imported: another directory job is running.").arg(name));
        return false;
    }
    if (!isImportable(path)) {
        Q_EMIT finished(Job::Import, false,
                        tr("%1 was not imported: Herald imports install events as JSON lines (.jsonl, .json, "
                           ".ndjson) and people as CSV (.csv).")
                            .arg(name));
        return false;
    }
    startImport(path, name);
    return true;
}

void DirectoryJobs::startImport(const QString &path, const QString &label)
{
    m_label = label;
    setJob(Job::Import);
    Q_EMIT progressChanged(tr("Importing %1…").arg(label), 0, 0);
    m_worker->importFile(path);
}

void DirectoryJobs::onImportProgress(qint64 bytesRead, qint64 bytesTotal, qint64 records)
{
    if (m_job != Job::Import)
        return;
    Q_EMIT progressChanged(tr("Importing %1: %2 records read…").arg(m_label, number(records)), bytesRead,
                           qMax<qint64>(bytesTotal, 0));
}

void DirectoryJobs::onImportFinished(const directory::ImportReport &report, const Error &error)
{
    m_download.reset(); // the downloaded file, if any, is no longer needed
    if (error.isError()) {
        if (report.imported > 0)
            Q_EMIT directoryChanged();
        end(Job::Import, false, tr("%1 could not be imported: %2").arg(m_label, error.message));
        return;
    }
    if (report.imported > 0)
        Q_EMIT directoryChanged();
    end(Job::Import, report.complete(), describeImport(report, m_label));
}

QString DirectoryJobs::describeImport(const directory::ImportReport &report, const QString &source)
{
    QString text;
    if (report.cancelled)
        text = tr("The import of %1 was cancelled after %2 records; what was read is kept.")
                   .arg(source, number(report.imported));
    else
        text = tr("Imported %Ln record(s) from %1 (people: %2, teams: %3).", nullptr,
                  int(qMin<qint64>(report.imported, INT_MAX)))
                   .arg(source, number(report.people), number(report.teams));
    if (report.rejected > 0) {
        QStringList lines;
        for (const auto &issue : report.issues.mid(0, kIssuesShown))
            lines.append(tr("line %1: %2").arg(number(issue.line), issue.reason));
        if (report.rejected > kIssuesShown)
            lines.append(QStringLiteral("…"));
        text += QLatin1Char(' ') + tr("%Ln line(s) rejected — %1.",
                                      "%1: the first rejected lines with their reasons, ; separated",
                                      int(qMin<qint64>(report.rejected, INT_MAX)))
                                       .arg(lines.join(tr("; ", "separates rejected lines")));
    }
    return text;
}

bool DirectoryJobs::importUrl(const QUrl &url, QNetworkAccessManager *nam, const QString &label)
{
    if (isBusy() || !nam) {
        Q_EMIT finished(Job::Download, false,
                        tr("%1 was not imported: another directory job is running.").arg(label));
        return false;
    }
    m_download =
        std::make_unique<QTemporaryFile>(QDir::tempPath() + QStringLiteral("/herald-import-XXXXXX.jsonl"));
    if (!m_download->open()) {
        const QString reason = m_download->errorString();
        m_download.reset();
        Q_EMIT finished(Job::Download, false, tr("%1 could not be downloaded: %2").arg(label, reason));
        return false;
    }
    m_label = label;
    m_downloadFailed = false;
    setJob(Job::Download);
    Q_EMIT progressChanged(tr("Downloading %1…").arg(label), 0, 0);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    m_reply = nam->get(request);
    connect(m_reply, &QNetworkReply::readyRead, this, [this] {
        // Streamed to the file: never the whole organisation in memory.
        if (m_download && m_download->write(m_reply->readAll()) < 0 && !m_downloadFailed) {
            m_downloadFailed = true;
            m_reply->abort();
        }
    });
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        Q_EMIT progressChanged(tr("Downloading %1: %2 KB…").arg(m_label, number(received / 1024)), received,
                               qMax<qint64>(total, 0));
    });
    connect(m_reply, &QNetworkReply::finished, this, &DirectoryJobs::onDownloadFinished);
    return true;
}

void DirectoryJobs::onDownloadFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    reply->deleteLater();
    m_reply = nullptr;
    if (m_downloadFailed) {
        const QString reason = m_download->errorString();
        m_download.reset();
        end(Job::Download, false, tr("%1 could not be saved to a temporary file: %2").arg(m_label, reason));
        return;
    }
    if (reply->error() == QNetworkReply::OperationCanceledError) {
        m_download.reset();
        end(Job::Download, false, tr("The download of %1 was cancelled.").arg(m_label));
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        m_download.reset();
        end(Job::Download, false, tr("%1 could not be downloaded: %2").arg(m_label, reply->errorString()));
        return;
    }
    m_download->write(reply->readAll());
    m_download->flush();
    const QString path = m_download->fileName();
    setJob(Job::None);
    startImport(path, m_label);
}

bool DirectoryJobs::sync(const QStringList &teamIds)
{
    if (isBusy()) {
        Q_EMIT finished(Job::Sync, false, tr("The sync did not start: another directory job is running."));
        return false;
    }
    if (!m_client) {
        Q_EMIT finished(Job::Sync, false, tr("Sign in to a bot to sync the directory."));
        return false;
    }
    m_sync = new directory::DirectorySync(m_db, m_client, nullptr, this);
    connect(m_sync, &directory::DirectorySync::progress, this, [this](int done, int total, qint64 members) {
        Q_EMIT progressChanged(tr("Syncing team %1 of %2: %3 members so far…")
                                   .arg(number(qMin(done + 1, total)), number(total), number(members)),
                               done, total);
    });
    connect(m_sync, &directory::DirectorySync::finished, this, &DirectoryJobs::onSyncFinished);
    setJob(Job::Sync);
    Q_EMIT progressChanged(tr("Syncing the directory…"), 0, 0);
    m_sync->start(teamIds);
    return true;
}

void DirectoryJobs::onSyncFinished(const Status &status)
{
    if (!m_sync)
        return;
    const QString message = describeSync(m_sync->report(), status);
    const bool stored = m_sync->report().members > 0 || m_sync->report().teamsDone > 0;
    m_sync->deleteLater();
    m_sync = nullptr;
    if (stored)
        Q_EMIT directoryChanged();
    end(Job::Sync, status.ok(), message);
}

QString DirectoryJobs::describeSync(const directory::SyncReport &report, const Status &status)
{
    if (report.teams == 0 && status.ok())
        return tr("There are no teams to sync yet: import the bot's install events first (File → Import into "
                  "directory…).");
    if (report.cancelled || status.error().kind == Error::Kind::Cancelled)
        return tr("The sync was cancelled after %1 of %2 teams; it will resume where it stopped.")
            .arg(number(report.teamsDone), number(report.teams));
    QString text = tr("Synced %1 of %2 teams: %3 members.")
                       .arg(number(report.teamsDone), number(report.teams), number(report.members));
    if (report.skipped > 0)
        text += QLatin1Char(' ') +
                tr("It resumed an interrupted sync: %Ln team(s) already synced then were not fetched again.",
                   nullptr, report.skipped);
    if (report.left > 0)
        text += QLatin1Char(' ') + tr("%Ln who left a team are marked as having left.", nullptr,
                                      int(qMin<qint64>(report.left, INT_MAX)));
    if (!report.failures.isEmpty())
        text +=
            QLatin1Char(' ') + tr("%Ln team(s) failed; the first: %1", nullptr, int(report.failures.size()))
                                   .arg(report.failures.constFirst().error.message);
    else if (!status.ok())
        text += QLatin1Char(' ') + status.error().message;
    return text;
}

void DirectoryJobs::cancel()
{
    switch (m_job) {
    case Job::None:
        return;
    case Job::Download:
        if (m_reply)
            m_reply->abort(); // finished() follows and ends the job
        return;
    case Job::Import:
        m_worker->cancelImport();
        return;
    case Job::Sync:
        if (m_sync)
            m_sync->cancel();
        return;
    }
}

} // namespace herald::ui
