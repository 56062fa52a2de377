// The directory page driven like a person would: typing into the search box, clicking a team and a person,
// adding people to the audience, importing files on the worker thread — over a real database filled from
// the sandbox's install events.
#include "AppController.h"
#include "AudienceList.h"
#include "DirectoryPage.h"
#include "MainWindow.h"

#include "directory/DirectoryImporter.h"
#include "directory/DirectoryQueries.h"
#include "directory/RosterModel.h"
#include "directory/TeamTreeModel.h"
#include "sandbox/Organisation.h"
#include "sandbox/SandboxServer.h"
#include "store/Database.h"

#include <QAction>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace herald;
using directory::RosterModel;
using directory::TeamTreeModel;

class TestDirectoryPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_files.isValid());
        sandbox::SandboxOptions options;
        options.teams = 4;
        options.members = 120;
        m_sandbox = std::make_unique<sandbox::SandboxServer>(options);
        QVERIFY(m_sandbox->listen().ok());
        // The org as install events, the way a bot backend stores them.
        QNetworkReply *reply = m_nam.get(QNetworkRequest(installsUrl()));
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(10000));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        m_installs = m_files.filePath(QStringLiteral("installs.jsonl"));
        QFile file(m_installs);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(reply->readAll());
        reply->deleteLater();
        writeOrganisationFiles();
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = store::Database::open(m_dir->filePath(QStringLiteral("herald.sqlite")));
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        m_db = std::move(db).value();
    }

    void cleanup() { m_db.reset(); }

    void searchFiltersTheRowsAsYouType()
    {
        fill();
        ui::DirectoryPage page(m_db.get());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTableView *view = child<QTableView>(page, "rosterView");
        const int everyone = m_sandbox->organisation().memberCount();
        QCOMPARE(view->model()->rowCount(), everyone);

        // A surname shared by some but not all: what the user types, and what the table must end up showing.
        // (QTest types ASCII only.)
        QString surname;
        qint64 expected = 0;
        for (int i = 0; i < everyone && expected < 2; ++i) {
            surname = m_sandbox->organisation().person(i).surname;
            bool ascii = true;
            for (QChar c : surname)
                ascii = ascii && c.unicode() < 0x80 && c.isLetter();
            if (!ascii)
                continue;
            directory::PersonFilter filter;
            filter.search = surname;
            const auto count = directory::DirectoryQueries(*m_db).countPeople(filter);
            QVERIFY(count.ok());
            expected = *count;
        }
        QVERIFY2(expected >= 2 && expected < everyone, qPrintable(surname));

        auto *search = child<QLineEdit>(page, "searchEdit");
        QTest::keyClicks(search, surname);
        QCOMPARE(view->model()->rowCount(), everyone); // debounced: not a query per keystroke
        QTRY_COMPARE(view->model()->rowCount(), int(expected));
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QString shown = view->model()->index(row, RosterModel::NameColumn).data().toString() +
                                  u' ' +
                                  view->model()->index(row, RosterModel::EmailColumn).data().toString();
            QVERIFY2(shown.contains(surname, Qt::CaseInsensitive), qPrintable(shown));
        }
        QVERIFY2(child<QLabel>(page, "countLabel")->text().contains(surname),
                 qPrintable(child<QLabel>(page, "countLabel")->text()));

        search->clear();
        QTRY_COMPARE(view->model()->rowCount(), everyone);
        QTest::keyClicks(search, QStringLiteral("zzqx-nobody"));
        QTRY_COMPARE(view->model()->rowCount(), 0);
    }

    void selectingAPersonShowsTheirDetails()
    {
        fill();
        ui::DirectoryPage page(m_db.get());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTableView *view = child<QTableView>(page, "rosterView");
        QCOMPARE(page.shownPersonId(), QString());
        const QModelIndex index = view->model()->index(3, RosterModel::NameColumn);
        const QString id = index.data(RosterModel::PersonIdRole).toString();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
        QTRY_COMPARE(page.shownPersonId(), id);

        const auto person = directory::DirectoryQueries(*m_db).person(id);
        QVERIFY(person.ok());
        QCOMPARE(child<QLabel>(page, "nameValue")->text(), person->name);
        QCOMPARE(child<QLabel>(page, "emailValue")->text(), person->email);
        QVERIFY(!person->memberships.isEmpty());
        QVERIFY(
            child<QLabel>(page, "teamsValue")->text().contains(person->memberships.constFirst().teamName));
        QVERIFY(child<QLabel>(page, "reachValue")
                    ->text()
                    .startsWith(index.siblingAtColumn(RosterModel::ReachabilityColumn).data().toString()));
        QCOMPARE(child<QLabel>(page, "lastMessageValue")->text(), QStringLiteral("Never"));
        QVERIFY(child<QLabel>(page, "nameValue")->isVisible());
    }

    void hostileNamesAreShownVerbatim()
    {
        // Names, addresses and file names are data: a label that guessed rich text would render the markup
        // (bold, a link, a script element) instead of showing what is stored.
        const QString name =
            QStringLiteral("<b>Bold</b> <a href=\"https://evil.example\">Click</a><script>x()</script>");
        const QString email = QStringLiteral("<i>mail</i>@example.com");
        const QString file =
            writeFile(QStringLiteral("<b>people<i>.csv"), "id,name,email,teamId\n29:hostile-1,\"" +
                                                              name.toUtf8().replace("\"", "\"\"") + "\"," +
                                                              email.toUtf8() + ",19:<u>team</u>\n");
        ui::DirectoryPage page(m_db.get());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy finished(&page, &ui::DirectoryPage::jobFinished);
        page.importFile(file);
        QVERIFY2(!finished.isEmpty() || finished.wait(10000), qPrintable(page.messageText()));
        QVERIFY2(finished.constFirst().at(0).toBool(), qPrintable(page.messageText()));

        // What a user can select (and copy) out of a label is what it shows.
        const auto shown = [&page](const char *label) {
            QLabel *l = child<QLabel>(page, label);
            l->setSelection(0, int(l->text().size()));
            return l->selectedText();
        };
        QVERIFY2(shown("messageLabel").contains(QStringLiteral("<b>people<i>.csv")),
                 qPrintable(shown("messageLabel")));

        QTableView *view = child<QTableView>(page, "rosterView");
        QTRY_COMPARE(view->model()->rowCount(), 1);
        view->setCurrentIndex(view->model()->index(0, 0));
        QTRY_COMPARE(page.shownPersonId(), QStringLiteral("29:hostile-1"));
        QCOMPARE(shown("nameValue"), name);
        QCOMPARE(shown("emailValue"), email);
        QCOMPARE(shown("teamsValue"), QStringLiteral("19:<u>team</u>"));

        // Labels that cannot be selected: their format is checked, as is every label showing directory data.
        QTest::keyClicks(child<QLineEdit>(page, "searchEdit"), QStringLiteral("<b>"));
        QTRY_VERIFY(child<QLabel>(page, "countLabel")->text().contains(QStringLiteral("\"<b>\"")));
        for (const char *label : {"messageLabel", "countLabel", "audienceLabel", "detailsPlaceholder",
                                  "nameValue", "emailValue", "upnValue", "teamsValue", "reachValue",
                                  "lastMessageValue", "conversationValue", "progressLabel"})
            QVERIFY2(child<QLabel>(page, label)->textFormat() == Qt::PlainText, label);
    }

    void unreachablePeopleSayWhy()
    {
        fill();
        ui::DirectoryPage page(m_db.get());
        page.show();
        QTableView *view = child<QTableView>(page, "rosterView");
        // Sorting by reachability puts the unreachable last.
        view->sortByColumn(RosterModel::ReachabilityColumn, Qt::DescendingOrder);
        const QModelIndex first = view->model()->index(0, 0);
        QCOMPARE(first.data(RosterModel::ReachabilityRole).toInt(),
                 int(directory::Reachability::Unreachable));
        QCOMPARE(first.data(RosterModel::PersonIdRole).toString(), m_leaver);
        view->setCurrentIndex(first);
        QTRY_COMPARE(page.shownPersonId(), first.data(RosterModel::PersonIdRole).toString());
        const QString reach = child<QLabel>(page, "reachValue")->text();
        QVERIFY2(reach.contains(first.data(RosterModel::ReasonRole).toString()), qPrintable(reach));
        QVERIFY(!first.data(RosterModel::ReasonRole).toString().isEmpty());
    }

    void clickingATeamShowsItsRoster()
    {
        fill();
        ui::DirectoryPage page(m_db.get());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTreeView *tree = child<QTreeView>(page, "teamTree");
        QTableView *view = child<QTableView>(page, "rosterView");
        QCOMPARE(tree->model()->rowCount(), m_sandbox->organisation().teamCount());
        const QModelIndex team = tree->model()->index(1, TeamTreeModel::NameColumn);
        const qint64 members = team.data(TeamTreeModel::MemberCountRole).toLongLong();
        QVERIFY(members > 0 && members < view->model()->rowCount());
        QCOMPARE(team.siblingAtColumn(TeamTreeModel::MembersColumn).data().toLongLong(), members);

        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(team).center());
        QTRY_COMPARE(view->model()->rowCount(), int(members));
        QCOMPARE(page.rosterModel()->team(), team.data(TeamTreeModel::IdRole).toString());
        QVERIFY(child<QLabel>(page, "countLabel")->text().contains(team.data().toString()));

        QTest::mouseClick(child<QPushButton>(page, "allPeopleButton"), Qt::LeftButton);
        QTRY_COMPARE(view->model()->rowCount(), m_sandbox->organisation().memberCount());
    }

    void selectedPeopleGoToTheAudience()
    {
        fill();
        ui::DirectoryPage page(m_db.get());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTableView *view = child<QTableView>(page, "rosterView");
        QAction *add = page.findChild<QAction *>(QStringLiteral("addToAudienceAction"));
        QVERIFY(add);
        QVERIFY(!add->isEnabled()); // nothing selected yet
        const auto at = [view](int row) { return view->visualRect(view->model()->index(row, 0)).center(); };
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at(0));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ShiftModifier, at(2));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier, at(5));
        QTRY_VERIFY(add->isEnabled());

        QSignalSpy added(&page, &ui::DirectoryPage::addToAudience);
        QTest::mouseClick(child<QToolButton>(page, "addToAudienceButton"), Qt::LeftButton);
        QCOMPARE(added.size(), 1);
        const QStringList ids = added.constFirst().at(0).toStringList();
        QCOMPARE(ids.size(), 4);
        QCOMPARE(ids.constFirst(), view->model()->index(0, 0).data(RosterModel::PersonIdRole).toString());
        QVERIFY(ids.contains(view->model()->index(5, 0).data(RosterModel::PersonIdRole).toString()));
        QCOMPARE(page.audience()->ids(), ids);
        QVERIFY(child<QLabel>(page, "audienceLabel")->text().contains(QStringLiteral("4")));

        add->trigger(); // the same people again: still four
        QCOMPARE(page.audience()->count(), 4);
        QTest::mouseClick(child<QPushButton>(page, "clearAudienceButton"), Qt::LeftButton);
        QCOMPARE(page.audience()->count(), 0);
    }

    void selectAllAddsEveryoneShown()
    {
        QByteArray csv = "id,name\n";
        for (int i = 0; i < 4500; ++i)
            csv += QStringLiteral("29:many-%1,Person %2\n").arg(i).arg(i, 5, 10, QLatin1Char('0')).toUtf8();
        directory::DirectoryImporter importer(*m_db);
        QVERIFY(importer.importFile(writeFile(QStringLiteral("many.csv"), csv)).ok());
        ui::DirectoryPage page(m_db.get());
        page.show();
        QTableView *view = child<QTableView>(page, "rosterView");
        QCOMPARE(view->model()->rowCount(), 4500);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_A, Qt::ControlModifier);
        QSignalSpy added(&page, &ui::DirectoryPage::addToAudience);
        page.findChild<QAction *>(QStringLiteral("addToAudienceAction"))->trigger();
        QCOMPARE(added.size(), 1);
        const QStringList ids = added.constFirst().at(0).toStringList();
        QCOMPARE(ids.size(), 4500);
        QCOMPARE(ids.constFirst(), QStringLiteral("29:many-0"));
        QCOMPARE(ids.at(2345), view->model()->index(2345, 0).data(RosterModel::PersonIdRole).toString());
        QCOMPARE(ids.constLast(), QStringLiteral("29:many-4499"));
        QCOMPARE(page.audience()->count(), 4500);
    }

    void importRunsOnTheWorkerAndReportsRejectedLines()
    {
        fill();
        ui::DirectoryPage page(m_db.get());
        page.show();
        QTableView *view = child<QTableView>(page, "rosterView");
        const int before = view->model()->rowCount();
        const QString csv =
            writeFile(QStringLiteral("people.csv"),
                      "id,name,email,teamId\n"
                      "29:csv-1,Ada Quillfeather,ada@example.com,19:csv-team@thread.tacv2\n"
                      "not-an-id,Bad Row,bad@example.com,\n"
                      "29:csv-2,Bram Quillfeather,bram@example.com,19:csv-team@thread.tacv2\n"
                      "29:csv-3,Too,Many,Fields,Here\n"
                      "29:csv-4,Cleo Quillfeather,cleo@example.com,19:csv-team@thread.tacv2\n");
        QSignalSpy finished(&page, &ui::DirectoryPage::jobFinished);
        QSignalSpy busy(&page, &ui::DirectoryPage::busyChanged);
        page.importFile(csv);
        // Queued to the worker thread: the call returns at once with the job running and Cancel offered.
        QVERIFY(page.isBusy());
        QVERIFY(child<QPushButton>(page, "cancelButton")->isEnabled());
        QVERIFY(!page.importAction()->isEnabled());
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.constFirst().at(0).toBool(), false); // not complete: two lines were rejected
        const QString message = page.messageText();
        QVERIFY2(message.contains(QStringLiteral("Imported 3 record")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("line 3")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("line 5")), qPrintable(message));
        QCOMPARE(busy.size(), 2);
        QVERIFY(!page.isBusy());
        QVERIFY(page.importAction()->isEnabled());

        // The views reloaded: three more people and their team.
        QTRY_COMPARE(view->model()->rowCount(), before + 3);
        QVERIFY(page.teamModel()->indexOf(QStringLiteral("19:csv-team@thread.tacv2")).isValid());
        auto *search = child<QLineEdit>(page, "searchEdit");
        QTest::keyClicks(search, QStringLiteral("quillfeather"));
        QTRY_COMPARE(view->model()->rowCount(), 3);
    }

    void unsupportedFilesAreRefusedWithASentence()
    {
        ui::DirectoryPage page(m_db.get());
        QSignalSpy finished(&page, &ui::DirectoryPage::jobFinished);
        page.importFile(writeFile(QStringLiteral("photo.png"), "\x89PNG"));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.constFirst().at(0).toBool(), false);
        QVERIFY2(page.messageText().contains(QStringLiteral(".csv")), qPrintable(page.messageText()));
        QVERIFY(!page.isBusy());
    }

    void importCanBeCancelled()
    {
        QByteArray csv = "id,name,email\n";
        for (int i = 0; i < 12000; ++i)
            csv += QStringLiteral("29:bulk-%1,Bulk Person %1,bulk%1@example.com\n").arg(i).toUtf8();
        ui::DirectoryPage page(m_db.get());
        QSignalSpy finished(&page, &ui::DirectoryPage::jobFinished);
        page.importFile(writeFile(QStringLiteral("bulk.csv"), csv));
        QVERIFY(page.isBusy());
        child<QPushButton>(page, "cancelButton")->click();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.constFirst().at(0).toBool(), false);
        QVERIFY2(page.messageText().contains(QStringLiteral("cancelled")), qPrintable(page.messageText()));
        QVERIFY(page.rosterModel()->totalCount() < 12000);
    }

    void theSandboxOrganisationImportsFromItsUrl()
    {
        ui::DirectoryPage page(m_db.get());
        QVERIFY(page.isEmpty());
        QSignalSpy finished(&page, &ui::DirectoryPage::jobFinished);
        page.importFromUrl(installsUrl(), &m_nam, QStringLiteral("the sandbox's organisation"));
        QVERIFY(page.isBusy());
        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.constFirst().at(0).toBool(), qPrintable(page.messageText()));
        QVERIFY(!page.isEmpty());
        QCOMPARE(page.rosterModel()->rowCount(), installedCount());
        QCOMPARE(page.teamModel()->teamCount(), m_sandbox->organisation().teamCount());
        QVERIFY2(page.messageText().contains(QStringLiteral("the sandbox's organisation")),
                 qPrintable(page.messageText()));
    }

    void windowShortcutsAndDroppedFiles()
    {
        fill();
        ui::MainWindow window;
        auto *page = new ui::DirectoryPage(m_db.get());
        window.addPage(new QWidget, QStringLiteral("Other"));
        window.addPage(page, QStringLiteral("Directory"));
        window.addFileActions({page->importAction()});
        window.addMenu(page->menu());
        connect(&window, &ui::MainWindow::filesDropped, page, &ui::DirectoryPage::importFiles);
        connect(page, &ui::DirectoryPage::showRequested, &window, [&window, page] { window.showPage(page); });
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // Ctrl+F from another page brings the directory forward with the search box focused.
        QVERIFY(!page->isVisible());
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(page->isVisible());
        QTRY_VERIFY(child<QLineEdit>(*page, "searchEdit")->hasFocus());
        // Not signed in: F5 has nothing to sync through.
        QVERIFY(!page->findChild<QAction *>(QStringLiteral("syncAction"))->isEnabled());

        const QString csv = writeFile(QStringLiteral("dropped.csv"), "id,name\n29:dropped-1,Dropped Dana\n");
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(csv)});
        const QPoint at = window.rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QSignalSpy finished(page, &ui::DirectoryPage::jobFinished);
        QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished.constFirst().at(0).toBool(), qPrintable(page->messageText()));
        QTRY_COMPARE(page->rosterModel()->rowCount(), m_sandbox->organisation().memberCount() + 1);

        // Dropped on the search box (a line edit, which takes drops of text itself): imported all the same,
        // and the box does not get the file's path pasted into it.
        auto *search = child<QLineEdit>(*page, "searchEdit");
        search->clear();
        const QString second =
            writeFile(QStringLiteral("dropped-on-search.csv"), "id,name\n29:dropped-2,Dropped Dora\n");
        QMimeData onSearch;
        onSearch.setUrls({QUrl::fromLocalFile(second)});
        onSearch.setText(second); // file managers offer the path as text too: what a line edit would paste
        const QPoint inSearch = search->rect().center();
        QDragEnterEvent enterSearch(inSearch, Qt::CopyAction, &onSearch, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(search, &enterSearch);
        QVERIFY(enterSearch.isAccepted());
        QSignalSpy secondFinished(page, &ui::DirectoryPage::jobFinished);
        QDropEvent dropSearch(inSearch, Qt::CopyAction, &onSearch, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(search, &dropSearch);
        QVERIFY(dropSearch.isAccepted());
        QVERIFY(secondFinished.wait(10000));
        QVERIFY2(secondFinished.constFirst().at(0).toBool(), qPrintable(page->messageText()));
        QCOMPARE(search->text(), QString());
        QTRY_COMPARE(page->rosterModel()->rowCount(), m_sandbox->organisation().memberCount() + 2);
    }

    void sandboxFirstStartFillsTheDirectoryAndF5Syncs()
    {
        QTemporaryDir dir;
        auto dataDir = DataDirectory::open(dir.path());
        QVERIFY(dataDir.ok());
        const sandbox::SandboxOptions defaults;
        const sandbox::Organisation org(defaults.seed, defaults.teams, defaults.members, defaults.tenantId);
        QElapsedTimer timer;
        timer.start();
        ui::AppController controller(*dataDir, {true, QString()});
        ui::DirectoryPage *page = controller.directoryPage();
        QVERIFY(page && page->hasDatabase());
        QVERIFY(controller.database());
        QSignalSpy finished(page, &ui::DirectoryPage::jobFinished);
        controller.start();
        QVERIFY(page->isBusy()); // the org is on its way, off the UI thread
        QAction *sync = page->findChild<QAction *>(QStringLiteral("syncAction"));
        QCOMPARE(sync->shortcut(), QKeySequence(Qt::Key_F5));
        QVERIFY(!sync->isEnabled());

        // First the install events (ids only) …
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(page->messageText()));
        QCOMPARE(page->teamModel()->teamCount(), defaults.teams);
        // … then, signed in, a sync brings the rosters: everyone, with names.
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 2, 60000);
        qInfo() << "sandbox import and sync took" << timer.elapsed() << "ms";
        QVERIFY2(finished.at(1).at(0).toBool(), qPrintable(page->messageText()));
        QVERIFY2(page->messageText().startsWith(QStringLiteral("Synced")), qPrintable(page->messageText()));
        QCOMPARE(page->rosterModel()->rowCount(), org.memberCount());
        const QModelIndex first = page->rosterModel()->index(0, RosterModel::NameColumn);
        QVERIFY(!first.data().toString().startsWith(QStringLiteral("29:")));
        const QModelIndex team = page->teamModel()->index(0, TeamTreeModel::MembersColumn);
        QCOMPARE(team.data().toLongLong(),
                 qint64(org.team(org.teamIndex(team.data(TeamTreeModel::IdRole).toString())).members.size()));

        // F5 again: the same rosters, nothing new.
        QVERIFY(sync->isEnabled());
        QTest::keyClick(controller.mainWindow(), Qt::Key_F5);
        QVERIFY(page->isBusy());
        QVERIFY(!sync->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 3, 60000);
        QVERIFY2(finished.at(2).at(0).toBool(), qPrintable(page->messageText()));
        QCOMPARE(page->rosterModel()->rowCount(), org.memberCount());
        QVERIFY(sync->isEnabled());
    }

    void withoutADatabaseThePageSaysSo()
    {
        ui::DirectoryPage page(nullptr);
        page.showMessage(QStringLiteral("Herald could not open its database."), true);
        QVERIFY(!page.importAction()->isEnabled());
        QVERIFY(page.isEmpty());
        page.importFile(writeFile(QStringLiteral("x.csv"), "id\n29:x\n"));
        QVERIFY(page.messageText().contains(QStringLiteral("database")));
    }

