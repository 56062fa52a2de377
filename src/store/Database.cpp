#include "Database.h"

#include "StorageError.h"
#include "Transaction.h"

#include "common/Logging.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutexLocker>
#include <QSqlDriver>
#include <QSqlQuery>

namespace herald::store {

namespace {

QAtomicInteger<quint64> g_nextDatabase{1};
QAtomicInteger<quint64> g_nextThread{1};

// A number for this thread that no later thread reuses (unlike thread ids).
quint64 threadNumber()
{
    thread_local const quint64 number = g_nextThread.fetchAndAddRelaxed(1);
    return number;
}

QSqlError nativeError(SqliteCode code, const QString &text)
{
    return QSqlError(text, text, QSqlError::ConnectionError, QString::number(static_cast<int>(code)));
}

} // namespace

Database::Database(QString path)
    : m_path(std::move(path))
    , m_prefix(QStringLiteral("herald-db-%1-").arg(g_nextDatabase.fetchAndAddRelaxed(1)))
{
}

Database::~Database()
{
    QMutexLocker lock(&m_mutex);
    // removeDatabase closes the connection; it does not ask which thread made it.
    for (const QString &name : std::as_const(m_connections))
        QSqlDatabase::removeDatabase(name);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const QList<Migration> &migrations)
{
    std::unique_ptr<Database> db(new Database(QFileInfo(path).absoluteFilePath()));
    if (Status s = db->checkHeader(); !s)
        return s.error();
    if (auto c = db->openConnection(); !c)
        return c.error();
    if (Status s = db->migrate(migrations); !s)
        return s.error();
    return db;
}

Status Database::checkHeader() const
{
    QFile file(m_path);
    if (!file.exists() || file.size() == 0)
        return Status::success(); // SQLite makes a new database of an empty file
    if (!file.open(QIODevice::ReadOnly))
        return storageError(nativeError(SqliteCode::CantOpen, file.errorString()), m_path,
                            QStringLiteral("open"));
    static const QByteArray magic("SQLite format 3\0", 16);
    if (file.size() < 100 || file.read(16) != magic)
        return storageError(nativeError(SqliteCode::NotADatabase, QStringLiteral("file is not a database")),
                            m_path, QStringLiteral("header"));
    return Status::success();
}

Result<QSqlDatabase> Database::openConnection() const
{
    const QString name = m_prefix + QString::number(threadNumber());
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
    }
    QSqlDatabase db = QSqlDatabase::contains(name)
                          ? QSqlDatabase::database(name, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    {
        QMutexLocker lock(&m_mutex);
        if (!m_connections.contains(name))
            m_connections.append(name);
    }
    if (!db.isValid())
        return Error::make(Error::Kind::Storage,
                           QCoreApplication::translate("herald::store",
                                                       "Herald could not load its SQLite driver (QSQLITE)."));
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return storageError(db.lastError(), m_path, QStringLiteral("open"));
    if (Status s = configure(db); !s) {
        db.close();
        return s.error();
    }
    qCDebug(lcStore) << "opened connection" << name;
    return db;
}

QSqlDatabase Database::connection() const
{
    auto db = openConnection();
    return db ? db.value() : QSqlDatabase();
}

sqlite3 *Database::nativeHandle() const
{
    const QSqlDatabase db = connection();
    if (!db.isOpen() || !db.driver())
        return nullptr;
    // The QSQLITE driver hands out its sqlite3* (the system's libsqlite3, which herald_core links too).
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

Status Database::configure(QSqlDatabase &db) const
{
    // The first statement reads the file: a damaged or foreign file fails here, before anything is written.
    const QStringList pragmas{
        QStringLiteral("PRAGMA schema_version"),    QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("PRAGMA foreign_keys=ON"),   QStringLiteral("PRAGMA synchronous=NORMAL"),
        QStringLiteral("PRAGMA temp_store=MEMORY"), QStringLiteral("PRAGMA cache_size=-32768")};
    for (const QString &pragma : pragmas) {
        QSqlQuery q(db);
        if (!q.exec(pragma))
            return storageError(q.lastError(), m_path, pragma);
        if (pragma.contains(QStringLiteral("journal_mode")) && q.next() &&
            q.value(0).toString().compare(QStringLiteral("wal"), Qt::CaseInsensitive) != 0)
            qCWarning(lcStore) << "WAL is not available here; journal mode is" << q.value(0).toString();
    }
    return Status::success();
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

Status Database::migrate(const QList<Migration> &migrations)
{
    const int current = schemaVersion();
    if (current < 0)
        return Error::make(
            Error::Kind::Storage,
            QCoreApplication::translate("herald::store", "Herald could not read its database %1.")
                .arg(QDir::toNativeSeparators(m_path)));
    const int latest = migrations.isEmpty() ? 0 : migrations.constLast().version;
    if (current > latest)
        return Error::make(Error::Kind::Storage,
                           QCoreApplication::translate(
                               "herald::store", "Herald's database %1 was made by a newer version of Herald "
                                                "(schema %2; this one knows %3). Update Herald to open it.")
                               .arg(QDir::toNativeSeparators(m_path))
                               .arg(current)
                               .arg(latest));
    for (const Migration &step : migrations) {
        if (step.version <= current)
            continue;
        Transaction tx(*this);
        if (Status s = tx.begin(); !s)
            return s;
        for (const QString &statement : step.statements) {
            if (Status s = exec(statement); !s)
                return s; // tx rolls back
        }
        // user_version takes no bound value; the number comes from this table, never from outside.
        if (Status s = exec(QStringLiteral("PRAGMA user_version=%1").arg(step.version)); !s)
            return s;
        if (Status s = tx.commit(); !s)
            return s;
        qCInfo(lcStore).noquote() << "database migrated to schema" << step.version << step.description;
    }
    return Status::success();
}

Status Database::exec(const QString &sql) const
{
    auto db = openConnection();
    if (!db)
        return db.error();
    QSqlQuery q(db.value());
    if (!q.exec(sql))
        return storageError(q.lastError(), m_path, sql.left(40));
    return Status::success();
}

Status Database::prepare(QSqlQuery &query, const QString &sql) const
{
    if (!query.prepare(sql))
        return storageError(query.lastError(), m_path, QStringLiteral("prepare"));
    return Status::success();
}

Status Database::run(QSqlQuery &query, const QString &what) const
{
    if (!query.exec())
        return storageError(query.lastError(), m_path, what);
    return Status::success();
}

Error Database::errorOf(const QSqlQuery &query, const QString &what) const
{
    return storageError(query.lastError(), m_path, what);
}

} // namespace herald::store
