#include "DirectoryPage.h"
#include "ui_DirectoryPage.h"

#include "AudienceList.h"
#include "Dialogs.h"
#include "DirectoryWorker.h"

#include "common/Logging.h"
#include "directory/DirectoryQueries.h"
#include "directory/RosterModel.h"
#include "directory/SearchIndex.h"
#include "directory/TeamTreeModel.h"

#include <QAction>
#include <QDateTime>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QMenu>
#include <QStandardPaths>

namespace herald::ui {

using directory::RosterModel;
using directory::TeamTreeModel;

DirectoryPage::DirectoryPage(const store::Database *db, QWidget *parent)
    : QWidget(parent)
    , m_ui(new Ui::DirectoryPage)
    , m_db(db)
    , m_audience(new AudienceList(this))
    , m_menu(new QMenu(tr("&Directory"), this))
{
    m_ui->setupUi(this);
    m_ui->detailsForm->hide();
    setupActions();
    if (m_db) {
        m_roster = new RosterModel(*m_db, this);
        m_teams = new TeamTreeModel(*m_db, this);
        m_jobs = new DirectoryJobs(*m_db, this);
        connect(m_jobs, &DirectoryJobs::busyChanged, this, &DirectoryPage::onBusyChanged);
        connect(m_jobs, &DirectoryJobs::progressChanged, this, &DirectoryPage::onProgress);
        connect(m_jobs, &DirectoryJobs::finished, this, &DirectoryPage::onJobFinished);
        connect(m_jobs, &DirectoryJobs::directoryChanged, this, &DirectoryPage::onDirectoryChanged);
        connect(m_jobs->worker(), &DirectoryWorker::searchIndexReady, this,
                &DirectoryPage::onSearchIndexReady);
        connect(m_roster, &RosterModel::errorOccurred, this,
                [this](const Error &error) { showMessage(error.message, true); });
        setupViews();
        // ~1 s at 100,000 people: loaded on the worker so that the first keystroke finds it ready.
        ++m_indexLoads;
        m_jobs->worker()->loadSearchIndex();
    } else {
        m_ui->searchEdit->setEnabled(false);
        m_ui->allPeopleButton->setEnabled(false);
    }

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(SearchDelayMs);
    connect(&m_searchTimer, &QTimer::timeout, this, &DirectoryPage::applySearch);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this] { m_searchTimer.start(); });
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer.stop();
        applySearch();
        m_ui->rosterView->setFocus(Qt::ShortcutFocusReason);
    });
    connect(m_ui->allPeopleButton, &QPushButton::clicked, this, &DirectoryPage::showAllPeople);
    connect(m_ui->closeMessageButton, &QToolButton::clicked, m_ui->messageFrame, &QWidget::hide);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &DirectoryPage::cancelJob);
    connect(m_ui->clearAudienceButton, &QPushButton::clicked, m_audience, &AudienceList::clear);
    connect(m_audience, &AudienceList::changed, this, &DirectoryPage::updateAudienceLabel);
    updateAudienceLabel();
    updateCount();
    updateActions();
}

DirectoryPage::~DirectoryPage()
{
    // The jobs (a worker thread, a download, a sync) stop before the models and the view go.
    delete m_jobs;
    m_jobs = nullptr;
}

void DirectoryPage::setupActions()
{
    m_importAction = new QAction(tr("&Import into directory…"), this);
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setStatusTip(tr("Import the bot's install events (.jsonl) or a CSV of people"));
    connect(m_importAction, &QAction::triggered, this, &DirectoryPage::chooseImportFile);

    m_syncAction = new QAction(tr("S&ync directory"), this);
    m_syncAction->setObjectName(QStringLiteral("syncAction"));
    m_syncAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_syncAction->setStatusTip(
        tr("Refresh teams, channels and rosters from Teams through the signed-in bot"));
    connect(m_syncAction, &QAction::triggered, this, &DirectoryPage::startSync);

    m_cancelAction = new QAction(tr("&Cancel import or sync"), this);
    m_cancelAction->setObjectName(QStringLiteral("cancelAction"));
    connect(m_cancelAction, &QAction::triggered, this, &DirectoryPage::cancelJob);

    m_findAction = new QAction(tr("&Find people"), this);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, &DirectoryPage::focusSearch);

    m_addAction = new QAction(tr("&Add to audience"), this);
    m_addAction->setObjectName(QStringLiteral("addToAudienceAction"));
    m_addAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_addAction->setStatusTip(tr("Add the selected people to the audience of the next message"));
    connect(m_addAction, &QAction::triggered, this, &DirectoryPage::addSelectionToAudience);

    m_menu->addAction(m_findAction);
    m_menu->addAction(m_addAction);
    m_menu->addSeparator();
    m_menu->addAction(m_syncAction);
    m_menu->addAction(m_cancelAction);

    m_ui->importButton->setDefaultAction(m_importAction);
    m_ui->syncButton->setDefaultAction(m_syncAction);
    m_ui->addToAudienceButton->setDefaultAction(m_addAction);
    m_ui->rosterView->addAction(m_addAction);
    m_ui->rosterView->setContextMenuPolicy(Qt::ActionsContextMenu);
}