private:
    QUrl installsUrl() const
    {
        return m_sandbox->baseUrl().resolved(QUrl(QStringLiteral("_sandbox/installs.jsonl")));
    }

    // The org as a bot backend would know it after a roster sync: the install events, everyone's details and
    // teams (CSV), and one person who then removed the app.
    void fill()
    {
        for (const QString &file : {m_installs, m_people, m_uninstall}) {
            directory::DirectoryImporter importer(*m_db);
            const auto report = importer.importFile(file);
            QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
            QVERIFY2(report->complete(), qPrintable(file));
        }
    }

    static QByteArray csvField(const QString &text)
    {
        QString quoted = text;
        quoted.replace(u'"', QStringLiteral("\"\""));
        return (u'"' + quoted + u'"').toUtf8();
    }

    void writeOrganisationFiles()
    {
        const sandbox::Organisation &org = m_sandbox->organisation();
        QByteArray csv = "id,name,givenName,surname,email,userPrincipalName,aadObjectId,teamId\n";
        for (int i = 0; i < org.memberCount(); ++i) {
            const sandbox::Person p = org.person(i);
            QStringList teams;
            for (int t : p.teams)
                teams.append(org.team(t).id);
            csv += QByteArrayList{csvField(p.id),          csvField(p.name),
                                  csvField(p.givenName),   csvField(p.surname),
                                  csvField(p.email),       csvField(p.userPrincipalName),
                                  csvField(p.aadObjectId), csvField(teams.join(u';'))}
                       .join(',') +
                   '\n';
        }
        m_people = m_files.filePath(QStringLiteral("people.csv"));
        QFile people(m_people);
        QVERIFY(people.open(QIODevice::WriteOnly));
        people.write(csv);

        int leaver = 0;
        while (!org.person(leaver).hasApp)
            ++leaver;
        m_leaver = org.person(leaver).id;
        const QJsonObject user{{QStringLiteral("id"), m_leaver}};
        const QJsonObject uninstall{
            {QStringLiteral("type"), QStringLiteral("installationUpdate")},
            {QStringLiteral("action"), QStringLiteral("remove")},
            {QStringLiteral("serviceUrl"), m_sandbox->baseUrl().toString()},
            {QStringLiteral("from"), user},
            {QStringLiteral("recipient"),
             QJsonObject{{QStringLiteral("id"), QStringLiteral("28:") + m_sandbox->options().appId}}},
            {QStringLiteral("conversation"),
             QJsonObject{{QStringLiteral("conversationType"), QStringLiteral("personal")},
                         {QStringLiteral("id"), org.person(leaver).conversationId}}},
            {QStringLiteral("channelData"),
             QJsonObject{{QStringLiteral("tenant"), QJsonObject{{QStringLiteral("id"), org.tenantId()}}}}},
        };
        m_uninstall = m_files.filePath(QStringLiteral("uninstall.jsonl"));
        QFile file(m_uninstall);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(uninstall).toJson(QJsonDocument::Compact) + '\n');
    }

    // People with the app: the install events name only them.
    int installedCount() const
    {
        return m_sandbox->organisation().memberCount() - m_sandbox->organisation().withoutAppCount();
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(content);
        return path;
    }

    template <typename T> static T *child(const QWidget &parent, const char *name)
    {
        T *widget = parent.findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }

    QTemporaryDir m_files;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    QNetworkAccessManager m_nam;
    QString m_installs;
    QString m_people;
    QString m_uninstall;
    QString m_leaver; // the person who removed the app
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::Database> m_db;
};

QTEST_MAIN(TestDirectoryPage)
#include "tst_directorypage.moc"
