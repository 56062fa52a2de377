// The sign-in dialog driven like a person would: keys and clicks, against the real sandbox over loopback
// and the real keychain (./dev.sh test runs the suite inside a D-Bus session with gnome-keyring).
#include "DialogHelpers.h"
#include "Palette.h"
#include "SignInDialog.h"

#include "auth/ProfileStore.h"
#include "auth/SecretStore.h"
#include "sandbox/SandboxServer.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace herald;

class TestSignInDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_sandbox = std::make_unique<sandbox::SandboxServer>(sandbox::SandboxOptions{});
        QVERIFY(m_sandbox->listen().ok());
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_profiles = std::make_unique<auth::ProfileStore>(m_dir->filePath(QStringLiteral("herald.ini")));
        m_secrets = std::make_unique<auth::SecretStore>(QStringLiteral("HeraldTest"));
    }

    void wrongSecretShowsItsMessageThenRightOneSignsIn()
    {
        ui::SignInDialog dialog(m_profiles.get(), m_secrets.get(), &m_nam, {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *form = dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        QVERIFY(form);
        fillSandboxForm(dialog, QStringLiteral("not-the-secret"));

        QSignalSpy checks(&dialog, &ui::SignInDialog::checkFinished);
        QTest::mouseClick(button(dialog, "signInButton"), Qt::LeftButton);
        QVERIFY(checks.wait(10000));
        QCOMPARE(checks.constFirst().at(0).toBool(), false);
        QVERIFY2(dialog.statusText().contains(QStringLiteral("secret")), qPrintable(dialog.statusText()));
        QVERIFY2(dialog.statusText().contains(QStringLiteral("wrong")), qPrintable(dialog.statusText()));
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));

        auto *secret = dialog.findChild<QLineEdit *>(QStringLiteral("secretEdit"));
        secret->selectAll();
        QTest::keyClick(secret, Qt::Key_Backspace);
        QTest::keyClicks(secret, m_sandbox->options().appSecret);
        QTest::mouseClick(button(dialog, "signInButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 10000);
        QCOMPARE(dialog.credentials().profile.name, QStringLiteral("Contoso bot"));
        QCOMPARE(dialog.credentials().secret, m_sandbox->options().appSecret);
        QCOMPARE(m_profiles->lastUsedProfile(), QStringLiteral("Contoso bot"));
        QVERIFY(m_profiles->contains(QStringLiteral("Contoso bot")));

        // The secret went to the keychain, never to the settings file.
        QFile ini(m_dir->filePath(QStringLiteral("herald.ini")));
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains(m_sandbox->options().appSecret.toUtf8()));
        QString stored;
        bool read = false;
        m_secrets->read(QStringLiteral("Contoso bot"), [&](Result<QString> s) {
            read = true;
            if (s)
                stored = *s;
        });
        QTRY_VERIFY(read);
        QCOMPARE(stored, m_sandbox->options().appSecret);
        cleanupSecret(QStringLiteral("Contoso bot"));
    }

    void untrustedServiceUrlIsRefusedBeforeSending()
    {
        ui::SignInDialog dialog(m_profiles.get(), m_secrets.get(), &m_nam, {});
        dialog.show();
        fillSandboxForm(dialog, m_sandbox->options().appSecret);
        auto *service = dialog.findChild<QLineEdit *>(QStringLiteral("serviceEdit"));
        service->clear();
        QTest::keyClicks(service, QStringLiteral("https://evil.example.com/"));
        const qint64 before = m_sandbox->stats().value(QStringLiteral("requests")).toInteger();
        QSignalSpy checks(&dialog, &ui::SignInDialog::checkFinished);
        QTest::mouseClick(button(dialog, "testButton"), Qt::LeftButton);
        QVERIFY(checks.wait(5000));
        QCOMPARE(checks.constFirst().at(0).toBool(), false);
        QVERIFY2(dialog.statusText().contains(QStringLiteral("evil.example.com")),
                 qPrintable(dialog.statusText()));
        QCOMPARE(m_sandbox->stats().value(QStringLiteral("requests")).toInteger(), before);
    }

    void secretCanBeShownAndHidden()
    {
        ui::SignInDialog dialog(m_profiles.get(), m_secrets.get(), &m_nam, {});
        auto *secret = dialog.findChild<QLineEdit *>(QStringLiteral("secretEdit"));
        auto *reveal = dialog.findChild<QAction *>(QStringLiteral("revealSecretAction"));
        QVERIFY(reveal);
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        reveal->trigger();
        QCOMPARE(secret->echoMode(), QLineEdit::Normal);
        reveal->trigger();
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
    }

    void trySandboxSignsInToIt()
    {
        bool started = false;
        ui::SignInDialog dialog(m_profiles.get(), m_secrets.get(), &m_nam,
                                [&]() -> Result<ui::SignInCredentials> {
                                    started = true;
                                    auth::Profile p;
                                    p.name = QStringLiteral("Sandbox");
                                    p.cloud = auth::Cloud::Sandbox;
                                    p.tenantId = m_sandbox->options().tenantId;
                                    p.appId = m_sandbox->options().appId;
                                    p.serviceUrl = m_sandbox->baseUrl();
                                    p.loginUrl = m_sandbox->baseUrl();
                                    return ui::SignInCredentials{p, m_sandbox->options().appSecret};
                                });
        dialog.show();
        QTest::mouseClick(button(dialog, "sandboxButton"), Qt::LeftButton);
        QVERIFY(started);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 10000);
        QCOMPARE(dialog.credentials().profile.name, QStringLiteral("Sandbox"));
        cleanupSecret(QStringLiteral("Sandbox"));
    }

    void testConnectionCanBeCancelled()
    {
        ui::SignInDialog dialog(m_profiles.get(), m_secrets.get(), &m_nam, {});
        dialog.show();
        fillSandboxForm(dialog, m_sandbox->options().appSecret);
        QPushButton *test = button(dialog, "testButton");
        QTest::mouseClick(test, Qt::LeftButton);
        QVERIFY(!button(dialog, "signInButton")->isEnabled()); // busy while testing
        QTest::mouseClick(test, Qt::LeftButton);               // now "Cancel test"
        QVERIFY(button(dialog, "signInButton")->isEnabled());
        QVERIFY2(dialog.statusText().contains(QStringLiteral("cancelled")), qPrintable(dialog.statusText()));
    }

    void errorIsReadableOnADarkPalette()
    {
        // Teams' dark theme: an error sentence in a red that stands out from the window and can be read.
        const QPalette original = QApplication::palette();
        QPalette dark = original;
        dark.setColor(QPalette::Window, QColor(0x2D, 0x2C, 0x2C));
        dark.setColor(QPalette::WindowText, QColor(0xFF, 0xFF, 0xFF));
        QApplication::setPalette(dark);
        {
            ui::SignInDialog dialog(m_profiles.get(), m_secrets.get(), &m_nam, {});
            dialog.show();
            auto *status = dialog.findChild<QLabel *>(QStringLiteral("statusLabel"));
            QVERIFY(status);
            dialog.showMessage(QStringLiteral("The secret is wrong."), true);
            const QColor error = status->palette().color(status->foregroundRole());
            const double ratio = ui::palette::contrastRatio(error, status->palette().color(QPalette::Window));
            QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1: %2:1").arg(error.name()).arg(ratio)));
            QVERIFY2(error.red() > error.green() && error.red() > error.blue(), qPrintable(error.name()));
            // A plain sentence afterwards is in the palette's own text colour again.
            dialog.showMessage(QStringLiteral("Saved."), false);
            QCOMPARE(status->palette().color(status->foregroundRole()), QColor(0xFF, 0xFF, 0xFF));
        }
        QApplication::setPalette(original);
        {
            // On a light palette, Teams' attention red itself.
            ui::SignInDialog dialog(m_profiles.get(), m_secrets.get(), &m_nam, {});
            auto *status = dialog.findChild<QLabel *>(QStringLiteral("statusLabel"));
            dialog.showMessage(QStringLiteral("The secret is wrong."), true);
            if (!ui::palette::isDark(dialog.palette()))
                QCOMPARE(status->palette().color(status->foregroundRole()), QColor(0xC4, 0x31, 0x4B));
        }
    }

