#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringConverter>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace herald::store {

class Database;

// A prepared statement on SQLite's own C API, for the bulk writes where Qt SQL's per-row work (a QVariant
// per value, the driver's bookkeeping, UTF-16 handed to SQLite to convert) costs more than SQLite itself:
// the directory import runs several hundred thousand of them. Text is bound as UTF-8 from buffers kept
// per placeholder, so a reused statement allocates nothing per row. Values are always bound, never
// spliced into the SQL. Lives on the thread that prepared it, inside the Database's lifetime; use it
// within a Transaction like any other write.
class Statement final
{
public:
    explicit Statement(const Database &db);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    // Prepares sql (with ? placeholders) on this thread's connection; Storage error on failure.
    Status prepare(const char *sql);
    bool isPrepared() const { return m_statement != nullptr; }

    // Placeholders are 0-based, as with QSqlQuery. A null QString binds '' (Herald's text columns are
    // NOT NULL DEFAULT '').
    void bindText(int index, QStringView text);
    void bindInt(int index, qint64 value);

    // Runs to completion and resets; rows it returns are ignored. what names the operation for the log.
    // *insertedRowId (when given): the rowid of the row it inserted, 0 when it inserted none (an upsert
    // that updated instead).
    Status exec(const QString &what, qint64 *insertedRowId = nullptr);
    // Runs and reads the first column of the first row as an integer (*found false without a row).
    Status queryInt(const QString &what, qint64 *value, bool *found);
    // Rows inserted, updated or deleted by the last exec().
    qint64 changes() const;

private:
    Error error(int code, const QString &what) const;

    const Database &m_db;
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    std::vector<QByteArray> m_text; // per placeholder: the UTF-8 bound to it (SQLITE_STATIC)
    QStringEncoder m_utf8{QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};
};

} // namespace herald::store
