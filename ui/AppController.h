#pragma once

#include "SignInDialog.h"
#include "common/AppSettings.h"
#include "common/DataDirectory.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;

namespace herald::auth {
class ProfileStore;
class SecretStore;
class TokenProvider;
} // namespace herald::auth

namespace herald::connector {
class ConnectorClient;
}

namespace herald::sandbox {
class SandboxThread;
}

namespace herald::ui {

class MainWindow;

// Owns what the desktop app runs on — data folder, profiles, keychain, network, the optional in-process
// sandbox — and takes the person from start to signed in: straight into the last profile when its secret
// is at hand, else through the sign-in dialog.
class AppController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppController)

public:
    struct Options
    {
        bool sandbox = false;  // --sandbox: start the simulated tenant and sign in to it
        QString profile;       // --profile NAME
    };

    AppController(DataDirectory dataDir, Options options, QObject *parent = nullptr);
    ~AppController() override;

    MainWindow *mainWindow() const;
    void start();

    // The session, once signed in.
    const auth::Profile *signedInProfile() const;
    connector::ConnectorClient *connector() const;
    SignInDialog *signInDialog() const { return m_dialog; }
    AppSettings &settings() { return m_settings; }

Q_SIGNALS:
    void signedIn(const QString &profileName);

private:
    Result<SignInCredentials> startSandbox();
    void signInWith(const SignInCredentials &credentials);
    void openSignInDialog(const QString &profileName, const QString &message);

    void saveLayout();
    void chooseLanguage(const QString &language);

    DataDirectory m_dataDir;
    Options m_options;
    AppSettings m_settings;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<auth::ProfileStore> m_profiles;
    auth::SecretStore *m_secrets;
    QNetworkAccessManager *m_nam;
    std::unique_ptr<sandbox::SandboxThread> m_sandbox;
    std::unique_ptr<auth::Profile> m_profile;
    std::unique_ptr<auth::TokenProvider> m_tokens;
    std::unique_ptr<connector::ConnectorClient> m_connector;
    QPointer<SignInDialog> m_dialog;
};

} // namespace herald::ui
