#pragma once

#include "common/Error.h"
#include "common/Result.h"
#include "delivery/ActivityFactory.h"
#include "delivery/CampaignProgress.h"
#include "delivery/DeliveryTypes.h"
#include "delivery/RecipientJournal.h"
#include "delivery/RunOptions.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace herald {
class Clock;
}

namespace herald::store {
class Database;
}

namespace herald::connector {
class ConnectorClient;
}

namespace herald::delivery {

struct RequestAnswer;

// Sends one stored campaign (CampaignStore) and accounts for every recipient. Fully asynchronous, on
// the thread it lives in; the database, the connector client and the clock must outlive it.
//
//   pending ──(commit: marked Sending, durable)──► request leaves ──► delivered | unreachable | failed
//      ▲                                                 │
//      └──────── retryable answer (backoff + jitter) ◄───┘        a crash leaves Sending → uncertain
//
// Rows are marked Sending in small batches, one durable transaction each, *before* their requests leave;
// answers are written in group commits every flushIntervalMs. Pacing: DeliveryLimiter (global rate, per-
// thread windows, AIMD on 429) and at most pacing.maxInFlight requests on the wire. A first contact
// creates the 1:1 chat (idempotent), caches its id in the directory, then sends.
//
// pause() and cancel() stop new requests at once and are on disk at once; requests already on the wire
// finish (stopped() is emitted then). Another process asks the same through CampaignManager::stop(): the
// request is read from the database every flushIntervalMs, running or paused, and obeyed the same way.
// Destroying a running runner without pausing is what a crash does: recipients whose request was on the wire
// stay Sending and are recovered as uncertain at the next start.
class CampaignRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignRunner)

public:
    CampaignRunner(const store::Database &db, qint64 campaignId, connector::ConnectorClient *client,
                   ActivityFactory factory, const Clock *clock, RunOptions options,
                   QObject *parent = nullptr);
    ~CampaignRunner() override;

    // Takes the campaign's lock (Input error when another process sends it), recovers recipients a
    // stopped process left in Sending (uncertain, or pending when only the idempotent create had left),
    // resends uncertain ones if RunOptions::resendUncertain, and starts. Errors leave nothing changed.
    Status start();
    void pause();
    void resume();
    void cancel();
    // After pause() or cancel(): gives up on requests still on the wire; their recipients become uncertain.
    void abortInFlight();

    qint64 campaignId() const { return m_campaignId; }
    CampaignStatus status() const { return m_status; }
    // True while requests are on the wire or a stop is being completed.
    bool isBusy() const;
    StateCounts counts() const;
    CampaignProgress progress() const;
    // Why the campaign paused by itself (credentials refused, the disk failed, Teams unreachable…).
    const Error &lastError() const { return m_lastError; }

Q_SIGNALS:
    void progressChanged(const herald::delivery::CampaignProgress &progress);
    void statusChanged(herald::delivery::CampaignStatus status);
    // Nothing is on the wire any more and everything is on disk: finished, paused or cancelled.
    void stopped(herald::delivery::CampaignStatus status);

private:
    struct Job;

    void beginRunning();
    void pump();
    void refill();
    void arm();
    void dispatch();
    void send(Job job);
    void onAnswer(qint64 seq, const RequestAnswer &answer);
    void onSuccess(Job &job, const RequestAnswer &answer);
    void onFailure(Job &job, const Error &error);
    void scheduleWake();
    void obeyRequests();
    void flush();
    bool wireSettled() const;
    bool roomForCommit();
    void requestStop(CampaignStatus target, const Error &error = {});
    void finishStop();
    void checkFinished();
    void setStatus(CampaignStatus status, const QString &lastError = {});

    const store::Database &m_db;
    qint64 m_campaignId;
    connector::ConnectorClient *m_client;
    ActivityFactory m_factory;
    const Clock *m_clock;
    RunOptions m_options;
    struct Parts;
    std::unique_ptr<Parts> d;

    CampaignStatus m_status = CampaignStatus::Paused;
    Error m_lastError;
    std::optional<CampaignStatus> m_stopping;
    bool m_started = false;
    bool m_resumeRequested = false;
    bool m_aborting = false;
    bool m_destroying = false;
    bool m_exhausted = false;
    qint64 m_lastLoadedSeq = 0;
    qint64 m_runStartMs = 0;
    QTimer m_wakeTimer;
    QTimer m_flushTimer;
    QTimer m_progressTimer;
    QTimer m_settleTimer;
    bool m_flushWanted = false;
    bool m_pollWanted = false; // read the requests of other processes at the next flush
};

} // namespace herald::delivery
