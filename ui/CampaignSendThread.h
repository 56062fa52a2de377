#pragma once

#include "auth/Profile.h"
#include "common/Error.h"
#include "delivery/CampaignProgress.h"
#include "delivery/DeliveryTypes.h"
#include "delivery/RunOptions.h"

#include <QObject>
#include <QThread>

namespace herald::store {
class Database;
}

namespace herald::ui {

class CampaignSendHost;

// The thread the campaigns page sends on, so that a runner's durable commits (several a second), its start
// (recovery and counts) and a cancel's UPDATE over 100,000 rows never hold up the window. Everything a
// CampaignRunner uses lives there and is made there: the database's connection for that thread, a
// QNetworkAccessManager, a TokenProvider and a ConnectorClient for the signed-in profile (the secret is
// held in memory only). Requests are queued to the thread; progress, status and stops come back as queued
// signals on the owner's thread. Destroying it is what a crash does, minus the crash: every runner pauses,
// requests on the wire are given up (uncertain at the next start), then the thread ends.
class CampaignSendThread final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignSendThread)

public:
    // db must outlive the thread.
    CampaignSendThread(const store::Database &db, const auth::Profile &profile, const QString &secret,
                       QObject *parent = nullptr);
    ~CampaignSendThread() override;

    const auth::Profile &profile() const { return m_profile; }

    // Starts (or resumes) a stored campaign with its own options over defaults: campaignRead, then started
    // or startFailed follow. A campaign of another profile is refused.
    void start(qint64 campaignId, const delivery::RunOptions &defaults, bool resendUncertain);
    void pause(qint64 campaignId);
    void resume(qint64 campaignId);
    void cancel(qint64 campaignId);
    // Pauses every runner and gives up on the requests on the wire.
    void stopAll();

Q_SIGNALS:
    void campaignRead(const herald::delivery::CampaignInfo &info);
    // runnerThread: the thread the runner lives in (this one's).
    void started(qint64 campaignId, const herald::delivery::CampaignProgress &progress,
                 QThread *runnerThread);
    void startFailed(qint64 campaignId, const herald::Error &error);
    void progressChanged(const herald::delivery::CampaignProgress &progress);
    void statusChanged(qint64 campaignId, herald::delivery::CampaignStatus status);
    // Nothing of it is on the wire any more; lastError says why it paused by itself, if it did.
    void stopped(qint64 campaignId, herald::delivery::CampaignStatus status,
                 const herald::delivery::StateCounts &counts, const herald::Error &lastError);

private:
    const auth::Profile m_profile;
    QThread m_thread;
    CampaignSendHost *m_host; // lives in m_thread
};

} // namespace herald::ui
