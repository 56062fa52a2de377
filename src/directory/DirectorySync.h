#pragma once

#include "common/Result.h"
#include "connector/ConnectorTypes.h"
#include "directory/ReadPacer.h"
#include "directory/SyncReport.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <memory>

namespace herald {
class Clock;
}
namespace herald::connector {
class ConnectorCall;
class ConnectorClient;
} // namespace herald::connector
namespace herald::store {
class Database;
}

namespace herald::directory {

class DirectoryWriter;

// Refreshes teams from the connector, one team after another: team details, channels, then the roster in
// pages (pageSize 500). Asynchronous (signals, QTimer waits; no nested event loop). Calls are paced under
// Teams' read limits (ReadPacer); a 429 waits for Retry-After, other retryable failures back off
// exponentially with jitter. Each roster page is stored with the page's continuation token in one
// transaction, so a sync that is cancelled or killed resumes mid-roster next time. When a roster pass
// completes, members it did not see are marked as having left the team (kept, not deleted).
class DirectorySync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DirectorySync)

public:
    struct Options
    {
        int pageSize = 500;
        int maxAttempts = 6;    // per call, including the first
        qint64 backoffMs = 500; // first retry delay without Retry-After; doubles each time
        qint64 maxBackoffMs = 30000;
        double globalPerSecond = 50; // the app's global rate (PROTOCOL.md)
    };

    // db and client must outlive the sync; clock may be null (the system clock).
    DirectorySync(const store::Database &db, connector::ConnectorClient *client, const Clock *clock,
                  QObject *parent = nullptr);
    DirectorySync(const store::Database &db, connector::ConnectorClient *client, const Clock *clock,
                  Options options, QObject *parent = nullptr);
    ~DirectorySync() override;

    // teamIds empty: every team the bot is installed in — or, when such a sync was interrupted, the teams it
    // had not finished (the report counts the others as skipped). finished() follows, always from the event
    // loop.
    void start(const QStringList &teamIds = {});
    // Stops after the call in flight is aborted; finished() reports Cancelled. Progress so far is kept.
    void cancel();
    bool isRunning() const { return m_running; }
    const SyncReport &report() const { return m_report; }

Q_SIGNALS:
    void teamStarted(const QString &teamId, int index, int total);
    void progress(int teamsDone, int teamsTotal, qint64 membersSeen);
    void pageStored(const QString &teamId, qint64 membersSeen);
    // Success only when every team synced.
    void finished(const herald::Status &status);

private:
    enum class Step { Details, Channels, Roster };
    using MakeCall = std::function<connector::ConnectorCall *()>;

    void nextTeam();
    void runStep();
    void send(const QString &thread, MakeCall make);
    // Handles a failed call: schedules a retry and returns true, or returns false (give up).
    bool retryLater(const Error &error);
    void teamFailed(const Error &error);
    void finish(Status status);
    void fail(const Error &error);

    void storeDetails(const connector::TeamDetails &details);
    void storeChannels(const QList<connector::ChannelInfo> &channels);
    void storePage(const connector::MembersPage &page);
    Status loadRosterState();
    Status planPass();
    qint64 storedMark() const;

    const store::Database &m_db;
    connector::ConnectorClient *m_client;
    ReadPacer m_pacer;
    Options m_options;
    std::unique_ptr<DirectoryWriter> m_writer;
    QTimer m_wait;
    QPointer<connector::ConnectorCall> m_call;
    MakeCall m_pending; // the call to (re)send when m_wait fires
    QString m_pendingThread;

    QStringList m_teams;
    int m_teamIndex = -1;
    Step m_step = Step::Details;
    int m_attempt = 0;
    QString m_token;   // continuation token of the roster in progress
    qint64 m_mark = 0; // the roster pass's mark
    bool m_resumedToken = false;
    bool m_pass = false; // a sync of every team (resumable as a whole), not of chosen teams
    bool m_running = false;
    SyncReport m_report;
};

} // namespace herald::directory
