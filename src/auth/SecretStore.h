#pragma once

#include "common/Result.h"

#include <QObject>
#include <QString>

#include <functional>

namespace herald::auth {

// The client secret, and only it, in the OS keychain (QtKeychain: service "Herald", key "profile/<name>").
// Every call is asynchronous: the callback runs later from the event loop, never before the call returns.
// Failures are Errors of kind Keychain with a sentence a comms person can act on.
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    using SecretCallback = std::function<void(Result<QString>)>;
    using StatusCallback = std::function<void(Status)>;

    explicit SecretStore(QObject *parent = nullptr);
    // serviceName other than "Herald" is for tests that must not touch a user's entries.
    explicit SecretStore(const QString &serviceName, QObject *parent = nullptr);
    ~SecretStore() override;

    void write(const QString &profileName, const QString &secret, StatusCallback done);
    void read(const QString &profileName, SecretCallback done);
    // Deleting a secret that is not there succeeds.
    void remove(const QString &profileName, StatusCallback done);

    // The secret for a profile, from the first place that has one: explicitSecret (e.g. --secret-stdin),
    // then the HERALD_CLIENT_SECRET environment variable (automation), then the keychain.
    void resolve(const QString &profileName, const QString &explicitSecret, SecretCallback done);

    static QString keyFor(const QString &profileName);
    static constexpr const char *EnvironmentVariable = "HERALD_CLIENT_SECRET";
    // The sentence given when no keychain is running.
    static QString noKeychainMessage();

private:
    QString m_service;
};

} // namespace herald::auth
