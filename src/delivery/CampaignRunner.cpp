#include "CampaignRunner.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "connector/ConnectorClient.h"
#include "delivery/CampaignLock.h"
#include "delivery/CampaignStore.h"
#include "delivery/DeliveryLimiter.h"
#include "delivery/RecipientJournal.h"
#include "delivery/FailureRules.h"
#include "delivery/ThroughputMeter.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QPointer>

#include <deque>
#include <map>

namespace herald::delivery {

struct CampaignRunner::Job
{
    CampaignRecipient r;
    RequestPhase phase = RequestPhase::Send;
    int failures = 0;
    QJsonObject activity; // for requests that carry the message
};

struct CampaignRunner::Answer
{
    Error error;
    QString conversationId;
    QString activityId;
};

struct CampaignRunner::Parts
{
    Parts(const store::Database &db, qint64 id, const Clock *clock, const RunOptions &options)
        : store(db)
        , journal(db, id)
        , lock(db.path(), id)
        , limiter(clock, options.pacing)
        , rules(options.retry, options.seed, options.stopAfterTransportFailures)
        , meter(clock)
    {
    }

    CampaignStore store;
    RecipientJournal journal;
    CampaignLock lock;
    DeliveryLimiter limiter;
    FailureRules rules;
    ThroughputMeter meter;

    std::deque<Job> queue;             // ready, in seq order (first contacts that got their chat in front)
    std::multimap<qint64, Job> delayed; // waiting for a retry (or a held thread), by clock time
    std::deque<Job> armed;             // marked Sending on disk, not on the wire yet
    struct InFlight
    {
        Job job;
        QPointer<connector::ConnectorCall> call;
    };
    QHash<qint64, InFlight> inFlight;
};

CampaignRunner::CampaignRunner(const store::Database &db, qint64 campaignId, connector::ConnectorClient *client,
                               ActivityFactory factory, const Clock *clock, RunOptions options, QObject *parent)
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
    d->journal.setDurableSendingMarks(m_options.durableSendingMarks);
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
    connect(&m_flushTimer, &QTimer::timeout, this, &CampaignRunner::flush);
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
        for (const RecipientJournal::Sample &s : d->meter.takeSamples(true))
            d->journal.addSample(s);
        if (Status s = d->journal.commit(); !s)
            qCWarning(lcDelivery) << "campaign" << m_campaignId << "could not write its last answers:" << s.error().message;
    }
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
    const bool reopen = info->status == CampaignStatus::Finished && m_options.resendUncertain && info->counts.uncertain > 0;
    if (isFinal(info->status) && !reopen)
        return Error::make(Error::Kind::Input, tr("Campaign %1 is %2; there is nothing left to send.")
                                                   .arg(m_campaignId)
                                                   .arg(campaignStatusLabel(info->status).toLower()));
    // We hold the lock: whatever is still Sending was left by a process that stopped.
    auto recovered = d->store.recoverSending(m_campaignId);
    if (!recovered)
        return recovered.error();
    if (recovered->uncertain || recovered->reset)
        qCInfo(lcDelivery) << "campaign" << m_campaignId << "recovered:" << recovered->uncertain << "uncertain,"
                           << recovered->reset << "back to pending";
    if (m_options.resendUncertain) {
        if (auto resent = d->store.resendUncertain(m_campaignId); !resent)
            return resent.error();
    }
    auto counts = d->store.counts(m_campaignId);
    if (!counts)
        return counts.error();
    m_counts = *counts;
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
        qCWarning(lcDelivery) << "campaign" << m_campaignId << "could not store its status:" << s.error().message;
    if (m_status != status) {
        m_status = status;
        Q_EMIT statusChanged(status);
    }
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
    p.counts = m_counts;
    p.messagesPerSecond = d->meter.messagesPerSecond();
    p.requestsPerSecond = d->meter.requestsPerSecond();
    p.pacedRequestsPerSecond = d->limiter.currentRps();
    p.inFlight = static_cast<int>(d->inFlight.size());
    p.requests = d->meter.requests();
    p.throttled = d->meter.throttled();
    p.elapsedMs = m_runStartMs ? m_clock->nowMs() - m_runStartMs : 0;
    const qint64 remaining = m_counts.pending + m_counts.sending;
    double rate = d->meter.messagesPerSecond(10);
    if (rate < 0.5)
        rate = m_options.pacing.enabled ? p.pacedRequestsPerSecond : 0.0;
    p.etaSeconds = remaining == 0 ? 0.0 : (rate > 0 ? double(remaining) / rate : -1.0);
    return p;
}

