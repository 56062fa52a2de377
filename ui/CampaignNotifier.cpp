#include "CampaignNotifier.h"

#include "common/Logging.h"

#include <QApplication>
#include <QLocale>
#include <QSystemTrayIcon>
#include <QWidget>

#ifdef HERALD_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#endif

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

QString CampaignNotifier::sentence(const QString &title, CampaignStatus status,
                                   const delivery::StateCounts &c, const QString &why)
{
    const QLocale locale;
    switch (status) {
    case CampaignStatus::Finished:
        return tr("\"%1\" finished: %2 delivered, %3 unreachable, %4 failed, %5 uncertain.")
            .arg(title, locale.toString(c.delivered), locale.toString(c.unreachable),
                 locale.toString(c.failed), locale.toString(c.uncertain));
    case CampaignStatus::Cancelled:
        return tr("\"%1\" was cancelled: %2 delivered, %3 not sent.")
            .arg(title, locale.toString(c.delivered), locale.toString(c.cancelled));
    default:
        return tr("\"%1\" paused: %2").arg(title, why);
    }
}

QString CampaignNotifier::notify(const QString &title, CampaignStatus status,
                                 const delivery::StateCounts &counts, const QString &why, const QIcon &icon,
                                 QWidget *window)
{
    const QString text = sentence(title, status, counts, why);
    const bool clean = status == CampaignStatus::Finished && counts.allAccountedFor();
    m_fallbackReason.clear();
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(icon);
            m_tray->setToolTip(tr("Herald"));
        }
        m_tray->show();
        m_tray->showMessage(tr("Herald"), text,
                            clean ? QSystemTrayIcon::Information : QSystemTrayIcon::Warning);
        m_channel = Channel::Tray;
        Q_EMIT shown(m_channel);
        return text;
    }
#ifdef HERALD_HAVE_DBUS
    notifyByDBus(text, clean, window);
#else
    alert(window, tr("This desktop has neither a system tray nor a notification service."));
#endif
    return text;
}

void CampaignNotifier::notifyByDBus(const QString &text, bool clean, QWidget *window)
{
#ifdef HERALD_HAVE_DBUS
    QDBusConnection bus = QDBusConnection::sessionBus();
    m_channel = Channel::DBus;
    if (!bus.isConnected()) {
        alert(window, tr("There is no desktop session bus for notifications."));
        return;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("/org/freedesktop/Notifications"),
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("Notify"));
    // urgency: 1 normal, 2 critical (a campaign that did not reach everyone stays on screen).
    const QVariantMap hints{{QStringLiteral("urgency"), QVariant::fromValue(uchar(clean ? 1 : 2))},
                            {QStringLiteral("desktop-entry"), QStringLiteral("org.heraldapp.Herald")}};
    call << tr("Herald") << uint(0) << QStringLiteral("org.heraldapp.Herald") << tr("Herald") << text
         << QStringList() << hints << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
    QPointer<QWidget> target(window);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, target] {
        watcher->deleteLater();
        const QDBusPendingReply<uint> reply = *watcher;
        if (reply.isError()) {
            qCInfo(lcDelivery) << "no desktop notification service:" << reply.error().name();
            alert(target,
                  tr("The desktop's notification service did not answer (%1).").arg(reply.error().name()));
            return;
        }
        Q_EMIT shown(Channel::DBus);
    });
#else
    Q_UNUSED(text)
    Q_UNUSED(clean)
    Q_UNUSED(window)
#endif
}

void CampaignNotifier::alert(QWidget *window, const QString &reason)
{
    m_channel = Channel::Alert;
    m_fallbackReason = reason;
    if (window)
        QApplication::alert(window);
    Q_EMIT shown(m_channel);
}

} // namespace herald::ui
