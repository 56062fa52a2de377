#pragma once

#include "delivery/DeliveryTypes.h"

#include <QFrame>
#include <QList>
#include <QScopedPointer>

namespace Ui {
class CampaignRecoveryBanner;
}

namespace herald::ui {

// The banner at the top of the campaigns page offering the campaigns a crash, a kill or a pause left
// unfinished: Resume (those not sent yet), Resume and resend to the uncertain ones, list the uncertain ones
// first, or leave them. It only shows and asks; the page resumes.
class CampaignRecoveryBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignRecoveryBanner)

public:
    explicit CampaignRecoveryBanner(QWidget *parent = nullptr);
    ~CampaignRecoveryBanner() override;

    // Offers these campaigns, the first one current; hides the banner when there are none.
    void offer(const QList<delivery::CampaignInfo> &campaigns);
    // The campaign was resumed: no longer offered.
    void remove(qint64 campaignId);
    bool isOffering() const { return !isHidden(); }
    // The sentence and every line, as shown.
    QString text() const;
    qint64 currentCampaign() const;

Q_SIGNALS:
    void campaignChosen(qint64 campaignId);
    void resumeRequested(qint64 campaignId, bool resendUncertain);
    void listUncertainRequested(qint64 campaignId);

private:
    QScopedPointer<Ui::CampaignRecoveryBanner> m_ui;
};

} // namespace herald::ui