private:
    static QPushButton *button(QDialog &dialog, const char *name)
    {
        auto *b = dialog.findChild<QPushButton *>(QString::fromLatin1(name));
        Q_ASSERT(b);
        return b;
    }

    // Remove asks first in a window-modal box (no nested event loop); "Keep it" keeps the profile, Enter
    // alone does not remove it; Remove takes the profile and its keychain secret away.
    void removeProfileAsksThenRemovesItAndItsSecret()
    {
        const QString name = QStringLiteral("Old bot");
        auth::Profile p;
        p.name = name;
        p.cloud = auth::Cloud::Sandbox;
        p.tenantId = m_sandbox->options().tenantId;
        p.appId = m_sandbox->options().appId;
        p.serviceUrl = m_sandbox->baseUrl();
        p.loginUrl = m_sandbox->baseUrl();
        QVERIFY(m_profiles->add(p).ok());
        bool written = false;
        m_secrets->write(name, QStringLiteral("old-secret"), [&](Status s) {
            QVERIFY(s.ok());
            written = true;
        });
        QTRY_VERIFY(written);

        ui::SignInDialog dialog(m_profiles.get(), m_secrets.get(), &m_nam, {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("profileList"));
        QVERIFY(list);
        const auto items = list->findItems(name, Qt::MatchExactly);
        QCOMPARE(items.size(), 1);
        list->setCurrentItem(items.constFirst());

        QTest::mouseClick(button(dialog, "removeButton"), Qt::LeftButton);
        QMessageBox *box = test::openDialog<QMessageBox>(dialog, "removeProfileBox");
        QVERIFY(box);
        QVERIFY(box->isModal());
        QVERIFY(box->text().contains(name));
        QTest::keyClick(box, Qt::Key_Return); // the default: keep it
        QTRY_VERIFY(!box->isVisible());
        QVERIFY(m_profiles->contains(name));

        QTest::mouseClick(button(dialog, "removeButton"), Qt::LeftButton);
        box = test::openDialog<QMessageBox>(dialog, "removeProfileBox");
        QVERIFY(box);
        QAbstractButton *remove = test::buttonWithRole(box, QMessageBox::DestructiveRole);
        QVERIFY(remove);
        QTest::mouseClick(remove, Qt::LeftButton);
        QTRY_VERIFY(!m_profiles->contains(name));
        QTRY_VERIFY(list->findItems(name, Qt::MatchExactly).isEmpty());
        bool read = false;
        bool gone = false;
        m_secrets->read(name, [&](Result<QString> s) {
            read = true;
            gone = !s.ok();
        });
        QTRY_VERIFY(read);
        QVERIFY(gone);
    }

    void fillSandboxForm(QDialog &dialog, const QString &secret)
    {
        auto edit = [&](const char *name, const QString &text) {
            auto *e = dialog.findChild<QLineEdit *>(QString::fromLatin1(name));
            QVERIFY(e);
            e->clear();
            QTest::keyClicks(e, text);
        };
        edit("nameEdit", QStringLiteral("Contoso bot"));
        auto *cloud = dialog.findChild<QComboBox *>(QStringLiteral("cloudCombo"));
        cloud->setCurrentIndex(cloud->findText(QStringLiteral("Sandbox")));
        edit("tenantEdit", m_sandbox->options().tenantId);
        edit("appEdit", m_sandbox->options().appId);
        edit("secretEdit", secret);
        edit("serviceEdit", m_sandbox->baseUrl().toString());
        edit("loginEdit", m_sandbox->baseUrl().toString());
    }

    void cleanupSecret(const QString &name)
    {
        bool done = false;
        m_secrets->remove(name, [&](Status) { done = true; });
        QTRY_VERIFY(done);
    }

    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<auth::ProfileStore> m_profiles;
    std::unique_ptr<auth::SecretStore> m_secrets;
    QNetworkAccessManager m_nam;
};

QTEST_MAIN(TestSignInDialog)
#include "tst_signindialog.moc"
