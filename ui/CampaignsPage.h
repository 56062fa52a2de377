#pragma once

#include "LiveCampaigns.h"

#include "auth/Profile.h"
#include "common/Result.h"
#include "delivery/CampaignProgress.h"
#include "delivery/CampaignReport.h"
#include "delivery/DeliveryTypes.h"
#include "delivery/RunOptions.h"

#include <QLabel>
#include <QList>
#include <QPointer>
#include <QScopedPointer>
#include <QSet>
#include <QWidget>

#include <memory>

namespace Ui {
class CampaignsPage;
}
namespace herald::compose {
struct Draft;
}
namespace herald::store {
class Database;
}

namespace herald::ui {

class CampaignJobs;
class CampaignListModel;
class CampaignNotifier;
class CampaignRecipientModel;
class CampaignSendThread;
class CampaignWorker;
class SendDialog;
class ThroughputChart;

// The campaigns: a list with status and a progress bar each; for the selected one its progress, a live
// chart of messages per second, the time left, Pause / Resume / Cancel, and its report
// (CampaignReportView). Campaigns a crash or a kill interrupted are offered for resume in a banner at the
// top. Runners send on a CampaignSendThread (their commits, recovery and cancels off this thread); the page
// keeps the latest progress, status and counts of each. The slow reads and writes run on two CampaignWorkers
// — one for the Send… dialog (working out the audience, then storing the campaign), one for the report and
// its CSV export — so the window never waits on a 100,000-recipient campaign.
class CampaignsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignsPage)

public:
    // db may be null (the database could not be opened): the page then says so. db outlives the page.
    explicit CampaignsPage(const store::Database *db, QWidget *parent = nullptr);
    ~CampaignsPage() override;

    // The signed-in bot's profile and secret (an empty profile name: signed out). Campaigns are sent on
    // their own thread through a connector client made there from these; the secret stays in memory.
    // Runners of the previous profile are paused first (requests on the wire become uncertain).
    void setCredentials(const auth::Profile &profile, const QString &secret);
    // Defaults for runs (pacing.globalRps from AppSettings); a stored campaign's own options win.
    void setRunOptions(const delivery::RunOptions &options) { m_options = options; }
    const delivery::RunOptions &runOptions() const { return m_options; }

    // Opens the confirmation for this draft and audience (people ids from the directory's audience list);
    // when the person sends, the campaign is stored (off the UI thread, with a busy line and "Don't send"
    // here), then started and shown here. Returns the open dialog.
    SendDialog *confirmSend(const compose::Draft &draft, const QStringList &people);
    // Whether a confirmed campaign is still being stored.
    bool isStoring() const;
    // Stops the campaigns being stored: nothing of them is sent (one already stored is marked cancelled).
    void cancelStoring();

    // Starts (or resumes, after a restart) a stored campaign on the send thread and selects it. An error
    // here when it cannot be asked to start; one found on the send thread shows on the message line.
    Status startCampaign(qint64 campaignId, bool resendUncertain = false);
    // Whether a runner sends (or is starting to send) the campaign, and its latest progress (null if none).
    bool isSending(qint64 campaignId) const;
    const delivery::CampaignProgress *liveProgress(qint64 campaignId) const;
    // The thread the campaign's runner lives in (null if none).
    QThread *runnerThread(qint64 campaignId) const;

    // Reads the list again, off the UI thread (isReloading() until it is shown).
    void reload();
    bool isReloading() const;
    // Selects the campaign now, or as soon as the list being read shows it.
    void selectCampaign(qint64 campaignId);
    qint64 selectedCampaign() const;
    void pauseSelected();
    void resumeSelected();
    // confirm: ask first (the Cancel button does); tests and scripts pass false.
    void cancelSelected(bool confirm = true);
    void togglePause();
    // Sends again to the uncertain recipients of the selected finished campaign (they may get it twice).
    // confirm: ask first, in a window-modal box listing how many (the Resend uncertain… button does).
    void resendUncertainSelected(bool confirm = true);

    // The report's recipients filter.
    void setReportFilter(delivery::RecipientState state);
    // Starts exporting the selected campaign's report to path; reportExported follows.
    Status exportCsvTo(const QString &path);

    // Marks campaigns a stopped process left running as interrupted and offers them (with paused ones).
    void offerInterrupted();
    bool isOfferingRecovery() const;
    QString recoveryText() const;
    // Pauses every runner and gives up on requests on the wire (they become uncertain), before quitting
    // (queued to the send thread; destroying the page also waits for it).
    void shutdown();

    // For the window's status bar: what is being sent, and how the last campaign ended.
    QLabel *statusLabel() const { return m_statusLabel.data(); }
    QString lastNotification() const { return m_lastNotification; }
    QString messageText() const;

    CampaignListModel *model() const { return m_model; }
    CampaignNotifier *notifier() const { return m_notifier; }
    CampaignRecipientModel *recipientModel() const;
    ThroughputChart *chart() const;
    // Null without a database.
    CampaignJobs *jobs() const { return m_jobs.get(); }

Q_SIGNALS:
    // A campaign this window sent finished, was cancelled or stopped by itself; sentence says how.
    void campaignEnded(qint64 campaignId, herald::delivery::CampaignStatus status, const QString &sentence);
    // A CSV export finished (error.kind None), failed or was stopped (Cancelled).
    void reportExported(const QString &path, const herald::Error &error);

private:
    void onCampaignRead(const delivery::CampaignInfo &info);
    void onStarted(qint64 campaignId, const delivery::CampaignProgress &progress, QThread *thread);
    void onStartFailed(qint64 campaignId, const Error &error);
    void onStatusChanged(qint64 campaignId, delivery::CampaignStatus status);
    void onProgress(const delivery::CampaignProgress &progress);
    void onStopped(qint64 campaignId, delivery::CampaignStatus status, const delivery::StateCounts &counts,
                   const Error &lastError);
    void dropSender();
    void onSelectionChanged();
    void showDetails();
    void showLiveProgress(const delivery::CampaignProgress &progress);
    void showStoredThroughput(const delivery::CampaignReport::Data &report);
    void onStored(qint64 campaignId);
    void onCancelled(qint64 campaignId);
    void onCampaignsLoaded(quint64 ticket, const QList<delivery::CampaignInfo> &campaigns,
                           const Error &error);
    void updateJobPane();
    void updateButtons();
    void updateStatusLabel();
    void resumeRecovered(qint64 campaignId, bool resendUncertain);
    void listUncertain(qint64 campaignId);
    void notifyEnded(qint64 campaignId, delivery::CampaignStatus status, const delivery::StateCounts &counts,
                     const QString &why);
    void showMessage(const QString &text, bool error = false);
    QString titleOf(qint64 campaignId) const;

    QScopedPointer<Ui::CampaignsPage> m_ui;
    const store::Database *m_db;
    auth::Profile m_profile;                      // name empty: signed out
    QString m_secret;                             // in memory only
    std::unique_ptr<CampaignSendThread> m_sender; // made at the first start after a sign-in
    QSet<qint64> m_startingStored;                // just stored: a failed start says so
    delivery::RunOptions m_options;
    CampaignListModel *m_model;
    std::unique_ptr<CampaignJobs> m_jobs; // null without a database
    quint64 m_listTicket = 0;             // the list being read
    qint64 m_pendingSelection = 0;        // to select once the list has it
    LiveCampaigns m_live;
    QPointer<QLabel> m_statusLabel; // lives in the window's status bar
    CampaignNotifier *m_notifier;
    QString m_lastNotification;
};

} // namespace herald::ui
