#pragma once

#include "common/Result.h"
#include "store/Migration.h"
#include "store/Schema.h"

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class QSqlQuery;
struct sqlite3;

namespace herald::store {

// Herald's SQLite database (one per data directory, DataDirectory::databasePath()), cf. qBittorrent's
// dbresumedatastorage: a named connection per thread, WAL, foreign keys, synchronous=NORMAL, and a schema
// version (PRAGMA user_version) brought forward by Schema::migrations() when opened.
// A file that is not an SQLite database, or is damaged, is refused with a clear Storage error and left
// untouched. Prepared statements only; write through Transaction.
class Database final
{
public:
    // Opens or creates the file and migrates it. The Database must outlive every QSqlQuery made on it.
    static Result<std::unique_ptr<Database>> open(const QString &path,
                                                  const QList<Migration> &migrations = Schema::migrations());
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // This thread's connection, opened (with the pragmas) on first use. Invalid if it failed to open.
    QSqlDatabase connection() const;
    // The failure of the last connection() that did not open, as a sentence.
    Result<QSqlDatabase> openConnection() const;
    // SQLite's own handle of this thread's connection, for store::Statement; null if it did not open.
    sqlite3 *nativeHandle() const;

    const QString &path() const { return m_path; }
    int schemaVersion() const;

    // Runs one statement without values (pragmas, DDL). Storage error on failure.
    Status exec(const QString &sql) const;
    // Prepares q on this thread's connection; Storage error on failure.
    Status prepare(QSqlQuery &query, const QString &sql) const;
    // Executes an already prepared and bound query.
    Status run(QSqlQuery &query, const QString &what = {}) const;
    // The Storage error for a failed query or connection.
    Error errorOf(const QSqlQuery &query, const QString &what = {}) const;

private:
    explicit Database(QString path);
    Status checkHeader() const;
    Status configure(QSqlDatabase &db) const;
    Status migrate(const QList<Migration> &migrations);

    QString m_path;
    QString m_prefix; // unique per Database: connection names are m_prefix + thread id
    mutable QMutex m_mutex;
    mutable QStringList m_connections;
};

} // namespace herald::store
