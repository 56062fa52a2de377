#pragma once

#include "common/Error.h"
#include "common/Result.h"
#include "delivery/CampaignReport.h"
#include "delivery/DeliveryTypes.h"

#include <QFileDialog>
#include <QPointer>
#include <QScopedPointer>
#include <QTimer>
#include <QWidget>

namespace Ui {
class CampaignReportView;
}

namespace herald::ui {

class CampaignRecipientModel;
class CampaignWorker;

// The report of one campaign, under the campaigns page's progress: counts by state and error code, a page of
// recipients filtered by state, and Export CSV… with progress and a Stop button. Everything is read on the
// CampaignWorker's thread; an answer for a campaign or filter no longer shown is dropped. While the campaign
// is sent (setLive), the counts refresh every RefreshMs.
class CampaignReportView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignReportView)

public:
    static constexpr int RecipientRows = 500;
    static constexpr int RefreshMs = 2000;

    explicit CampaignReportView(QWidget *parent = nullptr);
    ~CampaignReportView() override;

    // Reads through this worker (null: nothing to show). The worker may go first.
    void setWorker(CampaignWorker *worker);
    // The campaign to report on (0: none): its counts and recipients load at once.
    void setCampaign(qint64 campaignId);
    qint64 campaign() const { return m_campaignId; }
    // While the campaign is sent, its counts refresh every RefreshMs.
    void setLive(bool live);
    bool isLive() const { return m_timer.isActive(); }
    // Loads the counts (and, with recipients, the filtered recipients) again.
    void refresh(bool recipients = false);

    void setFilter(delivery::RecipientState state);
    delivery::RecipientState filter() const;
    CampaignRecipientModel *recipientModel() const { return m_recipients; }

    // Writes every recipient of the shown campaign to path as CSV, off the UI thread; exportFinished follows.
    // An error when it cannot start (no campaign, an export already running).
    Status exportCsvTo(const QString &path);
    void cancelExport();
    bool isExporting() const { return m_exportTicket != 0; }
    // The file chooser Export CSV… opened (window-modal, not a nested loop; null when none is open). Tests
    // choose a file with selectFile() and accept().
    QFileDialog *exportDialog() const { return m_exportDialog; }

Q_SIGNALS:
    void reportLoaded(const herald::delivery::CampaignReport::Data &report);
    void exportFinished(const QString &path, const herald::Error &error);
    // A sentence for the page's message line.
    void message(const QString &text, bool error);

private:
    void onReportLoaded(quint64 ticket, const delivery::CampaignReport::Data &report, const Error &error);
    void onRecipientsLoaded(quint64 ticket, const QList<delivery::CampaignRecipient> &recipients,
                            const Error &error);
    void onExportProgress(quint64 ticket, qint64 rows, qint64 total);
    void onExportFinished(quint64 ticket, const QString &path, const Error &error);
    void loadRecipients();
    void updateNote();
    void updateButtons();
    void chooseExportFile();

    QScopedPointer<Ui::CampaignReportView> m_ui;
    QPointer<CampaignWorker> m_worker;
    QPointer<QFileDialog> m_exportDialog;
    CampaignRecipientModel *m_recipients;
    QTimer m_timer;
    qint64 m_campaignId = 0;
    quint64 m_reportTicket = 0;
    quint64 m_recipientsTicket = 0;
    quint64 m_exportTicket = 0;
    bool m_haveCounts = false; // m_counts belongs to m_campaignId
    delivery::StateCounts m_counts;
};

} // namespace herald::ui
