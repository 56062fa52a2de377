#include "DirectoryTestData.h"

#include "directory/DirectoryImporter.h"
#include "directory/DirectoryQueries.h"
#include "directory/RosterModel.h"
#include "directory/SearchIndex.h"
#include "directory/TeamTreeModel.h"
#include "store/Database.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace herald;
using namespace herald::directory;
using namespace herald::test;

// Queries and the GUI's models: search ignoring case and accents, sorting, counts, lazy paging, and every
// model under QAbstractItemModelTester.
class tst_Models final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void search_data();
    void search();
    void teamFilterAndCounts();
    void sorting();
    void teamTreeModel();
    void rosterModelPagesLazily();
    void rosterModelSearchAndSort();
    void searchIndexSeesChanges();
    void searchIndexSortsLikeSql_data();
    void searchIndexSortsLikeSql();
    void partialUpdatesKeepSearchKeys();

private:
    void import(const QByteArray &content, DirectoryImporter::Format format);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::Database> m_db;
};

void tst_Models::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_Models::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = store::Database::open(m_dir->filePath(QStringLiteral("herald.sqlite")));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    const QByteArray people =
        "id,name,email,userPrincipalName,teamId\n"
        "29:1jose,José García,jose.garcia@contoso.example,jgarcia@contoso.onmicrosoft.example,19:t1\n"
        "29:1muller,Jürgen Müller,juergen.mueller@contoso.example,,19:t1;19:t2\n"
        "29:1lukasz,Łukasz Żółć,lukasz@contoso.example,,19:t2\n"
        "29:1wang,王小明,xiaoming.wang@contoso.example,,19:t2\n"
        "29:1ana,ANA SMITH,ana.smith@contoso.example,,19:t1\n"
        "29:1pct,Percent 100% Sure,pct_under@contoso.example,,\n";
    import(people, DirectoryImporter::Format::Csv);
    import(line(channelEvent({member(kBot)}, {}, QStringLiteral("Team With Channels"))),
           DirectoryImporter::Format::JsonLines);
}

void tst_Models::cleanup()
{
    m_db.reset();
}

void tst_Models::import(const QByteArray &content, DirectoryImporter::Format format)
{
    QByteArray copy = content;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    auto report = DirectoryImporter(*m_db).importDevice(&buffer, format);
    QVERIFY(report.ok());
    QCOMPARE(report->rejected, 0);
}

void tst_Models::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected"); // ids, in name order
    QTest::newRow("jose finds José") << QStringLiteral("jose") << QStringList{QStringLiteral("29:1jose")};
    QTest::newRow("JOSÉ upper") << QStringLiteral("JOSÉ") << QStringList{QStringLiteral("29:1jose")};
    QTest::newRow("muller finds Müller")
        << QStringLiteral("muller") << QStringList{QStringLiteral("29:1muller")};
    QTest::newRow("infix") << QStringLiteral("rcí") << QStringList{QStringLiteral("29:1jose")};
    QTest::newRow("lukasz zolc") << QStringLiteral("lukasz zol") << QStringList{QStringLiteral("29:1lukasz")};
    QTest::newRow("email part") << QStringLiteral("mueller@") << QStringList{QStringLiteral("29:1muller")};
    QTest::newRow("upn") << QStringLiteral("jgarcia@contoso.onmicrosoft")
                         << QStringList{QStringLiteral("29:1jose")};
    QTest::newRow("non-Latin") << QStringLiteral("小明") << QStringList{QStringLiteral("29:1wang")};
    QTest::newRow("two letters") << QStringLiteral("an")
                                 << QStringList{QStringLiteral("29:1ana"),
                                                QStringLiteral("29:1wang")}; // xiaoming.wang
    QTest::newRow("like wildcards are literal")
        << QStringLiteral("100%") << QStringList{QStringLiteral("29:1pct")};
    QTest::newRow("underscore literal") << QStringLiteral("t_u") << QStringList{QStringLiteral("29:1pct")};
    QTest::newRow("quote") << QStringLiteral("\"jose") << QStringList();
    QTest::newRow("miss") << QStringLiteral("zzqx") << QStringList();
    QTest::newRow("across fields does not match") << QStringLiteral("garcia jose") << QStringList();
}

void tst_Models::search()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    PersonFilter filter;
    filter.search = query;
    SearchIndex index(*m_db);
    // The same answer from the table scan (CLI) and from the in-memory index (models).
    for (SearchIndex *with : {static_cast<SearchIndex *>(nullptr), &index}) {
        DirectoryQueries queries(*m_db, with);
        auto count = queries.countPeople(filter);
        QVERIFY(count.ok());
        auto rows = queries.people(filter, 0, 50);
        QVERIFY(rows.ok());
        QStringList ids;
        for (const PersonRow &r : *rows)
            ids << r.id;
        QCOMPARE(ids, expected);
        QCOMPARE(*count, expected.size());
    }
}

