#pragma once

#include "delivery/DeliveryTypes.h"

#include <QIcon>
#include <QObject>

class QSystemTrayIcon;

namespace herald::ui {

// Says how a campaign ended, as one sentence, and as a desktop notification when the desktop has a
// system tray (QSystemTrayIcon); the caller also shows the sentence in the window's status bar.
class CampaignNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignNotifier)

public:
    explicit CampaignNotifier(QObject *parent = nullptr);
    ~CampaignNotifier() override;

    static QString sentence(const QString &title, delivery::CampaignStatus status, const delivery::StateCounts &counts,
                            const QString &why);
    // Returns the sentence shown.
    QString notify(const QString &title, delivery::CampaignStatus status, const delivery::StateCounts &counts,
                   const QString &why, const QIcon &icon);

private:
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace herald::ui
