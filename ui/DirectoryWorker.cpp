#include "DirectoryWorker.h"

#include "common/Logging.h"
#include "directory/DirectoryImporter.h"
#include "directory/SearchIndex.h"

#include <QFileInfo>
#include <QMutexLocker>

namespace herald::ui {

DirectoryWorker::DirectoryWorker(const store::Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    m_thread.setObjectName(QStringLiteral("herald-directory-worker"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
}

DirectoryWorker::~DirectoryWorker()
{
    m_stopping = true;
    m_cancel = true;
    m_thread.quit();
    m_thread.wait();
}

void DirectoryWorker::importFile(const QString &path)
{
    m_cancel = false;
    QMetaObject::invokeMethod(
        m_context,
        [this, path] {
            if (m_stopping)
                return;
            const qint64 total = QFileInfo(path).size();
            directory::DirectoryImporter importer(m_db);
            importer.setProgress([this, total](const directory::ImportReport &soFar, qint64 bytesRead) {
                const qint64 records = soFar.lines;
                QMetaObject::invokeMethod(
                    this,
                    [this, bytesRead, total, records] { Q_EMIT importProgress(bytesRead, total, records); },
                    Qt::QueuedConnection);
                return !m_cancel.load();
            });
            auto result = importer.importFile(path);
            directory::ImportReport report;
            Error error;
            if (result)
                report = std::move(result).value();
            else
                error = result.error();
            QMetaObject::invokeMethod(
                this, [this, report, error] { Q_EMIT importFinished(report, error); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void DirectoryWorker::cancelImport()
{
    m_cancel = true;
}

void DirectoryWorker::loadSearchIndex()
{
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            if (m_stopping)
                return;
            auto index = std::make_unique<directory::SearchIndex>(m_db);
            if (Status loaded = index->refresh(); !loaded) {
                // The model then loads one itself on its first search.
                qCWarning(lcDirectory) << "search index:" << loaded.error().message;
            } else {
                QMutexLocker lock(&m_mutex);
                m_index = std::move(index);
            }
            QMetaObject::invokeMethod(
                this, [this] { Q_EMIT searchIndexReady(); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

std::unique_ptr<directory::SearchIndex> DirectoryWorker::takeSearchIndex()
{
    QMutexLocker lock(&m_mutex);
    return std::move(m_index);
}

} // namespace herald::ui
