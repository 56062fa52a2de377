#include "CampaignRecoveryBanner.h"
#include "ui_CampaignRecoveryBanner.h"

#include <QLocale>

namespace herald::ui {

namespace {

constexpr int CampaignIdRole = Qt::UserRole + 1;

} // namespace

CampaignRecoveryBanner::CampaignRecoveryBanner(QWidget *parent)
    : QFrame(parent)
    , m_ui(new Ui::CampaignRecoveryBanner)
{
    m_ui->setupUi(this);
    hide();
    connect(m_ui->recoveryResumeButton, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentCampaign())
            Q_EMIT resumeRequested(id, false);
    });
    connect(m_ui->recoveryResendButton, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentCampaign())
            Q_EMIT resumeRequested(id, true);
    });
    connect(m_ui->recoveryListButton, &QPushButton::clicked, this,
            [this] { Q_EMIT listUncertainRequested(currentCampaign()); });
    connect(m_ui->recoveryLeaveButton, &QPushButton::clicked, this, &QWidget::hide);
    connect(m_ui->recoveryList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            Q_EMIT campaignChosen(m_ui->recoveryList->item(row)->data(CampaignIdRole).toLongLong());
    });
}

CampaignRecoveryBanner::~CampaignRecoveryBanner() = default;

void CampaignRecoveryBanner::offer(const QList<delivery::CampaignInfo> &campaigns)
{
    const QSignalBlocker blocker(m_ui->recoveryList);
    m_ui->recoveryList->clear();
    const QLocale locale;
    for (const delivery::CampaignInfo &info : campaigns) {
        const QString title = info.title.isEmpty() ? tr("Campaign %1").arg(info.id) : info.title;
        auto *item = new QListWidgetItem(
            tr("%1 — %2: %3 of %4 sent, %5 uncertain, %6 still to send")
                .arg(title, delivery::campaignStatusLabel(info.status), locale.toString(info.counts.done()),
                     locale.toString(info.counts.total()), locale.toString(info.counts.uncertain),
                     locale.toString(info.counts.pending)),
            m_ui->recoveryList);
        item->setData(CampaignIdRole, info.id);
    }
    const int n = m_ui->recoveryList->count();
    m_ui->recoveryLabel->setText(tr("%Ln campaign(s) did not finish. Resume sends to those not sent yet. "
                                    "Uncertain recipients may or may not "
                                    "have received the message (Herald stopped while their request was on "
                                    "its way): resend to them only if "
                                    "a second copy is better than none.",
                                    nullptr, n));
    setVisible(n > 0);
    if (n > 0)
        m_ui->recoveryList->setCurrentRow(0);
}

void CampaignRecoveryBanner::remove(qint64 campaignId)
{
    for (int row = 0; row < m_ui->recoveryList->count(); ++row) {
        if (m_ui->recoveryList->item(row)->data(CampaignIdRole).toLongLong() == campaignId) {
            delete m_ui->recoveryList->takeItem(row);
            break;
        }
    }
    setVisible(m_ui->recoveryList->count() > 0);
}

QString CampaignRecoveryBanner::text() const
{
    QStringList lines{m_ui->recoveryLabel->text()};
    for (int i = 0; i < m_ui->recoveryList->count(); ++i)
        lines.append(m_ui->recoveryList->item(i)->text());
    return lines.join(QLatin1Char('\n'));
}

qint64 CampaignRecoveryBanner::currentCampaign() const
{
    const QListWidgetItem *item = m_ui->recoveryList->currentItem();
    return item ? item->data(CampaignIdRole).toLongLong() : 0;
}

} // namespace herald::ui
