#include "CampaignWorker.h"

#include "common/Logging.h"
#include "delivery/CampaignManager.h"
#include "store/Database.h"

#include <QDir>
#include <QMutexLocker>
#include <QSaveFile>

#include <functional>

namespace herald::ui {

using delivery::CampaignManager;

namespace {

bool latestWins(CampaignWorker::Lane lane)
{
    return lane == CampaignWorker::Lane::Audience || lane == CampaignWorker::Lane::List ||
           lane == CampaignWorker::Lane::Report || lane == CampaignWorker::Lane::Recipients;
}

Error cancelled(const QString &message)
{
    return Error::make(Error::Kind::Cancelled, message);
}

// Passes writes through to a file, counting lines, and fails them once the export is cancelled: the CSV
// writer then stops at its next row.
class ExportDevice final : public QIODevice
{
public:
    ExportDevice(QIODevice *out, std::function<bool()> keepGoing, std::function<void(qint64 lines)> progress)
        : m_out(out)
        , m_keepGoing(std::move(keepGoing))
        , m_progress(std::move(progress))
    {
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        if (!m_keepGoing()) {
            setErrorString(CampaignWorker::tr("the export was cancelled"));
            return -1;
        }
        const qint64 written = m_out->write(data, size);
        if (written < 0) {
            setErrorString(m_out->errorString());
            return -1;
        }
        m_lines += std::count(data, data + size, '\n');
        m_progress(m_lines);
        return written;
    }

private:
    QIODevice *m_out;
    std::function<bool()> m_keepGoing;
    std::function<void(qint64)> m_progress;
    qint64 m_lines = 0;
};

constexpr qint64 ProgressEveryRows = 2000;

} // namespace

CampaignWorker::CampaignWorker(const store::Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    m_thread.setObjectName(QStringLiteral("herald-campaign-worker"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
}

CampaignWorker::~CampaignWorker()
{
    m_stopping = true;
    m_thread.quit();
    m_thread.wait();
}

quint64 CampaignWorker::open(Lane lane)
{
    const quint64 ticket = ++m_nextTicket;
    m_latest[std::size_t(lane)] = ticket;
    QMutexLocker lock(&m_mutex);
    m_open.insert(ticket);
    return ticket;
}

void CampaignWorker::close(quint64 ticket)
{
    QMutexLocker lock(&m_mutex);
    m_open.remove(ticket);
    m_cancelled.remove(ticket);
}

bool CampaignWorker::cancel(quint64 ticket)
{
    QMutexLocker lock(&m_mutex);
    if (!m_open.contains(ticket))
        return false;
    m_cancelled.insert(ticket);
    return true;
}

bool CampaignWorker::settle(quint64 ticket)
{
    QMutexLocker lock(&m_mutex);
    if (m_stopping || m_cancelled.contains(ticket))
        return false;
    m_open.remove(ticket);
    return true;
}

bool CampaignWorker::isStale(Lane lane, quint64 ticket) const
{
    if (m_stopping)
        return true;
    if (latestWins(lane) && m_latest[std::size_t(lane)] != ticket)
        return true;
    QMutexLocker lock(&m_mutex);
    return m_cancelled.contains(ticket);
}

template <typename Emit> void CampaignWorker::reply(Emit emitter)
{
    QMetaObject::invokeMethod(this, std::move(emitter), Qt::QueuedConnection);
}

template <typename Job> void CampaignWorker::post(quint64 ticket, Job job)
{
    QMetaObject::invokeMethod(
        m_context,
        [this, ticket, job = std::move(job)]() mutable {
            if (!m_stopping) // else the owner is going: nobody waits for an answer
                job();
            close(ticket);
        },
        Qt::QueuedConnection);
}

quint64 CampaignWorker::resolveAudience(const delivery::AudienceSpec &spec)
{
    const quint64 ticket = open(Lane::Audience);
    post(ticket, [this, ticket, spec] {
        if (isStale(Lane::Audience, ticket))
            return;
        auto resolved = CampaignManager(m_db).resolveAudience(spec);
        delivery::Audience audience;
        Error error;
        if (resolved)
            audience = std::move(resolved).value();
        else
            error = resolved.error();
        reply([this, ticket, audience = std::move(audience), error] {
            Q_EMIT audienceResolved(ticket, audience, error);
        });
    });
    return ticket;
}

quint64 CampaignWorker::createCampaign(const compose::Draft &draft, const delivery::Audience &audience,
                                       const QString &profileName, const delivery::RunOptions &options,
                                       const QString &title)
{
    const quint64 ticket = open(Lane::Create);
    post(ticket, [this, ticket, draft, audience, profileName, options, title] {
        if (isStale(Lane::Create, ticket)) {
            reply([this, ticket] {
                Q_EMIT campaignCreated(ticket, 0,
                                       cancelled(tr("Sending was cancelled before the campaign was stored; "
                                                    "nothing was sent.")));
            });
            return;
        }
        CampaignManager manager(m_db);
        auto id = manager.createCampaign(draft, audience, profileName, options, title);
        if (!id) {
            reply([this, ticket, error = id.error()] { Q_EMIT campaignCreated(ticket, 0, error); });
            return;
        }
        if (m_stopping)
            return; // stored and left running: the next start offers it for resume, as after a crash
        if (settle(ticket)) {
            reply([this, ticket, id = *id] { Q_EMIT campaignCreated(ticket, id, Error{}); });
            return;
        }
        reply([this, ticket, id = *id, error = cancelStored(*id)] {
            Q_EMIT campaignCreated(ticket, id, error);
        });
    });
    return ticket;
}

Error CampaignWorker::cancelStored(qint64 campaignId) const
{
    if (Status s = CampaignManager(m_db).cancel(campaignId); !s)
        return s.error();
    return cancelled(tr("The campaign was stored, then cancelled before any message went out."));
}

quint64 CampaignWorker::cancelCampaign(qint64 campaignId)
{
    const quint64 ticket = open(Lane::Create);
    post(ticket, [this, ticket, campaignId] {
        const Status done = CampaignManager(m_db).cancel(campaignId);
        reply([this, ticket, campaignId, error = done ? Error{} : done.error()] {
            Q_EMIT campaignCancelled(ticket, campaignId, error);
        });
    });
    return ticket;
}

quint64 CampaignWorker::loadCampaigns()
{
    const quint64 ticket = open(Lane::List);
    post(ticket, [this, ticket] {
        if (isStale(Lane::List, ticket))
            return;
        auto list = CampaignManager(m_db).campaigns();
        QList<delivery::CampaignInfo> campaigns;
        Error error;
        if (list)
            campaigns = std::move(list).value();
        else
            error = list.error();
        reply([this, ticket, campaigns = std::move(campaigns), error] {
            Q_EMIT campaignsLoaded(ticket, campaigns, error);
        });
    });
    return ticket;
}

quint64 CampaignWorker::loadReport(qint64 campaignId)
{
    const quint64 ticket = open(Lane::Report);
    post(ticket, [this, ticket, campaignId] {
        if (isStale(Lane::Report, ticket))
            return;
        auto loaded = delivery::CampaignReport(m_db).load(campaignId);
        delivery::CampaignReport::Data data;
        Error error;
        if (loaded)
            data = std::move(loaded).value();
        else
            error = loaded.error();
        reply([this, ticket, data = std::move(data), error] { Q_EMIT reportLoaded(ticket, data, error); });
    });
    return ticket;
}

quint64 CampaignWorker::loadRecipients(qint64 campaignId, delivery::RecipientState state, int limit)
{
    const quint64 ticket = open(Lane::Recipients);
    post(ticket, [this, ticket, campaignId, state, limit] {
        if (isStale(Lane::Recipients, ticket))
            return;
        auto rows = CampaignManager(m_db).recipients(campaignId, state, limit);
        QList<delivery::CampaignRecipient> recipients;
        Error error;
        if (rows)
            recipients = std::move(rows).value();
        else
            error = rows.error();
        reply([this, ticket, recipients = std::move(recipients), error] {
            Q_EMIT recipientsLoaded(ticket, recipients, error);
        });
    });
    return ticket;
}

quint64 CampaignWorker::exportCsv(qint64 campaignId, const QString &path)
{
    const quint64 ticket = open(Lane::Export);
    post(ticket, [this, ticket, campaignId, path] {
        const auto finish = [this, ticket, path](const Error &error) {
            reply([this, ticket, path, error] { Q_EMIT exportFinished(ticket, path, error); });
        };
        const auto wasCancelled = [this, ticket] { return isStale(Lane::Export, ticket); };
        const QString shown = QDir::toNativeSeparators(path);
        if (wasCancelled())
            return finish(cancelled(tr("The export was cancelled; %1 was not written.").arg(shown)));
        qint64 total = 0;
        if (auto info = CampaignManager(m_db).campaign(campaignId); info)
            total = info->counts.total();
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return finish(Error::make(Error::Kind::Storage,
                                      tr("Herald could not write %1: %2").arg(shown, file.errorString())));
        reply([this, ticket, total] { Q_EMIT exportProgress(ticket, 0, total); });
        qint64 reported = 0;
        ExportDevice device(
            &file, [wasCancelled] { return !wasCancelled(); },
            [this, ticket, total, &reported](qint64 lines) {
                const qint64 rows = qMax<qint64>(lines - 1, 0); // the header is no recipient
                if (rows - reported < ProgressEveryRows)
                    return;
                reported = rows;
                reply([this, ticket, rows, total] { Q_EMIT exportProgress(ticket, rows, total); });
            });
        device.open(QIODevice::WriteOnly);
        const Status written = delivery::CampaignReport(m_db).writeCsv(campaignId, &device);
        if (wasCancelled()) {
            file.cancelWriting();
            return finish(cancelled(tr("The export was cancelled; %1 was not written.").arg(shown)));
        }
        if (!written) {
            file.cancelWriting();
            return finish(written.error());
        }
        if (!file.commit())
            return finish(Error::make(Error::Kind::Storage,
                                      tr("Herald could not write %1: %2").arg(shown, file.errorString())));
        finish(Error{});
    });
    return ticket;
}

} // namespace herald::ui
