#include "CampaignRunner.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "connector/ConnectorClient.h"
#include "delivery/CampaignLock.h"
#include "delivery/CampaignStore.h"
#include "delivery/DeliveryLimiter.h"
#include "delivery/FailureRules.h"
#include "delivery/RecipientLedger.h"
#include "delivery/RecipientRequest.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointer>

#include <deque>
#include <map>
#include <utility>

namespace herald::delivery {

struct CampaignRunner::Job
{
    CampaignRecipient r;
    RequestPhase phase = RequestPhase::Send;
    int failures = 0;
    QJsonObject activity; // for requests that carry the message
};

struct CampaignRunner::Parts
{
    Parts(const store::Database &db, qint64 id, const Clock *clock, const RunOptions &options)
        : store(db, clock)
        , ledger(db, id, clock)
        , lock(db.path(), id)
        , limiter(clock, options.pacing)
        , rules(options.retry, options.seed, options.stopAfterTransportFailures)
    {
    }

    CampaignStore store;
    RecipientLedger ledger; // journal, live counts and meter
    CampaignLock lock;
    DeliveryLimiter limiter;
    FailureRules rules;

    std::deque<Job> queue;              // ready, in seq order (first contacts that got their chat in front)
    std::multimap<qint64, Job> delayed; // waiting for a retry (or a held thread), by clock time
    std::deque<Job> armed;              // marked Sending on disk, not on the wire yet
    struct InFlight
    {
        Job job;
        QPointer<connector::ConnectorCall> call;
    };
    QHash<qint64, InFlight> inFlight;
};

CampaignRunner::CampaignRunner(const store::Database &db, qint64 campaignId,
                               connector::ConnectorClient *client, ActivityFactory factory,
                               const Clock *clock, RunOptions options, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_campaignId(campaignId)
    , m_client(client)
    , m_factory(std::move(factory))
    , m_clock(clock ? clock : SystemClock::instance())
    , m_options(std::move(options))
    , d(std::make_unique<Parts>(db, campaignId, m_clock, m_options))
{
    qRegisterMetaType<herald::delivery::CampaignProgress>();
    qRegisterMetaType<herald::delivery::CampaignStatus>();
    m_options.pacing.maxInFlight = qMax(1, m_options.pacing.maxInFlight);
    d->ledger.journal().setDurableSendingMarks(m_options.durableSendingMarks);
    m_wakeTimer.setSingleShot(true);
    m_wakeTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_wakeTimer, &QTimer::timeout, this, &CampaignRunner::pump);
    m_settleTimer.setSingleShot(true);
    m_settleTimer.setInterval(1);
    connect(&m_settleTimer, &QTimer::timeout, this, [this] {
        if (m_flushWanted)
            flush();
        pump();
    });
    m_flushTimer.setInterval(qMax(1, m_options.flushIntervalMs));
    connect(&m_flushTimer, &QTimer::timeout, this, [this] {
        if (m_status != CampaignStatus::Running || m_stopping) {
            obeyRequests();
            return;
        }
        m_pollWanted = true; // read in the gap between paced sends that the commit goes in
        flush();
    });
    m_progressTimer.setInterval(qMax(10, m_options.progressIntervalMs));
    connect(&m_progressTimer, &QTimer::timeout, this, [this] { Q_EMIT progressChanged(progress()); });
}

CampaignRunner::~CampaignRunner()
{
    // Like a crash: requests on the wire stay Sending on disk (recovered as uncertain); answers already
    // in hand are written.
    m_destroying = true;
    const auto inFlight = d->inFlight;
    for (const Parts::InFlight &f : inFlight) {
        if (f.call)
            f.call->cancel();
    }
    if (m_started) {
        if (Status s = d->ledger.commit({}, true); !s)
            qCWarning(lcDelivery) << "campaign" << m_campaignId
                                  << "could not write its last answers:" << s.error().message;
    }
}

StateCounts CampaignRunner::counts() const
{
    return d->ledger.counts();
}

bool CampaignRunner::isBusy() const
{
    return !d->inFlight.isEmpty() || m_stopping.has_value();
}

Status CampaignRunner::start()
{
    if (m_started)
        return Status::success();
    if (Status s = d->lock.tryLock(); !s)
        return s;
    auto info = d->store.campaign(m_campaignId);
    if (!info)
        return info.error();
    // A finished campaign opens again only to resend its uncertain recipients, when asked to.
    const bool reopen =
        info->status == CampaignStatus::Finished && m_options.resendUncertain && info->counts.uncertain > 0;
    if (isFinal(info->status) && !reopen)
        return Error::make(Error::Kind::Input, tr("Campaign %1 is %2; there is nothing left to send.")
                                                   .arg(m_campaignId)
                                                   .arg(campaignStatusLabel(info->status).toLower()));
    // We hold the lock: whatever is still Sending was left by a process that stopped.
    auto recovered = d->store.recoverSending(m_campaignId);
    if (!recovered)
        return recovered.error();
    if (recovered->uncertain || recovered->reset)
        qCInfo(lcDelivery) << "campaign" << m_campaignId << "recovered:" << recovered->uncertain
                           << "uncertain," << recovered->reset << "back to pending";
    // A pause or cancel asked of an earlier sender was carried out by recoverInterrupted(); this start is
    // the user's newer word.
    if (Status s = d->store.clearRequest(m_campaignId); !s)
        return s;
    if (m_options.resendUncertain) {
        if (auto resent = d->store.resendUncertain(m_campaignId); !resent)
            return resent.error();
    }
    auto counts = d->store.counts(m_campaignId);
    if (!counts)
        return counts.error();
    d->ledger.counts() = *counts;
    m_started = true;
    beginRunning();
    return Status::success();
}

void CampaignRunner::beginRunning()
{
    m_resumeRequested = false;
    m_lastError = Error();
    m_lastLoadedSeq = 0;
    m_exhausted = false;
    m_runStartMs = m_clock->nowMs();
    setStatus(CampaignStatus::Running);
    m_flushTimer.start();
    m_progressTimer.start();
    Q_EMIT progressChanged(progress());
    pump();
}

void CampaignRunner::setStatus(CampaignStatus status, const QString &lastError)
{
    if (Status s = d->store.setStatus(m_campaignId, status, lastError); !s)
        qCWarning(lcDelivery) << "campaign" << m_campaignId
                              << "could not store its status:" << s.error().message;
    if (m_status != status) {
        m_status = status;
        Q_EMIT statusChanged(status);
    }
}

void CampaignRunner::obeyRequests()
{
    // Another process (herald-cli cancel|pause, another window) asked through the database; a failed
    // read is tried again at the next tick.
    auto requested = d->store.requestedStatus(m_campaignId);
    if (!requested || !requested->has_value())
        return;
    if (Status s = d->store.clearRequest(m_campaignId, **requested); !s) // obeyed again next time: harmless
        qCWarning(lcDelivery) << "campaign" << m_campaignId
                              << "could not clear its request:" << s.error().message;
    qCInfo(lcDelivery) << "campaign" << m_campaignId << "asked to" << campaignStatusKey(**requested);
    if (**requested == CampaignStatus::Cancelled)
        cancel();
    else if (**requested == CampaignStatus::Paused)
        pause();
}

void CampaignRunner::pause()
{
    if (m_status == CampaignStatus::Running && !m_stopping)
        requestStop(CampaignStatus::Paused);
    m_resumeRequested = false;
}

void CampaignRunner::resume()
{
    if (!m_started)
        return;
    if (m_stopping) {
        if (*m_stopping == CampaignStatus::Paused)
            m_resumeRequested = true; // once the requests on the wire are answered
        return;
    }
    if (m_status == CampaignStatus::Paused)
        beginRunning();
}

void CampaignRunner::cancel()
{
    if (!m_started || isFinal(m_status))
        return;
    m_resumeRequested = false;
    if (m_stopping) {
        m_stopping = CampaignStatus::Cancelled;
        return;
    }
    if (m_status == CampaignStatus::Paused) {
        m_stopping = CampaignStatus::Cancelled;
        finishStop();
        return;
    }
    requestStop(CampaignStatus::Cancelled);
}

void CampaignRunner::abortInFlight()
{
    if (d->inFlight.isEmpty())
        return;
    m_aborting = true;
    const auto inFlight = d->inFlight;
    for (const Parts::InFlight &f : inFlight) {
        if (f.call)
            f.call->cancel(); // answers at once with Cancelled: recorded as uncertain
    }
    m_aborting = false;
}

CampaignProgress CampaignRunner::progress() const
{
    CampaignProgress p;
    p.campaignId = m_campaignId;
    p.status = m_status;
    p.counts = d->ledger.counts();
    p.messagesPerSecond = d->ledger.meter().messagesPerSecond();
    p.requestsPerSecond = d->ledger.meter().requestsPerSecond();
    p.pacedRequestsPerSecond = d->limiter.currentRps();
    p.inFlight = static_cast<int>(d->inFlight.size());
    p.requests = d->ledger.meter().requests();
    p.throttled = d->ledger.meter().throttled();
    p.elapsedMs = m_runStartMs ? m_clock->nowMs() - m_runStartMs : 0;
    const qint64 remaining = p.counts.pending + p.counts.sending;
    double rate = d->ledger.meter().messagesPerSecond(10);
    if (rate < 0.5)
        rate = m_options.pacing.enabled ? p.pacedRequestsPerSecond : 0.0;
    p.etaSeconds = remaining == 0 ? 0.0 : (rate > 0 ? double(remaining) / rate : -1.0);
    return p;
}

void CampaignRunner::pump()
{
    if (m_status != CampaignStatus::Running || m_stopping || m_destroying)
        return;
    refill();
    arm();
    dispatch();
    checkFinished();
    scheduleWake();
}

void CampaignRunner::refill()
{
    if (m_exhausted || d->queue.size() >= size_t(m_options.pageSize / 2))
        return;
    auto page =
        d->store.recipients(m_campaignId, RecipientState::Pending, m_lastLoadedSeq, m_options.pageSize);
    if (!page) {
        requestStop(CampaignStatus::Paused, page.error());
        return;
    }
    for (CampaignRecipient &r : page.value()) {
        m_lastLoadedSeq = r.seq;
        Job job;
        job.r = std::move(r);
        d->queue.push_back(std::move(job));
    }
    if (page->size() < m_options.pageSize)
        m_exhausted = true;
}

void CampaignRunner::arm()
{
    // Enough marked ahead to keep the wire busy, few enough that a crash leaves few uncertain.
    // Paced, a quarter second's worth; unpaced, four times the wire's width, refilled once a wire's worth is
    // left — each batch is one durable commit, so bigger batches mean fewer fsyncs.
    const int cap = m_options.pacing.maxInFlight;
    const int target =
        m_options.pacing.enabled ? qBound(2, int(m_options.pacing.globalRps / 4.0), 2 * cap) : 4 * cap;
    const int lowWater = m_options.pacing.enabled ? target / 2 : cap;
    if (!d->armed.empty() && int(d->armed.size()) >= lowWater)
        return;
    if (!wireSettled() || (!d->armed.empty() && !roomForCommit())) {
        m_settleTimer.start();
        return;
    }
    const qint64 now = m_clock->nowMs();
    QList<RecipientJournal::SendingMark> marks;
    std::deque<Job> batch;
    while (int(d->armed.size() + batch.size()) < target) {
        Job job;
        if (!d->delayed.empty() && d->delayed.begin()->first <= now) {
            job = std::move(d->delayed.begin()->second);
            d->delayed.erase(d->delayed.begin());
        } else if (!d->queue.empty()) {
            job = std::move(d->queue.front());
            d->queue.pop_front();
        } else {
            break;
        }
        const bool firstContact = job.r.kind == RecipientKind::User && job.r.conversationId.isEmpty();
        job.phase =
            firstContact && !m_options.embedActivityInCreate ? RequestPhase::Create : RequestPhase::Send;
        if (job.phase == RequestPhase::Send && job.activity.isEmpty()) {
            auto activity = m_factory(job.r);
            if (!activity) {
                d->ledger.invalidMessage(job.r, activity.error());
                continue;
            }
            job.activity = std::move(activity).value();
        }
        marks.append(RecipientJournal::SendingMark{job.r.seq, job.phase});
        batch.push_back(std::move(job));
    }
    if (batch.empty())
        return;
    if (Status s = d->ledger.commit(marks); !s) {
        // Nothing was marked: the rows are still pending on disk. Stop rather than send untracked.
        requestStop(CampaignStatus::Paused, s.error());
        return;
    }
    d->ledger.marked(qint64(batch.size()));
    for (Job &job : batch)
        d->armed.push_back(std::move(job));
}

void CampaignRunner::dispatch()
{
    const qint64 now = m_clock->nowMs();
    while (!d->armed.empty() && int(d->inFlight.size()) < m_options.pacing.maxInFlight) {
        Job &front = d->armed.front();
        const QString thread = threadOf(front.r, front.phase);
        const qint64 wait = d->limiter.waitMs(thread);
        if (wait > 0) {
            if (d->limiter.globalWaitMs() > 0)
                break; // the wake timer comes back when the global window allows
            // Only this thread is held (its windows or a Retry-After): the others go first. It never left.
            Job held = std::move(front);
            d->armed.pop_front();
            d->ledger.unsent(held.r);
            d->delayed.emplace(now + wait, std::move(held));
            continue;
        }
        d->limiter.record(thread);
        Job job = std::move(front);
        d->armed.pop_front();
        send(std::move(job));
    }
}

void CampaignRunner::send(Job job)
{
    ++job.r.attempts;
    d->ledger.meter().count(ThroughputMeter::Event::Request);
    const qint64 seq = job.r.seq;
    QPointer<CampaignRunner> self(this);
    connector::ConnectorCall *call =
        startRequest(*m_client, job.r, job.phase, job.activity, [self, seq](const RequestAnswer &answer) {
            if (self)
                self->onAnswer(seq, answer);
        });
    d->inFlight.insert(seq, Parts::InFlight{std::move(job), call});
}

void CampaignRunner::onAnswer(qint64 seq, const RequestAnswer &answer)
{
    if (m_destroying)
        return;
    auto it = d->inFlight.find(seq);
    if (it == d->inFlight.end())
        return;
    Job job = std::move(it->job);
    d->inFlight.erase(it);
    if (answer.error.isError())
        onFailure(job, answer.error);
    else
        onSuccess(job, answer);

    if (d->ledger.buffered() >= 2000)
        flush();
    if (m_stopping) {
        if (d->inFlight.isEmpty())
            finishStop();
        return;
    }
    pump();
}

void CampaignRunner::onSuccess(Job &job, const RequestAnswer &answer)
{
    d->rules.noteSuccess();
    // What this answer taught: a first contact's new chat, or a channel post's new reply chain.
    const bool user = job.r.kind == RecipientKind::User;
    const QString learned = !user || job.r.conversationId.isEmpty() ? answer.conversationId : QString();
    if (user && !learned.isEmpty())
        job.r.conversationId = learned;
    if (job.phase == RequestPhase::Create) {
        // The chat exists; the message goes next (marked Sending again first).
        d->ledger.chatCreated(job.r, learned);
        job.failures = 0;
        if (!m_stopping)
            d->queue.push_front(std::move(job));
        return;
    }
    d->ledger.delivered(job.r, answer.activityId, learned);
}

void CampaignRunner::onFailure(Job &job, const Error &error)
{
    if (error.httpStatus == 429) {
        d->limiter.onThrottled(threadOf(job.r, job.phase), error.retryAfterMs);
        d->ledger.meter().count(ThroughputMeter::Event::Throttled);
    }
    const FailureRules::Decision decision =
        d->rules.decide(error, job.phase, job.r.kind, job.failures, job.r.ambiguous, m_aborting);
    d->ledger.failed(job.r, decision);
    if (decision.retryInMs >= 0 && !m_stopping)
        d->delayed.emplace(m_clock->nowMs() + decision.retryInMs, std::move(job));
    if (decision.pauseCampaign)
        requestStop(CampaignStatus::Paused, decision.pauseReason);
}

void CampaignRunner::scheduleWake()
{
    if (m_status != CampaignStatus::Running || m_stopping)
        return;
    const qint64 now = m_clock->nowMs();
    qint64 wait = -1;
    if (!d->armed.empty() && int(d->inFlight.size()) < m_options.pacing.maxInFlight)
        wait = d->limiter.waitMs(threadOf(d->armed.front().r, d->armed.front().phase));
    if (!d->delayed.empty()) {
        const qint64 due = qMax<qint64>(0, d->delayed.begin()->first - now);
        wait = wait < 0 ? due : qMin(wait, due);
    }
    if (wait < 0)
        return;
    const int ms = int(qMin<qint64>(wait, 60'000));
    if (!m_wakeTimer.isActive() || m_wakeTimer.remainingTime() > ms)
        m_wakeTimer.start(ms);
}

bool CampaignRunner::roomForCommit()
{
    // Paced, a commit goes in the gap before the next slot, so that it never makes a send late (lateness
    // adds up through the sliding window: every slot is counted from the send before it).
    if (!m_options.pacing.enabled)
        return true;
    return d->limiter.globalWaitMs() > qint64(d->ledger.commitMs()) + 2;
}

bool CampaignRunner::wireSettled() const
{
    // A call writes its request a turn or two of the event loop after the limiter counted it. A commit in
    // between (an fsync) would send it late, and the server's window would see it later than Herald's
    // did — a 429. So commits wait until every counted request has left.
    if (!m_options.pacing.enabled)
        return true;
    for (const Parts::InFlight &f : std::as_const(d->inFlight)) {
        if (f.call && !f.call->isFinished() && f.call->attempts() == 0)
            return false;
    }
    return true;
}

void CampaignRunner::flush()
{
    if (!m_stopping && m_status == CampaignStatus::Running && (!wireSettled() || !roomForCommit())) {
        m_flushWanted = true;
        m_settleTimer.start();
        return;
    }
    m_flushWanted = false;
    if (Status s = d->ledger.commit(); !s) {
        qCWarning(lcDelivery) << "campaign" << m_campaignId
                              << "could not write answers:" << s.error().message;
        if (!m_stopping && m_status == CampaignStatus::Running)
            requestStop(CampaignStatus::Paused, s.error());
    }
    if (std::exchange(m_pollWanted, false))
        obeyRequests();
}

void CampaignRunner::requestStop(CampaignStatus target, const Error &error)
{
    if (error.isError() && !m_lastError.isError()) {
        m_lastError = error;
        qCWarning(lcDelivery) << "campaign" << m_campaignId << "stops:" << error.toString();
    }
    if (m_stopping) {
        if (target == CampaignStatus::Cancelled)
            m_stopping = target;
        return;
    }
    m_stopping = target;
    m_wakeTimer.stop();
    // Marked Sending but never on the wire: back to pending.
    for (const Job &job : d->armed)
        d->ledger.unsent(job.r);
    d->armed.clear();
    d->queue.clear();
    d->delayed.clear(); // already written back as pending
    flush();
    // On disk at once, so that another window or `herald-cli campaigns` sees it.
    setStatus(target, m_lastError.isError() ? m_lastError.toString() : QString());
    if (d->inFlight.isEmpty())
        finishStop();
}

void CampaignRunner::finishStop()
{
    const CampaignStatus target = m_stopping.value_or(CampaignStatus::Paused);
    if (Status s = d->ledger.commit({}, true); !s)
        qCWarning(lcDelivery) << "campaign" << m_campaignId
                              << "could not write answers:" << s.error().message;
    if (target == CampaignStatus::Cancelled) {
        if (auto n = d->store.cancelPending(m_campaignId); n) {
            d->ledger.counts().pending -= *n;
            d->ledger.counts().cancelled += *n;
        }
    }
    m_stopping.reset();
    if (isFinal(target))
        m_flushTimer.stop(); // paused, it keeps listening for a cancel from another process
    m_progressTimer.stop();
    setStatus(target, m_lastError.isError() ? m_lastError.toString() : QString());
    Q_EMIT progressChanged(progress());
    Q_EMIT stopped(target);
    if (m_resumeRequested && target == CampaignStatus::Paused)
        QTimer::singleShot(0, this, &CampaignRunner::resume);
}

void CampaignRunner::checkFinished()
{
    if (!m_exhausted || !d->queue.empty() || !d->delayed.empty() || !d->armed.empty() ||
        !d->inFlight.isEmpty())
        return;
    if (Status s = d->ledger.commit({}, true); !s) {
        requestStop(CampaignStatus::Paused, s.error());
        return;
    }
    // The disk is the truth: anything still pending there (it should not be) is picked up again.
    auto counts = d->store.settledCounts(m_campaignId);
    if (!counts) {
        requestStop(CampaignStatus::Paused, counts.error());
        return;
    }
    if (counts->pending > 0) {
        qCWarning(lcDelivery) << "campaign" << m_campaignId << "found" << counts->pending
                              << "pending on disk; continuing";
        d->ledger.counts() = *counts;
        m_exhausted = false;
        m_lastLoadedSeq = 0;
        QTimer::singleShot(0, this, &CampaignRunner::pump);
        return;
    }
    d->ledger.counts() = *counts;
    m_flushTimer.stop();
    m_progressTimer.stop();
    m_wakeTimer.stop();
    setStatus(CampaignStatus::Finished);
    Q_EMIT progressChanged(progress());
    Q_EMIT stopped(CampaignStatus::Finished);
}

} // namespace herald::delivery