QString CampaignRunner::threadOf(const Job &job) const
{
    // Teams counts per conversation; a create is counted before its id is known: the user stands in.
    if (job.r.kind == RecipientKind::User && job.phase == RequestPhase::Send && !job.r.conversationId.isEmpty())
        return job.r.conversationId;
    return job.r.targetId;
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
    auto page = d->store.recipients(m_campaignId, RecipientState::Pending, m_lastLoadedSeq, m_options.pageSize);
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
    const int target = m_options.pacing.enabled ? qBound(2, int(m_options.pacing.globalRps / 4.0), 2 * cap) : 4 * cap;
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
        job.phase = firstContact && !m_options.embedActivityInCreate ? RequestPhase::Create : RequestPhase::Send;
        if (job.phase == RequestPhase::Send && job.activity.isEmpty()) {
            auto activity = m_factory(job.r);
            if (!activity) {
                RecipientJournal::Update u;
                u.seq = job.r.seq;
                u.state = RecipientState::Failed;
                u.code = QStringLiteral("InvalidMessage");
                u.message = activity.error().message;
                u.attempts = job.r.attempts;
                d->journal.add(u);
                --m_counts.pending;
                ++m_counts.failed;
                d->meter.count(ThroughputMeter::Event::Failed);
                continue;
            }
            job.activity = std::move(activity).value();
        }
        marks.append(RecipientJournal::SendingMark{job.r.seq, job.phase});
        batch.push_back(std::move(job));
    }
    if (batch.empty())
        return;
    for (const RecipientJournal::Sample &s : d->meter.takeSamples())
        d->journal.addSample(s);
    if (Status s = timedCommit(marks); !s) {
        // Nothing was marked: the rows are still pending on disk. Stop rather than send untracked.
        requestStop(CampaignStatus::Paused, s.error());
        return;
    }
    m_counts.pending -= qint64(batch.size());
    m_counts.sending += qint64(batch.size());
    for (Job &job : batch)
        d->armed.push_back(std::move(job));
}

