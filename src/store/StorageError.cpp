#include "StorageError.h"

#include "common/Logging.h"

#include <QCoreApplication>
#include <QDir>

namespace herald::store {

int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    // Extended codes carry the primary code in their low byte.
    return ok ? (code & 0xFF) : -1;
}

Error storageError(const QSqlError &error, const QString &databasePath, const QString &what)
{
    const QString file = QDir::toNativeSeparators(databasePath);
    QString sentence;
    switch (static_cast<SqliteCode>(sqliteCode(error))) {
    case SqliteCode::Full:
        sentence = QCoreApplication::translate("herald::store",
                                               "The disk is full, so Herald could not save its data. "
                                               "Free some space and try again.");
        break;
    case SqliteCode::Corrupt:
    case SqliteCode::NotADatabase:
        sentence = QCoreApplication::translate("herald::store",
                                               "Herald's database %1 is damaged or is not a Herald database. "
                                               "Herald left it untouched; move it away (or restore a backup) "
                                               "and start again.")
                       .arg(file);
        break;
    case SqliteCode::Busy:
    case SqliteCode::Locked:
        sentence = QCoreApplication::translate("herald::store",
                                               "Herald's database is busy in another window or program. "
                                               "Close it and try again.");
        break;
    case SqliteCode::ReadOnly:
        sentence = QCoreApplication::translate("herald::store", "Herald may not write to its database %1.")
                       .arg(file);
        break;
    case SqliteCode::CantOpen:
        sentence = QCoreApplication::translate("herald::store",
                                               "Herald could not open its database %1. Check that the folder "
                                               "exists and that you may write there.")
                       .arg(file);
        break;
    case SqliteCode::IoError:
        sentence = QCoreApplication::translate("herald::store",
                                               "Herald could not read or write its database %1: the disk "
                                               "reported an error.")
                       .arg(file);
        break;
    default:
        sentence = QCoreApplication::translate("herald::store", "Herald's database failed: %1")
                       .arg(error.databaseText().isEmpty() ? error.text() : error.databaseText());
        break;
    }
    Error e = Error::make(Error::Kind::Storage, sentence);
    e.detail = error.text();
    e.serviceCode = error.nativeErrorCode().isEmpty()
                        ? QString()
                        : QStringLiteral("SQLITE_%1").arg(error.nativeErrorCode());
    qCWarning(lcStore).noquote() << "storage error" << (what.isEmpty() ? QString() : what) << e.serviceCode
                                 << error.text();
    return e;
}

} // namespace herald::store
