#pragma once

#include "common/Error.h"

#include <QSqlError>
#include <QString>

namespace herald::store {

// SQLite's primary result codes that Herald tells apart (QSqlError::nativeErrorCode() for QSQLITE).
enum class SqliteCode : int {
    Ok = 0,
    Busy = 5,
    Locked = 6,
    ReadOnly = 8,
    IoError = 10,
    Corrupt = 11,
    Full = 13,
    CantOpen = 14,
    NotADatabase = 26,
};

// An Error of kind Storage with a sentence for people: "The disk is full…", "…is damaged or is not a
// Herald database…", and the driver's own text as detail. what names the operation for the log.
Error storageError(const QSqlError &error, const QString &databasePath, const QString &what = {});

// The primary SQLite code of a driver error; -1 when there is none.
int sqliteCode(const QSqlError &error);

} // namespace herald::store