void CampaignRunner::dispatch()
{
    const qint64 now = m_clock->nowMs();
    while (!d->armed.empty() && int(d->inFlight.size()) < m_options.pacing.maxInFlight) {
        Job &front = d->armed.front();
        const QString thread = threadOf(front);
        const qint64 wait = d->limiter.waitMs(thread);
        if (wait > 0) {
            if (d->limiter.globalWaitMs() > 0)
                break; // the wake timer comes back when the global window allows
            // Only this thread is held (its windows or a Retry-After): the others go first. It never left.
            Job held = std::move(front);
            d->armed.pop_front();
            RecipientJournal::Update u;
            u.seq = held.r.seq;
            u.state = RecipientState::Pending;
            u.attempts = held.r.attempts;
            u.ambiguous = held.r.ambiguous;
            d->journal.add(u);
            --m_counts.sending;
            ++m_counts.pending;
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
    d->meter.count(ThroughputMeter::Event::Request);
    const qint64 seq = job.r.seq;
    QPointer<CampaignRunner> self(this);
    const auto onConversation = [self, seq](Result<connector::ConversationRef> result) {
        if (!self)
            return;
        Answer a;
        if (result) {
            a.conversationId = result->conversationId;
            a.activityId = result->activityId;
        } else {
            a.error = result.error();
        }
        self->onAnswer(seq, a);
    };
    connector::ConnectorCall *call = nullptr;
    if (job.r.kind == RecipientKind::Channel) {
        call = m_client->createChannelThread(job.r.targetId, job.activity, onConversation);
    } else if (job.r.conversationId.isEmpty()) {
        call = m_client->createPersonalConversation(
            job.r.targetId, job.phase == RequestPhase::Send ? job.activity : QJsonObject(), onConversation);
    } else {
        call = m_client->sendActivity(job.r.conversationId, job.activity,
                                      [self, seq](Result<connector::ActivityRef> result) {
                                          if (!self)
                                              return;
                                          Answer a;
                                          if (result)
                                              a.activityId = result->activityId;
                                          else
                                              a.error = result.error();
                                          self->onAnswer(seq, a);
                                      });
    }
    d->inFlight.insert(seq, Parts::InFlight{std::move(job), call});
}

void CampaignRunner::onAnswer(qint64 seq, const Answer &answer)
{
    if (m_destroying)
        return;
    auto it = d->inFlight.find(seq);
    if (it == d->inFlight.end())
        return;
    Job job = std::move(it->job);
    d->inFlight.erase(it);
    --m_counts.sending;
    if (answer.error.isError())
        onFailure(job, answer.error);
    else
        onSuccess(job, answer);

    if (d->journal.buffered() >= 2000)
        flush();
    if (m_stopping) {
        if (d->inFlight.isEmpty())
            finishStop();
        return;
    }
    pump();
}

void CampaignRunner::onSuccess(Job &job, const Answer &answer)
{
    d->rules.noteSuccess();
    RecipientJournal::Update u;
    u.seq = job.r.seq;
    u.attempts = job.r.attempts;
    u.ambiguous = job.r.ambiguous;
    const bool user = job.r.kind == RecipientKind::User;
    if (user && job.r.conversationId.isEmpty() && !answer.conversationId.isEmpty()) {
        job.r.conversationId = answer.conversationId;
        u.conversationId = answer.conversationId;
        d->journal.cacheConversation(job.r.targetId, answer.conversationId);
    }
    if (job.phase == RequestPhase::Create) {
        // The chat exists; the message goes next (marked Sending again first).
        u.state = RecipientState::Pending;
        d->journal.add(u);
        ++m_counts.pending;
        job.failures = 0;
        if (!m_stopping)
            d->queue.push_front(std::move(job));
        return;
    }
    if (!user)
        u.conversationId = answer.conversationId; // the new reply chain
    u.state = RecipientState::Delivered;
    u.activityId = answer.activityId;
    d->journal.add(u);
    ++m_counts.delivered;
    d->meter.count(ThroughputMeter::Event::Delivered);
}

void CampaignRunner::onFailure(Job &job, const Error &error)
{
    if (error.httpStatus == 429) {
        d->limiter.onThrottled(threadOf(job), error.retryAfterMs);
        d->meter.count(ThroughputMeter::Event::Throttled);
    }
    const FailureRules::Decision decision =
        d->rules.decide(error, job.phase, job.r.kind, job.failures, job.r.ambiguous, m_aborting);
    RecipientJournal::Update u;
    u.seq = job.r.seq;
    u.state = decision.state;
    u.code = decision.code;
    u.message = decision.message;
    u.correlationId = decision.correlationId;
    u.attempts = job.r.attempts;
    u.ambiguous = job.r.ambiguous;
    d->journal.add(u);
    ++m_counts[decision.state];
    if (decision.state == RecipientState::Unreachable) {
        d->meter.count(ThroughputMeter::Event::Unreachable);
        if (!decision.directoryReason.isEmpty())
            d->journal.markUnreachable(job.r.targetId, decision.directoryReason);
    } else if (decision.state == RecipientState::Failed) {
        d->meter.count(ThroughputMeter::Event::Failed);
    }
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
        wait = d->limiter.waitMs(threadOf(d->armed.front()));
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
    return d->limiter.globalWaitMs() > qint64(m_commitMs) + 2;
}

Status CampaignRunner::timedCommit(const QList<RecipientJournal::SendingMark> &marks)
{
    QElapsedTimer timer;
    timer.start();
    Status s = d->journal.commit(marks);
    m_commitMs = 0.8 * m_commitMs + 0.2 * double(timer.nsecsElapsed()) / 1e6;
    return s;
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
    for (const RecipientJournal::Sample &s : d->meter.takeSamples())
        d->journal.addSample(s);
    if (Status s = timedCommit({}); !s) {
        qCWarning(lcDelivery) << "campaign" << m_campaignId << "could not write answers:" << s.error().message;
        if (!m_stopping && m_status == CampaignStatus::Running)
            requestStop(CampaignStatus::Paused, s.error());
    }
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
    for (const Job &job : d->armed) {
        RecipientJournal::Update u;
        u.seq = job.r.seq;
        u.state = RecipientState::Pending;
        u.attempts = job.r.attempts;
        u.ambiguous = job.r.ambiguous;
        d->journal.add(u);
    }
    m_counts.sending -= qint64(d->armed.size());
    m_counts.pending += qint64(d->armed.size());
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
    for (const RecipientJournal::Sample &s : d->meter.takeSamples(true))
        d->journal.addSample(s);
    if (Status s = d->journal.commit(); !s)
        qCWarning(lcDelivery) << "campaign" << m_campaignId << "could not write answers:" << s.error().message;
    if (target == CampaignStatus::Cancelled) {
        if (auto n = d->store.cancelPending(m_campaignId); n) {
            m_counts.pending -= *n;
            m_counts.cancelled += *n;
        }
    }
    m_stopping.reset();
    m_flushTimer.stop();
    m_progressTimer.stop();
    setStatus(target, m_lastError.isError() ? m_lastError.toString() : QString());
    Q_EMIT progressChanged(progress());
    Q_EMIT stopped(target);
    if (m_resumeRequested && target == CampaignStatus::Paused)
        QTimer::singleShot(0, this, &CampaignRunner::resume);
}

void CampaignRunner::checkFinished()
{
    if (!m_exhausted || !d->queue.empty() || !d->delayed.empty() || !d->armed.empty() || !d->inFlight.isEmpty())
        return;
    for (const RecipientJournal::Sample &s : d->meter.takeSamples(true))
        d->journal.addSample(s);
    if (Status s = d->journal.commit(); !s) {
        requestStop(CampaignStatus::Paused, s.error());
        return;
    }
    // The disk is the truth: anything still pending there (it should not be) is picked up again.
    auto counts = d->store.counts(m_campaignId);
    if (!counts) {
        requestStop(CampaignStatus::Paused, counts.error());
        return;
    }
    if (counts->sending > 0) {
        // Nothing is on the wire, yet rows say Sending: account for them honestly rather than loop.
        qCWarning(lcDelivery) << "campaign" << m_campaignId << "found" << counts->sending << "rows still marked sending";
        if (auto recovered = d->store.recoverSending(m_campaignId); recovered)
            counts = d->store.counts(m_campaignId);
        if (!counts) {
            requestStop(CampaignStatus::Paused, counts.error());
            return;
        }
    }
    if (counts->pending > 0) {
        qCWarning(lcDelivery) << "campaign" << m_campaignId << "found" << counts->pending << "pending on disk; continuing";
        m_counts = *counts;
        m_exhausted = false;
        m_lastLoadedSeq = 0;
        QTimer::singleShot(0, this, &CampaignRunner::pump);
        return;
    }
    m_counts = *counts;
    m_flushTimer.stop();
    m_progressTimer.stop();
    m_wakeTimer.stop();
    setStatus(CampaignStatus::Finished);
    Q_EMIT progressChanged(progress());
    Q_EMIT stopped(CampaignStatus::Finished);
}

} // namespace herald::delivery
