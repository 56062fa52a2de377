#include "CampaignJobs.h"

#include "CampaignWorker.h"

namespace herald::ui {

CampaignJobs::CampaignJobs(const store::Database &db, QObject *parent)
    : QObject(parent)
    , m_send(std::make_unique<CampaignWorker>(db))
    , m_read(std::make_unique<CampaignWorker>(db))
{
    connect(m_send.get(), &CampaignWorker::campaignCreated, this, &CampaignJobs::onCreated);
    connect(m_send.get(), &CampaignWorker::campaignCancelled, this, &CampaignJobs::onCancelled);
}

CampaignJobs::~CampaignJobs() = default;

void CampaignJobs::store(const compose::Draft &draft, const delivery::Audience &audience,
                         const QString &profileName, const delivery::RunOptions &options)
{
    // A row per recipient: 100,000 take a few seconds, written on the worker while the window goes on.
    m_storing.insert(m_send->createCampaign(draft, audience, profileName, options, draft.title),
                     audience.toSend());
    Q_EMIT storingChanged();
}

qint64 CampaignJobs::storingRecipients() const
{
    qint64 recipients = 0;
    for (qint64 n : m_storing)
        recipients += n;
    return recipients;
}

void CampaignJobs::cancelStoring()
{
    for (auto it = m_storing.cbegin(); it != m_storing.cend(); ++it) {
        // Each is answered with Cancelled; one the worker had stored already is cancelled when it arrives.
        if (!m_send->cancel(it.key()))
            m_cancelWhenStored.insert(it.key());
    }
}

void CampaignJobs::cancelCampaign(qint64 campaignId)
{
    // Every recipient not sent yet is marked: 100,000 rows are written on the worker.
    m_cancelling.insert(m_send->cancelCampaign(campaignId));
}

void CampaignJobs::onCreated(quint64 ticket, qint64 campaignId, const Error &error)
{
    if (!m_storing.contains(ticket))
        return;
    const qint64 recipients = m_storing.take(ticket);
    if (m_cancelWhenStored.remove(ticket) && !error.isError()) {
        m_storing.insert(m_send->cancelCampaign(campaignId), recipients);
        return;
    }
    Q_EMIT storingChanged();
    if (error.kind == Error::Kind::Cancelled) {
        Q_EMIT message(error.message, false);
        if (campaignId)
            Q_EMIT cancelled(campaignId);
    } else if (error.isError()) {
        Q_EMIT message(tr("Herald could not store the campaign, so nothing was sent: %1").arg(error.message),
                       true);
    } else {
        Q_EMIT stored(campaignId);
    }
}

void CampaignJobs::onCancelled(quint64 ticket, qint64 campaignId, const Error &error)
{
    if (m_storing.remove(ticket)) {
        // "Don't send" came just after the campaign was stored.
        Q_EMIT storingChanged();
        Q_EMIT message(error.isError()
                           ? error.message
                           : tr("The campaign was stored, then cancelled before any message went out."),
                       error.isError());
    } else if (m_cancelling.remove(ticket)) {
        if (error.isError())
            Q_EMIT message(error.message, true);
    } else {
        return;
    }
    Q_EMIT cancelled(campaignId);
}

} // namespace herald::ui
