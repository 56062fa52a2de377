#include "store/Checkpointer.h"
#include "store/Database.h"
#include "store/Schema.h"
#include "store/Transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using herald::Error;
using namespace herald::store;

// The database: migrations, pragmas, transactions, damaged files, a full disk, a connection per thread.
class tst_Database final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void migratesAnEmptyDatabase();
    void reopenKeepsDataAndVersion();
    void appendedStepsRunOnce();
    void newerSchemaIsRefused();
    void pragmasAreSet();
    void transactionRollsBackUnlessCommitted();
    void damagedFileIsRefusedAndLeftAlone_data();
    void damagedFileIsRefusedAndLeftAlone();
    void fullDiskSaysSoAndRollsBack();
    void eachThreadHasItsOwnConnection();
    void backgroundCheckpointsCopyTheWal();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("herald.sqlite")); }
    static qint64 scalar(const Database &db, const QString &sql);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_Database::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_Database::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

qint64 tst_Database::scalar(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void tst_Database::migratesAnEmptyDatabase()
{
    auto db = Database::open(path());
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
    QCOMPARE(db.value()->schemaVersion(), Schema::latestVersion());
    QVERIFY(Schema::latestVersion() >= 1);
    for (const char *table : {"tenants", "teams", "channels", "people", "memberships", "directory_state"})
        QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = '%1'")
                                         .arg(QLatin1String(table))),
                 1);
}

void tst_Database::reopenKeepsDataAndVersion()
{
    {
        auto db = Database::open(path());
        QVERIFY(db.ok());
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO teams(id, name) VALUES (?, ?)")));
        q.addBindValue(QStringLiteral("19:a@thread.tacv2"));
        q.addBindValue(QStringLiteral("Robert'); DROP TABLE teams;--"));
        QVERIFY(q.exec());
    }
    auto again = Database::open(path());
    QVERIFY(again.ok());
    QCOMPARE(again.value()->schemaVersion(), Schema::latestVersion());
    QCOMPARE(scalar(*again.value(), QStringLiteral("SELECT count(*) FROM teams")), 1);
}

void tst_Database::appendedStepsRunOnce()
{
    QList<Migration> steps = Schema::migrations();
    const int next = Schema::latestVersion() + 1;
    steps.append(Migration{next, QStringLiteral("test"), {QStringLiteral("CREATE TABLE extra (x INTEGER)")}});
    {
        auto db = Database::open(path(), steps);
        QVERIFY(db.ok());
        QCOMPARE(db.value()->schemaVersion(), next);
    }
    auto db = Database::open(path(), steps); // a second run must not re-create the table
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
    QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT count(*) FROM extra")), 0);
}

void tst_Database::newerSchemaIsRefused()
{
    QList<Migration> steps = Schema::migrations();
    steps.append(Migration{
        Schema::latestVersion() + 1, QStringLiteral("future"), {QStringLiteral("CREATE TABLE f (x)")}});
    QVERIFY(Database::open(path(), steps).ok());
    auto old = Database::open(path());
    QVERIFY(!old.ok());
    QCOMPARE(old.error().kind, Error::Kind::Storage);
    QVERIFY2(old.error().message.contains(QStringLiteral("newer version")), qPrintable(old.error().message));
}

void tst_Database::pragmasAreSet()
{
    auto db = Database::open(path());
    QVERIFY(db.ok());
    QSqlQuery q(db.value()->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QCOMPARE(scalar(*db.value(), QStringLiteral("PRAGMA foreign_keys")), 1);
    QCOMPARE(scalar(*db.value(), QStringLiteral("PRAGMA synchronous")), 1); // NORMAL
}

void tst_Database::transactionRollsBackUnlessCommitted()
{
    auto opened = Database::open(path());
    QVERIFY(opened.ok());
    const Database &db = *opened.value();
    {
        Transaction tx(db);
        QVERIFY(tx.begin().ok());
        QVERIFY(db.exec(QStringLiteral("INSERT INTO teams(id) VALUES ('19:x')")).ok());
    } // no commit
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM teams")), 0);
    {
        Transaction tx(db);
        QVERIFY(tx.begin().ok());
        QVERIFY(db.exec(QStringLiteral("INSERT INTO teams(id) VALUES ('19:x')")).ok());
        QVERIFY(tx.commit().ok());
    }
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM teams")), 1);
    // A foreign key violation fails the statement (foreign keys are on).
    QVERIFY(!db.exec(QStringLiteral("INSERT INTO channels(id, team_id) VALUES ('19:c', '19:nope')")).ok());
}

void tst_Database::damagedFileIsRefusedAndLeftAlone_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("text file") << QByteArray("id,name\n29:1,Ana\n");
    QByteArray header("SQLite format 3\0", 16);
    QByteArray garbage = header + QByteArray(4096, '\xA5');
    QTest::newRow("header then garbage") << garbage;
    QTest::newRow("short") << QByteArray("SQLite");
}

