// The end-of-campaign notification on a desktop without a system tray (the offscreen platform has none):
// through org.freedesktop.Notifications on the test's private session bus, and, when no service answers
// there, by alerting the window with a sentence saying why.
#include "CampaignNotifier.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTest>
#include <QWidget>

using namespace herald;
using herald::delivery::CampaignStatus;
using herald::ui::CampaignNotifier;

namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");

// A notification server as a desktop runs one, on a bus connection of its own.
class FakeNotifications final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Shown
    {
        QString app;
        QString summary;
        QString body;
        int urgency = -1;
    };
    QList<Shown> shown;

public Q_SLOTS:
    uint Notify(const QString &app, uint replaces, const QString &icon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int timeout)
    {
        Q_UNUSED(replaces)
        Q_UNUSED(icon)
        Q_UNUSED(actions)
        Q_UNUSED(timeout)
        shown.append({app, summary, body, hints.value(QStringLiteral("urgency")).toInt()});
        return uint(shown.size());
    }
};

} // namespace

class TestCampaignNotifier final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void withoutAServiceTheWindowIsAlertedAndTheReasonSaid();
    void aServiceOnTheSessionBusShowsIt();
};

void TestCampaignNotifier::init()
{
    if (QSystemTrayIcon::isSystemTrayAvailable())
        QSKIP("this desktop has a system tray: the notifier uses it");
    if (!QDBusConnection::sessionBus().isConnected())
        QSKIP("no session bus (./dev.sh test runs the tests in one)");
}

void TestCampaignNotifier::withoutAServiceTheWindowIsAlertedAndTheReasonSaid()
{
    if (QDBusConnection::sessionBus().interface()->isServiceRegistered(kService))
        QSKIP("a notification service runs on this session bus");
    QWidget window;
    window.show();
    CampaignNotifier notifier;
    QSignalSpy shown(&notifier, &CampaignNotifier::shown);
    delivery::StateCounts counts;
    counts.delivered = 3;
    counts.cancelled = 2;
    const QString text =
        notifier.notify(QStringLiteral("Q3"), CampaignStatus::Cancelled, counts, {}, {}, &window);
    QVERIFY2(text.contains(QStringLiteral("cancelled")), qPrintable(text));
    QCOMPARE(notifier.lastChannel(), CampaignNotifier::Channel::DBus); // tried first, answered later
    QVERIFY(shown.wait(10000));
    QCOMPARE(shown.first().at(0).value<CampaignNotifier::Channel>(), CampaignNotifier::Channel::Alert);
    QCOMPARE(notifier.lastChannel(), CampaignNotifier::Channel::Alert);
    QVERIFY2(notifier.fallbackReason().contains(QStringLiteral("notification service")),
             qPrintable(notifier.fallbackReason()));
}

void TestCampaignNotifier::aServiceOnTheSessionBusShowsIt()
{
    const QString name = QStringLiteral("herald-test-notifications");
    FakeNotifications server;
    {
        QDBusConnection bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, name);
        QVERIFY(bus.isConnected());
        QVERIFY(bus.registerObject(kPath, &server, QDBusConnection::ExportAllSlots));
        if (!bus.registerService(kService))
            QSKIP("another notification service owns the name on this session bus");
    }
    CampaignNotifier notifier;
    QSignalSpy shown(&notifier, &CampaignNotifier::shown);
    delivery::StateCounts counts;
    counts.delivered = 5;
    const QString clean =
        notifier.notify(QStringLiteral("Q3"), CampaignStatus::Finished, counts, {}, {}, nullptr);
    QVERIFY(shown.wait(10000));
    QCOMPARE(shown.first().at(0).value<CampaignNotifier::Channel>(), CampaignNotifier::Channel::DBus);
    QVERIFY(notifier.fallbackReason().isEmpty());
    QCOMPARE(server.shown.size(), 1);
    QCOMPARE(server.shown.first().app, QStringLiteral("Herald"));
    QCOMPARE(server.shown.first().body, clean);
    QCOMPARE(server.shown.first().urgency, 1); // everyone accounted for

    // A campaign that did not reach everyone is urgent: it stays on screen.
    counts.failed = 1;
    const QString failed =
        notifier.notify(QStringLiteral("Q4"), CampaignStatus::Finished, counts, {}, {}, nullptr);
    QVERIFY(shown.wait(10000));
    QCOMPARE(server.shown.size(), 2);
    QCOMPARE(server.shown.last().body, failed);
    QCOMPARE(server.shown.last().urgency, 2);
    QDBusConnection::disconnectFromBus(name);
}

QTEST_MAIN(TestCampaignNotifier)
#include "tst_campaignnotifier.moc"
