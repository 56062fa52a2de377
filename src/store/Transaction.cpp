#include "Transaction.h"

#include "Database.h"

#include "common/Logging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace herald::store {

Transaction::Transaction(const Database &db)
    : m_db(db)
{
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status Transaction::begin()
{
    if (m_active)
        return Status::success();
    // IMMEDIATE takes the write lock now, so a WAL reader never has to upgrade mid-transaction.
    if (Status s = m_db.exec(QStringLiteral("BEGIN IMMEDIATE")); !s)
        return s;
    m_active = true;
    return Status::success();
}

Status Transaction::commit()
{
    if (!m_active)
        return Status::success();
    Status s = m_db.exec(QStringLiteral("COMMIT"));
    if (!s) {
        rollback();
        return s;
    }
    m_active = false;
    return Status::success();
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    // SQLite has already rolled back after some errors (SQLITE_FULL, SQLITE_IOERR): then this is a no-op.
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("ROLLBACK")))
        qCDebug(lcStore) << "rollback:" << q.lastError().text();
}

} // namespace herald::store
