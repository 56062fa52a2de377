#include "CampaignLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>

namespace herald::delivery {

CampaignLock::CampaignLock(const QString &databasePath, qint64 campaignId)
    : m_id(campaignId)
{
    const QString dir = QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("locks"));
    QDir().mkpath(dir);
    m_file =
        std::make_unique<QLockFile>(QDir(dir).filePath(QStringLiteral("campaign-%1.lock").arg(campaignId)));
    m_file->setStaleLockTime(0); // stale only when its process is gone, however long it has run
}

CampaignLock::~CampaignLock() = default;

Status CampaignLock::tryLock()
{
    if (m_file->isLocked())
        return Status::success();
    if (m_file->tryLock(0))
        return Status::success();
    qint64 pid = 0;
    QString host;
    QString app;
    m_file->getLockInfo(&pid, &host, &app);
    if (m_file->error() == QLockFile::LockFailedError)
        return Error::make(
            Error::Kind::Input,
            QCoreApplication::translate("herald::delivery",
                                        "Campaign %1 is being sent by another Herald (process %2 on %3).")
                .arg(m_id)
                .arg(pid)
                .arg(host));
    return Error::make(Error::Kind::Storage,
                       QCoreApplication::translate("herald::delivery",
                                                   "Herald could not create the lock file for campaign %1.")
                           .arg(m_id));
}

void CampaignLock::unlock()
{
    m_file->unlock();
}

bool CampaignLock::isLocked() const
{
    return m_file->isLocked();
}

} // namespace herald::delivery