void DirectoryPage::setupViews()
{
    QTableView *table = m_ui->rosterView;
    table->setModel(m_roster);
    table->verticalHeader()->hide();
    // Fixed row heights: the view never measures rows it does not show.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->resizeSection(RosterModel::NameColumn, 200);
    header->resizeSection(RosterModel::EmailColumn, 240);
    header->resizeSection(RosterModel::TeamsColumn, 180);
    table->sortByColumn(RosterModel::NameColumn, Qt::AscendingOrder);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                showPerson(current.isValid() ? current.data(RosterModel::PersonIdRole).toString()
                                             : QString());
            });
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DirectoryPage::updateActions);
    connect(m_roster, &QAbstractItemModel::modelReset, this, [this] {
        clearDetails();
        updateCount();
        updateActions();
    });

    QTreeView *tree = m_ui->teamTree;
    tree->setModel(m_teams);
    tree->header()->setStretchLastSection(false);
    tree->header()->setSectionResizeMode(TeamTreeModel::NameColumn, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(TeamTreeModel::MembersColumn, QHeaderView::ResizeToContents);
    connect(tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &DirectoryPage::onTeamChosen);
    // Extra width goes to the roster.
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setStretchFactor(2, 0);
    m_ui->splitter->setSizes({260, 700, 300});
}

void DirectoryPage::setConnector(connector::ConnectorClient *client)
{
    if (m_jobs)
        m_jobs->setConnector(client);
    updateActions();
    startPendingWork();
}

bool DirectoryPage::isBusy() const
{
    return m_jobs && m_jobs->isBusy();
}

bool DirectoryPage::hasPendingWork() const
{
    return isBusy() || !m_pendingImports.isEmpty() || (m_syncRequested && m_jobs);
}

bool DirectoryPage::isEmpty() const
{
    if (!m_db)
        return true;
    const auto counts = directory::DirectoryQueries(*m_db).counts();
    return !counts || counts->people == 0;
}

void DirectoryPage::updateActions()
{
    const bool busy = isBusy();
    m_importAction->setEnabled(m_db && !busy);
    m_syncAction->setEnabled(m_db && !busy && m_jobs->connector());
    m_syncAction->setToolTip(m_jobs && m_jobs->connector() ? tr("Sync the directory from Teams (F5)")
                                                           : tr("Sign in to a bot to sync the directory"));
    m_ui->syncButton->setToolTip(m_syncAction->toolTip());
    m_cancelAction->setEnabled(busy);
    m_ui->cancelButton->setEnabled(busy);
    const bool selected = m_roster && m_ui->rosterView->selectionModel()->hasSelection();
    m_addAction->setEnabled(selected);
    m_ui->clearAudienceButton->setEnabled(!m_audience->isEmpty());
}

void DirectoryPage::chooseImportFile()
{
    if (!m_importAction->isEnabled())
        return;
    chooseFile(this, QFileDialog::AcceptOpen, tr("Import into the directory"),
               QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
               {tr("Install events and people (*.jsonl *.json *.ndjson *.csv)"),
                tr("Install events as JSON lines (*.jsonl *.json *.ndjson)"), tr("People as CSV (*.csv)"),
                tr("All files (*)")},
               [this](const QString &path) { importFile(path); });
}

void DirectoryPage::importFile(const QString &path)
{
    importFiles({path});
}

void DirectoryPage::importFiles(const QStringList &paths)
{
    if (!m_jobs) {
        showMessage(tr("Nothing can be imported: the directory's database is not open."), true);
        return;
    }
    m_pendingImports += paths;
    startPendingWork();
}

void DirectoryPage::startPendingWork()
{
    if (!m_jobs || isBusy())
        return;
    if (!m_pendingImports.isEmpty()) {
        m_jobs->importFile(m_pendingImports.takeFirst());
        return;
    }
    if (m_syncRequested && m_jobs->connector()) {
        m_syncRequested = false;
        m_jobs->sync();
    }
}

void DirectoryPage::importFromUrl(const QUrl &url, QNetworkAccessManager *nam, const QString &label)
{
    if (m_jobs)
        m_jobs->importUrl(url, nam, label);
}

void DirectoryPage::startSync()
{
    if (m_jobs && m_syncAction->isEnabled())
        m_jobs->sync();
}

