#pragma once

#include "common/Result.h"
#include "delivery/CampaignProgress.h"
#include "delivery/DeliveryTypes.h"
#include "delivery/RunOptions.h"

#include <QLabel>
#include <QList>
#include <QPointer>
#include <QScopedPointer>
#include <QTimer>
#include <QWidget>

#include <map>
#include <memory>
#include <utility>

namespace Ui {
class CampaignsPage;
}
namespace herald::connector {
class ConnectorClient;
}
namespace herald::compose {
struct Draft;
}
namespace herald::delivery {
class CampaignRunner;
}
namespace herald::store {
class Database;
}

namespace herald::ui {

class CampaignListModel;
class CampaignNotifier;
class CampaignRecipientModel;
class SendDialog;
class ThroughputChart;

// The campaigns: a list with status and a progress bar each; for the selected one its progress, a live
// chart of messages per second, the time left, Pause / Resume / Cancel, and a report (counts by state
// and error code, recipients filtered by state, Export CSV…). Campaigns a crash or a kill interrupted are
// offered for resume in a banner at the top. Runners send asynchronously on this thread; report reads
// are limited (RecipientRows per state) so the window never waits on a large campaign.
class CampaignsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignsPage)

public:
    static constexpr int RecipientRows = 500;
    static constexpr int ReportRefreshMs = 2000;

    // db may be null (the database could not be opened): the page then says so. db outlives the page.
    explicit CampaignsPage(const store::Database *db, QWidget *parent = nullptr);
    ~CampaignsPage() override;

    // The signed-in bot and its profile name (null: signed out). Runners of another client are paused.
    void setConnector(connector::ConnectorClient *client, const QString &profileName);
    // Defaults for runs (pacing.globalRps from AppSettings); a stored campaign's own options win.
    void setRunOptions(const delivery::RunOptions &options) { m_options = options; }
    const delivery::RunOptions &runOptions() const { return m_options; }

    // Opens the confirmation for this draft and audience (people ids from the directory's audience list);
    // when the person sends, the campaign is stored, started and shown here. Returns the open dialog.
    SendDialog *confirmSend(const compose::Draft &draft, const QStringList &people);

    // Starts (or resumes, after a restart) a stored campaign and selects it.
    Status startCampaign(qint64 campaignId, bool resendUncertain = false);
    delivery::CampaignRunner *runner(qint64 campaignId) const;

    void reload();
    void selectCampaign(qint64 campaignId);
    qint64 selectedCampaign() const;
    void pauseSelected();
    void resumeSelected();
    // confirm: ask first (the Cancel button does); tests and scripts pass false.
    void cancelSelected(bool confirm = true);
    void togglePause();

    // The report's recipients filter.
    void setReportFilter(delivery::RecipientState state);
    Status exportCsvTo(const QString &path);

    // Marks campaigns a stopped process left running as interrupted and offers them (with paused ones).
    void offerInterrupted();
    bool isOfferingRecovery() const;
    QString recoveryText() const;
    // Pauses every runner and gives up on requests on the wire (they become uncertain), before quitting.
    void shutdown();

    // For the window's status bar: what is being sent, and how the last campaign ended.
    QLabel *statusLabel() const { return m_statusLabel.data(); }
    QString lastNotification() const { return m_lastNotification; }
    QString messageText() const;

    CampaignListModel *model() const { return m_model; }
    CampaignRecipientModel *recipientModel() const { return m_recipients; }
    ThroughputChart *chart() const;

Q_SIGNALS:
    // A campaign this window sent finished, was cancelled or stopped by itself; sentence says how.
    void campaignEnded(qint64 campaignId, herald::delivery::CampaignStatus status, const QString &sentence);

private:
    struct Live
    {
        std::unique_ptr<delivery::CampaignRunner> runner;
        QList<std::pair<qint64, double>> samples; // (elapsed ms, messages/s), the last minute
        delivery::CampaignProgress progress;
    };

    void onProgress(const delivery::CampaignProgress &progress);
    void onStopped(qint64 campaignId, delivery::CampaignStatus status);
    void onSelectionChanged();
    void showDetails();
    void showLiveProgress(const delivery::CampaignProgress &progress);
    void refreshReport();
    void refreshRecipients();
    void updateButtons();
    void updateStatusLabel();
    void chooseExportFile();
    void resumeRecovered(bool resendUncertain);
    void listUncertain();
    void notifyEnded(qint64 campaignId, delivery::CampaignStatus status, const QString &why);
    void showMessage(const QString &text, bool error = false);
    QString titleOf(qint64 campaignId) const;

    QScopedPointer<Ui::CampaignsPage> m_ui;
    const store::Database *m_db;
    connector::ConnectorClient *m_client = nullptr;
    QString m_profileName;
    delivery::RunOptions m_options;
    CampaignListModel *m_model;
    CampaignRecipientModel *m_recipients;
    std::map<qint64, Live> m_live;
    QPointer<QLabel> m_statusLabel; // lives in the window's status bar
    CampaignNotifier *m_notifier;
    QString m_lastNotification;
    QTimer m_reportTimer;
};

} // namespace herald::ui
