#pragma once

#include "common/Error.h"
#include "compose/Draft.h"
#include "delivery/Audience.h"
#include "delivery/CampaignReport.h"
#include "delivery/DeliveryTypes.h"
#include "delivery/RunOptions.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QThread>

#include <array>
#include <atomic>

namespace herald::store {
class Database;
}

namespace herald::ui {

// The campaigns' slow database work off the UI thread, as DirectoryWorker does it for the directory:
// resolving an audience (about a second at 100,000 people), storing a new campaign (a row per recipient),
// cancelling one, listing the campaigns with their counts, loading a report and a page of recipients, and
// exporting a report to CSV. One worker thread, one job at a
// time, its own database connection. Every request returns a ticket and its result comes back, as a signal
// on the owner's thread, with that ticket.
//
// Stale work is dropped: in the "latest wins" lanes (audience, list, report, recipients) a new request makes
// the older ones of its lane stale, and cancel(ticket) makes any open request stale. A stale request still
// queued is skipped; its owner ignores any result whose ticket is not the one it waits for. Creates and
// exports are always answered (Error::Kind::Cancelled when cancelled): a create cancelled while the campaign
// was being stored marks that campaign cancelled, so nothing is sent. A create is settled (no longer open)
// once stored and not cancelled: cancel() then says false, and the owner cancels the campaign itself
// (cancelCampaign). Destroying the worker skips what is queued, stops an export at its next row and waits for
// the job in progress.
class CampaignWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignWorker)

public:
    enum class Lane { Audience, Create, List, Report, Recipients, Export };
    static constexpr int LaneCount = 6;

    // db must outlive the worker.
    explicit CampaignWorker(const store::Database &db, QObject *parent = nullptr);
    ~CampaignWorker() override;

    quint64 resolveAudience(const delivery::AudienceSpec &spec);
    quint64 createCampaign(const compose::Draft &draft, const delivery::Audience &audience,
                           const QString &profileName, const delivery::RunOptions &options,
                           const QString &title);
    // Marks a stored campaign that no runner sends cancelled (every recipient not sent yet);
    // campaignCancelled follows.
    quint64 cancelCampaign(qint64 campaignId);
    quint64 loadCampaigns();
    quint64 loadReport(qint64 campaignId);
    quint64 loadRecipients(qint64 campaignId, delivery::RecipientState state, int limit);
    // Writes every recipient as CSV to path (through QSaveFile: a cancelled or failed export leaves no file).
    quint64 exportCsv(qint64 campaignId, const QString &path);

    // False when the request is no longer open (answered, or a create settled): nothing changes then.
    bool cancel(quint64 ticket);

Q_SIGNALS:
    void audienceResolved(quint64 ticket, const herald::delivery::Audience &audience,
                          const herald::Error &error);
    // campaignId > 0 when it was stored (even when cancelled afterwards: it is then marked cancelled).
    void campaignCreated(quint64 ticket, qint64 campaignId, const herald::Error &error);
    void campaignCancelled(quint64 ticket, qint64 campaignId, const herald::Error &error);
    void campaignsLoaded(quint64 ticket, const QList<herald::delivery::CampaignInfo> &campaigns,
                         const herald::Error &error);
    void reportLoaded(quint64 ticket, const herald::delivery::CampaignReport::Data &report,
                      const herald::Error &error);
    void recipientsLoaded(quint64 ticket, const QList<herald::delivery::CampaignRecipient> &recipients,
                          const herald::Error &error);
    void exportProgress(quint64 ticket, qint64 rows, qint64 total);
    void exportFinished(quint64 ticket, const QString &path, const herald::Error &error);

private:
    quint64 open(Lane lane);
    // Runs job on the worker thread (unless the worker is going by then); the job checks isStale itself.
    template <typename Job> void post(quint64 ticket, Job job);
    bool isStale(Lane lane, quint64 ticket) const;
    void close(quint64 ticket);
    // A create that was not cancelled becomes final: later cancels are refused. False when cancelled.
    bool settle(quint64 ticket);
    Error cancelStored(qint64 campaignId) const;
    // Emits on the owner's thread.
    template <typename Emit> void reply(Emit emitter);

    const store::Database &m_db;
    QThread m_thread;
    QObject *m_context = nullptr; // lives in m_thread; runs the jobs there
    std::atomic_bool m_stopping{false};
    std::atomic<quint64> m_nextTicket{0};
    std::array<std::atomic<quint64>, LaneCount> m_latest{};
    mutable QMutex m_mutex;
    QSet<quint64> m_open;      // guarded by m_mutex
    QSet<quint64> m_cancelled; // guarded by m_mutex
};

} // namespace herald::ui
