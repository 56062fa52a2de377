#include "SecretStore.h"

#include "common/Logging.h"

#include <QCoreApplication>
#include <qt6keychain/keychain.h>
#include <QTimer>

namespace herald::auth {

namespace {

bool looksLikeMissingKeychain(const QString &detail)
{
    static const char *const hints[] = {"dbus",     "d-bus",       "secret service", "org.freedesktop",
                                        "kwallet",  "no keychain", "not available",  "not running",
                                        "libsecret"};
    const QString d = detail.toLower();
    for (const char *hint : hints) {
        if (d.contains(QLatin1String(hint)))
            return true;
    }
    return false;
}

// What Herald asked the keychain to do; each has its own sentences (a verb inside a sentence cannot be
// translated on its own).
enum class Action { Save, Read, Delete };

QString accessDenied(Action action, const QString &profileName)
{
    switch (action) {
    case Action::Save:
        return QCoreApplication::translate(
                   "herald::auth", "The system keychain refused to save the client secret of \"%1\"; unlock "
                                   "the keychain and allow Herald access, then try again.")
            .arg(profileName);
    case Action::Read:
        return QCoreApplication::translate(
                   "herald::auth", "The system keychain refused to read the client secret of \"%1\"; unlock "
                                   "the keychain and allow Herald access, then try again.")
            .arg(profileName);
    case Action::Delete:
        return QCoreApplication::translate(
                   "herald::auth",
                   "The system keychain refused to delete the client secret of \"%1\"; unlock "
                   "the keychain and allow Herald access, then try again.")
            .arg(profileName);
    }
    return QString();
}

QString keychainFailed(Action action, const QString &profileName)
{
    const QLatin1String variable(SecretStore::EnvironmentVariable);
    switch (action) {
    case Action::Save:
        return QCoreApplication::translate(
                   "herald::auth", "The system keychain could not save the client secret of \"%1\"; check "
                                   "that the keychain is unlocked (or set %2 for automation).")
            .arg(profileName, variable);
    case Action::Read:
        return QCoreApplication::translate(
                   "herald::auth", "The system keychain could not read the client secret of \"%1\"; check "
                                   "that the keychain is unlocked (or set %2 for automation).")
            .arg(profileName, variable);
    case Action::Delete:
        return QCoreApplication::translate(
                   "herald::auth", "The system keychain could not delete the client secret of \"%1\"; check "
                                   "that the keychain is unlocked (or set %2 for automation).")
            .arg(profileName, variable);
    }
    return QString();
}

Error keychainError(const QKeychain::Job &job, const QString &profileName, Action action)
{
    Error e;
    e.kind = Error::Kind::Keychain;
    e.detail = job.errorString();
    switch (job.error()) {
    case QKeychain::NoError:
        e.kind = Error::Kind::None;
        break;
    case QKeychain::EntryNotFound:
        e.serviceCode = QStringLiteral("EntryNotFound");
        e.message = QCoreApplication::translate(
                        "herald::auth", "No client secret is saved for the profile \"%1\"; enter it again in "
                                        "the profile settings (or set %2 for automation).")
                        .arg(profileName, QLatin1String(SecretStore::EnvironmentVariable));
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        e.serviceCode = QStringLiteral("AccessDenied");
        e.message = accessDenied(action, profileName);
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        e.serviceCode = QStringLiteral("NoKeychain");
        e.message = SecretStore::noKeychainMessage();
        break;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        if (looksLikeMissingKeychain(job.errorString())) {
            e.serviceCode = QStringLiteral("NoKeychain");
            e.message = SecretStore::noKeychainMessage();
        } else {
            e.serviceCode = QStringLiteral("KeychainError");
            e.message = keychainFailed(action, profileName);
        }
        break;
    }
    return e;
}

template <typename Fn> void later(QObject *context, Fn fn)
{
    QTimer::singleShot(0, context, std::move(fn));
}

} // namespace

SecretStore::SecretStore(QObject *parent)
    : SecretStore(QStringLiteral("Herald"), parent)
{
}

SecretStore::SecretStore(const QString &serviceName, QObject *parent)
    : QObject(parent)
    , m_service(serviceName)
{
}

// Jobs have no parent: QtKeychain's Secret Service backend keeps calling into a job until libsecret
// answers, so a job deleted early (with its parent) would be used after free. Each job deletes itself
// when done; its callback is connected with this store as context, so it is dropped if the store is gone.
SecretStore::~SecretStore() = default;

QString SecretStore::keyFor(const QString &profileName)
{
    return QStringLiteral("profile/") + profileName;
}

QString SecretStore::noKeychainMessage()
{
    return QCoreApplication::translate(
               "herald::auth",
               "No system keychain is running, so Herald cannot store or read the client "
               "secret. Sign in to a desktop session with a keychain (GNOME Keyring, KWallet, "
               "macOS Keychain or Windows Credential Manager), or, for automation, set the "
               "environment variable %1 to the secret.")
        .arg(QLatin1String(EnvironmentVariable));
}

void SecretStore::write(const QString &profileName, const QString &secret, StatusCallback done)
{
    if (secret.isEmpty()) {
        later(this, [done = std::move(done)] {
            done(Error::make(Error::Kind::Input,
                             QCoreApplication::translate("herald::auth", "Enter the client secret.")));
        });
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service); // no parent: see ~SecretStore
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text fallback file
    job->setKey(keyFor(profileName));
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [profileName, done = std::move(done)](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError) {
            const Error e = keychainError(*j, profileName, Action::Save);
            qCWarning(lcAuth) << "Keychain write failed for profile" << profileName << ":" << e.detail;
            done(e);
            return;
        }
        qCDebug(lcAuth) << "Saved the client secret of profile" << profileName << "to the keychain";
        done(Status::success());
    });
    job->start();
}

void SecretStore::read(const QString &profileName, SecretCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service); // no parent: see ~SecretStore
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyFor(profileName));
    connect(job, &QKeychain::Job::finished, this, [profileName, done = std::move(done)](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError) {
            const Error e = keychainError(*j, profileName, Action::Read);
            qCInfo(lcAuth) << "Keychain read failed for profile" << profileName << ":" << e.detail;
            done(e);
            return;
        }
        done(static_cast<QKeychain::ReadPasswordJob *>(j)->textData());
    });
    job->start();
}

void SecretStore::remove(const QString &profileName, StatusCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service); // no parent: see ~SecretStore
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyFor(profileName));
    connect(job, &QKeychain::Job::finished, this, [profileName, done = std::move(done)](QKeychain::Job *j) {
        if (j->error() == QKeychain::EntryNotFound || j->error() == QKeychain::NoError) {
            done(Status::success());
            return;
        }
        const Error e = keychainError(*j, profileName, Action::Delete);
        qCWarning(lcAuth) << "Keychain delete failed for profile" << profileName << ":" << e.detail;
        done(e);
    });
    job->start();
}

void SecretStore::resolve(const QString &profileName, const QString &explicitSecret, SecretCallback done)
{
    if (!explicitSecret.isEmpty()) {
        later(this, [explicitSecret, done = std::move(done)] { done(explicitSecret); });
        return;
    }
    const QString fromEnv = qEnvironmentVariable(EnvironmentVariable);
    if (!fromEnv.isEmpty()) {
        qCDebug(lcAuth) << "Using the client secret from" << EnvironmentVariable;
        later(this, [fromEnv, done = std::move(done)] { done(fromEnv); });
        return;
    }
    read(profileName, std::move(done));
}

} // namespace herald::auth