void DirectoryPage::requestSync()
{
    m_syncRequested = true;
    startPendingWork();
}

void DirectoryPage::cancelJob()
{
    m_pendingImports.clear();
    m_syncRequested = false;
    if (m_jobs)
        m_jobs->cancel();
}

void DirectoryPage::focusSearch()
{
    Q_EMIT showRequested();
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}

void DirectoryPage::onBusyChanged(bool busy)
{
    m_ui->progressPane->setVisible(busy);
    if (!busy) {
        m_ui->progressBar->setRange(0, 100);
        m_ui->progressBar->reset();
    }
    updateActions();
    Q_EMIT busyChanged(busy);
}

void DirectoryPage::onProgress(const QString &text, qint64 value, qint64 maximum)
{
    m_ui->progressLabel->setText(text);
    if (maximum <= 0) {
        m_ui->progressBar->setRange(0, 0); // busy indicator
        return;
    }
    // QProgressBar counts in int: scale bytes to per-mille.
    m_ui->progressBar->setRange(0, 1000);
    m_ui->progressBar->setValue(int(qBound(qint64(0), value * 1000 / maximum, qint64(1000))));
}

void DirectoryPage::onJobFinished(DirectoryJobs::Job job, bool ok, const QString &message)
{
    showMessage(message, !ok);
    Q_EMIT jobFinished(ok, message);
    if (job == DirectoryJobs::Job::Sync)
        m_syncRequested = false; // a failed or cancelled sync is not retried on its own
    if (!ok && job != DirectoryJobs::Job::Sync)
        m_syncRequested = false; // the import it was to complete failed
    startPendingWork();
}

void DirectoryPage::onDirectoryChanged()
{
    const QString team = m_roster->team();
    m_teams->reload();
    // Keep the chosen team selected when it still exists.
    const QModelIndex teamIndex = m_teams->indexOf(team);
    if (teamIndex.isValid())
        m_ui->teamTree->setCurrentIndex(teamIndex);
    else if (!team.isEmpty())
        m_roster->setTeam(QString());
    // A search reloads once the fresh index is in (see onSearchIndexReady); a plain list reloads now.
    if (m_roster->search().isEmpty())
        m_roster->reload();
    ++m_indexLoads;
    m_searchPending = !m_roster->search().isEmpty();
    m_jobs->worker()->loadSearchIndex();
    updateCount();
}

void DirectoryPage::onSearchIndexReady()
{
    --m_indexLoads;
    if (auto index = m_jobs->worker()->takeSearchIndex())
        m_roster->setSearchIndex(std::move(index)); // reloads when a search is shown
    if (m_indexLoads > 0)
        return; // a fresher one is on its way
    const bool pending = m_searchPending;
    m_searchPending = false;
    if (pending)
        applySearch();
    updateCount();
    Q_EMIT searchReady();
}

void DirectoryPage::applySearch()
{
    if (!m_roster)
        return;
    const QString text = m_ui->searchEdit->text().trimmed();
    if (m_indexLoads > 0 && !text.isEmpty()) {
        // Searching now would load the index on this thread: wait for the worker's.
        m_searchPending = true;
        updateCount();
        return;
    }
    m_roster->setSearch(text);
    updateCount();
}

void DirectoryPage::onTeamChosen()
{
    const QModelIndex current = m_ui->teamTree->currentIndex();
    if (!current.isValid())
        return;
    m_roster->setTeam(current.data(TeamTreeModel::TeamIdRole).toString());
}

void DirectoryPage::showAllPeople()
{
    if (!m_roster)
        return;
    m_ui->teamTree->selectionModel()->clear();
    m_roster->setTeam(QString());
}

void DirectoryPage::updateCount()
{
    if (!m_roster) {
        m_ui->countLabel->setText(tr("The directory is not available."));
        return;
    }
    const qint64 count = m_roster->totalCount();
    QString where = tr("in the directory");
    if (!m_roster->team().isEmpty()) {
        const QModelIndex team = m_teams->indexOf(m_roster->team());
        where =
            tr("in %1").arg(team.isValid() ? team.siblingAtColumn(0).data().toString() : m_roster->team());
    }
    QString text;
    if (m_roster->search().isEmpty())
        text = tr("%Ln person(s) %1", nullptr, int(qMin<qint64>(count, INT_MAX))).arg(where);
    else
        text = tr("%Ln person(s) %1 matching \"%2\"", nullptr, int(qMin<qint64>(count, INT_MAX)))
                   .arg(where, m_roster->search());
    if (m_searchPending)
        text = tr("%1 — preparing the search…", "%1: the count of people shown").arg(text);
    m_ui->countLabel->setText(text);
}

