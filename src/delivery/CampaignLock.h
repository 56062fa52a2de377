#pragma once

#include "common/Result.h"

#include <QString>

#include <memory>

class QLockFile;

namespace herald::delivery {

// One process at a time runs a campaign: a lock file next to the database (locks/campaign-ID.lock).
// A lock whose process is gone (a crash, kill -9) is stale and taken over — which is how Herald tells
// an interrupted campaign from one another process is sending right now.
class CampaignLock final
{
public:
    CampaignLock(const QString &databasePath, qint64 campaignId);
    ~CampaignLock();
    CampaignLock(const CampaignLock &) = delete;
    CampaignLock &operator=(const CampaignLock &) = delete;

    // Input error naming the other process when it is held by a live one.
    Status tryLock();
    void unlock();
    bool isLocked() const;

private:
    std::unique_ptr<QLockFile> m_file;
    qint64 m_id;
};

} // namespace herald::delivery
