#pragma once

#include "DirectoryJobs.h"

#include <QScopedPointer>
#include <QStringList>
#include <QTimer>
#include <QWidget>

class QAction;
class QMenu;
class QNetworkAccessManager;
class QUrl;

namespace Ui {
class DirectoryPage;
}
namespace herald::connector {
class ConnectorClient;
}
namespace herald::directory {
class RosterModel;
class TeamTreeModel;
struct PersonDetails;
} // namespace herald::directory
namespace herald::store {
class Database;
}

namespace herald::ui {

class AudienceList;

// The directory: teams and channels (with member counts) beside a lazy roster of the chosen team or of
// everyone, filtered as you type, with a details pane for the selected person, "Add to audience", and the
// jobs that fill it — import from a file or a URL on a worker thread, sync through the signed-in bot — with
// progress and cancel. Reads only through the directory's models and DirectoryQueries.
class DirectoryPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DirectoryPage)

public:
    static constexpr int SearchDelayMs = 150;

    // db may be null when the database could not be opened: the page then stays empty and says why
    // (showMessage). db must outlive the page.
    explicit DirectoryPage(const store::Database *db, QWidget *parent = nullptr);
    ~DirectoryPage() override;

    // The signed-in bot (null when signed out): F5 syncs through it.
    void setConnector(connector::ConnectorClient *client);

    void importFile(const QString &path);
    // Files dropped on the window: imported one after another.
    void importFiles(const QStringList &paths);
    void importFromUrl(const QUrl &url, QNetworkAccessManager *nam, const QString &label);
    void chooseImportFile();
    void startSync();
    // Syncs as soon as the page is idle and signed in (after the sandbox's org import: install events carry
    // ids only, the rosters bring names and memberships).
    void requestSync();
    void cancelJob();
    void focusSearch();

    bool isBusy() const;
    // Busy, or an import or a requested sync is still to come.
    bool hasPendingWork() const;
    // True when no one is in the directory (or there is no database).
    bool isEmpty() const;
    bool hasDatabase() const { return m_db != nullptr; }
    // A sentence above the lists (import results, failures); error tints it.
    void showMessage(const QString &text, bool error = false);
    QString messageText() const;

    AudienceList *audience() const { return m_audience; }
    directory::RosterModel *rosterModel() const { return m_roster; }
    directory::TeamTreeModel *teamModel() const { return m_teams; }
    DirectoryJobs *jobs() const { return m_jobs; }
    // For the window's File menu, and the window's "Directory" menu.
    QAction *importAction() const { return m_importAction; }
    QMenu *menu() const { return m_menu; }
    // Everyone selected in the roster, by person id.
    QStringList selectedPersonIds() const;
    // The person in the details pane; empty when none.
    QString shownPersonId() const { return m_shownPerson; }

Q_SIGNALS:
    // The selection was added to audience(); ids are those that were selected.
    void addToAudience(const QStringList &personIds);
    void busyChanged(bool busy);
    void jobFinished(bool ok, const QString &message);
    // The page wants to be the visible one (e.g. Ctrl+F from another page).
    void showRequested();
    void personShown(const QString &personId);
    // The search index finished loading; searches are instant from now on.
    void searchReady();

private:
    void setupActions();
    void setupViews();
    void updateActions();
    void startPendingWork();
    void onBusyChanged(bool busy);
    void onProgress(const QString &text, qint64 value, qint64 maximum);
    void onJobFinished(DirectoryJobs::Job job, bool ok, const QString &message);
    void onDirectoryChanged();
    void onSearchIndexReady();
    void applySearch();
    void onTeamChosen();
    void showAllPeople();
    void updateCount();
    void updateAudienceLabel();
    void addSelectionToAudience();
    void showPerson(const QString &personId);
    void fillDetails(const directory::PersonDetails &person);
    void clearDetails();

    QScopedPointer<Ui::DirectoryPage> m_ui;
    const store::Database *m_db;
    directory::RosterModel *m_roster = nullptr;
    directory::TeamTreeModel *m_teams = nullptr;
    DirectoryJobs *m_jobs = nullptr;
    AudienceList *m_audience;
    QMenu *m_menu;
    QAction *m_importAction;
    QAction *m_syncAction;
    QAction *m_cancelAction;
    QAction *m_findAction;
    QAction *m_addAction;
    QTimer m_searchTimer;
    int m_indexLoads = 0;         // search indexes loading on the worker; searches wait for them
    bool m_searchPending = false; // a search is waiting for the index
    QStringList m_pendingImports;
    bool m_syncRequested = false;
    QString m_shownPerson;
};

} // namespace herald::ui
