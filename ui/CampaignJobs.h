#pragma once

#include "common/Error.h"
#include "compose/Draft.h"
#include "delivery/Audience.h"
#include "delivery/RunOptions.h"

#include <QMap>
#include <QObject>
#include <QSet>

#include <memory>

namespace herald::store {
class Database;
}

namespace herald::ui {

class CampaignWorker;

// The campaigns page's database jobs, as DirectoryJobs is for the directory: two CampaignWorkers — one for
// sending (the Send… dialog's audience, storing a confirmed campaign, cancelling a stopped one), one for
// reading (the list, the report, CSV exports) so that an export never holds up a send — and the bookkeeping
// of campaigns being stored: "Don't send" while one is stored stops it before its first message, whether
// the worker had already written it or not.
class CampaignJobs final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignJobs)

public:
    // db must outlive the jobs.
    explicit CampaignJobs(const store::Database &db, QObject *parent = nullptr);
    ~CampaignJobs() override; // the workers stop after the job each has in progress

    CampaignWorker *sendWorker() const { return m_send.get(); }
    CampaignWorker *readWorker() const { return m_read.get(); }

    // Stores a confirmed campaign; stored() follows (the caller starts it), or a sentence in message().
    void store(const compose::Draft &draft, const delivery::Audience &audience, const QString &profileName,
               const delivery::RunOptions &options);
    bool isStoring() const { return !m_storing.isEmpty(); }
    // Recipients to send in the campaigns being stored.
    qint64 storingRecipients() const;
    // Nothing of the campaigns being stored is sent: not stored at all, or marked cancelled.
    void cancelStoring();
    // Marks a stored campaign that no runner sends cancelled; cancelled() follows.
    void cancelCampaign(qint64 campaignId);

Q_SIGNALS:
    void storingChanged();
    void stored(qint64 campaignId);
    void cancelled(qint64 campaignId);
    // A sentence for the page's message line (error tints it).
    void message(const QString &text, bool error);

private:
    void onCreated(quint64 ticket, qint64 campaignId, const Error &error);
    void onCancelled(quint64 ticket, qint64 campaignId, const Error &error);

    std::unique_ptr<CampaignWorker> m_send;
    std::unique_ptr<CampaignWorker> m_read;
    QMap<quint64, qint64> m_storing;  // create (or cancel-after-create) tickets → recipients to send
    QSet<quint64> m_cancelWhenStored; // "Don't send" came after the worker had stored it
    QSet<quint64> m_cancelling;       // cancels of campaigns no runner sends
};

} // namespace herald::ui