QStringList DirectoryPage::selectedPersonIds() const
{
    QStringList ids;
    if (!m_roster)
        return ids;
    // Ranges, not indexes: a select-all of 100,000 rows is one range. Long ranges are read in large chunks
    // rather than through the model's small page cache.
    constexpr int chunk = 2000;
    const QItemSelection selection = m_ui->rosterView->selectionModel()->selection();
    for (const QItemSelectionRange &range : selection) {
        if (range.height() <= chunk) {
            for (int row = range.top(); row <= range.bottom(); ++row)
                ids.append(m_roster->personId(row));
            continue;
        }
        const directory::DirectoryQueries queries(*m_db);
        for (qint64 offset = range.top(); offset <= range.bottom(); offset += chunk) {
            const auto people = queries.people(m_roster->filter(), offset,
                                               int(qMin<qint64>(chunk, range.bottom() - offset + 1)));
            if (!people) {
                qCWarning(lcDirectory) << "selection:" << people.error().message;
                break;
            }
            for (const auto &person : *people)
                ids.append(person.id);
        }
    }
    ids.removeAll(QString());
    ids.removeDuplicates();
    return ids;
}

void DirectoryPage::addSelectionToAudience()
{
    const QStringList ids = selectedPersonIds();
    if (ids.isEmpty())
        return;
    const int added = m_audience->add(ids);
    Q_EMIT addToAudience(ids);
    QString text = tr("Added %Ln people to the audience.", nullptr, added);
    if (added < ids.size())
        text += QLatin1Char(' ') + tr("%Ln were already in it.", nullptr, int(ids.size()) - added);
    m_ui->audienceLabel->setText(text + QLatin1Char(' ') +
                                 tr("Audience: %Ln people", nullptr, m_audience->count()));
}

void DirectoryPage::updateAudienceLabel()
{
    m_ui->audienceLabel->setText(m_audience->isEmpty()
                                     ? tr("The audience is empty.")
                                     : tr("Audience: %Ln people", nullptr, m_audience->count()));
    updateActions();
}

void DirectoryPage::showPerson(const QString &personId)
{
    if (personId.isEmpty() || !m_db) {
        clearDetails();
        return;
    }
    const auto person = directory::DirectoryQueries(*m_db).person(personId);
    if (!person) {
        clearDetails();
        m_ui->detailsPlaceholder->setText(person.error().message);
        return;
    }
    fillDetails(*person);
    m_shownPerson = personId;
    Q_EMIT personShown(personId);
}

void DirectoryPage::fillDetails(const directory::PersonDetails &person)
{
    m_ui->nameValue->setText(person.name.isEmpty() ? person.id : person.name);
    m_ui->emailValue->setText(person.email.isEmpty() ? tr("Not known") : person.email);
    m_ui->upnValue->setText(person.userPrincipalName.isEmpty() ? tr("Not known") : person.userPrincipalName);
    QStringList teams;
    for (const auto &membership : person.memberships) {
        const QString name = membership.teamName.isEmpty() ? membership.teamId : membership.teamName;
        teams.append(membership.active ? name : tr("%1 (left)").arg(name));
    }
    m_ui->teamsValue->setText(teams.isEmpty() ? tr("None") : teams.join(QStringLiteral(", ")));
    const QString reason = directory::ReachabilityText::reason(person.reachability, person.unreachableReason);
    const QString label = directory::ReachabilityText::label(person.reachability);
    m_ui->reachValue->setText(reason.isEmpty() ? label : tr("%1 — %2").arg(label, reason));
    m_ui->lastMessageValue->setText(
        person.lastMessageAtMs > 0
            ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(person.lastMessageAtMs), QLocale::LongFormat)
            : tr("Never"));
    m_ui->conversationValue->setText(person.conversationId.isEmpty() ? tr("Not created yet")
                                                                     : person.conversationId);
    m_ui->detailsPlaceholder->hide();
    m_ui->detailsForm->show();
}

void DirectoryPage::clearDetails()
{
    m_shownPerson.clear();
    m_ui->detailsForm->hide();
    m_ui->detailsPlaceholder->setText(tr("Select a person to see their details."));
    m_ui->detailsPlaceholder->show();
}

void DirectoryPage::showMessage(const QString &text, bool error)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageFrame->setProperty("error", error);
    m_ui->messageFrame->setStyleSheet(
        error ? QStringLiteral("QFrame#messageFrame { background: #fdecea; } QLabel { color: #5f2120; }")
              : QStringLiteral("QFrame#messageFrame { background: #e8f4ea; } QLabel { color: #1e4620; }"));
    m_ui->messageFrame->show();
}

QString DirectoryPage::messageText() const
{
    return m_ui->messageFrame->isHidden() ? QString() : m_ui->messageLabel->text();
}

} // namespace herald::ui