void tst_Database::damagedFileIsRefusedAndLeftAlone()
{
    QFETCH(QByteArray, content);
    {
        QFile f(path());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    auto db = Database::open(path());
    QVERIFY(!db.ok());
    QCOMPARE(db.error().kind, Error::Kind::Storage);
    QVERIFY2(db.error().message.contains(QStringLiteral("damaged or is not a Herald database")),
             qPrintable(db.error().message));
    QFile f(path());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), content);
    QVERIFY(!QFile::exists(path() + QStringLiteral("-wal")) ||
            QFile(path() + QStringLiteral("-wal")).size() == 0);
}

void tst_Database::fullDiskSaysSoAndRollsBack()
{
    auto opened = Database::open(path());
    QVERIFY(opened.ok());
    const Database &db = *opened.value();
    // Cap the file at its current size: SQLite then answers SQLITE_FULL, as on a full disk.
    const qint64 pages = scalar(db, QStringLiteral("PRAGMA page_count"));
    QVERIFY(pages > 0);
    QVERIFY(db.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)).ok());
    Transaction tx(db);
    QVERIFY(tx.begin().ok());
    QSqlQuery q(db.connection());
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO teams(id, name) VALUES (?, ?)")));
    herald::Status failure;
    for (int i = 0; i < 5000 && failure.ok(); ++i) {
        q.bindValue(0, QStringLiteral("19:%1").arg(i));
        q.bindValue(1, QString(200, u'x'));
        failure = db.run(q, QStringLiteral("insert"));
    }
    QVERIFY(!failure.ok());
    QCOMPARE(failure.error().kind, Error::Kind::Storage);
    QVERIFY2(failure.error().message.startsWith(QStringLiteral("The disk is full")),
             qPrintable(failure.error().message));
    tx.rollback();
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM teams")), 0);
}

void tst_Database::eachThreadHasItsOwnConnection()
{
    auto opened = Database::open(path());
    QVERIFY(opened.ok());
    const Database &db = *opened.value();
    QVERIFY(db.exec(QStringLiteral("INSERT INTO teams(id) VALUES ('19:t')")).ok());
    const QString mine = db.connection().connectionName();
    QString theirs;
    qint64 seen = -1;
    QThread *thread = QThread::create([&] {
        theirs = db.connection().connectionName();
        seen = scalar(db, QStringLiteral("SELECT count(*) FROM teams"));
    });
    thread->start();
    QVERIFY(thread->wait(10000));
    delete thread;
    QVERIFY(!theirs.isEmpty());
    QVERIFY(theirs != mine);
    QCOMPARE(seen, 1);
}

void tst_Database::backgroundCheckpointsCopyTheWal()
{
    auto opened = Database::open(path());
    QVERIFY(opened.ok());
    const Database &db = *opened.value();
    QVERIFY(db.exec(QStringLiteral("PRAGMA wal_autocheckpoint=0")).ok()); // the writer never checkpoints
    QVERIFY(db.exec(QStringLiteral("CREATE TABLE filler(x TEXT)")).ok());
    {
        const Checkpointer checkpointer(path(), 10);
        // Keep committing until the other thread has copied frames into the database file.
        int batches = 0;
        for (; checkpointer.framesCopied() == 0 && batches < 2000; ++batches) {
            Transaction tx(db);
            QVERIFY(tx.begin().ok());
            QSqlQuery q(db.connection());
            QVERIFY(q.prepare(QStringLiteral("INSERT INTO filler(x) VALUES (?)")));
            for (int i = 0; i < 50; ++i) {
                q.addBindValue(QString(200, QChar(u'a' + i % 26)));
                QVERIFY(q.exec());
            }
            QVERIFY(tx.commit().ok());
        }
        QVERIFY2(checkpointer.framesCopied() > 0, "no checkpoint ran on the background thread");
        const qint64 rows = scalar(db, QStringLiteral("SELECT count(*) FROM filler"));
        QCOMPARE(rows, qint64(batches) * 50);
    }
    // Only a checkpoint writes pages into the database file itself (this connection never does).
    QVERIFY(QFileInfo(path()).size() > 4096 * 4);
}

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
