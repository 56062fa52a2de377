#pragma once

#include "common/AppSettings.h"
#include "common/DataDirectory.h"
#include "LayoutMemory.h"
#include "SignInDialog.h"

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

namespace herald::store {
class Database;
}

namespace herald::ui {

class CampaignsPage;
class ComposeView;
class DirectoryPage;
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
        bool sandbox = false;   // --sandbox: start the simulated tenant and sign in to it
        QString profile;        // --profile NAME
        int sandboxMembers = 0; // people in the sandbox's organisation (0: its default)
    };

    AppController(DataDirectory dataDir, Options options, QObject *parent = nullptr);
    ~AppController() override;

    MainWindow *mainWindow() const;
    void start();

    // The session, once signed in.
    const auth::Profile *signedInProfile() const;
    connector::ConnectorClient *connector() const;
    SignInDialog *signInDialog() const { return m_dialog; }
    // The directory page (teams, people, the audience); its database is null when it could not be opened.
    DirectoryPage *directoryPage() const { return m_directory; }
    store::Database *database() const { return m_database.get(); }
    // The campaigns page (progress, reports, resume of interrupted campaigns) and the composer.
    CampaignsPage *campaignsPage() const { return m_campaigns; }
    ComposeView *composeView() const { return m_compose; }
    AppSettings &settings() { return m_settings; }

Q_SIGNALS:
    void signedIn(const QString &profileName);

private:
    Result<SignInCredentials> startSandbox();
    void signInWith(const SignInCredentials &credentials);
    void openSignInDialog(const QString &profileName, const QString &message);

    void restoreLayout();
    void saveLayout();
    void openDirectory();
    void openCampaigns();
    void importSandboxOrganisation();
    void chooseLanguage(const QString &language);

    DataDirectory m_dataDir;
    Options m_options;
    AppSettings m_settings;
    LayoutMemory m_layout;                       // before m_window: its dialogs save into it when they finish
    std::unique_ptr<store::Database> m_database; // before m_window: the directory page reads it until it goes
    std::unique_ptr<MainWindow> m_window;
    DirectoryPage *m_directory = nullptr; // a page of m_window
    ComposeView *m_compose = nullptr;     // a page of m_window
    CampaignsPage *m_campaigns = nullptr; // a page of m_window
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
