#include "DirectorySync.h"

#include "DirectoryQueries.h"
#include "DirectoryWriter.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "connector/ConnectorCall.h"
#include "connector/ConnectorClient.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace herald::directory {

namespace {

bool isRetryable(const Error &e)
{
    return e.retryable || e.httpStatus == 429 || e.kind == Error::Kind::Network ||
           e.kind == Error::Kind::Timeout;
}

// Failures no other team would escape: wrong credentials, a refused host.
bool stopsEverything(const Error &e)
{
    return e.kind == Error::Kind::Identity || e.kind == Error::Kind::Policy ||
           e.kind == Error::Kind::Storage || (e.httpStatus == 401);
}

} // namespace

DirectorySync::DirectorySync(const store::Database &db, connector::ConnectorClient *client,
                             const Clock *clock, QObject *parent)
    : DirectorySync(db, client, clock, Options(), parent)
{
}

DirectorySync::DirectorySync(const store::Database &db, connector::ConnectorClient *client,
                             const Clock *clock, Options options, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_client(client)
    , m_pacer(clock, options.globalPerSecond)
    , m_options(options)
{
    m_wait.setSingleShot(true);
    connect(&m_wait, &QTimer::timeout, this, [this] {
        if (m_running && m_pending)
            send(QString(m_pendingThread), MakeCall(m_pending));
    });
}

DirectorySync::~DirectorySync()
{
    m_running = false;
    if (m_call && !m_call->isFinished())
        m_call->cancel();
}

void DirectorySync::start(const QStringList &teamIds)
{
    if (m_running)
        return;
    m_report = SyncReport();
    m_teams = teamIds;
    m_writer = std::make_unique<DirectoryWriter>(m_db);
    m_pass = m_teams.isEmpty();
    if (m_pass) {
        if (Status s = planPass(); !s) {
            m_writer.reset();
            QTimer::singleShot(0, this, [this, e = s.error()] { Q_EMIT finished(e); });
            return;
        }
    }
    m_teams.removeDuplicates();
    m_report.teams = int(m_teams.size());
    m_teamIndex = -1;
    m_running = true;
    qCInfo(lcDirectory) << "sync of" << m_teams.size() << "teams";
    QTimer::singleShot(0, this, &DirectorySync::nextTeam);
}

void DirectorySync::cancel()
{
    if (!m_running)
        return;
    m_report.cancelled = true;
    m_wait.stop();
    m_pending = nullptr;
    if (m_call && !m_call->isFinished())
        m_call->cancel(); // its callback sees m_report.cancelled and finishes
    else
        finish(Error::make(Error::Kind::Cancelled,
                           tr("The sync was cancelled; it will resume where it stopped.")));
}

void DirectorySync::finish(Status status)
{
    if (!m_running)
        return;
    m_running = false;
    m_wait.stop();
    m_pending = nullptr;
    m_writer.reset();
    if (status.ok() && !m_report.failures.isEmpty()) {
        const SyncReport::Failure &first = m_report.failures.constFirst();
        Error e = first.error;
        e.message =
            tr("%Ln team(s) could not be synced. The first: %1", nullptr, int(m_report.failures.size()))
                .arg(first.error.message);
        status = e;
    }
    qCInfo(lcDirectory) << "sync finished:" << m_report.teamsDone << "of" << m_report.teams << "teams,"
                        << m_report.members << "members," << m_report.left << "left," << m_report.throttled
                        << "throttled";
    Q_EMIT finished(status);
}

void DirectorySync::nextTeam()
{
    if (!m_running)
        return;
    ++m_teamIndex;
    if (m_teamIndex >= m_teams.size()) {
        finish(Status::success());
        return;
    }
    m_step = Step::Details;
    Q_EMIT teamStarted(m_teams.at(m_teamIndex), m_teamIndex, int(m_teams.size()));
    runStep();
}

// A sync of every team is a pass: each team the bot is in is marked pending in it (a negative sync_mark) and
// unmarked when its roster is complete. Pending teams left over mean a pass was interrupted (cancelled, the
// process killed, the network lost): it is resumed — the team stopped mid-roster first, from its saved
// continuation token, then the other pending teams (and any team never synced); teams it finished are not
// fetched again. Otherwise a new pass begins with every team, in name order.
Status DirectorySync::planPass()
{
    QSqlQuery q(m_db.connection());
    if (Status s =
            m_db.prepare(q, QStringLiteral("SELECT id, sync_token <> '', sync_mark, last_synced IS NULL"
                                           " FROM teams WHERE installed = 1 ORDER BY name, id"));
        !s)
        return s;
    if (Status s = m_db.run(q, QStringLiteral("sync pass")); !s)
        return s;
    QStringList all;
    QStringList midRoster; // pending, stopped mid-roster
    QStringList rest;      // pending, or never synced
    bool interrupted = false;
    qint64 newest = 0;
    while (q.next()) {
        const QString id = q.value(0).toString();
        const bool hasToken = q.value(1).toInt() != 0;
        const qint64 mark = q.value(2).toLongLong();
        all.append(id);
        newest = qMax(newest, qAbs(mark));
        interrupted = interrupted || mark < 0;
        if (mark < 0 && hasToken)
            midRoster.append(id);
        else if (mark < 0 || hasToken || q.value(3).toInt() != 0)
            rest.append(id);
    }
    if (interrupted) {
        m_teams = midRoster + rest;
        m_report.skipped = int(all.size() - m_teams.size());
        qCInfo(lcDirectory) << "resuming an interrupted sync:" << m_teams.size() << "teams left,"
                            << m_report.skipped << "already done";
        return Status::success();
    }
    m_teams = all;
    const qint64 pass = qMax(newest + 1, DirectoryWriter::nowMs());
    store::Transaction tx(m_db);
    Status s = tx.begin();
    for (const QString &id : std::as_const(all)) {
        if (s)
            s = m_writer->joinPass(id, pass);
    }
    if (s)
        s = tx.commit();
    return s;
}

qint64 DirectorySync::storedMark() const
{
    return m_pass ? -m_mark : m_mark; // pending in the pass until finishRoster()
}

Status DirectorySync::loadRosterState()
{
    const QString teamId = m_teams.at(m_teamIndex);
    QSqlQuery q(m_db.connection());
    if (Status s = m_db.prepare(q, QStringLiteral("SELECT sync_token, sync_mark FROM teams WHERE id = ?"));
        !s)
        return s;
    q.addBindValue(teamId);
    if (Status s = m_db.run(q, QStringLiteral("roster state")); !s)
        return s;
    m_token.clear();
    m_mark = 0;
    if (q.next()) {
        m_token = q.value(0).toString();
        m_mark = qAbs(q.value(1).toLongLong());
    }
    m_resumedToken = !m_token.isEmpty() && m_mark != 0;
    if (m_resumedToken) {
        ++m_report.resumed;
        qCInfo(lcDirectory) << "resuming a roster mid-way";
        return m_pass ? m_writer->saveRosterProgress(teamId, storedMark(), m_token) : Status::success();
    }
    m_token.clear();
    m_mark = qMax(m_mark + 1, DirectoryWriter::nowMs()); // a new roster pass: later than any earlier mark
    return m_writer->saveRosterProgress(teamId, storedMark(), QString());
}

void DirectorySync::runStep()
{
    if (!m_running)
        return;
    m_attempt = 0;
    const QString teamId = m_teams.at(m_teamIndex);
    switch (m_step) {
    case Step::Details:
        send(teamId, [this, teamId] {
            return m_client->teamDetails(teamId, [this](Result<connector::TeamDetails> r) {
                if (!m_running)
                    return;
                if (!r) {
                    if (!retryLater(r.error()))
                        teamFailed(r.error());
                    return;
                }
                storeDetails(*r);
            });
        });
        break;
    case Step::Channels:
        send(teamId, [this, teamId] {
            return m_client->channels(teamId, [this](Result<QList<connector::ChannelInfo>> r) {
                if (!m_running)
                    return;
                if (!r) {
                    if (!retryLater(r.error()))
                        teamFailed(r.error());
                    return;
                }
                storeChannels(*r);
            });
        });
        break;
    case Step::Roster:
        send(teamId, [this, teamId] {
            return m_client->pagedMembers(
                teamId, m_options.pageSize, m_token, [this](Result<connector::MembersPage> r) {
                    if (!m_running)
                        return;
                    if (!r) {
                        // A saved token Teams no longer accepts: start this roster again from the top.
                        if (m_resumedToken && r.error().httpStatus == 400) {
                            qCInfo(lcDirectory) << "saved continuation token refused; restarting the roster";
                            m_resumedToken = false;
                            m_token.clear();
                            m_mark = qMax(m_mark + 1, DirectoryWriter::nowMs());
                            if (Status s = m_writer->saveRosterProgress(m_teams.at(m_teamIndex), storedMark(),
                                                                        QString());
                                !s) {
                                fail(s.error());
                                return;
                            }
                            runStep();
                            return;
                        }
                        if (!retryLater(r.error()))
                            teamFailed(r.error());
                        return;
                    }
                    storePage(*r);
                });
        });
        break;
    }
}

void DirectorySync::send(const QString &thread, MakeCall make)
{
    if (!m_running)
        return;
    m_pending = std::move(make); // kept until answered: a retry sends it again
    m_pendingThread = thread;
    if (const qint64 wait = m_pacer.delayMs(thread); wait > 0) {
        m_wait.start(int(qMin<qint64>(wait, 3600000)));
        return;
    }
    m_pacer.record(thread);
    ++m_report.requests;
    ++m_attempt;
    m_call = m_pending();
}

bool DirectorySync::retryLater(const Error &error)
{
    if (m_report.cancelled) {
        finish(error.kind == Error::Kind::Cancelled
                   ? error
                   : Error::make(Error::Kind::Cancelled,
                                 tr("The sync was cancelled; it will resume where it stopped.")));
        return true;
    }
    if (error.httpStatus == 429)
        ++m_report.throttled;
    if (!isRetryable(error) || m_attempt >= m_options.maxAttempts || !m_pending)
        return false;
    qint64 delay = error.retryAfterMs;
    if (delay < 0) {
        const qint64 base = qMin(m_options.maxBackoffMs, m_options.backoffMs << qMin(m_attempt - 1, 16));
        delay = base / 2 + qint64(QRandomGenerator::global()->bounded(quint32(base / 2 + 1))); // jitter
    }
    ++m_report.retries;
    qCInfo(lcDirectory).noquote() << "retrying in" << delay << "ms after" << error.toString();
    m_wait.start(int(qMin<qint64>(delay, 3600000))); // then send() again, paced
    return true;
}

void DirectorySync::teamFailed(const Error &error)
{
    m_pending = nullptr;
    const QString teamId = m_teams.at(m_teamIndex);
    if (stopsEverything(error)) {
        fail(error);
        return;
    }
    qCWarning(lcDirectory).noquote() << "team failed:" << error.toString();
    // The bot is no longer in this team: remember it, so later syncs skip it (and its members who are known
    // only through it are unreachable).
    if (error.httpStatus == 404 || error.serviceCode == QStringLiteral("BotNotInConversationRoster")) {
        store::Transaction tx(m_db);
        Status s = tx.begin();
        if (s)
            s = m_writer->setTeamInstalled(teamId, false);
        if (s)
            s = m_writer->bumpGeneration();
        if (s)
            s = tx.commit();
        if (!s)
            qCWarning(lcDirectory).noquote()
                << "could not mark the team uninstalled:" << s.error().toString();
    }
    // A failure that retrying later would not cure: the team is done with in this pass. A network loss or
    // throttling that outlasted the retries leaves it pending, so the next sync resumes with it.
    if (m_pass && !isRetryable(error))
        (void)m_writer->leavePass(teamId);
    m_report.failures.append(SyncReport::Failure{teamId, error});
    Q_EMIT progress(m_report.teamsDone, m_report.teams, m_report.members);
    nextTeam();
}

void DirectorySync::fail(const Error &error)
{
    m_report.failures.append(SyncReport::Failure{m_teams.value(m_teamIndex), error});
    finish(error);
}

void DirectorySync::storeDetails(const connector::TeamDetails &details)
{
    m_pending = nullptr;
    const QString teamId = m_teams.at(m_teamIndex);
    TeamRecord team{teamId, details.name, details.aadGroupId, {}, m_client->profile().serviceUrl.toString()};
    if (Status s = m_writer->upsertTeam(team); !s) {
        fail(s.error());
        return;
    }
    m_step = Step::Channels;
    runStep();
}

void DirectorySync::storeChannels(const QList<connector::ChannelInfo> &channels)
{
    m_pending = nullptr;
    const QString teamId = m_teams.at(m_teamIndex);
    store::Transaction tx(m_db);
    Status s = tx.begin();
    QStringList keep{teamId};
    if (s)
        s = m_writer->upsertChannel(teamId, teamId, QString(), true);
    for (const connector::ChannelInfo &c : channels) {
        if (!s)
            break;
        if (c.id.isEmpty() || c.id == teamId)
            continue;
        s = m_writer->upsertChannel(c.id, teamId, c.name, c.isGeneral);
        keep << c.id;
    }
    if (s)
        s = m_writer->removeChannelsExcept(teamId, keep);
    if (s)
        s = tx.commit();
    if (s)
        s = loadRosterState();
    if (!s) {
        fail(s.error());
        return;
    }
    m_step = Step::Roster;
    runStep();
}

void DirectorySync::storePage(const connector::MembersPage &page)
{
    m_pending = nullptr;
    const QString teamId = m_teams.at(m_teamIndex);
    const QString serviceUrl = m_client->profile().serviceUrl.toString();
    qint64 left = 0;
    store::Transaction tx(m_db);
    Status s = tx.begin();
    for (const connector::TeamsMember &m : page.members) {
        if (!s)
            break;
        if (!m.id.startsWith(u"29:"))
            continue;
        PersonRecord p{m.id,      m.aadObjectId,       m.name,     m.givenName, m.surname,
                       m.email,   m.userPrincipalName, m.tenantId, m.userRole,  QString(),
                       serviceUrl};
        qint64 pk = 0;
        s = m_writer->upsertPerson(p, &pk);
        if (s)
            s = m_writer->setMembership(teamId, pk, true, m_mark);
    }
    const bool last = page.continuationToken.isEmpty();
    if (s)
        s = m_writer->saveRosterProgress(teamId, storedMark(), page.continuationToken);
    if (s && last)
        s = m_writer->finishRoster(teamId, m_mark, &left);
    if (s && last) // the whole roster answered: the bot is in the team (again, after a 404 or an uninstall)
        s = m_writer->setTeamInstalled(teamId, true);
    if (s)
        s = m_writer->bumpGeneration();
    if (s)
        s = tx.commit();
    if (!s) {
        fail(s.error());
        return;
    }
    m_report.members += page.members.size();
    m_report.left += left;
    m_token = page.continuationToken;
    m_resumedToken = false;
    Q_EMIT pageStored(teamId, m_report.members);
    Q_EMIT progress(m_report.teamsDone, m_report.teams, m_report.members);
    if (!m_running)
        return; // cancelled from a slot
    if (!last) {
        runStep();
        return;
    }
    ++m_report.teamsDone;
    Q_EMIT progress(m_report.teamsDone, m_report.teams, m_report.members);
    nextTeam();
}

} // namespace herald::directory