void tst_Models::teamFilterAndCounts()
{
    DirectoryQueries queries(*m_db);
    PersonFilter t1;
    t1.teamId = QStringLiteral("19:t1");
    QCOMPARE(*queries.countPeople(t1), 3);
    t1.search = QStringLiteral("smith");
    QCOMPARE(*queries.countPeople(t1), 1);
    SearchIndex index(*m_db);
    QCOMPARE(*DirectoryQueries(*m_db, &index).countPeople(t1), 1);
    auto rows =
        queries.people(PersonFilter{QStringLiteral("19:t2"), {}, false, PersonSort::Name, false}, 0, 10);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 3);
    auto counts = queries.counts();
    QVERIFY(counts.ok());
    QCOMPARE(counts->people, 6);
    QCOMPARE(counts->teams, 3);
    QCOMPARE(counts->memberships, 6);
    auto teams = queries.teams();
    QVERIFY(teams.ok());
    QCOMPARE(teams->size(), 3);
    QCOMPARE(teams->at(0).name, QStringLiteral("Team With Channels")); // named teams first
    const auto muller = queries.person(QStringLiteral("29:1muller"));
    QVERIFY(muller.ok());
    QCOMPARE(muller->memberships.size(), 2);
    QCOMPARE(muller->reachability, Reachability::Unknown);
    QVERIFY(!queries.person(QStringLiteral("29:1nobody")).ok());
    QCOMPARE(queries.findTeam(QStringLiteral("team with channels"))->id, kTeam);
    QVERIFY(!queries.findTeam(QStringLiteral("no such team")).ok());
}

void tst_Models::sorting()
{
    DirectoryQueries queries(*m_db);
    PersonFilter filter;
    auto byName = queries.people(filter, 0, 10);
    QVERIFY(byName.ok());
    QCOMPARE(byName->constFirst().id, QStringLiteral("29:1ana")); // "ana smith" < "jose…" < "jurgen…"
    QCOMPARE(byName->at(1).id, QStringLiteral("29:1jose"));
    filter.descending = true;
    QCOMPARE(queries.people(filter, 0, 10)->constLast().id, QStringLiteral("29:1ana"));
    filter.descending = false;
    filter.sort = PersonSort::Email;
    QCOMPARE(queries.people(filter, 0, 10)->constFirst().id, QStringLiteral("29:1ana"));
    QCOMPARE(queries.people(filter, 1, 10)->constFirst().id, QStringLiteral("29:1jose"));
    QCOMPARE(queries.people(filter, 0, 2)->size(), 2);
}

void tst_Models::teamTreeModel()
{
    TeamTreeModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), 2);
    const QModelIndex team = model.indexOf(kTeam);
    QVERIFY(team.isValid());
    QCOMPARE(team.data().toString(), QStringLiteral("Team With Channels"));
    QCOMPARE(model.rowCount(team), 2); // General and Announcements
    QCOMPARE(model.index(0, 0, team).data().toString(), QStringLiteral("General"));
    QCOMPARE(model.index(1, 0, team).data(TeamTreeModel::KindRole).toInt(),
             int(TeamTreeModel::Kind::Channel));
    QCOMPARE(model.index(1, 0, team).data(TeamTreeModel::TeamIdRole).toString(), kTeam);
    QCOMPARE(model.parent(model.index(1, 0, team)), team);
    const QModelIndex t1 = model.indexOf(QStringLiteral("19:t1"));
    QCOMPARE(model.index(t1.row(), TeamTreeModel::MembersColumn).data().toLongLong(), 3);
    QCOMPARE(t1.data(TeamTreeModel::MemberCountRole).toLongLong(), 3);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    import(line(channelEvent({member(QStringLiteral("29:1new"))})), DirectoryImporter::Format::JsonLines);
    model.reload();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.indexOf(kTeam).data(TeamTreeModel::MemberCountRole).toLongLong(), 1);
}

