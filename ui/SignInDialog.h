#pragma once

#include "auth/Profile.h"
#include "common/Result.h"

#include <QDialog>
#include <QScopedPointer>

#include <functional>

class QNetworkAccessManager;

namespace Ui {
class SignInDialog;
}

namespace herald::auth {
class ProfileStore;
class SecretStore;
} // namespace herald::auth

namespace herald::connector {
class ConnectionCheck;
}

namespace herald::ui {

// A profile together with its secret, as the sandbox hands it out.
struct SignInCredentials
{
    auth::Profile profile;
    QString secret;
};

// Choose, add, edit or remove a bot profile, test it, and sign in. Never blocks: the keychain and the
// connection test answer through callbacks while the dialog stays responsive.
class SignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)

public:
    // Starts the in-process sandbox and returns a profile for it.
    using SandboxStarter = std::function<Result<SignInCredentials>()>;

    SignInDialog(auth::ProfileStore *profiles, auth::SecretStore *secrets, QNetworkAccessManager *nam,
                 SandboxStarter sandboxStarter, QWidget *parent = nullptr);
    ~SignInDialog() override;

    // Pre-selects a profile and shows a sentence (e.g. why Herald could not sign in automatically).
    void selectProfile(const QString &name);
    void showMessage(const QString &text, bool isError);

    // Valid after accepted().
    SignInCredentials credentials() const;

    QString statusText() const;

Q_SIGNALS:
    // A connection test or sign-in attempt finished with this sentence.
    void checkFinished(bool ok, const QString &sentence);

private:
    void reloadProfiles(const QString &select, bool loadForm = true);
    void loadProfile(const QString &name);
    void clearForm();
    void onCloudChanged();
    void toggleSecretVisible(bool visible);
    auth::Profile profileFromForm() const;
    void testConnection();
    void signIn();
    void trySandbox();
    void removeProfile(); // asks first
    void removeProfileNow(const QString &name);
    // Saves the form (keychain first, then settings) and calls done(ok).
    void save(std::function<void(bool)> done);
    void runCheck(bool thenAccept);
    void setBusy(bool busy);

    QScopedPointer<Ui::SignInDialog> m_ui;
    auth::ProfileStore *m_profiles;
    auth::SecretStore *m_secrets;
    connector::ConnectionCheck *m_check;
    SandboxStarter m_sandboxStarter;
    SignInCredentials m_accepted;
    QString m_loadedName;
    bool m_busy = false;
};

} // namespace herald::ui
