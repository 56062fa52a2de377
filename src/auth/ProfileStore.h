#pragma once

#include "auth/Profile.h"
#include "common/Result.h"

#include <QList>
#include <QString>

#include <memory>

class QSettings;

namespace herald::auth {

// The non-secret fields of every profile, in QSettings (an ini file under --data-dir, e.g. DIR/herald.ini).
// The client secret is never written here: it belongs to SecretStore.
class ProfileStore final
{
public:
    // Opens (or creates) an ini file at settingsPath.
    explicit ProfileStore(const QString &settingsPath);
    // Uses settings the caller owns and keeps alive.
    explicit ProfileStore(QSettings *settings);
    ~ProfileStore();
    ProfileStore(const ProfileStore &) = delete;
    ProfileStore &operator=(const ProfileStore &) = delete;

    // Fails with Input when the profile is invalid or the name is taken, Storage when the file cannot be
    // written.
    Status add(const Profile &profile);
    // Replaces the profile with the same name; Input when there is none.
    Status update(const Profile &profile);
    Status remove(const QString &name);
    bool contains(const QString &name) const;
    Result<Profile> get(const QString &name) const;
    // Sorted by name.
    QList<Profile> list() const;

    QString lastUsedProfile() const;
    Status setLastUsedProfile(const QString &name);

    QString fileName() const;

    static constexpr int SchemaVersion = 1;

private:
    Status write(const Profile &profile);
    Status sync();

    std::unique_ptr<QSettings> m_owned;
    QSettings *m_settings = nullptr;
};

} // namespace herald::auth