void tst_Models::rosterModelPagesLazily()
{
    // More people than a few pages: the model counts them and reads pages only when asked.
    QByteArray csv = "id,name,email,teamId\n";
    for (int i = 0; i < 2500; ++i)
        csv += QStringLiteral("29:1bulk%1,Bulk Person %2,bulk%1@x.example,19:bulk\n")
                   .arg(i)
                   .arg(i, 4, 10, QLatin1Char('0'))
                   .toUtf8();
    import(csv, DirectoryImporter::Format::Csv);
    RosterModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 2506);
    QCOMPARE(model.totalCount(), 2506);
    model.setTeam(QStringLiteral("19:bulk"));
    QCOMPARE(model.rowCount(), 2500);
    QCOMPARE(model.index(0, RosterModel::NameColumn).data().toString(), QStringLiteral("Bulk Person 0000"));
    QCOMPARE(model.index(2499, RosterModel::NameColumn).data().toString(),
             QStringLiteral("Bulk Person 2499"));
    QCOMPARE(model.index(1234, RosterModel::EmailColumn).data().toString(),
             QStringLiteral("bulk1234@x.example"));
    // Walk everything: pages come and go, answers stay right — and never more than the cache's bound sit
    // in memory, however many rows were read.
    const qint64 bound = qint64(RosterModel::MaxCachedPages) * RosterModel::PageSize;
    QVERIFY(bound < 2500);
    for (int row = 0; row < model.rowCount(); row += 97) {
        QCOMPARE(model.index(row, 0).data(RosterModel::PersonIdRole).toString(),
                 QStringLiteral("29:1bulk%1").arg(row));
        QVERIFY2(model.cachedRowCount() <= bound, qPrintable(QString::number(model.cachedRowCount())));
    }
    // Full: ten pages, the last one read (rows 2400–2499) holding only 100.
    QCOMPARE(model.cachedRowCount(), bound - RosterModel::PageSize + 100);
    QVERIFY(model.pagesFetched() >= 2500 / RosterModel::PageSize); // every page was read at least once
    // A page read once and still cached is not read again.
    const qint64 fetched = model.pagesFetched();
    QCOMPARE(model.index(2499, 0).data(RosterModel::PersonIdRole).toString(), QStringLiteral("29:1bulk2499"));
    QCOMPARE(model.pagesFetched(), fetched);
    // Back to the start: its page had gone, so it is read again.
    QCOMPARE(model.index(0, 0).data(RosterModel::PersonIdRole).toString(), QStringLiteral("29:1bulk0"));
    QCOMPARE(model.pagesFetched(), fetched + 1);
    QVERIFY(model.cachedRowCount() <= bound);
    QCOMPARE(model.index(5, RosterModel::TeamsColumn).data().toString(),
             QStringLiteral("19:bulk")); // no name yet
    QCOMPARE(model.index(5, RosterModel::ReachabilityColumn).data().toString(),
             QStringLiteral("Not contacted yet"));
    QCOMPARE(model.index(5, 0).data(RosterModel::ReachableRole).toBool(), true);
    QCOMPARE(model.headerData(RosterModel::EmailColumn, Qt::Horizontal).toString(), QStringLiteral("Email"));
}

