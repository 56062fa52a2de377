#include "Statement.h"

#include "Database.h"
#include "StorageError.h"

#include <QCoreApplication>
#include <QSqlError>

#include <sqlite3.h>

namespace herald::store {

Statement::Statement(const Database &db)
    : m_db(db)
{
}

Statement::~Statement()
{
    sqlite3_finalize(m_statement); // a no-op on null
}

Status Statement::prepare(const char *sql)
{
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    m_handle = m_db.nativeHandle();
    if (!m_handle) {
        auto connection = m_db.openConnection();
        if (!connection)
            return connection.error();
        return Error::make(Error::Kind::Storage,
                           QCoreApplication::translate("herald::store",
                                                       "Herald's SQLite driver did not give access to "
                                                       "the database it opened."));
    }
    const int rc = sqlite3_prepare_v2(m_handle, sql, -1, &m_statement, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
        return error(rc, QStringLiteral("prepare"));
    }
    m_text.assign(size_t(sqlite3_bind_parameter_count(m_statement)), QByteArray());
    return Status::success();
}

void Statement::bindText(int index, QStringView text)
{
    Q_ASSERT(m_statement && index >= 0 && size_t(index) < m_text.size());
    QByteArray &buffer = m_text[size_t(index)];
    const qsizetype needed = m_utf8.requiredSpace(text.size());
    if (buffer.size() < needed)
        buffer.resize(qMax(needed, qsizetype(64))); // grows, never shrinks: reused row after row
    const char *end = m_utf8.appendToBuffer(buffer.data(), text);
    sqlite3_bind_text(m_statement, index + 1, buffer.constData(), int(end - buffer.constData()),
                      SQLITE_STATIC);
}

void Statement::bindInt(int index, qint64 value)
{
    Q_ASSERT(m_statement);
    sqlite3_bind_int64(m_statement, index + 1, value);
}

Status Statement::exec(const QString &what, qint64 *insertedRowId)
{
    Q_ASSERT(m_statement);
    if (insertedRowId)
        sqlite3_set_last_insert_rowid(m_handle, 0);
    int rc = SQLITE_ROW;
    while (rc == SQLITE_ROW)
        rc = sqlite3_step(m_statement);
    if (rc != SQLITE_DONE) {
        const Error e = error(rc, what);
        sqlite3_reset(m_statement);
        return e;
    }
    sqlite3_reset(m_statement);
    if (insertedRowId)
        *insertedRowId = sqlite3_last_insert_rowid(m_handle);
    return Status::success();
}

Status Statement::queryInt(const QString &what, qint64 *value, bool *found)
{
    Q_ASSERT(m_statement);
    const int rc = sqlite3_step(m_statement);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        const Error e = error(rc, what);
        sqlite3_reset(m_statement);
        return e;
    }
    *found = rc == SQLITE_ROW;
    *value = *found ? sqlite3_column_int64(m_statement, 0) : 0;
    sqlite3_reset(m_statement);
    return Status::success();
}

qint64 Statement::changes() const
{
    return m_handle ? sqlite3_changes(m_handle) : 0;
}

Error Statement::error(int code, const QString &what) const
{
    // The same shape as the QSQLITE driver's errors, so storageError() words it the same way.
    const QString message =
        m_handle ? QString::fromUtf8(sqlite3_errmsg(m_handle)) : QString::fromUtf8(sqlite3_errstr(code));
    const QSqlError sqlError(QStringLiteral("Unable to execute statement"), message,
                             QSqlError::StatementError, QString::number(code));
    return storageError(sqlError, m_db.path(), what);
}

} // namespace herald::store
