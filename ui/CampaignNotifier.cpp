#include "CampaignNotifier.h"

#include <QLocale>
#include <QSystemTrayIcon>

namespace herald::ui {

using delivery::CampaignStatus;

CampaignNotifier::CampaignNotifier(QObject *parent)
    : QObject(parent)
{
}

CampaignNotifier::~CampaignNotifier()
{
    delete m_tray;
}

QString CampaignNotifier::sentence(const QString &title, CampaignStatus status, const delivery::StateCounts &c,
                                   const QString &why)
{
    const QLocale locale;
    switch (status) {
    case CampaignStatus::Finished:
        return tr("\"%1\" finished: %2 delivered, %3 unreachable, %4 failed, %5 uncertain.")
            .arg(title, locale.toString(c.delivered), locale.toString(c.unreachable), locale.toString(c.failed),
                 locale.toString(c.uncertain));
    case CampaignStatus::Cancelled:
        return tr("\"%1\" was cancelled: %2 delivered, %3 not sent.")
            .arg(title, locale.toString(c.delivered), locale.toString(c.cancelled));
    default:
        return tr("\"%1\" paused: %2").arg(title, why);
    }
}

QString CampaignNotifier::notify(const QString &title, CampaignStatus status, const delivery::StateCounts &counts,
                                 const QString &why, const QIcon &icon)
{
    const QString text = sentence(title, status, counts, why);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(icon);
            m_tray->setToolTip(tr("Herald"));
        }
        m_tray->show();
        const bool clean = status == CampaignStatus::Finished && counts.allAccountedFor();
        m_tray->showMessage(tr("Herald"), text, clean ? QSystemTrayIcon::Information : QSystemTrayIcon::Warning);
    }
    return text;
}

} // namespace herald::ui