void tst_Models::rosterModelSearchAndSort()
{
    RosterModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy counts(&model, &RosterModel::countChanged);
    model.setSearch(QStringLiteral("MULLER"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Jürgen Müller"));
    QCOMPARE(model.index(0, RosterModel::TeamsColumn).data().toString(),
             QStringLiteral("19:t1, 19:t2")); // unnamed: ids
    QCOMPARE(counts.constLast().at(0).toLongLong(), 1);
    model.setSearch(QStringLiteral("contoso"));
    QCOMPARE(model.rowCount(), 6);
    model.sort(RosterModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(model.index(5, 0).data(RosterModel::PersonIdRole).toString(), QStringLiteral("29:1ana"));
    model.setTeam(QStringLiteral("19:t2"));
    QCOMPARE(model.rowCount(), 3);
    model.setSearch(QString());
    QCOMPARE(model.rowCount(), 3);
    model.setTeam(QString());
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.lastError().kind, Error::Kind::None);
}

void tst_Models::searchIndexSeesChanges()
{
    SearchIndex index(*m_db);
    PersonFilter filter;
    filter.search = QStringLiteral("zoë");
    QCOMPARE(index.match(filter)->size(), 0);
    import("id,name\n29:1zoe,Zoë Brontë\n", DirectoryImporter::Format::Csv);
    QCOMPARE(index.match(filter)->size(), 1); // the import bumped the generation: the index reloaded
    QCOMPARE(index.size(), 7);
}

void tst_Models::searchIndexSortsLikeSql_data()
{
    QTest::addColumn<int>("sort");
    QTest::addColumn<bool>("descending");
    for (const auto &[sort, label] :
         {std::pair{PersonSort::Name, "name"}, std::pair{PersonSort::Email, "email"},
          std::pair{PersonSort::Reachability, "reachability"}}) {
        QTest::newRow(qPrintable(QStringLiteral("%1 ascending").arg(QLatin1String(label))))
            << int(sort) << false;
        QTest::newRow(qPrintable(QStringLiteral("%1 descending").arg(QLatin1String(label))))
            << int(sort) << true;
    }
}

void tst_Models::searchIndexSortsLikeSql()
{
    // Ties everywhere: the same mail, no mail at all, the same reachability; rows inserted out of name order,
    // so that row id order and name order differ. The index (models) and SQL (CLI) must agree on every page.
    QByteArray csv = "id,name,email,conversationId\n";
    const char *const names[] = {"Zed Common", "Amy Common", "Bob Common",
                                 "Yul Common", "Cat Common", "Xia Common"};
    const char *const mails[] = {"same@common.example", "same@common.example", "", "b@common.example", "",
                                 "Ä@common.example"};
    for (int i = 0; i < 6; ++i)
        csv += QByteArray("29:1sort") + QByteArray::number(i) + ',' + names[i] + ',' + mails[i] + ',' +
               (i % 2 ? QByteArray("a:1sortconv") + QByteArray::number(i) : QByteArray()) + '\n';
    import(csv, DirectoryImporter::Format::Csv);
    import(line(installation(QStringLiteral("29:1sort4"), QStringLiteral("a:1c4"), QStringLiteral("remove"))),
           DirectoryImporter::Format::JsonLines);

    QFETCH(int, sort);
    QFETCH(bool, descending);
    PersonFilter filter;
    filter.search = QStringLiteral("common");
    filter.sort = PersonSort(sort);
    filter.descending = descending;
    SearchIndex index(*m_db);
    const auto ids = [&](SearchIndex *with, qint64 offset, int limit) {
        QStringList list;
        const auto rows = DirectoryQueries(*m_db, with).people(filter, offset, limit);
        for (const PersonRow &r : *rows)
            list << r.id;
        return list;
    };
    const QStringList sql = ids(nullptr, 0, 50);
    QCOMPARE(sql.size(), 6);
    QCOMPARE(ids(&index, 0, 50), sql);
    QCOMPARE(ids(&index, 2, 3), sql.mid(2, 3));
}

void tst_Models::partialUpdatesKeepSearchKeys()
{
    // An import that brings only some fields merges them into what is stored; the search keys must follow the
    // merged values (the UPN kept from before stays searchable), in SQL and in the index.
    import("id,name,email,userPrincipalName\n"
           "29:1partial,Rosa Díaz,rosa.diaz@contoso.example,rdiaz@contoso.onmicrosoft.example\n",
           DirectoryImporter::Format::Csv);
    import("id,email\n29:1partial,rosa.diaz@fabrikam.example\n", DirectoryImporter::Format::Csv); // no UPN
    import("id,userPrincipalName\n29:1jose,jose@fabrikam.onmicrosoft.example\n",
           DirectoryImporter::Format::Csv); // no email; José's was jose.garcia@contoso.example
    import("id,name\n29:1partial,Rosa Díaz-Peralta\n", DirectoryImporter::Format::Csv); // no mail at all
    SearchIndex index(*m_db);
    const auto found = [&](const QString &query) {
        PersonFilter filter;
        filter.search = query;
        QStringList answers;
        for (SearchIndex *with : {static_cast<SearchIndex *>(nullptr), &index}) {
            QStringList ids;
            const auto rows = DirectoryQueries(*m_db, with).people(filter, 0, 10);
            for (const PersonRow &r : *rows)
                ids << r.id;
            answers << ids.join(u',');
        }
        return answers;
    };
    const QStringList rosa{QStringLiteral("29:1partial"), QStringLiteral("29:1partial")};
    QCOMPARE(found(QStringLiteral("rdiaz@contoso")), rosa);    // the UPN, kept
    QCOMPARE(found(QStringLiteral("fabrikam.example")), rosa); // the new email
    QCOMPARE(found(QStringLiteral("rosa.diaz@contoso")),
             QStringList(2, QString()));              // the old email, replaced
    QCOMPARE(found(QStringLiteral("peralta")), rosa); // the new name
    QCOMPARE(found(QStringLiteral("jose.garcia@contoso")),
             QStringList(2, QStringLiteral("29:1jose"))); // email kept
    QCOMPARE(found(QStringLiteral("jose@fabrikam")), QStringList(2, QStringLiteral("29:1jose"))); // new UPN
    QCOMPARE(found(QStringLiteral("jgarcia")), QStringList(2, QString())); // the old UPN, replaced
}

QTEST_GUILESS_MAIN(tst_Models)
#include "tst_models.moc"
