#pragma once

#include "delivery/DeliveryTypes.h"

#include <QIcon>
#include <QObject>
#include <QPointer>

class QSystemTrayIcon;
class QWidget;

namespace herald::ui {

// Says how a campaign ended, as one sentence, and as a desktop notification: through the system tray
// (QSystemTrayIcon) when the desktop has one; else, on Linux, through the freedesktop notification service
// (org.freedesktop.Notifications on the session bus); else, or when that service does not answer, by
// asking the desktop to draw attention to the window (QApplication::alert). The caller also shows the
// sentence in the window's status bar.
class CampaignNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignNotifier)

public:
    enum class Channel { None, Tray, DBus, Alert };
    Q_ENUM(Channel)

    explicit CampaignNotifier(QObject *parent = nullptr);
    ~CampaignNotifier() override;

    static QString sentence(const QString &title, delivery::CampaignStatus status,
                            const delivery::StateCounts &counts, const QString &why);
    // Returns the sentence shown. window: the one to alert when there is no notification service.
    QString notify(const QString &title, delivery::CampaignStatus status, const delivery::StateCounts &counts,
                   const QString &why, const QIcon &icon, QWidget *window = nullptr);

    // How the last notification reached the desktop (the D-Bus path settles when the service answers:
    // shown follows), and, when it fell back to alerting the window, why, as a sentence.
    Channel lastChannel() const { return m_channel; }
    QString fallbackReason() const { return m_fallbackReason; }

Q_SIGNALS:
    void shown(herald::ui::CampaignNotifier::Channel channel);

private:
    void notifyByDBus(const QString &text, bool clean, QWidget *window);
    void alert(QWidget *window, const QString &reason);

    QSystemTrayIcon *m_tray = nullptr;
    Channel m_channel = Channel::None;
    QString m_fallbackReason;
};

} // namespace herald::ui
