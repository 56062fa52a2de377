#include "ProfileStore.h"

#include "common/Logging.h"

#include <QCoreApplication>
#include <QSettings>

#include <algorithm>

namespace herald::auth {

namespace {

const QString kProfilesGroup = QStringLiteral("profiles");

// Profile names may hold '/', which QSettings treats as a group separator: store them encoded.
QString groupFor(const QString &name)
{
    return kProfilesGroup + QLatin1Char('/') + QString::fromLatin1(name.toUtf8().toHex());
}

Error storageError(const QSettings &settings)
{
    return Error::make(Error::Kind::Storage,
                       QCoreApplication::translate(
                           "herald::auth",
                           "Herald could not save its settings to %1; check that the folder exists and "
                           "is writable.")
                           .arg(settings.fileName()));
}

} // namespace

ProfileStore::ProfileStore(const QString &settingsPath)
    : m_owned(std::make_unique<QSettings>(settingsPath, QSettings::IniFormat))
    , m_settings(m_owned.get())
{
}

ProfileStore::ProfileStore(QSettings *settings)
    : m_settings(settings)
{
}

ProfileStore::~ProfileStore() = default;

QString ProfileStore::fileName() const
{
    return m_settings->fileName();
}

bool ProfileStore::contains(const QString &name) const
{
    return m_settings->contains(groupFor(name) + QStringLiteral("/name"));
}

Status ProfileStore::add(const Profile &profile)
{
    if (Status s = profile.validate(); !s)
        return s;
    if (contains(profile.name)) {
        return Error::make(Error::Kind::Input,
                           QCoreApplication::translate(
                               "herald::auth", "A profile named \"%1\" already exists; choose another name.")
                               .arg(profile.name));
    }
    return write(profile);
}

Status ProfileStore::update(const Profile &profile)
{
    if (Status s = profile.validate(); !s)
        return s;
    if (!contains(profile.name)) {
        return Error::make(Error::Kind::Input,
                           QCoreApplication::translate("herald::auth", "There is no profile named \"%1\".")
                               .arg(profile.name));
    }
    return write(profile);
}

Status ProfileStore::write(const Profile &profile)
{
    m_settings->setValue(QStringLiteral("schemaVersion"), SchemaVersion);
    m_settings->beginGroup(groupFor(profile.name));
    m_settings->remove(QString()); // drop stale keys of this profile only
    m_settings->setValue(QStringLiteral("name"), profile.name);
    m_settings->setValue(QStringLiteral("cloud"), cloudKey(profile.cloud));
    m_settings->setValue(QStringLiteral("tenantId"), profile.tenantId);
    m_settings->setValue(QStringLiteral("appId"), profile.appId);
    m_settings->setValue(QStringLiteral("serviceUrl"), profile.serviceUrl.toString());
    if (!profile.loginUrl.isEmpty())
        m_settings->setValue(QStringLiteral("loginUrl"), profile.loginUrl.toString());
    m_settings->endGroup();
    qCDebug(lcAuth) << "Saved profile" << profile.name;
    return sync();
}

Status ProfileStore::remove(const QString &name)
{
    if (!contains(name))
        return Error::make(
            Error::Kind::Input,
            QCoreApplication::translate("herald::auth", "There is no profile named \"%1\".").arg(name));
    m_settings->remove(groupFor(name));
    if (lastUsedProfile() == name)
        m_settings->remove(QStringLiteral("state/lastUsedProfile"));
    return sync();
}

Result<Profile> ProfileStore::get(const QString &name) const
{
    if (!contains(name))
        return Error::make(
            Error::Kind::Input,
            QCoreApplication::translate("herald::auth", "There is no profile named \"%1\".").arg(name));
    m_settings->beginGroup(groupFor(name));
    Profile p;
    p.name = m_settings->value(QStringLiteral("name")).toString();
    const QString cloud = m_settings->value(QStringLiteral("cloud")).toString();
    p.tenantId = m_settings->value(QStringLiteral("tenantId")).toString();
    p.appId = m_settings->value(QStringLiteral("appId")).toString();
    p.serviceUrl = QUrl(m_settings->value(QStringLiteral("serviceUrl")).toString());
    p.loginUrl = QUrl(m_settings->value(QStringLiteral("loginUrl")).toString());
    m_settings->endGroup();
    const auto parsed = cloudFromKey(cloud);
    if (!parsed) {
        return Error::make(
            Error::Kind::Storage,
            QCoreApplication::translate(
                "herald::auth", "The profile \"%1\" names an unknown cloud \"%2\"; edit or re-create it.")
                .arg(name, cloud));
    }
    p.cloud = *parsed;
    return p;
}

QList<Profile> ProfileStore::list() const
{
    QList<Profile> out;
    m_settings->beginGroup(kProfilesGroup);
    const QStringList groups = m_settings->childGroups();
    m_settings->endGroup();
    for (const QString &g : groups) {
        const QString name =
            m_settings->value(kProfilesGroup + QLatin1Char('/') + g + QStringLiteral("/name")).toString();
        if (auto p = get(name); p.ok())
            out.append(p.value());
        else
            qCWarning(lcAuth) << "Skipping an unreadable profile:" << p.error().message;
    }
    std::sort(out.begin(), out.end(),
              [](const Profile &a, const Profile &b) { return a.name.localeAwareCompare(b.name) < 0; });
    return out;
}

QString ProfileStore::lastUsedProfile() const
{
    return m_settings->value(QStringLiteral("state/lastUsedProfile")).toString();
}

Status ProfileStore::setLastUsedProfile(const QString &name)
{
    if (name.isEmpty())
        m_settings->remove(QStringLiteral("state/lastUsedProfile"));
    else
        m_settings->setValue(QStringLiteral("state/lastUsedProfile"), name);
    return sync();
}

Status ProfileStore::sync()
{
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError)
        return storageError(*m_settings);
    return Status::success();
}

} // namespace herald::auth
